/**
 * Prefixes the site's base path to root-relative links written in reports (such as
 * `[4,700](/figures/#nk-troops-killed)`), so they keep working when the site lives under a subpath.
 * `rehypeBaseLinks` serves MDX (remark pipeline), `satteriBaseLinks` Markdown (Sätteri); the rule
 * is `rebaseHref` in src/lib/urls.ts.
 */
import type { Element, Root } from 'hast';
import { defineHastPlugin, type HastPluginEntry } from 'satteri';
import { visit } from 'unist-util-visit';
import { rebaseHref } from '../lib/urls';

export interface RehypeBaseLinksOptions {
  /** The site's base path, `/` or e.g. `/kursk/`. */
  base: string;
}

/** The rehype plugin. */
export function rehypeBaseLinks({ base }: RehypeBaseLinksOptions) {
  return (tree: Root) => {
    if (base === '/') return;
    visit(tree, 'element', (node: Element) => {
      const href = node.tagName === 'a' ? rebaseHref(base, node.properties.href) : undefined;
      if (href !== undefined) node.properties.href = href;
    });
  };
}

/** The Sätteri hast plugin; left out of the pipeline when the site is at the root. */
export function satteriBaseLinks({ base }: RehypeBaseLinksOptions): HastPluginEntry {
  if (base === '/') return null;
  return defineHastPlugin({
    name: 'kursk-files:base-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = rebaseHref(base, node.properties.href);
        if (href !== undefined) ctx.setProperty(node, 'href', href);
      },
    },
  });
}
