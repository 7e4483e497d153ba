/**
 * Pure helpers for the benchmark harness (scripts/bench/): reading `/usr/bin/time -v` output,
 * finding the assets a page loads, ratios and medians, and the Markdown table. No fs, no clock.
 */
import { stripVTControlCharacters } from 'node:util';

/** What `/usr/bin/time -v` says about a finished command. */
export interface TimeReport {
  /** Wall-clock seconds. */
  wallSeconds: number;
  /** Peak resident set size of the largest process in the tree, in bytes. */
  maxRssBytes: number;
  /** User plus system CPU seconds, children included. */
  cpuSeconds: number;
}

/** Reads the wall time, CPU time and peak memory from `/usr/bin/time -v` output; throws when a field is missing. */
export function parseTimeVerbose(stderr: string): TimeReport {
  const field = (label: string): string => {
    const match = new RegExp(`^\\s*${label.replace(/[()]/g, '\\$&')}: (.+)$`, 'm').exec(stderr);
    if (!match) throw new Error(`parseTimeVerbose: no '${label}' line in the output of /usr/bin/time -v`);
    return match[1]!.trim();
  };
  const wall = field('Elapsed (wall clock) time (h:mm:ss or m:ss)')
    .split(':')
    .map(Number)
    .reduce((total, part) => total * 60 + part, 0);
  return {
    wallSeconds: wall,
    maxRssBytes: Number(field('Maximum resident set size (kbytes)')) * 1024,
    cpuSeconds: Number(field('User time (seconds)')) + Number(field('System time (seconds)')),
  };
}

/** The files a page asks for on load: stylesheets, scripts and images, plus the bytes of inline `<style>` and `<script>`. */
export interface PageAssets {
  /** `href` of every `<link rel="stylesheet">`. */
  stylesheets: string[];
  /** `src` of every `<script src>` and `<link rel="modulepreload">`. */
  scripts: string[];
  /** `src` of every `<img>` and the `href` of icons. */
  images: string[];
  /** Characters of CSS inside `<style>` elements. */
  inlineStyleChars: number;
  /** Characters of JavaScript inside `<script>` elements without `src` (JSON data blocks excluded). */
  inlineScriptChars: number;
}

const attr = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
    .exec(tag)
    ?.slice(1)
    .find((v) => v !== undefined);

/** Lists what an HTML page loads, from its markup. */
export function findPageAssets(html: string): PageAssets {
  const assets: PageAssets = {
    stylesheets: [],
    scripts: [],
    images: [],
    inlineStyleChars: 0,
    inlineScriptChars: 0,
  };
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = attr(tag, 'rel')?.toLowerCase() ?? '';
    const href = attr(tag, 'href');
    if (!href) continue;
    if (rel.split(/\s+/).includes('stylesheet')) assets.stylesheets.push(href);
    else if (rel === 'modulepreload') assets.scripts.push(href);
    else if (rel.split(/\s+/).includes('icon')) assets.images.push(href);
  }
  for (const [, tag, body] of html.matchAll(/(<script\b[^>]*>)([\s\S]*?)<\/script>/gi)) {
    const src = attr(tag!, 'src');
    if (src) assets.scripts.push(src);
    else if (!/type=["']?application\/(ld\+)?json/i.test(tag!)) assets.inlineScriptChars += body!.length;
  }
  for (const [, css] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi))
    assets.inlineStyleChars += css!.length;
  for (const [tag] of html.matchAll(/<img\b[^>]*>/gi)) {
    const src = attr(tag, 'src');
    if (src) assets.images.push(src);
  }
  return assets;
}

/** The median of a non-empty list of numbers. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median: no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Ratios of two systems measured pair by pair (run i of one against run i of the other, taken
 * close together in time), so a burst of load on the shared machine hits both sides of a pair.
 */
export function pairRatios(numerators: readonly number[], denominators: readonly number[]): number[] {
  if (numerators.length !== denominators.length)
    throw new Error(
      `pairRatios: ${numerators.length} runs against ${denominators.length}; pair them run by run`,
    );
  return numerators.map((n, i) => n / denominators[i]!);
}

/** A Markdown table: a header row, a rule, and one row per entry; cells are written as given. */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Bytes as `12.3 KB` / `4.5 MB` (powers of 1,000, as transfer budgets are stated). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1e6) return `${(bytes / 1e3).toFixed(1)} KB`;
  if (bytes < 1e9) return `${(bytes / 1e6).toFixed(1)} MB`;
  return `${(bytes / 1e9).toFixed(2)} GB`;
}

/** What a site build's log says about its caches: social cards and citations made and reused, and whether the content store was cleared. */
export interface BuildCacheCounts {
  /** Social cards rendered in this build, or undefined when the build logged no count. */
  cardsRendered?: number;
  /** Social cards read from the card cache. */
  cardsReused?: number;
  /** Citation.js outputs (APA entries, BibTeX records) formatted in this build. */
  citationsFormatted?: number;
  /** Citation.js outputs made by earlier builds and kept in the citation cache. */
  citationsKept?: number;
  /** True when Astro cleared its content store (a changed config or a cold cache), so every entry was parsed and rendered again. */
  contentStoreCleared: boolean;
}

// Astro colours its log even with FORCE_COLOR=0 when it is not a terminal; the parsers read plain text.
const plain = (log: string) => stripVTControlCharacters(log);

/** Reads the cache counts from a site build's log (src/integrations/build-caches.ts logs them). */
export function parseBuildCacheCounts(colouredLog: string): BuildCacheCounts {
  const log = plain(colouredLog);
  const cards = /Social cards: (\d+) rendered, (\d+) reused/.exec(log);
  const citations = /Citations \(Citation\.js\): (\d+) formatted, (\d+) earlier ones kept/.exec(log);
  return {
    ...(cards ? { cardsRendered: Number(cards[1]), cardsReused: Number(cards[2]) } : {}),
    ...(citations ? { citationsFormatted: Number(citations[1]), citationsKept: Number(citations[2]) } : {}),
    contentStoreCleared: /\[content\] Clearing content store/.test(log),
  };
}

/** A site build's peak memory, read from /proc while it ran (scripts/bench/peak-memory.ts): bytes; absent where unknown. */
export interface BuildMemory {
  /** The build's own processes (Astro's Node). */
  buildBytes?: number;
  /** Pagefind's indexing process. */
  pagefindBytes?: number;
}

/** Pages of one kind and the time Astro spent generating them. */
export interface RouteTime {
  /** The kind: the first path segment and the file type, e.g. `/reports/ .html`, `/cards/ .png`. */
  group: string;
  /** How many files Astro generated (rendered or copied from its incremental cache). */
  pages: number;
  /** The sum of Astro's per-file times, in milliseconds. */
  ms: number;
}

/**
 * Sums Astro's per-file generation times (`├─ /reports/x/index.html (+12ms)`, or `(+1.20s)`) by kind
 * of page, slowest kind first, so a benchmark can say where a build's rendering time goes.
 */
export function sumRouteTimes(colouredLog: string): RouteTime[] {
  const groups = new Map<string, RouteTime>();
  for (const match of plain(colouredLog).matchAll(/[├└]─ (\/\S*) \(\+([\d.]+)(ms|s)\)/g)) {
    const path = match[1]!;
    const segment = path.split('/')[1] ?? '';
    // Endpoints log with a trailing slash (`/feeds/topics/x.xml/`).
    const group =
      `/${segment.includes('.') ? '' : `${segment}/`} ${/(\.[a-z0-9]+)\/?$/i.exec(path)?.[1] ?? ''}`.trim();
    const entry = groups.get(group) ?? { group, pages: 0, ms: 0 };
    entry.pages += 1;
    entry.ms += Number(match[2]) * (match[3] === 's' ? 1000 : 1);
    groups.set(group, entry);
  }
  return [...groups.values()]
    .map((g) => ({ ...g, ms: Math.round(g.ms) }))
    .sort((a, b) => b.ms - a.ms || a.group.localeCompare(b.group));
}

/** The parts of a Pagefind bundle a search fetches, as the search benchmark reports them. */
export const PAGEFIND_FILE_KINDS = [
  'script',
  'wasm',
  'entry',
  'meta',
  'index',
  'filter',
  'fragment',
  'other',
] as const;
/** One part of a Pagefind bundle. */
export type PagefindFileKind = (typeof PAGEFIND_FILE_KINDS)[number];

/**
 * Which part of a Pagefind bundle a URL fetches: its JavaScript (`pagefind.js`, the worker), the
 * WebAssembly engine, the entry file, the page list (`.pf_meta`), a word-index chunk, a filter
 * index or a result fragment. `undefined` for a URL outside `/pagefind/`.
 */
export function classifyPagefindFile(url: string): PagefindFileKind | undefined {
  const path = url.split(/[?#]/)[0]!;
  const at = path.lastIndexOf('/pagefind/');
  if (at < 0) return undefined;
  const file = path.slice(at + '/pagefind/'.length);
  if (file.startsWith('index/')) return 'index';
  if (file.startsWith('filter/')) return 'filter';
  if (file.startsWith('fragment/')) return 'fragment';
  if (file === 'pagefind-entry.json') return 'entry';
  if (file.endsWith('.pf_meta')) return 'meta';
  if (/^wasm\.[^/]+\.pagefind$/.test(file)) return 'wasm';
  if (/^pagefind[^/]*\.js$/.test(file)) return 'script';
  return 'other';
}

/**
 * The page type a built page belongs to, from its URL path, for the page-weight table: each type
 * is measured at its largest page. Lists that grow with the archive are types of their own
 * (`topic`, `entity reports`…), whichever page of the list a path is.
 */
export function classifyPage(path: string): string {
  const s = path.split('/').filter(Boolean);
  const numeric = (x: string | undefined) => x === undefined || /^\d+$/.test(x);
  if (path === '/404.html') return '404';
  if (s.length === 0) return 'home';
  const [section, id, sub] = s;
  // A year of the timeline is a page of its own kind, not a later page of a list.
  if (section === 'timeline' && s.length === 2) return 'timeline year';
  // /reports/ and /sources/ are paginated lists; /timeline/, /figures/, /entities/… are pages of their own.
  if (s.length === 1 || (s.length === 2 && numeric(id)))
    return section === 'reports' || section === 'sources' ? `${section} list` : section!;
  if (section === 'reports' && id === 'analysis') return 'analysis list';
  if (section === 'reports') return 'report';
  if (section === 'topics') return 'topic';
  if ((section === 'entities' || section === 'sources') && sub === 'reports')
    return `${section === 'entities' ? 'entity' : 'source'} reports`;
  if (section === 'entities' && s.length === 2) return 'entity';
  if (section === 'figures' && s.length === 2) return 'quantity';
  if (section === 'sources' && s.length === 2) return 'source';
  return `${section} other`;
}
