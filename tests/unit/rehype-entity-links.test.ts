import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { rehypeEntityLinks } from '../../src/integrations/rehype-entity-links';
import { remarkCitations } from '../../src/integrations/remark-citations';

const entities = [
  { id: 'kursk-region', name: 'Kursk region', aliases: ['Kursk'] },
  { id: 'nis', name: 'National Intelligence Service', aliases: ['NIS'] },
  { id: 'gerasimov', name: 'Valery Gerasimov', aliases: ['Gerasimov'] },
];

function render(markdown: string) {
  const file = new VFile({ path: 'content/reports/x.md', value: markdown });
  const html = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkCitations, { sourceIds: new Set(['npr']) })
    .use(remarkRehype)
    .use(rehypeEntityLinks, { entities, hrefFor: (id: string) => `/entities/${id}/` })
    .use(rehypeStringify)
    .processSync(file);
  const mentions = (file.data as { astro: { frontmatter: { entityMentions: string[] } } }).astro.frontmatter.entityMentions;
  return { html: String(html), mentions };
}

describe('rehypeEntityLinks', () => {
  it('links the first mention of each entity and leaves later ones as text', () => {
    const { html } = render('Fighting in Kursk went on. Kursk was retaken.[^a]\n\n[^a]: @npr, ¶ 1\n');
    expect(html.match(/class="entity-link"/g)).toHaveLength(1);
    expect(html).toContain('Fighting in <a href="/entities/kursk-region/" class="entity-link" data-entity="kursk-region">Kursk</a> went on. Kursk was retaken.');
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
    expect(html).toContain('Later, <a href="/entities/gerasimov/" class="entity-link" data-entity="gerasimov">Gerasimov</a>, the <a href="/entities/nis/"');
    expect(html).toContain('and <a href="/entities/kursk-region/"');
  });

  it('keeps citation markers intact', () => {
    const { html } = render('NIS counted.[^a] Kursk too.[^a]\n\n[^a]: @npr, ¶ 1\n');
    expect(html).toContain('<sup class="cite"><a href="#note-1" id="cite-1" aria-label="Note 1" data-cite="1">1</a></sup>');
    expect(html).toContain('<sup class="cite"><a href="#note-1" id="cite-1-2"');
  });

  it('finds a name split across neighbouring text nodes, as typography plugins leave it', () => {
    const file = new VFile({ path: 'x.md' });
    const tree = { type: 'root', children: [{ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: 'Valery' }, { type: 'text', value: ' Gerasimov spoke' }] }] };
    rehypeEntityLinks({ entities, hrefFor: (id: string) => `/entities/${id}/` })(tree as never, file);
    expect(JSON.stringify(tree)).toContain('"value":"Valery Gerasimov"');
  });

  it('records every entity the text mentions, headings and quotations included, in order', () => {
    expect(render('## Gerasimov\n\nThey said “NIS”. Kursk.').mentions).toEqual(['gerasimov', 'nis', 'kursk-region']);
  });
});
