/**
 * Rehype plugin: prefixes the site's base path to root-relative links written in reports (such as
 * `[4,700](/figures/#nk-troops-killed)`), so they keep working when the site lives under a subpath.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { withBase } from '../lib/urls';

export interface RehypeBaseLinksOptions {
  /** The site's base path, `/` or e.g. `/kursk/`. */
  base: string;
}

export function rehypeBaseLinks({ base }: RehypeBaseLinksOptions) {
  return (tree: Root) => {
    if (base === '/') return;
    visit(tree, 'element', (node: Element) => {
      const href = node.tagName === 'a' ? node.properties.href : undefined;
      if (typeof href === 'string' && href.startsWith('/') && !href.startsWith('//') && !href.startsWith(base)) {
        node.properties.href = withBase(base, href);
      }
    });
  };
}
