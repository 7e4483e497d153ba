/**
 * The search page's script. Pagefind's bundle is fetched only once a reader types (or opens a
 * search link), results are written as text (only Pagefind's <mark> highlights are kept), and
 * the query, filters and order live in the URL (`/search/?q=drones&type=report&sort=newest`), so
 * a search can be linked and back/forward work. Filter counts are faceted: a filter's own
 * choices do not narrow its counts, so choosing a second value (OR) shows what it would add.
 * Filter data is fetched only once the results are on screen and the filters are open, and the
 * entity filter's (the largest) only when the reader asks for it.
 */
import { excerptToNodes, ownExcerpt, runsToNodes, type WordLocation } from '../lib/excerpt';
import { ADDITIONS_MARK } from '../lib/search-terms';
import { suggestNames } from '../lib/suggest';
import {
  describeIgnored,
  EAGER_FILTERS,
  findPrintedNames,
  formatFilterValue,
  formatResultMeta,
  formatSearchState,
  groupOptions,
  hasFilters,
  parseMetaLinks,
  queryFigure,
  queryNamesEntity,
  orderGroups,
  resultGroups,
  type ResultGroup,
  highlightTerms,
  leaveOutCommonWords,
  parseAliasMap,
  parseSearchState,
  prepareQuery,
  readSearchUrl,
  SEARCH_FILTERS,
  toPagefindOptions,
  unknownFilterValues,
  withFilterCounts,
  type FilterKey,
  type IgnoredParam,
  type PagefindOptions,
  type SearchedQuery,
  type SearchState,
} from '../lib/search';

interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The page's indexed text, its search-only additions last (after ADDITIONS_MARK). */
  content?: string;
  weighted_locations?: WordLocation[];
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  id: string;
  /** Pagefind's relevance score (higher is better); comparable between searches of one query. */
  score?: number;
  /** Where the query's words stand in the page's indexed text, counted in words from 0. */
  words?: number[];
  data: () => Promise<PagefindResultData>;
}
type FilterCounts = Record<string, Record<string, number>>;
interface PagefindResponse {
  results: PagefindResult[];
  filters: FilterCounts;
  totalFilters?: FilterCounts;
}
interface Pagefind {
  options: (opts: Record<string, unknown>) => Promise<void>;
  search: (term: string | null, opts?: PagefindOptions) => Promise<PagefindResponse | null>;
}

const PAGE = 10;
/** How many words open an entity page's indexed text, where its title's words are looked for (findTopMatch). */
const TITLE_OPENING_WORDS = 3;
/** Words in a result's excerpt. */
const EXCERPT_WORDS = 28;
/** Fewer results than this, and the page also offers the nearest names ("did you mean"). */
const WEAK_RESULTS = 3;
/** A result in the list: Pagefind's result and the group (ResultGroup) it is shown under. */
interface Listed {
  result: PagefindResult;
  group: number;
}
// Search as the reader types once they pause this long, and only from this many characters: each
// prefix searched ("s", "st", "str"…) can fetch another chunk of the word index that the finished
// word does not use (sizes in docs/search.md). Enter searches any length at once.
const TYPING_DELAY_MS = 250;
const MIN_TYPED_CHARACTERS = 3;

/** A query as the page repeats it to the reader: at most 80 characters. */
function shortQuery(raw: string): string {
  return raw.length > 80 ? `${raw.slice(0, 80)}…` : raw;
}

/** What a reader's query searches: prepared (prepareQuery), common words left out; `null` when there is nothing to search. */
function searchedQuery(raw: string): SearchedQuery | null {
  const query = prepareQuery(raw);
  return query === null ? null : leaveOutCommonWords(query);
}

/** Wires the search page: form, filters, order, results, URL. */
export function initSearch(base: string): void {
  const form = document.querySelector<HTMLFormElement>('#search-form')!;
  const input = document.querySelector<HTMLInputElement>('#search-q')!;
  const status = document.querySelector<HTMLElement>('#search-status')!;
  const count = document.querySelector<HTMLElement>('#search-count')!;
  const ignoredNote = document.querySelector<HTMLElement>('#search-ignored')!;
  const datesNote = document.querySelector<HTMLElement>('#search-dates')!;
  const suggestBox = document.querySelector<HTMLElement>('#search-suggest')!;
  const top = document.querySelector<HTMLElement>('#search-top')!;
  const topBody = document.querySelector<HTMLElement>('#search-top-body')!;
  const leftOutNote = document.querySelector<HTMLElement>('#search-common')!;
  const list = document.querySelector<HTMLOListElement>('#search-results')!;
  const more = document.querySelector<HTMLButtonElement>('#search-more')!;
  const empty = document.querySelector<HTMLElement>('#search-empty')!;
  const refine = document.querySelector<HTMLDetailsElement>('#search-refine')!;
  const refineCount = document.querySelector<HTMLElement>('#refine-count')!;
  const filtersBox = document.querySelector<HTMLElement>('#search-filters')!;
  const sortSelect = document.querySelector<HTMLSelectElement>('#search-sort')!;
  const clear = document.querySelector<HTMLButtonElement>('#search-clear')!;
  const show = document.querySelector<HTMLButtonElement>('#search-show')!;
  const wide = window.matchMedia('(min-width: 60rem)');
  document.querySelector<HTMLElement>('#search-nojs')?.setAttribute('hidden', '');

  let pagefind: Promise<Pagefind> | undefined;
  // Filters beyond EAGER_FILTERS whose counts the reader asked for.
  const wanted = new Set<FilterKey>();
  // The filter whose button the reader just pressed: its first choice gets focus once shown.
  let asked: FilterKey | undefined;
  // Counting waits for the filters to be open (on phones they fold away): the count to run then.
  let deferredCount: (() => Promise<void>) | undefined;
  let { state, ignored }: { state: SearchState; ignored: IgnoredParam[] } = readSearchUrl(
    window.location.search,
  );
  let results: Listed[] = [];
  let groups: ResultGroup[] = [];
  let groupSizes: number[] = [];
  // Set by a submitted search (Enter, a suggestion): focus goes to the results heading once shown.
  let focusResults = false;
  let names: Promise<string[]> | undefined;
  let terms: string[] = [];
  let shown = 0;
  let generation = 0;

  const load = (): Promise<Pagefind> =>
    (pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (pf: Pagefind) => {
      await pf.options({ excerptLength: EXCERPT_WORDS, baseUrl: base, ranking: { pageLength: 0.3 } });
      return pf;
    }));

  /**
   * A result link that carries the searched words, so the page it opens can mark them, and the
   * names that page prints for an entity the reader searched under another name.
   */
  const resultHref = (data: PagefindResultData): string => {
    if (terms.length === 0) return data.url;
    const target = new URL(data.url, window.location.href);
    target.searchParams.set('highlight', terms.join(' '));
    for (const name of findPrintedNames(state.q, parseAliasMap(data.meta.aliases)))
      target.searchParams.append('highlight', name);
    return target.pathname + target.search + target.hash;
  };
  /** A result's title as a link to its page, as the list and the top match both show it. */
  const titleLink = (data: PagefindResultData): HTMLAnchorElement => {
    const a = document.createElement('a');
    a.className = 'result-title';
    a.href = resultHref(data);
    a.textContent = data.meta.title ?? data.url;
    return a;
  };

  /**
   * The excerpt: the page's own words around the match (ownExcerpt), never the search-only
   * additions; Pagefind's own excerpt only when its data lacks the page's text.
   */
  const excerptNodes = (data: PagefindResultData): Node[] => {
    if (data.content === undefined || !data.weighted_locations) return excerptToNodes(data.excerpt);
    const printed = findPrintedNames(state.q, parseAliasMap(data.meta.aliases));
    const fallback = [...terms, ...printed.flatMap((name) => name.split(/[\s\u00a0-]+/))];
    return runsToNodes(
      ownExcerpt(data.content, data.weighted_locations, EXCERPT_WORDS, ADDITIONS_MARK, fallback, printed),
    );
  };

  const renderResult = (data: PagefindResultData, group?: { label: string; size: number }): HTMLLIElement => {
    const li = document.createElement('li');
    if (group) {
      // The first result of a group carries the group's heading: the results stay one ordered list.
      li.className = 'group-start';
      const label = document.createElement('h3');
      label.className = 'result-group';
      label.textContent = `${group.label} `;
      const n = document.createElement('span');
      n.className = 'group-count';
      n.textContent = `(${group.size})`;
      label.append(n);
      li.append(label);
    }
    const heading = document.createElement('h4');
    heading.className = 'result-heading';
    heading.append(titleLink(data));
    const meta = document.createElement('p');
    meta.className = 'meta result-meta';
    if (data.meta.type) {
      const type = document.createElement('span');
      type.className = 'result-type';
      type.textContent = formatFilterValue('type', data.meta.type);
      meta.append(type);
    }
    meta.append(
      formatResultMeta({ period: data.meta.period, date: data.meta.date, outlet: data.meta.outlet }),
    );
    if (state.sort !== 'relevance' && data.meta.undated)
      meta.append(meta.childNodes.length > 1 ? ' · No date' : 'No date');
    const excerpt = document.createElement('p');
    excerpt.className = 'result-excerpt';
    excerpt.append(...excerptNodes(data));
    li.append(heading, meta, excerpt);
    return li;
  };

  /** The list's next results, each group's first with the group's heading. */
  const showMore = async (): Promise<void> => {
    const mine = generation;
    const slice = results.slice(shown, shown + PAGE);
    const batch = await Promise.all(slice.map((r) => r.result.data()));
    if (mine !== generation) return;
    list.append(
      ...batch.map((data, i) => {
        const at = shown + i;
        const g = slice[i]!.group;
        const first = at === 0 || results[at - 1]!.group !== g;
        return renderResult(data, first ? { label: groups[g]!.label, size: groupSizes[g]! } : undefined);
      }),
    );
    shown += batch.length;
    more.hidden = shown >= results.length;
  };

  /**
   * The "top match" above the list: for a query that names an entity, that entity (name, kind and
   * role, other spellings folded away, links to its reports and claims); for a query that is a
   * figure, the figures page of its quantity and the claim of that value. Taken out of the list
   * below, so no page is shown twice. `null` when nothing matches so closely.
   */
  const findTopMatch = async (
    query: string,
  ): Promise<{
    data: PagefindResultData;
    listed: Listed;
    claims: { href: string; label: string }[];
  } | null> => {
    const figure = queryFigure(query);
    const kind = figure ? 'figures' : 'entity';
    const g = groups.findIndex((group) => group.types.includes(kind));
    if (g < 0) return null;
    // The page a query names usually ranks first in its own group (its name is its title, weight
    // 10), so that one is looked at alone, beside the list's first page; but pages whose titles
    // share a word (`Ukraine`: "Ukrainian government", "Ukraine Special Forces") or mention the name
    // often can rank above it, so the rest of the group's first page is looked at when it is not.
    // Each page looked at is one more fragment to fetch, hence the bounds.
    const candidates = results.filter((r) => r.group === g).slice(0, PAGE);
    const pick = (listed: Listed, data: PagefindResultData) => {
      const claims = parseMetaLinks(data.meta.claims);
      if (figure) {
        const matching = claims.filter((c) => c.value === figure);
        return matching.length > 0 ? { data, listed, claims: matching } : null;
      }
      const entityNames = [data.meta.title ?? '', ...(data.meta.names ?? '').split('|')].filter(Boolean);
      return queryNamesEntity(query, entityNames, data.meta.kind === 'Person')
        ? { data, listed, claims }
        : null;
    };
    const first = candidates[0];
    if (!first) return null;
    const firstData = await first.result.data();
    const atOnce = pick(first, firstData);
    if (atOnce) return atOnce;
    // An entity page's title opens its indexed text, so the page a query names has a query word
    // among its first words (a person's surname comes second or third); the others need no
    // fragment. A figure stands in a figures page's claims, anywhere on it.
    const rest = candidates
      .slice(1)
      .filter((r) => figure || (r.result.words?.some((at) => at < TITLE_OPENING_WORDS) ?? true));
    const restData = await Promise.all(rest.map((listed) => listed.result.data()));
    for (const [i, listed] of rest.entries()) {
      const match = pick(listed, restData[i]!);
      if (match) return match;
    }
    // A figure no figures page claims still leads to the group's first page, with its first claims.
    if (figure)
      return { data: firstData, listed: first, claims: parseMetaLinks(firstData.meta.claims).slice(0, 3) };
    return null;
  };

  const renderTopMatch = (match: NonNullable<Awaited<ReturnType<typeof findTopMatch>>>): void => {
    const { data, claims } = match;
    const name = document.createElement('p');
    name.className = 'top-match-name';
    name.append(titleLink(data));
    const parts: Node[] = [name];
    const role = document.createElement('p');
    role.className = 'top-match-role';
    // The description's first sentence: what it is; the page has the rest.
    const what = /^[\s\S]*?[.!?](?=\s+[\p{Lu}“‘"(]|\s*$)/u.exec(data.meta.role ?? '')?.[0] ?? data.meta.role;
    role.textContent = [data.meta.kind ?? formatFilterValue('type', data.meta.type ?? ''), what]
      .filter(Boolean)
      .join(' · ');
    parts.push(role);
    const spellings = (data.meta.names ?? '').split('|').filter(Boolean);
    if (spellings.length > 0) {
      const details = document.createElement('details');
      details.className = 'top-match-names';
      const summary = document.createElement('summary');
      summary.textContent = `Other spellings (${spellings.length})`;
      const text = document.createElement('p');
      text.textContent = spellings.join(', ');
      details.append(summary, text);
      parts.push(details);
    }
    const links = document.createElement('ul');
    links.className = 'top-match-links';
    const addLink = (href: string, text: string): void => {
      const li = document.createElement('li');
      const link = document.createElement('a');
      link.href = href.startsWith('/') ? `${base.replace(/\/$/, '')}${href}` : href;
      link.textContent = text;
      li.append(link);
      links.append(li);
    };
    const reports = Number(data.meta.reports ?? '0');
    if (reports > 0)
      addLink(
        `${data.url}#reports-heading`,
        `${reports} ${reports === 1 ? 'report names' : 'reports name'} ${data.meta.title ?? 'it'}`,
      );
    for (const claim of claims.slice(0, 4))
      addLink(claim.href, data.meta.type === 'figures' ? `Claim: ${claim.label}` : `Figure: ${claim.label}`);
    if (links.childElementCount > 0) parts.push(links);
    topBody.replaceChildren(...parts);
    top.hidden = false;
  };

  /** Offers the archive's nearest names after a search that found nothing or little. The list of names is fetched only then. */
  const offerNames = async (mine: number, raw: string): Promise<void> => {
    names ??= fetch(`${base}search/names.json`)
      .then((r) => (r.ok ? (r.json() as Promise<string[]>) : []))
      .catch(() => []);
    const nearest = suggestNames(raw, await names);
    if (mine !== generation || nearest.length === 0) return;
    const parts: (Node | string)[] = ['Did you mean '];
    nearest.forEach((name, i) => {
      if (i > 0) parts.push(i === nearest.length - 1 ? ' or ' : ', ');
      const a = document.createElement('a');
      a.href = `${window.location.pathname}?${formatSearchState({ ...state, q: name })}`;
      a.textContent = name;
      parts.push(a);
    });
    parts.push('?');
    suggestBox.replaceChildren(...parts);
    suggestBox.hidden = false;
  };

  const chosenCount = (): number =>
    Object.values(state.filters).reduce((n, values) => n + (values?.length ?? 0), 0);

  const showChosen = (): void => {
    const n = chosenCount();
    refineCount.textContent = n > 0 ? `(${n} chosen)` : '';
    clear.hidden = n === 0;
  };

  const renderFilters = (counts: Partial<Record<FilterKey, Record<string, number>>>): void => {
    const groups: HTMLElement[] = [];
    for (const { key, label } of SEARCH_FILTERS) {
      const chosen = state.filters[key] ?? [];
      if (!counts[key] && chosen.length === 0 && !EAGER_FILTERS.includes(key)) {
        // Not fetched yet: a button fetches this filter's data and shows its values.
        const more = document.createElement('button');
        more.type = 'button';
        more.className = 'filter-more';
        more.dataset.filter = key;
        more.textContent = `Filter by ${label.toLowerCase()}`;
        groups.push(more);
        continue;
      }
      const values = Object.entries(counts[key] ?? {});
      for (const value of chosen) if (!values.some(([v]) => v === value)) values.push([value, 0]);
      const visible = values.filter(([value, count]) => count > 0 || chosen.includes(value));
      if (visible.length === 0) continue;
      // Years read best in order; other values by how many results they hold, then by name.
      visible.sort(
        key === 'year'
          ? (a, b) => b[0].localeCompare(a[0])
          : (a, b) => b[1] - a[1] || a[0].localeCompare(b[0]),
      );
      const fieldset = document.createElement('fieldset');
      fieldset.className = 'filter-group';
      const legend = document.createElement('legend');
      legend.textContent = label;
      const ul = document.createElement('ul');
      for (const [value, count] of visible) {
        const li = document.createElement('li');
        const labelEl = document.createElement('label');
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.name = key;
        box.value = value;
        box.checked = chosen.includes(value);
        const text = document.createElement('span');
        text.className = 'filter-label';
        text.textContent = formatFilterValue(key, value);
        const n = document.createElement('span');
        n.className = 'filter-count';
        n.textContent = String(count);
        n.setAttribute('aria-label', `${count} ${count === 1 ? 'result' : 'results'}`);
        if (count === 0) labelEl.classList.add('is-empty');
        labelEl.append(box, text, n);
        li.append(labelEl);
        ul.append(li);
      }
      fieldset.append(legend, ul);
      groups.push(fieldset);
    }
    // Keep keyboard focus on the checkbox the reader just used, across the re-render.
    const focused =
      document.activeElement instanceof HTMLInputElement && filtersBox.contains(document.activeElement)
        ? { name: document.activeElement.name, value: document.activeElement.value }
        : undefined;
    filtersBox.replaceChildren(...groups);
    if (focused)
      filtersBox
        .querySelector<HTMLInputElement>(
          `input[name="${CSS.escape(focused.name)}"][value="${CSS.escape(focused.value)}"]`,
        )
        ?.focus();
    // The reader asked for a filter with its button: focus moves to that filter's first choice.
    if (asked) filtersBox.querySelector<HTMLInputElement>(`input[name="${CSS.escape(asked)}"]`)?.focus();
    asked = undefined;
    showChosen();
  };

  const describeFilters = (): string => {
    const parts = SEARCH_FILTERS.flatMap(({ key }) =>
      (state.filters[key] ?? []).map((v) => formatFilterValue(key, v)),
    );
    return parts.length > 0 ? `, filtered by ${parts.join(', ')}` : '';
  };

  const reset = (): void => {
    list.replaceChildren();
    topBody.replaceChildren();
    top.hidden = true;
    suggestBox.replaceChildren();
    suggestBox.hidden = true;
    more.hidden = true;
    empty.hidden = true;
    results = [];
    shown = 0;
  };

  /**
   * Says how many results there are, once: in the results heading, which takes focus after a
   * submitted search (a screen reader reads it then), or else in the live region (results that
   * came as the reader typed, with focus left in the box).
   */
  const announce = (text: string): void => {
    count.textContent = text;
    count.hidden = text === '';
    if (focusResults && text !== '') {
      focusResults = false;
      status.textContent = '';
      count.focus();
    } else status.textContent = text;
  };

  /**
   * Says what the address held that the page ignored: under the count for the eye, and in the live
   * region (after the count) for a screen reader. Nothing once the reader has acted (commit).
   */
  const sayIgnored = (): void => {
    const note = describeIgnored(ignored);
    ignoredNote.textContent = note;
    ignoredNote.hidden = note === '';
    if (note) status.textContent = [status.textContent, note].filter(Boolean).join(' ');
  };

  const run = async (): Promise<void> => {
    const mine = ++generation;
    const searched = searchedQuery(state.q);
    const query = searched?.query ?? null;
    const raw = state.q.trim();
    const shownQuery = shortQuery(raw);
    // The destination page marks the words searched, not the common ones left out.
    terms = query ? highlightTerms(query) : [];
    if (!query && !hasFilters(state)) {
      reset();
      showLeftOut([], raw);
      refine.hidden = true;
      announce(raw ? `No results for “${shownQuery}”. Type a word, name or figure.` : '');
      sayIgnored();
      datesNote.hidden = true;
      empty.hidden = !raw;
      return;
    }
    if (list.childElementCount === 0) status.textContent = 'Searching…';
    const pf = await load();
    const options = toPagefindOptions(state);
    // The type filter's counts come with the results: they tell which groups hold results.
    const response = await pf.search(query, withFilterCounts(options, ['type']));
    if (mine !== generation) return;
    // A filter value the index does not hold (from an edited or old address) is dropped, said
    // so, and the search run without it, rather than returning nothing for a reason nobody sees.
    const unknown = unknownFilterValues(state, response?.filters ?? {});
    if (unknown.ignored.length > 0) {
      state = unknown.state;
      ignored = [...ignored, ...unknown.ignored];
      replaceUrl();
      return run();
    }
    const found = response?.results ?? [];
    const wantedGroups = resultGroups(state);
    const typeCounts = response?.filters.type ?? {};
    const sizes = wantedGroups.map((g) => g.types.reduce((n, t) => n + (typeCounts[t] ?? 0), 0));
    const filled = wantedGroups.flatMap((g, i) => (sizes[i]! > 0 ? [{ group: g, size: sizes[i]! }] : []));
    // One search per group that holds results, each ranked (or dated) on its own; one group needs
    // no second search.
    const lists =
      filled.length <= 1
        ? [found]
        : await Promise.all(
            filled.map(
              async ({ group }) => (await pf.search(query, groupOptions(options, group)))?.results ?? [],
            ),
          );
    if (mine !== generation) return;
    const nextGroups = filled.length <= 1 && filled[0] === undefined ? [] : filled.map((f) => f.group);
    const nextList: Listed[] = lists.flatMap((l, g) => l.map((result) => ({ result, group: g })));
    // Every result is in some group; should the type counts ever miss one, it is listed, not lost.
    if (nextList.length < found.length) {
      const seen = new Set(nextList.map((l) => l.result.id));
      const other = nextGroups.push({ label: 'Other pages', types: [] }) - 1;
      for (const result of found) if (!seen.has(result.id)) nextList.push({ result, group: other });
    }
    groups = nextGroups.length > 0 ? nextGroups : [{ label: 'Results', types: [] }];
    results = nextList;
    // The top match (relevance only, a query that names an entity or is a figure) leaves the list.
    // Fetched while the top match is looked for, before the list is touched: the first page of
    // results, one more in case the top match leaves the list (Pagefind keeps each page's data).
    const prefetch = results.slice(0, PAGE + 1).map((r) => r.result.data());
    const match = query && state.sort === 'relevance' ? await findTopMatch(raw) : null;
    await Promise.all(prefetch);
    if (mine !== generation) return;
    let listedResults = match ? results.filter((r) => r !== match.listed) : results;
    // By best match, a group holding only pages that mention the words in passing goes after the
    // groups holding pages about them (orderGroups), judged without the top match, which is shown
    // apart; by date the groups keep their order.
    if (state.sort === 'relevance' && groups.length > 1) {
      const inGroup = (g: number) => listedResults.filter((r) => r.group === g);
      const order = orderGroups(
        groups.map((_, g) => Math.max(0, ...inGroup(g).map((r) => r.result.score ?? 0))),
      );
      listedResults = order.flatMap((g, at) => inGroup(g).map((r) => ({ ...r, group: at })));
      groups = order.map((g) => groups[g]!);
    }
    groupSizes = groups.map((_, g) => listedResults.filter((r) => r.group === g).length);
    const total = results.length;
    // The first page's data is in (prefetch above): the old results stay until the new ones
    // replace them, and the count is announced with the results on screen.
    reset();
    results = listedResults;
    if (match) renderTopMatch(match);
    await showMore();
    if (mine !== generation) return;
    datesNote.hidden = state.sort === 'relevance' && !(state.filters.year?.length ?? 0);
    const what = query ? ` for “${shownQuery}”` : '';
    announce(
      total === 0
        ? `No results${what}${describeFilters()}.`
        : `${total} ${total === 1 ? 'result' : 'results'}${what}${describeFilters()}.`,
    );
    sayIgnored();
    empty.hidden = total > 0;
    showLeftOut(searched?.leftOut ?? [], raw);
    if (query && total < WEAK_RESULTS) void offerNames(mine, raw);
    // Orders and filters of nothing are noise; with filters chosen they stay, to be cleared.
    refine.hidden = total === 0 && !hasFilters(state);
    show.textContent = total === 0 ? 'Close filters' : `Show ${total} ${total === 1 ? 'result' : 'results'}`;
    showChosen();
    deferredCount = () => countFilters(mine, pf, query, response);
    if (refine.open) await countFilters(mine, pf, query, response);
  };

  /**
   * Filter counts, once the results are on screen and the filters are open: the data behind a
   * filter lists every page under every value, so it grows with the archive and is fetched only
   * then (EAGER_FILTERS) or when the reader asks (the rest). Counts are faceted: a filter with
   * chosen values counts as if its own choices were not made. `known` is the search that found the
   * results: Pagefind counts every filter whose data it holds with every search, so once the data
   * of all the filters shown is in, those counts are the ones asked for and the search (up to a
   * second for a word on every page) is not run again.
   */
  const countFilters = async (
    mine: number,
    pf: Pagefind,
    query: string | null,
    known?: PagefindResponse | null,
  ): Promise<void> => {
    deferredCount = undefined;
    filtersBox.setAttribute('aria-busy', 'true');
    const keys = [...EAGER_FILTERS, ...wanted];
    const all =
      known && keys.every((key) => known.filters[key] !== undefined)
        ? known
        : await pf.search(query, withFilterCounts(toPagefindOptions(state), keys));
    const counts: Partial<Record<FilterKey, Record<string, number>>> = {};
    for (const { key } of SEARCH_FILTERS) {
      // Pagefind returns counts only for filters whose data it has fetched.
      if ((state.filters[key] ?? []).length === 0) counts[key] = all?.filters[key];
      else
        counts[key] =
          (await pf.search(query, withFilterCounts(toPagefindOptions(state, key), keys)))?.filters[key] ?? {};
    }
    if (mine !== generation) return;
    renderFilters(counts);
    filtersBox.setAttribute('aria-busy', 'false');
  };

  /**
   * Says which common words were not searched, with a link that searches the reader's words as a
   * phrase (every word, in order) instead.
   */
  const showLeftOut = (leftOut: readonly string[], raw: string): void => {
    leftOutNote.hidden = leftOut.length === 0;
    if (leftOut.length === 0) return leftOutNote.replaceChildren();
    const phrase = document.createElement('a');
    phrase.href = `${window.location.pathname}?${formatSearchState({ ...state, q: `"${raw}"` })}`;
    phrase.textContent = `Search for the exact phrase “${shortQuery(raw)}”`;
    leftOutNote.replaceChildren(
      `Left out as too common to narrow the search: ${leftOut.map((w) => `“${w}”`).join(', ')}. `,
      phrase,
      '.',
    );
  };

  const showState = (): void => {
    input.value = state.q;
    sortSelect.value = state.sort;
  };

  /** Writes the state into the address, as a new history entry or in place of the current one. */
  const replaceUrl = (push = false): void => {
    const search = formatSearchState(state);
    const url = `${window.location.pathname}${search ? `?${search}` : ''}`;
    if (url !== window.location.pathname + window.location.search)
      history[push ? 'pushState' : 'replaceState'](null, '', url);
  };

  const commit = (push: boolean): void => {
    // The reader has acted: what the address they came with held is no longer news.
    ignored = [];
    sayIgnored();
    replaceUrl(push);
    void run();
  };

  let timer: number | undefined;
  input.addEventListener('input', () => {
    // Start fetching the search engine and page list on the first keystroke, while the reader
    // types on. Not the words typed so far: each prefix ("c", "cl", "cle"…) can fall in another
    // chunk of the word index, so preloading on every key fetched chunks no search would use.
    void load();
    window.clearTimeout(timer);
    const typed = input.value.trim().length;
    if (typed > 0 && typed < MIN_TYPED_CHARACTERS) return;
    timer = window.setTimeout(() => {
      state = { ...state, q: input.value };
      commit(false);
    }, TYPING_DELAY_MS);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.clearTimeout(timer);
    state = { ...state, q: input.value };
    focusResults = true;
    commit(true);
  });
  filtersBox.addEventListener('click', (event) => {
    const button = event.target;
    if (!(button instanceof HTMLButtonElement) || !button.dataset.filter) return;
    asked = button.dataset.filter as FilterKey;
    wanted.add(asked);
    button.disabled = true;
    button.textContent = 'Loading…';
    // Keep focus inside the filters while the button waits (a disabled button loses it).
    filtersBox.setAttribute('tabindex', '-1');
    filtersBox.focus();
    void load().then((pf) => countFilters(generation, pf, searchedQuery(state.q)?.query ?? null));
  });
  refine.addEventListener('toggle', () => {
    if (refine.open && deferredCount) void deferredCount();
  });
  filtersBox.addEventListener('change', (event) => {
    const box = event.target;
    if (!(box instanceof HTMLInputElement)) return;
    const key = box.name as FilterKey;
    const values = (state.filters[key] ?? []).filter((v) => v !== box.value);
    if (box.checked) values.push(box.value);
    state = { ...state, q: input.value, filters: { ...state.filters, [key]: values } };
    commit(true);
  });
  sortSelect.addEventListener('change', () => {
    state = { ...state, q: input.value, sort: parseSearchState(`sort=${sortSelect.value}`).sort };
    commit(true);
  });
  clear.addEventListener('click', () => {
    state = { ...state, q: input.value, filters: {} };
    commit(true);
    input.focus();
  });
  // On phones the open filters cover the results; this closes them and goes to the results.
  show.addEventListener('click', () => {
    refine.open = false;
    count.scrollIntoView({ block: 'start' });
    (list.querySelector<HTMLAnchorElement>('a') ?? input).focus({ preventScroll: true });
  });
  more.addEventListener('click', () => {
    const first = shown;
    void showMore().then(() => list.children[first]?.querySelector<HTMLAnchorElement>('a')?.focus());
  });
  // The phrase link in the note searches in place, as a new history entry (a plain link without JavaScript's help).
  leftOutNote.addEventListener('click', (event) => {
    const a = event.target instanceof Element ? event.target.closest('a') : null;
    if (!a || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    state = parseSearchState(new URL(a.href).search);
    showState();
    commit(true);
    input.focus();
  });
  window.addEventListener('popstate', () => {
    ({ state, ignored } = readSearchUrl(window.location.search));
    showState();
    void run();
  });

  // Arrow keys: from the box down into the results, and between result links.
  const links = (): HTMLAnchorElement[] => [
    ...top.querySelectorAll<HTMLAnchorElement>('a.result-title'),
    ...list.querySelectorAll<HTMLAnchorElement>('a.result-title'),
  ];
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown') return;
    const first = links()[0];
    if (!first) return;
    event.preventDefault();
    first.focus();
  });
  const moveBetweenResults = (event: KeyboardEvent): void => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (at < 0) return;
    event.preventDefault();
    if (event.key === 'ArrowUp' && at === 0) input.focus();
    else all[Math.min(all.length - 1, at + (event.key === 'ArrowDown' ? 1 : -1))]?.focus();
  };
  list.addEventListener('keydown', moveBetweenResults);
  top.addEventListener('keydown', moveBetweenResults);
  // From the results heading (where focus lands after a search), down into the results.
  count.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown') return;
    const first = links()[0];
    if (!first) return;
    event.preventDefault();
    first.focus();
  });
  // A suggestion searches in place, as a new history entry, focus going to the results.
  suggestBox.addEventListener('click', (event) => {
    const a = event.target instanceof Element ? event.target.closest('a') : null;
    if (!a || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    state = parseSearchState(new URL(a.href).search);
    showState();
    focusResults = true;
    commit(true);
  });

  // On wide screens the filters stay open beside the results; on phones they fold away.
  const summary = refine.querySelector('summary')!;
  const fit = (): void => {
    refine.open = wide.matches;
    // Beside the results the summary is only a heading: not a control to tab to.
    if (wide.matches) summary.setAttribute('tabindex', '-1');
    else summary.removeAttribute('tabindex');
  };
  wide.addEventListener('change', fit);
  fit();

  showState();
  // The address keeps only what the page uses, so a link copied from it carries no ignored part.
  if (ignored.length > 0) replaceUrl();
  void run();
}
