import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { rehypeBaseLinks } from '../../src/integrations/rehype-base-links';

const run = (html: string, base: string) => {
  const tree = fromHtml(html, { fragment: true });
  rehypeBaseLinks({ base })(tree);
  return toHtml(tree);
};

describe('rehypeBaseLinks', () => {
  it('puts the base path in front of a root-relative link written in a report', () => {
    expect(run('<a href="/figures/#nk-troops-killed">4,700</a>', '/kursk/')).toBe('<a href="/kursk/figures/#nk-troops-killed">4,700</a>');
  });

  it('leaves fragments, external, protocol-relative and already-prefixed links alone', () => {
    const html = '<a href="#note-1">1</a><a href="https://example.org/x">x</a><a href="//cdn.example/x">y</a><a href="/kursk/reports/">z</a>';
    expect(run(html, '/kursk/')).toBe(html);
  });

  it('changes nothing when the site is at the root', () => {
    expect(run('<a href="/figures/">f</a>', '/')).toBe('<a href="/figures/">f</a>');
  });
});
