/**
 * The history of each report, for the pages: its published versions newest first, or why this
 * build has none. Read once per build from git (src/build/report-history.ts); pages call only these.
 */
import { contentDir } from '../content-dir';
import { readReportHistory, type ArchiveHistory } from '../build/report-history';
import { describeChange, type VersionCorrection } from '../lib/versions';
import { getPublishedReports, oncePerBuild } from './archive';

/** One version as the history page lists it. */
export interface VersionView {
  /** The version's content-addressed id (10 hex digits). */
  id: string;
  /** When its commit landed (UTC); undefined for a working copy not yet committed. */
  date?: Date | undefined;
  /** The commit's short SHA, for auditors; undefined when not yet committed. */
  commit?: string | undefined;
  /** What changed, for readers: "First published", "Correction", "Wording (notes)"… */
  label: string;
  /** The corrections log entries this version added, withdrew or reworded. */
  entries: VersionCorrection[];
  /** The same text was published before, under the same id (a revert). */
  again: boolean;
}

/** A report's history as its pages show it. */
export type ReportHistoryView =
  { available: true; versions: VersionView[] } | { available: false; reason: string };

const getHistory: () => Promise<ArchiveHistory> = oncePerBuild(async () => {
  const reports = await getPublishedReports();
  return readReportHistory(
    contentDir,
    reports.map((report) => ({ slug: report.id, formerSlugs: report.data.formerSlugs })),
  );
});

/** The published versions of a report, newest first, or why this build cannot show them. */
export async function getReportHistory(slug: string): Promise<ReportHistoryView> {
  const history = await getHistory();
  if (!history.available) return { available: false, reason: history.reason };
  const report = history.reports.get(slug);
  if (!report) throw new Error(`getReportHistory: '${slug}' is not a published report`);
  if (!report.available) return { available: false, reason: report.reason };
  return {
    available: true,
    versions: report.versions
      .map((version) => ({
        id: version.id,
        date: version.date ?? undefined,
        commit: version.commit?.slice(0, 7),
        label: describeChange(version.change),
        entries: 'entries' in version.change ? version.change.entries : [],
        again: version.again,
      }))
      .reverse(),
  };
}

/** When a report's newest committed version was published, for the sitemap; undefined without history. */
export async function getReportHistoryLastmod(slug: string): Promise<Date | undefined> {
  const history = await getReportHistory(slug);
  return history.available ? history.versions.find((v) => v.date)?.date : undefined;
}
