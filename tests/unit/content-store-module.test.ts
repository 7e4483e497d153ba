import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { stringify } from 'devalue';
import { afterAll, describe, expect, it } from 'vitest';
import { contentStoreModuleIntegration, contentStoreModulePlugin, STORE_MODULE_ID, storeFileOf, storeModuleCode } from '../../src/integrations/content-store-module';

const dir = mkdtempSync(join(tmpdir(), 'kursk-store-module-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A store as Astro's MutableDataStore writes it: devalue's text of a Map of collections, each a Map of entries.
const report = { id: 'r1', data: { title: 'Drones over Kursk', publishedAt: new Date('2026-01-05T00:00:00Z') }, rendered: { html: '<p>“Quoted” ¶ 3</p>', metadata: { headings: [] } }, digest: 'abc' };
const collections = new Map([
  ['reports', new Map([['r1', report]])],
  ['sources', new Map([['s1', { id: 's1', data: { title: 'A source' } }]])],
]);
const storeFile = join(dir, 'data-store.json');
writeFileSync(storeFile, stringify(collections));

const handler = (plugin: ReturnType<typeof contentStoreModulePlugin>) => plugin.load.handler;

describe('the content store module', () => {
  it('gives the page build the collections of the store file, as the Map Astro takes for the store', async () => {
    const modulePath = join(dir, 'store-module.mjs');
    writeFileSync(modulePath, storeModuleCode(storeFile));
    const { default: store } = await import(pathToFileURL(modulePath).href);
    expect(store).toBeInstanceOf(Map);
    expect([...store.keys()]).toEqual(['reports', 'sources']);
    expect(store.get('reports').get('r1')).toEqual(report);
    expect(store.get('reports').get('r1').data.publishedAt).toBeInstanceOf(Date);
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
    expect(handler(plugin)(STORE_MODULE_ID)).toEqual({ code: storeModuleCode(storeFile), map: { mappings: '' } });
    expect(handler(plugin)('\0astro:content')).toBeNull();
  });

  it('leaves the module to Astro when no store file has been written (Astro’s module is then the empty store)', () => {
    expect(handler(contentStoreModulePlugin(join(dir, 'missing', 'data-store.json')))(STORE_MODULE_ID)).toBeNull();
  });

  it('reads the store file from the cache folder the build uses', () => {
    expect(storeFileOf(pathToFileURL(`${dir}/cache/`))).toBe(join(dir, 'cache', 'data-store.json'));
  });
});

describe('contentStoreModuleIntegration', () => {
  const setup = (collectionStorage?: unknown) => {
    const plugins: unknown[] = [];
    const hook = contentStoreModuleIntegration().hooks['astro:config:setup'] as (options: unknown) => void;
    hook({ config: { cacheDir: pathToFileURL(`${dir}/cache/`), experimental: { collectionStorage } }, updateConfig: (c: { vite: { plugins: unknown[] } }) => plugins.push(...c.vite.plugins) });
    return plugins as ReturnType<typeof contentStoreModulePlugin>[];
  };

  it('installs the plugin for a store kept in one file, reading it from the cache folder', () => {
    mkdirSync(join(dir, 'cache'), { recursive: true });
    writeFileSync(join(dir, 'cache', 'data-store.json'), stringify(collections));
    for (const storage of [undefined, 'single-file']) {
      const plugins = setup(storage);
      expect(plugins).toHaveLength(1);
      expect(handler(plugins[0])(STORE_MODULE_ID)?.code).toContain(JSON.stringify(join(dir, 'cache', 'data-store.json')));
    }
  });

  it('leaves a store kept in chunks to Astro', () => {
    expect(setup('chunked')).toEqual([]);
    expect(setup({ chunkSize: 1024 })).toEqual([]);
  });
});
