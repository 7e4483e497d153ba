/** Every built page fits a 320 px phone screen: nothing sticks out sideways. */
import { expect, test } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { relative } from 'node:path';

/** Every page of the built site, as a URL path, found by walking dist/ (so new pages are covered). */
function builtPages(dir = 'dist'): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'))
    .map((f) =>
      `/${relative('.', f)
        .replace(/index\.html$/, '')
        .replace(/\.html$/, '/')}`.replace(/^\/404\/$/, '/404.html'),
    )
    .sort();
}

test.use({ viewport: { width: 320, height: 640 } });

test('no page is wider than a 320 px screen', async ({ page }) => {
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(10);
  const wide: string[] = [];
  for (const path of pages) {
    await page.goto(path);
    const overflow = await page.evaluate(() => {
      const limit = document.documentElement.clientWidth + 0.5;
      return [...document.querySelectorAll('body *')]
        .filter((e) => e.getBoundingClientRect().right > limit && getComputedStyle(e).position !== 'absolute')
        .map((e) => `${e.tagName.toLowerCase()}${e.className ? `.${String(e.className).split(' ')[0]}` : ''}`)
        .slice(0, 3);
    });
    if (overflow.length > 0) wide.push(`${path}: ${overflow.join(', ')}`);
  }
  expect(wide).toEqual([]);
});
