/**
 * Production serving: the built site behind Debian's nginx with deploy/nginx/. Every file answers
 * with the security headers and the right caching; searching and following a result reports no
 * Content-Security-Policy violation and no console error. (Every page is loaded under the policy,
 * and checked the same way, in every-page.spec.ts.)
 */
import { expect } from '@playwright/test';
import {
  CACHE_IMMUTABLE,
  CACHE_REVALIDATE,
  classifyCaching,
  listSecurityHeaders,
} from '../../src/lib/security-headers';
import { urlPathForFile } from '../../src/lib/site-links';
import { listBuiltFiles } from './support/built-site';
import { test } from './support/nginx';

test('every built file is served with the security headers and its caching rule', async ({
  request,
  nginx: server,
}) => {
  const expected = listSecurityHeaders();
  const problems: string[] = [];
  // Build bookkeeping for static hosts, not served by nginx (checked below).
  const files = listBuiltFiles().filter((f) => f !== '_headers' && f !== '_redirects');
  for (const file of files) {
    const path = file.endsWith('.html') ? urlPathForFile(file) : `/${file}`;
    const response = await request.get(`${server.origin}${path}`, { maxRedirects: 0 });
    const headers = response.headers();
    if (response.status() !== 200) problems.push(`${path}: status ${response.status()}`);
    for (const [name, value] of expected)
      if (headers[name.toLowerCase()] !== value)
        problems.push(`${path}: ${name} is ${headers[name.toLowerCase()] ?? 'missing'}`);
    const cache = classifyCaching(file) === 'immutable' ? CACHE_IMMUTABLE : CACHE_REVALIDATE;
    if (headers['cache-control'] !== cache)
      problems.push(`${path}: Cache-Control is ${headers['cache-control'] ?? 'missing'}, expected ${cache}`);
    if (headers['set-cookie']) problems.push(`${path}: sets a cookie`);
    if (file.endsWith('.pagefind') && headers['content-type'] !== 'application/wasm')
      problems.push(`${path}: Content-Type ${headers['content-type']}`);
    if (file.endsWith('.woff2') && headers['content-type'] !== 'font/woff2')
      problems.push(`${path}: Content-Type ${headers['content-type']}`);
  }
  expect(files.length).toBeGreaterThan(20);
  // The fonts are files of the site, under a hashed name (cached for a year, immutable).
  expect(files.filter((f) => /^_astro\/.+\.woff2$/.test(f)).length).toBeGreaterThan(0);
  expect(problems).toEqual([]);
});

test('an unknown address gets the 404 page, with the headers; a path without its slash redirects', async ({
  request,
  nginx: server,
}) => {
  const missing = await request.get(`${server.origin}/no-such-page/`);
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toContain('Page not found');
  expect(missing.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(missing.headers()['referrer-policy']).toBe('no-referrer');
  const bare = await request.get(`${server.origin}/reports`, { maxRedirects: 0 });
  expect(bare.status()).toBe(301);
  expect(bare.headers()['location']).toBe('/reports/');
  expect((await request.get(`${server.origin}/_headers`)).status()).toBe(404);
  expect((await request.get(`${server.origin}/_redirects`)).status()).toBe(404);
});

test('searching and opening a result reports no CSP violation and no console error', async ({
  page,
  nginx: server,
}) => {
  const violations: string[] = [];
  const errors: string[] = [];
  await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { reportCspViolation: (t: string) => void }).reportCspViolation(
        `${e.violatedDirective} blocked ${e.blockedURI} on ${location.pathname}`,
      );
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      errors.push(`${message.type()}: ${message.text()} (${page.url()})`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message} (${page.url()})`));

  await page.goto(`${server.origin}/search/`);
  await page.getByRole('searchbox', { name: 'Search terms' }).fill('drones');
  await expect(page.locator('#search-results > li').first()).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search terms' }).fill('Mylar');
  await expect(page.getByRole('status')).toContainText('for “Mylar”');
  await page.locator('#search-results a[href*="/reports/"]').first().click();
  await expect(page).toHaveURL(/\/reports\/[a-z0-9-]+\/(\?highlight=[^&]+)?$/);
  // The copy-link script, the reading pages' one script, ran under the policy and revealed its button.
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible();
  await page.goto(`${server.origin}/no-such-page/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');

  expect(violations).toEqual([]);
  // The 404 page's own status is logged as a failed resource load; anything else is a fault.
  expect(errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
});
