/**
 * The whole report pipeline (`satteriPipeline`, as astro.config.mjs gives it to `satteri()` and
 * `mdx()` inherits it), run on one report written as `.md` and as `.mdx`: the same page.
 */
import { describe, expect, it } from 'vitest';
import { satteriPipeline } from '../../../src/markdown/pipeline';
import { astroData, formats, renderMdx, withoutImports } from './render';

const options = {
  sourceIds: new Set(['npr']),
  entities: [{ id: 'nis', name: 'National Intelligence Service', aliases: ['NIS'] }],
  base: '/kursk/',
  figures: {
    quantities: new Set(['nk-troops-killed']),
    claimQuantities: new Map([['nis-600', 'nk-troops-killed']]),
  },
};
const report = (authoredId: string) =>
  [
    'The NIS put the dead at [600](/figures/#claim-nis-600).[^a] ' + authoredId,
    '',
    '[^a]: @npr, ¶ 2',
    '',
  ].join('\n');

type Frontmatter = { astro: { frontmatter: Record<string, unknown> } };

const render = (name: string, source: string) => {
  const { mdastPlugins, hastPlugins } = satteriPipeline(options);
  const format = formats.find((f) => f.name === name)!;
  const { html, data } = format.render(source, {
    mdastPlugins,
    hastPlugins,
    fileURL: new URL(`file:///archive/reports/x${name}`),
    features: { gfm: true, smartPunctuation: true },
    data: astroData(),
  });
  return { html, frontmatter: (data as Frontmatter).astro.frontmatter };
};

describe('satteriPipeline', () => {
  const md = render('.md', report('{#dead}'));
  const mdx = render('.mdx', report('\\{#dead}'));

  it('renders a report the same as .md and as .mdx', () => {
    expect(mdx.html).toBe(md.html);
    expect(mdx.frontmatter).toEqual(md.frontmatter);
  });

  it('applies every plugin: entity link, figures link under the base path, citation, authored paragraph id', () => {
    expect(md.html).toBe(
      '<p id="dead">The <a href="/kursk/entities/nis/" class="entity-link" data-entity="nis">NIS</a> put the dead at ' +
        '<a href="/kursk/figures/nk-troops-killed/#claim-nis-600">600</a>.' +
        '<sup class="cite" data-pagefind-ignore=""><a href="#note-1" id="cite-1" aria-label="Note 1" data-cite="1">1</a></sup>' +
        '\u00a0<a class="anchor-link" href="#dead" aria-label="Link to this paragraph" data-anchor="¶" data-pagefind-ignore=""></a></p>',
    );
    expect(md.frontmatter).toEqual({
      citations: [{ label: 'a', source: 'npr', locator: '¶ 2', n: 1, uses: 1, paragraph: 2 }],
      words: 8,
      figureLinks: ['/figures/#claim-nis-600'],
      entityMentions: ['nis'],
    });
  });

  it('renders a component in an .mdx report beside the plugins’ work', () => {
    const { mdastPlugins, hastPlugins } = satteriPipeline(options);
    const { html } = renderMdx(
      `import Aside from '../components/Aside.astro';\n\n<Aside>An aside.</Aside>\n\n${report('\\{#dead}')}`,
      {
        // The site's plugins first (the safe-content rules pass the import), then the test's
        // runtime, which provides the imported component itself.
        mdastPlugins: [...(mdastPlugins ?? []), withoutImports],
        hastPlugins,
        components: { Aside: ({ children }) => `<aside>${String(children)}</aside>` },
      },
    );
    expect(html).toMatch(/^<aside>An aside\.<\/aside>\n<p id="dead">The <a href="\/kursk\/entities\/nis\/"/);
  });
});
