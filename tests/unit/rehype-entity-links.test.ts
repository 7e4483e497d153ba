import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import { rehypeEntityLinks, satteriEntityLinks } from '../../src/integrations/rehype-entity-links';
import { satteriCitations } from '../../src/integrations/satteri-citations';
import { remarkCitations } from '../../src/integrations/remark-citations';
import { renderSync } from './satteri-render';

const entities = [
  { id: 'kursk-region', name: 'Kursk region', aliases: ['Kursk'] },
  { id: 'nis', name: 'National Intelligence Service', aliases: ['NIS'] },
  { id: 'gerasimov', name: 'Valery Gerasimov', aliases: ['Gerasimov'] },
];

const hrefFor = (id: string) => `/entities/${id}/`;
type Mentions = { astro: { frontmatter: { entityMentions: string[] } } };

function renderWithRemark(markdown: string) {
  const file = new VFile({ path: 'content/reports/x.md', value: markdown });
  const html = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkCitations, { sourceIds: new Set(['npr']) })
    .use(remarkRehype)
    .use(rehypeEntityLinks, { entities, hrefFor })
    .use(rehypeStringify)
    .processSync(file);
  return { html: String(html), mentions: (file.data as Mentions).astro.frontmatter.entityMentions };
}

function renderWithSatteri(markdown: string) {
  const result = renderSync(markdown, {
    fileURL: pathToFileURL('content/reports/x.md'),
    mdastPlugins: [satteriCitations({ sourceIds: new Set(['npr']) })],
    hastPlugins: [satteriEntityLinks({ entities, hrefFor })],
  });
  return {
    html: result.html,
    mentions: (result.data as unknown as Mentions).astro.frontmatter.entityMentions,
  };
}

/** The same cases run through both plugins: remark's for MDX, Sätteri's for Markdown. */
const pipelines = [
  { name: 'rehypeEntityLinks', render: renderWithRemark },
  { name: 'satteriEntityLinks', render: renderWithSatteri },
];

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
      '<sup class="cite"><a href="#note-1" id="cite-1" aria-label="Note 1" data-cite="1">1</a></sup>',
    );
    expect(html).toContain('<sup class="cite"><a href="#note-1" id="cite-1-2"');
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

describe('rehypeEntityLinks on a tree typography has split', () => {
  it('finds a name split across neighbouring text nodes, as typography plugins leave it', () => {
    const file = new VFile({ path: 'x.md' });
    const tree = {
      type: 'root',
      children: [
        {
          type: 'element',
          tagName: 'p',
          properties: {},
          children: [
            { type: 'text', value: 'Valery' },
            { type: 'text', value: ' Gerasimov spoke' },
          ],
        },
      ],
    };
    rehypeEntityLinks({ entities, hrefFor })(tree as never, file);
    expect(JSON.stringify(tree)).toContain('"value":"Valery Gerasimov"');
  });
});
