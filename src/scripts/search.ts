/**
 * The search page's script. Pagefind's bundle is fetched only once a reader types (or opens a
 * search link), results are written as text (only Pagefind's <mark> highlights are kept), and
 * the query, filters and order live in the URL (`/search/?q=drones&type=report&sort=newest`), so
 * a search can be linked and back/forward work. Filter counts are faceted: a filter's own
 * choices do not narrow its counts, so choosing a second value (OR) shows what it would add.
 * Filter data is fetched only once the results are on screen and the filters are open, and the
 * entity filter's (the largest) only when the reader asks for it.
 */
import { excerptToNodes } from '../lib/excerpt';
import {
  EAGER_FILTERS,
  findPrintedNames,
  formatFilterValue,
  formatResultMeta,
  formatSearchState,
  hasFilters,
  highlightTerms,
  leaveOutCommonWords,
  parseAliasMap,
  parseSearchState,
  prepareQuery,
  SEARCH_FILTERS,
  toPagefindOptions,
  withFilterCounts,
  type FilterKey,
  type PagefindOptions,
  type SearchedQuery,
  type SearchState,
} from '../lib/search';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  id: string;
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
  let state: SearchState = parseSearchState(window.location.search);
  let results: PagefindResult[] = [];
  let terms: string[] = [];
  let shown = 0;
  let generation = 0;

  const load = (): Promise<Pagefind> =>
    (pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (pf: Pagefind) => {
      await pf.options({ excerptLength: 28, baseUrl: base, ranking: { pageLength: 0.3 } });
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

  const renderResult = (data: PagefindResultData): HTMLLIElement => {
    const li = document.createElement('li');
    const heading = document.createElement('h2');
    heading.className = 'result-heading';
    const a = document.createElement('a');
    a.className = 'result-title';
    a.href = resultHref(data);
    a.textContent = data.meta.title ?? data.url;
    heading.append(a);
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
    const excerpt = document.createElement('p');
    excerpt.className = 'result-excerpt';
    excerpt.append(...excerptToNodes(data.excerpt));
    li.append(heading, meta, excerpt);
    return li;
  };

  const showMore = async (): Promise<void> => {
    const mine = generation;
    const batch = await Promise.all(results.slice(shown, shown + PAGE).map((r) => r.data()));
    if (mine !== generation) return;
    list.append(...batch.map(renderResult));
    shown += batch.length;
    more.hidden = shown >= results.length;
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
    more.hidden = true;
    empty.hidden = true;
    results = [];
    shown = 0;
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
      status.textContent = raw ? `No results for “${shownQuery}”. Type a word, name or figure.` : '';
      empty.hidden = !raw;
      return;
    }
    if (list.childElementCount === 0) status.textContent = 'Searching…';
    const pf = await load();
    const response = await pf.search(query, toPagefindOptions(state));
    if (mine !== generation) return;
    // Fetch the first page of results before touching the list, so the old results stay until
    // the new ones replace them and the count is announced with the results on screen.
    const found = response?.results ?? [];
    const batch = await Promise.all(found.slice(0, PAGE).map((r) => r.data()));
    if (mine !== generation) return;
    reset();
    results = found;
    list.append(...batch.map(renderResult));
    shown = batch.length;
    more.hidden = shown >= results.length;
    const what = query ? ` for “${shownQuery}”` : '';
    status.textContent =
      results.length === 0
        ? `No results${what}${describeFilters()}.`
        : `${results.length} ${results.length === 1 ? 'result' : 'results'}${what}${describeFilters()}.`;
    empty.hidden = results.length > 0;
    showLeftOut(searched?.leftOut ?? [], raw);
    refine.hidden = false;
    show.textContent =
      results.length === 0
        ? 'Close filters'
        : `Show ${results.length} ${results.length === 1 ? 'result' : 'results'}`;
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

  const commit = (push: boolean): void => {
    const search = formatSearchState(state);
    const url = `${window.location.pathname}${search ? `?${search}` : ''}`;
    if (url !== window.location.pathname + window.location.search)
      history[push ? 'pushState' : 'replaceState'](null, '', url);
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
    status.scrollIntoView({ block: 'start' });
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
    state = parseSearchState(window.location.search);
    showState();
    void run();
  });

  // Arrow keys: from the box down into the results, and between result links.
  const links = (): HTMLAnchorElement[] => [...list.querySelectorAll<HTMLAnchorElement>('a.result-title')];
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown') return;
    const first = links()[0];
    if (!first) return;
    event.preventDefault();
    first.focus();
  });
  list.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (at < 0) return;
    event.preventDefault();
    if (event.key === 'ArrowUp' && at === 0) input.focus();
    else all[Math.min(all.length - 1, at + (event.key === 'ArrowDown' ? 1 : -1))]?.focus();
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
  void run();
}
