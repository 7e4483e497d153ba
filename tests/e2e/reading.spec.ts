/**
 * Reading a report as news: note markers stay with the words they cite, a note's links back to
 * the text are compact, and numbers and names linked in the text read as text, quietly marked.
 */
import { expect, test, type Page } from '@playwright/test';

async function reportPaths(page: Page): Promise<string[]> {
  const reports = (await (await page.request.get('/data/reports.json')).json()) as { url: string }[];
  return reports.map((r) => new URL(r.url).pathname);
}

/** For every note marker in the text, whether it sits on the same line as the character before it. */
async function markersOffTheirLine(page: Page): Promise<string[]> {
  return page.locator('.prose').evaluate((prose) => {
    const lonely: string[] = [];
    for (const sup of prose.querySelectorAll('sup.cite')) {
      const before = sup.previousSibling;
      let prev: DOMRect | undefined;
      if (before?.nodeType === Node.TEXT_NODE && before.textContent) {
        const range = document.createRange();
        range.setStart(before, before.textContent.length - 1);
        range.setEnd(before, before.textContent.length);
        prev = [...range.getClientRects()].at(-1);
      } else if (before instanceof Element) {
        prev = [...before.getClientRects()].at(-1);
      }
      const own = sup.getClientRects()[0];
      if (!prev || !own) continue;
      const line = parseFloat(getComputedStyle(sup.parentElement!).lineHeight) || 28;
      // A marker is raised, so compare the middles of the two boxes with half a line's tolerance.
      const middle = (r: DOMRect) => (r.top + r.bottom) / 2;
      if (Math.abs(middle(own) - middle(prev)) > line / 2)
        lonely.push(
          `${sup.closest('[id]')?.id}: [${sup.textContent}] after “…${(before?.textContent ?? '').slice(-20)}”`,
        );
    }
    return lonely;
  });
}

for (const width of [320, 360, 390, 414, 768, 1280]) {
  test(`at ${width} px no note marker is wrapped away from the word it cites, in any report`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    for (const path of await reportPaths(page)) {
      await page.goto(path);
      expect(await markersOffTheirLine(page), path).toEqual([]);
    }
  });
}

test('a note is never split between the ¶ sign and its number, and its links back to the text are one ↩ and the uses’ numbers', async ({
  page,
}) => {
  for (const path of await reportPaths(page)) {
    await page.goto(path);
    const notes = page.locator('.notes li');
    for (const text of await notes.allTextContents()) {
      expect(text, `${path}: a ¶ joined to its number by a breaking space`).not.toMatch(/¶[ \t\n]/);
      expect(text.match(/↩/g)?.length ?? 0, `${path}: ${text}`).toBe(1);
    }
  }
  // A note cited many times: its back-links are numbered 1, 2, 3…, each naming its use for screen readers.
  const multi = page
    .locator('.notes li')
    .filter({ has: page.locator('.backrefs a:nth-of-type(3)') })
    .first();
  for (const path of await reportPaths(page)) {
    await page.goto(path);
    if ((await multi.count()) > 0) break;
  }
  // At phone width the ↩ is never left at the end of a line, apart from the first number.
  await page.setViewportSize({ width: 320, height: 800 });
  const split = await page
    .locator('.notes .backref-first')
    .evaluateAll((els) => els.filter((e) => e.getClientRects().length !== 1).map((e) => e.closest('li')?.id));
  expect(split).toEqual([]);
  const links = multi.locator('.backrefs a');
  expect(await links.count(), 'some note is cited three times or more').toBeGreaterThanOrEqual(3);
  const n = await links.count();
  for (let i = 0; i < n; i += 1) {
    await expect(links.nth(i)).toHaveText(String(i + 1));
    await expect(links.nth(i)).toHaveAccessibleName(
      new RegExp(`^Back to citation \\d+, use ${i + 1}, in the text$`),
    );
  }
});

test('numbers linked to the figures ledger and entity names read as text, with a dotted cue that turns into a link under the pointer', async ({
  page,
}) => {
  const paths = await reportPaths(page);
  let checked = 0;
  for (const path of paths) {
    await page.goto(path);
    const textColour = await page
      .locator('.prose p')
      .first()
      .evaluate((p) => getComputedStyle(p).color);
    for (const selector of ['.prose a[href*="/figures/"]', '.prose a.entity-link']) {
      const link = page.locator(selector).first();
      if ((await link.count()) === 0) continue;
      checked += 1;
      const style = await link.evaluate((a) => {
        const s = getComputedStyle(a);
        return { color: s.color, line: s.textDecorationLine, style: s.textDecorationStyle };
      });
      expect(style, `${path} ${selector}`).toEqual({ color: textColour, line: 'underline', style: 'dotted' });
      await link.hover();
      const hovered = await link.evaluate((a) => getComputedStyle(a).color);
      expect(hovered, `${path} ${selector} under the pointer`).not.toBe(textColour);
    }
  }
  expect(checked, 'some report links a figure and an entity').toBeGreaterThanOrEqual(2);
});

test('source lines say what was inferred, write dates in words and a byline mid-line without “By”', async ({
  page,
}) => {
  const sources = (await (await page.request.get('/data/sources.json')).json()) as { id: string }[];
  for (const { id } of sources) {
    await page.goto(`/sources/${id}/`);
    const main = await page.locator('main').innerText();
    expect(main, `/sources/${id}/: an "(inferred)" that does not say what`).not.toContain(' (inferred)');
    await expect(page.locator('dt:text-is("Taken into the archive") + dd')).toHaveText(
      /^\d{1,2} [A-Z][a-z]+ \d{4}$/,
    );
  }
  for (const path of await reportPaths(page)) {
    await page.goto(path);
    const notes = await page.locator('.notes').innerText();
    expect(notes, `${path}: an "(inferred)" that does not say what`).not.toContain(' (inferred)');
  }
  // Citation lists on the figures pages name each source in one line: ", By Staff Writer," never.
  await page.goto('/figures/');
  for (const href of await page
    .locator('.quantities h2 a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
    await page.goto(href);
    for (const line of await page.locator('.citation-list li').allInnerTexts())
      expect(line, href).not.toMatch(/, By /);
  }
});

test('the ↗ after “Original” in a citation list sits after the word, not over it', async ({ page }) => {
  let checked = 0;
  await page.goto('/figures/');
  const pages = await page
    .locator('.quantities h2 a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  for (const href of [...pages, '/timeline/2024/', '/timeline/2025/']) {
    await page.goto(href);
    for (const link of await page.locator('.citation-list a.external-link').all()) {
      const [word, mark] = await link.evaluate((a) => {
        const text = a.firstChild!;
        const range = document.createRange();
        range.selectNodeContents(text);
        const r = range.getBoundingClientRect();
        // The glyph itself, not its box: an inherited text-indent moves the glyph out of the box.
        const glyph = document.createRange();
        glyph.selectNodeContents(a.querySelector('.external-mark')!);
        const m = glyph.getBoundingClientRect();
        return [r.right, m.left];
      });
      expect(
        mark,
        `${href}: ↗ starts ${Math.round(word! - mark!)} px inside “Original”`,
      ).toBeGreaterThanOrEqual(word! - 0.5);
      checked += 1;
    }
  }
  expect(checked, 'some citation list links an original').toBeGreaterThan(0);
});
