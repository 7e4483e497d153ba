/**
 * Records a report's links to the figures ledger (`/figures/#<quantity>`, `/figures/#claim-<id>`)
 * while its Markdown is rendered, in `remarkPluginFrontmatter.figureLinks`, so the ledger can list
 * the reports citing a claim without the raw Markdown kept in the content store
 * (`retainBody: false` in src/content.config.ts). The links are read from the source as
 * `findFigureLinks` in src/lib/claims.ts reads them.
 */
import type { MdastPluginEntry } from 'satteri';
import type { VFile } from 'vfile';
import { findFigureLinks } from '../lib/claims';
import { setFrontmatter } from './satteri-data';

/** What the plugins leave in `remarkPluginFrontmatter.figureLinks`: link targets as written. */
export type FigureLinks = string[];

/** The remark plugin (MDX reports). */
export function remarkFigureLinks() {
  return (_tree: unknown, file: VFile) => {
    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter.figureLinks = findFigureLinks(String(file.value)) satisfies FigureLinks;
  };
}

/** The Sätteri plugin factory (Markdown reports): reads the source and adds no pass over the tree. */
export const satteriFigureLinks: MdastPluginEntry = ({ source, data }) => {
  setFrontmatter(data, 'figureLinks', findFigureLinks(source) satisfies FigureLinks);
  return null;
};
