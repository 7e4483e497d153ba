/** The safe-content plugin (`satteriSafeContent`), run on the same cases as `.md` and as `.mdx`. */
import { describe, expect, it } from 'vitest';
import { satteriSafeContent } from '../../../src/markdown/safe-content';
import { formats } from './render';

const pipelines = formats.map((format) => ({
  name: format.name,
  run: (text: string) => format.render(text, { mdastPlugins: [satteriSafeContent] }).html,
}));

describe.each(pipelines)('$name', ({ run }) => {
  it('lets prose, web links, site links and fragments through unchanged', () => {
    expect(run('See [NPR](https://www.npr.org/x), [figures](/figures/) and [note](#note-1).')).toBe(
      '<p>See <a href="https://www.npr.org/x">NPR</a>, <a href="/figures/">figures</a> and <a href="#note-1">note</a>.</p>',
    );
  });

  it('refuses a javascript: link, also as an autolink, a reference or an image, naming the line', () => {
    expect(() => run('Text.\n\n[x](javascript:alert(1))')).toThrow(/:3: links to 'javascript:'/);
    expect(() => run('[x][ref]\n\n[ref]: data:text/html,hi')).toThrow(/:3: links to 'data:'/);
    expect(() => run('![x](vbscript:x)')).toThrow(/:1: links to 'vbscript:'/);
  });
});

describe('.md', () => {
  const md = pipelines.find((p) => p.name === '.md')!;
  it('refuses raw HTML, a meta refresh or an entity-encoded scheme alike', () => {
    expect(() =>
      md.run('Text.\n\n<meta http-equiv="refresh" content="0;url=https://evil.example/">'),
    ).toThrow(/:3: raw HTML is not allowed in a report \('<meta http-equiv="refresh"/);
    expect(() => md.run('A <img src=x onerror=alert(1)> here.')).toThrow(/:1: raw HTML is not allowed/);
    expect(() => md.run('[x](javascript&#58;alert(1))')).toThrow(/:1: links to 'javascript:'/);
    expect(() => md.run('<javascript:alert(1)>')).toThrow(/:1: links to 'javascript:'/);
  });
});

describe('.mdx', () => {
  const mdx = pipelines.find((p) => p.name === '.mdx')!;
  it('refuses imports other than the content components, exports, expressions and HTML elements', () => {
    expect(() => mdx.run("import { writeFileSync } from 'node:fs';\n\nText.")).toThrow(
      /:1: 'import \{ writeFileSync \} from 'node:fs';' is not allowed/,
    );
    expect(() => mdx.run('export const path = process.env.PATH;\n\nText.')).toThrow(/:1: 'export const path/);
    expect(() => mdx.run('Text {process.env.PATH}.')).toThrow(/:1: '\{process\.env\.PATH\}' is code/);
    expect(() => mdx.run('<script>alert(1)</script>')).toThrow(/:1: <script> is not allowed in a report/);
  });
});
