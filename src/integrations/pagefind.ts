/**
 * Astro integration: builds the Pagefind search index on `astro:build:done`
 * (src/build/search-index.ts), so one `astro build` yields the site and its index.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { buildSearchIndex, type SearchIndexOptions } from '../build/search-index';

/** The integration: index after every build, with the entities' names (see `SearchIndexOptions`). */
export function pagefindIntegration(options: SearchIndexOptions): AstroIntegration {
  return {
    name: 'kursk-files:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await buildSearchIndex(fileURLToPath(dir), (message) => logger.info(message), options);
      },
    },
  };
}
