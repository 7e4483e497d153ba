/**
 * The search page's script. Pagefind's bundle is fetched only when a reader searches, results are
 * written as text (only Pagefind's <mark> highlights are kept), and the query lives in the URL
 * (`/search/?q=drones`) so a search can be linked and back/forward work.
 */
import { excerptToNodes } from '../lib/excerpt';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}
interface PagefindResult { id: string; data: () => Promise<PagefindResultData> }
interface Pagefind {
  options: (opts: Record<string, unknown>) => Promise<void>;
  search: (term: string, opts?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] } | null>;
  debouncedSearch: (term: string, opts?: unknown, ms?: number) => Promise<{ results: PagefindResult[] } | null>;
}

const PAGE = 10;

export function initSearch(base: string): void {
  const form = document.querySelector<HTMLFormElement>('#search-form')!;
  const input = document.querySelector<HTMLInputElement>('#search-q')!;
  const status = document.querySelector<HTMLElement>('#search-status')!;
  const list = document.querySelector<HTMLOListElement>('#search-results')!;
  const more = document.querySelector<HTMLButtonElement>('#search-more')!;
  // Optional: restricts results to one kind of page (data-pagefind-filter="type:…"), kept in the URL as ?type=.
  const type = document.querySelector<HTMLSelectElement>('#search-type');
  let pagefind: Promise<Pagefind> | undefined;
  let results: PagefindResult[] = [];
  let shown = 0;
  let generation = 0;

  const load = (): Promise<Pagefind> =>
    (pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (pf: Pagefind) => {
      await pf.options({ excerptLength: 30 });
      return pf;
    }));

  const renderResult = (data: PagefindResultData): HTMLLIElement => {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.className = 'result-title';
    a.href = data.url;
    a.textContent = data.meta.title ?? data.url;
    const meta = document.createElement('p');
    meta.className = 'meta';
    meta.textContent = [data.filters.type?.[0], data.meta.date].filter(Boolean).join(' · ');
    const excerpt = document.createElement('p');
    excerpt.append(...excerptToNodes(data.excerpt));
    li.append(a, meta, excerpt);
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

  const run = async (term: string): Promise<void> => {
    const mine = ++generation;
    const query = term.trim();
    list.replaceChildren();
    more.hidden = true;
    results = [];
    shown = 0;
    if (!/[\p{L}\p{N}]/u.test(query)) {
      status.textContent = query ? `No results for “${query.slice(0, 80)}”.` : 'Type a word or name to search every report and source.';
      return;
    }
    status.textContent = 'Searching…';
    const pf = await load();
    const response = await pf.search(query.slice(0, 200), type?.value ? { filters: { type: type.value } } : undefined);
    if (mine !== generation || !response) return;
    results = response.results;
    const shownQuery = query.length > 80 ? `${query.slice(0, 80)}…` : query;
    status.textContent = results.length === 0
      ? `No results for “${shownQuery}”. Try another spelling, or browse the reports.`
      : `${results.length} ${results.length === 1 ? 'result' : 'results'} for “${shownQuery}”.`;
    await showMore();
  };

  const setUrl = (query: string, push: boolean): void => {
    const url = new URL(window.location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    if (type?.value) url.searchParams.set('type', type.value);
    else url.searchParams.delete('type');
    if (url.href === window.location.href) return;
    history[push ? 'pushState' : 'replaceState'](null, '', url);
  };

  let timer: number | undefined;
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      setUrl(input.value.trim(), false);
      void run(input.value);
    }, 250);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.clearTimeout(timer);
    setUrl(input.value.trim(), true);
    void run(input.value);
  });
  more.addEventListener('click', () => void showMore());
  type?.addEventListener('change', () => {
    setUrl(input.value.trim(), false);
    void run(input.value);
  });
  const readType = () => {
    const wanted = new URLSearchParams(window.location.search).get('type') ?? '';
    if (type) type.value = [...type.options].some((o) => o.value === wanted) ? wanted : '';
  };
  window.addEventListener('popstate', () => {
    readType();
    input.value = new URLSearchParams(window.location.search).get('q') ?? '';
    void run(input.value);
  });

  readType();
  input.value = new URLSearchParams(window.location.search).get('q') ?? '';
  void run(input.value);
}
