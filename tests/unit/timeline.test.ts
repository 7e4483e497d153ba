import { describe, expect, it } from 'vitest';
import { parsePartialDate, type PartialDate } from '../../src/lib/dates';
import {
  deriveReportedDate,
  filterTokens,
  groupEventsByMonth,
  groupEventsByYear,
  splitIntoParts,
  TIMELINE_PAGE_SIZE,
  type TimelineGroup,
} from '../../src/lib/timeline';

const d = (text: string): PartialDate => {
  const r = parsePartialDate(text);
  if (!r.ok) throw new Error(r.error);
  return r.date;
};

describe('groupEventsByMonth', () => {
  const events = [
    { id: 'b', happened: d('2024-12-19') },
    { id: 'a', happened: d('2024-12') },
    { id: 'c', happened: d('2024-autumn') },
    { id: 'e', happened: d('2025') },
    { id: 'f', happened: d('2025-01-03') },
    { id: 'd', happened: d('2024-08') },
  ];

  it('orders groups by date and puts seasons and years where their span begins', () => {
    expect(groupEventsByMonth(events).map((g) => g.key)).toEqual([
      '2024-08',
      '2024-autumn',
      '2024-12',
      '2025',
      '2025-01',
    ]);
  });

  it('labels each group with its real precision', () => {
    expect(groupEventsByMonth(events).map((g) => g.label)).toEqual([
      'August 2024',
      'Autumn 2024 (known only to the season)',
      'December 2024',
      '2025 (known only to the year)',
      'January 2025',
    ]);
  });

  it('puts day- and month-dated events under their month, the less precise first', () => {
    const december = groupEventsByMonth(events).find((g) => g.key === '2024-12')!;
    expect(december.precision).toBe('month');
    expect(december.events.map((e) => e.id)).toEqual(['a', 'b']);
  });
});

describe('groupEventsByYear', () => {
  const events = [
    { id: 'b', happened: d('2024-12-19') },
    { id: 'w', happened: d('2024-winter') },
    { id: 'e', happened: d('2025') },
    { id: 'f', happened: d('2025-01-03') },
    { id: 'old', happened: d('2022') },
    { id: 'd', happened: d('2024-08') },
  ];

  it('splits the month groups by year, oldest first, with each year’s count', () => {
    expect(groupEventsByYear(events).map((y) => [y.year, y.count, y.groups.map((g) => g.key)])).toEqual([
      [2022, 1, ['2022']],
      // Winter 2024 begins in December 2023, so it leads its year.
      [2024, 3, ['2024-winter', '2024-08', '2024-12']],
      [2025, 2, ['2025', '2025-01']],
    ]);
  });

  it('puts a season on the page of the year its date names, even winter, which begins the year before', () => {
    const y2024 = groupEventsByYear(events).find((y) => y.year === 2024)!;
    expect(y2024.groups.flatMap((g) => g.events.map((e) => e.id))).toContain('w');
  });

  it('is empty for no events', () => {
    expect(groupEventsByYear([])).toEqual([]);
  });

  it('keeps a year on one page up to the page size, and splits a longer one into pages of whole months', () => {
    const month = (m: number, n: number) =>
      Array.from({ length: n }, (_, i) => ({
        id: `e${m}-${i}`,
        happened: d(`2024-${String(m).padStart(2, '0')}`),
      }));
    const short = groupEventsByYear([...month(1, 2), ...month(2, 2)], 4)[0]!;
    expect(short.parts.map((p) => p.groups.map((g) => g.key))).toEqual([['2024-01', '2024-02']]);
    const long = groupEventsByYear([...month(1, 2), ...month(2, 2), ...month(3, 1)], 4)[0]!;
    expect(long.parts.map((p) => [p.number, p.count, p.groups.map((g) => g.key)])).toEqual([
      [1, 4, ['2024-01', '2024-02']],
      [2, 1, ['2024-03']],
    ]);
  });

  it('pages by TIMELINE_PAGE_SIZE events unless told otherwise', () => {
    const many = Array.from({ length: TIMELINE_PAGE_SIZE + 1 }, (_, i) => ({
      id: `e${i}`,
      happened: d(`2024-${String((i % 12) + 1).padStart(2, '0')}`),
    }));
    const [year] = groupEventsByYear(many);
    expect(year!.parts.length).toBe(2);
    expect(year!.parts.every((p) => p.count <= TIMELINE_PAGE_SIZE)).toBe(true);
    expect(year!.parts.reduce((n, p) => n + p.count, 0)).toBe(TIMELINE_PAGE_SIZE + 1);
  });
});

describe('splitIntoParts', () => {
  const group = (key: string, n: number): TimelineGroup<number> => ({
    key,
    label: key,
    precision: 'month',
    events: Array.from({ length: n }, (_, i) => i),
  });

  it('fills each page with whole groups in order, starting a new page when the next group would overflow it', () => {
    const parts = splitIntoParts([group('a', 3), group('b', 2), group('c', 2), group('d', 1)], 5);
    expect(parts.map((p) => [p.number, p.count, p.groups.map((g) => g.key)])).toEqual([
      [1, 5, ['a', 'b']],
      [2, 3, ['c', 'd']],
    ]);
  });

  it('never cuts a group: one larger than a page gets a page of its own', () => {
    const parts = splitIntoParts([group('a', 1), group('big', 9), group('c', 1)], 5);
    expect(parts.map((p) => [p.count, p.groups.map((g) => g.key)])).toEqual([
      [1, ['a']],
      [9, ['big']],
      [1, ['c']],
    ]);
  });

  it('makes no page for no groups', () => {
    expect(splitIntoParts([], 5)).toEqual([]);
  });
});

describe('deriveReportedDate', () => {
  const sources = [
    { id: 'later', published: d('2024-12-23') },
    { id: 'month', published: d('2024-12') },
  ];

  it('keeps a stated reportedAt', () => {
    expect(deriveReportedDate(d('2025-01'), sources)).toEqual({ date: d('2025-01'), basis: 'stated' });
  });

  it('otherwise takes the earliest publication date among the sources, naming the source', () => {
    expect(deriveReportedDate(undefined, sources)).toEqual({
      date: d('2024-12'),
      basis: 'derived',
      sourceId: 'month',
    });
  });

  it('needs a source to derive from', () => {
    expect(() => deriveReportedDate(undefined, [])).toThrow(/at least one source/);
  });
});

describe('filterTokens', () => {
  it('lists involved and claiming entities once, then topics', () => {
    expect(filterTokens({ entities: ['kursk', 'nk'], claimedBy: ['nk', 'sbu'], topics: ['drones'] })).toBe(
      'entity:kursk entity:nk entity:sbu topic:drones',
    );
  });
});
