/**
 * Every built page, found by walking dist/, visited once behind nginx with the production config
 * (deploy/nginx/), as a reader gets it. The one visit checks what a reader relies on on every page:
 * - accessible: axe finds no WCAG 2.0/2.1/2.2 A or AA violation in light and dark colour schemes
 *   and at phone width (support/axe.ts says how the modes share one full run of the rules);
 * - fits a 320 px screen: nothing sticks out sideways (reflow);
 * - private: no request leaves the site, no cookie is set;
 * - under the strict Content-Security-Policy: served with the security headers, and no violation
 *   and no console error or uncaught exception while it loads and runs;
 * - the pages about the archive (About, Methodology, Corrections, Report an error) a tap away, in
 *   its footer;
 * - and what a reader sees on its kind of page (support/page-checks.ts): on a report, the note
 *   markers and notes; on a source record, its source line; on a quantity's page, its claims, chart
 *   and citations; on the front page, its lead, key numbers, key dates and coverage line; and so on.
 *   Those pages are loaded once in the suite, here, not once more per check.
 *
 * Like a reader going from page to page, each worker keeps one browser tab and loads every page it
 * checks into it: opening a tab costs more than loading and checking most pages. What a page sends,
 * logs or violates is recorded with the address of the page that did it.
 */
import { expect, type Page } from '@playwright/test';
import axe from 'axe-core';
import { listSecurityHeaders } from '../../src/lib/security-headers';
import { findAccessibilityViolations, MODES } from './support/axe';
import { listBuiltPages } from './support/built-site';
import { test as nginxTest } from './support/nginx';
import { checksFor } from './support/page-checks';

/** What the tab did while it showed a page, each entry with the address of the page shown. */
interface TabLog {
  /** Every address requested, on the site or off it. */
  requests: string[];
  /** Requests that left the site. */
  offSite: string[];
  setCookies: string[];
  cspViolations: string[];
  consoleErrors: string[];
}

const test = nginxTest.extend<object, { tab: { page: Page; record: TabLog } }>({
  tab: [
    async ({ browser, nginx }, use) => {
      const context = await browser.newContext({ viewport: MODES[0].viewport, colorScheme: 'light' });
      const page = await context.newPage();
      const record: TabLog = {
        requests: [],
        offSite: [],
        setCookies: [],
        cspViolations: [],
        consoleErrors: [],
      };
      const at = () => ` (on ${new URL(page.url()).pathname}${new URL(page.url()).search})`;
      context.on('request', (request) => {
        const url = request.url();
        record.requests.push(url);
        if (!url.startsWith(`${nginx.origin}/`) && !url.startsWith('data:'))
          record.offSite.push(`${url}${at()}`);
      });
      context.on('response', async (response) => {
        const header = await response.headerValue('set-cookie');
        if (header) record.setCookies.push(`${response.url()}: ${header}`);
      });
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning')
          record.consoleErrors.push(`${message.type()}: ${message.text()}${at()}`);
      });
      page.on('pageerror', (error) => record.consoleErrors.push(`uncaught: ${error.message}${at()}`));
      await page.exposeFunction('reportCspViolation', (text: string) => record.cspViolations.push(text));
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          (window as unknown as { reportCspViolation: (t: string) => void }).reportCspViolation(
            `${e.violatedDirective} blocked ${e.blockedURI} (on ${location.pathname}${location.search})`,
          );
        });
      });
      // axe goes into every page the tab loads, before the page's own scripts and outside its CSP,
      // as @axe-core/playwright would put it in after loading; the tab then compiles it only once.
      await context.addInitScript(axe.source);
      await use({ page, record });
      await context.close();
    },
    { scope: 'worker' },
  ],
});

// Every built page, plus the search page showing results (its results are written by script, and
// searching loads Pagefind's script, WebAssembly, index and fragments): grouped by best match, with
// a top match above them (a name), and in date order with the pages without a date last.
const targets = [
  ...listBuiltPages().map((p) => p.path),
  '/search/?q=drones',
  '/search/?q=Budanov',
  '/search/?q=drones&sort=oldest',
];

for (const path of targets) {
  const checks = checksFor(path);
  const title = [
    `${path}: accessible in light, dark and at phone width, fits 320 px, private, within the CSP, links the pages about the archive`,
    ...checks.map((c) => c.name),
  ].join('; ');
  test(title, async ({ tab: { page, record }, nginx }) => {
    for (const list of Object.values(record)) list.length = 0;
    await page.emulateMedia({ colorScheme: MODES[0].colorScheme });
    await page.setViewportSize(MODES[0].viewport);

    const response = await page.goto(`${nginx.origin}${path}`);
    expect(response?.status()).toBe(200);
    const headers = await response!.allHeaders();
    for (const [name, value] of listSecurityHeaders()) expect(headers[name.toLowerCase()], name).toBe(value);
    if (path.includes('?q=')) await expect(page.locator('#search-results > li').first()).toBeVisible();

    // About, Methodology, Corrections and Report an error are linked from the footer of every page
    // (a redirect page, which only sends the reader on, has no footer).
    const about = await page.evaluate(() =>
      document.querySelector('meta[http-equiv="refresh"]')
        ? null
        : [
            ...document.querySelectorAll<HTMLAnchorElement>('footer nav[aria-label="About the archive"] a'),
          ].map((a) => `${a.textContent}: ${new URL(a.href).pathname}`),
    );
    if (about !== null)
      expect(about, 'the footer’s links to the pages about the archive').toEqual([
        'About: /about/',
        'Methodology: /methodology/',
        'Corrections: /corrections/',
        'Report an error: /report-an-error/',
      ]);

    expect(await findAccessibilityViolations(page)).toEqual([]);

    await page.setViewportSize({ width: 320, height: 640 });
    const wide = await page.evaluate(() => {
      const limit = document.documentElement.clientWidth + 0.5;
      return [...document.querySelectorAll('body *')]
        .filter((e) => e.getBoundingClientRect().right > limit && getComputedStyle(e).position !== 'absolute')
        .map((e) => `${e.tagName.toLowerCase()}${e.className ? `.${String(e.className).split(' ')[0]}` : ''}`)
        .slice(0, 3);
    });
    expect(wide, 'elements wider than a 320 px screen').toEqual([]);

    for (const check of checks) await check.run(page, path);

    expect(await page.evaluate(() => document.cookie)).toBe('');
    expect(await page.context().cookies()).toEqual([]);
    expect(record.setCookies).toEqual([]);
    // The page itself was seen, so an empty list of requests elsewhere means something.
    expect(record.requests).toContain(`${nginx.origin}${path}`);
    if (path.includes('?q=')) expect(record.requests.some((url) => url.includes('/pagefind/'))).toBe(true);
    expect(record.offSite).toEqual([]);
    expect(record.cspViolations).toEqual([]);
    expect(record.consoleErrors).toEqual([]);
  });
}
