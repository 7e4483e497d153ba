import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { drawCard } from '../../src/integrations/card-worker';
import {
  cardCache,
  drawCardsAhead,
  finishCardsAhead,
  fontsFor,
  renderCard,
} from '../../src/integrations/social-card';

const cache = mkdtempSync(join(tmpdir(), 'kursk-cards-'));
afterAll(() => rmSync(cache, { recursive: true, force: true }));
const content = {
  site: 'The Kursk Files',
  kicker: 'Report',
  title: 'Курск: 북한군 drones',
  meta: 'Published 1 January 2026',
};

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

describe('renderCard', () => {
  it('renders a 1200×630 PNG once, then reads the same bytes from the cache, counting both', async () => {
    const png = await renderCard(content, cache);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    // With a palette (colour type 3): a card's few colours, one byte a pixel (src/lib/png.ts).
    expect(png[25]).toBe(3);
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
    const titles = ['Одна', 'Two', '셋', 'Four', 'Five', 'Six'].map((t) => ({
      ...content,
      title: `${t}: drones over Kursk`,
    }));
    const together = await Promise.all(titles.map((card) => renderCard(card, cache)));
    for (const [i, card] of titles.entries()) {
      const alone = Buffer.from(
        await drawCard(card, fontsFor([card.kicker, card.title, card.meta, card.site].join(' '))),
      );
      expect(together[i]!.equals(alone), card.title).toBe(true);
    }
    expect(new Set(together.map((png) => png.toString('base64'))).size).toBe(6);
  }, 60_000);
});

describe('drawCardsAhead', () => {
  const aloneBytes = async (card: typeof content) =>
    Buffer.from(await drawCard(card, fontsFor([card.kicker, card.title, card.meta, card.site].join(' '))));

  it('draws cards before any page asks, and a page then gets the same bytes without a second drawing', async () => {
    const dir = mkdtempSync(join(cache, 'ahead-'));
    const cards = ['Ahead one', 'Ahead two', 'Ahead three'].map((title) => ({ ...content, title }));
    const { made, reused } = cardCache.counts;
    expect(drawCardsAhead(cards, dir)).toBe(3);
    expect(drawCardsAhead(cards, dir), 'queued already').toBe(0);
    const pngs = await Promise.all(cards.map((card) => renderCard(card, dir)));
    expect(cardCache.counts.made - made).toBe(3);
    expect(cardCache.counts.reused).toBe(reused);
    for (const [i, card] of cards.entries())
      expect(pngs[i]!.equals(await aloneBytes(card)), card.title).toBe(true);
    expect(finishCardsAhead()).toEqual({ drawn: 3, unused: 0, dropped: 0 });
    expect(drawCardsAhead(cards, dir), 'in the cache now').toBe(0);
    expect(readdirSync(dir).filter((f) => f.endsWith('.png'))).toHaveLength(3);
  }, 60_000);

  it('counts a card drawn ahead that no page asked for', async () => {
    const dir = mkdtempSync(join(cache, 'unused-'));
    expect(drawCardsAhead([{ ...content, title: 'Nobody asks for this card' }], dir)).toBe(1);
    await vi.waitFor(() => expect(readdirSync(dir).filter((f) => f.endsWith('.png'))).toHaveLength(1), {
      timeout: 20_000,
    });
    expect(finishCardsAhead()).toEqual({ drawn: 1, unused: 1, dropped: 0 });
  }, 30_000);

  it('tells the page that asks for a card drawn ahead why it could not be drawn', async () => {
    const dir = mkdtempSync(join(cache, 'failed-'));
    // No title: the card's layout cannot size it, so the worker fails on this card.
    const broken = { ...content, title: undefined as unknown as string };
    expect(drawCardsAhead([broken], dir)).toBe(1);
    await expect(renderCard(broken, dir)).rejects.toThrow(
      /^Social card 'undefined' failed to render: TypeError/,
    );
    expect(readdirSync(dir)).toEqual([]);
    expect(finishCardsAhead()).toEqual({ drawn: 0, unused: 0, dropped: 0 });
  }, 30_000);

  it('drops the cards still waiting for a worker when the build ends, and draws no more of them', async () => {
    const dir = mkdtempSync(join(cache, 'dropped-'));
    const count = availableParallelism() + 2;
    const cards = Array.from({ length: count }, (_, i) => ({
      ...content,
      title: `Card ${i} of a build that ended`,
    }));
    expect(drawCardsAhead(cards, dir)).toBe(count);
    const { dropped } = finishCardsAhead();
    // At most one card per core was on a worker; the rest were waiting.
    expect(dropped).toBeGreaterThanOrEqual(2);
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(readdirSync(dir).filter((f) => f.endsWith('.png')).length).toBeLessThanOrEqual(count - dropped);
    // A page asking for a dropped card later gets it drawn then.
    const png = await renderCard(cards.at(-1)!, dir);
    expect(png.equals(await aloneBytes(cards.at(-1)!))).toBe(true);
  }, 60_000);
});
