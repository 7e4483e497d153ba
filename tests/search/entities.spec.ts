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
  await expect(page.getByRole('status')).toHaveText(
    '4 results for “drones”, filtered by Report, Volodymyr Zelenskyy.',
  );
  const paths = await page
    .locator('#search-results a.result-title')
    .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(paths.sort()).toEqual([TOLL, READIES, KYIV, LEARNED].sort());
});

test('a page found by another spelling shows the spelling it matched in its excerpt', async ({ page }) => {
  await page.goto('/search/?q=Shyriarev&type=report');
  await expect(page.locator('#search-results > li')).toHaveCount(1);
  await expect(page.locator('#search-results .result-excerpt mark').first()).toHaveText(/Shyriarev/);
  await page.goto(`/search/?q=${encodeURIComponent('Lee Sung-kwon')}`);
  const toll = page.locator('#search-results > li').filter({ has: page.locator(`a[href^="${TOLL}"]`) });
  await expect(toll.locator('.result-excerpt')).toContainText('Also written: Lee Sung-kwon');
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

test('a search for a name leads with that entity’s own page, not a page that names it in passing', async ({
  page,
}) => {
  // The Sumy region page prints "Zelenskyy"; its hidden list of other spellings holds "Zelensky"
  // twice and once outranked Zelenskyy's own page, which prints every spelling.
  for (const query of ['Zelensky', 'Zelenskyy', 'Зеленський']) {
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    await expect(page.locator('#search-results a.result-title').first()).toHaveAttribute(
      'href',
      /^\/entities\/volodymyr-zelenskyy\/\?highlight=/,
    );
  }
});
