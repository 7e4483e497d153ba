/**
 * Counts a report's words while its Markdown is rendered, and hands the count to the page in
 * `remarkPluginFrontmatter.words`: `remarkWordCount` for MDX (remark pipeline), `satteriWordCount`
 * for Markdown (Sätteri), both with `countWords` from src/lib/reports.ts. The raw Markdown then need
 * not be kept in the content store (`retainBody: false` in src/content.config.ts), which at 10,000
 * reports is a third of its size.
 */
import type { VFile } from 'vfile';
import type { MdastPluginEntry } from 'satteri';
import { countWords } from '../lib/reports';
import { setFrontmatter } from './satteri-data';

type AstroData = { astro?: { frontmatter?: Record<string, unknown> } };

/** The remark plugin: counts the words of the file being rendered. */
export function remarkWordCount() {
  return (_tree: unknown, file: VFile) => {
    const data = file.data as AstroData;
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter.words = countWords(String(file.value));
  };
}

/**
 * The same for Sätteri: a plugin factory that counts the words of the document's source and adds
 * no pass over the tree (it returns no plugin).
 */
export const satteriWordCount: MdastPluginEntry = ({ source, data }) => {
  setFrontmatter(data, 'words', countWords(source));
  return null;
};
