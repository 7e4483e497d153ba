/** Partial dates as spans of days, so that two dates known to different precisions can be compared. Pure functions. */
import { daysInMonth, startOfPartialDate, type PartialDate } from './dates';

/** The first and last day a partial date could mean, as UTC Dates at midnight. */
export interface DayRange {
  start: Date;
  end: Date;
}

const DAY = 86_400_000;

/** The span of days a partial date covers: a day is one day; `2024-12` all of December; `2024-autumn` September to November; `2024` the whole year. */
export function rangeOfPartialDate(date: PartialDate): DayRange {
  const start = startOfPartialDate(date);
  let end: Date;
  switch (date.precision) {
    case 'day':
      end = start;
      break;
    case 'month':
      end = new Date(Date.UTC(date.year, date.month! - 1, daysInMonth(date.year, date.month!)));
      break;
    case 'season': {
      // Three months from the season's first month; the day before the next season starts.
      const next = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 3, 1));
      end = new Date(next.getTime() - DAY);
      break;
    }
    case 'year':
      end = new Date(Date.UTC(date.year, 11, 31));
      break;
  }
  return { start, end };
}

/** The span from the start of one partial date to the end of another; either side may be open (undefined). */
export function rangeBetween(
  from: PartialDate | undefined,
  to: PartialDate | undefined,
): { start?: Date; end?: Date } {
  const range: { start?: Date; end?: Date } = {};
  if (from) range.start = rangeOfPartialDate(from).start;
  if (to) range.end = rangeOfPartialDate(to).end;
  return range;
}

/** Whether two spans share at least one day; an open side reaches without limit. */
export function rangesOverlap(a: { start?: Date; end?: Date }, b: { start?: Date; end?: Date }): boolean {
  const aStart = a.start?.getTime() ?? -Infinity;
  const aEnd = a.end?.getTime() ?? Infinity;
  const bStart = b.start?.getTime() ?? -Infinity;
  const bEnd = b.end?.getTime() ?? Infinity;
  return aStart <= bEnd && bStart <= aEnd;
}

/** Whole days between two spans: 0 when they overlap, else the days from the end of the earlier to the start of the later. */
export function daysApart(a: DayRange, b: DayRange): number {
  if (rangesOverlap(a, b)) return 0;
  const gap = a.end < b.start ? b.start.getTime() - a.end.getTime() : a.start.getTime() - b.end.getTime();
  return Math.round(gap / DAY);
}
