/**
 * Type and print: a report is set in the site's own fonts, served from the site itself; printed, a
 * report or a source record is a document: no interface, and every address a reader on paper needs.
 */
import { expect, test, type Page } from '@playwright/test';

const REPORT = '/reports/how-the-estimates-of-north-korean-losses-diverged/';

/** The fonts Chromium drew an element's text with, most glyphs first (DevTools' "Rendered Fonts"). */
async function renderedFonts(page: Page, selector: string) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return fonts.sort((a, b) => b.glyphCount - a.glyphCount);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('a report is set in a serif for reading and a sans for the interface, both served by the site itself; printed, it drops the interface and prints the sources’ addresses', async ({
  page,
  baseURL,
}) => {
  const fontResponses: { url: string; status: number; type: string | undefined }[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'font')
      fontResponses.push({
        url: response.url(),
        status: response.status(),
        type: response.headers()['content-type'],
      });
  });
  await page.goto(REPORT);
  await page.evaluate(() => document.fonts.ready);

  // What the reader sees drawn, not the stylesheet's wish list: the text's glyphs come from the
  // web fonts, not from a system font.
  const body = (await renderedFonts(page, '.prose > p'))[0]!;
  expect(body).toMatchObject({ isCustomFont: true, postScriptName: 'SourceSerif4-Regular' });
  const headline = (await renderedFonts(page, 'h1'))[0]!;
  expect(headline.isCustomFont).toBe(true);
  expect(headline.postScriptName).toMatch(/^SourceSans3.*-Bold$/);
  const meta = (await renderedFonts(page, '.byline'))[0]!;
  expect(meta.isCustomFont).toBe(true);
  expect(meta.postScriptName).toMatch(/^SourceSans3.*-Regular$/);

  // Every font file comes from the site, as woff2; the body font's preload is the request that
  // drew the text (fetched once, not twice).
  expect(fontResponses.length).toBeGreaterThanOrEqual(3);
  for (const font of fontResponses) {
    expect(new URL(font.url).origin, font.url).toBe(new URL(baseURL!).origin);
    expect(font.url).toMatch(/\/_astro\/[^/]+\.woff2$/);
    expect(font.status, font.url).toBe(200);
    expect(font.type, font.url).toBe('font/woff2');
  }
  const preload = await page.locator('link[rel="preload"][as="font"]').getAttribute('href');
  expect(preload).toMatch(/source-serif-4-latin-400-normal\.[\w-]+\.woff2$/);
  expect(fontResponses.filter((f) => new URL(f.url).pathname === preload)).toHaveLength(1);

  await page.emulateMedia({ media: 'print' });
  // The interface goes: navigation, search, skip link, the buttons that need JavaScript, the link
  // to the cite box, the paragraph links and the links back from the notes.
  for (const hidden of [
    page.getByRole('navigation', { name: 'Main' }),
    page.getByRole('search'),
    page.locator('.skip-link'),
    page.getByRole('button', { name: 'Copy link' }),
    page.locator('.report-meta').getByRole('link', { name: 'Cite', exact: true }),
    page.locator('.anchor-link').first(),
    page.locator('.notes .backrefs').first(),
    page.locator('.site-footer'),
  ])
    await expect(hidden).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Notes' })).toBeVisible();
  await expect(page.locator('.notes li').first()).toBeVisible();

  // Each source's record is followed by its public address, and a link to another site by its own.
  const records = page.getByRole('region', { name: 'Sources' }).locator('a[data-address]');
  expect(await records.count()).toBeGreaterThan(0);
  for (const record of await records.all()) {
    const address = (await record.getAttribute('data-address'))!;
    expect(address).toBe(new URL(address).href);
    await expect(record).toHaveAccessibleName(new RegExp(`<${escape(address)}>$`));
  }
  const original = page.getByRole('region', { name: 'Sources' }).locator('a[rel~="external"]').first();
  const href = (await original.getAttribute('href'))!;
  await expect(original).toHaveAccessibleName(new RegExp(`<${escape(href)}>$`));
  // The page's own address closes it.
  await expect(page.locator('.print-address')).toBeVisible();
  await expect(page.locator('.print-address')).toContainText(`https://kursk-files.example${REPORT}`);
});

test('a printed source record shows the original’s address once, and its own address', async ({ page }) => {
  const sources = (await (await page.request.get('/data/sources.json')).json()) as {
    id: string;
    url: string | null;
  }[];
  const withOriginal = sources.find((s) => s.url);
  expect(withOriginal, 'some source gives its original address').toBeDefined();
  const path = `/sources/${withOriginal!.id}/`;
  await page.goto(path);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  const original = page.locator('dt:text-is("Original address") + dd a');
  await expect(original).toBeVisible();
  await expect(original).toContainText(withOriginal!.url!);
  // The link's text is the address: print does not repeat it after the link.
  expect(await original.evaluate((a) => getComputedStyle(a, '::after').content)).toBe('none');
  await expect(page.locator('.print-address')).toHaveText(`This page: https://kursk-files.example${path}`);
});

test('a printed corrections log shows every entry, the folded ones too, without the line that opens them', async ({
  page,
}) => {
  // The estimates analysis has more corrections than a log shows before folding.
  await page.goto(REPORT);
  const log = page.locator('#corrections');
  const folded = log.locator('details li');
  expect(await folded.count()).toBeGreaterThan(0);
  await expect(folded.first()).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(folded.first()).toBeVisible();
  await expect(folded.last()).toBeVisible();
  await expect(log.getByText(/^Show the other \d+ entries$/)).toBeHidden();
});
