/** sitemap.xml and robots.txt. Pure: absolute URLs and dates are passed in. */
import { escapeXml } from './feeds';

/** One page in the sitemap. */
export interface SitemapEntry {
  url: string;
  /** When the page's content last changed, when known. */
  lastmod?: Date | undefined;
}

/** A sitemap.xml listing each page once, sorted by URL, with `lastmod` as a day where known. */
export function renderSitemap(entries: readonly SitemapEntry[]): string {
  const unique = [...new Map(entries.map((e) => [e.url, e])).values()].sort((a, b) => a.url.localeCompare(b.url));
  const urls = unique.map((e) =>
    `  <url><loc>${escapeXml(e.url)}</loc>${e.lastmod ? `<lastmod>${e.lastmod.toISOString().slice(0, 10)}</lastmod>` : ''}</url>`,
  );
  return ['<?xml version="1.0" encoding="utf-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...urls, '</urlset>', ''].join('\n');
}

/** robots.txt: everything may be crawled except the search page's result URLs; points to the sitemap. */
export function renderRobots(sitemapUrl: string, searchPath: string): string {
  return `User-agent: *\nAllow: /\nDisallow: ${searchPath}?\n\nSitemap: ${sitemapUrl}\n`;
}
