/**
 * Prefixes the site's base path to root-relative links written in reports (such as
 * `[4,700](/figures/#nk-troops-killed)`), so they keep working when the site lives under a subpath.
 * The rule is `rebaseHref` in src/lib/urls.ts.
 */
import { defineHastPlugin, type HastPluginEntry } from 'satteri';
import { rebaseHref } from '../lib/urls';

/** What the plugin needs: the base path. */
export interface BaseLinksOptions {
  /** The site's base path, `/` or e.g. `/kursk/`. */
  base: string;
}

/** The Sätteri hast plugin; left out of the pipeline when the site is at the root. */
export function satteriBaseLinks({ base }: BaseLinksOptions): HastPluginEntry {
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
