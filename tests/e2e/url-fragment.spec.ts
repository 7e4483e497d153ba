/**
 * A fragment is anyone's to write (issue 23, 11): a malformed or huge one never throws, and the
 * report's Copy buttons and note popover still work.
 */
import { expect, test, type Page } from '@playwright/test';

const REPORT = '/reports/kyiv-says-north-koreans-fly-drones-and-direct-strikes/';
/**
 * Fragments whose escapes do not decode (decodeURIComponent throws a URIError on each), a huge
 * malformed one and a huge well-formed one.
 */
const BAD_FRAGMENTS = ['#%E0%A4%A', '#%', `#${'%41'.repeat(20_000)}%`, `#${'x'.repeat(100_000)}`];

/** Collects the page's uncaught errors from now on. */
function uncaughtErrors(page: Page): Error[] {
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error));
  return errors;
}

test('a report opened at a malformed or huge fragment keeps its Copy buttons and note popover', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const errors = uncaughtErrors(page);
  for (const fragment of BAD_FRAGMENTS) {
    await page.goto(REPORT + fragment);
    const box = page.getByRole('region', { name: 'Cite this report' });
    await box.getByRole('button', { name: 'Copy APA citation' }).click();
    await expect(box.getByRole('status')).toHaveText('APA citation copied.');
    await page.locator('.prose sup.cite a').first().click();
    await expect(page.getByRole('dialog', { name: 'Note 1' })).toBeVisible();
    expect(errors.map(String), `opened at ${fragment.slice(0, 20)}…`).toEqual([]);
  }
});

test('a malformed fragment set after the page loads, on a report, the figures and the timeline, throws nothing', async ({
  page,
}) => {
  const errors = uncaughtErrors(page);
  for (const path of [REPORT, '/figures/', '/timeline/']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    for (const fragment of BAD_FRAGMENTS)
      await page.evaluate((hash) => (window.location.hash = hash), fragment);
    // A real anchor still works after them: the citation follows the paragraph linked.
    if (path === REPORT) {
      const id = (await page.locator('.prose > p').nth(2).getAttribute('id'))!;
      await page.evaluate((hash) => (window.location.hash = hash), `#${id}`);
      await expect(page.getByRole('region', { name: 'Cite this paragraph' })).toBeVisible();
    }
  }
  expect(errors.map(String)).toEqual([]);
});
