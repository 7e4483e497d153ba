/**
 * Quote integrity over the checked content: every quotation in every report must appear verbatim
 * in the capture of a source its paragraph cites (rules in src/lib/quotes.ts). Used by
 * `npm run verify:quotes` (scripts/verify-quotes.mjs) and by the content tests.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkQuotations, type QuoteProblem } from '../lib/quotes';

/** What the quote check reads of the checked content (src/build/content-check.ts). */
export interface QuoteCheckInput {
  sources: readonly { id: string; data: { capture: { file: string } } }[];
  reports: readonly { path: string; body: string; bodyLine: number }[];
}

/** The outcome of checking every report. */
export type QuoteCheckResult =
  | { ok: boolean; skipped: true; message: string }
  | {
      ok: boolean;
      skipped: false;
      reports: number;
      checked: number;
      problems: (QuoteProblem & { file: string })[];
    };

/**
 * Checks the quotations of every report against the captures in `capturesDir`; with none
 * (`KURSK_SKIP_CAPTURES=1`) it checks nothing and says so, and a folder that is missing fails.
 */
export function verifyQuotes(content: QuoteCheckInput, capturesDir: string | undefined): QuoteCheckResult {
  if (capturesDir === undefined)
    return {
      ok: true,
      skipped: true,
      message: 'KURSK_SKIP_CAPTURES=1: quotations were not checked against the captures.',
    };
  if (!existsSync(capturesDir)) {
    return {
      ok: false,
      skipped: true,
      message: `No captures at ${capturesDir}, so quotations cannot be checked. Point --captures or KURSK_CAPTURES_DIR at the captures folder, or set KURSK_SKIP_CAPTURES=1 to go without.`,
    };
  }
  const captureFiles = new Map(content.sources.map((s) => [s.id, s.data.capture.file]));
  const cache = new Map<string, string | undefined>();
  const captureOf = (id: string) => {
    if (!cache.has(id)) {
      const file = captureFiles.get(id);
      const path = file ? join(capturesDir, file) : undefined;
      cache.set(id, path && existsSync(path) ? readFileSync(path, 'utf8') : undefined);
    }
    return cache.get(id);
  };
  const { reports } = content;
  let checked = 0;
  const problems: (QuoteProblem & { file: string })[] = [];
  for (const report of reports) {
    // Line numbers count from the top of the file, so an editor can jump to them.
    const result = checkQuotations(report.body, captureOf);
    checked += result.checked;
    problems.push(
      ...result.problems.map((p) => ({ ...p, line: p.line + report.bodyLine - 1, file: report.path })),
    );
  }
  return { ok: problems.length === 0, skipped: false, reports: reports.length, checked, problems };
}

/** The result as lines for a terminal: one per problem, then a summary. */
export function formatQuoteCheck(result: QuoteCheckResult): string[] {
  if (result.skipped) return [result.message];
  return [
    ...result.problems.map((p) => `${p.file}:${p.line}: “${p.quote}”: ${p.message}`),
    `${result.checked} quotations in ${result.reports} reports checked; ${result.problems.length} not found verbatim in a cited capture.`,
  ];
}
