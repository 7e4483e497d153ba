/** Search journeys: typing, filters with counts, order, shareable URLs, highlighting, keyboard, hostile input, no JavaScript. */
import { expect, test, type Page } from '@playwright/test';

const results = (page: Page) => page.locator('#search-results > li');
const resultPaths = (page: Page) =>
  page
    .locator('#search-results a.result-title')
    .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
const box = (page: Page) => page.getByRole('searchbox', { name: 'Search terms' });
/** Waits until the page has announced the outcome of its search. */
const settled = (page: Page) =>
  expect(page.locator('#search-count')).toHaveText(/^(\d+ results?|No results)/);
/** The number of results the status announces (NaN when it announces none). */
const announcedCount = async (page: Page): Promise<number> =>
  Number(/^(\d+)/.exec((await page.locator('#search-count').textContent()) ?? '')?.[1]);

test('nothing of the search index loads until the reader types; then results come', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/pagefind/')) requests.push(r.url());
  });
  await page.goto('/search/');
  await box(page).focus();
  await page.waitForLoadState('networkidle');
  expect(requests).toEqual([]);
  await box(page).pressSequentially('leaflets');
  await expect(results(page).first()).toBeVisible();
  expect(requests.some((u) => u.endsWith('/pagefind/pagefind.js'))).toBe(true);
  await expect(page.locator('#search-count')).toHaveText(/^\d+ results? for “leaflets”\.$/);
});

test('a result shows its type, date, outlet and an excerpt with the words marked, in rank order in <main>', async ({
  page,
}) => {
  // Narrowed to reports: the InformNapalm entity page, rightly, ranks first among all pages.
  await page.goto('/search/?q=InformNapalm&type=report');
  const first = page.getByRole('main').locator('ol#search-results > li').first();
  await expect(first.getByRole('link')).toHaveAttribute(
    'href',
    /^\/reports\/drones-drop-surrender-leaflets-over-north-korean-troops\/\?highlight=informnapalm$/,
  );
  // The report's primary (and only) source is the Korea Daily capture, which the archive dates to
  // December 2024: the result says when it was reported, then that the report's own date is its publication.
  await expect(first.locator('.result-meta')).toHaveText(
    /^Report\s*Source dates: December 2024 \(date inferred\) · Published \d{1,2} \w+ \d{4} · Primary source: Korea Daily \(outlet inferred\)$/,
  );
  await expect(first.locator('.result-excerpt mark').first()).toHaveText(/InformNapalm/i);
});

test('filters show counts, combine values with OR, live in the URL, and back/forward restore them', async ({
  page,
}) => {
  await page.goto('/search/?q=drones');
  await expect(results(page).first()).toBeVisible();
  const all = await results(page).count();
  const type = page.getByRole('group', { name: 'Type' });
  const reportBox = type.getByRole('checkbox', { name: /^Report/ });
  const sourceBox = type.getByRole('checkbox', { name: /^Source record/ });
  const reportCount = Number(await reportBox.locator('xpath=..').locator('.filter-count').textContent());
  const sourceCount = Number(await sourceBox.locator('xpath=..').locator('.filter-count').textContent());
  expect(reportCount + sourceCount).toBe(all);

  await sourceBox.check();
  await expect(page).toHaveURL(/\/search\/\?q=drones&type=source$/);
  await expect(results(page)).toHaveCount(sourceCount);
  for (const path of await resultPaths(page)) expect(path).toMatch(/^\/sources\//);
  // The other value keeps its count, so the reader sees what adding it (OR) would bring.
  await expect(reportBox.locator('xpath=..').locator('.filter-count')).toHaveText(String(reportCount));

  await reportBox.check();
  await expect(page).toHaveURL(/type=source&type=report$/);
  await expect(results(page)).toHaveCount(all);

  await page.goBack();
  await expect(page).toHaveURL(/\?q=drones&type=source$/);
  await expect(sourceBox).toBeChecked();
  await expect(reportBox).not.toBeChecked();
  await expect(results(page)).toHaveCount(sourceCount);
  await page.goBack();
  await expect(page).toHaveURL(/\?q=drones$/);
  await expect(results(page)).toHaveCount(all);
  await page.goForward();
  await expect(results(page)).toHaveCount(sourceCount);
});

test('each new search counts the filters for its own results', async ({ page }) => {
  const type = page.getByRole('group', { name: 'Type' });
  const typeTotal = async (): Promise<number> =>
    (await type.locator('.filter-count').allTextContents()).reduce((sum, n) => sum + Number(n), 0);
  await page.goto('/search/?q=drones');
  await settled(page);
  const drones = await announcedCount(page);
  await expect.poll(typeTotal).toBe(drones);
  // The filters' data is in now; the next searches count from their own results.
  for (const q of ['leaflets', 'Kim Jong Un in Kursk']) {
    await box(page).fill(q);
    await box(page).press('Enter');
    await expect(page.locator('#search-count')).toContainText(`for “${q}”`);
    const n = await announcedCount(page);
    expect(n).not.toBe(drones);
    await expect.poll(typeTotal).toBe(n);
  }
});

test('topic and year filters narrow the results; a filtered search can be shared', async ({ page }) => {
  // Only the leaflets report and its source are filed under defection and capture with "leaflets".
  await page.goto(`/search/?q=leaflets&topic=${encodeURIComponent('Defection and capture')}&type=report`);
  await settled(page);
  await expect(
    page.getByRole('group', { name: 'Topic' }).getByRole('checkbox', { name: /^Defection and capture/ }),
  ).toBeChecked();
  await expect(
    page.getByRole('group', { name: 'Type' }).getByRole('checkbox', { name: /^Report/ }),
  ).toBeChecked();
  expect(await resultPaths(page)).toEqual([
    '/reports/drones-drop-surrender-leaflets-over-north-korean-troops/',
  ]);
  await expect(page.locator('#search-count')).toHaveText(
    '1 result for “leaflets”, filtered by Report, Defection and capture.',
  );
  // Sources published in 2025: the NPR and Business Insider captures.
  await page.goto('/search/?q=drones&type=source&year=2025');
  await settled(page);
  expect((await resultPaths(page)).sort()).toEqual([
    '/sources/drone-operators/',
    '/sources/drone-warfare-skills/',
  ]);
  // Filters alone, with no words, list every page they match: the five source records.
  await page.goto('/search/?type=source');
  await expect(page.locator('#search-count')).toHaveText('5 results, filtered by Source record.');
  expect((await resultPaths(page)).every((p) => p.startsWith('/sources/'))).toBe(true);
});

test('results can be ordered newest or oldest first, by the dates the pages carry', async ({ page }) => {
  // Source dates from content/sources: operators 2025-10, skills 2025, more-troops 2024-12-23, losses and leaflets 2024-12.
  await page.goto('/search/?q=drones&type=source&sort=newest');
  await settled(page);
  await expect(page.getByLabel('Order')).toHaveValue('newest');
  const newest = await resultPaths(page);
  expect(newest.slice(0, 3)).toEqual([
    '/sources/drone-operators/',
    '/sources/drone-warfare-skills/',
    '/sources/more-troops-and-drones/',
  ]);
  await page.getByLabel('Order').selectOption('oldest');
  await expect(page).toHaveURL(/sort=oldest$/);
  await expect.poll(() => resultPaths(page)).toEqual([...newest].reverse());
});

test('following a result marks the searched words on the page and scrolls to the first', async ({ page }) => {
  await page.goto('/search/?q=Mylar&type=report');
  await results(page).first().getByRole('link').click();
  await expect(page).toHaveURL(/\/reports\/[a-z0-9-]+\/\?highlight=mylar$/);
  const hit = page.locator('mark.search-hit').first();
  await expect(hit).toHaveText('Mylar');
  await expect(hit).toBeInViewport();
});

test('common words are left out of a search and said so; the phrase link searches every word in order', async ({
  page,
}) => {
  const count = async (q: string): Promise<number> => {
    await page.goto(`/search/?q=${encodeURIComponent(q)}&type=report`);
    await settled(page);
    return announcedCount(page);
  };
  const withoutCommon = await count('Sold money');
  expect(withoutCommon).toBeGreaterThan(0);

  expect(await count('Sold for the money')).toBe(withoutCommon);
  await expect(page.locator('#search-count')).toHaveText(
    `${withoutCommon} ${withoutCommon === 1 ? 'result' : 'results'} for “Sold for the money”, filtered by Report.`,
  );
  const note = page.locator('#search-common');
  await expect(note).toHaveText(
    'Left out as too common to narrow the search: “for”, “the”. Search for the exact phrase “Sold for the money”.',
  );
  // The page a result opens marks the words searched, not the ones left out.
  await expect(results(page).first().getByRole('link')).toHaveAttribute('href', /\?highlight=sold\+money$/);

  await note.getByRole('link', { name: 'Search for the exact phrase “Sold for the money”' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=%22Sold\+for\+the\+money%22&type=report$/);
  await expect(page.locator('#search-count')).toHaveText(
    'No results for “"Sold for the money"”, filtered by Report.',
  );
  await expect(note).toBeHidden();
  await expect(box(page)).toBeFocused();

  // Curly quotation marks, as phone keyboards type them, search a phrase too.
  await box(page).fill('“sold for money”');
  await box(page).press('Enter');
  await expect(page.locator('#search-count')).toHaveText(
    '1 result for ““sold for money””, filtered by Report.',
  );
  expect(await resultPaths(page)).toEqual([
    '/reports/drones-drop-surrender-leaflets-over-north-korean-troops/',
  ]);
  await expect(note).toBeHidden();
});

test('a report opened without ?highlight marks nothing and loads no search code', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (/search-highlight|\/pagefind\//.test(r.url())) scripts.push(r.url());
  });
  await page.goto('/reports/how-north-korean-troops-learned-drone-warfare-in-kursk/');
  await page.waitForLoadState('networkidle');
  await expect(page.locator('mark.search-hit')).toHaveCount(0);
  expect(scripts).toEqual([]);
});

test('"/" focuses the header search on any page, but not while typing in a field', async ({ page }) => {
  await page.goto('/topics/');
  await page.keyboard.press('/');
  const header = page.getByRole('search', { name: /Search The Kursk Files/ }).getByRole('searchbox');
  await expect(header).toBeFocused();
  await page.keyboard.type('a/b');
  await expect(header).toHaveValue('a/b');
  await page.goto('/search/');
  await page.keyboard.press('/');
  await expect(box(page)).toBeFocused();
});

test('arrow keys move from the box through the results and back', async ({ page }) => {
  await page.goto('/search/?q=drones');
  await expect(results(page).nth(1)).toBeVisible();
  await box(page).focus();
  await page.keyboard.press('ArrowDown');
  await expect(results(page).nth(0).getByRole('link')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(results(page).nth(1).getByRole('link')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(box(page)).toBeFocused();
});

test('markup in a query is shown as text, long and punctuation-only queries get a calm "no results"', async ({
  page,
}) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs += 1;
    void d.dismiss();
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  for (const query of ['"><script>alert(1)</script>', '<img src=x onerror=alert(1)>', "';alert(1)//"]) {
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    await expect(page.locator('#search-count')).toContainText(query.trim());
    await expect(box(page)).toHaveValue(query);
    await expect(page.locator('#search-results img, #search-results script, #search-count *')).toHaveCount(0);
  }
  await page.goto(`/search/?q=${encodeURIComponent('?!… ""')}`);
  await expect(page.locator('#search-count')).toHaveText(
    'No results for “?!… ""”. Type a word, name or figure.',
  );
  await page.goto('/search/');
  await box(page).fill('qwzx'.repeat(2500));
  await expect(page.locator('#search-count')).toHaveText(/^No results for “(qwzx){20}…”\.$/);
  await expect(page.locator('#search-empty')).toBeVisible();
  expect(dialogs).toBe(0);
  expect(errors).toEqual([]);
});

test('without JavaScript, the search page says so and links to every browse page', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/search/?q=drones');
  await expect(page.getByText('Search runs in your browser and needs JavaScript.')).toBeVisible();
  const note = page.locator('#search-nojs');
  for (const [name, href] of [
    ['All reports, newest first', '/reports/'],
    ['Reports by topic', '/topics/'],
    ['People, groups and places', '/entities/'],
    ['Timeline of events', '/timeline/'],
    ['Sources', '/sources/'],
  ]) {
    await expect(note.getByRole('link', { name, exact: true })).toHaveAttribute('href', href);
  }
  await context.close();
});

test('with JavaScript the no-JavaScript note is hidden', async ({ page }) => {
  await page.goto('/search/');
  await expect(page.getByText('Search runs in your browser and needs JavaScript.')).toBeHidden();
});

test('filter data loads only once the filters are shown, and the entity filter only when asked for', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
  const page = await context.newPage();
  const filterFiles: string[] = [];
  context.on('request', (r) => {
    if (r.url().includes('/pagefind/filter/')) filterFiles.push(r.url());
  });
  await page.goto('/search/?q=drones');
  await expect(results(page).first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  // On a phone the filters are folded away: only the type filter's data, which groups the
  // results (reports, figures, entities, sources), comes with them.
  expect(filterFiles).toHaveLength(1);
  await page.getByText('Filter and sort').click();
  await expect(page.getByRole('group', { name: 'Type' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  const eager = filterFiles.length;
  expect(eager).toBeGreaterThan(0);
  const asks = page.getByRole('button', { name: 'Filter by person, group or place' });
  await expect(asks).toBeVisible();
  await expect(page.getByRole('group', { name: 'Person, group or place' })).toHaveCount(0);
  await asks.click();
  const entities = page.getByRole('group', { name: 'Person, group or place' });
  await expect(entities.getByRole('checkbox').first()).toBeFocused();
  expect(filterFiles.length).toBe(eager + 1);
  // A link that chooses an entity shows that filter's group at once.
  await page.goto(`/search/?q=drones&entity=${encodeURIComponent('Volodymyr Zelenskyy')}`);
  await page.getByText('Filter and sort').click();
  await expect(
    page
      .getByRole('group', { name: 'Person, group or place' })
      .getByRole('checkbox', { name: /^Volodymyr Zelenskyy/ }),
  ).toBeChecked();
  await context.close();
});

test('on a phone the filters fold away under one button and open on demand', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
  const page = await context.newPage();
  await page.goto('/search/?q=drones');
  await expect(results(page).first()).toBeVisible();
  const type = page.getByRole('group', { name: 'Type' });
  await expect(type).toBeHidden();
  await page.getByText('Filter and sort').click();
  await type.getByRole('checkbox', { name: /^Report/ }).check();
  await expect(page).toHaveURL(/type=report/);
  await expect(page.getByText('(1 chosen)')).toBeVisible();
  await page.getByRole('button', { name: /^Show \d+ results?$/ }).click();
  await expect(type).toBeHidden();
  await expect(results(page).first().getByRole('link')).toBeFocused();
  await expect(results(page).first()).toBeInViewport();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  // Nothing spills sideways at the narrowest width the archive supports, filters open.
  await page.setViewportSize({ width: 320, height: 700 });
  await page.getByText('Filter and sort').click();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await context.close();
});

test('a search with no results offers no order or filters, unless filters chosen made it empty', async ({
  page,
}) => {
  await page.goto('/search/?q=qwzxqwzx');
  await expect(page.locator('#search-count')).toHaveText(/^No results for “qwzxqwzx”/);
  await expect(page.getByText('Filter and sort')).toBeHidden();
  // A filter that leaves nothing must stay in reach, to be cleared.
  await page.goto('/search/?q=qwzxqwzx&type=report');
  await expect(page.locator('#search-count')).toHaveText('No results for “qwzxqwzx”, filtered by Report.');
  await expect(page.getByText('Filter and sort')).toBeVisible();
});

test('keyboard hints show where there is a keyboard, not on a touch phone', async ({ browser, page }) => {
  await page.goto('/search/');
  await expect(page.getByText('to move between results')).toBeVisible();
  const phone = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  const touch = await phone.newPage();
  await touch.goto('/search/');
  await expect(touch.getByText('Any spelling or script of a name works')).toBeVisible();
  await expect(touch.getByText('to move between results')).toBeHidden();
  await phone.close();
});
