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
  const unique = [...new Map(entries.map((e) => [e.url, e])).values()].sort((a, b) =>
    a.url.localeCompare(b.url),
  );
  const urls = unique.map(
    (e) =>
      `  <url><loc>${escapeXml(e.url)}</loc>${e.lastmod ? `<lastmod>${e.lastmod.toISOString().slice(0, 10)}</lastmod>` : ''}</url>`,
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}

/** robots.txt: everything may be crawled except the search page's result URLs; points to the sitemap. */
export function renderRobots(sitemapUrl: string, searchPath: string): string {
  return `User-agent: *\nAllow: /\nDisallow: ${searchPath}?\n\nSitemap: ${sitemapUrl}\n`;
}

/** The most URLs one sitemap file may list (sitemaps.org); a larger site needs a sitemap index. */
export const SITEMAP_MAX_URLS = 50_000;

/**
 * The site's pages in sitemap files of at most `max` URLs each, each URL once and sorted, so a
 * page keeps its file from build to build until the files before it grow. One file while the site
 * fits; past that, `sitemap.xml` becomes an index of the files (see `renderSitemapIndex`). At
 * about 100 bytes an entry, 50,000 URLs stay far below the 50 MB a file may weigh.
 */
export function chunkSitemap(entries: readonly SitemapEntry[], max = SITEMAP_MAX_URLS): SitemapEntry[][] {
  if (!Number.isInteger(max) || max < 1)
    throw new Error(`chunkSitemap: max must be a whole number of at least 1, not ${max}`);
  const unique = [...new Map(entries.map((e) => [e.url, e])).values()].sort((a, b) =>
    a.url.localeCompare(b.url),
  );
  const chunks: SitemapEntry[][] = [];
  for (let i = 0; i < unique.length; i += max) chunks.push(unique.slice(i, i + max));
  return chunks.length > 0 ? chunks : [[]];
}

/** A sitemap index: the absolute URL of each sitemap file, with the newest `lastmod` of its pages where known. */
export function renderSitemapIndex(files: readonly SitemapEntry[]): string {
  const items = files.map(
    (f) =>
      `  <sitemap><loc>${escapeXml(f.url)}</loc>${f.lastmod ? `<lastmod>${f.lastmod.toISOString().slice(0, 10)}</lastmod>` : ''}</sitemap>`,
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...items,
    '</sitemapindex>',
    '',
  ].join('\n');
}
