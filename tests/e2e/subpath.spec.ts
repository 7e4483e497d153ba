/**
 * The whole site built with BASE_PATH=/kursk/ (into dist-subpath/) and served by a plain static
 * server under /kursk/ only: browsing, paragraph links, search, feeds, cards and every link.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { subpathPort } from '../../playwright.config';
import { findBuiltLinkProblems, publishedReportSlugs } from './support/built-site';
import { SUBPATH_CONTACT, SUBPATH_PUBLISHER } from './support/fixtures';

const origin = `http://127.0.0.1:${subpathPort}`;
test.use({ baseURL: origin });

test('a reader browses, reads, links a paragraph and searches under /kursk/', async ({ page }) => {
  const outside: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.origin === origin && !url.pathname.startsWith('/kursk/')) outside.push(url.pathname);
  });
  const failed: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });

  await page.goto('/kursk/');
  await expect(page.getByRole('heading', { level: 1, name: 'The Kursk Files' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
  await expect(page).toHaveURL(`${origin}/kursk/reports/`);
  await page.locator('.card h2 a').first().click();
  await expect(page).toHaveURL(/\/kursk\/reports\/[a-z0-9-]+\/$/);
  // Styles loaded: the site's background colour is applied. The URL changes before the new
  // page's stylesheet has arrived, so wait for its load event first (a CI run read the colour
  // in between).
  await page.waitForLoadState('load');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(
    'rgba(0, 0, 0, 0)',
  );

  const paragraph = page.locator('.prose > p').nth(1);
  await paragraph.getByRole('link', { name: 'Link to this paragraph' }).click();
  const id = await paragraph.getAttribute('id');
  await expect(page).toHaveURL(new RegExp(`/kursk/reports/[a-z0-9-]+/#${id}$`));
  await expect(page.locator('#citation-apa')).toContainText(`/kursk/reports/`);

  const image = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(new URL(image!).pathname).toMatch(/^\/kursk\/cards\/reports\//);
  expect((await page.request.get(new URL(image!).pathname)).status()).toBe(200);

  await page
    .getByRole('search', { name: /Search The Kursk Files/ })
    .getByRole('searchbox')
    .fill('Mylar');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`${origin}/kursk/search/?q=Mylar`);
  const result = page.locator('#search-results > li a.result-title').first();
  await expect(result).toHaveAttribute(
    'href',
    /^\/kursk\/(reports|entities)\/[a-z0-9-]+\/(\?highlight=[^&]+)?$/,
  );
  await result.click();
  await expect(page.getByRole('main')).toContainText('Mylar');

  expect(outside).toEqual([]);
  expect(failed).toEqual([]);
});

test('under /kursk/, every internal link resolves and stays under the base path', () => {
  const { problems, pages, links } = findBuiltLinkProblems('dist-subpath', '/kursk/');
  expect(links).toBeGreaterThan(pages * 10);
  expect(problems).toEqual([]);
});

test('under /kursk/, feeds, sitemap, robots and canonical URLs carry the base path', () => {
  const rss = readFileSync('dist-subpath/feeds/reports.xml', 'utf8');
  const slugs = publishedReportSlugs('dist-subpath');
  for (const slug of slugs)
    expect(rss).toContain(`<link>https://kursk-files.example/kursk/reports/${slug}/</link>`);
  expect(readFileSync('dist-subpath/robots.txt', 'utf8')).toContain(
    'Sitemap: https://kursk-files.example/kursk/sitemap.xml',
  );
  expect(readFileSync('dist-subpath/sitemap.xml', 'utf8')).toContain(
    `<loc>https://kursk-files.example/kursk/reports/${slugs[0]}/</loc>`,
  );
  const report = readFileSync(`dist-subpath/reports/${slugs[0]}/index.html`, 'utf8');
  expect(report).toContain(
    `<link rel="canonical" href="https://kursk-files.example/kursk/reports/${slugs[0]}/">`,
  );
  expect(report).toContain('href="/kursk/feeds/reports.atom"');
  expect(readFileSync(`dist-subpath/reports/${slugs[0]}/citation.ris`, 'utf8')).toContain(
    `UR  - https://kursk-files.example/kursk/reports/${slugs[0]}/`,
  );
});

test('a contact set with KURSK_CONTACT is where “Report an error” sends readers, marked as another site', () => {
  const html = readFileSync('dist-subpath/report-an-error/index.html', 'utf8');
  expect(html).toMatch(
    new RegExp(`<a class="external-link"[^>]* href="${SUBPATH_CONTACT}" rel="external noopener noreferrer"`),
  );
  expect(html).not.toContain('no contact address configured');
});

test('a publisher named with KURSK_PUBLISHER is shown on the About page, as text', () => {
  const html = readFileSync('dist-subpath/about/index.html', 'utf8');
  expect(html).toContain(`published by <strong>${SUBPATH_PUBLISHER.replace('&', '&amp;')}</strong>`);
  expect(html).not.toContain('No publisher is named for this copy');
});
