/**
 * Privacy: searching the archive sends no request off the site and sets no cookie, and following
 * a link to another site tells it nothing of where the reader came from. (Every page is checked for
 * requests and cookies in every-page.spec.ts.)
 */
import { expect, test } from '@playwright/test';
import { listBuiltPages } from './support/built-site';

test('searching makes no request to another origin and sets no cookie', async ({
  page,
  context,
  baseURL,
}) => {
  // Every page is visited, and checked the same way, in every-page.spec.ts; this is the search as a
  // reader uses it: results on load, then another query typed.
  const origin = new URL(baseURL!).origin;
  const requests: string[] = [];
  const setCookies: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  context.on('response', async (response) => {
    const header = await response.headerValue('set-cookie');
    if (header) setCookies.push(`${response.url()}: ${header}`);
  });
  // Searching loads Pagefind's script, WebAssembly, index and fragments.
  await page.goto('/search/?q=drones');
  await expect(page.locator('#search-results > li').first()).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search terms' }).fill('Kursk');
  await expect(page.locator('#search-count')).toContainText('for “Kursk”');

  expect(requests.some((url) => url.includes('/pagefind/'))).toBe(true);
  expect(requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:'))).toEqual([]);
  expect(setCookies).toEqual([]);
  expect(await page.evaluate(() => document.cookie)).toBe('');
  expect(await context.cookies()).toEqual([]);
});

test('following an external link sends no Referer header', async ({ page, context }) => {
  // The external site is stood in for by a route, so nothing leaves the machine.
  let referer: string | undefined = 'not requested';
  await context.route('https://**/*', async (route) => {
    referer = route.request().headers()['referer'];
    await route.fulfill({ status: 200, contentType: 'text/html', body: '<title>elsewhere</title>' });
  });
  // The first source page that has an address on another site.
  let found = false;
  for (const { path } of listBuiltPages().filter((p) => /^\/sources\/[a-z0-9-]+\/$/.test(p.path))) {
    await page.goto(path);
    if ((await page.locator('a[rel~="external"]').count()) > 0) {
      found = true;
      break;
    }
  }
  expect(found).toBe(true);
  await page.locator('a[rel~="external"]').first().click();
  await page.waitForURL(/^https:/);
  expect(referer).toBeUndefined();
});
