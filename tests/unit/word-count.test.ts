/** The word-count render plugin gives the page the same count as countWords on the Markdown. */
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { remarkWordCount } from '../../src/integrations/word-count';

const markdown = ['## Drones over Kursk', '', 'Ukrainian drones dropped 1,000 leaflets.[^a] Kim’s troops moved.[^a]', '', '[^a]: @drone-losses, ¶ 2', ''].join('\n');
// Heading (3) + sentence one (5) + sentence two (3); the note line and markers do not count.
const expected = 11;

describe('remarkWordCount', () => {
  it('puts the word count of the file in the frontmatter, keeping what is there', async () => {
    const file = new VFile({ value: markdown, data: { astro: { frontmatter: { title: 'Kept' } } } });
    const processor = unified().use(remarkParse).use(remarkGfm).use(remarkWordCount);
    await processor.run(processor.parse(file), file);
    expect((file.data as { astro: { frontmatter: unknown } }).astro.frontmatter).toEqual({ title: 'Kept', words: expected });
  });
});
