/** The base-link plugin (`satteriBaseLinks`), run on the same cases as `.md` and as `.mdx`. */
import { describe, expect, it } from 'vitest';
import { satteriBaseLinks } from '../../../src/markdown/base-links';
import { formats } from './render';

const pipelines = formats.map((format) => ({
  name: format.name,
  run: (markdown: string, base: string) =>
    format.render(markdown, { hastPlugins: [satteriBaseLinks({ base })] }).html,
}));

describe.each(pipelines)('$name', ({ run }) => {
  it('puts the base path in front of a root-relative link written in a report', () => {
    expect(run('[4,700](/figures/#nk-troops-killed)', '/kursk/')).toBe(
      '<p><a href="/kursk/figures/#nk-troops-killed">4,700</a></p>',
    );
  });

  it('leaves fragments, external, protocol-relative and already-prefixed links alone', () => {
    const markdown = '[1](#note-1) [x](https://example.org/x) [y](//cdn.example/x) [z](/kursk/reports/)';
    expect(run(markdown, '/kursk/')).toBe(
      '<p><a href="#note-1">1</a> <a href="https://example.org/x">x</a> <a href="//cdn.example/x">y</a> <a href="/kursk/reports/">z</a></p>',
    );
  });

  it('changes nothing when the site is at the root', () => {
    expect(run('[f](/figures/)', '/')).toBe('<p><a href="/figures/">f</a></p>');
  });
});
