/**
 * A build told to go without its captures (KURSK_SKIP_CAPTURES=1) says so on every source page,
 * beside the hash it could not compare; a build that checked them does not (issue 23, 4).
 *
 * No build of its own, to keep CI's time: the synthetic archive that the pagination tests build
 * (SYNTH, served on synthPort) is built with KURSK_SKIP_CAPTURES=1, as an archive without capture
 * files must be; the real build (dist/, the default baseURL) checks every capture.
 */
import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { synthPort } from '../../playwright.config';
import { SYNTH } from './support/fixtures';

const NOTICE = 'Not checked in this build';
const hashEntry = (page: Page) => page.getByRole('definition').filter({ has: page.locator('code.hash') });

test('each source page of a build without captures says its hash was not checked in this build', async ({
  page,
}) => {
  const ids = readdirSync(join(SYNTH.content, 'sources')).map((name) => name.replace(/\.yaml$/, ''));
  expect(ids.length).toBeGreaterThan(0);
  // Every source page as built says it…
  for (const id of ids)
    expect(readFileSync(join(SYNTH.dist, 'sources', id, 'index.html'), 'utf8'), id).toContain(NOTICE);
  // …and a reader sees it beside the hash.
  await page.goto(`http://127.0.0.1:${synthPort}/sources/${ids[0]}/`);
  await expect(hashEntry(page)).toContainText(
    `${NOTICE}: this copy of the archive was built without its captures, so this hash was not compared with the file.`,
  );
  await expect(hashEntry(page).getByText(NOTICE)).toBeVisible();
});

test('a source page of a build that checked its captures does not say so', async ({ page }) => {
  const id = readdirSync('content/sources')[0]!.replace(/\.yaml$/, '');
  await page.goto(`/sources/${id}/`);
  await expect(hashEntry(page).locator('code.hash')).toHaveText(/^[0-9a-f]{64}$/);
  await expect(page.getByText(NOTICE)).toHaveCount(0);
});
