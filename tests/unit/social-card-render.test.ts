import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cardCacheDir, cardStats, fontsFor, formatCardStats, renderCard, socialCardIntegration } from '../../src/integrations/social-card';

const cache = mkdtempSync(join(tmpdir(), 'kursk-cards-'));
afterAll(() => rmSync(cache, { recursive: true, force: true }));
const content = { site: 'The Kursk Files', kicker: 'Report', title: 'Курск: 북한군 drones', meta: 'Published 1 January 2026' };

describe('fontsFor', () => {
  it('loads Latin always, and the Cyrillic and Korean files a text needs', () => {
    const names = fontsFor('Курск 북한군').map((f) => f.path.split('/').at(-1));
    expect(names).toContain('noto-sans-latin-700-normal.woff');
    expect(names).toContain('noto-sans-cyrillic-700-normal.woff');
    expect(names.some((n) => /^noto-sans-kr-\d+-700-normal\.woff$/.test(n!))).toBe(true);
    expect(fontsFor('Kursk').every((f) => f.name.startsWith('Noto Sans ') && !f.name.startsWith('Noto Sans KR'))).toBe(true);
    expect(fontsFor('x').every((f) => existsSync(f.path))).toBe(true);
  });
});

describe('renderCard', () => {
  it('renders a 1200×630 PNG once, then reads the same bytes from the cache', async () => {
    const png = await renderCard(content, cache);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(readdirSync(cache)).toHaveLength(1);
    const rendered = cardStats.rendered;
    const again = await renderCard(content, cache);
    expect(again.equals(png)).toBe(true);
    expect(cardStats.rendered).toBe(rendered);
    await renderCard({ ...content, title: 'Another title' }, cache);
    expect(readdirSync(cache)).toHaveLength(2);
  }, 30_000);
});

describe('cardCacheDir', () => {
  it('keeps cards beside the content cache a KURSK_CACHE_DIR names, else under node_modules/.cache', () => {
    expect(cardCacheDir({ KURSK_CACHE_DIR: '/tmp/fixture-cache' }, '/repo')).toBe('/tmp/fixture-cache/kursk-cards');
    expect(cardCacheDir({}, '/repo')).toBe('/repo/node_modules/.cache/kursk-cards');
  });
});

describe('formatCardStats', () => {
  it('says how many cards were rendered and how many reused, and where the cache is', () => {
    expect(formatCardStats({ rendered: 1, cached: 1002 }, '/c')).toBe('Social cards: 1 rendered, 1002 reused from the cache in /c.');
  });
});

describe('socialCardIntegration', () => {
  it('counts from zero at the start of a build and logs the counts at its end', async () => {
    const hooks = socialCardIntegration().hooks as unknown as Record<string, (arg: { logger: { info: (m: string) => void } }) => void>;
    await renderCard(content, cache); // in the cache now, whatever ran before
    cardStats.rendered = 5;
    hooks['astro:build:start']!({ logger: { info: () => {} } });
    await renderCard(content, cache);
    const logged: string[] = [];
    hooks['astro:build:done']!({ logger: { info: (m) => logged.push(m) } });
    expect(logged).toEqual([expect.stringMatching(/^Social cards: 0 rendered, 1 reused from the cache in /)]);
  }, 30_000);
});
