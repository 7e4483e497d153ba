/**
 * The built site as the sweeps see it: every page and file found by walking dist/, so pages added
 * later are covered without editing a list.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { urlPathForFile } from '../../../src/lib/site-links';

/** The built site's folder. */
export const DIST = join(process.cwd(), 'dist');

/** Every built file, relative to dist/ with `/` separators, sorted. */
export function listBuiltFiles(): string[] {
  return readdirSync(DIST, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(DIST, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/** Every built HTML page: its file and the URL path it is served at (`/reports/x/`). */
export function listBuiltPages(): { file: string; path: string }[] {
  const pages = listBuiltFiles()
    .filter((f) => f.endsWith('.html'))
    .map((file) => ({ file, path: urlPathForFile(file) }));
  if (pages.length === 0) throw new Error('No HTML in dist/: run `npm run build` before the end-to-end tests.');
  return pages;
}

/** A built page's HTML. */
export function readBuiltPage(file: string): string {
  return readFileSync(join(DIST, file), 'utf8');
}

/** The site's public origin, as the build wrote it into the home page's canonical link. */
export function readSiteOrigin(): string {
  const match = /<link rel="canonical" href="([^"]+)"/.exec(readBuiltPage('index.html'));
  if (!match) throw new Error('dist/index.html has no canonical link to read the site origin from.');
  return new URL(match[1]!).origin;
}

/** One page of each kind (home, list, report, source, topic, search, 404...), by its first path segment. */
export function listOnePagePerKind(): { file: string; path: string }[] {
  const seen = new Map<string, { file: string; path: string }>();
  for (const page of listBuiltPages()) {
    const segments = page.path.split('/').filter(Boolean);
    // /reports/ (a list) and /reports/x/ (an entry) are different kinds.
    const kind = `${segments[0] ?? 'home'}:${segments.length}`;
    if (!seen.has(kind)) seen.set(kind, page);
  }
  return [...seen.values()];
}
