import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import {
  chunkSitemap,
  renderRobots,
  renderSitemap,
  renderSitemapIndex,
  SITEMAP_MAX_URLS,
} from '../../src/lib/sitemap';

describe('renderSitemap', () => {
  it('lists each URL once, sorted, with lastmod as a day where known', () => {
    const text = renderSitemap([
      { url: 'https://x.org/b/', lastmod: new Date('2026-03-04T10:00:00Z') },
      { url: 'https://x.org/a/' },
      { url: 'https://x.org/b/', lastmod: new Date('2026-03-04T10:00:00Z') },
    ]);
    expect(XMLValidator.validate(text)).toBe(true);
    expect(text.match(/<url>/g)).toHaveLength(2);
    expect(text.indexOf('https://x.org/a/')).toBeLessThan(text.indexOf('https://x.org/b/'));
    expect(text).toContain('<url><loc>https://x.org/b/</loc><lastmod>2026-03-04</lastmod></url>');
    expect(text).toContain('<url><loc>https://x.org/a/</loc></url>');
  });
});

describe('renderRobots', () => {
  it('points to the sitemap and keeps search result URLs out', () => {
    const text = renderRobots('https://x.org/kursk/sitemap.xml', '/kursk/search/');
    expect(text).toContain('Sitemap: https://x.org/kursk/sitemap.xml');
    expect(text).toContain('Disallow: /kursk/search/?');
  });
});

describe('chunkSitemap', () => {
  const entries = Array.from({ length: 7 }, (_, i) => ({ url: `https://x.org/p${6 - i}/` }));

  it('keeps a site that fits in one file', () => {
    expect(chunkSitemap(entries)).toHaveLength(1);
    expect(SITEMAP_MAX_URLS).toBe(50_000);
  });

  it('splits a larger site into sorted files of at most max URLs, each URL in exactly one', () => {
    const chunks = chunkSitemap([...entries, entries[0]!], 3);
    expect(chunks.map((c) => c.length)).toEqual([3, 3, 1]);
    expect(chunks.flat().map((e) => e.url)).toEqual(entries.map((e) => e.url).sort());
  });

  it('gives an empty site one empty file rather than none', () => {
    expect(chunkSitemap([])).toEqual([[]]);
  });
});

describe('renderSitemapIndex', () => {
  it('lists each sitemap file with its lastmod', () => {
    const text = renderSitemapIndex([
      { url: 'https://x.org/sitemaps/1.xml', lastmod: new Date('2026-03-04T10:00:00Z') },
      { url: 'https://x.org/sitemaps/2.xml' },
    ]);
    expect(XMLValidator.validate(text)).toBe(true);
    expect(text).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(text).toContain(
      '<sitemap><loc>https://x.org/sitemaps/1.xml</loc><lastmod>2026-03-04</lastmod></sitemap>',
    );
    expect(text).toContain('<sitemap><loc>https://x.org/sitemaps/2.xml</loc></sitemap>');
  });
});
