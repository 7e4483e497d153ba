/**
 * Claims: the numbers someone put on something, and the status the archive derives for each.
 * The status is never typed by an editor; `deriveClaimStatuses` works it out from every claim and
 * source, by the rule documented on /figures/ and in docs/data.md:
 *
 * - **rivals**: two claims are compared at all only when they count the same quantity over the
 *   same scope (`scopesOverlap`): the same kind of count (a running total, a bounded period, one
 *   incident, one moment), the same incident, overlapping periods, a compatible place, and claimed
 *   within {@link COMPARABLE_DAYS} days (spans of partial dates compared). A three-day tally never
 *   rivals a running total; counts of two separate incidents never rival each other.
 * - **corroborated**: the same claimant's same value (same number or range, same qualifier) for
 *   the same quantity and scope is reported by two or more independent sources. Sources are
 *   independent when they come from different outlets; where a source's outlet is unknown, its
 *   stated authors stand for it; a source with neither cannot be shown to be independent and does
 *   not count.
 * - **disputed**: a rival gives a value that conflicts beyond both ranges: the intervals the two
 *   values allow (after their qualifiers) do not overlap.
 * - **single-source**: neither of the above.
 *
 * Where a claim is both corroborated and disputed, `disputed` is its status, and it keeps its
 * count of independent sources.
 */
import { daysApart, rangeBetween, rangeOfPartialDate, rangesOverlap } from './date-ranges';
import type { PartialDate } from './dates';
import { paths } from './urls';

/** A claimed value: one number or a range. */
export type ClaimValue = number | { min: number; max: number };

/** How a value is qualified in the source. */
export type Qualifier = 'exactly' | 'at-least' | 'about' | 'up-to' | 'more-than';

/** Derived status of a claim. */
export type ClaimStatus = 'single-source' | 'corroborated' | 'disputed';

/** Two claimed dates further apart than this many days are not compared for a dispute. */
export const COMPARABLE_DAYS = 31;

/** How far `about` reaches either side of its number, as a fraction (0.1 = ±10%). */
export const ABOUT_MARGIN = 0.1;

/** The facts about a source that decide whether it is independent of another. */
export interface SourceIdentity {
  id: string;
  /** The outlet's name, or null when unknown. */
  outlet: string | null;
  /** Named authors. */
  authors: readonly string[];
}

/** What kind of count a claim is (see `scopeKindSchema` in src/schemas/claim.ts). */
export type ScopeKind = 'running-total' | 'period' | 'incident' | 'at-one-time';

/** What a claim's number covers, as the status rule compares it. */
export interface ClaimScope {
  kind: ScopeKind;
  /** For an incident: the id of the event it counts. */
  incident?: string | undefined;
  /** The id of the place the counted things were in, when the source says. */
  place?: string | undefined;
  /** For a period the source gives no dates for: its length in words (`three days`). */
  span?: string | undefined;
}

/** A period with either end open or unknown. */
export type ClaimPeriod = { from?: PartialDate | undefined; to?: PartialDate | undefined } | undefined;

/** The parts of a claim its status depends on. */
export interface StatusInput {
  id: string;
  quantity: string;
  /** Who made the claim, as one key: an entity id, or `report:<source-id>` for a report in its own voice. */
  claimant: string;
  value: ClaimValue;
  qualifier: Qualifier;
  claimedAt: PartialDate;
  period?: ClaimPeriod;
  /** What the number covers. */
  scope: ClaimScope;
  /** Ids of the sources that report the claim. */
  sources: readonly string[];
}

/** A claimant as the schema gives it, with ids for references: an entity, or a report in its own voice. */
export type ClaimantRef = { kind: 'entity'; entity: string } | { kind: 'report'; report: string };

/** The key the status rule compares claimants by: the entity id (named or identified alike), or `report:<source-id>`. */
export function claimantKey(claimant: ClaimantRef): string {
  return claimant.kind === 'report' ? `report:${claimant.report}` : claimant.entity;
}

/** A claim's data as the schema gives it, with references already reduced to ids. */
export interface ClaimFields {
  quantity: string;
  claimant: ClaimantRef;
  value: ClaimValue;
  qualifier: Qualifier;
  claimedAt: { date: PartialDate };
  period?: ClaimPeriod;
  scope: ClaimScope;
  sources: readonly { source: string }[];
}

/** The parts of a claim the status rule reads, from its id and its data. */
export function toStatusInput(id: string, claim: ClaimFields): StatusInput {
  return {
    id,
    quantity: claim.quantity,
    claimant: claimantKey(claim.claimant),
    value: claim.value,
    qualifier: claim.qualifier,
    claimedAt: claim.claimedAt.date,
    period: claim.period,
    scope: claim.scope,
    sources: claim.sources.map((s) => s.source),
  };
}

/** A claim's derived status and the evidence for it. */
export interface StatusResult {
  status: ClaimStatus;
  /** Number of independent sources reporting this claimant's value (this claim's and matching claims'). */
  independentSources: number;
  /** Ids of other claims by the same claimant with the same value. */
  matchingClaims: string[];
  /** Ids of claims whose values conflict with this one's. */
  disputedBy: string[];
  /** Ids of the other claims about the same quantity over the same scope: the only ones it was compared with. */
  comparedWith: string[];
  /**
   * Ids of sources that report this claimant's value but do not count as independent, because
   * they name neither outlet nor author: a claim printed in two captures may still be "single source".
   */
  uncountedSources: string[];
}

/** The interval a value allows once its qualifier is applied: `at least 100` is [100, ∞), `about 100` [90, 110]. */
export function valueBounds(value: ClaimValue, qualifier: Qualifier): { low: number; high: number } {
  const low = typeof value === 'number' ? value : value.min;
  const high = typeof value === 'number' ? value : value.max;
  switch (qualifier) {
    case 'exactly':
      return { low, high };
    case 'about':
      return { low: low * (1 - ABOUT_MARGIN), high: high * (1 + ABOUT_MARGIN) };
    case 'at-least':
    case 'more-than':
      return { low, high: Infinity };
    case 'up-to':
      return { low: 0, high };
  }
}

/** Whether two qualified values cannot both be true: their intervals do not overlap. */
export function valuesConflict(
  a: { value: ClaimValue; qualifier: Qualifier },
  b: { value: ClaimValue; qualifier: Qualifier },
): boolean {
  const x = valueBounds(a.value, a.qualifier);
  const y = valueBounds(b.value, b.qualifier);
  // "More than 100" excludes 100 itself.
  const xLow = a.qualifier === 'more-than' ? x.low + Number.EPSILON * Math.max(1, x.low) : x.low;
  const yLow = b.qualifier === 'more-than' ? y.low + Number.EPSILON * Math.max(1, y.low) : y.low;
  return x.high < yLow || y.high < xLow;
}

/** Whether two values are the same claim of a number: same number or range, same qualifier. */
export function isSameValue(
  a: { value: ClaimValue; qualifier: Qualifier },
  b: { value: ClaimValue; qualifier: Qualifier },
): boolean {
  if (a.qualifier !== b.qualifier) return false;
  if (typeof a.value === 'number' || typeof b.value === 'number') return a.value === b.value;
  return a.value.min === b.value.min && a.value.max === b.value.max;
}

/** What makes a source independent: its outlet, else its authors; null when it names neither. */
export function independenceKey(source: SourceIdentity): string | null {
  if (source.outlet) return `outlet:${source.outlet.trim().toLowerCase()}`;
  if (source.authors.length > 0)
    return `authors:${source.authors
      .map((a) => a.trim().toLowerCase())
      .sort()
      .join('|')}`;
  return null;
}

/** How many independent sources are among these ids (unknown ids and unattributed sources do not count). */
export function countIndependentSources(
  ids: readonly string[],
  sources: ReadonlyMap<string, SourceIdentity>,
): number {
  const keys = new Set<string>();
  for (const id of new Set(ids)) {
    const source = sources.get(id);
    const key = source ? independenceKey(source) : null;
    if (key) keys.add(key);
  }
  return keys.size;
}

/** Whether two claims were made within {@link COMPARABLE_DAYS} of each other. */
export function isComparableTime(a: PartialDate, b: PartialDate): boolean {
  return daysApart(rangeOfPartialDate(a), rangeOfPartialDate(b)) <= COMPARABLE_DAYS;
}

/** Whether two claims' periods overlap; a claim with no period is taken to overlap any. */
export function periodsOverlap(a: ClaimPeriod, b: ClaimPeriod): boolean {
  if (!a || !b) return true;
  return rangesOverlap(rangeBetween(a.from, a.to), rangeBetween(b.from, b.to));
}

/** Whether two running totals count from the same start, as far as either says (an unknown start matches any). */
function startsMatch(a: ClaimPeriod, b: ClaimPeriod): boolean {
  if (!a?.from || !b?.from) return true;
  return rangesOverlap(rangeOfPartialDate(a.from), rangeOfPartialDate(b.from));
}

/**
 * Whether two claims cover the same scope, so that their numbers are estimates of one thing and
 * may dispute each other: the same kind of count; for incidents, the same incident; for periods
 * and moments, overlapping periods (an unspecified end reaches without limit); for running
 * totals, the same start where both give one; and the same place where both name one. A period
 * never rivals a running total, and two incidents never rival each other. The claim dates are
 * compared apart (`isComparableTime`).
 */
export function scopesOverlap(
  a: Pick<StatusInput, 'scope' | 'period'>,
  b: Pick<StatusInput, 'scope' | 'period'>,
): boolean {
  if (a.scope.kind !== b.scope.kind) return false;
  if (a.scope.place !== undefined && b.scope.place !== undefined && a.scope.place !== b.scope.place)
    return false;
  switch (a.scope.kind) {
    case 'incident':
      return a.scope.incident !== undefined && a.scope.incident === b.scope.incident;
    case 'period':
    case 'at-one-time':
      return periodsOverlap(a.period, b.period);
    case 'running-total':
      return startsMatch(a.period, b.period);
  }
}

/** Whether two claims are rivals: same quantity, same scope, claimed within {@link COMPARABLE_DAYS} days. */
export function areRivals(a: StatusInput, b: StatusInput): boolean {
  return (
    a.id !== b.id &&
    a.quantity === b.quantity &&
    scopesOverlap(a, b) &&
    isComparableTime(a.claimedAt, b.claimedAt)
  );
}

/** The status of every claim, by id, following the rule at the top of this module. */
export function deriveClaimStatuses(
  claims: readonly StatusInput[],
  sources: ReadonlyMap<string, SourceIdentity>,
): Map<string, StatusResult> {
  const results = new Map<string, StatusResult>();
  for (const claim of claims) {
    const sameQuantity = claims.filter((c) => c.quantity === claim.quantity && c.id !== claim.id);
    const matching = sameQuantity.filter(
      (c) => c.claimant === claim.claimant && isSameValue(c, claim) && scopesOverlap(c, claim),
    );
    const reporting = [...new Set([...claim.sources, ...matching.flatMap((c) => c.sources)])];
    const independent = countIndependentSources(reporting, sources);
    const rivals = sameQuantity.filter((c) => areRivals(c, claim));
    const disputedBy = rivals.filter((c) => valuesConflict(c, claim)).map((c) => c.id);
    const status: ClaimStatus =
      disputedBy.length > 0 ? 'disputed' : independent >= 2 ? 'corroborated' : 'single-source';
    results.set(claim.id, {
      status,
      independentSources: independent,
      matchingClaims: matching.map((c) => c.id),
      disputedBy,
      comparedWith: rivals.map((c) => c.id),
      uncountedSources: reporting.filter((id) => {
        const source = sources.get(id);
        return source !== undefined && independenceKey(source) === null;
      }),
    });
  }
  return results;
}

/** Reader-facing words for each status. */
export const STATUS_LABELS: Readonly<Record<ClaimStatus, string>> = {
  'single-source': 'Single source',
  corroborated: 'Corroborated',
  disputed: 'Disputed',
};

const QUALIFIER_WORDS: Readonly<Record<Qualifier, string>> = {
  exactly: '',
  'at-least': 'at least ',
  about: 'about ',
  'up-to': 'up to ',
  'more-than': 'more than ',
};

/** A number with thousands separators, as in the sources: `4,700`. */
export function formatNumber(n: number): string {
  return n.toLocaleString('en-GB', { maximumFractionDigits: 2 });
}

/** Plural units whose singular is not the plural less its final `s`. */
const IRREGULAR_SINGULARS: Readonly<Record<string, string>> = {
  people: 'person',
  casualties: 'casualty',
  men: 'man',
  women: 'woman',
  children: 'child',
  personnel: 'personnel',
  series: 'series',
  aircraft: 'aircraft',
};

/**
 * A unit as English counts it: the plural the editor wrote (`soldiers`) for a range or any
 * number but one, the singular for the number one whatever its qualifier (`1 soldier`, `at least
 * 1 person`, `more than 1 casualty`). Only the last word changes (`1 North Korean soldier`).
 */
export function formatUnit(unit: string, value: ClaimValue): string {
  if (value !== 1) return unit;
  const match = /^(.*?)(\S+)$/.exec(unit);
  if (!match) return unit;
  const head = match[1]!;
  const last = match[2]!;
  const irregular = IRREGULAR_SINGULARS[last.toLowerCase()];
  if (irregular !== undefined)
    return `${head}${last[0] === last[0]!.toLowerCase() ? irregular : irregular[0]!.toUpperCase() + irregular.slice(1)}`;
  if (/[^aeiou]ies$/i.test(last)) return `${head}${last.slice(0, -3)}y`;
  if (/(?:ss|sh|ch|x)es$/i.test(last)) return `${head}${last.slice(0, -2)}`;
  if (/[^s]s$/i.test(last)) return `${head}${last.slice(0, -1)}`;
  return unit;
}

/** A value for readers with its qualifier and unit: `at least 4,700 soldiers`, `1,000–2,000 soldiers`, `1 soldier`. */
export function formatClaimValue(value: ClaimValue, qualifier: Qualifier, unit?: string): string {
  const number =
    typeof value === 'number' ? formatNumber(value) : `${formatNumber(value.min)}–${formatNumber(value.max)}`;
  return `${QUALIFIER_WORDS[qualifier]}${number}${unit ? ` ${formatUnit(unit, value)}` : ''}`;
}

/** A single number that stands for a value on a chart: the number, or the middle of a range. */
export function representativeValue(value: ClaimValue): number {
  return typeof value === 'number' ? value : (value.min + value.max) / 2;
}

/** Claims grouped by quantity, in the order the quantities are given; claims within a group by claim date, then id. */
export function groupClaimsByQuantity<C extends { id: string; quantity: string; claimedAt: PartialDate }>(
  claims: readonly C[],
  quantityIds: readonly string[],
  compareDates: (a: PartialDate, b: PartialDate) => number,
): { quantity: string; claims: C[] }[] {
  return quantityIds
    .map((quantity) => ({
      quantity,
      claims: claims
        .filter((c) => c.quantity === quantity)
        .sort((a, b) => compareDates(a.claimedAt, b.claimedAt) || a.id.localeCompare(b.id)),
    }))
    .filter((g) => g.claims.length > 0);
}

/** A quantity's claims at a glance, for the ledger's index: how many have each status, and the lowest and highest value claimed. */
export interface QuantitySummary<C> {
  /** How many claims have each status. */
  byStatus: Record<ClaimStatus, number>;
  /** The claim with the lowest value (by `representativeValue`; the earlier on a tie), if any. */
  lowest: C | undefined;
  /** The claim with the highest value (the earlier on a tie), if any. */
  highest: C | undefined;
}

/** Sums up one quantity's claims, given in the order they are listed (by claim date). */
export function summarizeQuantity<C extends { status: ClaimStatus; value: ClaimValue }>(
  claims: readonly C[],
): QuantitySummary<C> {
  const byStatus: Record<ClaimStatus, number> = { corroborated: 0, disputed: 0, 'single-source': 0 };
  let lowest: C | undefined;
  let highest: C | undefined;
  for (const c of claims) {
    byStatus[c.status] += 1;
    if (!lowest || representativeValue(c.value) < representativeValue(lowest.value)) lowest = c;
    if (!highest || representativeValue(c.value) > representativeValue(highest.value)) highest = c;
  }
  return { byStatus, lowest, highest };
}

/** What a report must show to count as citing a claim. */
export interface CitingReport {
  /** Ids of the sources the report lists. */
  sources: readonly string[];
  /** Every link target in the report body. */
  links: readonly string[];
}

/**
 * A link into the figures ledger, as editors write it (`/figures/#<quantity>`, `/figures/#claim-<id>`)
 * or as the site builds it (`/figures/<quantity>/`, `/figures/<quantity>/#claim-<id>`); not an
 * absolute or protocol-relative URL (another site's `/figures/`).
 */
const FIGURE_LINK = /^(?![a-z][a-z0-9+.-]*:|\/\/)(?:[^#?]*\/)?figures(?:\/([^/#?]+))?\/?(?:#(.+))?$/i;

const decode = (text: string): string => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

/** Where a link into the figures ledger points: a quantity, or one claim (with the quantity its address names, if any). */
export type FigureTarget =
  { kind: 'quantity'; quantity: string } | { kind: 'claim'; claim: string; quantity?: string };

/**
 * What a link into the figures ledger points at (see FIGURE_LINK for the forms), or `undefined`
 * for any other link, the ledger's index `/figures/` included.
 */
export function parseFigureLink(href: string): FigureTarget | undefined {
  const m = FIGURE_LINK.exec(href);
  if (!m) return undefined;
  const page = m[1] === undefined ? undefined : decode(m[1]);
  const fragment = m[2] === undefined ? undefined : decode(m[2]);
  if (fragment?.startsWith('claim-'))
    return page === undefined
      ? { kind: 'claim', claim: fragment.slice('claim-'.length) }
      : { kind: 'claim', claim: fragment.slice('claim-'.length), quantity: page };
  if (page !== undefined) return { kind: 'quantity', quantity: page };
  if (fragment) return { kind: 'quantity', quantity: fragment };
  return undefined;
}

/** What the site knows to resolve a figures link: every quantity id, and the quantity each claim counts. */
export interface FigureIndex {
  /** Every quantity id (content/quantities/). */
  quantities: ReadonlySet<string>;
  /** Each claim id (content/claims/) with the id of the quantity it counts. */
  claimQuantities: ReadonlyMap<string, string>;
}

/** A figures link resolved: the address of the quantity's page (or the claim on it), or why it cannot be. */
export type ResolvedFigureLink = { ok: true; href: string } | { ok: false; problem: string };

/**
 * Resolves a link into the figures ledger to the page it now lives on: `/figures/#<quantity>` to
 * the quantity's page, `/figures/#claim-<id>` to the claim on its quantity's page. An unknown
 * quantity or claim, or a claim under the wrong quantity, is a problem naming the fix. Any other
 * link: `undefined`.
 */
export function resolveFigureLink(href: string, index: FigureIndex): ResolvedFigureLink | undefined {
  const target = parseFigureLink(href);
  if (!target) return undefined;
  if (target.kind === 'quantity') {
    if (!index.quantities.has(target.quantity))
      return {
        ok: false,
        problem: `the link ${href} points at a quantity '${target.quantity}' that does not exist; use the id of a file in content/quantities/ (/figures/#<quantity-id>) or of a claim (/figures/#claim-<claim-id>)`,
      };
    return { ok: true, href: paths.quantity(target.quantity) };
  }
  const quantity = index.claimQuantities.get(target.claim);
  if (quantity === undefined)
    return {
      ok: false,
      problem: `the link ${href} points at a claim '${target.claim}' that does not exist; use the id of a file in content/claims/ (/figures/#claim-<claim-id>)`,
    };
  if (target.quantity !== undefined && target.quantity !== quantity)
    return {
      ok: false,
      problem: `the link ${href} puts claim '${target.claim}' under quantity '${target.quantity}', but it counts '${quantity}'; write /figures/#claim-${target.claim}`,
    };
  return { ok: true, href: paths.claim(target.claim, quantity) };
}

/**
 * Whether a report cites a claim: it links to the claim (`/figures/#claim-<id>`) or to its
 * quantity (`/figures/#<quantity>`), in either address form (see `parseFigureLink`), or it lists
 * one of the claim's sources.
 */
export function reportCitesClaim(
  report: CitingReport,
  claim: { id: string; quantity: string; sources: readonly string[] },
): boolean {
  const links = report.links.some((href) => {
    const target = parseFigureLink(href);
    if (!target) return false;
    return target.kind === 'claim' ? target.claim === claim.id : target.quantity === claim.quantity;
  });
  return links || report.sources.some((s) => claim.sources.includes(s));
}

/** What `indexCitingReports` looks a claim up by: its id, its quantity and its sources. */
export interface CitedClaim {
  id: string;
  quantity: string;
  sources: readonly string[];
}

/**
 * `reportCitesClaim` for many claims over the same reports: returns a lookup giving, for a claim,
 * the positions in `reports` (ascending) of the reports that cite it. The reports' sources and
 * figures links are filed once, by source, claim and quantity, instead of testing every report
 * against every claim, which grows with claims times reports.
 */
export function indexCitingReports(reports: readonly CitingReport[]): (claim: CitedClaim) => number[] {
  const bySource = new Map<string, number[]>();
  const byClaim = new Map<string, number[]>();
  const byQuantity = new Map<string, number[]>();
  // Reports are filed in order, so a report already filed under a key is the list's last.
  const file = (index: Map<string, number[]>, key: string, at: number): void => {
    const list = index.get(key);
    if (list === undefined) index.set(key, [at]);
    else if (list.at(-1) !== at) list.push(at);
  };
  reports.forEach((report, at) => {
    for (const source of report.sources) file(bySource, source, at);
    for (const href of report.links) {
      const target = parseFigureLink(href);
      if (target?.kind === 'claim') file(byClaim, target.claim, at);
      else if (target) file(byQuantity, target.quantity, at);
    }
  });
  return (claim) => {
    const found = new Set([...(byClaim.get(claim.id) ?? []), ...(byQuantity.get(claim.quantity) ?? [])]);
    for (const source of claim.sources) for (const at of bySource.get(source) ?? []) found.add(at);
    return [...found].sort((a, b) => a - b);
  };
}

/** Every link target (`](target)`) in a Markdown body, plus `href="…"` in HTML or MDX. */
export function findLinks(markdown: string): string[] {
  const md = [...markdown.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]!);
  const html = [...markdown.matchAll(/href=["']([^"']+)["']/g)].map((m) => m[1]!);
  return [...md, ...html];
}

/** The links in a Markdown body that point into the figures ledger (`/figures/#…`), as `findLinks` reads them. */
export function findFigureLinks(markdown: string): string[] {
  return findLinks(markdown).filter((href) => parseFigureLink(href) !== undefined);
}

/** What a claimant's label needs: an entity's name and how the archive knows it, or the report speaking in its own voice. */
export type ClaimantLabelInput =
  | { kind: 'entity'; name: string; basis: 'stated' | 'inferred' }
  | {
      kind: 'report';
      /** The report's outlet, or null when the capture does not name it. */
      outlet: { name: string; basis: 'stated' | 'inferred' } | null;
      /** The report's title, bracketed when the archive supplied it. */
      title: string;
    };

/**
 * A claimant for readers, in one line (charts, lists): the entity's name, marked when the archive
 * identified it (`National Intelligence Service (the archive's identification)`); or the report in
 * its own voice, named by its outlet only when the capture states it (`NPR, naming no source`), else
 * by its title: an outlet inferred from a URL is never shown as the one speaking.
 */
export function formatClaimant(claimant: ClaimantLabelInput): string {
  if (claimant.kind === 'entity')
    return claimant.basis === 'inferred' ? `${claimant.name} (the archive's identification)` : claimant.name;
  if (claimant.outlet?.basis === 'stated') return `${claimant.outlet.name}, naming no source`;
  return `the report “${claimant.title}”, naming no source`;
}

/** Reader-facing names of the kinds of scope. */
export const SCOPE_LABELS: Readonly<Record<ScopeKind, string>> = {
  'running-total': 'Running total',
  period: 'Within a period',
  incident: 'One incident',
  'at-one-time': 'At one time',
};

/** What each kind of scope counts, in a sentence, for the ledger's explanation of the rule. */
export const SCOPE_MEANINGS: Readonly<Record<ScopeKind, string>> = {
  'running-total':
    'everything counted from a start (when given) up to a moment, such as soldiers killed since the deployment began',
  period: 'what happened within a bounded stretch of time, such as three days of drone strikes',
  incident: 'one event, such as a single capture',
  'at-one-time': 'how many there were at one moment, such as troops massed on a border',
};

/**
 * A quantity's claims counted by status, in a phrase a reader takes in at once: `1 claim, from a
 * single source`; `3 claims, each from a single source`; `2 claims, both corroborated`; `3 claims:
 * 1 corroborated, 2 from one source each`. Statuses with no claim are left out.
 */
export function describeStatusCounts(byStatus: Readonly<Record<ClaimStatus, number>>): string {
  const total = byStatus.corroborated + byStatus.disputed + byStatus['single-source'];
  const claims = total === 1 ? '1 claim' : `${total} claims`;
  if (total === 0) return 'No claims';
  const present = (['corroborated', 'disputed', 'single-source'] as const).filter((s) => byStatus[s] > 0);
  if (present.length === 1) {
    const status = present[0]!;
    const all = total === 1 ? '' : total === 2 ? 'both ' : status === 'single-source' ? 'each ' : 'all ';
    return `${claims}, ${all}${status === 'single-source' ? 'from a single source' : status}`;
  }
  const parts = present.map((s) => {
    const n = byStatus[s];
    if (s !== 'single-source') return `${n} ${s}`;
    return n === 1 ? '1 from a single source' : `${n} from one source each`;
  });
  return `${claims}: ${parts.join(', ')}`;
}

/**
 * How a claim's status came about, in a sentence for readers: how many independent sources report
 * the figure, and any that print it but cannot be counted because they name neither outlet nor
 * author. `Only one source reports it.`; `Reported by 2 independent sources.`; `Printed in one
 * source, which names neither outlet nor author, so no independent source can be counted.`
 */
export function describeSourcing(
  status: Pick<StatusResult, 'independentSources' | 'uncountedSources'>,
): string {
  const n = status.independentSources;
  const u = status.uncountedSources.length;
  const uncounted = u === 1 ? 'one source' : `${u} sources`;
  const neither = u === 1 ? 'names neither outlet nor author' : 'name neither outlet nor author';
  if (n === 0)
    return u === 0
      ? 'No source can be counted for it.'
      : `Printed in ${uncounted}, which ${neither}, so no independent source can be counted.`;
  const counted = n === 1 ? 'Only one source reports it' : `Reported by ${n} independent sources`;
  if (u === 0) return `${counted}.`;
  return `${n === 1 ? 'One source reports it' : counted}; ${u === 1 ? 'another, which names' : `${u} others, which name`} neither outlet nor author, cannot be counted as independent.`;
}

/**
 * Another claim named as a reader would name it: who, how much, when. `Lee Seong-kweun: at least
 * 100 soldiers, December 2024`. Used where a claim points at another (compared with, conflicts
 * with), in place of its internal id.
 */
export function formatClaimReference(claim: {
  claimant: string;
  value: ClaimValue;
  qualifier: Qualifier;
  unit: string;
  date: string;
  /** The claim's date is the archive's inference, not printed in its source: said so. */
  dateInferred?: boolean | undefined;
}): string {
  return `${claim.claimant}: ${formatClaimValue(claim.value, claim.qualifier, claim.unit)}, ${claim.date}${claim.dateInferred ? ' (date inferred)' : ''}`;
}

/**
 * What a claim's number covers, in plain English, from its kind of scope, the span the source gives
 * in words, and its period (dates formatted by `formatDate`): `A running total up to December
 * 2024`; `Over three days; the source gives no dates`; `In January 2025` (one incident). A period
 * whose start and end are the same date is that date (`in January 2025`), never `January 2025 to
 * January 2025`. The place and the incident's event are added by the page, which links them.
 */
export function describeScope<D>(
  scope: { kind: ScopeKind; span?: string | undefined },
  period: { from?: D | undefined; to?: D | undefined } | undefined,
  formatDate: (date: D) => string,
): string {
  const from = period?.from === undefined ? undefined : formatDate(period.from);
  const to = period?.to === undefined ? undefined : formatDate(period.to);
  const dates =
    from !== undefined && to !== undefined
      ? from === to
        ? `in ${from}`
        : `from ${from} to ${to}`
      : from !== undefined
        ? `from ${from} on`
        : to !== undefined
          ? `up to ${to}`
          : undefined;
  switch (scope.kind) {
    case 'running-total':
      if (from !== undefined && to !== undefined && from !== to)
        return `A running total from ${from} up to ${to}`;
      if (to !== undefined) return `A running total up to ${to}`;
      if (from !== undefined) return `A running total from ${from}`;
      // Not "the source gives no dates": a source may date the count in words the record does not
      // hold ("since the beginning of this year"); the card's own description says what it counts.
      return 'A running total';
    case 'period':
      if (scope.span)
        return dates ? `Over ${scope.span}, ${dates}` : `Over ${scope.span}; the source gives no dates`;
      return dates ? dates[0]!.toUpperCase() + dates.slice(1) : 'Within a period the source does not date';
    case 'incident':
      // The dates alone: "One incident, in autumn 2024" read as jargon beside a count of troops
      // sent; the page links the incident's event, and the ledger's rule names the kind.
      return dates ? dates[0]!.toUpperCase() + dates.slice(1) : 'In one incident the source does not date';
    case 'at-one-time':
      return dates ? `At one time, ${dates}` : 'At one time';
  }
}

/**
 * Whether the lowest and highest of a quantity's claims are estimates of one number, so that
 * "from the lowest to the highest" is a range: they were compared (same scope, see `areRivals`).
 * Counts of two incidents, or a three-day tally and a running total, are not one range.
 */
export function isOneRange(
  lowest: { id: string; comparedWith: readonly string[] },
  highest: { id: string },
): boolean {
  return lowest.id === highest.id || lowest.comparedWith.includes(highest.id);
}
