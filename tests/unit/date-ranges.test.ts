import { describe, expect, it } from 'vitest';
import { daysApart, rangeBetween, rangeOfPartialDate, rangesOverlap } from '../../src/lib/date-ranges';
import { parsePartialDate, type PartialDate } from '../../src/lib/dates';

const d = (text: string): PartialDate => {
  const r = parsePartialDate(text);
  if (!r.ok) throw new Error(r.error);
  return r.date;
};
const iso = (x: Date | undefined) => x?.toISOString().slice(0, 10);

describe('rangeOfPartialDate', () => {
  it('spans one day, a whole month, a season or a year', () => {
    expect([d('2024-12-17')].map(rangeOfPartialDate).map((r) => [iso(r.start), iso(r.end)])).toEqual([
      ['2024-12-17', '2024-12-17'],
    ]);
    const feb = rangeOfPartialDate(d('2024-02'));
    expect([iso(feb.start), iso(feb.end)]).toEqual(['2024-02-01', '2024-02-29']);
    const autumn = rangeOfPartialDate(d('2024-autumn'));
    expect([iso(autumn.start), iso(autumn.end)]).toEqual(['2024-09-01', '2024-11-30']);
    const year = rangeOfPartialDate(d('2025'));
    expect([iso(year.start), iso(year.end)]).toEqual(['2025-01-01', '2025-12-31']);
  });

  it('starts winter in the December before', () => {
    const winter = rangeOfPartialDate(d('2025-winter'));
    expect([iso(winter.start), iso(winter.end)]).toEqual(['2024-12-01', '2025-02-28']);
  });
});

describe('rangeBetween', () => {
  it('runs from the start of one date to the end of another, leaving a missing side open', () => {
    const r = rangeBetween(d('2024-10'), d('2025'));
    expect([iso(r.start), iso(r.end)]).toEqual(['2024-10-01', '2025-12-31']);
    expect(rangeBetween(undefined, d('2024-12')).start).toBeUndefined();
  });
});

describe('rangesOverlap', () => {
  it('is true when spans share a day, and for open spans', () => {
    expect(rangesOverlap(rangeOfPartialDate(d('2024-12')), rangeOfPartialDate(d('2024-12-31')))).toBe(true);
    expect(rangesOverlap(rangeOfPartialDate(d('2024-11')), rangeOfPartialDate(d('2024-12')))).toBe(false);
    expect(rangesOverlap({}, rangeOfPartialDate(d('1999')))).toBe(true);
  });
});

describe('daysApart', () => {
  it('counts the days between spans, 0 when they overlap', () => {
    expect(daysApart(rangeOfPartialDate(d('2024-12-01')), rangeOfPartialDate(d('2024-12-31')))).toBe(30);
    expect(daysApart(rangeOfPartialDate(d('2025-01-31')), rangeOfPartialDate(d('2024-12')))).toBe(31);
    expect(daysApart(rangeOfPartialDate(d('2025')), rangeOfPartialDate(d('2025-06-10')))).toBe(0);
  });
});
