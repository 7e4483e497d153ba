/**
 * `_headers` (security and cache headers for static hosts that read it) and `SHA256SUMS`, the
 * digest of every built file, so anyone can check that a copy of the site is the one this commit
 * builds (`sha256sum -c`). Written last, after the search index.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { formatSha256Sums } from '../lib/checksums';
import { formatHeadersFile, listHeaderRules } from '../lib/security-headers';

/** The manifest's own name; it is not listed in itself. */
export const MANIFEST_NAME = 'SHA256SUMS';

/** Every file under `dir` except the manifest, as `/`-separated relative paths. */
export function listBuiltFiles(dir: string): string[] {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .filter((path) => path !== MANIFEST_NAME);
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

/** Writes `_headers` for the site's base path, then `SHA256SUMS` over everything built. Returns the file count. */
export function writeSiteManifest(dir: string, base: string): number {
  writeFileSync(join(dir, '_headers'), formatHeadersFile(listHeaderRules(base)));
  const digests = digestFiles(dir, listBuiltFiles(dir));
  writeFileSync(join(dir, MANIFEST_NAME), formatSha256Sums(digests));
  return digests.length;
}
