#!/usr/bin/env node
// Screenshots of the search page for docs/screenshots/: 1280 and 375 wide, light and dark, and the
// phone view with the filters open. Serve a build first (npx astro preview --port 4581).
//   node scripts/bench/search-screenshots.mjs "http://127.0.0.1:4581/search/?q=drones&type=report&sort=newest" docs/screenshots
import { chromium } from '@playwright/test';
const b = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
const url = process.argv[2];
const dir = process.argv[3] ?? '/tmp';
// Filter counts load once the filters are open: beside the results on wide screens, on demand on phones.
const counted = (p) => p.locator('#search-filters[aria-busy="false"] fieldset').first().waitFor();
for (const [w, h, scheme] of [
  [1280, 1000, 'light'],
  [1280, 1000, 'dark'],
  [375, 812, 'light'],
  [375, 812, 'dark'],
]) {
  const p = await b.newPage({ viewport: { width: w, height: h }, colorScheme: scheme, deviceScaleFactor: 1 });
  p.on('pageerror', (e) => console.log('pageerror', e.message));
  await p.goto(url);
  await p.locator('#search-results > li').first().waitFor();
  if (w >= 600) await counted(p);
  await p.waitForTimeout(300);
  await p.screenshot({ path: `${dir}/search-${w}-${scheme}.png` });
  if (w < 600) {
    await p.getByText('Filter and sort').click();
    await counted(p);
    await p.waitForTimeout(300);
    await p.screenshot({ path: `${dir}/search-${w}-${scheme}-filters.png` });
  }
}
await b.close();
