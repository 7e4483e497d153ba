/**
 * Entities in search, against the site's build and content/entities/: pages are filed
 * under every entity they mention, whichever name they print, and a search by one name shows why
 * a page printing another matched.
 */
import { expect, test } from '@playwright/test';

const TOLL = '/reports/drone-warfare-takes-heavy-toll-on-north-korean-troops/';
const READIES = '/reports/north-korea-readies-more-troops-and-drones-for-russia/';
const KYIV = '/reports/kyiv-says-north-koreans-fly-drones-and-direct-strikes/';
const LEARNED = '/reports/how-north-korean-troops-learned-drone-warfare-in-kursk/';

test('the entity filter lists mentioned entities with counts and narrows to the pages that name them under any spelling', async ({
  page,
}) => {
  // Narrowed to the retold reports: Zelensky appears in four of them, two printing "Zelensky", two "Zelenskyy".
  await page.goto('/search/?q=drones&type=report');
  // The entity filter's data is the largest, so it loads when the reader asks for it.
  await page.getByRole('button', { name: 'Filter by person, group or place' }).click();
  const group = page.getByRole('group', { name: 'Person, group or place' });
  await expect(group.getByRole('checkbox').first()).toBeFocused();
  const zelensky = group.getByRole('checkbox', { name: /^Volodymyr Zelenskyy/ });
  await expect(zelensky.locator('xpath=..').locator('.filter-count')).toHaveText('4');
  await zelensky.check();
  await expect(page).toHaveURL(/entity=Volodymyr\+Zelenskyy$/);
  await expect(page.locator('#search-count')).toHaveText(
    '4 results for “drones”, filtered by Report, Volodymyr Zelenskyy.',
  );
  const paths = await page
    .locator('#search-results a.result-title')
    .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(paths.sort()).toEqual([TOLL, READIES, KYIV, LEARNED].sort());
});

test('a page found by another spelling shows its own words in its excerpt, never the added spellings', async ({
  page,
}) => {
  await page.goto('/search/?q=Shyriarev&type=report');
  await expect(page.locator('#search-results > li')).toHaveCount(1);
  await expect(page.locator('#search-results .result-excerpt mark').first()).toHaveText(/Shyriarev/);
  await page.goto(`/search/?q=${encodeURIComponent('Lee Sung-kwon')}`);
  await expect(page.locator('#search-count')).toHaveText(/ for “Lee Sung-kwon”\.$/);
  const toll = page.locator('#search-results > li').filter({ has: page.locator(`a[href^="${TOLL}"]`) });
  // TOLL prints "Lee Seong-kweun"; "Lee Sung-kwon" is a spelling added for search only.
  await expect(toll.locator('.result-excerpt')).toContainText('Lee Seong-kweun');
  await expect(toll.locator('.result-excerpt mark').last()).toHaveText(/^Seong-kweun/);
  const excerpts = await page.locator('#search-results .result-excerpt').allTextContents();
  expect(excerpts.join('\n')).not.toMatch(/Also written:|Also searched as|Figures also written|⁂/);
});

test('an entity page’s excerpt quotes its words, never the labels or notes of its record', async ({
  page,
}) => {
  // Budanov's page and the military intelligence page list his names under labels ("Also written
  // in the sources", "Names the archive adds for search") with notes: furniture, not the page's words.
  for (const query of ['Budanov', 'Буданов']) {
    await page.goto(`/search/?q=${encodeURIComponent(query)}&type=entity&sort=newest`);
    await expect(page.locator('#search-count')).toHaveText(new RegExp(`^\\d+ results? for “${query}”`));
    const excerpts = await page.locator('#search-results .result-excerpt').allTextContents();
    expect(excerpts.length).toBeGreaterThan(1);
    expect(excerpts.join('\n')).not.toMatch(
      /Also written in the sources|Names the archive adds for search|No capture uses these|Identified by the archive|Roles/,
    );
  }
});

test('following a result found by another spelling marks the spelling the page prints', async ({ page }) => {
  await page.goto('/search/?q=Zelenskyy');
  // TOLL prints only "Zelensky".
  await page.locator(`#search-results a[href^="${TOLL}"]`).click();
  await expect(page).toHaveURL(/highlight=zelenskyy&highlight=/);
  const hit = page.locator('mark.search-hit').first();
  await expect(hit).toHaveText(/^(Volodymyr )?Zelensky$/);
  await expect(hit).toBeInViewport();
});

test('a search for a name shows that entity as the top match, then the reports that discuss it', async ({
  page,
}) => {
  // The Sumy region page prints "Zelenskyy"; its hidden list of other spellings holds "Zelensky"
  // twice and once outranked Zelenskyy's own page, which prints every spelling.
  for (const query of ['Zelensky', 'Zelenskyy', 'Зеленський']) {
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    const top = page.getByRole('region', { name: 'Top match' });
    await expect(top.getByRole('link').first()).toHaveAttribute(
      'href',
      /^\/entities\/volodymyr-zelenskyy\/\?highlight=/,
    );
    // The list starts with reports and analyses; the Sumy region page, which names him in passing, comes after them.
    await expect(page.locator('#search-results .result-group').first()).toHaveText(/^Reports and analyses/);
    const paths = await page
      .locator('#search-results a.result-title')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(paths[0]).toMatch(/^\/reports\//);
    const sumy = paths.indexOf('/entities/sumy-region/');
    // Before it, only reports and analyses, and figures pages (the group after them).
    if (sumy >= 0)
      expect(
        paths.slice(0, sumy).filter((p) => !p.startsWith('/reports/') && !p.startsWith('/figures/')),
      ).toEqual([]);
  }
});
