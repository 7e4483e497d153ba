/** Linking to reports: link previews, structured data, paragraph links, citing, corrections. */
import { expect, test, type APIRequestContext } from '@playwright/test';
import { readCollection } from '../../src/build/content-files';

const REPORT = '/reports/drones-drop-surrender-leaflets-over-north-korean-troops/';

/** Width and height of a PNG, from its IHDR chunk. */
const pngSize = (bytes: Buffer) => ({ width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) });

async function fetchOk(request: APIRequestContext, url: string) {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  return response;
}

test.describe('a pasted report link', () => {
  test.use({ javaScriptEnabled: false });

  test('shows the report’s title, description and a 1200×630 card image', async ({ page, request }) => {
    await page.goto(REPORT);
    const h1 = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
    const dek = (await page.locator('.dek').textContent())!.trim();
    const meta = (property: string) =>
      page.locator(`meta[property="${property}"], meta[name="${property}"]`).getAttribute('content');
    expect(await meta('og:title')).toBe(h1);
    expect(await meta('og:description')).toBe(dek);
    expect(await meta('description')).toBe(dek);
    expect(await meta('og:type')).toBe('article');
    expect(await meta('twitter:card')).toBe('summary_large_image');
    expect(await meta('og:url')).toBe(`https://kursk-files.example${REPORT}`);
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(
      `https://kursk-files.example${REPORT}`,
    );
    expect(await meta('article:published_time')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(await meta('article:modified_time')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const tags = await page
      .locator('meta[property="article:tag"]')
      .evaluateAll((ms) => ms.map((m) => m.getAttribute('content')));
    expect(tags).toEqual(
      await page.getByRole('list', { name: 'Topics' }).getByRole('link').allTextContents(),
    );

    const image = new URL((await meta('og:image'))!);
    expect(await meta('twitter:image')).toBe(image.href);
    const png = await fetchOk(request, image.pathname);
    expect(png.headers()['content-type']).toBe('image/png');
    expect(pngSize(await png.body())).toEqual({ width: 1200, height: 630 });
  });

  test('carries NewsArticle JSON-LD that cites every source with its URL', async ({ page }) => {
    await page.goto(REPORT);
    const json = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(json['@context']).toBe('https://schema.org');
    expect(json['@type']).toBe('NewsArticle');
    expect(json.headline).toBe((await page.getByRole('heading', { level: 1 }).textContent())!.trim());
    expect(Date.parse(json.datePublished)).not.toBeNaN();
    expect(Date.parse(json.dateModified)).toBeGreaterThanOrEqual(Date.parse(json.datePublished));
    expect(json.author[0].name).toBe('The Kursk Files');
    expect(json.publisher.name).toBe('The Kursk Files');
    expect(json.image[0]).toMatch(/\/cards\/reports\/.+\.png$/);
    const sources = await page.getByRole('region', { name: 'Sources' }).locator('.source-list > li').count();
    expect(json.citation).toHaveLength(sources);
    for (const c of json.citation) {
      expect(c.name.length).toBeGreaterThan(5);
      expect(() => new URL(c.url)).not.toThrow();
    }
  });

  test('every page has a title, description, canonical URL, card image and the feeds', async ({ page }) => {
    for (const path of ['/', '/reports/', '/topics/drones/', '/sources/', '/corrections/', '/search/']) {
      await page.goto(path);
      await expect(page).toHaveTitle(/The Kursk Files/);
      expect(await page.locator('meta[name="description"]').getAttribute('content'), path).toBeTruthy();
      expect(await page.locator('link[rel="canonical"]').getAttribute('href'), path).toBe(
        `https://kursk-files.example${path}`,
      );
      expect(await page.locator('meta[property="og:image"]').getAttribute('content'), path).toMatch(
        /\/cards\/.+\.png$/,
      );
      await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]').first()).toHaveAttribute(
        'href',
        /\.xml$/,
      );
      await expect(
        page.locator('link[rel="alternate"][type="application/atom+xml"]').first(),
      ).toHaveAttribute('href', /\.atom$/);
      await expect(
        page.locator('link[rel="alternate"][type="application/feed+json"]').first(),
      ).toHaveAttribute('href', /\.json$/);
    }
    await page.goto('/topics/drones/');
    await expect(page.locator('link[rel="alternate"]').first()).toHaveAttribute(
      'href',
      '/feeds/topics/drones.xml',
    );
  });

  test('a paragraph link works without JavaScript and marks the paragraph', async ({ page }) => {
    await page.goto(REPORT);
    const paragraph = page.locator('.prose > p').nth(2);
    const link = paragraph.getByRole('link', { name: 'Link to this paragraph' });
    const id = await paragraph.getAttribute('id');
    expect(id).toMatch(/^p-[0-9a-z]{6}$/);
    await expect(link).toHaveAttribute('href', `#${id}`);
    await link.click();
    await expect(page).toHaveURL(new RegExp(`#${id}$`));
    await expect(paragraph).toBeInViewport();
    // Highlighted on arrival: a coloured rule its neighbours do not have.
    const rule = (n: number) =>
      page
        .locator('.prose > p')
        .nth(n)
        .evaluate((el) => getComputedStyle(el).borderLeftStyle);
    expect(await rule(2)).toBe('solid');
    expect(await rule(1)).toBe('none');
    // Without the script the citations still say how to fill in the access date, and give the
    // configured public address, right for a reader of the public site.
    await expect(page.locator('#citation-apa')).toContainText('[date accessed]');
    await expect(page.locator('#citation-apa')).toContainText(`https://kursk-files.example${REPORT}`);
  });
});

test('a reader copies the report’s link, links a paragraph by keyboard, then cites exactly that paragraph, at the address they are on', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(REPORT);
  // The page is built for https://kursk-files.example but read on this server: Copy link and the
  // citations give the address here, where the link works.
  const here = new URL(REPORT, baseURL).href;
  expect(here).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
  await page.getByRole('button', { name: 'Copy link' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toHaveCount(1);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(here);
  // Every heading and paragraph of the body has an id and a named link to itself.
  const passages = page.locator('.prose > p, .prose > h2');
  const count = await passages.count();
  expect(count).toBeGreaterThan(5);
  expect(await page.locator('.prose > p > a.anchor-link, .prose > h2 > a.anchor-link').count()).toBe(count);
  await expect(page.locator('.prose > h2').first().getByRole('link')).toHaveAccessibleName(
    /^Link to the section “.+”$/,
  );

  const paragraph = page.locator('.prose > p').nth(3);
  const id = (await paragraph.getAttribute('id'))!;
  const link = paragraph.getByRole('link', { name: 'Link to this paragraph' });
  await link.focus();
  await expect(link).toBeFocused();
  // Revealed on focus (it fades in, so wait for the end of the transition).
  await expect.poll(() => link.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#${id}$`));
  await expect(page.getByRole('status').filter({ hasText: 'Link to this paragraph copied.' })).toHaveCount(1);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());

  const box = page.getByRole('region', { name: 'Cite this paragraph' });
  await expect(box).toBeVisible();
  for (const style of ['apa', 'chicago', 'bibtex', 'ris'])
    await expect(box.locator(`#citation-${style}`)).toContainText(`${here}#${id}`);
  await expect(box.locator('#citation-mla')).toContainText(`${here.replace(/^http:\/\//, '')}#${id}.`);
  await expect(box).not.toContainText('kursk-files.example');
  // The access date is the reader's today, in each style's form, not the placeholder.
  const today = new Date();
  const long = today.toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric' });
  await expect(box.locator('#citation-apa')).toContainText(`Retrieved ${long}, from`);
  await expect(box.locator('#citation-chicago')).toContainText(`Accessed ${long}.`);
  await expect(box.locator('#citation-mla')).toContainText(/Accessed \d{1,2} [A-Z][a-z]+\.? \d{4}\.$/);
  await expect(box).not.toContainText('[date accessed]');

  await box.getByRole('button', { name: 'Copy MLA citation' }).click();
  await expect(box.getByRole('status')).toHaveText('MLA citation copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    await box.locator('#citation-mla').textContent(),
  );

  await box.getByRole('link', { name: 'Cite the whole report instead' }).click();
  await expect(page.getByRole('region', { name: 'Cite this report' }).locator('#citation-apa')).toContainText(
    new RegExp(`${here}$`),
  );
});

test('the .bib and .ris downloads hold the report’s citation', async ({ page, request }) => {
  await page.goto(REPORT);
  const title = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
  // The reference-manager formats are folded away until opened.
  await expect(page.getByRole('link', { name: 'Download .bib' })).toBeHidden();
  await page.getByText('BibTeX', { exact: true }).click();
  await page.getByText('RIS', { exact: true }).click();
  await expect(page.locator('#citation-bibtex')).toBeVisible();
  const bib = await (
    await fetchOk(
      request,
      (await page.getByRole('link', { name: 'Download .bib' }).getAttribute('href')) as string,
    )
  ).text();
  expect(bib).toMatch(/^@article\{/);
  expect(bib).toContain(`url = {https://kursk-files.example${REPORT}}`);
  const ris = await (
    await fetchOk(
      request,
      (await page.getByRole('link', { name: 'Download .ris' }).getAttribute('href')) as string,
    )
  ).text();
  expect(ris.split('\r\n')).toContain(`TI  - ${title}`);
  expect(ris.split('\r\n')).toContain(`UR  - https://kursk-files.example${REPORT}`);
  expect(ris.trimEnd().endsWith('ER  -')).toBe(true);
});

test('the corrections page lists every entry once, by day and by report, long groups folded but one click away', async ({
  page,
}) => {
  const entries = readCollection('content', 'reports')
    .filter((r) => r.data.draft !== true)
    .flatMap((r) =>
      ((r.data.corrections ?? []) as { text: string; date: string | Date }[]).map((c) => ({
        id: r.id,
        text: c.text,
        day: new Date(c.date).toISOString().slice(0, 10),
      })),
    );
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Corrections' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Corrections and updates');
  // With none published, the page says so plainly instead.
  await expect(page.getByText('No corrections have been published.')).toHaveCount(
    entries.length === 0 ? 1 : 0,
  );
  const groups = page.getByRole('main').locator('.corrections-group');
  // One group per report and day, under that day's heading, whose link leads to the report's log.
  const expected = new Set(entries.map((e) => `${e.day} ${e.id}`));
  await expect(groups).toHaveCount(expected.size);
  for (const key of expected) {
    const [day, id] = key.split(' ');
    const group = page.locator(`section:has(> h2 time[datetime="${day}"]) .corrections-group`, {
      has: page.locator(`h3 a[href="/reports/${id}/#corrections"]`),
    });
    await expect(group).toHaveCount(1);
    const mine = entries.filter((e) => e.day === day && e.id === id);
    await expect(group.locator('li')).toHaveCount(mine.length);
    for (const entry of mine) await expect(group.locator('li', { hasText: entry.text })).toHaveCount(1);
  }
  // A long group shows its first entries; the rest open with one click.
  const long = groups.filter({ has: page.locator('details') }).first();
  await expect(long.locator('details li').first()).toBeHidden();
  await long.getByText(/^Show the other \d+ entries$/).click();
  await expect(long.locator('details li').first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Atom' })).toHaveAttribute('href', '/feeds/corrections.atom');
});

test('a linked note and a linked citation are highlighted on arrival', async ({ page }) => {
  await page.goto(`${REPORT}#note-2`);
  expect(await page.locator('#note-2').evaluate((el) => getComputedStyle(el).borderLeftStyle)).toBe('solid');
  await page.goto(`${REPORT}#cite-2`);
  expect(await page.locator('#cite-2').evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
});

test('the card image decodes in a browser: a dark page under a red rule', async ({ page }) => {
  await page.goto(REPORT);
  const image = new URL((await page.locator('meta[property="og:image"]').getAttribute('content'))!);
  const colours = await page.evaluate(async (src) => {
    const img = new Image();
    img.src = src;
    await img.decode();
    const canvas = Object.assign(document.createElement('canvas'), {
      width: img.naturalWidth,
      height: img.naturalHeight,
    });
    const context = canvas.getContext('2d')!;
    context.drawImage(img, 0, 0);
    const at = (x: number, y: number) => [...context.getImageData(x, y, 1, 1).data];
    return { size: [img.naturalWidth, img.naturalHeight], rule: at(600, 6), page: at(20, 600) };
  }, image.pathname);
  expect(colours.size).toEqual([1200, 630]);
  // The card's colours (src/lib/social-card.ts): #b91c1c rule on top, #141414 page.
  expect(colours.rule).toEqual([0xb9, 0x1c, 0x1c, 255]);
  expect(colours.page).toEqual([0x14, 0x14, 0x14, 255]);
});

test('the /data/ commands to verify a copy name the host the reader is on', async ({ page, baseURL }) => {
  await page.goto('/data/');
  // Built for https://kursk-files.example, read here: the reader checks the copy in front of them.
  const origin = new URL(baseURL!).origin;
  expect(origin).not.toBe('https://kursk-files.example');
  await expect(page.locator('#verify ~ .verify pre code')).toContainText(`site=${origin}\nmkdir copy`);
  await expect(page.locator('#verify ~ .verify pre code')).not.toContainText('kursk-files.example');
});
