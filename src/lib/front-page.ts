/**
 * What the front page shows, chosen by rules a reader can be told, never by hand: the lead
 * analysis, the key numbers, the key dates, and the line on what the archive covers. Pure
 * functions: data in, data out.
 */
import { comparePartialDates, type PartialDate } from './dates';

/** How many quantities the key-numbers box shows. */
export const KEY_FIGURES = 4;
/** How many events the key-dates strip shows. */
export const KEY_EVENTS = 6;

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
 * (most claims first, then by label, as /figures/ lists them), each with its latest claim (the
 * last of its claims, which the ledger lists by claim date). A quantity without claims is skipped.
 * Each claim stands alone with its own claimant: two claimants' numbers are never merged.
 */
export function selectKeyFigures<Q, C>(
  ledger: readonly { quantity: Q; claims: readonly C[] }[],
  count = KEY_FIGURES,
): { quantity: Q; latest: C; claims: readonly C[] }[] {
  return ledger
    .filter((f) => f.claims.length > 0)
    .slice(0, count)
    .map((f) => ({ quantity: f.quantity, latest: f.claims.at(-1)!, claims: f.claims }));
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
 * The key dates: the `count` events that the most sources in the archive report (on a tie, the
 * later event first, then by id), shown in the order they happened (then by id, as on the timeline).
 */
export function selectKeyEvents<E extends KeyEventInput>(events: readonly E[], count = KEY_EVENTS): E[] {
  const reach = (e: E) => new Set(e.sources).size;
  const byDate = (a: E, b: E) => comparePartialDates(a.happened, b.happened) || a.id.localeCompare(b.id);
  return [...events]
    .sort((a, b) => reach(b) - reach(a) || byDate(b, a))
    .slice(0, count)
    .sort(byDate);
}

/** What the archive covers, for the front page's one line: "8 reports from 5 sources dated December 2024 to October 2025 · updated …". */
export interface Coverage<D> {
  /** How many source records. */
  sources: number;
  /** The earliest source publication date (by `comparePartialDates`), as given. */
  earliest: D;
  /** The latest source publication date (by `comparePartialDates`: the one whose span starts last), as given. */
  latest: D;
  /** How many published reports. */
  reports: number;
  /** The last day a published report changed (published, updated or corrected); undefined without reports. */
  updated: Date | undefined;
}

/**
 * The archive's coverage from its sources' publication dates (each `{ date }`, with whatever else
 * the caller needs shown, such as how the date is known) and its reports' last changes;
 * `undefined` when it has no source. Of dates that compare equal, the first given is kept.
 */
export function summarizeCoverage<D extends { date: PartialDate }>(
  published: readonly D[],
  reportChanges: readonly Date[],
): Coverage<D> | undefined {
  const [first] = published;
  if (first === undefined) return undefined;
  let earliest = first;
  let latest = first;
  for (const item of published) {
    if (comparePartialDates(item.date, earliest.date) < 0) earliest = item;
    if (comparePartialDates(item.date, latest.date) > 0) latest = item;
  }
  const times = reportChanges.map((d) => d.getTime());
  return {
    sources: published.length,
    earliest,
    latest,
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
