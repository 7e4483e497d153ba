import { describe, expect, it } from 'vitest';
import {
  comparePartialDates,
  daysInMonth,
  formatDay,
  formatPartialDate,
  formatPartialDateRange,
  inferredDateMark,
  parsePartialDate,
  SEASONS,
  startOfPartialDate,
  toDatetimeAttribute,
  toIsoDay,
  type PartialDate,
} from '../../src/lib/dates';

/** Parses a date the test knows to be valid, failing loudly if it is not. */
function date(text: string): PartialDate {
  const result = parsePartialDate(text);
  if (!result.ok) throw new Error(`test fixture '${text}' did not parse: ${result.error}`);
  return result.date;
}

/** The error message for a date the test knows to be invalid. */
function errorFor(text: string): string {
  const result = parsePartialDate(text);
  if (result.ok) throw new Error(`test fixture '${text}' parsed, but should have been rejected`);
  return result.error;
}

describe('SEASONS', () => {
  it('lists the four seasons in calendar order, winter first', () => {
    expect(SEASONS).toEqual(['winter', 'spring', 'summer', 'autumn']);
  });
});

describe('daysInMonth', () => {
  it('gives 31 days to January, March, May, July, August, October and December', () => {
    for (const month of [1, 3, 5, 7, 8, 10, 12]) expect(daysInMonth(2025, month)).toBe(31);
  });

  it('gives 30 days to April, June, September and November', () => {
    for (const month of [4, 6, 9, 11]) expect(daysInMonth(2025, month)).toBe(30);
  });

  it('gives February 29 days in a leap year (2024) and 28 in a common year (2025)', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2025, 2)).toBe(28);
  });

  it('follows the century rule: 1900 is not a leap year, 2000 is', () => {
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
  });
});

describe('parsePartialDate', () => {
  it('reads a bare year as year precision', () => {
    expect(parsePartialDate('2024')).toEqual({
      ok: true,
      date: { iso: '2024', precision: 'year', year: 2024 },
    });
  });

  it('reads YYYY-season as season precision', () => {
    expect(parsePartialDate('2024-autumn')).toEqual({
      ok: true,
      date: { iso: '2024-autumn', precision: 'season', year: 2024, season: 'autumn' },
    });
  });

  it('accepts each of the four seasons', () => {
    for (const season of ['winter', 'spring', 'summer', 'autumn']) {
      expect(date(`2025-${season}`)).toMatchObject({ precision: 'season', year: 2025, season });
    }
  });

  it('reads YYYY-MM as month precision with no day', () => {
    expect(parsePartialDate('2024-12')).toEqual({
      ok: true,
      date: { iso: '2024-12', precision: 'month', year: 2024, month: 12 },
    });
  });

  it('reads YYYY-MM-DD as day precision', () => {
    expect(parsePartialDate('2024-12-19')).toEqual({
      ok: true,
      date: { iso: '2024-12-19', precision: 'day', year: 2024, month: 12, day: 19 },
    });
  });

  it('accepts 29 February in a leap year (2024-02-29)', () => {
    expect(date('2024-02-29')).toMatchObject({ precision: 'day', year: 2024, month: 2, day: 29 });
  });

  it('rejects 29 February in a common year, saying February 2025 has 28 days', () => {
    const error = errorFor('2025-02-29');
    expect(error).toContain("'2025-02-29'");
    expect(error).toContain('February 2025 has 28 days');
  });

  it('rejects 30 February even in a leap year, saying February 2024 has 29 days', () => {
    expect(errorFor('2024-02-30')).toContain('February 2024 has 29 days');
  });

  it('rejects the 31st of a 30-day month, naming the month', () => {
    expect(errorFor('2024-04-31')).toContain('April 2024 has 30 days');
  });

  it('rejects day 00', () => {
    expect(errorFor('2024-01-00')).toContain('January 2024 has 31 days');
  });

  it('rejects month 13, saying months run 01 to 12', () => {
    const error = errorFor('2024-13');
    expect(error).toContain("'2024-13'");
    expect(error).toContain('month 13');
    expect(error).toContain('01 to 12');
  });

  it('rejects month 00', () => {
    expect(errorFor('2024-00')).toContain('month 00');
  });

  it('rejects month 13 even with a day', () => {
    expect(errorFor('2024-13-01')).toContain('month 13');
  });

  it('rejects implausible years before 1900 and after 2200, but accepts both ends', () => {
    expect(errorFor('1899')).toContain('implausible year');
    expect(errorFor('2201-01')).toContain('implausible year');
    expect(date('1900')).toMatchObject({ year: 1900 });
    expect(date('2200')).toMatchObject({ year: 2200 });
  });

  it('rejects text that is not a date and tells the editor the accepted forms', () => {
    for (const text of [
      '',
      'December 2024',
      '2024-1',
      '2024-12-1',
      '24-12-19',
      '2024/12/19',
      ' 2024',
      '2024-12-19T00:00',
    ]) {
      const error = errorFor(text);
      expect(error).toContain(`'${text}' is not a date`);
      expect(error).toContain("'YYYY-MM-DD'");
    }
  });

  it("rejects seasons not in the list (such as 'fall') or written with a capital", () => {
    expect(errorFor('2024-fall')).toContain('is not a date');
    expect(errorFor('2024-Autumn')).toContain('is not a date');
  });
});

describe('formatPartialDate', () => {
  it("formats a year-precision date as '2024'", () => {
    expect(formatPartialDate(date('2024'))).toBe('2024');
  });

  it("formats a season-precision date as 'autumn 2024'", () => {
    expect(formatPartialDate(date('2024-autumn'))).toBe('autumn 2024');
  });

  it("formats a month-precision date as 'December 2024'", () => {
    expect(formatPartialDate(date('2024-12'))).toBe('December 2024');
  });

  it("formats a day-precision date as '19 December 2024', without a leading zero", () => {
    expect(formatPartialDate(date('2024-12-19'))).toBe('19 December 2024');
    expect(formatPartialDate(date('2025-01-05'))).toBe('5 January 2025');
  });

  it('names January and December correctly at both ends of the year', () => {
    expect(formatPartialDate(date('2025-01'))).toBe('January 2025');
    expect(formatPartialDate(date('2025-12'))).toBe('December 2025');
  });
});

describe('toDatetimeAttribute', () => {
  it('gives the HTML date string at the same precision for year, month and day', () => {
    expect(toDatetimeAttribute(date('2024'))).toBe('2024');
    expect(toDatetimeAttribute(date('2024-12'))).toBe('2024-12');
    expect(toDatetimeAttribute(date('2024-12-19'))).toBe('2024-12-19');
  });

  it('falls back to the year for a season, since HTML has no season form', () => {
    expect(toDatetimeAttribute(date('2024-autumn'))).toBe('2024');
  });
});

describe('startOfPartialDate', () => {
  it('starts a year on 1 January', () => {
    expect(startOfPartialDate(date('2024'))).toEqual(new Date(Date.UTC(2024, 0, 1)));
  });

  it('starts a month on its first day', () => {
    expect(startOfPartialDate(date('2024-12'))).toEqual(new Date(Date.UTC(2024, 11, 1)));
  });

  it('starts a day at midnight UTC that day', () => {
    expect(startOfPartialDate(date('2024-02-29'))).toEqual(new Date(Date.UTC(2024, 1, 29)));
  });

  it('starts spring on 1 March, summer on 1 June and autumn on 1 September', () => {
    expect(startOfPartialDate(date('2024-spring'))).toEqual(new Date(Date.UTC(2024, 2, 1)));
    expect(startOfPartialDate(date('2024-summer'))).toEqual(new Date(Date.UTC(2024, 5, 1)));
    expect(startOfPartialDate(date('2024-autumn'))).toEqual(new Date(Date.UTC(2024, 8, 1)));
  });

  it('starts winter 2024 on 1 December 2023, the December before', () => {
    expect(startOfPartialDate(date('2024-winter'))).toEqual(new Date(Date.UTC(2023, 11, 1)));
  });
});

describe('comparePartialDates', () => {
  const sorted = (texts: string[]) =>
    texts
      .map(date)
      .sort(comparePartialDates)
      .map((d) => d.iso);

  it('orders dates of any precision by their first possible day', () => {
    expect(sorted(['2024-12-19', '2023', '2024-06', '2024-spring', '2024-12-01'])).toEqual([
      '2023',
      '2024-spring',
      '2024-06',
      '2024-12-01',
      '2024-12-19',
    ]);
  });

  it('puts winter 2025 before 15 December 2024 (winter starts the December before)', () => {
    expect(sorted(['2024-12-15', '2025-winter'])).toEqual(['2025-winter', '2024-12-15']);
    expect(sorted(['2025', '2025-winter'])).toEqual(['2025-winter', '2025']);
  });

  it('puts the less precise first on a tie: year, then month, then day', () => {
    expect(sorted(['2024-01-01', '2024-01', '2024'])).toEqual(['2024', '2024-01', '2024-01-01']);
  });

  it('puts a season before the month it starts in', () => {
    expect(sorted(['2024-03', '2024-spring'])).toEqual(['2024-spring', '2024-03']);
    expect(sorted(['2023-12', '2024-winter'])).toEqual(['2024-winter', '2023-12']);
  });

  it('returns a negative number, zero or a positive number like any comparator', () => {
    expect(comparePartialDates(date('2024-01'), date('2024-02'))).toBeLessThan(0);
    expect(comparePartialDates(date('2024-02'), date('2024-01'))).toBeGreaterThan(0);
    expect(comparePartialDates(date('2024-02'), date('2024-02'))).toBe(0);
    expect(comparePartialDates(date('2024'), date('2024-01'))).toBeLessThan(0);
    expect(comparePartialDates(date('2024-01'), date('2024'))).toBeGreaterThan(0);
  });
});

describe('formatDay', () => {
  it("formats a calendar day as '22 November 2026'", () => {
    expect(formatDay(new Date(Date.UTC(2026, 10, 22)))).toBe('22 November 2026');
  });

  it('reads the day in UTC, so midnight UTC on 1 January stays 1 January', () => {
    expect(formatDay(new Date('2025-01-01T00:00:00Z'))).toBe('1 January 2025');
    expect(formatDay(new Date('2024-12-31T23:59:59Z'))).toBe('31 December 2024');
  });
});

describe('toIsoDay', () => {
  it('gives the YYYY-MM-DD form of a calendar day, zero-padded', () => {
    expect(toIsoDay(new Date(Date.UTC(2026, 10, 22)))).toBe('2026-11-22');
    expect(toIsoDay(new Date(Date.UTC(2025, 0, 5)))).toBe('2025-01-05');
  });

  it('keeps 29 February in a leap year', () => {
    expect(toIsoDay(new Date(Date.UTC(2024, 1, 29)))).toBe('2024-02-29');
  });
});

describe('formatPartialDateRange', () => {
  const range = (from: string, to: string) => formatPartialDateRange(date(from), date(to));

  it('prints one date when both ends are the same date, at its precision', () => {
    expect(range('2024-12', '2024-12')).toBe('December 2024');
    expect(range('2025', '2025')).toBe('2025');
    expect(range('2024-12-23', '2024-12-23')).toBe('23 December 2024');
  });

  it('names a shared month and year once between two days', () => {
    expect(range('2024-12-17', '2024-12-19')).toBe('17–19 December 2024');
    expect(range('2024-11-17', '2024-12-19')).toBe('17 November\u00a0– 19 December 2024');
  });

  it('names a shared year once between two months or two seasons', () => {
    expect(range('2024-11', '2024-12')).toBe('November\u00a0– December 2024');
    expect(range('2025-spring', '2025-autumn')).toBe('spring\u00a0– autumn 2025');
  });

  it('keeps each end at its own precision and never prints a day or month an end does not have', () => {
    expect(range('2024-12', '2025')).toBe('December 2024\u00a0– 2025');
    expect(range('2024-autumn', '2025-10')).toBe('autumn 2024\u00a0– October 2025');
    expect(range('2024-12-23', '2025-10')).toBe('23 December 2024\u00a0– October 2025');
    expect(range('2024-12', '2024-12-23')).toBe('December 2024\u00a0– 23 December 2024');
  });

  it('joins two bare years with an unspaced dash, and never lets a line start with a spaced one', () => {
    expect(range('2024', '2025')).toBe('2024–2025');
    expect(range('2024-12', '2025-10')).not.toMatch(/ –/);
  });
});

describe('inferredDateMark', () => {
  it('marks nothing on a stated date', () => {
    expect(inferredDateMark({ basis: 'stated' })).toBe('');
  });

  it('marks a date the archive worked out as inferred', () => {
    expect(inferredDateMark({ basis: 'inferred' })).toBe(' (date inferred)');
  });

  it('says only the year was inferred when the capture prints the day ("December 17")', () => {
    expect(inferredDateMark({ basis: 'inferred', inferredPart: 'year' }, [date('2024-12-17')])).toBe(
      ' (year inferred)',
    );
  });

  it('uses the plural for a period whose two ends differ', () => {
    const ends = [date('2024-12'), date('2025-01')];
    expect(inferredDateMark({ basis: 'inferred' }, ends)).toBe(' (dates inferred)');
    expect(inferredDateMark({ basis: 'inferred', inferredPart: 'year' }, ends)).toBe(' (years inferred)');
  });

  it('keeps the singular when both ends are the same date or the same year', () => {
    expect(inferredDateMark({ basis: 'inferred' }, [date('2025-01'), date('2025-01')])).toBe(
      ' (date inferred)',
    );
    expect(
      inferredDateMark({ basis: 'inferred', inferredPart: 'year' }, [date('2025-01'), date('2025-03')]),
    ).toBe(' (year inferred)');
  });
});
