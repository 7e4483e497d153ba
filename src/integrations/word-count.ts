/**
 * Counts a report's words while its Markdown is rendered, and hands the count to the page in
 * `remarkPluginFrontmatter.words`. The raw Markdown then need not be kept in the content store
 * (`retainBody: false` in src/content.config.ts), which at 10,000 reports is a third of its size.
 * One plugin for Sätteri (`.md`) and one for remark (`.mdx`), with the same count.
 */
import { defineMdastPlugin } from 'satteri';
import type { VFile } from 'vfile';
import { countWords } from '../lib/reports';

type AstroData = { astro?: { frontmatter?: Record<string, unknown> } };

function setWords(data: AstroData, words: number): void {
  data.astro ??= {};
  data.astro.frontmatter ??= {};
  data.astro.frontmatter.words = words;
}

/** The Sätteri plugin: counts the words of the Markdown source being rendered. */
export function satteriWordCount() {
  return defineMdastPlugin({
    name: 'kursk-files:word-count',
    before(_root, ctx) {
      setWords(ctx.data as AstroData, countWords(ctx.source));
    },
  });
}

/** The remark plugin: counts the words of the file being rendered. */
export function remarkWordCount() {
  return (_tree: unknown, file: VFile) => {
    setWords(file.data as AstroData, countWords(String(file.value)));
  };
}
