/**
 * The content store reaches the page build without Astro's module for it, which holds the whole
 * store file as one string literal (`export default JSON.parse("…")`): the bundler parsed and wrote
 * that literal, and V8 compiled it before the first page (at 10,000 reports the store file is
 * 255 MB; docs/benchmarks.md).
 *
 * `astro build` syncs the content and renders the pages in one process. Each collection's loader,
 * wrapped by `shareLoaderStores`, leaves its store (the loader API's `DataStore`) on `globalThis`;
 * the module hands the page build those same entries, so the store is held once, not twice. Where a
 * collection's store was not left (its loader did not run in this process), the module reads the
 * store file Astro has just written, as Astro's own module would have.
 *
 * Builds only: `astro dev` keeps Astro's module, which it reloads when the store changes. A store
 * kept in chunks (`experimental.collectionStorage`) is left to Astro.
 */
import type { AstroIntegration } from 'astro';
import type { Loader } from 'astro/loaders';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { processWide } from '../lib/process-wide';

/** The id Astro's content plugin gives its store module once resolved (`\0astro:data-layer-content`). */
export const STORE_MODULE_ID = '\0astro:data-layer-content';

/** The global key under which the loaders leave their stores. */
export const SHARED_STORES_KEY = 'kursk-files:content-stores';

/** What the loaders leave: the collections there are, and the store of each whose loader ran. */
export interface SharedStores {
  collections: string[];
  /** The loader API's `DataStore` of each collection, as far as the module reads it. */
  stores: Map<string, { entries(): [string, unknown][]; keys(): string[] }>;
  /** `collectionsFromShared` of these stores, for the store module (which imports nothing of the site's). */
  read: () => Map<string, Map<string, unknown>> | undefined;
}

const sharedStores = (): SharedStores =>
  processWide(SHARED_STORES_KEY, () => {
    const shared: SharedStores = {
      collections: [],
      stores: new Map(),
      read: () => collectionsFromShared(shared),
    };
    return shared;
  });

/**
 * Wraps each collection's loader so that it leaves its store for the page build (the loader itself
 * is unchanged). Use on the whole `collections` object of the content config.
 */
export function shareLoaderStores<T extends Record<string, object>>(collections: T): T {
  const shared = sharedStores();
  shared.collections = Object.keys(collections);
  const wrapped = Object.entries(collections).map(([name, config]) => {
    const loader = (config as { loader?: unknown }).loader as Loader | undefined;
    if (typeof loader !== 'object' || typeof loader.load !== 'function') {
      throw new Error(
        `src/content.config.ts: the collection '${name}' has no loader object with a load() method; give it one (glob() or file()), since its store is shared with the page build.`,
      );
    }
    const load: Loader['load'] = async (context) => {
      shared.stores.set(context.collection, context.store);
      await loader.load(context);
    };
    return [name, { ...config, loader: { ...loader, load } }];
  });
  return Object.fromEntries(wrapped) as T;
}

const byName = ([a]: [string, unknown], [b]: [string, unknown]) => a.localeCompare(b);

/**
 * The collections as Astro's store file gives them to the page build (a `Map` of collection name to
 * a `Map` of id to entry), from the stores the loaders left; undefined unless every collection's
 * store is there. As in the file, collections and entries are in `localeCompare` order (Astro sorts
 * them when it writes the file, and pages list entries in the order it gives), and a collection
 * with no entries is left out.
 */
export function collectionsFromShared(
  shared: Omit<SharedStores, 'read'> | undefined,
): Map<string, Map<string, unknown>> | undefined {
  if (
    !shared ||
    shared.collections.length === 0 ||
    !shared.collections.every((name) => shared.stores.has(name))
  )
    return undefined;
  const collections = shared.collections
    .filter((name) => shared.stores.get(name)!.keys().length > 0)
    .map((name): [string, Map<string, unknown>] => [
      name,
      new Map(shared.stores.get(name)!.entries().sort(byName)),
    ]);
  return new Map(collections.sort(byName));
}

/** Astro's store file for a build: `data-store.json` in the cache folder. */
export function storeFileOf(cacheDir: URL): string {
  return fileURLToPath(new URL('data-store.json', cacheDir));
}

/**
 * The module's code: the collections the loaders left in this process, or else the store file
 * parsed and rebuilt as a `Map`. Astro takes a `Map` as the store itself; its own module exports the
 * flattened array, which the module then keeps beside the collections rebuilt from it.
 */
export function storeModuleCode(storeFile: string): string {
  return [
    `import { readFileSync } from 'node:fs';`,
    `import { unflatten } from 'devalue';`,
    `const shared = globalThis[Symbol.for(${JSON.stringify(SHARED_STORES_KEY)})]?.read();`,
    `export default shared ?? unflatten(JSON.parse(readFileSync(${JSON.stringify(storeFile)}, 'utf8')));`,
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
