/**
 * Production serving: the built site behind Debian's nginx with deploy/nginx/. Every file answers
 * with the security headers, the right caching, its media type (with `charset=utf-8` for text)
 * and, for text, gzip; every redirect and error carries the headers and is never cached
 * immutable; dotfiles left in the root are refused; a copy fetched by the list in SHA256SUMS checks clean, with the
 * commands the /data/ page gives. Searching and following a result reports no
 * Content-Security-Policy violation and no console error. (Every page is loaded under the policy,
 * and checked the same way, in every-page.spec.ts.)
 */
import { expect } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { NOT_SERVED } from '../../src/build/site-manifest';
import { parseSha256Sums } from '../../src/lib/checksums';
import { renderNginxRedirects } from '../../src/lib/redirects';
import {
  CACHE_IMMUTABLE,
  CACHE_REVALIDATE,
  classifyCaching,
  listSecurityHeaders,
} from '../../src/lib/security-headers';
import { urlPathForFile } from '../../src/lib/site-links';
import {
  DIST,
  listBuiltFiles,
  publishedReportSlugs,
  readBuiltPage,
  readSiteOrigin,
} from './support/built-site';
import { httpGet, sendRaw, startNginx, test, type RawResponse } from './support/nginx';

/**
 * The Content-Type each kind of built file must be served with. Text says its charset, and is
 * compressed. A file of a kind not listed here fails the first test: add its type here and, if
 * nginx's mime.types lacks it, to deploy/nginx/kursk-files.conf.
 */
const MEDIA_TYPES: [RegExp, string][] = [
  [/\.html$/, 'text/html; charset=utf-8'],
  [/\.css$/, 'text/css; charset=utf-8'],
  [/\.js$/, 'application/javascript; charset=utf-8'],
  [/^feeds\/.+\.json$/, 'application/feed+json; charset=utf-8'],
  [/\.json$/, 'application/json; charset=utf-8'],
  [/^feeds\/.+\.xml$/, 'application/rss+xml; charset=utf-8'],
  [/\.xml$/, 'text/xml; charset=utf-8'],
  [/\.atom$/, 'application/atom+xml; charset=utf-8'],
  [/\.csv$/, 'text/csv; charset=utf-8'],
  [/\.txt$|^SHA256SUMS$/, 'text/plain; charset=utf-8'],
  [/\.bib$/, 'application/x-bibtex; charset=utf-8'],
  [/\.ris$/, 'application/x-research-info-systems; charset=utf-8'],
  [/\.svg$/, 'image/svg+xml; charset=utf-8'],
  [/\.webmanifest$/, 'application/manifest+json; charset=utf-8'],
  [/\.png$/, 'image/png'],
  [/\.woff2$/, 'font/woff2'],
  // Pagefind's WebAssembly and index chunks, which are gzip data already.
  [/^pagefind\/.+\.pagefind$/, 'application/wasm'],
  [/^pagefind\/.+\.pf_(fragment|index|filter|meta)$/, 'application/octet-stream'],
];
const mediaType = (file: string) => MEDIA_TYPES.find(([pattern]) => pattern.test(file))?.[1];

/** What is wrong with a response's security headers, one line each. */
function headerProblems(what: string, response: RawResponse): string[] {
  return listSecurityHeaders()
    .filter(([name, value]) => response.headers[name.toLowerCase()] !== value)
    .map(([name]) => `${what}: ${name} is ${response.headers[name.toLowerCase()] ?? 'missing'}`);
}

test('every built file is served with the security headers, its caching rule, its media type and compression', async ({
  nginx: server,
}) => {
  const problems: string[] = [];
  const files = listBuiltFiles();
  const kinds = new Set<string>();
  for (const file of files) {
    const path = file.endsWith('.html') ? urlPathForFile(file) : `/${file}`;
    const response = await httpGet(server.origin, path, { 'accept-encoding': 'gzip' });
    const headers = response.headers;
    problems.push(...headerProblems(path, response));
    if (headers['set-cookie']) problems.push(`${path}: sets a cookie`);
    // Instructions for other hosts: not part of the site (and not in SHA256SUMS).
    if (NOT_SERVED.includes(file)) {
      if (response.status !== 404) problems.push(`${path}: status ${response.status}, expected 404`);
      continue;
    }
    if (response.status !== 200) problems.push(`${path}: status ${response.status}`);
    const cache = classifyCaching(file) === 'immutable' ? CACHE_IMMUTABLE : CACHE_REVALIDATE;
    if (headers['cache-control'] !== cache)
      problems.push(`${path}: Cache-Control is ${headers['cache-control'] ?? 'missing'}, expected ${cache}`);
    const type = mediaType(file);
    if (!type) problems.push(`${path}: no expected Content-Type for this kind of file in nginx.spec.ts`);
    else if (headers['content-type'] !== type)
      problems.push(`${path}: Content-Type is ${headers['content-type'] ?? 'missing'}, expected ${type}`);
    const text = type?.endsWith('; charset=utf-8') ?? false;
    if (text) kinds.add(file.replace(/^.*\./, ''));
    // Text is sent compressed to a browser that accepts it, and says that the answer varies by that.
    if (text && headers['content-encoding'] !== 'gzip')
      problems.push(
        `${path}: Content-Encoding is ${headers['content-encoding'] ?? 'missing'}, expected gzip`,
      );
    if (!text && headers['content-encoding'])
      problems.push(`${path}: ${headers['content-encoding']} over a file that is not text`);
    if (text && !/\bAccept-Encoding\b/i.test(headers['vary'] ?? ''))
      problems.push(`${path}: Vary is ${headers['vary'] ?? 'missing'}, expected Accept-Encoding`);
  }
  expect(files.length).toBeGreaterThan(20);
  // The fonts are files of the site, under a hashed name (cached for a year, immutable).
  expect(files.filter((f) => /^_astro\/.+\.woff2$/.test(f)).length).toBeGreaterThan(0);
  // The feeds, sitemap, citation files, CSV and JSON were among the text checked.
  for (const kind of ['html', 'css', 'js', 'json', 'xml', 'atom', 'csv', 'txt', 'bib', 'ris', 'svg'])
    expect([...kinds], kind).toContain(kind);
  expect(problems).toEqual([]);
});

test('an unknown address gets the 404 page, with the headers; a path without its slash redirects', async ({
  request,
  nginx: server,
}) => {
  const missing = await request.get(`${server.origin}/no-such-page/`);
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toContain('Page not found');
  expect(missing.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(missing.headers()['referrer-policy']).toBe('no-referrer');
  const bare = await request.get(`${server.origin}/reports`, { maxRedirects: 0 });
  expect(bare.status()).toBe(301);
  expect(bare.headers()['location']).toBe('/reports/');
  expect((await request.get(`${server.origin}/_headers`)).status()).toBe(404);
  expect((await request.get(`${server.origin}/_redirects`)).status()).toBe(404);
});

test('every redirect and error carries the security headers, and no error is cached immutable', async ({
  nginx: server,
}) => {
  const get = (path: string) => httpGet(server.origin, path);
  const raw = (text: string) => sendRaw(server.origin, text);
  const cases: [string, Promise<RawResponse>, number][] = [
    ['the slash redirect (/reports)', get('/reports'), 301],
    ['an unknown page', get('/no-such-page/'), 404],
    ['a missing file under /_astro/', get('/_astro/no-such-file.css'), 404],
    ['a missing Pagefind chunk', get('/pagefind/fragment/no-such-chunk.pf_fragment'), 404],
    ['the /_astro/ folder, which has no index', get('/_astro/'), 403],
    ['a POST', raw('POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n'), 405],
    ['a malformed request line', raw('GARBAGE\r\n\r\n'), 400],
    ['a request without Host', raw('GET / HTTP/1.1\r\n\r\n'), 400],
    ['a request for a path outside the root', raw('GET /../etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n'), 400],
    ['a 10,000-character URI', raw(`GET /${'a'.repeat(10_000)} HTTP/1.1\r\nHost: x\r\n\r\n`), 414],
    [
      'a 20,000-character header',
      raw(`GET / HTTP/1.1\r\nHost: x\r\nX-Long: ${'b'.repeat(20_000)}\r\n\r\n`),
      400,
    ],
  ];
  const problems: string[] = [];
  for (const [what, pending, status] of cases) {
    const response = await pending;
    if (response.status !== status) problems.push(`${what}: status ${response.status}, expected ${status}`);
    problems.push(...headerProblems(what, response));
    // A 403 or 404 cached immutable would stay in browsers and caches for a year after the file appears.
    if (response.headers['cache-control'] !== CACHE_REVALIDATE)
      problems.push(`${what}: Cache-Control is ${response.headers['cache-control'] ?? 'missing'}`);
  }
  expect(problems).toEqual([]);
  // The reader of a missing file under /_astro/ gets the site's own 404 page.
  expect((await get('/_astro/no-such-file.css')).body.toString()).toContain('Page not found');
});

test('dotfiles left in the root are refused with the 404 page; a former slug redirects with the headers', async (// eslint-disable-next-line no-empty-pattern -- this test starts its own nginx, on a copy of the site.
{}, testInfo) => {
  // A copy of the built site with what a careless deploy leaves behind (dist/ itself is untouched).
  const root = mkdtempSync(join(tmpdir(), 'kursk-dotfiles-'));
  cpSync(DIST, root, { recursive: true });
  const secret = 'secret-value-that-must-not-be-served';
  const planted = [
    '.env',
    '.git/config',
    '.git/HEAD',
    '.htpasswd',
    '_astro/.env',
    'pagefind/.env',
    'reports/.DS_Store',
    '.well-known/.secret',
    'reports/.well-known/x',
  ];
  for (const file of [...planted, '.well-known/security.txt']) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), file === '.well-known/security.txt' ? 'Contact: x\n' : `${secret}\n`);
  }
  const slug = publishedReportSlugs()[0]!;
  const former = '/reports/a-former-slug-of-the-test/';
  const server = await startNginx(Number(process.env.E2E_PORT ?? 4399) + 8 + testInfo.parallelIndex, {
    root,
    redirects: renderNginxRedirects([{ from: former, to: `/reports/${slug}/` }], '/'),
  });
  try {
    const problems: string[] = [];
    // As written, and spelt so that only the decoded, normalised path shows the dot.
    const paths = [
      ...planted.map((f) => `/${f}`),
      '/%2egit/config',
      '/%2Eenv',
      '/reports/../.env',
      '/_astro/%2eenv',
    ];
    for (const path of paths) {
      const response = await httpGet(server.origin, path);
      if (response.status !== 404) problems.push(`${path}: status ${response.status}, expected 404`);
      if (response.body.toString().includes(secret)) problems.push(`${path}: served the file`);
      else if (!response.body.toString().includes('Page not found'))
        problems.push(`${path}: not the 404 page`);
      problems.push(...headerProblems(path, response));
    }
    // /.well-known/ at the root is left to whoever needs it (ACME, security.txt).
    const wellKnown = await httpGet(server.origin, '/.well-known/security.txt');
    expect(wellKnown.status).toBe(200);
    expect(headerProblems('/.well-known/security.txt', wellKnown)).toEqual([]);

    for (const path of [former, former.slice(0, -1)]) {
      // A Host of another site changes nothing: the Location stays on this site.
      for (const host of [undefined, 'evil.example']) {
        const response = await httpGet(server.origin, path, host ? { host } : {});
        const what = `${path}${host ? ` (Host: ${host})` : ''}`;
        if (response.status !== 301) problems.push(`${what}: status ${response.status}, expected 301`);
        if (response.headers['location'] !== `/reports/${slug}/`)
          problems.push(`${what}: Location is ${response.headers['location']}`);
        if (response.headers['cache-control'] !== CACHE_REVALIDATE)
          problems.push(`${what}: Cache-Control is ${response.headers['cache-control'] ?? 'missing'}`);
        problems.push(...headerProblems(what, response));
      }
    }
    expect(problems).toEqual([]);
  } finally {
    await server.stop();
    rmSync(root, { recursive: true, force: true });
  }
});

test('a copy fetched file by file by SHA256SUMS checks clean with sha256sum -c, and it lists every file served', async ({
  nginx: server,
}) => {
  const sums = await httpGet(server.origin, '/SHA256SUMS');
  expect(sums.status).toBe(200);
  const listed = parseSha256Sums(sums.body.toString());
  expect(listed.length).toBeGreaterThan(100);
  const copy = mkdtempSync(join(tmpdir(), 'kursk-mirror-'));
  try {
    // Each listed path fetched as the reader would, without compression, and kept byte for byte.
    const missing: string[] = [];
    for (const { path } of listed) {
      const response = await httpGet(server.origin, `/${path}`);
      if (response.status !== 200) {
        missing.push(`${path}: HTTP ${response.status}`);
        continue;
      }
      mkdirSync(dirname(join(copy, path)), { recursive: true });
      writeFileSync(join(copy, path), response.body);
    }
    expect(missing, 'listed in SHA256SUMS but not served').toEqual([]);
    writeFileSync(join(copy, 'SHA256SUMS'), sums.body);
    const check = spawnSync('sha256sum', ['--check', '--strict', 'SHA256SUMS'], {
      cwd: copy,
      encoding: 'utf8',
    });
    expect(check.error).toBeUndefined();
    expect(`${check.stdout}${check.stderr}`.split('\n').filter((l) => / FAILED|WARNING/.test(l))).toEqual([]);
    expect(check.status).toBe(0);
    expect(check.stdout.split('\n').filter((l) => l.endsWith(': OK'))).toHaveLength(listed.length);

    // And nothing served is left out: every other built file is refused by nginx.
    const inList = new Set(listed.map((f) => f.path));
    const unlisted: string[] = [];
    for (const file of listBuiltFiles().filter((f) => f !== 'SHA256SUMS' && !inList.has(f))) {
      const response = await httpGet(server.origin, `/${file}`);
      if (response.status !== 404) unlisted.push(`${file}: HTTP ${response.status}`);
    }
    expect(unlisted, 'served but not listed in SHA256SUMS').toEqual([]);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
});

test('the /data/ page links SHA256SUMS, and its commands, run as written against the served site, check a copy', async ({
  nginx: server,
}) => {
  const page = readBuiltPage('data/index.html');
  expect(page).toMatch(/<a href="\/SHA256SUMS"[^>]*>SHA256SUMS<\/a>/);
  const code =
    /<h2 id="verify"[^>]*>Verify a copy<\/h2>[\s\S]*?<pre[^>]*><code[^>]*>([\s\S]*?)<\/code><\/pre>/.exec(
      page,
    )?.[1];
  expect(code, 'a <pre><code> block under "Verify a copy"').toBeDefined();
  const commands = code!
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
  // The page names the site's own address; here that site is served by nginx.
  const site = readSiteOrigin();
  expect(commands).toContain(`site=${site}\n`);
  expect(spawnSync('curl', ['--version']).error, 'the commands use curl: install it').toBeUndefined();
  const work = mkdtempSync(join(tmpdir(), 'kursk-verify-'));
  try {
    const run = spawnSync('sh', ['-e', '-c', commands.replaceAll(site, server.origin)], {
      cwd: work,
      encoding: 'utf8',
    });
    expect(`${run.stdout}${run.stderr}`, 'the commands say so, and only so, when every file matches').toBe(
      'Every file matches.\n',
    );
    expect(run.status).toBe(0);
    const folder = join(work, 'copy');
    const listed = parseSha256Sums(readFileSync(join(folder, 'SHA256SUMS'), 'utf8'));
    expect(listed.length).toBeGreaterThan(100);
    // As the page says, a file that differs is named.
    writeFileSync(join(folder, listed[0]!.path), 'changed');
    const after = spawnSync('sha256sum', ['-c', '--quiet', 'SHA256SUMS'], { cwd: folder, encoding: 'utf8' });
    expect(after.status).not.toBe(0);
    expect(after.stdout).toContain(`${listed[0]!.path}: FAILED`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

test('searching and opening a result reports no CSP violation and no console error', async ({
  page,
  nginx: server,
}) => {
  const violations: string[] = [];
  const errors: string[] = [];
  await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { reportCspViolation: (t: string) => void }).reportCspViolation(
        `${e.violatedDirective} blocked ${e.blockedURI} on ${location.pathname}`,
      );
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      errors.push(`${message.type()}: ${message.text()} (${page.url()})`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message} (${page.url()})`));

  await page.goto(`${server.origin}/search/`);
  await page.getByRole('searchbox', { name: 'Search terms' }).fill('drones');
  await expect(page.locator('#search-results > li').first()).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search terms' }).fill('Mylar');
  await expect(page.locator('#search-count')).toContainText('for “Mylar”');
  await page.locator('#search-results a[href*="/reports/"]').first().click();
  await expect(page).toHaveURL(/\/reports\/[a-z0-9-]+\/(\?highlight=[^&]+)?$/);
  // The copy-link script, the reading pages' one script, ran under the policy and revealed its button.
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible();
  await page.goto(`${server.origin}/no-such-page/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');

  expect(violations).toEqual([]);
  // The 404 page's own status is logged as a failed resource load; anything else is a fault.
  expect(errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
});
