/**
 * The content store reaches the page build as a module that reads Astro's store file when the pages
 * render, instead of Astro's module that holds the whole file as one string literal
 * (`export default JSON.parse("…")`). The bundler parsed and wrote that literal, and V8 compiled it
 * before the first page: at 10,000 reports the store file is 255 MB (docs/benchmarks.md).
 *
 * Builds only: `astro dev` keeps Astro's module, which it reloads when the store changes. The module
 * is the same store, read from the same file Astro's module would have been made from; a store kept
 * in chunks (`experimental.collectionStorage`) is left to Astro.
 */
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The id Astro's content plugin gives its store module once resolved (`\0astro:data-layer-content`). */
export const STORE_MODULE_ID = '\0astro:data-layer-content';

/** Astro's store file for a build: `data-store.json` in the cache folder. */
export function storeFileOf(cacheDir: URL): string {
  return fileURLToPath(new URL('data-store.json', cacheDir));
}

/**
 * The module's code: the store file parsed and its collections rebuilt as a `Map` when the page
 * build imports it. Astro takes a `Map` as the store itself; its own module exports the flattened
 * array, which the module then keeps beside the collections rebuilt from it.
 */
export function storeModuleCode(storeFile: string): string {
  return [
    `import { readFileSync } from 'node:fs';`,
    `import { unflatten } from 'devalue';`,
    `export default unflatten(JSON.parse(readFileSync(${JSON.stringify(storeFile)}, 'utf8')));`,
  ].join('\n');
}

/** The Vite plugin: loads the store module before Astro's own plugin does, when the store file is there. */
export function contentStoreModulePlugin(storeFile: string) {
  return {
    name: 'kursk-files:content-store-module',
    apply: 'build' as const,
    load: {
      // Before Astro's content plugin, which loads the same id.
      order: 'pre' as const,
      filter: { id: /^\0astro:data-layer-content$/ },
      handler(id: string) {
        // No store file: no collection has been synced, and Astro's module is the empty store.
        if (id !== STORE_MODULE_ID || !existsSync(storeFile)) return null;
        return { code: storeModuleCode(storeFile), map: { mappings: '' } };
      },
    },
  };
}

/** The integration: installs the plugin unless the store is kept in chunks. */
export function contentStoreModuleIntegration(): AstroIntegration {
  return {
    name: 'kursk-files:content-store-module',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const storage = config.experimental.collectionStorage;
        if (storage !== undefined && storage !== 'single-file') return;
        updateConfig({ vite: { plugins: [contentStoreModulePlugin(storeFileOf(config.cacheDir))] } });
      },
    },
  };
}
