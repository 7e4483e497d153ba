/**
 * Reading a report as news: note markers stay with the words they cite, a note's links back to
 * the text are compact, and numbers and names linked in the text read as text, quietly marked.
 *
 * Each report, source record, quantity page and year of the timeline is checked where
 * every-page.spec.ts loads it (support/page-checks.ts): markers at six widths, notes and their ↩,
 * the linked numbers and names, “(inferred)”, dates and bylines in source lines, the ↗ after
 * “Original”. Here: that those checks have something to check, and a note cited many times.
 */
import { expect, test } from '@playwright/test';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, listBuiltPages, readBuiltPage } from './support/built-site';

/** The built pages of the reports, in the order of the open data, parsed. */
function parsedReports() {
  const reports = JSON.parse(readFileSync(join(DIST, 'data', 'reports.json'), 'utf8')) as { url: string }[];
  return reports.map((r) => {
    const path = new URL(r.url).pathname;
    return { path, tree: fromHtml(readBuiltPage(`${path.slice(1)}index.html`)) };
  });
}

test('some report links a figure and an entity, some note is cited three times or more, and some citation list links an original', () => {
  const reports = parsedReports();
  // As many (report, kind of link) pairs as the sweep checks the styling of.
  const linked = reports.flatMap(({ tree }) =>
    ['.prose a[href*="/figures/"]', '.prose a.entity-link'].filter((s) => select(s, tree)),
  );
  expect(linked.length, 'some report links a figure and an entity').toBeGreaterThanOrEqual(2);
  expect(
    reports.some(({ tree }) => select('.notes li:has(.backrefs a:nth-of-type(3))', tree)),
    'some note is cited three times or more',
  ).toBe(true);
  const withCitations = listBuiltPages().filter((p) =>
    /^\/(figures\/[a-z0-9-]+|timeline\/\d{4})\/$/.test(p.path),
  );
  const originals = withCitations.reduce(
    (n, p) => n + selectAll('.citation-list a.external-link', fromHtml(readBuiltPage(p.file))).length,
    0,
  );
  expect(originals, 'some citation list links an original').toBeGreaterThan(0);
});

test('a note cited many times links back to each use by its number, each naming its use for screen readers', async ({
  page,
}) => {
  const report = parsedReports().find(({ tree }) =>
    select('.notes li:has(.backrefs a:nth-of-type(3))', tree),
  );
  expect(report, 'some note is cited three times or more').toBeTruthy();
  await page.goto(report!.path);
  const multi = page
    .locator('.notes li')
    .filter({ has: page.locator('.backrefs a:nth-of-type(3)') })
    .first();
  const links = multi.locator('.backrefs a');
  expect(await links.count(), 'some note is cited three times or more').toBeGreaterThanOrEqual(3);
  const n = await links.count();
  for (let i = 0; i < n; i += 1) {
    await expect(links.nth(i)).toHaveText(String(i + 1));
    await expect(links.nth(i)).toHaveAccessibleName(
      new RegExp(`^Back to citation \\d+, use ${i + 1}, in the text$`),
    );
  }
});
