/**
 * Search as a reader scans it (issue 20): the page a query names on top, reports before pages that
 * merely mention a name, results grouped in one ordered list, every result kept in every order,
 * years by source dates, "did you mean" for a misspelt name, and focus on the results after a
 * search. Expected pages are taken from the content files (content/entities, content/claims,
 * content/quantities), not from the search's output.
 */
import { expect, test, type Page } from '@playwright/test';

const box = (page: Page) => page.getByRole('searchbox', { name: 'Search terms' });
const count = (page: Page) => page.locator('#search-count');
const results = (page: Page) => page.locator('#search-results > li');
const top = (page: Page) => page.getByRole('region', { name: 'Top match' });
const settled = (page: Page) => expect(count(page)).toHaveText(/^(\d+ results?|No results)/);
const total = async (page: Page): Promise<number> =>
  Number(/^(\d+)/.exec((await count(page).textContent()) ?? '')?.[1] ?? NaN);
/** Every result of the list, after asking for more until none are left. */
const allPaths = async (page: Page): Promise<string[]> => {
  const more = page.getByRole('button', { name: 'Show more results' });
  while (await more.isVisible()) {
    const before = await results(page).count();
    await more.click();
    await expect.poll(() => results(page).count()).toBeGreaterThan(before);
  }
  return page
    .locator('#search-results a.result-title')
    .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
};

test('a query naming a person shows their page on top, then the reports that discuss them', async ({
  page,
}) => {
  await page.goto('/search/?q=Budanov');
  await expect(top(page).getByRole('link').first()).toHaveAttribute('href', /^\/entities\/kyrylo-budanov\//);
  await expect(top(page)).toContainText('Person');
  // Other spellings fold away; links go to the reports that name him.
  await expect(top(page).getByText(/^Other spellings \(\d+\)$/)).toBeVisible();
  await expect(top(page).locator('details')).not.toHaveAttribute('open');
  await expect(top(page).getByRole('link', { name: /reports? names? Kyrylo Budanov$/ })).toHaveAttribute(
    'href',
    /\/entities\/kyrylo-budanov\/#reports-heading$/,
  );
  const paths = await allPaths(page);
  expect(paths[0]).toMatch(/^\/reports\//);
  // Entity pages that mention him come after every report and analysis.
  const firstEntity = paths.findIndex((p) => p.startsWith('/entities/'));
  expect(firstEntity).toBeGreaterThan(0);
  expect(paths.slice(firstEntity).some((p) => p.startsWith('/reports/'))).toBe(false);
  // The top match is not listed twice, and the count includes it.
  expect(paths).not.toContain('/entities/kyrylo-budanov/');
  expect(await total(page)).toBe(paths.length + 1);
});

test('a place named by the query is the top match even when other pages of its group rank above it', async ({
  page,
}) => {
  // content/entities/ukraine.yaml and south-korea.yaml: their names. Entity pages whose titles share
  // the word ("Ukrainian government", "Ukraine Special Forces") or that mention the country more
  // often can rank above the country's own page among the people, groups and places.
  for (const [query, id] of [
    ['Ukraine', 'ukraine'],
    ['South Korea', 'south-korea'],
  ]) {
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    await settled(page);
    await expect(top(page).getByRole('link').first(), query).toHaveAttribute(
      'href',
      new RegExp(`^/entities/${id}/`),
    );
    expect(await allPaths(page), query).not.toContain(`/entities/${id}/`);
  }
});

test('a source record whose headline is the query comes before pages that only mention it', async ({
  page,
}) => {
  // content/sources/surrender-leaflets.yaml: "Ukrainian drones drop surrender leaflets over North
  // Korean troops in Kursk". Entity pages whose descriptions mention the leaflets once (Korea Daily,
  // InformNapalm, the Ukrainian government) came before it.
  await page.goto('/search/?q=surrender%20leaflets');
  await settled(page);
  const paths = await allPaths(page);
  expect(paths[0]).toBe('/reports/drones-drop-surrender-leaflets-over-north-korean-troops/');
  const source = paths.indexOf('/sources/surrender-leaflets/');
  expect(source).toBeGreaterThan(0);
  expect(paths.slice(0, source).every((p) => p.startsWith('/reports/'))).toBe(true);
  // Still one list in labelled groups: the entity pages follow under their own heading.
  expect(paths.slice(source).some((p) => p.startsWith('/entities/'))).toBe(true);
  const groups = await page.locator('#search-results .result-group').allTextContents();
  expect(groups.map((g) => g.replace(/ \(\d+\)$/, ''))).toEqual([
    'Reports and analyses',
    'Source records',
    'People, groups and places',
  ]);
});

test('a query that is a figure leads to the figures page of its quantity and to the claim', async ({
  page,
}) => {
  // content/claims/nk-killed-nis-4700.yaml: 4700, quantity nk-troops-killed.
  for (const query of ['4,700', '4700']) {
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    await expect(top(page).getByRole('link').first()).toHaveAttribute(
      'href',
      /^\/figures\/nk-troops-killed\//,
    );
    await expect(
      top(page).getByRole('link', { name: /^Claim: (about |some )?4,700 soldiers$/ }),
    ).toHaveAttribute('href', '/figures/nk-troops-killed/#claim-nk-killed-nis-4700');
  }
  // content/claims/russian-casualties-uk-mod-332000.yaml: 332000, quantity russian-casualties-this-year.
  await page.goto(`/search/?q=${encodeURIComponent('332 thousand')}`);
  await expect(top(page).getByRole('link').first()).toHaveAttribute(
    'href',
    /^\/figures\/russian-casualties-this-year\//,
  );
});

test('results come in labelled groups, in one ordered list, counts adding up', async ({ page }) => {
  await page.goto('/search/?q=drones');
  await settled(page);
  await expect(page.locator('#search-results')).toHaveCount(1);
  expect(await page.locator('#search-results').evaluate((ol) => ol.tagName)).toBe('OL');
  const paths = await allPaths(page);
  const groups = await page.locator('#search-results .result-group').allTextContents();
  expect(groups.map((g) => g.replace(/ \(\d+\)$/, ''))).toEqual([
    'Reports and analyses',
    'Figures',
    'People, groups and places',
    'Source records',
  ]);
  const sizes = groups.map((g) => Number(/\((\d+)\)$/.exec(g)![1]));
  expect(sizes.reduce((a, b) => a + b, 0)).toBe(paths.length);
  // Each group heading sits in the list item of its group's first result.
  const kinds = paths.map((p) => p.split('/')[1]);
  expect(kinds.slice(0, sizes[0])).toEqual(Array(sizes[0]).fill('reports'));
  expect(kinds.slice(sizes[0], sizes[0]! + sizes[1]!)).toEqual(Array(sizes[1]).fill('figures'));
});

test('every order shows every result; pages without a date come last and say so', async ({ page }) => {
  await page.goto('/search/?q=drones');
  await settled(page);
  const best = await total(page);
  for (const sort of ['oldest', 'newest']) {
    await page.goto(`/search/?q=drones&sort=${sort}`);
    await settled(page);
    expect(await total(page)).toBe(best);
    const paths = await allPaths(page);
    expect(paths).toHaveLength(best);
    const groups = await page.locator('#search-results .result-group').allTextContents();
    expect(groups.at(-1)).toMatch(/^Without a date: people, groups, places and figures \(\d+\)$/);
    // After the first undated page, no dated one.
    const undated = paths.findIndex((p) => p.startsWith('/entities/') || p.startsWith('/figures/'));
    expect(paths.slice(undated).every((p) => p.startsWith('/entities/') || p.startsWith('/figures/'))).toBe(
      true,
    );
    await expect(results(page).nth(undated).locator('.result-meta')).toContainText('No date');
    await expect(page.locator('#search-dates')).toContainText('source dates');
  }
  // The Type filter's count for entities is what that filter then shows, sorted or not.
  await page.goto('/search/?q=drones&type=entity');
  await settled(page);
  const entities = await total(page);
  expect(entities).toBeGreaterThan(0);
  await page.goto('/search/?q=drones&type=entity&sort=oldest');
  await settled(page);
  expect(await total(page)).toBe(entities);
});

test('the Year filter goes by the source dates of a report, not the day the archive published it', async ({
  page,
}) => {
  // Every report was published by the archive in 2026; their sources date from 2024 and 2025.
  await page.goto('/search/?q=drones&type=report');
  await settled(page);
  const years = page.getByRole('group', { name: 'Year of the source dates' });
  await expect(years.getByRole('checkbox', { name: /^2025/ })).toBeVisible();
  await expect(years.getByRole('checkbox', { name: /^2026/ })).toHaveCount(0);
  // content/sources: the Business Insider capture on drone operators is dated October 2025.
  await page.goto('/search/?q=drones&type=report&year=2025');
  await settled(page);
  expect(await allPaths(page)).toContain('/reports/kyiv-says-north-koreans-fly-drones-and-direct-strikes/');
});

test('a misspelt name offers the archive’s spelling, fetched only after a weak search', async ({ page }) => {
  const asked: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/search/names.json')) asked.push(r.url());
  });
  await page.goto('/search/?q=drones');
  await settled(page);
  expect(asked).toEqual([]);
  await page.goto('/search/?q=Zelenksy');
  const suggestion = page.locator('#search-suggest');
  await expect(suggestion).toContainText('Did you mean');
  await expect(suggestion.getByRole('link', { name: 'Zelensky', exact: true })).toBeVisible();
  await suggestion.getByRole('link', { name: 'Zelensky', exact: true }).click();
  await expect(page).toHaveURL(/\?q=Zelensky$/);
  await expect(top(page).getByRole('link').first()).toHaveAttribute(
    'href',
    /^\/entities\/volodymyr-zelenskyy\//,
  );
  await expect(count(page)).toBeFocused();
  await page.goto('/search/?q=Budanv');
  await expect(
    page.locator('#search-suggest').getByRole('link', { name: 'Budanov', exact: true }),
  ).toBeVisible();
});

test('after a search, focus moves to the results heading, said once; arrows then Enter open a result', async ({
  page,
}) => {
  await page.goto('/search/');
  await box(page).fill('leaflets');
  await box(page).press('Enter');
  await expect(count(page)).toBeFocused();
  await expect(count(page)).toHaveText(/^\d+ results? for “leaflets”\.$/);
  await expect(count(page)).toHaveRole('heading');
  // The live region stays quiet: the focused heading says the count.
  await expect(page.getByRole('status')).toHaveText('');
  await page.keyboard.press('ArrowDown');
  const first = results(page).first().locator('a.result-title');
  await expect(first).toBeFocused();
  const href = await first.getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${RegExp.escape(href!.split('?')[0]!)}`));
});

test('results shown while typing are announced by the live region, focus staying in the box', async ({
  page,
}) => {
  await page.goto('/search/');
  await box(page).pressSequentially('leaflets');
  await expect(page.getByRole('status')).toHaveText(/^\d+ results? for “leaflets”\.$/);
  await expect(box(page)).toBeFocused();
});
