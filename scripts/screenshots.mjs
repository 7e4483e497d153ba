#!/usr/bin/env node
// Screenshots of a built site for the README: the home page, a report, a figures page and a source
// page, each at 390 and 1280 px wide, in light and dark, the first screen a reader sees, written
// to docs/screenshots/<page>-<width>-<scheme>.png. It builds nothing: build first (`npx astro
// build`), then `npm run screenshots` (options: --dist DIR, --out DIR, --port N). The pages are
// picked from the build's open data, so the script needs no list to keep up to date: the first
// analysis (else the first report), the quantity with the most claims, the first source record.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    out: { type: 'string', default: 'docs/screenshots' },
    port: {
      type: 'string',
      default: process.env.E2E_PORT ? String(Number(process.env.E2E_PORT) + 7) : '4397',
    },
  },
});
const dist = values.dist;
if (!existsSync(join(dist, 'index.html')) || !existsSync(join(dist, 'data', 'reports.json'))) {
  console.error(
    `screenshots: no built site in '${dist}/' (index.html and data/reports.json are missing); build first with 'npx astro build', or pass --dist DIR.`,
  );
  process.exit(1);
}

/** @param {string} name */
const readData = (name) => JSON.parse(readFileSync(join(dist, 'data', name), 'utf8'));
/** @param {string} url */
const pathOf = (url) => new URL(url, 'http://localhost').pathname;

/** @type {{ url: string, type: string }[]} */
const reports = readData('reports.json');
/** @type {{ url: string }[]} */
const claims = readData('claims.json');
/** @type {{ page: string }[]} */
const sources = readData('sources.json');
const report = reports.find((r) => r.type === 'analysis') ?? reports[0];
/** @type {Map<string, number>} */
const claimsPerPage = new Map();
for (const c of claims) claimsPerPage.set(pathOf(c.url), (claimsPerPage.get(pathOf(c.url)) ?? 0) + 1);
const quantityPage = [...claimsPerPage].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
if (!report || !quantityPage || !sources[0]) {
  console.error(`screenshots: the build in '${dist}/' has no report, claim or source to show.`);
  process.exit(1);
}
const pages = [
  { name: 'home', path: '/' },
  { name: 'report', path: pathOf(report.url) },
  { name: 'figures', path: quantityPage },
  { name: 'source', path: pathOf(sources[0].page) },
];
const viewports = [
  { width: 390, height: 844 },
  { width: 1280, height: 900 },
];

const port = Number(values.port);
const server = spawn(process.execPath, ['scripts/serve-static.mjs', dist, '/', String(port)], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
// Wait for the server's "Serving …" line. If the port is taken, it exits instead, and another
// program answering on that port would be photographed in its place: stop.
await new Promise((resolve, reject) => {
  server.stdout.once('data', resolve);
  server.once('exit', () =>
    reject(
      new Error(`screenshots: the static server on port ${port} stopped (is the port taken? pass --port N)`),
    ),
  );
});
const base = `http://127.0.0.1:${port}`;
const executablePath =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const browser = await chromium.launch({
  ...(executablePath ? { executablePath } : {}),
  args: ['--no-sandbox'],
});
try {
  mkdirSync(values.out, { recursive: true });
  let total = 0;
  for (const viewport of viewports)
    for (const colorScheme of /** @type {const} */ (['light', 'dark'])) {
      const context = await browser.newContext({
        viewport,
        colorScheme,
        deviceScaleFactor: 1,
        reducedMotion: 'reduce',
      });
      const page = await context.newPage();
      for (const { name, path } of pages) {
        const response = await page.goto(base + path);
        if (!response?.ok()) throw new Error(`screenshots: ${path} answered ${response?.status()}`);
        await page.evaluate(() => document.fonts.ready);
        const file = join(values.out, `${name}-${viewport.width}-${colorScheme}.png`);
        await page.screenshot({ path: file });
        total += statSync(file).size;
        console.log(`${file}  ${path}  ${(statSync(file).size / 1024).toFixed(0)} KB`);
      }
      await context.close();
    }
  // An index to browse them by, linked from the project's README.
  /** @param {string} name @param {number} width @param {string} scheme */
  const cell = (name, width, scheme) => {
    const file = `${name}-${width}-${scheme}.png`;
    return `[![${name}, ${width} px, ${scheme}](${file})](${file})`;
  };
  const schemes = ['light', 'dark'];
  const lines = [
    '# Screenshots',
    '',
    'The first screen of four kinds of page, at 390 px (a phone) and 1280 px (a desktop), in light and dark.',
    'Written by `npm run screenshots` (`scripts/screenshots.mjs`) from a build: build, then run it again to update them.',
    '',
    `| page | ${viewports.flatMap((v) => schemes.map((c) => `${v.width} px ${c}`)).join(' | ')} |`,
    `| --- | ${viewports.flatMap(() => schemes.map(() => '---')).join(' | ')} |`,
    ...pages.map(
      ({ name, path }) =>
        `| ${name} (\`${path}\`) | ${viewports.flatMap((v) => schemes.map((c) => cell(name, v.width, c))).join(' | ')} |`,
    ),
    '',
  ];
  writeFileSync(join(values.out, 'README.md'), lines.join('\n'));
  console.log(
    `${pages.length * viewports.length * 2} screenshots, ${(total / 1024).toFixed(0)} KB in all, in ${values.out}/`,
  );
} finally {
  await browser.close();
  server.kill();
}
