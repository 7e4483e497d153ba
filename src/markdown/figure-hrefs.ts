/**
 * Points the figures links written in reports at the pages they now live on: the ledger has a page
 * per quantity, so `[4,700](/figures/#nk-troops-killed)` becomes `/figures/nk-troops-killed/` and
 * `/figures/#claim-<id>` the claim's anchor on its quantity's page (`resolveFigureLink` in
 * src/lib/claims.ts). Every figures link in the source is checked first: one to an unknown
 * quantity or claim fails the build, naming the file, the line and the fix. Runs before the base
 * path is added (base-links.ts).
 */
import { fileURLToPath } from 'node:url';
import { defineHastPlugin, type HastPluginEntry } from 'satteri';
import { findFigureLinks, resolveFigureLink, type FigureIndex } from '../lib/claims';

/** What the plugins need: every quantity id and the quantity of each claim. */
export interface FigureHrefsOptions {
  /** The ledger's quantities and claims, as `figureIndex` lists them. */
  figures: FigureIndex;
}

/** The quantity ids and each claim's quantity, from the checked content (src/build/content-check.ts). */
export function figureIndex(content: {
  quantities: readonly { id: string }[];
  claims: readonly { id: string; data: { quantity: string } }[];
}): FigureIndex {
  return {
    quantities: new Set(content.quantities.map((q) => q.id)),
    claimQuantities: new Map(content.claims.map((c) => [c.id, c.data.quantity])),
  };
}

/**
 * Every figures link in a report's source that points at no quantity or claim, one line each
 * naming the file, the line (counted from `firstLine`, the line the source starts on) and the fix.
 */
export function figureLinkProblems(
  source: string,
  path: string | undefined,
  figures: FigureIndex,
  firstLine = 1,
): string[] {
  let from = 0;
  return findFigureLinks(source).flatMap((href) => {
    const at = source.indexOf(href, from);
    if (at >= 0) from = at + href.length;
    const resolved = resolveFigureLink(href, figures);
    if (!resolved || resolved.ok) return [];
    const line = at < 0 ? undefined : firstLine + source.slice(0, at).split('\n').length - 1;
    return [`${path ?? 'a report'}${line === undefined ? '' : `:${line}`}: ${resolved.problem}`];
  });
}

/**
 * Checks every figures link in a report's source, throwing one error that lists each link to an
 * unknown quantity or claim with its file and line. Returns whether the source has any figures link.
 */
export function checkFigureLinks(source: string, path: string | undefined, figures: FigureIndex): boolean {
  const problems = figureLinkProblems(source, path, figures);
  if (problems.length > 0) throw new Error(`Figures links that point nowhere:\n${problems.join('\n')}`);
  return findFigureLinks(source).length > 0;
}

/** The new address of a link's href, or undefined to leave it as it is. */
const rewrite = (href: unknown, figures: FigureIndex): string | undefined => {
  if (typeof href !== 'string') return undefined;
  const resolved = resolveFigureLink(href, figures);
  return resolved?.ok ? resolved.href : undefined;
};

/** The Sätteri hast plugin factory: checks the source, and is left out of a report with no figures link. */
export function satteriFigureHrefs({ figures }: FigureHrefsOptions): HastPluginEntry {
  return ({ source, fileURL }) => {
    if (!checkFigureLinks(source, fileURL ? fileURLToPath(fileURL) : undefined, figures)) return null;
    return defineHastPlugin({
      name: 'kursk-files:figure-hrefs',
      element: {
        filter: ['a'],
        visit(node, ctx) {
          const href = rewrite(node.properties.href, figures);
          if (href !== undefined) ctx.setProperty(node, 'href', href);
        },
      },
    });
  };
}
