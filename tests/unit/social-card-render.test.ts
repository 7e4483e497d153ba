import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { drawCard } from '../../src/integrations/card-worker';
import { cardCache, fontsFor, renderCard } from '../../src/integrations/social-card';

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
  it('renders a 1200×630 PNG once, then reads the same bytes from the cache, counting both', async () => {
    const png = await renderCard(content, cache);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(readdirSync(cache)).toHaveLength(1);
    const rendered = cardCache.counts.made;
    const again = await renderCard(content, cache);
    expect(again.equals(png)).toBe(true);
    expect(cardCache.counts.made).toBe(rendered);
    expect(cardCache.counts.reused).toBeGreaterThan(0);
    await renderCard({ ...content, title: 'Another title' }, cache);
    expect(readdirSync(cache)).toHaveLength(2);
  }, 30_000);

  it('draws cards side by side in worker threads, more cards than workers, with the same bytes as one at a time', async () => {
    const titles = ['Одна', 'Two', '셋', 'Four', 'Five', 'Six'].map((t) => ({ ...content, title: `${t}: drones over Kursk` }));
    const together = await Promise.all(titles.map((card) => renderCard(card, cache)));
    for (const [i, card] of titles.entries()) {
      const alone = Buffer.from(await drawCard(card, fontsFor([card.kicker, card.title, card.meta, card.site].join(' '))));
      expect(together[i]!.equals(alone), card.title).toBe(true);
    }
    expect(new Set(together.map((png) => png.toString('base64'))).size).toBe(6);
  }, 60_000);
});

