import { describe, expect, it } from 'vitest';
import { parsePartialDate } from '../../src/lib/dates';
import {
  deriveReportedPeriod,
  describeReportedPeriod,
  formatReportedPeriod,
  type DatedBy,
} from '../../src/lib/periods';

/** A publication date the test knows to be valid: `stated`, or `inferred` with a trailing `?`. */
function dated(text: string): DatedBy {
  const inferred = text.endsWith('?');
  const result = parsePartialDate(inferred ? text.slice(0, -1) : text);
  if (!result.ok) throw new Error(`test fixture '${text}' did not parse: ${result.error}`);
  return { date: result.date, basis: inferred ? 'inferred' : 'stated' };
}

/** The period of sources published on these dates, as readers see it. */
const period = (...dates: string[]) => formatReportedPeriod(deriveReportedPeriod(dates.map(dated)));

describe('deriveReportedPeriod', () => {
  it('spans from the date the earliest source falls in to the date the latest falls in', () => {
    const p = deriveReportedPeriod(['2025-10?', '2024-12?', '2025-06-10'].map(dated));
    expect(p.from.date.iso).toBe('2024-12');
    expect(p.to.date.iso).toBe('2025-10');
  });

  it('ends with a year-only date that ends after a more precise one: the latest source may be in December', () => {
    // The real analyses: sources dated December 2024 (inferred), 23 December 2024, 2025 (inferred), October 2025 (inferred).
    const p = deriveReportedPeriod(['2024-12?', '2024-12-23', '2025?', '2025-10?'].map(dated));
    expect(p.from.date.iso).toBe('2024-12');
    expect(p.to.date.iso).toBe('2025');
  });

  it('is one date when one source date holds all the others', () => {
    const p = deriveReportedPeriod(['2025-10?', '2025?'].map(dated));
    expect(p.from).toBe(p.to);
    expect(p.to.date.iso).toBe('2025');
    expect(period('2024-12?', '2024-12-23')).toBe("December 2024 (one source's date inferred)");
  });

  it('prefers the shorter of two dates that start, or end, on the same day', () => {
    expect(deriveReportedPeriod(['2024-12-01', '2024-12', '2025-03'].map(dated)).from.date.iso).toBe(
      '2024-12-01',
    );
    expect(deriveReportedPeriod(['2024-01', '2025-12', '2025-12-31'].map(dated)).to.date.iso).toBe(
      '2025-12-31',
    );
  });

  it('prefers a stated date to the same date inferred', () => {
    expect(deriveReportedPeriod(['2024-12?', '2024-12', '2025-01?'].map(dated)).from.basis).toBe('stated');
    expect(period('2024-12?', '2024-12')).toBe('December 2024');
  });

  it('places a season where it falls: winter 2025 starts in December 2024', () => {
    expect(period('2025-winter?', '2024-12-15')).toBe("winter 2025 (one source's date inferred)");
    expect(period('2025-winter?', '2024-11-15')).toBe(
      '15 November 2024\u00a0– winter 2025 (latest date inferred)',
    );
    expect(period('2024-autumn?', '2025-01')).toBe(
      'autumn 2024\u00a0– January 2025 (earliest date inferred)',
    );
  });

  it('refuses a report without sources, naming the rule', () => {
    expect(() => deriveReportedPeriod([])).toThrow(/at least one source/);
  });
});

describe('formatReportedPeriod', () => {
  it('says how many dates were inferred when one date holds a stated and an inferred source', () => {
    expect(period('2024-12-23', '2024-12?')).toBe("December 2024 (one source's date inferred)");
    expect(period('2024-12-23', '2024-12?', '2024-12?')).toBe("December 2024 (2 sources' dates inferred)");
    expect(period('2024-12?', '2024-12?')).toBe('December 2024 (date inferred)');
  });

  it('prints a single date at its precision, never a day the data does not have', () => {
    expect(period('2024-12-23')).toBe('23 December 2024');
    expect(period('2025')).toBe('2025');
    expect(period('2024-autumn')).toBe('autumn 2024');
  });

  it('marks an inferred date as such, as source lines do', () => {
    expect(period('2024-12?')).toBe('December 2024 (date inferred)');
    expect(period('2024-12?', '2025-10?')).toBe('December 2024\u00a0– October 2025 (dates inferred)');
  });

  it('says which end was inferred when only one was', () => {
    expect(period('2024-12-23', '2025?')).toBe('23 December 2024\u00a0– 2025 (latest date inferred)');
    expect(period('2024-12?', '2025-10-02')).toBe(
      'December 2024\u00a0– 2 October 2025 (earliest date inferred)',
    );
  });

  it('names what both ends share once', () => {
    expect(period('2024-12-17?', '2024-12-19?')).toBe('17–19 December 2024 (dates inferred)');
    expect(period('2024-11', '2024-12')).toBe('November\u00a0– December 2024');
  });
});

describe('describeReportedPeriod', () => {
  it('labels the period as when the sources reported, so it cannot be taken for the archive’s publication or for event dates', () => {
    expect(describeReportedPeriod(deriveReportedPeriod([dated('2024-12?'), dated('2025?')]))).toBe(
      'Source dates: December 2024\u00a0– 2025 (dates inferred)',
    );
  });
});
