/**
 * Search: the attributes each page gives Pagefind (type, date, outlet, topics, entities), and the
 * search page's state as it lives in the URL (`/search/?q=drones&type=report&sort=newest`).
 * Pure functions, shared by the pages (build time) and the search script (browser).
 */
import { formatPartialDate, parsePartialDate, startOfPartialDate } from './dates';

/** The kinds of page search can return, as stored in the `type` filter and written in URLs. */
export const PAGE_TYPES = ['report', 'analysis', 'figures', 'entity', 'source', 'timeline'] as const;
/** One kind of page search can return. */
export type PageType = (typeof PAGE_TYPES)[number];

/** How each page type is named to readers. */
export const PAGE_TYPE_LABELS: Record<PageType, string> = {
  report: 'Report',
  analysis: 'Analysis',
  figures: 'Figures',
  entity: 'Entity',
  source: 'Source record',
  timeline: 'Timeline',
};

/** The filters a reader can narrow by, in the order the search page shows them, with their headings. */
export const SEARCH_FILTERS = [
  { key: 'type', label: 'Type' },
  { key: 'topic', label: 'Topic' },
  { key: 'outlet', label: 'Source outlet' },
  { key: 'entity', label: 'Person, group or place' },
  { key: 'year', label: 'Year of the source dates' },
] as const;
/** The name of one filter, as in the URL and the Pagefind index. */
export type FilterKey = (typeof SEARCH_FILTERS)[number]['key'];

/** Result orders: by relevance (Pagefind's ranking), newest first or oldest first. */
export const SORT_ORDERS = ['relevance', 'newest', 'oldest'] as const;
/** One result order. */
export type SortOrder = (typeof SORT_ORDERS)[number];

/** What a page tells search about itself. */
export interface SearchMetaInput {
  /** The kind of page. */
  type: PageType;
  /** Its date at its real precision (`2024`, `2024-12`, `2024-12-23`), shown with the result: a report's publication, a source's publication. */
  date?: string | undefined;
  /**
   * The span the Year filter and the date orders use, each end at its precision: for a report, its
   * source dates (when its sources reported the events it covers, `deriveReportedPeriod`), not the
   * day the archive published it; for a source, its publication date. Absent: the page has no date
   * and comes last in both date orders.
   */
  dated?: { from: string; to: string } | undefined;
  /** A second date that orders pages sharing `dated` (a report's publication day). */
  tieBreakDate?: string | undefined;
  /**
   * For a report: when its sources reported the news, labelled as readers see it
   * (`Source dates: December 2024 (date inferred)`), shown with the result before its publication date.
   */
  period?: string | undefined;
  /** The outlet that published it (a source) or its primary source (a report); absent when unknown. */
  outlet?: string | undefined;
  /** True when the archive inferred that outlet: the result says "(outlet inferred)", as cards do. */
  outletInferred?: boolean | undefined;
  /** Other metadata shown with the result (an entity's role and other names, a figure's claims). */
  extraMeta?: readonly (readonly [string, string])[];
  /** Labels of the topics it is filed under. */
  topics?: readonly string[];
  /** Display names of entities it is about (an entity page names itself); mentions are found at indexing. */
  entities?: readonly string[];
}

/** Pagefind attributes for a page: filter values, metadata and sort keys. */
export interface SearchMetaAttributes {
  /** Filter name to its values. */
  filters: [FilterKey, string][];
  /** Metadata shown with a result. */
  meta: [string, string][];
  /** Sort keys. */
  sort: [string, string][];
}

/**
 * Sort keys of a page without a date: every page carries both keys, since Pagefind leaves a page
 * without the key out of a sorted search. Sorted as text, these come after (oldest first) and
 * before (newest first, descending) every ISO date, so undated pages come last in both orders.
 */
export const UNDATED_SORT = { oldest: '9999-undated', newest: '0000-undated' } as const;

/** The filter values, metadata and sort keys a page carries; a bad date is an error naming the fix. */
export function buildSearchMeta(input: SearchMetaInput): SearchMetaAttributes {
  const filters: [FilterKey, string][] = [['type', input.type]];
  const meta: [string, string][] = [['type', input.type]];
  const sort: [string, string][] = [];
  const parse = (date: string) => {
    const parsed = parsePartialDate(date);
    if (!parsed.ok) throw new Error(`search metadata: ${parsed.error}`);
    return parsed.date;
  };
  if (input.date) meta.push(['date', parse(input.date).iso]);
  if (input.dated) {
    const from = parse(input.dated.from);
    const to = parse(input.dated.to);
    if (to.year < from.year)
      throw new Error(
        `search metadata: the span ${from.iso} to ${to.iso} ends before it starts; swap its ends`,
      );
    // Filed under every year the span touches: a report whose sources date from December 2024 to
    // October 2025 is found under 2024 and under 2025.
    for (let year = from.year; year <= to.year; year += 1) filters.push(['year', String(year)]);
    // Each end by its first possible day (`2025` as 2025-01-01, as comparePartialDates orders
    // them), written in full so that keys compare as text whatever the precision: `2025` and
    // `2025-10` would compare by what follows the year ("/…" after "-…") and not as dates.
    const day = (d: typeof from) => startOfPartialDate(d).toISOString().slice(0, 10);
    const tie = input.tieBreakDate ? `/${input.tieBreakDate}` : '';
    sort.push(['oldest', `${day(from)}${tie}`], ['newest', `${day(to)}${tie}`]);
  } else {
    sort.push(['oldest', UNDATED_SORT.oldest], ['newest', UNDATED_SORT.newest]);
    meta.push(['undated', 'true']);
  }
  if (input.period) meta.push(['period', input.period]);
  if (input.outlet) {
    filters.push(['outlet', input.outlet]);
    const outlet = input.outletInferred ? `${input.outlet} (outlet inferred)` : input.outlet;
    // A report or analysis is the archive's, not the outlet's: its line names the outlet as that
    // of its primary source, so that "NPR" is never read as the publisher of a five-source analysis.
    meta.push([
      'outlet',
      input.type === 'report' || input.type === 'analysis' ? `Primary source: ${outlet}` : outlet,
    ]);
  }
  for (const [key, value] of input.extraMeta ?? []) if (value) meta.push([key, value]);
  for (const topic of new Set(input.topics ?? [])) filters.push(['topic', topic]);
  for (const entity of new Set(input.entities ?? [])) filters.push(['entity', entity]);
  return { filters, meta, sort };
}

/** The search page's state: query, chosen filter values, order. */
export interface SearchState {
  /** What the reader typed. */
  q: string;
  /** Chosen values per filter; several values in one filter mean any of them. */
  filters: Partial<Record<FilterKey, string[]>>;
  /** Result order. */
  sort: SortOrder;
}

const FILTER_KEYS = new Set<string>(SEARCH_FILTERS.map((f) => f.key));

/**
 * At most this many values of one filter are read from an address: more than any reader ticks,
 * so a crafted address cannot make the page count, or Pagefind search, thousands of values.
 */
export const MAX_VALUES_PER_FILTER = 20;

/**
 * Something in a search address the page cannot use: a parameter it does not know (`key` alone), a
 * value of a filter or order that does not exist, or a value past MAX_VALUES_PER_FILTER. It is left
 * out of the search, and the page says so (describeIgnored).
 */
export interface IgnoredParam {
  key: string;
  value?: string;
}

/**
 * Reads the state from a URL query string, and what in it was ignored: unknown parameters, an
 * unknown order or page type, and values past MAX_VALUES_PER_FILTER. Empty values are dropped
 * without a word (a form left blank). Values of the other filters (topic, outlet, person, year) are
 * known only to the search index: unknownFilterValues checks them once it is loaded.
 */
export function readSearchUrl(search: string): { state: SearchState; ignored: IgnoredParam[] } {
  const params = new URLSearchParams(search);
  const filters: Partial<Record<FilterKey, string[]>> = {};
  const ignored: IgnoredParam[] = [];
  for (const [key, value] of params) {
    if (key === 'q' || key === 'sort') continue;
    if (!FILTER_KEYS.has(key)) {
      if (!ignored.some((i) => i.key === key && i.value === undefined)) ignored.push({ key });
      continue;
    }
    if (!value.trim()) continue;
    const values = (filters[key as FilterKey] ??= []);
    if (values.includes(value)) continue;
    if (key === 'type' && !(PAGE_TYPES as readonly string[]).includes(value)) ignored.push({ key, value });
    else if (values.length >= MAX_VALUES_PER_FILTER) ignored.push({ key, value });
    else values.push(value);
  }
  for (const key of Object.keys(filters) as FilterKey[]) if (filters[key]!.length === 0) delete filters[key];
  const sort = params.get('sort');
  const known = (SORT_ORDERS as readonly string[]).includes(sort ?? '');
  if (sort && !known) ignored.push({ key: 'sort', value: sort });
  return {
    state: { q: params.get('q') ?? '', filters, sort: known ? (sort as SortOrder) : 'relevance' },
    ignored,
  };
}

/** Reads the state from a URL query string; unknown parameters and values are ignored (readSearchUrl says which). */
export function parseSearchState(search: string): SearchState {
  return readSearchUrl(search).state;
}

/**
 * The chosen filter values the search index does not hold, given the values it lists for each
 * filter (Pagefind's `filters` after a search that used them; a filter it lists no values for is
 * not judged), and the state without them.
 */
export function unknownFilterValues(
  state: SearchState,
  known: Partial<Record<string, Record<string, number>>>,
): { state: SearchState; ignored: IgnoredParam[] } {
  const ignored: IgnoredParam[] = [];
  const filters: Partial<Record<FilterKey, string[]>> = {};
  for (const { key } of SEARCH_FILTERS) {
    const values = state.filters[key];
    if (!values) continue;
    const index = known[key];
    const kept = index ? values.filter((v) => Object.hasOwn(index, v)) : values;
    for (const value of values) if (!kept.includes(value)) ignored.push({ key, value });
    if (kept.length > 0) filters[key] = kept;
  }
  return { state: ignored.length > 0 ? { ...state, filters } : state, ignored };
}

/** The longest a parameter's name or value from an address is repeated on the page. */
export const MAX_SHOWN_PARAM = 60;
/** How many ignored parameters are named; the rest are counted. */
const MAX_SHOWN_IGNORED = 3;

const clip = (text: string): string =>
  // By code point, so an emoji or a Korean syllable is never cut in half.
  [...text].length > MAX_SHOWN_PARAM ? `${[...text].slice(0, MAX_SHOWN_PARAM).join('')}…` : text;

/**
 * One sentence telling the reader what in the address was ignored, e.g. `Unknown filter “colour”
 * ignored.`; '' when nothing was. Names and values are cut to MAX_SHOWN_PARAM characters and at most
 * three are named, so an address cannot put a long text of its own on the page (the page sets it as
 * text, never as HTML).
 */
export function describeIgnored(ignored: readonly IgnoredParam[]): string {
  if (ignored.length === 0) return '';
  const named = ignored
    .slice(0, MAX_SHOWN_IGNORED)
    .map(({ key, value }) => `“${clip(key)}${value === undefined ? '' : `: ${clip(value)}`}”`);
  const rest = ignored.length - named.length;
  if (rest > 0) named.push(`${rest} more`);
  const list = named.length === 1 ? named[0] : `${named.slice(0, -1).join(', ')} and ${named.at(-1)}`;
  const noun = ignored.length > 1 ? 'filters' : ignored[0]!.key === 'sort' ? 'order' : 'filter';
  return `Unknown ${noun} ${list} ignored.`;
}

/** Writes the state as a URL query string (no leading `?`), filters in a fixed order, relevance left out. */
export function formatSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const { key } of SEARCH_FILTERS)
    for (const value of state.filters[key] ?? []) params.append(key, value);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  return params.toString();
}

/** True when some filter value is chosen. */
export function hasFilters(state: SearchState): boolean {
  return Object.values(state.filters).some((values) => values && values.length > 0);
}

/**
 * Filters whose counts are shown as soon as the filter panel is open. The others (entities: one
 * value per person, group and place, hundreds at archive scale) load when the reader asks, since
 * Pagefind's data for a filter lists every page under every value.
 */
export const EAGER_FILTERS: readonly FilterKey[] = ['type', 'topic', 'outlet', 'year'];

/** One filter as Pagefind takes it: any of the values, or an empty list (names the filter, narrows nothing). */
export type PagefindFilter = { any: string[] } | string[];

/** Pagefind search options: filters and an optional order. */
export interface PagefindOptions {
  /** Filter name to the values to keep. */
  filters: Record<string, PagefindFilter>;
  /** Sort key to direction. */
  sort?: Record<string, 'asc' | 'desc'>;
}

/** Pagefind search options for the state: OR within a filter, AND across filters, and the order. */
export function toPagefindOptions(state: SearchState, without?: FilterKey): PagefindOptions {
  const filters: Record<string, PagefindFilter> = {};
  for (const { key } of SEARCH_FILTERS) {
    const values = state.filters[key];
    if (key !== without && values && values.length > 0) filters[key] = { any: [...values] };
  }
  if (state.sort === 'relevance') return { filters };
  return { filters, sort: state.sort === 'newest' ? { newest: 'desc' } : { oldest: 'asc' } };
}

/**
 * The options with `keys` named but not narrowed (an empty list of values), so Pagefind fetches
 * those filters' data and returns their counts. Pagefind fetches a filter's data only when a
 * search names it; counts come back for every filter fetched so far.
 */
export function withFilterCounts(options: PagefindOptions, keys: readonly FilterKey[]): PagefindOptions {
  const filters = { ...options.filters };
  for (const key of keys) filters[key] ??= [];
  return { ...options, filters };
}

/** Longest query handed to Pagefind; longer input is cut at a word boundary. */
export const MAX_QUERY_LENGTH = 200;

/**
 * The query as Pagefind gets it, or `null` when it holds no letter or digit (nothing to search):
 * trimmed, thousands separators dropped from numbers (the index holds both forms), `N thousand`
 * and `N million` written as digits, cut to MAX_QUERY_LENGTH.
 */
export function prepareQuery(raw: string): string | null {
  if (!/[\p{L}\p{N}]/u.test(raw)) return null;
  let query = raw
    .trim()
    .replace(/(\d),(?=\d{3}(?!\d))/g, '$1')
    // `332 thousand` is the figure the index holds as `332000` (numberVariants in search-terms.ts).
    .replace(/(?<![\p{L}\p{N}.,])(\d{1,3})\s+(thousand|million)\b/giu, (_, n: string, scale: string) =>
      scale.toLowerCase() === 'thousand' ? `${n}000` : `${n}000000`,
    );
  if (query.length > MAX_QUERY_LENGTH) {
    const cut = query.slice(0, MAX_QUERY_LENGTH);
    const space = cut.lastIndexOf(' ');
    query = space > MAX_QUERY_LENGTH / 2 ? cut.slice(0, space) : cut;
  }
  return query;
}

/**
 * English function words: they narrow no search of this archive (in the 10,000-report benchmark
 * "the" is on 92 % of pages, "in" on 81 %), yet they cost the most to search: Pagefind searches a
 * word as a prefix (`in` is "intelligence", "injured"… too) and reads every place each matching
 * word stands on every page it is on (docs/search.md). Not on the list: words that are also names
 * or acronyms here (US, WHO, May, Will), and negations.
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'and',
  'are',
  'as',
  'at',
  'be',
  'been',
  'but',
  'by',
  'for',
  'from',
  'had',
  'has',
  'have',
  'he',
  'her',
  'his',
  'if',
  'in',
  'into',
  'is',
  'it',
  'its',
  'of',
  'on',
  'or',
  'she',
  'than',
  'that',
  'the',
  'their',
  'them',
  'then',
  'there',
  'these',
  'they',
  'this',
  'those',
  'to',
  'was',
  'were',
  'which',
  'with',
  'would',
]);

/** A query as searched: the words handed to Pagefind, and the common words left out of them. */
export interface SearchedQuery {
  /** What Pagefind searches. */
  query: string;
  /** Common words of the reader's query that were not searched, lower case, each once. */
  leftOut: string[];
}

/** Curly double quotation marks wrapping a whole query, as phone keyboards type them. */
const CURLY_PHRASE = /^\s*[“”„‟″]([^"“”„‟″]+)[“”„‟″]\s*$/u;

/**
 * Leaves the common words (COMMON_WORDS) out of a prepared query (prepareQuery) when it has other
 * words: `drones in Kursk` searches `drones Kursk`, and the few pages without "in" join the
 * results. A query of common words only is searched as typed. A query in quotation marks is a
 * phrase and keeps every word; curly marks around it become straight ones, which is how Pagefind
 * knows a phrase.
 */
export function leaveOutCommonWords(query: string): SearchedQuery {
  const curly = CURLY_PHRASE.exec(query);
  if (curly) return { query: `"${curly[1]!.trim()}"`, leftOut: [] };
  if (/["“”„‟″]/u.test(query)) return { query, leftOut: [] };
  // Each word as the list holds it: lower case, without the punctuation around it (`The`, `in,`).
  const words = query
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => ({ word, bare: word.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '') }));
  const kept = words.filter(({ bare }) => !COMMON_WORDS.has(bare));
  if (kept.length === 0 || kept.length === words.length) return { query, leftOut: [] };
  const leftOut = [...new Set(words.filter(({ bare }) => COMMON_WORDS.has(bare)).map(({ bare }) => bare))];
  return { query: kept.map(({ word }) => word).join(' '), leftOut };
}

/** A filter value as a reader reads it: page types get their label, other values are shown as stored. */
export function formatFilterValue(key: FilterKey, value: string): string {
  return key === 'type' && value in PAGE_TYPE_LABELS ? PAGE_TYPE_LABELS[value as PageType] : value;
}

/**
 * The line under a result's title: type, date at its precision, outlet. A report's line starts with
 * when its sources reported, and then says its own date is when the archive published it.
 */
export function formatResultMeta(meta: Record<string, string | undefined>): string {
  const parts: string[] = [];
  if (meta.type) parts.push(formatFilterValue('type', meta.type));
  if (meta.period) parts.push(meta.period);
  if (meta.date) {
    const parsed = parsePartialDate(meta.date);
    const date = parsed.ok ? formatPartialDate(parsed.date) : meta.date;
    parts.push(meta.period ? `Published ${date}` : date);
  }
  if (meta.outlet) parts.push(meta.outlet);
  return parts.join(' · ');
}

/** The words to mark on the page a result leads to: the query's words of two or more letters or digits, lower case, at most ten. */
export function highlightTerms(query: string): string[] {
  const words =
    query
      .normalize('NFKC')
      .toLowerCase()
      .replace(/(\d),(?=\d{3})/g, '$1')
      .match(/[\p{L}\p{N}]{2,}/gu) ?? [];
  return [...new Set(words)].slice(0, 10);
}

/** One entry of a page's alias map: names the page does not print, and those it does. */
export interface AliasMapEntry {
  /** Names the page is found by but does not print. */
  unprinted: string[];
  /** Names of the same entity the page prints. */
  printed: string[];
}

/** Reads a page's alias map (`unprinted|names=printed|names;…`, see formatAliasMap in search-terms.ts); bad entries are skipped. */
export function parseAliasMap(text: string | undefined): AliasMapEntry[] {
  if (!text) return [];
  return text.split(';').flatMap((entry) => {
    const [unprinted, printed] = entry.split('=');
    if (!unprinted || !printed) return [];
    return [{ unprinted: unprinted.split('|').filter(Boolean), printed: printed.split('|').filter(Boolean) }];
  });
}

/**
 * The printed names to mark on a page when the reader searched one of its unprinted aliases:
 * searching `Zelenskyy` on a page that prints `Zelensky` marks `Zelensky`.
 */
export function findPrintedNames(query: string, map: readonly AliasMapEntry[]): string[] {
  const words = new Set(highlightTerms(query));
  const searched = (name: string): boolean => {
    const nameWords = highlightTerms(name);
    return nameWords.length > 0 && nameWords.every((w) => words.has(w));
  };
  return [...new Set(map.filter((e) => e.unprinted.some(searched)).flatMap((e) => e.printed))];
}

/** Cuts a common English ending off a word of five or more letters, so `burned` also marks `burning`. */
function stemForHighlight(term: string): string {
  if (term.length < 5 || /\d/.test(term)) return term;
  return term.replace(/(?:ing|ed|es|s)$/u, '');
}

/**
 * A pattern that finds the searched words in a page's text: each word from its start, in any
 * later form (`drone` marks `drones`), digits with or without thousands separators. `null`
 * when there is nothing to mark.
 */
export function buildHighlightPattern(
  terms: readonly string[],
  phrases: readonly string[] = [],
): RegExp | null {
  const escape = (t: string): string =>
    [...t]
      .map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('')
      .replace(/(\d)(?=\d)/g, '$1,?');
  const words = terms.map((t) => t.normalize('NFKC').toLowerCase()).filter((t) => t.length >= 2);
  // A phrase (a printed name) matches as whole words, with spaces or hyphens between them.
  const phraseParts = phrases
    .map(
      (p) =>
        p
          .normalize('NFKC')
          .toLowerCase()
          .match(/[\p{L}\p{N}]+/gu) ?? [],
    )
    .filter((p) => p.length > 0)
    .map((p) => `${p.map(escape).join('[\\s\\u00a0-]+')}(?![\\p{L}\\p{N}])`);
  if (words.length === 0 && phraseParts.length === 0) return null;
  // Short words (`un` of `Kim Jong-un`) only as whole words, or they would mark `unit`, `under`…
  const parts = words.map((t) =>
    t.length < 4 ? `${escape(t)}(?![\\p{L}\\p{N}])` : `${escape(stemForHighlight(t))}[\\p{L}\\p{N}]*`,
  );
  parts.push(...phraseParts);
  parts.sort((a, b) => b.length - a.length);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${parts.join('|')})`, 'giu');
}

/** A link a result's metadata carries (an entity's claims, a figures page's claims); `value` is a figure's digits. */
export interface MetaLink {
  href: string;
  label: string;
  value?: string | undefined;
}

const cleanMeta = (text: string): string => text.replace(/[|;]/g, ',').trim();

/** Links as one Pagefind metadata string, `href|label|value;…` (separators in a label become commas). */
export function formatMetaLinks(links: readonly MetaLink[]): string {
  return links
    .map((l) => [cleanMeta(l.href), cleanMeta(l.label), cleanMeta(l.value ?? '')].join('|'))
    .join(';');
}

/** Reads links written by formatMetaLinks; entries without an address or a label are skipped. */
export function parseMetaLinks(text: string | undefined): MetaLink[] {
  if (!text) return [];
  return text.split(';').flatMap((entry) => {
    const [href, label, value] = entry.split('|');
    if (!href || !label) return [];
    return [value ? { href, label, value } : { href, label }];
  });
}

/**
 * The figure a query is, as digits (`4,700`, `4700` → `4700`; `332 thousand` → `332000`), or
 * `null` when the query is not one number.
 */
export function queryFigure(query: string): string | null {
  const match = /^\s*(\d{1,3}(?:[,\u00a0\u202f ]\d{3})+|\d+)(?:\s+(thousand|million))?\s*$/iu.exec(query);
  if (!match) return null;
  const digits = match[1]!.replace(/[^\d]/g, '');
  const scale = match[2]?.toLowerCase();
  return scale === 'thousand' ? `${digits}000` : scale === 'million' ? `${digits}000000` : digits;
}

/** One labelled group of results: the page types it holds. */
export interface ResultGroup {
  label: string;
  types: PageType[];
}

/**
 * How results are grouped, in the order a reader scans them. By best match: reports and analyses,
 * then figures, then people, groups and places, then source records (then timeline pages). By
 * date: every dated page in the order chosen, then the pages without a date, said so. A type
 * filter the reader chose narrows each group; a group it empties is left out.
 */
export function resultGroups(state: SearchState): ResultGroup[] {
  const groups: ResultGroup[] =
    state.sort === 'relevance'
      ? [
          { label: 'Reports and analyses', types: ['report', 'analysis'] },
          { label: 'Figures', types: ['figures'] },
          { label: 'People, groups and places', types: ['entity'] },
          { label: 'Source records', types: ['source'] },
          { label: 'Timeline', types: ['timeline'] },
        ]
      : [
          {
            label: state.sort === 'newest' ? 'Newest first, by source date' : 'Oldest first, by source date',
            types: ['report', 'analysis', 'source', 'timeline'],
          },
          { label: 'Without a date: people, groups, places and figures', types: ['entity', 'figures'] },
        ];
  const chosen = state.filters.type ?? [];
  return groups
    .map((g) => (chosen.length > 0 ? { ...g, types: g.types.filter((t) => chosen.includes(t)) } : g))
    .filter((g) => g.types.length > 0);
}

/**
 * Below this share of the best result's score, a group's best page only mentions the query's words
 * in passing: an organisation whose description names a report's subject once, beside the source
 * record whose headline is that subject (a page's title is indexed at weight 10, its text at 1).
 */
export const PASSING_MENTION_SHARE = 0.5;

/**
 * The order in which the groups of a search by best match are shown, given each group's best
 * score in the order of `resultGroups` (a group's results are ranked by a search of its own, so
 * scores of one query compare across groups): that order, except that a group whose best page
 * scores below PASSING_MENTION_SHARE of the best page of all goes after the groups that hold pages
 * about the query, in the same order among themselves. The first group stays first (reports and
 * analyses whenever any match): the list starts with the reports that discuss the query.
 */
export function orderGroups(bestScores: readonly number[]): number[] {
  const best = Math.max(0, ...bestScores);
  const indexes = bestScores.map((_, i) => i);
  const passing = (i: number): boolean => i > 0 && bestScores[i]! < best * PASSING_MENTION_SHARE;
  return [...indexes.filter((i) => !passing(i)), ...indexes.filter(passing)];
}

/** The options of a search narrowed to one group's page types (AND with the reader's other filters). */
export function groupOptions(options: PagefindOptions, group: ResultGroup): PagefindOptions {
  return { ...options, filters: { ...options.filters, type: { any: [...group.types] } } };
}

/**
 * True when a query names the entity whose names are given: it is one of them, give or take case
 * and punctuation, or, for a person, the last word of one (`Budanov` for `Kyrylo Budanov`).
 */
export function queryNamesEntity(query: string, names: readonly string[], person: boolean): boolean {
  const fold = (t: string): string =>
    t
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[\u2019'`ʼ]/gu, '')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  const q = fold(query);
  if (q.length < 3) return false;
  return names.some((name) => {
    const folded = fold(name);
    return folded === q || (person && folded.split(' ').length > 1 && folded.split(' ').at(-1) === q);
  });
}
