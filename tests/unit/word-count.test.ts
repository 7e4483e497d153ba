/** The word-count render plugins give the page the same count as countWords on the Markdown. */
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { remarkWordCount, satteriWordCount } from '../../src/integrations/word-count';

const markdown = ['## Drones over Kursk', '', 'Ukrainian drones dropped 1,000 leaflets.[^a] Kim’s troops moved.[^a]', '', '[^a]: @drone-losses, ¶ 2', ''].join('\n');
// Heading (3) + sentence one (5) + sentence two (3); the note line and markers do not count.
const expected = 11;

describe('satteriWordCount', () => {
  it('puts the word count of the rendered Markdown in the frontmatter, keeping what is there', async () => {
    const data: Record<string, unknown> = { astro: { frontmatter: { title: 'Kept' } } };
    await markdownToHtml(markdown, { mdastPlugins: [satteriWordCount()], data });
    expect((data as { astro: { frontmatter: unknown } }).astro.frontmatter).toEqual({ title: 'Kept', words: expected });
  });
});

describe('remarkWordCount', () => {
  it('puts the word count of the file in the frontmatter', async () => {
    const file = new VFile({ value: markdown });
    const processor = unified().use(remarkParse).use(remarkGfm).use(remarkWordCount);
    await processor.run(processor.parse(file), file);
    expect((file.data as { astro: { frontmatter: { words: number } } }).astro.frontmatter.words).toBe(expected);
  });
});
