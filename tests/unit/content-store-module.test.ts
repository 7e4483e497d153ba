import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { stringify } from 'devalue';
import { afterAll, describe, expect, it } from 'vitest';
import type { LoaderContext } from 'astro/loaders';
import {
  collectionsFromShared,
  contentStoreModuleIntegration,
  contentStoreModulePlugin,
  shareLoaderStores,
  SHARED_STORES_KEY,
  STORE_MODULE_ID,
  storeFileOf,
  storeModuleCode,
  type SharedStores,
} from '../../src/integrations/content-store-module';

const dir = mkdtempSync(join(tmpdir(), 'kursk-store-module-'));
const registryKey = Symbol.for(SHARED_STORES_KEY);
const global = globalThis as { [key: symbol]: unknown };
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  delete global[registryKey];
});

// A store as Astro's MutableDataStore writes it: devalue's text of a Map of collections, each a Map of entries.
const report = {
  id: 'r1',
  data: { title: 'Drones over Kursk', publishedAt: new Date('2026-01-05T00:00:00Z') },
  rendered: { html: '<p>“Quoted” ¶ 3</p>', metadata: { headings: [] } },
  digest: 'abc',
};
const collections = new Map([
  ['reports', new Map([['r1', report]])],
  ['sources', new Map([['s1', { id: 's1', data: { title: 'A source' } }]])],
]);
const storeFile = join(dir, 'data-store.json');
writeFileSync(storeFile, stringify(collections));

const handler = (plugin: ReturnType<typeof contentStoreModulePlugin>) => plugin.load.handler;

/** A loader's store as the loader API gives it, over a Map. */
const scopedStore = (entries: Map<string, unknown>) => ({
  entries: () => [...entries.entries()],
  keys: () => [...entries.keys()],
});
let moduleCount = 0;
const importStoreModule = async (): Promise<Map<string, Map<string, unknown>>> => {
  const modulePath = join(dir, `store-module-${(moduleCount += 1)}.mjs`);
  writeFileSync(modulePath, storeModuleCode(storeFile));
  return (await import(pathToFileURL(modulePath).href)).default;
};

describe('the content store module', () => {
  it('gives the page build the collections of the store file, as the Map Astro takes for the store, when no loader left its store', async () => {
    delete global[registryKey];
    const store = await importStoreModule();
    expect(store).toBeInstanceOf(Map);
    expect([...store.keys()]).toEqual(['reports', 'sources']);
    expect(store.get('reports')!.get('r1')).toEqual(report);
    expect((store.get('reports')!.get('r1') as typeof report).data.publishedAt).toBeInstanceOf(Date);
  });

  it('gives the very entries the loaders left in this process, not copies read from the file', async () => {
    const entry = { id: 'r9', data: { title: 'Held once' } };
    const shared: SharedStores = {
      collections: ['reports'],
      stores: new Map([['reports', scopedStore(new Map([['r9', entry]]))]]),
      read: () => collectionsFromShared(shared),
    };
    global[registryKey] = shared;
    const store = await importStoreModule();
    expect(store.get('reports')!.get('r9')).toBe(entry);
    expect([...store.keys()]).toEqual(['reports']);
  });

  it('holds the path of the store file, not its contents', () => {
    const code = storeModuleCode(storeFile);
    expect(code).toContain(JSON.stringify(storeFile));
    expect(code).not.toContain('Drones over Kursk');
  });

  it('is loaded in builds only, before Astro’s content plugin, for the store module alone', () => {
    const plugin = contentStoreModulePlugin(storeFile);
    expect(plugin.apply).toBe('build');
    expect(plugin.load.order).toBe('pre');
    expect(plugin.load.filter.id.test(STORE_MODULE_ID)).toBe(true);
    expect(plugin.load.filter.id.test('\0astro:content')).toBe(false);
    expect(handler(plugin)(STORE_MODULE_ID)).toEqual({
      code: storeModuleCode(storeFile),
      map: { mappings: '' },
    });
    expect(handler(plugin)('\0astro:content')).toBeNull();
  });

  it('leaves the module to Astro when no store file has been written (Astro’s module is then the empty store)', () => {
    expect(
      handler(contentStoreModulePlugin(join(dir, 'missing', 'data-store.json')))(STORE_MODULE_ID),
    ).toBeNull();
  });

  it('reads the store file from the cache folder the build uses', () => {
    expect(storeFileOf(pathToFileURL(`${dir}/cache/`))).toBe(join(dir, 'cache', 'data-store.json'));
  });
});

describe('contentStoreModuleIntegration', () => {
  const setup = (collectionStorage?: unknown) => {
    const plugins: unknown[] = [];
    const hook = contentStoreModuleIntegration().hooks['astro:config:setup'] as (options: unknown) => void;
    hook({
      config: { cacheDir: pathToFileURL(`${dir}/cache/`), experimental: { collectionStorage } },
      updateConfig: (c: { vite: { plugins: unknown[] } }) => plugins.push(...c.vite.plugins),
    });
    return plugins as ReturnType<typeof contentStoreModulePlugin>[];
  };

  it('installs the plugin for a store kept in one file, reading it from the cache folder', () => {
    mkdirSync(join(dir, 'cache'), { recursive: true });
    writeFileSync(join(dir, 'cache', 'data-store.json'), stringify(collections));
    for (const storage of [undefined, 'single-file']) {
      const plugins = setup(storage);
      expect(plugins).toHaveLength(1);
      expect(handler(plugins[0])(STORE_MODULE_ID)?.code).toContain(
        JSON.stringify(join(dir, 'cache', 'data-store.json')),
      );
    }
  });

  it('leaves a store kept in chunks to Astro', () => {
    expect(setup('chunked')).toEqual([]);
    expect(setup({ chunkSize: 1024 })).toEqual([]);
  });
});

describe('shareLoaderStores', () => {
  it('leaves each collection’s store for the page build when its loader runs, and loads as the loader does', async () => {
    delete global[registryKey];
    const loaded: string[] = [];
    const loader = {
      name: 'glob-loader',
      schema: 'the schema',
      load: async (context: LoaderContext) => void loaded.push(context.collection),
    };
    const collections = shareLoaderStores({
      reports: { loader, schema: 'reports schema' },
      topics: { loader },
    });
    expect(collections.reports).toMatchObject({
      schema: 'reports schema',
      loader: { name: 'glob-loader', schema: 'the schema' },
    });
    const shared = global[registryKey] as SharedStores;
    expect(shared.collections).toEqual(['reports', 'topics']);
    // Before any loader has run, the page build would read the file.
    expect(shared.read()).toBeUndefined();
    const store = scopedStore(new Map([['r1', report]]));
    await collections.reports.loader.load({ collection: 'reports', store } as unknown as LoaderContext);
    expect(loaded).toEqual(['reports']);
    expect(shared.read()).toBeUndefined(); // topics has not run yet
    await collections.topics.loader.load({
      collection: 'topics',
      store: scopedStore(new Map()),
    } as unknown as LoaderContext);
    expect(shared.read()).toEqual(new Map([['reports', new Map([['r1', report]])]]));
  });

  it('fails, naming the collection and the fix, on a collection without a loader object', () => {
    expect(() => shareLoaderStores({ topics: { schema: 'no loader' } })).toThrow(
      "src/content.config.ts: the collection 'topics' has no loader object with a load() method",
    );
  });
});

describe('collectionsFromShared', () => {
  const shared = (stores: Record<string, Map<string, unknown>>, collections = Object.keys(stores)) => ({
    collections,
    stores: new Map(Object.entries(stores).map(([name, entries]) => [name, scopedStore(entries)])),
  });

  it('orders collections and entries as Astro’s store file does (localeCompare of names and ids), leaving empty collections out', () => {
    const result = collectionsFromShared(
      shared({
        topics: new Map([
          ['drones', 1],
          ['casualties', 2],
          ['Deployment', 3],
        ]),
        claims: new Map(),
        entities: new Map([
          ['e2', 4],
          ['e10', 5],
        ]),
      }),
    )!;
    expect([...result.keys()]).toEqual(['entities', 'topics']);
    expect([...result.get('topics')!.keys()]).toEqual(['casualties', 'Deployment', 'drones']);
    expect([...result.get('entities')!.keys()]).toEqual(['e10', 'e2']);
  });

  it('is undefined unless every collection left its store', () => {
    expect(collectionsFromShared(undefined)).toBeUndefined();
    expect(
      collectionsFromShared(shared({ reports: new Map([['r1', 1]]) }, ['reports', 'sources'])),
    ).toBeUndefined();
    expect(collectionsFromShared(shared({}, []))).toBeUndefined();
  });
});
