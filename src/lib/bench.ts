/**
 * Pure helpers for the benchmark harness (scripts/bench/): reading `/usr/bin/time -v` output,
 * finding the assets a page loads, ratios and medians, and the Markdown table. No fs, no clock.
 */

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

const attr = (tag: string, name: string): string | undefined => new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)?.slice(1).find((v) => v !== undefined);

/** Lists what an HTML page loads, from its markup. */
export function findPageAssets(html: string): PageAssets {
  const assets: PageAssets = { stylesheets: [], scripts: [], images: [], inlineStyleChars: 0, inlineScriptChars: 0 };
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
  for (const [, css] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) assets.inlineStyleChars += css!.length;
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
  if (numerators.length !== denominators.length) throw new Error(`pairRatios: ${numerators.length} runs against ${denominators.length}; pair them run by run`);
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
  // /reports/ and /sources/ are paginated lists; /timeline/, /figures/, /entities/… are pages of their own.
  if (s.length === 1 || (s.length === 2 && numeric(id))) return section === 'reports' || section === 'sources' ? `${section} list` : section!;
  if (section === 'reports' && id === 'analysis') return 'analysis list';
  if (section === 'reports') return 'report';
  if (section === 'topics') return 'topic';
  if ((section === 'entities' || section === 'sources') && sub === 'reports') return `${section === 'entities' ? 'entity' : 'source'} reports`;
  if (section === 'entities' && s.length === 2) return 'entity';
  if (section === 'sources' && s.length === 2) return 'source';
  return `${section} other`;
}
