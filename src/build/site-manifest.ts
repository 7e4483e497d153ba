/**
 * `_headers` (security and cache headers for static hosts that read it) and `SHA256SUMS`, the
 * digest of every file the site serves, so anyone can check that a copy of the site is the one
 * this commit builds (`sha256sum -c`, as the /data/ page shows). Written last, after the search
 * index.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { formatSha256Sums } from '../lib/checksums';
import { formatHeadersFile, listHeaderRules } from '../lib/security-headers';

/** The manifest's own name; it is not listed in itself. */
export const MANIFEST_NAME = 'SHA256SUMS';

/**
 * Files in the build folder that are instructions for a host, not part of the site: `_headers`
 * and `_redirects` (read by Netlify and Cloudflare Pages, which do not serve them) and the nginx
 * rules a fixture build writes beside its site. deploy/nginx/kursk-files.conf answers 404 for each.
 */
export const NOT_SERVED: readonly string[] = ['_headers', '_redirects', 'nginx-redirects.conf'];

/**
 * Whether a built file is one a reader can fetch from the served site: not host bookkeeping and
 * not a dotfile (nginx refuses any path with a segment starting with a dot, except /.well-known/).
 */
export function isServed(path: string): boolean {
  if (NOT_SERVED.includes(path)) return false;
  return !path
    .split('/')
    .some((segment, i) => segment.startsWith('.') && !(i === 0 && segment === '.well-known'));
}

/**
 * Every file under `dir` that the manifest lists, as `/`-separated relative paths: the files a
 * reader can fetch, so that a copy made by fetching them checks clean. Not the manifest itself.
 */
export function listServedFiles(dir: string): string[] {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .filter((path) => path !== MANIFEST_NAME && isServed(path));
}

/**
 * The SHA-256 of each file, read one at a time and synchronously: a 10,000-report build has tens
 * of thousands of files, and opening them all at once through the promise API runs out of file
 * descriptors (EMFILE).
 */
export function digestFiles(dir: string, files: readonly string[]): { path: string; sha256: string }[] {
  return files.map((path) => ({
    path,
    sha256: createHash('sha256')
      .update(readFileSync(join(dir, path)))
      .digest('hex'),
  }));
}

/** Writes `_headers` for the site's base path, then `SHA256SUMS` over every file served. Returns the file count. */
export function writeSiteManifest(dir: string, base: string): number {
  writeFileSync(join(dir, '_headers'), formatHeadersFile(listHeaderRules(base)));
  const digests = digestFiles(dir, listServedFiles(dir));
  writeFileSync(join(dir, MANIFEST_NAME), formatSha256Sums(digests));
  return digests.length;
}
