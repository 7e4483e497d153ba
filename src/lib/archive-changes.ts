/**
 * What changed in the archive, and when, as a list of dated events for `/changes/` and the watch
 * feeds. Pure functions: reports in, events out; no clock, so the same content builds the same bytes.
 *
 * Today every event is read from the content alone, so this works on any checkout (a shallow clone,
 * a tarball): a report's publication (its `publishedAt`, as the report feeds date it) and each
 * entry of its corrections log (the entry's own date, as the corrections feed dates it). Events that
 * only the repository's history can date (a new or re-worded claim, a change of a claim's status, a
 * silent wording change) are not invented here: they join this union as further kinds once the
 * git-based history (issue 21) reads them, and {@link CLAIM_CHANGES_NOT_LISTED} says so to readers
 * meanwhile.
 */
import { formatPartialDate } from './dates';
import type { CorrectionEntry } from './corrections';

/** A report as the change list needs it; `R` is whatever the caller wants back on each event. */
export interface ChangingReport<R> {
  /** The report's slug. */
  id: string;
  publishedAt: Date;
  corrections: readonly CorrectionEntry[];
  report: R;
}

/** A report first published on `date`. */
export interface PublishedChange<R> {
  kind: 'published';
  date: Date;
  reportId: string;
  report: R;
}

/** An entry of a report's corrections log: a correction or an update, dated by the log. */
export interface CorrectionChange<R> {
  kind: 'correction' | 'update';
  date: Date;
  reportId: string;
  report: R;
  /** What the log entry says. */
  text: string;
  /**
   * A key for the entry that stays the same as the log grows: its day, its kind and its place
   * among the report's entries of that day and kind, in the log's order (`2026-01-12-correction-1`).
   */
  key: string;
  /** Its place among the report's entries of its day and kind, from 1, in the log's order. */
  n: number;
}

/** One event in the archive's list of changes. */
export type ArchiveChange<R> = PublishedChange<R> | CorrectionChange<R>;

/**
 * What the pages and feeds say about the changes they do not list yet, and why: claims carry no
 * date of their own for when they entered the ledger or changed, and the archive does not make one up.
 */
export const CLAIM_CHANGES_NOT_LISTED =
  'New claims in the figures ledger, and changes to a claim’s status, are not listed yet: a claim records when it was made, not when the archive added or changed it, and those dates will come from the archive’s revision history, which this list does not read yet.';

// On one day, newest first means a report's correction before its update before its publication:
// a report is published before it is corrected.
const KIND_ORDER: Record<ArchiveChange<unknown>['kind'], number> = { correction: 0, update: 1, published: 2 };

/**
 * Every change to these reports, newest first: each report's publication and each entry of its
 * corrections log. Ties on one day: corrections, then updates, then publications, then by report slug
 * and by the entry's key, so the order never depends on the order the reports came in.
 */
export function listArchiveChanges<R>(reports: readonly ChangingReport<R>[]): ArchiveChange<R>[] {
  const changes: ArchiveChange<R>[] = [];
  for (const r of reports) {
    changes.push({ kind: 'published', date: r.publishedAt, reportId: r.id, report: r.report });
    const seen = new Map<string, number>();
    for (const entry of r.corrections) {
      const base = `${toIsoDay(entry.date)}-${entry.kind}`;
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      changes.push({
        kind: entry.kind,
        date: entry.date,
        reportId: r.id,
        report: r.report,
        text: entry.text,
        key: `${base}-${n}`,
        n,
      });
    }
  }
  return changes.sort(
    (a, b) =>
      b.date.getTime() - a.date.getTime() ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      a.reportId.localeCompare(b.reportId, 'en') ||
      // Entries of one day and kind keep the log's order, as the report's own log shows them.
      positionOf(a) - positionOf(b),
  );
}

/** The changes that concern any of these reports (an entity's, a figure's, an outlet's), in the same order. */
export function changesOfReports<R>(
  changes: readonly ArchiveChange<R>[],
  reportIds: Iterable<string>,
): ArchiveChange<R>[] {
  const wanted = new Set(reportIds);
  return changes.filter((c) => wanted.has(c.reportId));
}

const positionOf = (change: ArchiveChange<unknown>): number => (change.kind === 'published' ? 0 : change.n);

/** A key for the change, unique within its report: `published`, or the log entry's key. */
export function changeKey(change: ArchiveChange<unknown>): string {
  return change.kind === 'published' ? 'published' : change.key;
}

/** The `YYYY-MM-DD` of a day in UTC, the zone every date of the archive is kept in. */
function toIsoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The month of a date, `YYYY-MM` in UTC: the key of its page, `/changes/<YYYY-MM>/`. */
export function monthKey(date: Date): string {
  return date.toISOString().slice(0, 7);
}

/** Whether a text is a month key (`2026-01`) that {@link monthKey} could have given. */
export function isMonthKey(text: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(text);
}

/** A month key for readers: `2026-01` → `January 2026`. */
export function formatMonthKey(key: string): string {
  if (!isMonthKey(key)) throw new Error(`formatMonthKey: '${key}' is not a month (YYYY-MM)`);
  const [year, month] = key.split('-').map(Number) as [number, number];
  return formatPartialDate({ iso: key, precision: 'month', year, month });
}

/** One month of changes: its key, and its changes, newest first. */
export interface ChangeMonth<C> {
  key: string;
  changes: C[];
}

/** Changes grouped by month, newest month first, each month's changes in the order given (newest first). */
export function groupChangesByMonth<C extends { date: Date }>(changes: readonly C[]): ChangeMonth<C>[] {
  return groupBy(changes, (c) => monthKey(c.date))
    .map(([key, list]) => ({ key, changes: list }))
    .sort((a, b) => b.key.localeCompare(a.key));
}

/** One day of changes: the day (midnight UTC) and its changes, in the order given. */
export interface ChangeDay<C> {
  /** `YYYY-MM-DD`. */
  key: string;
  day: Date;
  changes: C[];
}

/** Changes grouped by day (UTC), newest day first, each day's changes in the order given. */
export function groupChangesByDay<C extends { date: Date }>(changes: readonly C[]): ChangeDay<C>[] {
  return groupBy(changes, (c) => toIsoDay(c.date))
    .map(([key, list]) => ({ key, day: new Date(`${key}T00:00:00Z`), changes: list }))
    .sort((a, b) => b.key.localeCompare(a.key));
}

/** One report's changes within a day: a report corrected 25 times on one day is one group. */
export interface ReportChanges<C> {
  reportId: string;
  changes: C[];
}

/** A day's changes grouped by report, groups in the order their report first appears. */
export function groupChangesByReport<C extends { reportId: string }>(
  changes: readonly C[],
): ReportChanges<C>[] {
  return groupBy(changes, (c) => c.reportId).map(([reportId, list]) => ({ reportId, changes: list }));
}

/** Items grouped by a key, groups in the order their key first appears, items in the order given. */
function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  return [...groups];
}

/** What a change is, in a word a reader sees before it: `New report`, `Correction`, `Update`. */
export function changeLabel(change: ArchiveChange<unknown>): string {
  return change.kind === 'published' ? 'New report' : change.kind === 'correction' ? 'Correction' : 'Update';
}
