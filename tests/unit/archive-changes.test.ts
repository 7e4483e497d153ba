import { describe, expect, it } from 'vitest';
import {
  CLAIM_CHANGES_NOT_LISTED,
  changeKey,
  changeLabel,
  changesOfReports,
  formatMonthKey,
  groupChangesByDay,
  groupChangesByMonth,
  groupChangesByReport,
  isMonthKey,
  listArchiveChanges,
  monthKey,
} from '../../src/lib/archive-changes';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const report = (
  id: string,
  publishedAt: string,
  corrections: { date: string; kind: 'correction' | 'update'; text: string }[] = [],
) => ({
  id,
  publishedAt: day(publishedAt),
  corrections: corrections.map((c) => ({ ...c, date: day(c.date) })),
  report: { title: id.toUpperCase() },
});

describe('listArchiveChanges', () => {
  it('lists each publication and each log entry, dated by the content, newest first', () => {
    const changes = listArchiveChanges([
      report('alpha', '2026-01-10', [{ date: '2026-02-03', kind: 'correction', text: '50 → more than 50' }]),
      report('beta', '2026-01-20'),
    ]);
    expect(changes.map((c) => [c.kind, c.reportId, c.date.toISOString().slice(0, 10)])).toEqual([
      ['correction', 'alpha', '2026-02-03'],
      ['published', 'beta', '2026-01-20'],
      ['published', 'alpha', '2026-01-10'],
    ]);
    const correction = changes[0]!;
    expect(correction.kind === 'correction' && correction.text).toBe('50 → more than 50');
    expect(correction.report).toEqual({ title: 'ALPHA' });
  });

  it('on one day puts a correction before an update before a publication, whatever order the reports come in', () => {
    const a = report('a', '2026-03-01', [{ date: '2026-03-01', kind: 'update', text: 'u' }]);
    const b = report('b', '2026-03-01', [{ date: '2026-03-01', kind: 'correction', text: 'c' }]);
    const kinds = (rs: (typeof a)[]) => listArchiveChanges(rs).map((c) => `${c.kind}:${c.reportId}`);
    expect(kinds([a, b])).toEqual(['correction:b', 'update:a', 'published:a', 'published:b']);
    expect(kinds([b, a])).toEqual(kinds([a, b]));
  });

  it('keys each log entry by its day, kind and place among that day’s entries, so a new entry never changes an old key', () => {
    const log = [
      { date: '2026-04-02', kind: 'correction' as const, text: 'first' },
      { date: '2026-04-02', kind: 'correction' as const, text: 'second' },
      { date: '2026-04-02', kind: 'update' as const, text: 'third' },
    ];
    const keys = (entries: typeof log) =>
      listArchiveChanges([report('r', '2026-04-01', entries)]).map(changeKey);
    expect(keys(log).sort()).toEqual([
      '2026-04-02-correction-1',
      '2026-04-02-correction-2',
      '2026-04-02-update-1',
      'published',
    ]);
    // Same-day entries keep the log's order, past nine of them too.
    const many = Array.from({ length: 11 }, (_, i) => ({
      date: '2026-04-02',
      kind: 'correction' as const,
      text: `e${i + 1}`,
    }));
    const texts = listArchiveChanges([report('r', '2026-04-01', many)]).flatMap((c) =>
      c.kind === 'published' ? [] : [c.text],
    );
    expect(texts).toEqual(many.map((e) => e.text));
    const grown = keys([...log, { date: '2026-05-01', kind: 'correction', text: 'later' }]);
    for (const key of keys(log)) expect(grown).toContain(key);
  });

  it('lists nothing for no reports', () => {
    expect(listArchiveChanges([])).toEqual([]);
  });
});

describe('changesOfReports', () => {
  it('keeps only the changes of the reports asked for, in the same order', () => {
    const all = listArchiveChanges([
      report('a', '2026-01-01', [{ date: '2026-01-05', kind: 'update', text: 'u' }]),
      report('b', '2026-01-03'),
    ]);
    expect(changesOfReports(all, ['a']).map((c) => `${c.kind}:${c.reportId}`)).toEqual([
      'update:a',
      'published:a',
    ]);
    expect(changesOfReports(all, [])).toEqual([]);
  });
});

describe('months', () => {
  it('takes the month in UTC, so a change late on the 31st stays in its month in every time zone', () => {
    expect(monthKey(new Date('2026-01-31T23:30:00Z'))).toBe('2026-01');
  });

  it('recognises only real month keys', () => {
    expect(isMonthKey('2026-12')).toBe(true);
    for (const bad of ['2026-13', '2026-00', '2026-1', '26-01', '2026-01-01'])
      expect(isMonthKey(bad)).toBe(false);
  });

  it('names a month for readers, and refuses what is not a month', () => {
    expect(formatMonthKey('2026-02')).toBe('February 2026');
    expect(() => formatMonthKey('2026-13')).toThrow(/not a month/);
  });
});

describe('groupChangesByMonth', () => {
  it('groups by month, newest month first, keeping each month’s changes in order', () => {
    const changes = listArchiveChanges([
      report('a', '2026-01-10', [{ date: '2026-02-02', kind: 'correction', text: 'c' }]),
      report('b', '2026-01-20'),
      report('c', '2025-12-31'),
    ]);
    const months = groupChangesByMonth(changes);
    expect(months.map((m) => [m.key, m.changes.map((c) => c.reportId)])).toEqual([
      ['2026-02', ['a']],
      ['2026-01', ['b', 'a']],
      ['2025-12', ['c']],
    ]);
  });
});

describe('groupChangesByDay', () => {
  it('groups by day, newest first, each day at midnight UTC', () => {
    const changes = listArchiveChanges([
      report('a', '2026-01-10', [{ date: '2026-01-12', kind: 'correction', text: 'c' }]),
      report('b', '2026-01-12'),
    ]);
    const days = groupChangesByDay(changes);
    expect(
      days.map((d) => [d.key, d.day.toISOString(), d.changes.map((c) => `${c.kind}:${c.reportId}`)]),
    ).toEqual([
      ['2026-01-12', '2026-01-12T00:00:00.000Z', ['correction:a', 'published:b']],
      ['2026-01-10', '2026-01-10T00:00:00.000Z', ['published:a']],
    ]);
  });
});

describe('changeLabel', () => {
  it('names each kind of change as a reader sees it', () => {
    const [correction, published] = listArchiveChanges([
      report('a', '2026-01-01', [{ date: '2026-01-02', kind: 'correction', text: 'c' }]),
    ]);
    expect(changeLabel(correction!)).toBe('Correction');
    expect(changeLabel(published!)).toBe('New report');
  });
});

describe('CLAIM_CHANGES_NOT_LISTED', () => {
  it('tells readers that claim changes are missing and why', () => {
    expect(CLAIM_CHANGES_NOT_LISTED).toMatch(/not listed yet/);
    expect(CLAIM_CHANGES_NOT_LISTED).toMatch(/history/);
  });
});

describe('groupChangesByReport', () => {
  it('puts a day’s changes of one report together, in the order their report first appears', () => {
    const changes = [
      { reportId: 'a', n: 1 },
      { reportId: 'b', n: 2 },
      { reportId: 'a', n: 3 },
    ];
    expect(groupChangesByReport(changes)).toEqual([
      { reportId: 'a', changes: [changes[0], changes[2]] },
      { reportId: 'b', changes: [changes[1]] },
    ]);
  });
});
