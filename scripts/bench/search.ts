#!/usr/bin/env node
/**
 * Search in headless Chromium on a built site: for each query, the time from typing to the
 * results on screen and every file fetched from Pagefind's bundle, split into what the results
 * needed (requests started before they were announced) and what came after (filter counts).
 * Used by `npm run bench`; also runs alone on any build, printing the per-file breakdown:
 *
 *   node scripts/bench/search.ts --dist .synth/dist-site-10000 --content .synth/content-10000 \
 *     [--port 4561] [--json out.json] [--md out.md]
 *
 * `--content` picks the query words from the synthetic reports' titles (a few hundred pages each)
 * plus `the` (a word on every page); without it, `--terms a,b,c,d --worst the`. A third sequence
 * types queries of several words as readers of this archive would (NATURAL_QUERIES, or
 * `--natural "q one,q two"`). Queries are typed
 * key by key (`--key-delay` ms apart, 100 by default), as a reader types: the search page may
 * fetch while the reader types, and those bytes count. The time runs from Enter to the results.
 */
import { createReadStream, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import {
  classifyPagefindFile,
  formatBytes,
  formatTable,
  PAGEFIND_FILE_KINDS,
  type PagefindFileKind,
} from './lib.ts';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml',
};
const compressible = new Set(['.html', '.css', '.js', '.json', '.svg', '.xml']);

/** Serves a built site as a static host would: gzip for text (Pagefind's own index files are already compressed). */
export function serve(dir: string, listenPort: number): Promise<Server> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = join(dir, decodeURIComponent(url.pathname));
    if (!path.startsWith(dir)) return void res.writeHead(403).end();
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path)) {
      res.writeHead(404, { 'content-type': 'text/html' });
      return void res.end(
        existsSync(join(dir, '404.html')) ? readFileSync(join(dir, '404.html')) : 'not found',
      );
    }
    const ext = extname(path);
    const headers: Record<string, string> = {
      'content-type': types[ext] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    };
    if (compressible.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      res.writeHead(200, { ...headers, 'content-encoding': 'gzip' });
      return void res.end(gzipSync(readFileSync(path)));
    }
    res.writeHead(200, headers);
    createReadStream(path).pipe(res);
  });
  return new Promise((ok) => server.listen(listenPort, '127.0.0.1', () => ok(server)));
}

/** One file a query fetched from Pagefind's bundle. */
export interface FetchedFile {
  kind: PagefindFileKind;
  /** Path inside /pagefind/. */
  file: string;
  /** Response headers plus encoded body, as transferred. */
  bytes: number;
  /** Started before the results were announced (so the results waited for it). */
  beforeResults: boolean;
}

/** One measured query. */
export interface QueryResult {
  scenario: string;
  term: string;
  order: 'first' | 'later';
  /** Enter, after the last key, to the results announced with a result on screen. */
  ms: number;
  /** Everything fetched for the query, filter counts included. */
  bytes: number;
  /** What was fetched before the results were announced. */
  bytesToResults: number;
  requests: number;
  results: string;
  files: FetchedFile[];
}

/** What the search page fetched before a query, and each query's measurements. */
export interface SearchMeasurement {
  beforeSearch: { requests: number; bytes: number; pagefindRequests: number };
  queries: QueryResult[];
}

/**
 * Queries as readers of this archive type them: several words, the archive's own subject (words
 * on most of its pages: "north", "korean", "kursk", "drones") and function words ("in", "the").
 * Each word is in the synthetic archive, whose text is drawn from the real reports.
 */
export const NATURAL_QUERIES = [
  'drones in kursk',
  'the casualties of the war',
  'north korean troops in kursk',
];

/** The query words of a run: typical single words, a word on nearly every page, and natural queries of several words. */
export interface SearchTerms {
  typical: string[];
  worst: string;
  natural: string[];
}

/** Runs the typical, worst-case and natural query sequences on the built site in `dist`, each in a fresh browser context. */
export async function measureSearch(
  dist: string,
  terms: SearchTerms,
  port: number,
  keyDelay = 100,
): Promise<SearchMeasurement> {
  const { chromium } = await import('playwright-core');
  const server = await serve(resolve(dist), port);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'],
  });
  const out: SearchMeasurement = {
    beforeSearch: { requests: 0, bytes: 0, pagefindRequests: 0 },
    queries: [],
  };
  try {
    const scenario = async (name: string, sequence: { term: string; order: 'first' | 'later' }[]) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      // Pagefind fetches its index from a web worker, which a page-level CDP session does not see;
      // the context's events include worker requests. Sizes are as transferred (encoded body + headers).
      const finished: { url: string; bytes: number; started: number }[] = [];
      const started = new Map<unknown, number>();
      const pending: Promise<void>[] = [];
      context.on('request', (request) => void started.set(request, Date.now()));
      context.on('requestfinished', (request) => {
        pending.push(
          request.sizes().then((sizes) => {
            finished.push({
              url: request.url(),
              bytes: sizes.responseBodySize + sizes.responseHeadersSize,
              started: started.get(request) ?? Date.now(),
            });
          }),
        );
      });
      const settle = async () => {
        await page.waitForTimeout(300);
        await Promise.all(pending);
      };
      await page.goto(`http://127.0.0.1:${port}/search/`, { waitUntil: 'networkidle' });
      await settle();
      if (name === 'typical') {
        out.beforeSearch = {
          requests: finished.length,
          bytes: finished.reduce((s, f) => s + f.bytes, 0),
          pagefindRequests: finished.filter((f) => classifyPagefindFile(f.url)).length,
        };
      }
      for (const step of sequence) {
        await page.fill('#search-q', '');
        await page.waitForTimeout(400);
        await settle();
        const skip = finished.length;
        // The moment (epoch ms, this machine's clock) the page announces this query's results: in
        // the results heading (#search-count), or the status line of builds from before it.
        await page.evaluate((term) => {
          const w = window as unknown as { __shown: number };
          w.__shown = 0;
          const status = (document.querySelector('#search-count') ??
            document.querySelector('#search-status'))!;
          new MutationObserver((_, observer) => {
            if ((status.textContent ?? '').includes(`for “${term}”`)) {
              w.__shown = performance.timeOrigin + performance.now();
              observer.disconnect();
            }
          }).observe(status, { childList: true, characterData: true, subtree: true });
        }, step.term);
        await page.locator('#search-q').pressSequentially(step.term, { delay: keyDelay });
        const t0 = performance.now();
        await page.press('#search-q', 'Enter');
        await page.waitForFunction(
          (term) => {
            const status =
              (document.querySelector('#search-count') ?? document.querySelector('#search-status'))
                ?.textContent ?? '';
            return (
              status.includes(`for “${term}”`) &&
              (document.querySelectorAll('#search-results li').length > 0 || status.startsWith('No results'))
            );
          },
          step.term,
          { timeout: 60_000, polling: 'raf' },
        );
        const ms = performance.now() - t0;
        const shown = await page.evaluate(() => (window as unknown as { __shown: number }).__shown);
        await page.waitForLoadState('networkidle');
        await settle();
        const files = finished.slice(skip).flatMap((f): FetchedFile[] => {
          const kind = classifyPagefindFile(f.url);
          return kind
            ? [
                {
                  kind,
                  file: f.url.split('/pagefind/')[1]!,
                  bytes: f.bytes,
                  beforeResults: f.started <= shown,
                },
              ]
            : [];
        });
        const during = finished.slice(skip);
        out.queries.push({
          scenario: name,
          term: step.term,
          order: step.order,
          ms: Math.round(ms),
          bytes: during.reduce((s, f) => s + f.bytes, 0),
          bytesToResults: during.filter((f) => f.started <= shown).reduce((s, f) => s + f.bytes, 0),
          requests: during.length,
          results:
            (await page.evaluate(
              () =>
                (document.querySelector('#search-count') ?? document.querySelector('#search-status'))
                  ?.textContent ?? null,
            )) ?? '',
          files,
        });
      }
      await context.close();
    };
    const [a, b, c, d] = terms.typical;
    await scenario('typical', [
      { term: a!, order: 'first' },
      { term: b!, order: 'later' },
      { term: c!, order: 'later' },
      { term: terms.worst, order: 'later' },
    ]);
    await scenario('worst', [
      { term: terms.worst, order: 'first' },
      { term: d!, order: 'later' },
    ]);
    await scenario(
      'natural',
      terms.natural.map((term, i) => ({ term, order: i === 0 ? 'first' : 'later' })),
    );
  } finally {
    await browser.close();
    server.close();
  }
  return out;
}

/** Query words: typical ones from the synthetic reports' titles (a few pages each), and a word in every page. */
export function pickTerms(content: string): SearchTerms {
  const dir = join(content, 'reports');
  const files = readdirSync(dir).sort();
  const words: string[] = [];
  for (const f of files.slice(Math.floor(files.length / 2))) {
    const title = /^title: "(.*)"$/m.exec(readFileSync(join(dir, f), 'utf8'))?.[1] ?? '';
    for (const w of title.split(/[^\p{L}]+/u).filter((x) => /^\p{Ll}{7,}$/u.test(x)))
      if (!words.includes(w)) words.push(w);
    if (words.length >= 4) break;
  }
  return { typical: words.slice(0, 4), worst: 'the', natural: NATURAL_QUERIES };
}

/** The queries as a table: time, bytes to results and in all, and each kind of Pagefind file (count and bytes). */
export function formatSearchTable(search: SearchMeasurement): string {
  const kindCell = (q: QueryResult, kind: PagefindFileKind): string => {
    const files = q.files.filter((f) => f.kind === kind);
    if (files.length === 0) return '';
    const total = files.reduce((s, f) => s + f.bytes, 0);
    const after = files.filter((f) => !f.beforeResults).reduce((s, f) => s + f.bytes, 0);
    return `${files.length > 1 ? `${files.length}× ` : ''}${formatBytes(total)}${after > 0 ? ` (${after === total ? 'all' : formatBytes(after)} after)` : ''}`;
  };
  const kinds = PAGEFIND_FILE_KINDS.filter((k) =>
    search.queries.some((q) => q.files.some((f) => f.kind === k)),
  );
  return formatTable(
    [
      'scenario',
      'query',
      'first or later',
      'time to results',
      'to results',
      'with filter counts',
      'requests',
      ...kinds,
      'status shown',
    ],
    search.queries.map((q) => [
      q.scenario,
      `\`${q.term}\``,
      q.order,
      `${q.ms} ms`,
      formatBytes(q.bytesToResults),
      formatBytes(q.bytes),
      String(q.requests),
      ...kinds.map((k) => kindCell(q, k)),
      q.results,
    ]),
  );
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string', default: 'dist' },
      content: { type: 'string' },
      terms: { type: 'string' },
      worst: { type: 'string', default: 'the' },
      natural: { type: 'string' },
      port: { type: 'string', default: '4561' },
      'key-delay': { type: 'string', default: '100' },
      json: { type: 'string' },
      md: { type: 'string' },
    },
  });
  const natural = values.natural ? values.natural.split(',') : NATURAL_QUERIES;
  const terms = values.content
    ? { ...pickTerms(values.content), natural }
    : {
        typical: (values.terms ?? 'drones,leaflets,artillery,Zelensky').split(','),
        worst: values.worst,
        natural,
      };
  if (terms.typical.length < 4)
    throw new Error(`search bench: need four typical query words, got ${terms.typical.join(', ')}`);
  const entry = join(values.dist, 'pagefind', 'pagefind-entry.json');
  const pages = existsSync(entry)
    ? Object.values(
        (JSON.parse(readFileSync(entry, 'utf8')) as { languages: Record<string, { page_count: number }> })
          .languages,
      ).reduce((n, l) => n + l.page_count, 0)
    : 0;
  const search = await measureSearch(values.dist, terms, Number(values.port), Number(values['key-delay']));
  const md = [
    `Search on \`${values.dist}\` (${pages} indexed pages), headless Chromium, served locally with gzip for text; queries typed ${values['key-delay']} ms a key.`,
    `Before a query the search page fetched ${search.beforeSearch.requests} files, ${formatBytes(search.beforeSearch.bytes)}, ${search.beforeSearch.pagefindRequests} of them Pagefind's.`,
    '',
    'Per kind of Pagefind file: count and bytes transferred (headers + body); "after" is what was fetched once the results were on screen (filter counts).',
    '',
    formatSearchTable(search),
    '',
  ].join('\n');
  console.log(md);
  if (values.json)
    writeFileSync(
      values.json,
      `${JSON.stringify({ dist: values.dist, pages, terms, ...search }, null, 2)}\n`,
    );
  if (values.md) writeFileSync(values.md, md);
}
