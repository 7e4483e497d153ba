/**
 * The built site as the sweeps see it: every page and file found by walking the build folder
 * (dist/, or dist-subpath/ for the /kursk/ build), so pages added later are covered without
 * editing a list. The link check itself is src/lib/site-links.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { findLinkProblems, parsePage, urlPathForFile, type ParsedPage } from '../../../src/lib/site-links';

/** The built site's folder. */
export const DIST = join(process.cwd(), 'dist');

/** Every built file, relative to the build folder with `/` separators, sorted. */
export function listBuiltFiles(dir = DIST): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/** Every built HTML page: its file and the URL path it is served at (`/reports/x/`, without the base path). */
export function listBuiltPages(dir = DIST): { file: string; path: string }[] {
  const pages = listBuiltFiles(dir)
    .filter((f) => f.endsWith('.html'))
    .map((file) => ({ file, path: urlPathForFile(file) }));
  if (pages.length === 0)
    throw new Error(`No HTML in ${dir}: run \`npm run build\` before the end-to-end tests.`);
  return pages;
}

/** A built page's HTML. */
export function readBuiltPage(file: string, dir = DIST): string {
  return readFileSync(join(dir, file), 'utf8');
}

/** The site's public origin, as the build wrote it into the home page's canonical link. */
export function readSiteOrigin(dir = DIST): string {
  const match = /<link rel="canonical" href="([^"]+)"/.exec(readBuiltPage('index.html', dir));
  if (!match) throw new Error(`${dir}/index.html has no canonical link to read the site origin from.`);
  return new URL(match[1]!).origin;
}

/**
 * Every link problem in a built site (src/lib/site-links.ts over every page: internal links and
 * #fragments resolve and stay under `base`, external links are https and marked), and how many
 * links were checked, so a test can tell a clean site from one whose links were not found.
 */
export function findBuiltLinkProblems(
  dir = DIST,
  base = '/',
): { problems: string[]; pages: number; links: number } {
  const pages = listBuiltPages(dir);
  const files = new Set(listBuiltFiles(dir).flatMap((f) => [`/${f}`, urlPathForFile(f)]));
  const parsed = new Map<string, ParsedPage>(
    pages.map((p) => [p.path, parsePage(readBuiltPage(p.file, dir))]),
  );
  const links = [...parsed.values()].reduce((n, p) => n + p.links.length, 0);
  return { problems: findLinkProblems(parsed, files, readSiteOrigin(dir), base), pages: pages.length, links };
}

/** The slugs of the published reports in a built site: report pages that are neither list pages nor redirects. */
export function publishedReportSlugs(dir = DIST): string[] {
  return (
    listBuiltPages(dir)
      .map((page) => /^\/reports\/([a-z0-9-]+)\/$/.exec(page.path)?.[1])
      .filter((slug): slug is string => slug !== undefined && !/^\d+$/.test(slug))
      // A report page is an article (its JSON-LD says so); listings such as /reports/analysis/ and
      // redirect pages are not.
      .filter((slug) =>
        /"@type":"(Analysis)?NewsArticle"/.test(readBuiltPage(`reports/${slug}/index.html`, dir)),
      )
      .sort()
  );
}
