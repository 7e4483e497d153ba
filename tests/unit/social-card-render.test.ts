import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cardKey, drawCard, fontsFor, renderCard } from '../../src/build/social-card';

const cache = mkdtempSync(join(tmpdir(), 'kursk-cards-'));
afterAll(() => rmSync(cache, { recursive: true, force: true }));
const content = {
  site: 'The Kursk Files',
  kicker: 'Report',
  title: 'Курск: 북한군 drones',
  meta: 'Published 1 January 2026',
};
const textOf = (card: typeof content) => [card.kicker, card.title, card.meta, card.site].join(' ');

describe('fontsFor', () => {
  it('loads Latin always, and the Cyrillic and Korean files a text needs', () => {
    const names = fontsFor('Курск 북한군').map((f) => f.path.split('/').at(-1));
    expect(names).toContain('noto-sans-latin-700-normal.woff');
    expect(names).toContain('noto-sans-cyrillic-700-normal.woff');
    expect(names.some((n) => /^noto-sans-kr-\d+-700-normal\.woff$/.test(n!))).toBe(true);
    expect(
      fontsFor('Kursk').every((f) => f.name.startsWith('Noto Sans ') && !f.name.startsWith('Noto Sans KR')),
    ).toBe(true);
    expect(fontsFor('x').every((f) => existsSync(f.path))).toBe(true);
  });
});

describe('cardKey', () => {
  it('changes with what the card shows and with its fonts, and not between calls', () => {
    const fonts = fontsFor(textOf(content));
    const key = cardKey(content, fonts);
    expect(cardKey(content, fonts)).toBe(key);
    expect(cardKey({ ...content, title: 'Another' }, fonts)).not.toBe(key);
    expect(cardKey(content, fonts.slice(1))).not.toBe(key);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('renderCard', () => {
  it('renders a 1200×630 palette PNG once, then reads the same bytes from the cache', async () => {
    const png = Buffer.from(await renderCard(content, cache));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    // With a palette (colour type 3): a card's few colours, one byte a pixel (src/lib/png.ts).
    expect(png[25]).toBe(3);
    const files = readdirSync(cache);
    expect(files).toHaveLength(1);
    expect(readFileSync(join(cache, files[0]!)).equals(png)).toBe(true);
    // What is in the cache under the card's key is what the page gets: it is not drawn again.
    writeFileSync(join(cache, files[0]!), 'cached bytes');
    expect(Buffer.from(await renderCard(content, cache)).toString()).toBe('cached bytes');
    await renderCard({ ...content, title: 'Another title' }, cache);
    expect(readdirSync(cache)).toHaveLength(2);
  }, 30_000);

  it('draws cards side by side with the same bytes as one at a time', async () => {
    const dir = mkdtempSync(join(cache, 'together-'));
    const cards = ['Одна', 'Two', '셋', 'Four'].map((t) => ({
      ...content,
      title: `${t}: drones over Kursk`,
    }));
    const together = await Promise.all(cards.map((card) => renderCard(card, dir)));
    for (const [i, card] of cards.entries()) {
      const alone = Buffer.from(await drawCard(card, fontsFor(textOf(card))));
      expect(Buffer.from(together[i]!).equals(alone), card.title).toBe(true);
    }
    expect(new Set(together.map((png) => Buffer.from(png).toString('base64'))).size).toBe(4);
  }, 60_000);
});
