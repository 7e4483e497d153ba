#!/usr/bin/env node
/**
 * `npm run bench [-- --sizes 1000,10000 --repeat 2 --skip-lighthouse --skip-search --skip-hugo
 * --skip-minimal --skip-incremental --seed 7]`: the archive-scale benchmark. On the same
 * synthetic Markdown (npm run synth) it builds this site, a minimal Astro site (the framework's
 * floor) and a Hugo site, interleaved and paired run by run, then measures the Pagefind index,
 * search in headless Chromium, page weight per page type and Lighthouse. Prints a table, writes
 * docs/benchmarks.json and the generated part of docs/benchmarks.md. Everything it makes lives
 * in the git-ignored .synth/ folder.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  openSync,
  closeSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import {
  classifyPage,
  findPageAssets,
  formatBytes,
  formatTable,
  median,
  pairRatios,
  parseBuildCacheCounts,
  parseTimeVerbose,
  sumRouteTimes,
  type BuildCacheCounts,
  type BuildMemory,
  type RouteTime,
  type TimeReport,
} from './lib.ts';
import { formatSearchTable, measureSearch, pickTerms, serve } from './search.ts';

const { values: opts } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    seed: { type: 'string', default: '7' },
    repeat: { type: 'string', default: '1' },
    port: { type: 'string', default: '4561' },
    'timeout-minutes': { type: 'string', default: '25' },
    'skip-lighthouse': { type: 'boolean', default: false },
    'skip-search': { type: 'boolean', default: false },
    'skip-hugo': { type: 'boolean', default: false },
    'skip-minimal': { type: 'boolean', default: false },
    /** Leave out the framework floor (the minimal Astro site plus Pagefind's CLI on its pages). */
    'skip-floor': { type: 'boolean', default: false },
    /** Leave out the rebuild with warm caches and no change. */
    'skip-warm': { type: 'boolean', default: false },
    'skip-incremental': { type: 'boolean', default: false },
    /** Measure the rebuild after one edit only up to this many reports (it costs another full build). */
    'incremental-max': { type: 'string', default: '1000000' },
    json: { type: 'string', default: 'docs/benchmarks.json' },
    md: { type: 'string', default: 'docs/benchmarks.md' },
    /** Measure an already built site instead: page weight and Lighthouse only, nothing built; needs --json and --md elsewhere than docs/. */
    dist: { type: 'string' },
  },
});
const root = process.cwd();
const work = resolve('.synth');
const sizes = opts.sizes.split(',').map(Number);
const seed = Number(opts.seed);
const repeat = Number(opts.repeat);
const port = Number(opts.port);
const bin = (name: string) => join(root, 'node_modules', '.bin', name);
const logsDir = join(work, 'logs');
mkdirSync(logsDir, { recursive: true });
const command = `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim();
const say = (message: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
const load = () => loadavg().map((n) => Number(n.toFixed(2)));

// ---------- machine ----------
const version = (cmd: string, args: string[]): string => {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8' }).split('\n')[0]!.trim();
  } catch {
    return 'missing';
  }
};
const hugoVersion = version('hugo', ['version']);
const hugoAvailable = hugoVersion !== 'missing';
const machine = {
  cores: cpus().length,
  cpu: cpus()[0]?.model ?? 'unknown',
  memoryGB: Number((totalmem() / 1e9).toFixed(1)),
  node: process.version,
  astro: JSON.parse(readFileSync('node_modules/astro/package.json', 'utf8')).version as string,
  pagefind: JSON.parse(readFileSync('node_modules/pagefind/package.json', 'utf8')).version as string,
  chromium: version('/usr/bin/chromium', ['--version']),
  hugo: hugoAvailable ? hugoVersion : 'missing: install with `apt-get install -y hugo` (Debian)',
  loadAtStart: load(),
};
say(`machine: ${JSON.stringify(machine)}`);
if (!hugoAvailable && !opts['skip-hugo'])
  say('Hugo is missing: its column is skipped. Install it with `apt-get install -y hugo`.');

// ---------- timed runs ----------
interface Run extends TimeReport {
  system: string;
  /** Why the run did not complete (exit status, or killed at the time limit); absent when it did. */
  failed?: string;
  reports: number;
  kind: 'cold' | 'warm' | 'incremental' | 'index';
  pages: number;
  /** Pagefind's own indexing time inside the site build, from its log line. */
  pagefindSeconds?: number;
  /** Site builds: social cards rendered and reused, and whether the content store was cleared (from the build log). */
  caches?: BuildCacheCounts;
  /** Site builds: the build process's peak memory and Pagefind's, read from /proc while it ran (time -v sees only the larger). */
  memory?: BuildMemory;
  /** Site builds: Astro's per-file generation time summed by kind of page. */
  routeTimes?: RouteTime[];
  load: number[];
  log: string;
  /** The build's whole output, read for the numbers above; not written to the results file. */
  stdout?: string;
}

const limitSeconds = Math.round(Number(opts['timeout-minutes']) * 60);

/** Runs a command under /usr/bin/time -v and coreutils `timeout`; a failure is recorded, not thrown. */
function timed(
  name: string,
  cmd: string,
  args: string[],
  options: { cwd?: string; env?: Record<string, string> } = {},
): TimeReport & { log: string; stdout: string; failed?: string } {
  const log = join(logsDir, `${name}.log`);
  const err = join(logsDir, `${name}.time`);
  const out = openSync(log, 'w');
  const errFd = openSync(err, 'w');
  const result = spawnSync(
    '/usr/bin/time',
    ['-v', 'timeout', '-k', '10', String(limitSeconds), cmd, ...args],
    {
      cwd: options.cwd ?? root,
      env: { ...process.env, FORCE_COLOR: '0', ...options.env },
      stdio: ['ignore', out, errFd],
    },
  );
  closeSync(out);
  closeSync(errFd);
  const stderr = readFileSync(err, 'utf8');
  const stdout = readFileSync(log, 'utf8');
  if (result.status !== 0) {
    const failed =
      result.status === 124 || result.status === 137
        ? `killed at the ${opts['timeout-minutes']}-minute limit`
        : `exit ${result.status}${/heap out of memory/i.test(stderr + stdout) ? ', JavaScript heap out of memory' : ''}`;
    say(`${name} FAILED (${failed}); see ${log}`);
    return { ...parseTimeVerbose(stderr), log, stdout, failed };
  }
  return { ...parseTimeVerbose(stderr), log, stdout };
}

const countHtml = (dir: string): number =>
  !existsSync(dir)
    ? 0
    : readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
const dirBytes = (dir: string): { bytes: number; files: number } => {
  let bytes = 0;
  let files = 0;
  for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const st = statSync(join(dir, f));
    if (st.isFile()) {
      bytes += st.size;
      files += 1;
    }
  }
  return { bytes, files };
};

function ensureContent(reports: number): string {
  const dir = join(work, `content-${reports}`);
  const stamp = join(dir, '.synth.json');
  const want = JSON.stringify({ reports, seed });
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === want) return dir;
  say(`generating ${reports} reports (seed ${seed})`);
  execFileSync(
    'node',
    ['scripts/synth.ts', '--reports', String(reports), '--seed', String(seed), '--out', dir],
    { stdio: 'inherit' },
  );
  writeFileSync(stamp, want);
  return dir;
}

const siteDist = (n: number) => join(work, `dist-site-${n}`);

function buildSite(n: number, content: string, kind: 'cold' | 'warm' | 'incremental', tag: string): Run {
  const cache = join(work, `cache-site-${n}`);
  const dist = siteDist(n);
  if (kind === 'cold') rmSync(cache, { recursive: true, force: true });
  rmSync(dist, { recursive: true, force: true });
  say(`site ${kind} build, ${n} reports…`);
  const peaks = join(logsDir, `site-${n}-${kind}-${tag}.memory.json`);
  const wrapper = join(root, 'scripts', 'bench', 'peak-memory.ts');
  const r = timed(
    `site-${n}-${kind}-${tag}`,
    process.execPath,
    [wrapper, peaks, '--', bin('astro'), 'build', '--outDir', dist],
    {
      env: {
        KURSK_CONTENT_DIR: content,
        KURSK_CACHE_DIR: cache,
        KURSK_SKIP_CAPTURES: '1',
      },
    },
  );
  const pf = /Pagefind indexed \d+ pages.* in ([\d.]+) s/.exec(r.stdout);
  return {
    system: 'site',
    reports: n,
    kind,
    pages: countHtml(dist),
    pagefindSeconds: pf ? Number(pf[1]) : undefined,
    caches: parseBuildCacheCounts(r.stdout),
    memory: existsSync(peaks) ? (JSON.parse(readFileSync(peaks, 'utf8')) as BuildMemory) : {},
    routeTimes: sumRouteTimes(r.stdout),
    load: load(),
    ...r,
  };
}

/** A fresh copy of a comparison site (scripts/bench/<template>) in .synth/<name>-<n>, its config pointed at the reports. */
function prepareComparison(
  template: string,
  name: string,
  n: number,
  configFile: string,
  content: string,
): { dir: string; dist: string } {
  const dir = join(work, `${name}-${n}`);
  const dist = join(work, `dist-${name}-${n}`);
  rmSync(dir, { recursive: true, force: true });
  rmSync(dist, { recursive: true, force: true });
  cpSync(join(root, 'scripts/bench', template), dir, { recursive: true });
  const config = join(dir, configFile);
  writeFileSync(config, readFileSync(config, 'utf8').replace('REPORTS_DIR', join(content, 'reports')));
  return { dir, dist };
}

function buildMinimal(n: number, content: string, tag: string): Run {
  const { dir, dist } = prepareComparison('minimal-astro', 'minimal', n, 'src/content.config.ts', content);
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  say(`minimal Astro build, ${n} reports…`);
  const r = timed(`minimal-${n}-${tag}`, bin('astro'), ['build', '--outDir', dist], { cwd: dir });
  return { system: 'minimal-astro', reports: n, kind: 'cold', pages: countHtml(dist), load: load(), ...r };
}

/**
 * The framework floor: the minimal Astro site, then Pagefind's CLI indexing its pages, as one timed
 * command. What any Astro site with Pagefind search pays on these reports before doing anything of
 * its own; the site's build is compared with it (docs/benchmarks.md).
 */
function buildFloor(n: number, content: string, tag: string): Run {
  const { dir, dist } = prepareComparison('minimal-astro', 'floor', n, 'src/content.config.ts', content);
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  say(`framework floor (minimal Astro + Pagefind CLI), ${n} reports…`);
  const script = `"${bin('astro')}" build --outDir "${dist}" && "${bin('pagefind')}" --site "${dist}" --force-language en`;
  const r = timed(`floor-${n}-${tag}`, 'bash', ['-c', script], { cwd: dir });
  return { system: 'floor', reports: n, kind: 'cold', pages: countHtml(dist), load: load(), ...r };
}

function buildHugo(n: number, content: string, tag: string): Run {
  const { dir, dist } = prepareComparison('hugo', 'hugo', n, 'hugo.toml', content);
  say(`Hugo build, ${n} reports…`);
  const r = timed(`hugo-${n}-${tag}`, 'hugo', ['--destination', dist], { cwd: dir });
  return { system: 'hugo', reports: n, kind: 'cold', pages: countHtml(dist), load: load(), ...r };
}

function indexStandalone(n: number): Run {
  const out = join(work, `pagefind-${n}`);
  rmSync(out, { recursive: true, force: true });
  const r = timed(`pagefind-${n}`, bin('pagefind'), [
    '--site',
    siteDist(n),
    '--output-path',
    out,
    '--force-language',
    'en',
  ]);
  return { system: 'pagefind (standalone CLI)', reports: n, kind: 'index', pages: 0, load: load(), ...r };
}

/** A site build's cache counts as a sentence for the log and the report. */
function formatCaches(r: Run): string {
  const c = r.caches;
  if (!c) return 'no cache counts';
  const cards =
    c.cardsRendered === undefined
      ? 'no social-card count in the log'
      : `social cards ${c.cardsRendered} rendered, ${c.cardsReused} reused`;
  const citations =
    c.citationsFormatted === undefined
      ? 'no citation count in the log'
      : `Citation.js outputs ${c.citationsFormatted} formatted, ${c.citationsKept} earlier ones kept`;
  return `${cards}; ${citations}; content store ${c.contentStoreCleared ? 'cleared (a changed config): every entry parsed and rendered again' : 'not cleared (only new or changed entries parsed and rendered)'}`;
}

/**
 * Edits one report as an editor would (one cited sentence added, the headline revised, so its
 * social card changes too), rebuilds with the warm cache, then restores the file.
 */
function incrementalSite(n: number, content: string): Run {
  const dir = join(content, 'reports');
  const file = join(dir, readdirSync(dir).sort()[0]!);
  const original = readFileSync(file, 'utf8');
  const withSentence = original.replace(
    /\n\n\[\^1\]:/,
    '\n\nThis sentence was added to measure a rebuild after one edit.[^1]\n\n[^1]:',
  );
  const edited = withSentence.replace(/^title: "(.*)"$/m, 'title: "$1, revised"');
  if (withSentence === original || edited === withSentence)
    throw new Error(`incremental: could not find the notes or the title in ${file}`);
  writeFileSync(file, edited);
  try {
    return buildSite(n, content, 'incremental', 'edit');
  } finally {
    writeFileSync(file, original);
  }
}

// ---------- page weight ----------
interface Weight {
  type: string;
  path: string;
  html: [number, number];
  css: [number, number];
  js: [number, number];
  images: [number, number];
  /** HTML plus CSS, gzip: what a first visit needs before it can paint the page. */
  firstLoadGzip: number;
  inlineStyleChars: number;
  inlineScriptChars: number;
}

function pageWeights(dist: string): Weight[] {
  const sizes = (file: string): [number, number] => {
    const body = readFileSync(file);
    return [body.length, gzipSync(body).length];
  };
  const add = (a: [number, number], b: [number, number]): [number, number] => [a[0] + b[0], a[1] + b[1]];
  const fileOf = (url: string) => join(dist, url.split('?')[0]!.replace(/^\//, ''));
  // Every page, by type; each type is reported at its largest page (HTML gzip), since a list that
  // grows with the archive is as heavy as its heaviest page. Pagefind's and the data files are not pages.
  const largest = new Map<string, { path: string; file: string; html: [number, number] }>();
  for (const rel of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
    if (!rel.endsWith('.html') || rel.startsWith('pagefind')) continue;
    const path = rel === '404.html' ? '/404.html' : `/${rel.replace(/index\.html$/, '')}`;
    const file = join(dist, rel);
    const html = readFileSync(file, 'utf8');
    if (/<meta http-equiv="refresh"/.test(html)) continue; // a redirect stub, not a page
    const type = classifyPage(path);
    const size = sizes(file);
    const best = largest.get(type);
    if (!best || size[1] > best.html[1]) largest.set(type, { path, file, html: size });
  }
  const order = [
    'home',
    'report',
    'reports list',
    'analysis list',
    'source',
    'sources list',
    'source reports',
    'topic',
    'topics',
    'entity',
    'entity reports',
    'entities',
    'timeline',
    'timeline year',
    'figures',
    'quantity',
    'corrections',
    'data',
    'search',
    '404',
  ];
  const types = [...largest.keys()].sort(
    (a, b) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99) || a.localeCompare(b),
  );
  return types.map((type) => {
    const { path, file, html: htmlSize } = largest.get(type)!;
    const assets = findPageAssets(readFileSync(file, 'utf8'));
    let css: [number, number] = [0, 0];
    let js: [number, number] = [0, 0];
    let images: [number, number] = [0, 0];
    for (const href of assets.stylesheets) if (existsSync(fileOf(href))) css = add(css, sizes(fileOf(href)));
    for (const src of assets.scripts) if (existsSync(fileOf(src))) js = add(js, sizes(fileOf(src)));
    for (const src of assets.images) if (existsSync(fileOf(src))) images = add(images, sizes(fileOf(src)));
    return {
      type,
      path,
      html: htmlSize,
      css,
      js,
      images,
      firstLoadGzip: htmlSize[1] + css[1],
      inlineStyleChars: assets.inlineStyleChars,
      inlineScriptChars: assets.inlineScriptChars,
    };
  });
}

/** Feeds and the sitemap: files machines fetch whole, at their largest. */
function fileWeights(dist: string): { path: string; raw: number; gzip: number }[] {
  const out: { path: string; raw: number; gzip: number }[] = [];
  const measure = (rel: string) => {
    const body = readFileSync(join(dist, rel));
    return { path: `/${rel}`, raw: body.length, gzip: gzipSync(body).length };
  };
  for (const rel of ['feeds/reports.xml', 'feeds/reports.json', 'feeds/corrections.xml', 'sitemap.xml'])
    if (existsSync(join(dist, rel))) out.push(measure(rel));
  const topicFeeds = existsSync(join(dist, 'feeds/topics'))
    ? readdirSync(join(dist, 'feeds/topics'))
        .filter((f) => f.endsWith('.xml'))
        .map((f) => measure(`feeds/topics/${f}`))
    : [];
  if (topicFeeds.length > 0) out.push(topicFeeds.sort((a, b) => b.raw - a.raw)[0]!);
  return out;
}

// ---------- Lighthouse ----------
/**
 * Lighthouse on the budget's pages, each at its heaviest: the largest report and the largest page
 * of one quantity, as the page-weight table found them (the first report by name was once
 * `/reports/analysis/`, a list).
 */
async function runLighthouse(dist: string, weights: Weight[]) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const server = await serve(dist, port + 1);
  const heaviest = (type: string) => weights.find((w) => w.type === type)?.path ?? null;
  const pages: [string, string | null][] = [
    ['home', '/'],
    ['report', heaviest('report')],
    ['search', '/search/'],
    ['figures', heaviest('figures')],
    ['quantity', heaviest('quantity')],
  ];
  const results: {
    page: string;
    path: string | null;
    scores: Record<string, number> | null;
    note?: string;
    failing?: string[];
  }[] = [];
  const chrome = await chromeLauncher.launch({
    chromePath: '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  try {
    for (const [name, path] of pages) {
      if (!path) {
        results.push({ page: name, path, scores: null, note: `no ${name} page in this build` });
        continue;
      }
      say(`Lighthouse ${path}`);
      const result = await lighthouse(`http://127.0.0.1:${port + 1}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
      });
      const lhr = result!.lhr;
      const scores = Object.fromEntries(
        Object.entries(lhr.categories).map(([k, c]) => [k, Math.round((c.score ?? 0) * 100)]),
      );
      const failing = Object.values(lhr.audits)
        .filter(
          (a) =>
            a.score !== null &&
            a.score < 1 &&
            a.scoreDisplayMode !== 'informative' &&
            a.scoreDisplayMode !== 'notApplicable' &&
            a.scoreDisplayMode !== 'manual',
        )
        .map((a) => `${a.id} (${a.score})`);
      results.push({ page: name, path, scores, failing });
    }
  } finally {
    chrome.kill();
    server.close();
  }
  return results;
}

// ---------- measuring a built site only (--dist) ----------
if (opts.dist) {
  const dist = resolve(opts.dist);
  if (!existsSync(join(dist, 'index.html')))
    throw new Error(`--dist ${opts.dist}: no index.html there; build the site into it first`);
  if (opts.md === 'docs/benchmarks.md')
    throw new Error(
      '--dist measures one build only: pass --json and --md pointing outside docs/ so the benchmark record is not overwritten',
    );
  const pages = pageWeights(dist);
  const files = fileWeights(dist);
  const lighthouseResults = opts['skip-lighthouse'] ? null : await runLighthouse(dist, pages);
  const markdown = [
    `## Pages of ${opts.dist} (${new Date().toISOString()})`,
    '',
    `${countHtml(dist)} HTML files. Each page type at its largest page (HTML gzip).`,
    '',
    formatTable(
      [
        'page type',
        'largest page',
        'HTML raw / gzip',
        'CSS raw / gzip',
        'JS raw / gzip',
        'HTML+CSS gzip (first load)',
      ],
      pages.map((w) => [
        w.type,
        `\`${w.path.length > 48 ? `${w.path.slice(0, 45)}…` : w.path}\``,
        `${formatBytes(w.html[0])} / ${formatBytes(w.html[1])}`,
        `${formatBytes(w.css[0])} / ${formatBytes(w.css[1])}`,
        `${formatBytes(w.js[0])} / ${formatBytes(w.js[1])}`,
        formatBytes(w.firstLoadGzip),
      ]),
    ),
    '',
    formatTable(
      ['file', 'raw', 'gzip'],
      files.map((f) => [`\`${f.path}\``, formatBytes(f.raw), formatBytes(f.gzip)]),
    ),
    '',
    lighthouseResults
      ? formatTable(
          ['page', 'performance', 'accessibility', 'best practices', 'SEO', 'audits below 1'],
          lighthouseResults.map((l) =>
            l.scores
              ? [
                  l.page,
                  String(l.scores.performance),
                  String(l.scores.accessibility),
                  String(l.scores['best-practices']),
                  String(l.scores.seo),
                  (l.failing ?? []).join(', ') || 'none',
                ]
              : [l.page, '-', '-', '-', '-', l.note ?? ''],
          ),
        )
      : 'Lighthouse skipped (--skip-lighthouse)',
  ].join('\n');
  writeFileSync(
    opts.json,
    `${JSON.stringify({ dist: opts.dist, pageWeights: pages, files, lighthouse: lighthouseResults }, null, 2)}\n`,
  );
  writeFileSync(opts.md, `${markdown}\n`);
  console.log(`\n${markdown}\n`);
  process.exit(0);
}

// ---------- main ----------
const runs: Run[] = [];
const systems = [
  'site',
  ...(opts['skip-floor'] ? [] : ['floor']),
  ...(opts['skip-minimal'] ? [] : ['minimal-astro']),
  ...(opts['skip-hugo'] || !hugoAvailable ? [] : ['hugo']),
];
for (const n of sizes) {
  const content = ensureContent(n);
  for (let rep = 0; rep < repeat; rep += 1) {
    // Rotate the order each repetition so no system always runs first (or last) in a burst of load.
    const order = systems.map((_, i) => systems[(i + rep) % systems.length]!);
    for (const system of order) {
      const run =
        system === 'site'
          ? buildSite(n, content, 'cold', `r${rep}`)
          : system === 'floor'
            ? buildFloor(n, content, `r${rep}`)
            : system === 'minimal-astro'
              ? buildMinimal(n, content, `r${rep}`)
              : buildHugo(n, content, `r${rep}`);
      runs.push(run);
      say(
        `${system} ${n}: ${run.wallSeconds.toFixed(1)} s, ${run.pages} pages, peak ${formatBytes(run.maxRssBytes)}, load ${run.load.join(' ')}`,
      );
    }
  }
  const siteBuilt = runs.some(
    (r) => r.system === 'site' && r.kind === 'cold' && r.reports === n && !r.failed,
  );
  if (!siteBuilt) {
    say(`site ${n} did not build: no incremental or standalone Pagefind run`);
    continue;
  }
  if (!opts['skip-warm'] && n <= Number(opts['incremental-max'])) {
    // The caches the cold build left (Astro's content store, social cards, citations), nothing changed.
    const warm = buildSite(n, content, 'warm', 'warm');
    runs.push(warm);
    say(
      `site ${n} again, warm caches, nothing changed: ${warm.wallSeconds.toFixed(1)} s; ${formatCaches(warm)}`,
    );
  }
  if (!opts['skip-incremental'] && n <= Number(opts['incremental-max'])) {
    const inc = incrementalSite(n, content);
    runs.push(inc);
    say(`site ${n} after editing one report: ${inc.wallSeconds.toFixed(1)} s; ${formatCaches(inc)}`);
  }
  const pf = indexStandalone(n);
  runs.push(pf);
  say(`pagefind standalone ${n}: ${pf.wallSeconds.toFixed(1)} s, peak ${formatBytes(pf.maxRssBytes)}`);
}

const builtSizes = sizes.filter((n) =>
  runs.some((r) => r.system === 'site' && r.kind === 'cold' && r.reports === n && !r.failed),
);
const largest = builtSizes.length > 0 ? Math.max(...builtSizes) : Math.max(...sizes);
if (largest !== Math.max(...sizes))
  say(
    `the ${Math.max(...sizes)}-report site build failed: search, page weight and Lighthouse are measured on ${largest} reports`,
  );
const dist = siteDist(largest);
// The incremental build (if any) left the last dist; it holds the same pages as the cold one.
const index = dirBytes(join(dist, 'pagefind'));
const weights = pageWeights(dist);
const search = opts['skip-search']
  ? null
  : await measureSearch(dist, pickTerms(join(work, `content-${largest}`)), port);
const lighthouseResults = opts['skip-lighthouse'] ? null : await runLighthouse(dist, weights);

// ---------- summary ----------
const cold = (system: string, n: number) =>
  runs.filter((r) => r.system === system && r.reports === n && r.kind === 'cold');
const fmtCards = (r: Run) =>
  (r.caches?.cardsRendered === undefined ? '' : `${r.caches.cardsRendered} / ${r.caches.cardsReused}`) +
  (r.caches?.citationsFormatted === undefined
    ? ''
    : `; ${r.caches.citationsFormatted} / ${r.caches.citationsKept}`);
const fmtMemory = (r: Run) =>
  `${r.memory?.buildBytes === undefined ? '?' : formatBytes(r.memory.buildBytes)} / ${r.memory?.pagefindBytes === undefined ? '?' : formatBytes(r.memory.pagefindBytes)}`;
const fmtWall = (r: Run) =>
  r.failed ? `FAILED after ${r.wallSeconds.toFixed(0)} (${r.failed})` : r.wallSeconds.toFixed(1);
const okRatios = (a: number[], b: number[]) => pairRatios(a, b).filter((x) => Number.isFinite(x));
const wallOf = (r: Run) => (r.failed ? Number.NaN : r.wallSeconds);
const cpuOf = (r: Run) => (r.failed ? Number.NaN : r.cpuSeconds);
const buildRows: string[][] = [];
const ratios: Record<
  string,
  { siteOverFloor?: number[]; siteOverMinimal?: number[]; siteOverHugo?: number[] }
> = {};
for (const n of sizes) {
  const site = cold('site', n);
  ratios[n] = {};
  if (cold('floor', n).length === site.length && site.length > 0)
    ratios[n]!.siteOverFloor = okRatios(site.map(wallOf), cold('floor', n).map(wallOf));
  if (cold('minimal-astro', n).length === site.length && site.length > 0)
    ratios[n]!.siteOverMinimal = okRatios(site.map(wallOf), cold('minimal-astro', n).map(wallOf));
  if (cold('hugo', n).length === site.length && site.length > 0)
    ratios[n]!.siteOverHugo = okRatios(site.map(wallOf), cold('hugo', n).map(wallOf));
  for (const system of systems) {
    const rs = cold(system, n);
    if (rs.length === 0) continue;
    const ok = rs.filter((r) => !r.failed);
    const wall = ok.length > 0 ? median(ok.map((r) => r.wallSeconds)) : Number.NaN;
    const pages = rs[0]!.pages;
    const ratio =
      system === 'site'
        ? '1'
        : (
            ratios[n]![
              system === 'hugo' ? 'siteOverHugo' : system === 'floor' ? 'siteOverFloor' : 'siteOverMinimal'
            ] ?? []
          )
            .map((x) => `${x.toFixed(2)}x`)
            .join(', ');
    const cpuRatio =
      system === 'site'
        ? '1'
        : rs.length === site.length
          ? okRatios(site.map(cpuOf), rs.map(cpuOf))
              .map((x) => `${x.toFixed(2)}x`)
              .join(', ')
          : '';
    buildRows.push([
      system,
      String(n),
      String(pages),
      rs.map(fmtWall).join(', '),
      rs.map((r) => r.cpuSeconds.toFixed(1)).join(', '),
      Number.isFinite(wall) ? (pages / wall).toFixed(0) : '-',
      formatBytes(Math.max(...rs.map((r) => r.maxRssBytes))),
      system === 'site' ? rs.map(fmtMemory).join(', ') : '',
      system === 'site' ? rs.map((r) => r.pagefindSeconds?.toFixed(1) ?? '?').join(', ') : '',
      system === 'site' ? rs.map(fmtCards).join(', ') : '',
      ratio,
      cpuRatio,
      rs.map((r) => r.load.join(' ')).join('; '),
    ]);
  }
  for (const r of runs.filter((x) => x.reports === n && x.kind !== 'cold')) {
    const label =
      r.kind === 'incremental'
        ? 'site, one report edited (warm cache)'
        : r.kind === 'warm'
          ? 'site, nothing changed (warm cache)'
          : r.system;
    buildRows.push([
      label,
      String(n),
      String(r.pages || ''),
      fmtWall(r),
      r.cpuSeconds.toFixed(1),
      r.pages ? (r.pages / r.wallSeconds).toFixed(0) : '',
      formatBytes(r.maxRssBytes),
      r.system === 'site' ? fmtMemory(r) : '',
      r.pagefindSeconds?.toFixed(1) ?? '',
      fmtCards(r),
      '',
      '',
      r.load.join(' '),
    ]);
  }
}
const buildTable = formatTable(
  [
    'system',
    'reports',
    'pages',
    'wall s (each run)',
    'CPU s (user+sys)',
    'pages/s (median)',
    'peak RSS',
    'peak: build process / Pagefind',
    'Pagefind s (in build)',
    'made / reused: social cards; citations',
    'site ÷ this, wall, pair by pair',
    'site ÷ this, CPU',
    'load avg 1/5/15 after',
  ],
  buildRows,
);
// Where the page phase of the site's builds went, cold beside the rebuild after one edit.
const siteBuilds = runs.filter(
  (r) => r.system === 'site' && r.reports === largest && !r.failed && r.routeTimes,
);
const routeBuilds = [
  siteBuilds.find((r) => r.kind === 'cold'),
  siteBuilds.find((r) => r.kind === 'warm'),
  siteBuilds.find((r) => r.kind === 'incremental'),
].filter((r): r is Run => r !== undefined);
const routeGroups = [...new Set(routeBuilds.flatMap((r) => r.routeTimes!.map((t) => t.group)))];
const routeTable =
  routeBuilds.length === 0
    ? 'no site build'
    : formatTable(
        ['kind of page', ...routeBuilds.flatMap((r) => [`${r.kind} build: files`, `${r.kind} build: s`])],
        routeGroups.map((group) => [
          `\`${group}\``,
          ...routeBuilds.flatMap((r) => {
            const t = r.routeTimes!.find((x) => x.group === group);
            return [String(t?.pages ?? 0), ((t?.ms ?? 0) / 1000).toFixed(1)];
          }),
        ]),
      );
const cacheLines = routeBuilds.map((r) => `- ${r.kind} build: ${formatCaches(r)}.`).join('\n');
const weightTable = formatTable(
  [
    'page type',
    'path',
    'HTML raw / gzip',
    'CSS raw / gzip',
    'JS raw / gzip',
    'images raw / gzip',
    'HTML+CSS gzip (first load)',
    'inline CSS / JS chars',
  ],
  weights.map((w) => [
    w.type,
    `\`${w.path.length > 40 ? `${w.path.slice(0, 37)}…` : w.path}\``,
    `${formatBytes(w.html[0])} / ${formatBytes(w.html[1])}`,
    `${formatBytes(w.css[0])} / ${formatBytes(w.css[1])}`,
    `${formatBytes(w.js[0])} / ${formatBytes(w.js[1])}`,
    `${formatBytes(w.images[0])} / ${formatBytes(w.images[1])}`,
    formatBytes(w.firstLoadGzip),
    `${w.inlineStyleChars} / ${w.inlineScriptChars}`,
  ]),
);
const searchTable = search ? formatSearchTable(search) : 'skipped (--skip-search)';
const lighthouseTable = lighthouseResults
  ? formatTable(
      ['page', 'performance', 'accessibility', 'best practices', 'SEO', 'audits below 1'],
      lighthouseResults.map((l) =>
        l.scores
          ? [
              l.page,
              String(l.scores.performance),
              String(l.scores.accessibility),
              String(l.scores['best-practices']),
              String(l.scores.seo),
              (l.failing ?? []).join(', ') || 'none',
            ]
          : [l.page, '-', '-', '-', '-', l.note ?? ''],
      ),
    )
  : 'skipped (--skip-lighthouse)';

const generatedAt = new Date().toISOString();
const loadAtEnd = load();
const markdown = `<!-- bench:start (generated by scripts/bench/run.ts; edit outside these markers) -->
## Latest run

${generatedAt}, \`${command}\` (seed ${seed}, ${repeat} run(s) per system and size, interleaved and rotated).

Machine: ${machine.cores} cores (${machine.cpu}), ${machine.memoryGB} GB memory, Node ${machine.node}, Astro ${machine.astro},
Pagefind ${machine.pagefind}, ${machine.chromium}, ${machine.hugo}. Load averages (1/5/15 min) at start ${machine.loadAtStart.join(' ')},
at end ${loadAtEnd.join(' ')}. The machine is shared with other developers' builds: compare systems by the pair-by-pair
ratios, not the absolute times.

### Full builds

${buildTable}

Peak RSS is the largest single process (\`/usr/bin/time -v\`, children included), which in a site build may be Pagefind's.
The next column splits a site build's peak as read from /proc while it ran (scripts/bench/peak-memory.ts): the build's own
processes (Astro's Node), then Pagefind's indexing process. The standalone Pagefind row re-indexes the built site with Pagefind's CLI to show its own time
and memory apart from Astro's.

### What a site build spends its page time on (${largest} reports)

Astro's own time per generated file, summed by kind of page (the page phase only: not the content sync, the bundling or Pagefind).

${routeTable}

${cacheLines}

### Search index (${largest} reports)

Pagefind bundle: ${formatBytes(index.bytes)} in ${index.files} files.
${search ? `Before a query the search page fetched ${search.beforeSearch.requests} files, ${formatBytes(search.beforeSearch.bytes)}, ${search.beforeSearch.pagefindRequests} of them Pagefind's.` : ''}

### Search in headless Chromium (${largest} reports, served locally with gzip for text files)

${searchTable}

### Page weight (${largest}-report build)

${weightTable}

### Lighthouse (mobile defaults, ${largest}-report build)

${lighthouseTable}
<!-- bench:end -->`;

const summary = {
  generatedAt,
  command,
  seed,
  repeat,
  machine: { ...machine, loadAtEnd },
  // A build's whole output is megabytes at 10,000 reports; it stays in its log file, named here.
  runs: runs.map(({ log, stdout: _stdout, ...r }) => ({ ...r, log: log.replace(`${root}/`, '') })),
  ratios,
  searchIndex: index,
  pageWeights: weights,
  search,
  lighthouse: lighthouseResults,
};
mkdirSync('docs', { recursive: true });
writeFileSync(opts.json, `${JSON.stringify(summary, null, 2)}\n`);
const previous = existsSync(opts.md)
  ? readFileSync(opts.md, 'utf8')
  : '# Benchmarks\n\n<!-- bench:start -->\n<!-- bench:end -->\n';
const updated = /<!-- bench:start[\s\S]*<!-- bench:end -->/.test(previous)
  ? previous.replace(/<!-- bench:start[\s\S]*<!-- bench:end -->/, markdown)
  : `${previous}\n${markdown}\n`;
writeFileSync(opts.md, updated);
console.log(`\n${markdown}\n`);
say(`wrote ${opts.json} and ${opts.md}`);
