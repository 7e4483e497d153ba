/**
 * Astro integration: writes `_headers` and `SHA256SUMS` (src/build/site-manifest.ts) on
 * `astro:build:done`. List it after the Pagefind integration, so the manifest covers the index.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { MANIFEST_NAME, writeSiteManifest } from '../build/site-manifest';

export function siteManifestIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'kursk-files:site-manifest',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const count = writeSiteManifest(fileURLToPath(dir), base);
        logger.info(`Wrote _headers and ${MANIFEST_NAME} (${count} files).`);
      },
    },
  };
}
