/** Corrections and updates to reports, and the modified date they imply. Pure functions. */

/** One corrections-log entry, as the schema gives it. */
export interface CorrectionEntry {
  date: Date;
  kind: 'correction' | 'update';
  text: string;
}

/** The fields of a report that decide when it last changed. */
export interface ModifiableReport {
  publishedAt: Date;
  updatedAt?: Date | undefined;
  corrections: readonly CorrectionEntry[];
}

/** When the report last changed: the latest of its publication, its `updatedAt` and its corrections log. */
export function lastModified(report: ModifiableReport): Date {
  const times = [report.publishedAt, report.updatedAt, ...report.corrections.map((c) => c.date)]
    .filter((d): d is Date => d instanceof Date)
    .map((d) => d.getTime());
  return new Date(Math.max(...times));
}

/** A correction with the report it belongs to. */
export interface ReportCorrection<R> extends CorrectionEntry {
  report: R;
}

/** Every correction of every report, newest first; on the same day, corrections before updates. */
export function listCorrections<R extends { id: string; corrections: readonly CorrectionEntry[] }>(
  reports: readonly R[],
): ReportCorrection<R>[] {
  return reports
    .flatMap((report) => report.corrections.map((c) => ({ ...c, report })))
    .sort(
      (a, b) =>
        b.date.getTime() - a.date.getTime() ||
        (a.kind === b.kind ? a.report.id.localeCompare(b.report.id) : a.kind === 'correction' ? -1 : 1),
    );
}

/** The label a reader sees for an entry's kind. */
export function correctionLabel(kind: CorrectionEntry['kind']): string {
  return kind === 'correction' ? 'Correction' : 'Update';
}

/** One part of what a report's header says of its log: `Corrected` and the day of the latest correction. */
export interface CorrectionNotice {
  /** `Corrected` or `Updated` when it comes first, `corrected` or `updated` after another part. */
  word: string;
  date: Date;
}

/**
 * What a report's header says of its corrections log, so a reader sees before reading that the
 * report was corrected, and when: the latest correction, then the latest update, each when the log
 * has one (`Corrected 7 December 2026`, `Corrected 1 February 2026, updated 5 March 2026`), or one
 * part when both fall on the same day (`Corrected and updated 7 December 2026`: the day said twice
 * would not fit a phone's line). A correction comes first even when an update is later: a reader
 * needs to know something published was wrong more than that something was added. Empty for a
 * report without a log.
 */
export function summariseCorrections(entries: readonly CorrectionEntry[]): CorrectionNotice[] {
  const latest = (kind: CorrectionEntry['kind']) =>
    entries
      .filter((e) => e.kind === kind)
      .reduce<Date | undefined>((max, e) => (max && max >= e.date ? max : e.date), undefined);
  const corrected = latest('correction');
  const updated = latest('update');
  if (corrected && updated && corrected.getTime() === updated.getTime())
    return [{ word: 'Corrected and updated', date: corrected }];
  const parts = [
    { word: 'corrected', date: corrected },
    { word: 'updated', date: updated },
  ].filter((p): p is CorrectionNotice => p.date !== undefined);
  return parts.map((p, i) => (i === 0 ? { ...p, word: p.word[0]!.toUpperCase() + p.word.slice(1) } : p));
}

/**
 * How many entries of a long log stay in view: the rest fold under a "show" line, so a report
 * corrected many times on one day does not bury its text and notes under its log. Three entries
 * show that the report was corrected, how, and how often, before the reader asks for the rest.
 */
export const CORRECTIONS_SHOWN = 3;

/** A log cut into the entries shown and those folded away (none when the log is short). */
export function splitShown<E>(entries: readonly E[], shown = CORRECTIONS_SHOWN): { shown: E[]; folded: E[] } {
  // Folding one entry would save nothing: its "show" line takes the room the entry would.
  if (entries.length <= shown + 1) return { shown: [...entries], folded: [] };
  return { shown: entries.slice(0, shown), folded: entries.slice(shown) };
}

/** Counts of a log's entries by kind, as a reader reads them: `25 entries: 24 corrections, 1 update`. */
export function describeEntryCounts(entries: readonly Pick<CorrectionEntry, 'kind'>[]): string {
  const corrections = entries.filter((e) => e.kind === 'correction').length;
  const updates = entries.length - corrections;
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const kinds = `${count(corrections, 'correction', 'corrections')}, ${count(updates, 'update', 'updates')}`;
  if (updates === 0) return count(corrections, 'correction', 'corrections');
  if (corrections === 0) return count(updates, 'update', 'updates');
  return `${count(entries.length, 'entry', 'entries')}: ${kinds}`;
}

/** One report's entries of one day, for the corrections page. */
export interface ReportCorrectionDay<R> {
  /** The day, at midnight UTC as the log dates it. */
  date: Date;
  report: R;
  entries: ReportCorrection<R>[];
}

/**
 * The corrections page's groups: each report's entries of one day together, in the order of
 * `listCorrections` (newest day first; on a day, the report whose entries come first in that order
 * first). A reader scans by day and by report; the same report on two days is two groups.
 */
export function groupByReportDay<R extends { id: string }>(
  list: readonly ReportCorrection<R>[],
): ReportCorrectionDay<R>[] {
  const groups = new Map<string, ReportCorrectionDay<R>>();
  for (const entry of list) {
    const key = `${entry.date.toISOString().slice(0, 10)} ${entry.report.id}`;
    const group = groups.get(key);
    if (group) group.entries.push(entry);
    else groups.set(key, { date: entry.date, report: entry.report, entries: [entry] });
  }
  return [...groups.values()];
}
