import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCacheDir, cachedText, storeInCache } from '../../src/build/cache';
import { buildCachesIntegration, countCacheEntries, countOutputs } from '../../src/integrations/build-caches';

const dir = mkdtempSync(join(tmpdir(), 'kursk-build-caches-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('buildCacheDir', () => {
  it('keeps a cache beside the content cache a KURSK_CACHE_DIR names, else under node_modules/.cache', () => {
    expect(buildCacheDir({ KURSK_CACHE_DIR: '/tmp/fixture-cache' }, '/repo', 'kursk-cards')).toBe(
      '/tmp/fixture-cache/kursk-cards',
    );
    expect(buildCacheDir({}, '/repo', 'kursk-cards')).toBe('/repo/node_modules/.cache/kursk-cards');
  });
});

describe('storeInCache and cachedText', () => {
  it('writes the file whole, leaving no temporary file behind', () => {
    storeInCache(join(dir, 'store'), 'key.txt', 'text');
    expect(readFileSync(join(dir, 'store', 'key.txt'), 'utf8')).toBe('text');
    expect(readdirSync(join(dir, 'store'))).toEqual(['key.txt']);
  });

  it('makes an output once and reads it back after', () => {
    let made = 0;
    const make = () => `made ${(made += 1)}`;
    expect(cachedText(join(dir, 'text'), 'k.txt', make)).toBe('made 1');
    expect(cachedText(join(dir, 'text'), 'k.txt', make)).toBe('made 1');
    expect(made).toBe(1);
  });
});

describe('countCacheEntries', () => {
  it('counts as made only the entries written since the build started, and ignores temporary files', () => {
    const cache = join(dir, 'count');
    mkdirSync(cache);
    for (const name of ['old.png', 'new.png', '.new.png.1.tmp']) writeFileSync(join(cache, name), 'x');
    const start = Date.now() - 5_000;
    utimesSync(join(cache, 'old.png'), new Date(start - 60_000), new Date(start - 60_000));
    expect(countCacheEntries(cache, start)).toEqual({ made: 1, total: 2 });
    expect(countCacheEntries(join(dir, 'missing'), start)).toEqual({ made: 0, total: 0 });
  });
});

describe('buildCachesIntegration', () => {
  it("logs the cards this build drew and those of the site's cards it read from the cache", () => {
    const cacheRoot = join(dir, 'integration');
    const site = join(dir, 'site');
    mkdirSync(join(site, 'cards', 'reports'), { recursive: true });
    for (const name of ['a.png', 'b.png', 'c.png']) writeFileSync(join(site, 'cards', 'reports', name), 'x');
    expect(countOutputs(join(site, 'cards'), '.png')).toBe(3);
    const previous = process.env.KURSK_CACHE_DIR;
    process.env.KURSK_CACHE_DIR = cacheRoot;
    try {
      const hooks = buildCachesIntegration().hooks as unknown as Record<string, (arg: unknown) => void>;
      const cards = join(cacheRoot, 'kursk-cards');
      mkdirSync(cards, { recursive: true });
      writeFileSync(join(cards, 'kept-1.png'), 'x');
      writeFileSync(join(cards, 'kept-2.png'), 'x');
      const past = new Date(Date.now() - 120_000);
      utimesSync(join(cards, 'kept-1.png'), past, past);
      utimesSync(join(cards, 'kept-2.png'), past, past);
      hooks['astro:build:start']!({});
      writeFileSync(join(cards, 'drawn.png'), 'x');
      const logged: string[] = [];
      hooks['astro:build:done']!({
        dir: pathToFileURL(`${site}/`),
        logger: { info: (m: string) => logged.push(m) },
      });
      expect(logged).toContain(`Social cards: 1 rendered, 2 reused from the cache in ${cards}.`);
      expect(logged.some((line) => line.startsWith('Citations (Citation.js): 0 formatted'))).toBe(true);
    } finally {
      if (previous === undefined) delete process.env.KURSK_CACHE_DIR;
      else process.env.KURSK_CACHE_DIR = previous;
    }
  });
});
