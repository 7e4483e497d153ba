/**
 * What the front page shows, chosen by rules a reader can be told, never by hand: the lead
 * analysis, the key numbers, the key dates, and the line on what the archive covers. Pure
 * functions: data in, data out.
 */
import { comparePartialDates, type PartialDate } from './dates';
import { deriveReportedPeriod, type DatedBy, type ReportedPeriod } from './periods';

/** How many quantities the key-numbers box shows. */
export const KEY_FIGURES = 3;
/** The most events the key-dates strip shows. */
export const KEY_EVENTS = 6;
/** How many sources in the archive must report an event for it to be a key date. */
export const KEY_EVENT_SOURCES = 2;

/**
 * The article the front page leads with: of the analyses, given in the archive's list order
 * (newest first), the one changed most recently (its publication, update or latest correction,
 * by `modifiedAt`); on a tie, the first in list order. `undefined` when there is none.
 */
export function pickLead<R>(analyses: readonly R[], modifiedAt: (report: R) => Date): R | undefined {
  let lead: R | undefined;
  for (const report of analyses)
    if (lead === undefined || modifiedAt(report).getTime() > modifiedAt(lead).getTime()) lead = report;
  return lead;
}

/**
 * The key numbers: the first `count` quantities of the figures ledger, in the ledger's own order
 * (most claims first, then by label, as /figures/ lists them), each with every one of its claims.
 * A quantity without claims is skipped. No claim is picked as "the" number: the claims of one
 * quantity often count different things (a three-day tally, a running total) and their dates
 * cannot always be ordered, so each is shown with its claimant, date and what it covers.
 */
export function selectKeyFigures<F extends { claims: readonly unknown[] }>(
  ledger: readonly F[],
  count = KEY_FIGURES,
): F[] {
  return ledger.filter((f) => f.claims.length > 0).slice(0, count);
}

/** What the key-dates rule reads of an event. */
export interface KeyEventInput {
  id: string;
  /** When it happened. */
  happened: PartialDate;
  /** The ids of the sources that report it (repeats count once). */
  sources: readonly string[];
}

/**
 * The key dates: the events that at least `minSources` different sources in the archive report,
 * at most `count` of them (the most widely reported first; on a tie, the later event, then by id),
 * shown in the order they happened (then by id, as on the timeline). An event only one source
 * reports is never a key date, however few events qualify.
 */
export function selectKeyEvents<E extends KeyEventInput>(
  events: readonly E[],
  count = KEY_EVENTS,
  minSources = KEY_EVENT_SOURCES,
): E[] {
  const reach = (e: E) => new Set(e.sources).size;
  const byDate = (a: E, b: E) => comparePartialDates(a.happened, b.happened) || a.id.localeCompare(b.id);
  return events
    .filter((e) => reach(e) >= minSources)
    .sort((a, b) => reach(b) - reach(a) || byDate(b, a))
    .slice(0, count)
    .sort(byDate);
}

/** What the archive covers, for the front page's one line: "8 reports from 5 sources dated December 2024 – 2025 (dates inferred) · updated …". */
export interface Coverage {
  /** How many source records. */
  sources: number;
  /**
   * The span the sources' publication dates fall in, by the rule a report's source dates follow
   * (`deriveReportedPeriod`): a source known only as "2025" ends the span at 2025, not at a later
   * source's "October 2025", which it may postdate.
   */
  period: ReportedPeriod;
  /** How many published reports. */
  reports: number;
  /** The last day a published report changed (published, updated or corrected); undefined without reports. */
  updated: Date | undefined;
}

/**
 * The archive's coverage from its sources' publication dates and its reports' last changes;
 * `undefined` when it has no source.
 */
export function summarizeCoverage(
  published: readonly DatedBy[],
  reportChanges: readonly Date[],
): Coverage | undefined {
  if (published.length === 0) return undefined;
  const times = reportChanges.map((d) => d.getTime());
  return {
    sources: published.length,
    period: deriveReportedPeriod(published),
    reports: reportChanges.length,
    updated: times.length > 0 ? new Date(Math.max(...times)) : undefined,
  };
}

/** Words that end in a full stop without ending a sentence: titles, ranks and the like (lower case, without the stop). */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'sgt',
  'cpl',
  'pvt',
  'adm',
  'cmdr',
  'gov',
  'sen',
  'rep',
  'pres',
  'st',
  'no',
  'vs',
  'etc',
  'approx',
  'e.g',
  'i.e',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);

/**
 * The first sentence of a summary written in the archive's own words, for a one-line entry that
 * links to the whole. A sentence ends at `.`, `!` or `?` (a closing quotation mark or bracket may
 * follow) before a space and a capital letter, digit or opening quotation mark, unless the word
 * before the stop is a known abbreviation (`Gen.`) or a single letter (an initial, `U.S.`). When
 * in doubt it runs on: a longer excerpt is never wrong, a cut one may be.
 */
export function firstSentence(text: string): string {
  const trimmed = text.trim();
  const end = /([.!?])["'”’)]*\s+(?=["'“‘(]?[\p{Lu}\p{N}])/gu;
  for (const match of trimmed.matchAll(end)) {
    const before = trimmed.slice(0, match.index);
    const word = /([\p{L}.]+)$/u.exec(before)?.[1] ?? '';
    if (match[1] === '.' && (ABBREVIATIONS.has(word.toLowerCase()) || /^(\p{L}\.)*\p{L}$/u.test(word)))
      continue;
    return trimmed.slice(0, match.index + match[0].trimEnd().length);
  }
  return trimmed;
}
