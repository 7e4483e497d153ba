import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { renderRobots, renderSitemap } from '../../src/lib/sitemap';

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
