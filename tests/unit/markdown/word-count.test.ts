/** The word-count plugin gives the page the same count as countWords on the report's text, in `.md` and `.mdx`. */
import { describe, expect, it } from 'vitest';
import { satteriWordCount, withoutEsm } from '../../../src/markdown/word-count';
import { astroData, formats, mdxToJsSync } from './render';

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

/** The frontmatter each format leaves, starting from a file whose frontmatter holds a title. */
const pipelines = formats.map((format) => ({
  name: format.name,
  frontmatterAfter: (source: string) =>
    (
      format.render(source, { mdastPlugins: [satteriWordCount], data: astroData({ title: 'Kept' }) })
        .data as AstroData
    ).astro.frontmatter,
}));

describe.each(pipelines)('$name', ({ frontmatterAfter }) => {
  it('puts the word count of the file in the frontmatter, keeping what is there', () => {
    expect(frontmatterAfter(markdown)).toEqual({ title: 'Kept', words: expected });
  });

  it('counts an empty file as no words', () => {
    expect(frontmatterAfter('')).toEqual({ title: 'Kept', words: 0 });
  });
});

describe('satteriWordCount in MDX', () => {
  it('counts what readers read: not the import lines, nor a component’s tags', () => {
    const mdx = [
      "import Aside from '../components/Aside.astro';",
      "import { figure } from './data.ts';",
      '',
      '<Aside tone="quiet">Two words.</Aside>',
      '',
      markdown,
    ].join('\n');
    // Compiled as Astro's mdx() compiles it (the imports are resolved when the page is built).
    const { data } = mdxToJsSync(mdx, {
      mdastPlugins: [satteriWordCount],
      data: astroData({ title: 'Kept' }),
    });
    expect((data as AstroData).astro.frontmatter).toEqual({ title: 'Kept', words: expected + 2 });
  });
});

describe('withoutEsm', () => {
  it('removes import and export statements, multi-line ones too, and keeps the prose', () => {
    const mdx = [
      "import Aside from './aside.astro';",
      'export const meta = {',
      "  kind: 'analysis',",
      '};',
      '',
      'Important words stay.',
    ].join('\n');
    expect(withoutEsm(mdx).trim()).toBe('Important words stay.');
  });
});
