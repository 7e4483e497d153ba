/**
 * The locator map as a reader sees it (src/components/LocatorMap.astro): labels that never run
 * into each other, a marker or the inset, on a phone and a desktop; the inset showing where the
 * troops came from; a caption written for readers; labels legible in light and dark.
 */
import { expect, test, type Page } from '@playwright/test';
import { findMapCollisions } from './support/map';

/** Every page that draws the map: the home page, the timeline and each place with a reference point. */
async function mapPages(page: Page): Promise<string[]> {
  const response = await page.request.get('/data/entities.json');
  const entities = (await response.json()) as { id: string; kind: string; coordinates: unknown }[];
  const places = entities.filter((e) => e.kind === 'place' && e.coordinates);
  expect(places.length).toBeGreaterThan(0);
  return ['/', '/timeline/', ...places.map((e) => `/entities/${e.id}/`)];
}

for (const viewport of [
  { width: 320, height: 640 },
  { width: 390, height: 844 },
  { width: 1280, height: 900 },
]) {
  test(`map labels collide with nothing at ${viewport.width} px`, async ({ page }) => {
    await page.setViewportSize(viewport);
    for (const path of await mapPages(page)) {
      await page.goto(path);
      expect(await findMapCollisions(page), path).toEqual([]);
    }
  });
}

test('the map shows where the troops came from, in an inset of the Korean Peninsula', async ({ page }) => {
  await page.goto('/timeline/');
  const figure = page.locator('figure.locator-map');
  const main = figure.getByRole('group', { name: /Kursk region/ });
  const inset = figure.getByRole('group', { name: 'Inset of North Korea, where the troops came from' });
  await expect(inset).toBeVisible();
  await expect(inset.locator('desc')).toContainText('Pyongyang (North Korea)');
  await expect(inset.locator('text', { hasText: 'NORTH KOREA' })).toBeVisible();
  const pyongyang = inset.getByRole('link', { name: 'Pyongyang' });
  await expect(pyongyang).toHaveAttribute('href', '/entities/pyongyang/');
  await expect(main.locator('desc')).toContainText('Sumy region (Ukraine), south-west of Kursk region');

  // On a wide screen the inset is laid over the main map's corner; on a phone it follows the map.
  const wide = { inset: (await inset.boundingBox())!, main: (await main.boundingBox())! };
  expect(wide.inset.x).toBeCloseTo(wide.main.x, 0);
  expect(wide.inset.y + wide.inset.height).toBeLessThan(wide.main.y + wide.main.height);
  await page.setViewportSize({ width: 390, height: 844 });
  const narrow = { inset: (await inset.boundingBox())!, main: (await main.boundingBox())! };
  expect(narrow.inset.y).toBeGreaterThanOrEqual(narrow.main.y + narrow.main.height);
  expect(narrow.inset.width).toBeGreaterThan(150);

  // The caption says what the map shows and why, cites its source, and holds no developer notes.
  const caption = figure.locator('figcaption .map-caption');
  await expect(caption).toContainText('North Korea sent soldiers');
  await expect(caption.getByRole('link', { name: /^NPR/ })).toHaveAttribute(
    'href',
    '/sources/drone-warfare-skills/',
  );
  await expect(figure.locator('figcaption')).not.toContainText('world-atlas');
  // The data credits are on the methodology page, one link away.
  await figure.getByRole('link', { name: /How the map is made/ }).click();
  await expect(page).toHaveURL(/\/methodology\/#map$/);
  await expect(page.locator('#map ~ ul')).toContainText('Natural Earth');
  await expect(page.locator('#map ~ ul')).toContainText('Pyongyang marked');
  // On Pyongyang's page the inset, which shows it, carries the page's name for the map.
  await page.goto('/entities/pyongyang/');
  await expect(page.locator('.map-inset circle.highlight')).toHaveCount(1);
  await expect(
    page.getByRole('group', { name: /^Where Pyongyang lies: inset of North Korea/ }),
  ).toBeVisible();
  await expect(page.getByRole('group', { name: /Kursk region/ })).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`map labels contrast with their halo at least 4.5:1 in ${colorScheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/timeline/');
    const ratios = await page.locator('figure.locator-map text').evaluateAll((texts) => {
      const luminance = (css: string) => {
        const [r, g, b] = css
          .match(/\d+(\.\d+)?/g)!
          .slice(0, 3)
          .map(Number) as [number, number, number];
        const lin = (v: number) => ((v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
        return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
      };
      return texts.map((t) => {
        const style = getComputedStyle(t);
        const [a, b] = [luminance(style.fill), luminance(style.stroke)].sort((x, y) => y - x) as [
          number,
          number,
        ];
        return { label: t.textContent, ratio: (a + 0.05) / (b + 0.05) };
      });
    });
    expect(ratios.length).toBeGreaterThan(5);
    for (const { label, ratio } of ratios) expect(ratio, label!).toBeGreaterThanOrEqual(4.5);
  });
}
