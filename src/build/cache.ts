/**
 * Build caches: work whose output depends only on its inputs (a social card, a Citation.js entry)
 * is kept in a folder between builds, under a key that hashes every input, and read back instead
 * of being made again. Each cache is a plain folder; what a build made is told by the files'
 * modification times (see buildCachesIntegration in src/integrations/build-caches.ts), so no state is
 * shared between the modules Astro loads.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

/** The caches the build keeps, by folder name. */
export const CACHES = {
  cards: { name: 'kursk-cards', label: 'Social cards', verb: 'rendered' },
  citations: { name: 'kursk-citations', label: 'Citations (Citation.js)', verb: 'formatted' },
} as const;

/**
 * Where a cache lives: `$KURSK_CACHE_DIR/<name>` when set (fixture builds in tests keep their own),
 * else node_modules/.cache/<name>, which CI caches and `rm -rf node_modules` clears.
 */
export function buildCacheDir(
  env: Record<string, string | undefined>,
  projectRoot: string,
  name: string,
): string {
  return env.KURSK_CACHE_DIR
    ? join(env.KURSK_CACHE_DIR, name)
    : join(projectRoot, 'node_modules', '.cache', name);
}

/** The folder of one of the build's caches, for this process's environment. */
export const cacheDirOf = (cache: keyof typeof CACHES): string =>
  buildCacheDir(process.env, process.cwd(), CACHES[cache].name);

/** SHA-256 of a string, hex. */
export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** `name@version` for each package, from its package.json: part of a cache key, so an upgrade makes outputs anew. */
export function packageVersions(packages: readonly string[]): string {
  return packages
    .map((pkg) => {
      const { version } = JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')) as {
        version: string;
      };
      return `${pkg}@${version}`;
    })
    .join(' ');
}

/**
 * Writes a file into a cache: to a temporary name, then renamed, so a build that is killed (or
 * two builds at once) never leaves a half-written entry under its key.
 */
export function storeInCache(dir: string, file: string, data: string | Uint8Array): void {
  mkdirSync(dir, { recursive: true });
  const temporary = join(dir, `.${file}.${process.pid}.tmp`);
  writeFileSync(temporary, data);
  renameSync(temporary, join(dir, file));
}

/** The cached bytes under `file`, or those `make` returns, stored for the next build. */
export async function cached(
  dir: string,
  file: string,
  make: () => Promise<Uint8Array>,
): Promise<Uint8Array> {
  const path = join(dir, file);
  if (existsSync(path)) return readFileSync(path);
  const data = await make();
  storeInCache(dir, file, data);
  return data;
}

/** The cached text under `file`, or what `make` returns, stored for the next build. */
export function cachedText(dir: string, file: string, make: () => string): string {
  const path = join(dir, file);
  if (existsSync(path)) return readFileSync(path, 'utf8');
  const text = make();
  storeInCache(dir, file, text);
  return text;
}
