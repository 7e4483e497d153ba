/**
 * Records a report's links to the figures ledger (`/figures/#<quantity>`, `/figures/#claim-<id>`)
 * while its Markdown is rendered, in `remarkPluginFrontmatter.figureLinks`, so the ledger can list
 * the reports citing a claim without the raw Markdown kept in the content store
 * (`retainBody: false` in src/content.config.ts). The links are read from the source as
 * `findFigureLinks` in src/lib/claims.ts reads them.
 */
import type { MdastPluginEntry } from 'satteri';
import { findFigureLinks } from '../lib/claims';
import { setFrontmatter } from './frontmatter';

/** What the plugin leaves in `remarkPluginFrontmatter.figureLinks`: link targets as written. */
export type FigureLinks = string[];

/** The Sätteri plugin factory: reads the source and adds no pass over the tree. */
export const satteriFigureLinks: MdastPluginEntry = ({ source, data }) => {
  setFrontmatter(data, 'figureLinks', findFigureLinks(source) satisfies FigureLinks);
  return null;
};
