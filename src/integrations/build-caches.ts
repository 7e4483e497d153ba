/**
 * On-disk caches for build work whose output depends only on its inputs (social cards, Citation.js
 * output), kept between builds. Each cache counts what it made and what it reused; the integration
 * logs the counts at the end of a build (the benchmark reads them).
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
// With its extension: the card worker loads this module through Node's type stripping, not Vite.
import { processWide } from '../lib/process-wide.ts';

/** What one cache did in this build. */
export interface CacheCounts {
  /** Outputs made from scratch (and stored). */
  made: number;
  /** Outputs read from the cache. */
  reused: number;
}

/** A cache: where it keeps its files, and its counts. */
export interface BuildCache {
  /** Folder of the cached files. */
  dir: string;
  /** What the build log calls it, e.g. `Social cards`. */
  label: string;
  /** What making one is called in the log, e.g. `rendered`. */
  verb: string;
  /** This build's counts. */
  counts: CacheCounts;
}

/**
 * Where a cache keeps its files: beside Astro's own cache when `KURSK_CACHE_DIR` gives a content
 * folder its own cache (fixture and benchmark builds), else in node_modules/.cache/<name>.
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

// On globalThis, because the page bundle and astro.config.mjs load these modules as separate
// instances in one process: the pages count, the integration logs.
const registry = processWide('kursk-files:build-caches', () => new Map<string, BuildCache>());

/** The cache called `name` (a folder name such as `kursk-cards`), created on first use. */
export function registerCache(name: string, label: string, verb: string): BuildCache {
  let cache = registry.get(name);
  if (!cache) {
    cache = {
      dir: buildCacheDir(process.env, process.cwd(), name),
      label,
      verb,
      counts: { made: 0, reused: 0 },
    };
    registry.set(name, cache);
  }
  return cache;
}

/**
 * Stores one output in a cache folder: written to a temporary name, then renamed, so a build that
 * reads the cache at the same moment never sees half a file.
 */
export function storeInCache(cache: Pick<BuildCache, 'dir'>, file: string, data: string | Uint8Array): void {
  mkdirSync(cache.dir, { recursive: true });
  const temporary = join(cache.dir, `.${file}.${process.pid}.tmp`);
  writeFileSync(temporary, data);
  renameSync(temporary, join(cache.dir, file));
}

/** The build log line of one cache, e.g. `Social cards: 1 rendered, 1002 reused from the cache in DIR.` */
export function formatCacheCounts(cache: Pick<BuildCache, 'dir' | 'label' | 'verb' | 'counts'>): string {
  return `${cache.label}: ${cache.counts.made} ${cache.verb}, ${cache.counts.reused} reused from the cache in ${cache.dir}.`;
}

/**
 * The integration: counts each build from zero and logs every cache's counts when the build is
 * done. It counts from the build's configuration, not its page phase, since social cards are
 * drawn from then on (cards-ahead.ts); list it before the integrations that start such work.
 */
export function buildCachesIntegration(): AstroIntegration {
  return {
    name: 'kursk-files:build-caches',
    hooks: {
      'astro:config:setup': () => {
        for (const cache of registry.values()) cache.counts = { made: 0, reused: 0 };
      },
      'astro:build:done': ({ logger }) => {
        for (const cache of registry.values()) logger.info(formatCacheCounts(cache));
      },
    },
  };
}
