/** The base-link plugins: remark's (MDX) and Sätteri's (Markdown) run the same cases. */
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { rehypeBaseLinks, satteriBaseLinks } from '../../src/integrations/rehype-base-links';
import { renderSync } from './satteri-render';

const pipelines = [
  {
    name: 'rehypeBaseLinks',
    run: (markdown: string, base: string) => {
      const tree = fromHtml(renderSync(markdown).html, { fragment: true });
      rehypeBaseLinks({ base })(tree);
      return toHtml(tree).trim();
    },
  },
  {
    name: 'satteriBaseLinks',
    run: (markdown: string, base: string) =>
      renderSync(markdown, { hastPlugins: [satteriBaseLinks({ base })] }).html.trim(),
  },
];

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
