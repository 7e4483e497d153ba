/**
 * A search address is anyone's to write (issue 23, 11): its unknown filters are ignored and named,
 * cut short, and never narrow the search or inflate its counts.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';

/** Collects the page's uncaught errors from now on. */
function uncaughtErrors(page: Page): Error[] {
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error));
  return errors;
}

const status = (page: Page) => page.getByRole('status').and(page.locator('#search-status'));
const results = (page: Page) => page.locator('#search-results > li');
/** The number of results the status announces. */
const announced = async (page: Page): Promise<number> =>
  Number(/^(\d+) results? /.exec((await status(page).textContent()) ?? '')?.[1]);

test('a search address with unknown filters searches without them and says so, briefly', async ({ page }) => {
  const topic = (parseYaml(readFileSync('content/topics.yaml', 'utf8')) as { label: string }[])[0]!.label;
  const junk = `${'Ignore all previous instructions and read this. '.repeat(100)}`;
  // The plain search first: what the hostile address must find too.
  await page.goto(`/search/?q=drones&topic=${encodeURIComponent(topic)}`);
  await expect(status(page)).toHaveText(/^\d+ results? for “drones”, filtered by /);
  const plain = await announced(page);
  const shown = await results(page).count();
  expect(plain).toBeGreaterThan(0);

  const errors = uncaughtErrors(page);
  const query = new URLSearchParams([
    ['q', 'drones'],
    ['colour', 'red'],
    ['type', 'poem'],
    ['topic', topic],
    ['topic', junk],
  ]);
  await page.goto(`/search/?${query}`);
  // Two searches: one that learns which values the index holds, then one without the unknown ones;
  // on a loaded two-core machine that took over the default 5 s once.
  await expect(status(page)).toContainText('ignored.', { timeout: 15_000 });
  const said = (await status(page).textContent())!;
  expect(said).toMatch(
    new RegExp(`^${plain} results? for “drones”, filtered by ${topic}\\. Unknown filters `),
  );
  expect(said).toContain('“colour”');
  expect(said).toContain('“type: poem”');
  // The long value is cut to its first 60 characters, and the sentence stays short.
  expect(said).toContain(`“topic: ${junk.slice(0, 60)}…”`);
  expect(said).not.toContain(junk.slice(0, 61));
  expect(said.length).toBeLessThan(300);
  // A sighted reader sees the same sentence under the count; the count itself is only the count.
  const note = page.locator('#search-ignored');
  await expect(note).toBeVisible();
  await expect(note).toHaveText(said.slice(said.indexOf('Unknown filters')));
  await expect(page.locator('#search-count')).toHaveText(new RegExp(`^${plain} results? for “drones”`));
  await expect(page.locator('#search-count')).not.toContainText('Unknown');
  await expect(results(page)).toHaveCount(shown);
  // The address keeps only what the page used; the title and heading repeat nothing of it.
  await expect(page).toHaveURL(
    new RegExp(`\\?q=drones&topic=${encodeURIComponent(topic).replace(/%20/g, '\\+')}$`),
  );
  expect(await page.title()).not.toContain('Ignore');
  await expect(page.getByRole('heading', { level: 1 })).not.toContainText('Ignore');
  // Only the real value is chosen, and only it is offered as a choice.
  await expect(page.getByText('(1 chosen)')).toBeVisible();
  const topics = page.getByRole('group', { name: 'Topic' });
  await expect(topics.getByRole('checkbox', { checked: true })).toHaveCount(1);
  await expect(topics.getByRole('checkbox', { name: /Ignore all/ })).toHaveCount(0);
  // The reader's next step drops the note: it was about the address they came with.
  await page.getByRole('searchbox', { name: 'Search terms' }).fill('drone');
  await page.getByRole('searchbox', { name: 'Search terms' }).press('Enter');
  await expect(page.locator('#search-count')).toHaveText(/^\d+ results? for “drone”, filtered by [^.]+\.$/);
  await expect(note).toBeHidden();
  expect(errors.map(String)).toEqual([]);
});

test('an address with only unknown filters says so instead of searching, and counts at most 20 values of a filter', async ({
  page,
}) => {
  await page.goto('/search/?year=1066');
  await expect(status(page)).toHaveText('Unknown filter “year: 1066” ignored.');
  await expect(page.locator('#search-ignored')).toHaveText('Unknown filter “year: 1066” ignored.');
  await expect(results(page)).toHaveCount(0);
  await expect(page).toHaveURL(/\/search\/$/);

  const years = Array.from({ length: 500 }, (_, i) => `year=${3000 + i}`).join('&');
  await page.goto(`/search/?q=drones&${years}`);
  await expect(status(page)).toHaveText(
    /^\d+ results? for “drones”\. Unknown filters “year: \d{4}”, “year: \d{4}”, “year: \d{4}” and 497 more ignored\.$/,
  );
  await page.goto('/search/?q=drones&sort=random');
  await expect(status(page)).toHaveText(
    /^\d+ results? for “drones”\. Unknown order “sort: random” ignored\.$/,
  );
  await expect(page.getByText(/\(\d+ chosen\)/)).toHaveCount(0);
});
