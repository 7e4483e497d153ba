/**
 * The figure-link render plugins record a report's links into the figures ledger, so the ledger
 * needs no report body; remark (MDX) and Sätteri (Markdown) run the same cases.
 */
import { compile } from '@mdx-js/mdx';
import { markdownToHtml } from 'satteri';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { remarkFigureLinks, satteriFigureLinks } from '../../src/integrations/figure-links';
import { astroData } from './satteri-render';

type AstroData = { astro: { frontmatter: Record<string, unknown> } };

const pipelines = [
  {
    name: 'remarkFigureLinks',
    frontmatterAfter: async (source: string) => {
      const file = new VFile({ value: source, data: { astro: { frontmatter: { title: 'Kept' } } } });
      await compile(file, { remarkPlugins: [remarkFigureLinks] });
      return (file.data as AstroData).astro.frontmatter;
    },
  },
  {
    name: 'satteriFigureLinks',
    frontmatterAfter: async (source: string) => {
      const result = await markdownToHtml(source, {
        mdastPlugins: [satteriFigureLinks],
        data: astroData({ title: 'Kept' }),
      });
      return (result.data as AstroData).astro.frontmatter;
    },
  },
];

describe.each(pipelines)('$name', ({ frontmatterAfter }) => {
  it('records links to a quantity and to a claim, in order, and no other link', async () => {
    const source = [
      'Pyongyang sent [about 11,000](/figures/#nk-troops-deployed) troops; see [the source](/sources/npr/).',
      '',
      'Seoul put the dead at [600](/figures/#claim-nis-600-dead).[^a]',
      '',
      '[^a]: @npr, ¶ 2',
    ].join('\n');
    expect(await frontmatterAfter(source)).toEqual({
      title: 'Kept',
      figureLinks: ['/figures/#nk-troops-deployed', '/figures/#claim-nis-600-dead'],
    });
  });

  it('records an empty list for a report that links to no figure', async () => {
    expect((await frontmatterAfter('No figures here, only [a report](/reports/x/).')).figureLinks).toEqual(
      [],
    );
  });
});
