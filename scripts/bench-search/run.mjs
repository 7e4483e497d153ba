#!/usr/bin/env node
// Search benchmark: serves a built site (gzip for text, as a static host would), opens the real
// search page in headless Chromium and, for each query, measures the bytes fetched from
// /pagefind/ and the time from typing to the first result on screen: for the first query after
// page load (cold: nothing cached) and for the later queries on the same page.
//   node scripts/bench-search/run.mjs dist            # this archive
//   node scripts/bench-search/run.mjs .bench/site-10000   # synthetic archive (see README.md here)
import { chromium } from '@playwright/test';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

const root = process.argv[2] ?? 'dist';
const port = Number(process.env.BENCH_PORT ?? 4583);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const queries = (process.env.BENCH_QUERIES ?? 'drones|Kim Jong Un|artillery shipments|332000|cannon fodder').split('|');
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };

const server = createServer((req, res) => {
  let path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  let file = join(root, path);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) { res.writeHead(404).end('not found'); return; }
  const type = types[extname(file)] ?? 'application/octet-stream';
  const gzip = type !== 'application/octet-stream' && /gzip/.test(req.headers['accept-encoding'] ?? '');
  res.writeHead(200, { 'content-type': type, ...(gzip ? { 'content-encoding': 'gzip' } : {}) });
  (gzip ? createReadStream(file).pipe(createGzip()) : createReadStream(file)).pipe(res);
});
await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined),
  args: ['--no-sandbox'],
});
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const first = { bytes: [], total: [], ms: [] };
const later = { bytes: [], total: [], ms: [] };
let before = [];

for (let round = 0; round < rounds; round += 1) {
  for (let q = 0; q < queries.length; q += 1) {
    const context = await browser.newContext();
    const page = await context.newPage();
    let bytes = 0;
    const files = [];
    const fetched = []; // { start: epoch ms the request started, size: headers + encoded body }
    page.on('requestfinished', async (request) => {
      if (!request.url().includes('/pagefind/')) return;
      const sizes = await request.sizes();
      const size = sizes.responseBodySize + sizes.responseHeadersSize;
      bytes += size;
      fetched.push({ start: request.timing().startTime, size });
      files.push(`${request.url().split('/pagefind/')[1]} ${sizes.responseBodySize}`);
    });
    await page.goto(`http://127.0.0.1:${port}/search/`, { waitUntil: 'networkidle' });
    before.push(bytes);
    fetched.length = 0;
    // The first query is this round's; then two more on the same page.
    const sequence = [queries[q], queries[(q + 1) % queries.length], queries[(q + 2) % queries.length]];
    for (let k = 0; k < sequence.length; k += 1) {
      const box = page.getByRole('searchbox', { name: 'Search terms' });
      // Record, in the page, the moment the results for this query are announced.
      await page.evaluate((query) => {
        window.__shown = 0;
        const status = document.querySelector('#search-status');
        new MutationObserver((_, observer) => {
          if (status.textContent.includes(`“${query}”`)) { window.__shown = performance.timeOrigin + performance.now(); observer.disconnect(); }
        }).observe(status, { childList: true, characterData: true, subtree: true });
      }, sequence[k]);
      const from = Date.now();
      const t0 = performance.now();
      await box.fill(sequence[k]);
      await box.press('Enter');
      await page.waitForFunction((query) => {
        const status = document.querySelector('#search-status')?.textContent ?? '';
        return status.includes(`“${query}”`) && document.querySelector('#search-results > li');
      }, sequence[k], { polling: 'raf' });
      const ms = performance.now() - t0;
      const shown = await page.evaluate(() => window.__shown);
      await page.waitForFunction(() => document.querySelector('#search-filters')?.getAttribute('aria-busy') === 'false');
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(100); // let the last size callbacks land
      const mine = fetched.filter((f) => f.start >= from - 5);
      const target = k === 0 ? first : later;
      // Requests that started before the results were announced fed them; the rest fetched filter counts.
      target.bytes.push(mine.filter((f) => f.start <= shown).reduce((n, f) => n + f.size, 0));
      target.total.push(mine.reduce((n, f) => n + f.size, 0));
      target.ms.push(ms);
      fetched.length = 0;
    }
    if (process.env.BENCH_VERBOSE) console.log(files.join('\n'));
    await context.close();
  }
}
await browser.close();
server.close();

const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
const pages = existsSync(join(root, 'pagefind', 'pagefind-entry.json'))
  ? Object.values((await import(join(process.cwd(), root, 'pagefind', 'pagefind-entry.json'), { with: { type: 'json' } })).default.languages).reduce((n, l) => n + l.page_count, 0)
  : '?';
console.log(`search benchmark: ${root} (${pages} indexed pages), ${rounds} rounds × ${queries.length} queries, headless Chromium, localhost, gzip`);
console.log(`  before typing:        ${kb(Math.max(...before))} fetched from /pagefind/`);
for (const [label, m] of [['first query', first], ['later queries', later]]) {
  console.log(`  ${label.padEnd(14)} results: median ${kb(median(m.bytes))} (max ${kb(Math.max(...m.bytes))}) in median ${median(m.ms).toFixed(0)} ms (max ${Math.max(...m.ms).toFixed(0)} ms); with filter counts: median ${kb(median(m.total))} (max ${kb(Math.max(...m.total))})`);
}
