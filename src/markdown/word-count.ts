/**
 * Counts a report's words while its Markdown is rendered, and hands the count to the page in
 * `remarkPluginFrontmatter.words` (`countWords` from src/lib/reports.ts). The raw Markdown then
 * need not be kept in the content store (`retainBody: false` in src/content.config.ts).
 */
import type { MdastPluginEntry } from 'satteri';
import { countWords } from '../lib/reports';
import { setFrontmatter } from './frontmatter';

/**
 * An `.mdx` source without its `import` and `export` statements, which readers never see. MDX
 * reads such a statement from a line starting with the keyword to the next blank line.
 */
export function withoutEsm(source: string): string {
  return source.replace(/^(?:import|export)\b.*(?:\n.*\S.*)*/gm, '');
}

/**
 * The Sätteri plugin factory: counts the words of the document's source and adds no pass over the
 * tree (it returns no plugin).
 */
export const satteriWordCount: MdastPluginEntry = ({ source, sourceFormat, data }) => {
  setFrontmatter(data, 'words', countWords(sourceFormat === 'mdx' ? withoutEsm(source) : source));
  return null;
};
