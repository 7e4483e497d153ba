/**
 * Checkable in one tap (issue 22, 4): a note marker opens its note in place, with the source's
 * outlet and date, the passage the note quotes and its ¶, and a link that lands on that paragraph of
 * the source page; by keyboard too, as a sheet on a phone, accessible in light and dark; and without
 * JavaScript the marker still leads to the notes list, which quotes the passage.
 *
 * What a note should show is read from the report's Markdown and the capture, not from the page.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { nestQuotes } from '../../src/lib/passages';
import { findAccessibilityViolations } from './support/axe';

const SLUG = 'kyiv-says-north-koreans-fly-drones-and-direct-strikes';
const REPORT = `/reports/${SLUG}/`;
const CAPTURES = process.env.KURSK_CAPTURES_DIR ?? join(process.cwd(), '..', 'shared', 'captures');

/** Note 1 as the editor wrote it: the first label the text cites, its source, locator and passage. */
function firstNote() {
  const body = readFileSync(join('content', 'reports', `${SLUG}.md`), 'utf8').split(/^---$/m)[2]!;
  const text = body.replace(/^\[\^[^\]]+\]:.*$/gm, '');
  const label = /\[\^([^\]]+)\]/.exec(text)![1]!;
  const definition = new RegExp(`^\\[\\^${label}\\]: @([a-z0-9-]+), ¶ (\\d+)(?:–\\d+)?: “(.+)”$`, 'm').exec(
    body,
  )!;
  const [, source, from, passage] = definition;
  const record = parseYaml(readFileSync(join('content', 'sources', `${source}.yaml`), 'utf8')) as {
    capture: { file: string };
  };
  const paragraphs = readFileSync(join(CAPTURES, record.capture.file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '');
  return { source: source!, from: Number(from), passage: passage!, paragraphs };
}

const marker = (page: Page) => page.locator('.prose sup.cite a').first();

test('activating a note marker shows the source, the quoted passage and its ¶, and links to that paragraph', async ({
  page,
}) => {
  const note = firstNote();
  // The capture's paragraph holds the passage's first words (before any cut marked …).
  const firstWords = note.passage.split('…')[0]!.trim();
  const n = note.paragraphs.findIndex((p, i) => i + 1 >= note.from && p.includes(firstWords)) + 1;
  expect(n, 'the passage is in the capture').toBeGreaterThan(0);

  await page.goto(REPORT);
  await marker(page).click();
  const dialog = page.getByRole('dialog', { name: 'Note 1' });
  await expect(dialog).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`${REPORT}$`));
  await expect(dialog.locator('blockquote')).toHaveText(`The source’s words: “${nestQuotes(note.passage)}”`);
  await expect(dialog).toContainText(`¶\u00a0${note.from}`);
  // The source's outlet and date, each marked inferred, as content/sources/drone-operators.yaml has them.
  await expect(dialog).toContainText(
    'Business Insider (outlet inferred), October 2025 (date inferred), ¶\u00a01.',
  );
  await expect(dialog).toBeInViewport();

  await dialog.locator(`a[href$="/sources/${note.source}/#p-${n}"]`).click();
  await expect(page).toHaveURL(new RegExp(`/sources/${note.source}/#p-${n}$`));
  const paragraph = page.locator(`#p-${n}`);
  await expect(paragraph).toBeInViewport();
  await expect(paragraph.getByRole('heading', { level: 3 })).toHaveText(`¶Paragraph\u00a0${n}`);
  await expect(paragraph.locator('blockquote').filter({ hasText: nestQuotes(note.passage) })).toHaveCount(1);
  // The entry names the report and links back to its note.
  await expect(paragraph.locator(`a[href$="${REPORT}#note-1"]`)).toHaveCount(1);
});

test('the note opens from the keyboard, takes focus, and Escape gives focus back to the marker', async ({
  page,
}) => {
  await page.goto(REPORT);
  await marker(page).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Note 1' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toBeFocused();
  await page.keyboard.press('Tab');
  expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(marker(page)).toBeFocused();

  // The Close button closes it too, and the link to the notes list leads there.
  await page.keyboard.press('Enter');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(marker(page)).toBeFocused();
  await page.keyboard.press('Enter');
  await dialog.getByRole('link', { name: 'Note 1 in the list of notes' }).click();
  await expect(page).toHaveURL(/#note-1$/);
  await expect(page.locator('#note-1')).toBeInViewport();
});

test('on a phone the note is a sheet along the bottom of the screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(REPORT);
  await marker(page).click();
  const box = (await page.getByRole('dialog', { name: 'Note 1' }).boundingBox())!;
  expect(box.x).toBe(0);
  expect(box.width).toBe(390);
  expect(Math.round(box.y + box.height)).toBe(844);
  expect(box.height).toBeLessThanOrEqual(844 * 0.6 + 1);
});

test('the open note passes axe in light and dark, at desktop and phone width', async ({ page }) => {
  await page.goto(REPORT);
  await marker(page).click();
  await expect(page.getByRole('dialog', { name: 'Note 1' })).toBeVisible();
  expect(await findAccessibilityViolations(page)).toEqual([]);
  await expect(page.getByRole('dialog', { name: 'Note 1' })).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a marker leads to the notes list, which quotes the passage and links to its paragraph', async ({
    page,
  }) => {
    const note = firstNote();
    await page.goto(REPORT);
    await marker(page).click();
    await expect(page).toHaveURL(/#note-1$/);
    const item = page.locator('#note-1');
    await expect(item).toBeInViewport();
    await expect(item.locator('blockquote')).toHaveText(`The source’s words: “${nestQuotes(note.passage)}”`);
    await expect(item.locator(`a[href*="/sources/${note.source}/#p-"]`)).toHaveCount(1);
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });
});
