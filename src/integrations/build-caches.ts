/**
 * Astro integration: at the end of a build, logs what each build cache (src/build/cache.ts) made
 * in this build and how many of the outputs the site holds came from earlier builds. It reads the
 * cache folders themselves: an entry written since the build started was made by it. The
 * benchmark reads these lines (scripts/bench/lib.ts).
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCacheDir, CACHES } from '../build/cache';

/** How many entries of a cache folder were written at or after `since` (ms), and how many it holds. */
export function countCacheEntries(dir: string, since: number): { made: number; total: number } {
  if (!existsSync(dir)) return { made: 0, total: 0 };
  const entries = readdirSync(dir).filter((name) => !name.startsWith('.'));
  const made = entries.filter((name) => statSync(join(dir, name)).mtimeMs >= since).length;
  return { made, total: entries.length };
}

/** How many files of a type a built site holds under a folder (its social cards, say). */
export function countOutputs(dir: string, extension: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith(extension))
    .length;
}

export function buildCachesIntegration(): AstroIntegration {
  let started = 0;
  return {
    name: 'kursk-files:build-caches',
    hooks: {
      'astro:build:start': () => {
        // Modification times on some file systems are whole seconds: count from the start of this one.
        started = Math.floor(Date.now() / 1000) * 1000;
      },
      'astro:build:done': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const root = process.cwd();
        const cards = buildCacheDir(process.env, root, CACHES.cards.name);
        const cardCounts = countCacheEntries(cards, started);
        const cardsInSite = countOutputs(join(site, 'cards'), '.png');
        logger.info(
          `${CACHES.cards.label}: ${cardCounts.made} ${CACHES.cards.verb}, ${Math.max(0, cardsInSite - cardCounts.made)} reused from the cache in ${cards}.`,
        );
        const citations = buildCacheDir(process.env, root, CACHES.citations.name);
        const citationCounts = countCacheEntries(citations, started);
        logger.info(
          `${CACHES.citations.label}: ${citationCounts.made} ${CACHES.citations.verb}, ${citationCounts.total - citationCounts.made} earlier ones kept in the cache in ${citations}.`,
        );
      },
    },
  };
}
