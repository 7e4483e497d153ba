/** Reader journeys through the built site: browse, read, follow a citation, search, share, get lost. */
import { expect, test } from '@playwright/test';

test('home → report → citation note → source page → back to the report', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'The Kursk Files' })).toBeVisible();
  const latest = page.getByRole('region', { name: 'Latest reports' }).getByRole('link').first();
  const headline = (await latest.textContent())!.trim();
  await latest.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);
  const reportUrl = page.url();

  // The first citation in the text opens note 1 in place, with the passage it quotes; its link
  // to the notes list leads to note 1 there, which names a source.
  const citation = page.locator('.prose sup.cite a').first();
  await expect(citation).toHaveText('1');
  await citation.click();
  const popover = page.getByRole('dialog', { name: 'Note 1' });
  await expect(popover.locator('blockquote')).toContainText('“');
  await popover.getByRole('link', { name: 'Note 1 in the list of notes' }).click();
  await expect(page).toHaveURL(/#note-1$/);
  const note = page.locator('#note-1');
  await expect(note).toBeInViewport();
  const sourceLink = note.locator('a[href*="/sources/"]');
  await expect(sourceLink).toBeVisible();
  const sourceName = (await sourceLink.textContent())!.trim();
  expect(sourceName).toMatch(/, (\d{4}|\w+ \d{4}|\d+ \w+ \d{4})/);

  // The note links back to the place that cites it.
  await note
    .getByRole('link', { name: /Back to citation 1/ })
    .first()
    .click();
  await expect(page).toHaveURL(/#cite-1$/);

  // The source page, at the paragraph the note quotes, shows the record and lists the report.
  await page.locator('#note-1 a[href*="/sources/"]').click();
  await expect(page).toHaveURL(/\/sources\/[a-z0-9-]+\/#p-\d+$/);
  await expect(page.getByText('SHA-256', { exact: true })).toBeVisible();
  await expect(page.locator('.record')).toContainText(/[0-9a-f]{64}/);
  await expect(page.locator('.card-list').getByRole('link', { name: headline })).toBeVisible();
  // The paragraph the note links to lists the report too, linking back to its note.
  await expect(page.locator(':target').getByRole('link', { name: headline })).toHaveAttribute(
    'href',
    /#note-1$/,
  );

  await page.goBack();
  await page.goBack();
  await page.goBack();
  await expect(page).toHaveURL(reportUrl);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);
});

test('a report shows its dates, byline, reading time, topics, notes and sources', async ({ page }) => {
  await page.goto('/reports/');
  await page.locator('.card h2 a').first().click();
  await expect(page.locator('.byline time').first()).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
  await expect(page.locator('.report-meta')).toContainText(/\d+ min read/);
  await expect(page.getByRole('list', { name: 'Topics' }).getByRole('link').first()).toBeVisible();
  const citations = await page.locator('.prose sup.cite a').count();
  const notes = await page.locator('.notes li').count();
  expect(citations).toBeGreaterThanOrEqual(notes);
  expect(notes).toBeGreaterThan(0);
  // Every citation's target note exists on the page.
  for (const href of await page
    .locator('.prose sup.cite a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
    await expect(page.locator(href!)).toHaveCount(1);
  }
  const sources = page.getByRole('region', { name: 'Sources' });
  await expect(sources.locator('time').first()).toHaveAttribute('datetime', /^\d{4}(-\d{2}){0,2}$/);
});

test('the reports list is paginated, newest first, and every page links on', async ({ page }) => {
  await page.goto('/reports/');
  const firstPage = await page.locator('.card h2 a').allTextContents();
  expect(firstPage.length).toBeGreaterThan(0);
  // Each card says when its sources reported the news, apart from when the archive published it.
  for (const meta of await page.locator('.card .meta').all()) {
    await expect(meta.locator('.period')).toHaveText(/^Source dates: \S/);
    await expect(meta).toHaveText(/ · Published \d{1,2} [A-Z][a-z]+ \d{4} · \d+ sources?$/);
  }
  const next = page.getByRole('link', { name: 'Older →' });
  await expect(next).toBeVisible();
  await next.click();
  await expect(page).toHaveURL(/\/reports\/2\/$/);
  const secondPage = await page.locator('.card h2 a').allTextContents();
  expect(secondPage.length).toBeGreaterThan(0);
  expect(secondPage.filter((t) => firstPage.includes(t))).toEqual([]);
  await expect(page.getByRole('link', { name: '← Newer' })).toBeVisible();
  const dates = await page
    .locator('.card time')
    .evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
  expect([...dates].sort().reverse()).toEqual(dates);
});

test('search finds a report by a word that appears only in its body', async ({ page }) => {
  // "Mylar" appears in the long field report's body (soldiers' ponchos), not in its title or dek;
  // other reports and the entity pages for the ponchos may match too.
  const fieldReport = '/reports/how-north-korean-troops-learned-drone-warfare-in-kursk/';
  await page.goto(fieldReport);
  await expect(page.locator('.article-header')).not.toContainText('Mylar');
  await page.goto('/search/');
  await page.getByRole('searchbox', { name: 'Search terms' }).fill('Mylar');
  const results = page.locator('#search-results > li');
  await expect(results.first()).toBeVisible();
  const count = await results.count();
  await expect(page.locator('#search-count')).toHaveText(
    `${count} ${count === 1 ? 'result' : 'results'} for “Mylar”.`,
  );
  const hit = results.filter({ has: page.locator(`a[href^="${fieldReport}"]`) });
  await expect(hit.locator('mark').first()).toHaveText(/mylar/i);
  await expect(page).toHaveURL(/\?q=Mylar$/);
  await hit.getByRole('link').first().click();
  await expect(page).toHaveURL(`${fieldReport}?highlight=mylar`);
  await expect(page.locator('.prose')).toContainText('Mylar');
});

test('a search can be linked: the query in the URL runs on load', async ({ page }) => {
  await page.goto('/search/?q=InformNapalm');
  await expect(page.getByRole('searchbox', { name: 'Search terms' })).toHaveValue('InformNapalm');
  await expect(page.locator('#search-results > li').first()).toBeVisible();
  // Entity pages are searchable too (InformNapalm has one).
  await expect(page.locator('#search-results > li a').first()).toHaveAttribute(
    'href',
    /\/(reports|sources|entities)\//,
  );
});

test('the header search form leads to results on the search page', async ({ page }) => {
  await page.goto('/topics/');
  await page
    .getByRole('search', { name: /Search The Kursk Files/ })
    .getByRole('searchbox')
    .fill('Baba Yaga');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=Baba\+Yaga$/);
  await expect(page.locator('#search-results > li').first()).toBeVisible();
});

test('a query with markup is shown as text and runs nothing', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs += 1;
    void d.dismiss();
  });
  await page.goto(`/search/?q=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
  await expect(page.locator('#search-count')).toContainText('<img src=x onerror=alert(1)>');
  await expect(page.locator('#search-results img, #search-count img')).toHaveCount(0);
  expect(dialogs).toBe(0);
});

test('an unknown address shows the 404 page with search and the main sections', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('searchbox')).toBeVisible();
  for (const name of ['All reports', 'Topics', 'Sources']) {
    await expect(page.getByRole('main').getByRole('link', { name, exact: true })).toBeVisible();
  }
});

test('topics and sources are browsable from the navigation', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Topics' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Topics' })).toBeVisible();
  await page.locator('.card h2 a').first().click();
  await expect(page.locator('.card').first()).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sources' }).click();
  await expect(page.locator('.source-list > li')).not.toHaveCount(0);
});

test('search finds every report by a word found only in its own body', async ({ page }) => {
  const pages = new Set<string>();
  for (let url: string | null = '/reports/'; url;) {
    await page.goto(url);
    for (const href of await page
      .locator('.card h2 a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!)))
      pages.add(href);
    const older = page.getByRole('link', { name: 'Older →' });
    url = (await older.count()) > 0 ? await older.getAttribute('href') : null;
  }
  expect(pages.size).toBeGreaterThan(1);
  const words = new Map<string, Set<string>>();
  for (const href of pages) {
    await page.goto(href);
    const text = await page.locator('.prose').innerText();
    words.set(href, new Set(text.toLowerCase().match(/\p{L}{7,}/gu) ?? []));
  }
  const box = page.getByRole('searchbox', { name: 'Search terms' });
  let opened = false;
  for (const [href, own] of words) {
    const others = [...words].filter(([h]) => h !== href).flatMap(([, w]) => [...w]);
    const unique = [...own].filter((w) => !others.includes(w)).sort();
    expect(unique.length, `${href} has a word no other report uses`).toBeGreaterThan(0);
    const word = unique[0]!;
    // Entity and source pages may use the word too; narrow to the archive's articles. The first
    // word is opened by its URL; the others are typed into the same page's box, which keeps the
    // filters (as a reader would search again), so Pagefind loads once.
    if (!opened) await page.goto(`/search/?q=${encodeURIComponent(word)}&type=report&type=analysis`);
    else {
      await box.fill(word);
      await box.press('Enter');
    }
    opened = true;
    // The status names the word once its results are on the page.
    await expect(page.locator('#search-count')).toContainText(`for “${word}”, filtered by`);
    expect(new URL(page.url()).searchParams.getAll('type'), word).toEqual(['report', 'analysis']);
    await expect(page.locator('#search-results > li').first()).toBeVisible();
    const hrefs = await page
      .locator('#search-results > li a.result-title')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs, `searching '${word}'`).toContain(href);
  }
});
