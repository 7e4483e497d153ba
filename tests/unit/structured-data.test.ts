import { describe, expect, it } from 'vitest';
import { buildArticleJsonLd, serialiseJsonLd, type ArticleFacts } from '../../src/lib/structured-data';

/** The JSON-LD as plain JSON, as a consumer reads it. */
const plain = (value: unknown) =>
  JSON.parse(JSON.stringify(value)) as Record<string, unknown> & { citation: Record<string, unknown>[] };

const facts: ArticleFacts = {
  kind: 'report',
  headline: 'Drones drop leaflets',
  description: 'A dek.',
  url: 'https://x.org/reports/a/',
  image: 'https://x.org/cards/reports/a.png',
  datePublished: new Date('2026-01-01T00:00:00Z'),
  dateModified: new Date('2026-02-01T00:00:00Z'),
  author: 'The Kursk Files',
  publisher: { name: 'The Kursk Files', url: 'https://x.org/', logo: 'https://x.org/favicon.svg' },
  section: 'Drone warfare',
  keywords: ['Drone warfare', 'Casualties'],
  citations: [
    {
      title: 'Source one',
      url: 'https://news.example/1',
      publisher: 'NPR',
      datePublished: '2025',
      authors: ['A B'],
    },
    { title: 'Source two', url: 'https://x.org/sources/two/', authors: [] },
  ],
};

describe('buildArticleJsonLd', () => {
  it('describes a report as a NewsArticle with its dates, author and publisher', () => {
    const ld = plain(buildArticleJsonLd(facts));
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Drones drop leaflets',
      datePublished: '2026-01-01T00:00:00.000Z',
      dateModified: '2026-02-01T00:00:00.000Z',
      publisher: { '@type': 'NewsMediaOrganization', name: 'The Kursk Files' },
      keywords: 'Drone warfare, Casualties',
    });
  });

  it('cites every source with its URL, publisher and authors when known', () => {
    const ld = plain(buildArticleJsonLd(facts));
    expect(ld.citation).toEqual([
      {
        '@type': 'CreativeWork',
        name: 'Source one',
        url: 'https://news.example/1',
        publisher: { '@type': 'Organization', name: 'NPR' },
        datePublished: '2025',
        author: [{ '@type': 'Person', name: 'A B' }],
      },
      { '@type': 'CreativeWork', name: 'Source two', url: 'https://x.org/sources/two/' },
    ]);
  });

  it('credits the archive as an organisation, and a named writer as a person', () => {
    expect(plain(buildArticleJsonLd(facts)).author).toEqual([
      { '@type': 'Organization', name: 'The Kursk Files', url: 'https://x.org/' },
    ]);
    expect(plain(buildArticleJsonLd({ ...facts, author: 'Jane Roe' })).author).toEqual([
      { '@type': 'Person', name: 'Jane Roe' },
    ]);
  });

  it('describes an analysis as an AnalysisNewsArticle', () => {
    expect(plain(buildArticleJsonLd({ ...facts, kind: 'analysis' }))['@type']).toBe('AnalysisNewsArticle');
  });

  it('adds about and mentions only when entities are given', () => {
    expect(buildArticleJsonLd(facts)).not.toHaveProperty('about');
    const ld = plain(
      buildArticleJsonLd({
        ...facts,
        about: [{ name: 'Kim Jong Un', url: 'https://x.org/entities/kim/', type: 'Person' }],
      }),
    );
    expect(ld.about).toEqual([
      { '@type': 'Person', name: 'Kim Jong Un', url: 'https://x.org/entities/kim/' },
    ]);
  });
});

describe('serialiseJsonLd', () => {
  it('escapes < so no value can close the script element', () => {
    expect(serialiseJsonLd({ headline: '</script><script>alert(1)</script>' })).not.toContain('</script>');
    expect(JSON.parse(serialiseJsonLd({ a: '<b>' }))).toEqual({ a: '<b>' });
  });
});
