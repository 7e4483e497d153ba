/**
 * Astro integration: builds the Pagefind search index on `astro:build:done`
 * (src/build/search-index.ts), so one `astro build` yields the site and its index.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { buildSearchIndex, type SearchIndexOptions } from '../build/search-index';
import { contentDir as defaultContentDir } from '../content-dir';

/**
 * The integration: index after every build. `KURSK_SEARCH_ADDITIONS=off` indexes pages as printed,
 * to measure what the additions bring (docs/search.md).
 */
export function pagefindIntegration(
  options: SearchIndexOptions = {
    contentDir: defaultContentDir,
    additions: process.env.KURSK_SEARCH_ADDITIONS !== 'off',
  },
): AstroIntegration {
  return {
    name: 'kursk-files:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await buildSearchIndex(fileURLToPath(dir), (message) => logger.info(message), options);
      },
    },
  };
}
