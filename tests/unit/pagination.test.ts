import { describe, expect, it } from 'vitest';
import { countPages, pagePath, slicePage, windowPages, type PageLink } from '../../src/lib/pagination';

/** A row of page links written as a reader sees it: numbers, and `…` for a gap. */
const row = (links: PageLink[]): string =>
  links.map((l) => (l.kind === 'page' ? String(l.page) : '…')).join(' ');

describe('countPages', () => {
  it('rounds up, so the last page holds the remainder', () => {
    expect(countPages(10_000, 4)).toBe(2500);
    expect(countPages(21, 20)).toBe(2);
    expect(countPages(20, 20)).toBe(1);
  });

  it('gives an empty list one page, so its first page still exists', () => {
    expect(countPages(0, 20)).toBe(1);
  });

  it('rejects a page size below one or a fractional total', () => {
    expect(() => countPages(10, 0)).toThrow(/page size/);
    expect(() => countPages(1.5, 4)).toThrow(/total/);
  });
});

describe('slicePage', () => {
  const items = Array.from({ length: 45 }, (_, i) => i + 1);

  it('shows the items of the requested page and nothing else', () => {
    expect(slicePage(items, 1, 20)).toEqual(items.slice(0, 20));
    expect(slicePage(items, 2, 20)[0]).toBe(21);
    expect(slicePage(items, 3, 20)).toEqual([41, 42, 43, 44, 45]);
  });

  it('refuses a page past the end rather than showing an empty one', () => {
    expect(() => slicePage(items, 4, 20)).toThrow(/outside 1–3/);
    expect(() => slicePage(items, 0, 20)).toThrow(/outside/);
  });
});

describe('windowPages', () => {
  it('lists every page when there are few', () => {
    expect(row(windowPages(1, 1))).toBe('1');
    expect(row(windowPages(2, 2))).toBe('1 2');
    expect(row(windowPages(4, 7))).toBe('1 2 3 4 5 6 7');
  });

  it('shows the first and last page, two either side of the current one, and gaps in the middle of 2,500 pages', () => {
    expect(row(windowPages(1200, 2500))).toBe('1 … 1198 1199 1200 1201 1202 … 2500');
  });

  it('keeps the row as long near either end as in the middle', () => {
    expect(row(windowPages(1, 2500))).toBe('1 2 3 4 5 6 … 2500');
    expect(row(windowPages(2500, 2500))).toBe('1 … 2495 2496 2497 2498 2499 2500');
  });

  it('shows a lone hidden page as its number instead of a gap', () => {
    expect(row(windowPages(5, 2500))).toBe('1 2 3 4 5 6 7 … 2500');
  });

  it('never holds more than 2 × radius + 5 entries, whatever the page', () => {
    for (const current of [1, 2, 3, 4, 5, 6, 50, 2496, 2497, 2498, 2499, 2500]) {
      const links = windowPages(current, 2500);
      expect(links.length).toBeLessThanOrEqual(9);
      expect(links.filter((l) => l.kind === 'page').map((l) => (l as { page: number }).page)).toContain(
        current,
      );
    }
  });

  it('says which pages a gap stands for', () => {
    expect(windowPages(1200, 2500)[1]).toEqual({ kind: 'gap', from: 2, to: 1197 });
  });

  it('takes a wider or narrower window', () => {
    expect(row(windowPages(50, 100, 1))).toBe('1 … 49 50 51 … 100');
  });

  it('rejects a page outside the list', () => {
    expect(() => windowPages(0, 10)).toThrow(/outside 1–10/);
    expect(() => windowPages(11, 10)).toThrow(/outside 1–10/);
  });
});

describe('pagePath', () => {
  it('keeps the list address for page 1 and adds the number after it', () => {
    expect(pagePath('/topics/drones/', 1)).toBe('/topics/drones/');
    expect(pagePath('/topics/drones/', 2)).toBe('/topics/drones/2/');
    expect(pagePath('/entities/kim-jong-un/reports/', 14)).toBe('/entities/kim-jong-un/reports/14/');
  });

  it('rejects a path without its slashes, which would give a broken address', () => {
    expect(() => pagePath('/topics/drones', 2)).toThrow(/start and end with/);
  });
});
