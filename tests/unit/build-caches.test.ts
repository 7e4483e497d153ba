import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  buildCacheDir,
  buildCachesIntegration,
  formatCacheCounts,
  registerCache,
  storeInCache,
} from '../../src/integrations/build-caches';

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

describe('registerCache', () => {
  it('gives every caller of one name the same cache and counts', () => {
    const a = registerCache('kursk-test-cache', 'Test things', 'made');
    const b = registerCache('kursk-test-cache', 'Test things', 'made');
    a.counts.made += 1;
    expect(b).toBe(a);
    expect(b.counts.made).toBe(a.counts.made);
    expect(a.dir).toMatch(/kursk-test-cache$/);
  });
});

describe('storeInCache', () => {
  it('writes the file whole, leaving no temporary file behind', () => {
    storeInCache({ dir: join(dir, 'store') }, 'key.txt', 'text');
    expect(readFileSync(join(dir, 'store', 'key.txt'), 'utf8')).toBe('text');
    expect(readdirSync(join(dir, 'store'))).toEqual(['key.txt']);
  });
});

describe('formatCacheCounts', () => {
  it('says what was made and what reused, and where the cache is', () => {
    expect(
      formatCacheCounts({
        label: 'Social cards',
        verb: 'rendered',
        dir: '/c',
        counts: { made: 1, reused: 1002 },
      }),
    ).toBe('Social cards: 1 rendered, 1002 reused from the cache in /c.');
  });
});

describe('buildCachesIntegration', () => {
  it('counts from zero when a build is configured and logs every cache at its end', () => {
    const cache = registerCache('kursk-test-cache', 'Test things', 'made');
    cache.counts = { made: 7, reused: 7 };
    const hooks = buildCachesIntegration().hooks as unknown as Record<
      string,
      (arg: { logger: { info: (m: string) => void } }) => void
    >;
    hooks['astro:config:setup']!({ logger: { info: () => {} } });
    cache.counts.reused += 2;
    const logged: string[] = [];
    hooks['astro:build:done']!({ logger: { info: (m) => logged.push(m) } });
    expect(logged).toContain(`Test things: 0 made, 2 reused from the cache in ${cache.dir}.`);
  });
});
