/**
 * When the news a report retells was reported: the span of its sources' publication dates, at the
 * precision each date is known, marked where a date was inferred. Shown apart from the day the
 * archive published the report, which is years later and says nothing about the events. Pure
 * functions.
 *
 * Why the sources' publication dates and not the timeline's events: nothing in the content links a
 * report to an event. Both cite sources, and an event citing the paragraph a report cites is not
 * the report covering that event, since a paragraph of a capture mixes news with background (the
 * sentence on Kim Jong Un conceding casualties shares its paragraph with the 2024 treaty), so a
 * span drawn from such events would stretch back to the background. A source's publication date
 * is on record for every source, with its precision and basis; the label says it is when the
 * sources reported, not when the events happened.
 */
import { rangeOfPartialDate } from './date-ranges';
import { formatPartialDateRange, type PartialDate } from './dates';

/** A date with how the archive knows it: printed in the capture, or inferred by the archive. */
export interface DatedBy {
  date: PartialDate;
  basis: 'stated' | 'inferred';
}

/**
 * The span of a report's sources' publication dates: the date the earliest source falls in and
 * the date the latest falls in; the same date at both ends when one date holds them all.
 */
export interface ReportedPeriod {
  from: DatedBy;
  to: DatedBy;
  /** How many of the sources' dates were inferred, of how many: a period of one date may rest on both kinds. */
  inferred?: { count: number; of: number } | undefined;
}

const time = (d: Date) => d.getTime();
const start = (d: DatedBy) => time(rangeOfPartialDate(d.date).start);
const end = (d: DatedBy) => time(rangeOfPartialDate(d.date).end);
// A stated date before an inferred one that spans the same days: it needs no inference.
const statedFirst = (a: DatedBy, b: DatedBy) => (a.basis === b.basis ? 0 : a.basis === 'stated' ? -1 : 1);

/**
 * The reported period of a report, from its sources' publication dates. The earliest source was
 * published within the date that starts first, the latest within the date that ends last. Of two
 * dates that start (or end) on the same day the shorter wins, since it pins that end down more
 * closely (of `December 2024` and `1 December 2024`, the earliest publication is on 1 December),
 * then a stated date over an inferred one. When one end's span holds the other's, every source
 * falls within it and it is the whole period: `2025` for sources dated `2025` and `October 2025`.
 */
export function deriveReportedPeriod(published: readonly DatedBy[]): ReportedPeriod {
  if (published.length === 0)
    throw new Error('deriveReportedPeriod: a report needs at least one source with a publication date');
  const from = [...published].sort((a, b) => start(a) - start(b) || end(a) - end(b) || statedFirst(a, b))[0]!;
  const to = [...published].sort((a, b) => end(b) - end(a) || start(b) - start(a) || statedFirst(a, b))[0]!;
  const inferred = { count: published.filter((d) => d.basis === 'inferred').length, of: published.length };
  if (start(to) <= start(from) && end(from) <= end(to)) return { from: to, to, inferred };
  if (start(from) <= start(to) && end(to) <= end(from)) return { from, to: from, inferred };
  return { from, to, inferred };
}

/**
 * The period for readers, each end at its precision, with what was inferred:
 * `December 2024 (date inferred)`, `23 December 2024`, `December 2024 – 2025 (dates inferred)`,
 * `23 December 2024 – 2025 (latest date inferred)`.
 */
export function formatReportedPeriod(period: ReportedPeriod): string {
  const { from, to } = period;
  const text = formatPartialDateRange(from.date, to.date);
  if (from.date.iso === to.date.iso) {
    if (to.basis !== 'inferred') return text;
    // One date holds every source, but not every source's date was inferred: say how many were.
    const { count, of } = period.inferred ?? { count: 1, of: 1 };
    if (count < of)
      return `${text} (${count === 1 ? "one source's date" : `${count} sources' dates`} inferred)`;
    return `${text} (date inferred)`;
  }
  if (from.basis === 'inferred' && to.basis === 'inferred') return `${text} (dates inferred)`;
  if (from.basis === 'inferred') return `${text} (earliest date inferred)`;
  if (to.basis === 'inferred') return `${text} (latest date inferred)`;
  return text;
}

/**
 * The period with its label, as cards, report headers, search results and feeds show it:
 * `Source dates: December 2024 – 2025 (dates inferred)`. Not "Events", and not "Reported" (which
 * reads as when the events happened): the dates are when the sources published.
 */
export function describeReportedPeriod(period: ReportedPeriod): string {
  return `Source dates: ${formatReportedPeriod(period)}`;
}
