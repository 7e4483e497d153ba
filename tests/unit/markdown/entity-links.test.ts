/** The entity-link plugin (`satteriEntityLinks`), run on the same cases as `.md` and as `.mdx`. */
import { pathToFileURL } from 'node:url';
import { defineHastPlugin } from 'satteri';
import { describe, expect, it } from 'vitest';
import { satteriCitations } from '../../../src/markdown/citations';
import { satteriEntityLinks } from '../../../src/markdown/entity-links';
import { formats, renderMdx, renderSync } from './render';

const entities = [
  { id: 'kursk-region', name: 'Kursk region', aliases: ['Kursk'] },
  { id: 'nis', name: 'National Intelligence Service', aliases: ['NIS'] },
  { id: 'gerasimov', name: 'Valery Gerasimov', aliases: ['Gerasimov'] },
];

const hrefFor = (id: string) => `/entities/${id}/`;
type Mentions = { astro: { frontmatter: { entityMentions: string[] } } };

const options = (path: string) => ({
  fileURL: pathToFileURL(path),
  mdastPlugins: [satteriCitations({ sourceIds: new Set(['npr']) })],
  hastPlugins: [satteriEntityLinks({ entities, hrefFor })],
});

const pipelines = formats.map((format) => ({
  name: format.name,
  render: (markdown: string) => {
    const { html, data } = format.render(markdown, options(`content/reports/x${format.name}`));
    return { html, mentions: (data as unknown as Mentions).astro.frontmatter.entityMentions };
  },
}));

describe.each(pipelines)('$name', ({ render }) => {
  it('links the first mention of each entity and leaves later ones as text', () => {
    const { html } = render('Fighting in Kursk went on. Kursk was retaken.[^a]\n\n[^a]: @npr, ¶ 1\n');
    expect(html.match(/class="entity-link"/g)).toHaveLength(1);
    expect(html).toContain(
      'Fighting in <a href="/entities/kursk-region/" class="entity-link" data-entity="kursk-region">Kursk</a> went on. Kursk was retaken.',
    );
  });

  it('links the longest name at a place', () => {
    expect(render('In the Kursk region.').html).toContain('>Kursk region</a>.');
  });

  it('never links inside a heading, a quotation, a block quote or an existing link, and links the next mention instead', () => {
    const md = [
      '## Kursk in spring',
      '',
      '> Gerasimov spoke.',
      '',
      'A commander spoke of “Kursk and the NIS” and [Gerasimov](https://example.org/).',
      '',
      'Later, Gerasimov, the NIS and Kursk were named.',
    ].join('\n');
    const { html } = render(md);
    expect(html).toContain('<h2>Kursk in spring</h2>');
    expect(html).toContain('<blockquote>\n<p>Gerasimov spoke.</p>');
    expect(html).toContain('“Kursk and the NIS”');
    expect(html).toContain('<a href="https://example.org/">Gerasimov</a>');
    expect(html).toContain(
      'Later, <a href="/entities/gerasimov/" class="entity-link" data-entity="gerasimov">Gerasimov</a>, the <a href="/entities/nis/"',
    );
    expect(html).toContain('and <a href="/entities/kursk-region/"');
  });

  it('keeps citation markers intact', () => {
    const { html } = render('NIS counted.[^a] Kursk too.[^a]\n\n[^a]: @npr, ¶ 1\n');
    expect(html).toContain(
      '<sup class="cite" data-pagefind-ignore=""><a href="#note-1" id="cite-1" aria-label="Note 1" data-cite="1">1</a></sup>',
    );
    expect(html).toContain('<sup class="cite" data-pagefind-ignore=""><a href="#note-1" id="cite-1-2"');
  });

  it('matches names within one run of text: emphasis ends the run', () => {
    const { html } = render('In the Kursk *region* the NIS counted.');
    expect(html).toContain(
      'In the <a href="/entities/kursk-region/" class="entity-link" data-entity="kursk-region">Kursk</a> <em>region</em> the <a href="/entities/nis/"',
    );
  });

  it('records every entity the text mentions, headings and quotations included, in order', () => {
    expect(render('## Gerasimov\n\nThey said “NIS”. Kursk.').mentions).toEqual([
      'gerasimov',
      'nis',
      'kursk-region',
    ]);
  });
});

describe('satteriEntityLinks on text another plugin has split', () => {
  it('finds a name split across neighbouring text nodes and replaces them all with the link', () => {
    // A hast plugin before it leaves "Valery" and " Gerasimov spoke." as two text nodes.
    const split = defineHastPlugin({
      name: 'test:split-text',
      text(node, ctx) {
        if (node.value !== 'Valery Gerasimov spoke.') return;
        ctx.replaceNode(node, [
          { type: 'text', value: 'Valery' },
          { type: 'text', value: ' Gerasimov spoke.' },
        ]);
      },
    });
    const { html } = renderSync('Valery Gerasimov spoke.', {
      hastPlugins: [split, satteriEntityLinks({ entities, hrefFor })],
    });
    expect(html.trim()).toBe(
      '<p><a href="/entities/gerasimov/" class="entity-link" data-entity="gerasimov">Valery Gerasimov</a> spoke.</p>',
    );
  });
});

describe('satteriEntityLinks in MDX', () => {
  it('links mentions in the report’s own text, and leaves a component’s text to the component', () => {
    // The component is given to the render (as a page's imports would give it).
    const mdx = ['<Aside>The NIS briefed lawmakers.</Aside>', '', 'The NIS counted the dead in Kursk.'].join(
      '\n',
    );
    const data = {};
    const { html } = renderMdx(mdx, {
      ...options('content/reports/x.mdx'),
      data,
      components: { Aside: ({ children }) => `<aside>${String(children)}</aside>` },
    });
    expect(html).toContain('<aside>The NIS briefed lawmakers.</aside>');
    expect(html).toContain(
      '<p>The <a href="/entities/nis/" class="entity-link" data-entity="nis">NIS</a> counted the dead in <a href="/entities/kursk-region/"',
    );
    expect((data as Mentions).astro.frontmatter.entityMentions).toEqual(['nis', 'kursk-region']);
  });
});
