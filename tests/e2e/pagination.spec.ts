/**
 * Long lists on a small synthetic archive built with small page sizes (SYNTH in
 * support/fixtures.ts, built into dist-synth/ by playwright.config.ts): the reports list, topics,
 * an entity's reports and the sources list are paginated with a window of page links, every report
 * is reachable exactly once, the pages stay accessible, and the archive built whole, search index
 * included.
 */
import { expect, test, type Page } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { synthPort } from '../../playwright.config';
import { findAccessibilityViolations } from './support/axe';
import { SYNTH } from './support/fixtures';

test.use({ baseURL: `http://127.0.0.1:${synthPort}` });

const { reportsPerPage, listPageSize, previewSize, sourcesPerPage, feedSize } = SYNTH.sizes;

/** The ids of a kind of content in the synthetic archive; read when a test runs, after the web server wrote it. */
const contentIds = (kind: string): string[] =>
  readdirSync(join(SYNTH.content, kind)).map((name) => name.replace(/\.(md|yaml)$/, ''));

/** The page links as a reader sees them: numbers, `…` for a gap, the current page in brackets. */
async function pageRow(page: Page, label = 'Pages'): Promise<string> {
  const nav = page.getByRole('navigation', { name: label, exact: true });
  return (
    await nav.locator('li').evaluateAll((items) =>
      items.map((li) => {
        const a = li.querySelector('a');
        if (!a) return '…';
        return a.getAttribute('aria-current') === 'page'
          ? `[${a.textContent!.trim()}]`
          : a.textContent!.trim();
      }),
    )
  ).join(' ');
}

/**
 * Follows "Older →" from `start` to the end, or until `enough` reports are collected, collecting
 * each page's report links and URL.
 */
async function walkList(
  page: Page,
  start: string,
  enough = Infinity,
): Promise<{ urls: string[]; reports: string[] }> {
  const urls: string[] = [];
  const reports: string[] = [];
  for (let url: string | null = start; url && reports.length < enough;) {
    await page.goto(url);
    urls.push(new URL(page.url()).pathname);
    reports.push(
      ...(await page
        .locator('.card-list .card h2 a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')!))),
    );
    const older = page.getByRole('link', { name: 'Older →' });
    url = (await older.count()) > 0 ? await older.getAttribute('href') : null;
  }
  return { urls, reports };
}

test('the reports list shows a window of page links, not one per page, and jumps to any part', async ({
  page,
}) => {
  const last = Math.ceil(contentIds('reports').length / reportsPerPage);
  // Page 6 has a gap on either side of its window only when at least five pages follow it.
  expect(last).toBeGreaterThanOrEqual(11);
  await page.goto('/reports/');
  expect(await pageRow(page)).toBe(`[1] 2 3 4 5 6 … ${last}`);
  await expect(page.getByRole('link', { name: '← Newer' })).toHaveCount(0);
  await expect(page.locator('head link[rel="next"]')).toHaveAttribute('href', '/reports/2/');

  // The last page is one click away, and from there the window slides to the end.
  await page.getByRole('link', { name: `Page ${last}, oldest` }).click();
  await expect(page).toHaveURL(`/reports/${last}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`All reports, page ${last} of ${last}`);
  expect(await pageRow(page)).toBe(`1 … ${[5, 4, 3, 2, 1].map((k) => last - k).join(' ')} [${last}]`);
  await expect(page.getByRole('link', { name: 'Older →' })).toHaveCount(0);
  await expect(page.locator('head link[rel="prev"]')).toHaveAttribute('href', `/reports/${last - 1}/`);

  // In the middle: the first and last page, two either side, and a gap each way.
  await page.goto('/reports/6/');
  expect(await pageRow(page)).toBe(`1 … 4 5 [6] 7 8 … ${last}`);
  await expect(
    page.getByRole('navigation', { name: 'Pages', exact: true }).getByText('pages 2 to 3 not shown'),
  ).toHaveCount(1);
  await page.getByRole('link', { name: 'Page 8', exact: true }).click();
  await expect(page).toHaveURL('/reports/8/');
  await expect(page.locator('[aria-current="page"]').filter({ hasText: '8' })).toBeVisible();
});

test('walking the reports list from newest to oldest meets every report exactly once', async ({ page }) => {
  const total = contentIds('reports').length;
  const { urls, reports } = await walkList(page, '/reports/');
  expect(urls.length).toBe(Math.ceil(total / reportsPerPage));
  expect(reports.length).toBe(total);
  expect(new Set(reports).size).toBe(total);
});

test(`a topic lists its reports ${listPageSize} a page, under its old address and numbered pages after it`, async ({
  page,
}) => {
  await page.goto('/topics/');
  const counts = await page
    .locator('.card .meta')
    .evaluateAll((metas) => metas.map((m) => Number(/(\d+) reports?/.exec(m.textContent!)?.[1] ?? 0)));
  const topic = page.locator('.card').nth(counts.findIndex((n) => n > listPageSize));
  const label = (await topic.locator('h2 a').textContent())!.trim();
  const total = Number(/(\d+) reports/.exec((await topic.locator('.meta').textContent())!)![1]);
  expect(total).toBeGreaterThan(listPageSize);
  await topic.locator('h2 a').click();
  await expect(page).toHaveURL(/\/topics\/[a-z0-9-]+\/$/);
  const first = new URL(page.url()).pathname;
  await expect(page.getByText(`Reports 1–${listPageSize} of ${total}, newest first.`)).toBeVisible();
  await expect(page.locator('.card-list .card')).toHaveCount(listPageSize);

  const { urls, reports } = await walkList(page, first);
  expect(urls).toEqual(
    Array.from({ length: Math.ceil(total / listPageSize) }, (_, i) =>
      i === 0 ? first : `${first}${i + 1}/`,
    ),
  );
  expect(new Set(reports).size).toBe(total);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${label}, page ${urls.length}`);
  await expect(page.getByRole('navigation', { name: `Pages of ${label}` })).toBeVisible();

  // Newest first across the pages: each page's dates follow on from the page before.
  const dates: string[] = [];
  for (const url of urls) {
    await page.goto(url);
    dates.push(
      ...(await page.locator('.card time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!))),
    );
  }
  expect([...dates].sort().reverse()).toEqual(dates);
});

test(`an entity named in many reports shows the newest ${previewSize} and links to all of them, paginated`, async ({
  page,
}) => {
  await page.goto('/entities/');
  let found = false;
  for (const href of await page
    .locator('.entity-list a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
    await page.goto(href);
    const heading = (await page.locator('#reports-heading').textContent())!;
    const total = Number(/\((\d+)\)/.exec(heading)![1]);
    if (total <= listPageSize) continue;
    found = true;
    const name = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
    await expect(page.locator('section[aria-labelledby="reports-heading"] .card')).toHaveCount(previewSize);
    await page.getByRole('link', { name: `All ${total} reports naming ${name} →` }).click();
    await expect(page).toHaveURL(`${new URL(href, page.url()).pathname}reports/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Reports naming ${name}`);
    const { reports } = await walkList(page, new URL(page.url()).pathname);
    expect(new Set(reports).size).toBe(total);
    break;
  }
  expect(found, `the synthetic archive has an entity named in more than ${listPageSize} reports`).toBe(true);
});

test(`the sources list is paginated, and the feeds carry the newest ${feedSize} reports only`, async ({
  page,
  request,
}) => {
  await page.goto('/sources/');
  expect(contentIds('sources').length).toBeGreaterThan(sourcesPerPage);
  await expect(page.locator('.source-list > li')).toHaveCount(sourcesPerPage);
  await page
    .getByRole('navigation', { name: 'Pages of sources' })
    .getByRole('link', { name: 'Older →' })
    .click();
  await expect(page).toHaveURL('/sources/2/');
  expect(await page.locator('.source-list > li').count()).toBeGreaterThan(0);

  // The newest reports are on the first pages of the list: walk only as far as a feed holds.
  const newest = (await walkList(page, '/reports/', feedSize)).reports.slice(0, feedSize);
  const feed = await (await request.get('/feeds/reports.json')).json();
  expect(feed.items.map((i: { url: string }) => new URL(i.url).pathname)).toEqual(newest);
});

for (const path of ['/reports/6/', '/sources/2/']) {
  test(`paginated ${path} is accessible in light and dark at phone and desktop width, and fits 320 px`, async ({
    page,
  }) => {
    await page.goto(path);
    const modes = (['light', 'dark'] as const).flatMap((colorScheme) =>
      [375, 1280].map((width) => ({
        name: `${path} ${colorScheme} ${width}`,
        colorScheme,
        viewport: { width, height: 800 },
      })),
    );
    expect(await findAccessibilityViolations(page, modes)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 700 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
}

test('the synthetic archive builds whole: a page for every report, and every report, source, entity and figures page in the search index', () => {
  const reports = contentIds('reports');
  expect(reports).toHaveLength(SYNTH.reports);
  expect(reports.filter((id) => !existsSync(join(SYNTH.dist, 'reports', id, 'index.html')))).toEqual([]);
  const entry = JSON.parse(readFileSync(join(SYNTH.dist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  // Every report, source record, entity and quantity (figures) page carries data-pagefind-body.
  expect(Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0)).toBe(
    reports.length +
      contentIds('sources').length +
      contentIds('entities').length +
      contentIds('quantities').length,
  );
});
