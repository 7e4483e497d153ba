/**
 * Astro integrations around Pagefind on `astro:build:done`: `_headers` (security and cache headers
 * for static hosts that read it) and then `SHA256SUMS`, the digest of every built file, so anyone
 * can check that a copy of the site is the one this commit builds (`sha256sum -c`). The pages are
 * digested on a worker thread while Pagefind indexes them (`siteManifestIntegrations`), and only
 * what came after (the search index, `_headers`) or changed since is digested at the end.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatSha256Sums } from '../lib/checksums';
import { formatHeadersFile, listHeaderRules } from '../lib/security-headers';
import { digestFiles, stampOf, type StampedDigest } from './digest-worker';
import { runWorkerTask } from './worker-task';

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

/** The digest worker's script; a path from the project root, since Vite bundles this module but not the worker. */
const DIGEST_WORKER = join(process.cwd(), 'src', 'integrations', 'digest-worker.ts');

/** Files written after the digests made ahead (by Pagefind, and by the manifest step): left to the end. */
const WRITTEN_LATER = /^(?:pagefind\/|_headers$)/;

/**
 * Starts digesting the built files on a worker thread (on the calling thread without the worker
 * script), leaving out those written later (`pagefind/`, `_headers`). The worker is not waited for
 * here: read the digests with `writeSiteManifest`, which digests again any file changed since.
 */
export function digestAhead(dir: string): Promise<StampedDigest[]> {
  const files = listBuiltFiles(dir).filter((path) => !WRITTEN_LATER.test(path));
  if (!existsSync(DIGEST_WORKER)) return Promise.resolve(digestFiles({ dir, files }));
  const digests = runWorkerTask<StampedDigest[]>(DIGEST_WORKER, { dir, files }, 'the digest worker');
  // Read later: a failure must not count as unhandled before the manifest step asks for it.
  digests.catch(() => {});
  return digests;
}

/**
 * Writes `_headers` for the site's base path, then `SHA256SUMS` over everything built: from the
 * digests made `ahead` where the file is as it was then, digesting the rest now.
 */
export async function writeSiteManifest(
  dir: string,
  base: string,
  ahead?: Promise<StampedDigest[]>,
): Promise<number> {
  await writeFile(join(dir, '_headers'), formatHeadersFile(listHeaderRules(base)));
  const made = new Map((ahead ? await ahead : []).map((d) => [d.path, d]));
  const files = listBuiltFiles(dir);
  const still = new Set(files.filter((path) => made.get(path)?.stamp === stampOf(join(dir, path))));
  const fresh = digestFiles({ dir, files: files.filter((path) => !still.has(path)) });
  const digests = [...[...still].map((path) => made.get(path)!), ...fresh].map(({ path, sha256 }) => ({
    path,
    sha256,
  }));
  await writeFile(join(dir, MANIFEST_NAME), formatSha256Sums(digests));
  return digests.length;
}

/** The manifest step alone: `_headers` and `SHA256SUMS`, every file digested at the end. */
export function siteManifestIntegration(
  ahead?: () => Promise<StampedDigest[]> | undefined,
): AstroIntegration {
  let base = '/';
  return {
    name: 'kursk-files:site-manifest',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const count = await writeSiteManifest(fileURLToPath(dir), base, ahead?.());
        logger.info(`Wrote _headers and ${MANIFEST_NAME} (${count} files).`);
      },
    },
  };
}

/**
 * The manifest in two steps: list `digestAhead` right before the Pagefind integration, so the built
 * pages are digested on a worker thread while Pagefind indexes them (the build's thread only waits
 * on Pagefind's process then), and `manifest` after it. Digesting the 67,530 files of a
 * 10,000-report build at the end took 8–11 s, reading them back from the disk.
 */
export function siteManifestIntegrations(): { digestAhead: AstroIntegration; manifest: AstroIntegration } {
  let digests: Promise<StampedDigest[]> | undefined;
  return {
    digestAhead: {
      name: 'kursk-files:site-digests-ahead',
      hooks: {
        'astro:build:done': ({ dir }) => {
          digests = digestAhead(fileURLToPath(dir));
        },
      },
    },
    manifest: siteManifestIntegration(() => digests),
  };
}
