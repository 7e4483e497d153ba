/**
 * The figure-link plugin records a report's links into the figures ledger, so the ledger needs no
 * report body; it runs on the same cases as `.md` and as `.mdx`.
 */
import { describe, expect, it } from 'vitest';
import { satteriFigureLinks } from '../../../src/markdown/figure-links';
import { astroData, formats } from './render';

type AstroData = { astro: { frontmatter: Record<string, unknown> } };

const pipelines = formats.map((format) => ({
  name: format.name,
  frontmatterAfter: (source: string) =>
    (
      format.render(source, { mdastPlugins: [satteriFigureLinks], data: astroData({ title: 'Kept' }) })
        .data as AstroData
    ).astro.frontmatter,
}));

describe.each(pipelines)('$name', ({ frontmatterAfter }) => {
  it('records links to a quantity and to a claim, in order, and no other link', () => {
    const source = [
      'Pyongyang sent [about 11,000](/figures/#nk-troops-deployed) troops; see [the source](/sources/npr/).',
      '',
      'Seoul put the dead at [600](/figures/#claim-nis-600-dead).[^a]',
      '',
      '[^a]: @npr, ¶ 2',
    ].join('\n');
    expect(frontmatterAfter(source)).toEqual({
      title: 'Kept',
      figureLinks: ['/figures/#nk-troops-deployed', '/figures/#claim-nis-600-dead'],
    });
  });

  it('records an empty list for a report that links to no figure', () => {
    expect(frontmatterAfter('No figures here, only [a report](/reports/x/).').figureLinks).toEqual([]);
  });
});
