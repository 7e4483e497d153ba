/** Dates known to a precision: a year, a season, a month or a day. Pure functions, no clock. */

/** How precisely a date is known. */
export type DatePrecision = 'year' | 'season' | 'month' | 'day';

/** The four seasons, in calendar order within a year. */
export const SEASONS = ['winter', 'spring', 'summer', 'autumn'] as const;
export type Season = (typeof SEASONS)[number];

/** A date known only as precisely as the evidence allows. */
export interface PartialDate {
  /** The text form it was written in, e.g. `2024-12` or `2024-autumn`. */
  iso: string;
  precision: DatePrecision;
  year: number;
  /** 1 to 12; absent for year and season precision. */
  month?: number;
  /** 1 to 31; present only for day precision. */
  day?: number;
  season?: Season;
}

export type ParseResult = { ok: true; date: PartialDate } | { ok: false; error: string };

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Number of days in a month, leap years included. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Reads `YYYY`, `YYYY-season`, `YYYY-MM` or `YYYY-MM-DD`. Rejects impossible dates such as
 * `2024-02-30` with a message an editor can act on.
 */
export function parsePartialDate(text: string): ParseResult {
  const hint = "write it as 'YYYY', 'YYYY-MM', 'YYYY-MM-DD' or 'YYYY-spring|summer|autumn|winter'";
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-(winter|spring|summer|autumn))?$/.exec(text);
  if (!match) return { ok: false, error: `'${text}' is not a date: ${hint}` };
  const year = Number(match[1]);
  if (year < 1900 || year > 2200) return { ok: false, error: `'${text}' has an implausible year: ${hint}` };
  if (match[4])
    return { ok: true, date: { iso: text, precision: 'season', year, season: match[4] as Season } };
  if (!match[2]) return { ok: true, date: { iso: text, precision: 'year', year } };
  const month = Number(match[2]);
  if (month < 1 || month > 12)
    return { ok: false, error: `'${text}' has no month ${match[2]}: months run 01 to 12` };
  if (!match[3]) return { ok: true, date: { iso: text, precision: 'month', year, month } };
  const day = Number(match[3]);
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) {
    return { ok: false, error: `'${text}' is not a real day: ${MONTHS[month - 1]} ${year} has ${last} days` };
  }
  return { ok: true, date: { iso: text, precision: 'day', year, month, day } };
}

/** Formats a partial date for readers at its real precision: `2024`, `autumn 2024`, `December 2024`, `19 December 2024`. */
export function formatPartialDate(date: PartialDate): string {
  switch (date.precision) {
    case 'year':
      return String(date.year);
    case 'season':
      return `${date.season} ${date.year}`;
    case 'month':
      return `${MONTHS[date.month! - 1]} ${date.year}`;
    case 'day':
      return `${date.day} ${MONTHS[date.month! - 1]} ${date.year}`;
  }
}

/** A spaced en dash between two dates; the space before it does not break, so no line starts with the dash. */
const SPACED_DASH = '\u00a0– ';

/**
 * Formats the span from one partial date to another, each end at its own precision, naming once
 * what both ends share: `17–19 December 2024`, `17 November – 19 December 2024`,
 * `November – December 2024`, `spring – autumn 2025`, `December 2024 – 2025`, `2024–2025`. The same date at both ends is
 * printed once. The dash is spaced when either end has a space in it, as in `autumn 2024 – 2025`.
 */
export function formatPartialDateRange(from: PartialDate, to: PartialDate): string {
  if (from.iso === to.iso) return formatPartialDate(from);
  if (from.year === to.year && from.precision === to.precision) {
    if (from.precision === 'day' && from.month === to.month) return `${from.day}–${formatPartialDate(to)}`;
    if (from.precision === 'day')
      return `${from.day} ${MONTHS[from.month! - 1]}${SPACED_DASH}${formatPartialDate(to)}`;
    if (from.precision === 'month') return `${MONTHS[from.month! - 1]}${SPACED_DASH}${formatPartialDate(to)}`;
    if (from.precision === 'season') return `${from.season}${SPACED_DASH}${formatPartialDate(to)}`;
  }
  const [a, b] = [formatPartialDate(from), formatPartialDate(to)];
  return a.includes(' ') || b.includes(' ') ? `${a}${SPACED_DASH}${b}` : `${a}–${b}`;
}

/**
 * The value for `<time datetime>`: valid HTML date strings at the same precision (`2024`,
 * `2024-12`, `2024-12-19`); a season falls back to its year, the most HTML can say.
 */
export function toDatetimeAttribute(date: PartialDate): string {
  if (date.precision === 'season') return String(date.year);
  return date.iso;
}

/** The first day a partial date could mean, as a UTC Date, for sorting. */
export function startOfPartialDate(date: PartialDate): Date {
  if (date.precision === 'season') {
    // Meteorological seasons: winter starts in December of the year before.
    const startMonth = { winter: 0, spring: 3, summer: 6, autumn: 9 }[date.season!];
    return new Date(Date.UTC(date.year, startMonth - 1, 1));
  }
  return new Date(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1));
}

/** Orders partial dates by their first possible day, the less precise first on a tie. */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  const diff = startOfPartialDate(a).getTime() - startOfPartialDate(b).getTime();
  if (diff !== 0) return diff;
  const rank: Record<DatePrecision, number> = { year: 0, season: 1, month: 2, day: 3 };
  return rank[a.precision] - rank[b.precision];
}

/** Formats a calendar day (a Date at midnight UTC) for readers: `22 November 2026`. */
export function formatDay(date: Date): string {
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** The `YYYY-MM-DD` form of a calendar day, for `<time datetime>`. */
export function toIsoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * How a date the archive worked out is marked for readers, after the date: ` (date inferred)`, or
 * ` (year inferred)` when the capture prints the day, month or season and only the year is the
 * archive's; nothing for a stated date. `shown` is how many different dates the text shows (a
 * period's two ends), for the plural.
 */
export function inferredDateMark(
  dated: { basis: string; inferredPart?: 'year' | undefined },
  shown: readonly PartialDate[] = [],
): string {
  if (dated.basis !== 'inferred') return '';
  if (dated.inferredPart === 'year')
    return new Set(shown.map((d) => d.year)).size > 1 ? ' (years inferred)' : ' (year inferred)';
  return new Set(shown.map((d) => d.iso)).size > 1 ? ' (dates inferred)' : ' (date inferred)';
}
