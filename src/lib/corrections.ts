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
