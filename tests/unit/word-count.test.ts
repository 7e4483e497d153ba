/** The word-count render plugins give the page the same count as countWords on the Markdown. */
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { markdownToHtml } from 'satteri';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { remarkWordCount, satteriWordCount } from '../../src/integrations/word-count';
import { astroData } from './satteri-render';

const markdown = [
  '## Drones over Kursk',
  '',
  'Ukrainian drones dropped 1,000 leaflets.[^a] Kim’s troops moved.[^a]',
  '',
  '[^a]: @drone-losses, ¶ 2',
  '',
].join('\n');
// Heading (3) + sentence one (5) + sentence two (3); the note line and markers do not count.
const expected = 11;

type AstroData = { astro: { frontmatter: unknown } };

/** The frontmatter each pipeline leaves, starting from a file whose frontmatter holds a title. */
const pipelines = [
  {
    name: 'remarkWordCount',
    frontmatterAfter: async (md: string) => {
      const file = new VFile({ value: md, data: { astro: { frontmatter: { title: 'Kept' } } } });
      const processor = unified().use(remarkParse).use(remarkGfm).use(remarkWordCount);
      await processor.run(processor.parse(file), file);
      return (file.data as AstroData).astro.frontmatter;
    },
  },
  {
    name: 'satteriWordCount',
    frontmatterAfter: async (md: string) => {
      const result = await markdownToHtml(md, {
        mdastPlugins: [satteriWordCount],
        data: astroData({ title: 'Kept' }),
      });
      return (result.data as AstroData).astro.frontmatter;
    },
  },
];

describe.each(pipelines)('$name', ({ frontmatterAfter }) => {
  it('puts the word count of the file in the frontmatter, keeping what is there', async () => {
    expect(await frontmatterAfter(markdown)).toEqual({ title: 'Kept', words: expected });
  });

  it('counts an empty file as no words', async () => {
    expect(await frontmatterAfter('')).toEqual({ title: 'Kept', words: 0 });
  });
});
