import { describe, expect, it } from 'vitest';
import {
  correctionLabel,
  lastModified,
  listCorrections,
  summariseCorrections,
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
