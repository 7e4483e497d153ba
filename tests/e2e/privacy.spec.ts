/**
 * Privacy: reading and searching the archive sends no request off the site, sets no cookie, and
 * tells no outlet where a reader came from.
 */
import { expect, test } from '@playwright/test';
import { listBuiltPages } from './support/built-site';

test('no page and no search makes a request to another origin or sets a cookie', async ({
  page,
  context,
  baseURL,
}) => {
  // One visit to every built page: over a minute on the shared machine under load.
  test.slow();
  const origin = new URL(baseURL!).origin;
  const requests: string[] = [];
  const setCookies: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  context.on('response', async (response) => {
    const header = await response.headerValue('set-cookie');
    if (header) setCookies.push(`${response.url()}: ${header}`);
  });

  const paths = listBuiltPages().map((p) => p.path);
  for (const path of paths) {
    await page.goto(path);
    expect(await page.evaluate(() => document.cookie), path).toBe('');
  }
  // Searching loads Pagefind's script, WebAssembly, index and fragments.
  await page.goto('/search/?q=drones');
  await expect(page.locator('#search-results > li').first()).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search terms' }).fill('Kursk');
  await expect(page.getByRole('status')).toContainText('for “Kursk”');

  expect(requests.some((url) => url.includes('/pagefind/'))).toBe(true);
  expect(requests.length).toBeGreaterThan(paths.length);
  expect(requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:'))).toEqual([]);
  expect(setCookies).toEqual([]);
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
