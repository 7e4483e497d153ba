import { describe, expect, it } from 'vitest';
import {
  correctionLabel,
  lastModified,
  listCorrections,
  summariseCorrections,
  describeEntryCounts,
  groupByReportDay,
  splitShown,
} from '../../src/lib/corrections';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('lastModified', () => {
  it('is the publication day when nothing changed', () => {
    expect(lastModified({ publishedAt: day('2026-01-01'), corrections: [] })).toEqual(day('2026-01-01'));
  });

  it('follows the latest correction or update, even past updatedAt', () => {
    const report = {
      publishedAt: day('2026-01-01'),
      updatedAt: day('2026-02-01'),
      corrections: [{ date: day('2026-03-01'), kind: 'update' as const, text: 'x' }],
    };
    expect(lastModified(report)).toEqual(day('2026-03-01'));
  });

  it('uses updatedAt when it is the latest', () => {
    expect(
      lastModified({ publishedAt: day('2026-01-01'), updatedAt: day('2026-04-01'), corrections: [] }),
    ).toEqual(day('2026-04-01'));
  });
});

describe('listCorrections', () => {
  it('lists every entry of every report, newest first, corrections before updates on one day', () => {
    const reports = [
      { id: 'a', corrections: [{ date: day('2026-01-05'), kind: 'update' as const, text: 'a1' }] },
      {
        id: 'b',
        corrections: [
          { date: day('2026-01-05'), kind: 'correction' as const, text: 'b1' },
          { date: day('2026-02-01'), kind: 'update' as const, text: 'b2' },
        ],
      },
    ];
    expect(listCorrections(reports).map((c) => `${c.report.id}:${c.text}`)).toEqual(['b:b2', 'b:b1', 'a:a1']);
  });

  it('is empty when no report has a correction', () => {
    expect(listCorrections([{ id: 'a', corrections: [] }])).toEqual([]);
  });
});

describe('correctionLabel', () => {
  it('names each kind for readers', () => {
    expect(correctionLabel('correction')).toBe('Correction');
    expect(correctionLabel('update')).toBe('Update');
  });
});

describe('summariseCorrections', () => {
  const entry = (iso: string, kind: 'correction' | 'update') => ({ date: day(iso), kind, text: 'x' });

  it('says nothing for a report without a log', () => {
    expect(summariseCorrections([])).toEqual([]);
  });

  it('gives the day of the latest correction, whatever the order of the log', () => {
    expect(
      summariseCorrections([entry('2026-12-07', 'correction'), entry('2026-11-30', 'correction')]),
    ).toEqual([{ word: 'Corrected', date: day('2026-12-07') }]);
  });

  it('names a log of updates only as updated', () => {
    expect(summariseCorrections([entry('2026-03-05', 'update')])).toEqual([
      { word: 'Updated', date: day('2026-03-05') },
    ]);
  });

  it('puts a correction before a later update, so a reader learns first that something was wrong', () => {
    expect(
      summariseCorrections([
        entry('2026-02-01', 'correction'),
        entry('2026-03-05', 'update'),
        entry('2026-01-20', 'update'),
      ]),
    ).toEqual([
      { word: 'Corrected', date: day('2026-02-01') },
      { word: 'updated', date: day('2026-03-05') },
    ]);
  });

  it('says the day once when the latest correction and the latest update share it', () => {
    expect(
      summariseCorrections([
        entry('2026-12-07', 'correction'),
        entry('2026-11-30', 'update'),
        entry('2026-12-07', 'update'),
      ]),
    ).toEqual([{ word: 'Corrected and updated', date: day('2026-12-07') }]);
  });
});

describe('splitShown', () => {
  const log = (n: number) => Array.from({ length: n }, (_, i) => i);
  it('keeps a short log whole: folding one entry would save nothing', () => {
    expect(splitShown(log(3))).toEqual({ shown: [0, 1, 2], folded: [] });
    expect(splitShown(log(4))).toEqual({ shown: [0, 1, 2, 3], folded: [] });
  });
  it('shows the first three entries of a longer log and folds the rest, in order', () => {
    expect(splitShown(log(25))).toEqual({ shown: [0, 1, 2], folded: log(25).slice(3) });
  });
});

describe('describeEntryCounts', () => {
  const of = (corrections: number, updates: number) => [
    ...Array.from({ length: corrections }, () => ({ kind: 'correction' as const })),
    ...Array.from({ length: updates }, () => ({ kind: 'update' as const })),
  ];
  it('counts by kind in words a reader reads, singular and plural', () => {
    expect(describeEntryCounts(of(1, 0))).toBe('1 correction');
    expect(describeEntryCounts(of(0, 2))).toBe('2 updates');
    expect(describeEntryCounts(of(24, 1))).toBe('25 entries: 24 corrections, 1 update');
    expect(describeEntryCounts(of(1, 1))).toBe('2 entries: 1 correction, 1 update');
  });
});

describe('groupByReportDay', () => {
  const a = { id: 'a' };
  const b = { id: 'b' };
  const entry = (report: { id: string }, day: string, text: string) => ({
    report,
    date: new Date(`${day}T00:00:00Z`),
    kind: 'correction' as const,
    text,
  });
  it('puts each report’s entries of one day together, keeping the order it is given', () => {
    const groups = groupByReportDay([
      entry(a, '2026-02-02', 'a1'),
      entry(b, '2026-02-02', 'b1'),
      entry(a, '2026-02-02', 'a2'),
      entry(a, '2026-01-05', 'a3'),
    ]);
    expect(
      groups.map((g) => [g.report.id, g.date.toISOString().slice(0, 10), g.entries.map((e) => e.text)]),
    ).toEqual([
      ['a', '2026-02-02', ['a1', 'a2']],
      ['b', '2026-02-02', ['b1']],
      ['a', '2026-01-05', ['a3']],
    ]);
  });
});
