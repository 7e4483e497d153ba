/**
 * Accessibility: a keyboard-only reading journey. axe runs on every built page, in light and dark
 * colour schemes and at phone width, in every-page.spec.ts, which visits each page once.
 */
import { expect, test, type Page } from '@playwright/test';

/** Resolves once the page has not scrolled for a few animation frames. */
function settleScroll(): Promise<void> {
  return new Promise((resolve) => {
    let last = -1;
    let still = 0;
    const tick = () => {
      still = window.scrollY === last ? still + 1 : 0;
      last = window.scrollY;
      if (still >= 5) resolve();
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/** Presses Tab until the focused element matches `selector` (at most `limit` presses). */
async function tabTo(page: Page, selector: string, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) {
      // Focusing scrolls the element into view (smoothly); a reader sees it before pressing Enter.
      await page.evaluate(settleScroll);
      return;
    }
  }
  throw new Error(`Tab never reached ${selector}`);
}

test('keyboard only: skip link, navigation, search, a result, a citation and back', async ({ page }) => {
  await page.goto('/');
  // The first Tab reveals the skip link; Enter moves focus into the main content.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await expect(page.locator('main')).toBeFocused();

  // Navigation: the Topics link in the main navigation.
  await page.goto('/');
  await tabTo(page, 'nav[aria-label="Main"] a[href$="/topics/"]');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/topics\/$/);
  await expect(page.getByRole('link', { name: 'Topics' }).first()).toHaveAttribute('aria-current', 'page');

  // Search from the header, then open the first result.
  await tabTo(page, '#header-q');
  await page.keyboard.type('Mylar');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=Mylar$/);
  await expect(page.locator('#search-results > li').first()).toBeVisible();
  // Past the filters beside the results (type, topic, outlet, entity, year).
  await tabTo(page, '#search-results a[href*="/reports/"]', 200);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toContainText('Mylar');
  await expect(page).toHaveURL(/\/reports\/[a-z0-9-]+\/(\?highlight=[^&]+)?$/);

  // A citation opens its note in place, focused; from there a link leads to the note in the
  // notes list, whose back link returns to the citation.
  await tabTo(page, '.prose sup.cite a', 80);
  const citation = await page.evaluate(() => document.activeElement!.id);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: /^Note \d+$/ })).toBeFocused();
  await tabTo(page, '#note-popover a.note-popover-list');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#note-\d+$/);
  const noteId = new URL(page.url()).hash.slice(1);
  await expect(page.locator(`#${noteId}`)).toBeInViewport();
  await tabTo(page, `#${noteId} a[href="#${citation}"]`);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#${citation}$`));
  await expect(page.locator(`#${citation}`)).toBeInViewport();

  // The focus indicator is visible on links (not removed by the stylesheet).
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe('none');
});
