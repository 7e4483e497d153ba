/**
 * Astro integration: reads the report history when a build starts and logs what it found, or why
 * there is none (a shallow clone, a tarball, git missing), so the build log says which kind of site
 * this build publishes. The pages read the same history through src/queries/history.ts: the page
 * bundle is another module instance, and the read is one `git log` and one `git cat-file`.
 */
import type { AstroIntegration } from 'astro';
import { describeHistoryForLog, readReportHistory, type HistoryReport } from '../build/report-history';

export interface HistoryOptions {
  /** The content folder, as the build was given it. */
  contentDir: string;
  /** The checked reports (src/build/content-check.ts); drafts have no history page. */
  reports: readonly { id: string; data: { draft: boolean; formerSlugs: readonly string[] } }[];
}

export function historyIntegration(options: HistoryOptions): AstroIntegration {
  return {
    name: 'kursk-files:history',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        const reports: HistoryReport[] = options.reports
          .filter((report) => !report.data.draft)
          .map((report) => ({ slug: report.id, formerSlugs: report.data.formerSlugs }));
        const history = readReportHistory(options.contentDir, reports);
        for (const line of describeHistoryForLog(history, options.contentDir.replace(/\/+$/, '')))
          logger.info(line);
      },
    },
  };
}
