/**
 * What a reader sees on one kind of page, checked on a page already loaded: every-page.spec.ts
 * runs these in its one visit to each page, after its own checks, so the pages each kind covers
 * (every report, source record, quantity and year of the timeline) are loaded once in the suite
 * rather than once more per check. The tests that find a page to check, or check a journey, stay
 * in reading.spec.ts and investigation.spec.ts.
 */
import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCollection } from '../../../src/build/content-files';
import type { ClaimRecord, EventRecord } from '../../../src/schemas/open-data';
import { DIST } from './built-site';
import { aboutChecks, frontPageChecks, reportErrorChecks } from './front-page-checks';

/** A check of one kind of page: what it asserts, as said in the test's title, and the check. */
export interface PageCheck {
  name: string;
  run: (page: Page, path: string) => Promise<void>;
}

/** An open-data file of the built site, as the site serves it. */
const readData = <T>(name: string): T => JSON.parse(readFileSync(join(DIST, 'data', name), 'utf8')) as T;

/** The viewport of the tests' browser (Desktop Chrome) that most checks were written for. */
const DESKTOP = { width: 1280, height: 720 };

/** For every note marker in the text, whether it sits on the same line as the character before it. */
export async function markersOffTheirLine(page: Page): Promise<string[]> {
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

/** The reports as written, for what a page must show of them (the open data leaves out their logs). */
const REPORTS = readCollection('content', 'reports');

/** A phone's screen (an iPhone 12 to 14), on which a report's text must start. */
const PHONE = { width: 390, height: 844 };

/**
 * A report's first screen on a phone: the headline, the dek, a byline with the archive's
 * publication date, one meta line saying when the sources reported, and at least the first line of
 * the text; topics at the foot; a corrections log after the text, announced and linked before it.
 * Read in one pass in the page.
 */
async function checkFirstScreen(page: Page, path: string): Promise<void> {
  await page.setViewportSize(PHONE);
  const seen = await page.evaluate(() => {
    const $ = (selector: string) => document.querySelector<HTMLElement>(selector);
    const header = $('.article-header')!;
    const first = $('.prose > p')!;
    const after = (el: Element | null) =>
      !!el && !!(first.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
    const topics = $('[aria-labelledby="topics-heading"].tags');
    const log = $('#corrections');
    const notice = header.querySelector('a[href="#corrections"]');
    return {
      firstLineEnds:
        first.getBoundingClientRect().top + scrollY + parseFloat(getComputedStyle(first).lineHeight),
      headerText: header.innerText,
      byline: header.querySelector<HTMLElement>('.byline')?.innerText ?? '',
      period: (header.querySelector<HTMLElement>('.report-meta .period')?.innerText ?? '').replace(
        /\s+/g,
        ' ',
      ),
      sourceDates: [...document.querySelectorAll('.source-list > li time')].map((t) => ({
        text: t.textContent!,
        inferred: /^ \(date inferred\)/.test(t.nextSibling?.textContent ?? ''),
      })),
      topics: topics ? topics.querySelectorAll('a').length : 0,
      topicsInHeader: header.querySelectorAll('.tags').length,
      topicsAfterText: after(topics),
      log: log && {
        afterText: after(log),
        entries: [...log.querySelectorAll('li')].map((li) => ({
          correction: /^Correction,/.test(li.textContent!.trim()),
          date: li.querySelector('time')!.getAttribute('datetime')!,
        })),
      },
      notice: notice && {
        text: (notice as HTMLElement).innerText,
        date: notice.querySelector('time')?.getAttribute('datetime'),
      },
    };
  });
  expect(
    seen.firstLineEnds,
    `${path}: at ${PHONE.width} × ${PHONE.height} the first line of the text ends at ${Math.round(seen.firstLineEnds)} px`,
  ).toBeLessThanOrEqual(PHONE.height);

  // When the sources reported, and when the archive published, each said apart.
  expect(seen.byline, path).toMatch(/^By .+ · Published \d{1,2} [A-Z][a-z]+ \d{4}/);
  const published = /Published (\d{1,2} [A-Z][a-z]+ \d{4})/.exec(seen.byline)![1]!;
  expect(seen.period, path).toMatch(/^Source dates: /);
  expect(seen.period, path).not.toContain(published);
  // Each end of the period is the date of one of the report's sources as its source line gives it
  // (a shared month or year is named once: `17–19 December 2024`); inferred when they all are.
  const ends = seen.period
    .replace(/^Source dates: /, '')
    .replace(/ \((dates?|earliest date|latest date|one source's date|\d+ sources' dates) inferred\)$/, '')
    .split(/ ?– ?/);
  for (const end of ends)
    expect(
      seen.sourceDates.some((d) => d.text === end || d.text.startsWith(`${end} `)),
      `${path}: '${end}' in '${seen.period}' is no source's date (${seen.sourceDates.map((d) => d.text).join('; ')})`,
    ).toBe(true);
  if (seen.sourceDates.every((d) => d.inferred))
    expect(seen.period, path).toMatch(/ \((dates?|earliest date|latest date) inferred\)$/);
  if (seen.sourceDates.every((d) => !d.inferred)) expect(seen.period, path).not.toContain('inferred');
  // One date holding sources of both kinds says how many dates were inferred, not that the date was.
  if (
    ends.length === 1 &&
    seen.sourceDates.some((d) => d.inferred) &&
    seen.sourceDates.some((d) => !d.inferred)
  )
    expect(seen.period, path).toMatch(/ \((one source's date|\d+ sources' dates) inferred\)$/);

  // No address printed in the header; the topics at the foot, after the text.
  expect(seen.headerText, path).not.toMatch(/https?:|kursk-files\.example/);
  expect(seen.topics, `${path}: topics listed`).toBeGreaterThan(0);
  expect(seen.topicsInHeader, `${path}: topics in the header`).toBe(0);
  expect(seen.topicsAfterText, `${path}: topics after the text`).toBe(true);

  // A corrected report says so before the text, with the day of its latest correction, and links
  // to its whole log, after the text.
  const id = path.split('/').at(-2)!;
  const written = (REPORTS.find((r) => r.id === id)?.data.corrections ?? []) as unknown[];
  if (written.length === 0) {
    expect(seen.log, path).toBeNull();
    expect(seen.notice, path).toBeNull();
    return;
  }
  expect(seen.log?.entries, `${path}: the log is whole`).toHaveLength(written.length);
  expect(seen.log?.afterText, `${path}: the log after the text`).toBe(true);
  expect(seen.notice?.text, path).toMatch(
    /^(Corrected|Updated|Corrected and updated) \d{1,2} [A-Z][a-z]+ \d{4}/,
  );
  const corrected = seen
    .log!.entries.filter((e) => e.correction)
    .map((e) => e.date)
    .sort()
    .at(-1);
  if (corrected) expect(seen.notice?.date, `${path}: the latest correction`).toBe(corrected);
  // The link lands on the log, scrolling at once (the reader asks for no motion), then the tab,
  // which the next pages reuse, is as it was.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  try {
    await page.locator('.article-header a[href="#corrections"]').click();
    await expect(page).toHaveURL(new RegExp(`${path}#corrections$`));
    await expect(page.locator('#corrections h2'), path).toBeInViewport();
  } finally {
    await page.emulateMedia({ reducedMotion: null });
  }
}

/** The widths at which note markers are checked to stay with the words they cite. */
export const MARKER_WIDTHS = [320, 360, 390, 414, 768, 1280];

const report: PageCheck[] = [
  {
    name: 'on a 390 × 844 phone its text starts on the first screen, under a byline with the publication date and one meta line with when the sources reported; topics and the corrections log, which the header links, follow the text',
    run: checkFirstScreen,
  },
  {
    name: `at ${MARKER_WIDTHS.join(', ')} px no note marker is wrapped away from the word it cites`,
    run: async (page, path) => {
      for (const width of MARKER_WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        expect(await markersOffTheirLine(page), `${path} at ${width} px`).toEqual([]);
      }
    },
  },
  {
    name: 'numbers linked to the figures ledger and entity names read as text, with a dotted cue that turns into a link under the pointer',
    run: async (page, path) => {
      await page.setViewportSize(DESKTOP);
      const textColour = await page
        .locator('.prose p')
        .first()
        .evaluate((p) => getComputedStyle(p).color);
      for (const selector of ['.prose a[href*="/figures/"]', '.prose a.entity-link']) {
        const link = page.locator(selector).first();
        if ((await link.count()) === 0) continue;
        const style = await link.evaluate((a) => {
          const s = getComputedStyle(a);
          return { color: s.color, line: s.textDecorationLine, style: s.textDecorationStyle };
        });
        expect(style, `${path} ${selector}`).toEqual({
          color: textColour,
          line: 'underline',
          style: 'dotted',
        });
        await link.hover();
        const hovered = await link.evaluate((a) => getComputedStyle(a).color);
        expect(hovered, `${path} ${selector} under the pointer`).not.toBe(textColour);
        // The pointer leaves the link, so the page is as it was for the checks after this one.
        await page.mouse.move(0, 0);
      }
    },
  },
  {
    name: 'no note is split between the ¶ sign and its number, each links back with one ↩, which a phone never leaves alone at a line’s end, and no note says “(inferred)” without saying what',
    run: async (page, path) => {
      for (const text of await page.locator('.notes li').allTextContents()) {
        expect(text, `${path}: a ¶ joined to its number by a breaking space`).not.toMatch(/¶[ \t\n]/);
        expect(text.match(/↩/g)?.length ?? 0, `${path}: ${text}`).toBe(1);
      }
      expect(
        await page.locator('.notes').innerText(),
        `${path}: an "(inferred)" that does not say what`,
      ).not.toContain(' (inferred)');
      // At phone width the ↩ is never left at the end of a line, apart from the first number.
      await page.setViewportSize({ width: 320, height: 800 });
      const split = await page
        .locator('.notes .backref-first')
        .evaluateAll((els) =>
          els.filter((e) => e.getClientRects().length !== 1).map((e) => e.closest('li')?.id),
        );
      expect(split, path).toEqual([]);
    },
  },
];

const source: PageCheck[] = [
  {
    name: 'the source line says what was inferred and writes the date it was taken in words',
    run: async (page, path) => {
      await page.setViewportSize(DESKTOP);
      const main = await page.locator('main').innerText();
      expect(main, `${path}: an "(inferred)" that does not say what`).not.toContain(' (inferred)');
      await expect(page.locator('dt:text-is("Taken into the archive") + dd')).toHaveText(
        /^\d{1,2} [A-Z][a-z]+ \d{4}$/,
      );
    },
  },
];

/** After “Original” in a citation list, the ↗ sits after the word, not over it. */
const originalMark: PageCheck = {
  name: 'the ↗ after “Original” in a citation list sits after the word, not over it',
  run: async (page, path) => {
    await page.setViewportSize(DESKTOP);
    // One round trip for all the page's links: a timeline year cites dozens of originals.
    const positions = await page.locator('.citation-list a.external-link').evaluateAll((links) =>
      links.map((a) => {
        const text = a.firstChild!;
        const range = document.createRange();
        range.selectNodeContents(text);
        const r = range.getBoundingClientRect();
        // The glyph itself, not its box: an inherited text-indent moves the glyph out of the box.
        const glyph = document.createRange();
        glyph.selectNodeContents(a.querySelector('.external-mark')!);
        const m = glyph.getBoundingClientRect();
        return [r.right, m.left] as const;
      }),
    );
    for (const [word, mark] of positions)
      expect(
        mark,
        `${path}: ↗ starts ${Math.round(word - mark)} px inside “Original”`,
      ).toBeGreaterThanOrEqual(word - 0.5);
  },
};

/**
 * A date says how much of it the archive worked out: "(year inferred)" where the capture prints the
 * day, month or season ('December 17'), "(date inferred)" where none of it is printed, nothing
 * where it is stated. Read from the open data, which carries each event's basis.
 */
const eventDates: PageCheck = {
  name: 'each event’s date says what of it was inferred: the year, the whole date, or nothing',
  run: async (page, path) => {
    const year = /^\/timeline\/(\d{4})\//.exec(path)![1]!;
    const events = readData<EventRecord[]>('events.json').filter((e) => e.date.value.startsWith(year));
    for (const e of events) {
      const item = page.locator(`#event-${e.id}`);
      if ((await item.count()) === 0) continue; // on another page of a year split in parts
      const happened = (await item.locator('dt:text-is("Happened") + dd').innerText()).split(':')[0]!;
      const mark =
        e.date.basis === 'stated'
          ? '(stated)'
          : e.date.inferredPart === 'year'
            ? '(year inferred)'
            : '(date inferred)';
      expect(happened, `${path}: event ${e.id}`).toContain(mark);
      for (const other of ['(stated)', '(year inferred)', '(date inferred)'].filter((m) => m !== mark))
        expect(happened, `${path}: event ${e.id}`).not.toContain(other);
    }
  },
};

const claims = readData<ClaimRecord[]>('claims.json');
const quantities = [...new Set(claims.map((c) => c.quantity))];
const claimants = [...new Set(claims.map((c) => c.claimant).filter((id) => !id.startsWith('report:')))];
const STATUS = {
  'single-source': 'Single source',
  corroborated: 'Corroborated',
  disputed: 'Disputed',
} as const;

/** The figures index, each quantity's page and each claimant's entity page read as English. */
const readsAsEnglish: PageCheck = {
  name: 'reads as English: no ids, no residue, no "1 soldiers", no jargon',
  run: async (page, path) => {
    await page.setViewportSize(DESKTOP);
    const text = await page.locator('main').innerText();
    for (const c of claims)
      expect(text, `${path} shows the internal id of claim ${c.id}`).not.toContain(c.id);
    expect(text, `${path}: floating-point residue`).not.toMatch(/\d\.\d{5,}/);
    expect(text, `${path}: a plural unit after the number one`).not.toMatch(
      /(^|[^\d,.])1 (soldiers|drones|people)\b/,
    );
    expect(text, `${path}: scope jargon`).not.toMatch(/running-total|at-one-time|scope:|Scope\b/);
    expect(text, `${path}: a period from a date to the same date`).not.toMatch(
      /\b((?:[A-Z][a-z]+ )?\d{4}) to \1\b/,
    );
    expect(text, `${path}: "(inferred)" without saying what`).not.toContain(' (inferred)');
    expect(text, `${path}: a status badge run into the word before it`).not.toMatch(
      /\S(SINGLE SOURCE|CORROBORATED|DISPUTED)/,
    );
  },
};

/** A quantity's page: its claims with their statuses, its chart at two widths, and its citation lines. */
function quantityChecks(q: string): PageCheck[] {
  const here = claims.filter((c) => c.quantity === q);
  const checks: PageCheck[] = [
    readsAsEnglish,
    {
      name: 'shows each of its claims with the status the data derives, and names each source in one line, never “, By ”',
      run: async (page, path) => {
        await page.setViewportSize(DESKTOP);
        await expect(page.locator('li.claim')).toHaveCount(here.length);
        for (const c of here)
          await expect(page.locator(`li#claim-${c.id} .status`)).toHaveText(STATUS[c.status]);
        for (const line of await page.locator('.citation-list li').allInnerTexts())
          expect(line, path).not.toMatch(/, By /);
      },
    },
    originalMark,
  ];
  if (here.length > 1)
    checks.push({
      name: 'its chart at 390 and 1280 px: the text column’s width, whole-number gridlines for counts, every claim labelled, no label cut off',
      run: async (page) => {
        for (const width of [390, 1280]) {
          await page.setViewportSize({ width, height: 900 });
          const svg = page.locator('svg[role="img"]:visible');
          await expect(svg).toHaveCount(1);
          const box = (await svg.boundingBox())!;
          const column = (await page.locator('main p.summary').boundingBox())!;
          expect(
            box.width,
            `${q} at ${width} px: the chart uses the text column's width`,
          ).toBeGreaterThanOrEqual(column.width - 2);
          // Counts: every gridline label is a whole number (no 0.5 soldiers).
          for (const label of await svg.locator('.axis text').allInnerTexts())
            if (/^[\d,.]+$/.test(label))
              expect(label, `${q} at ${width} px: a gridline between whole numbers`).toMatch(/^[\d,]+$/);
          // Each claim is labelled with its value, and no label or axis label is cut off by the chart's edge.
          await expect(svg.locator('.labels text')).toHaveCount(here.length);
          // The boxes of all its texts in one round trip (as boundingBox() gives them, in the viewport).
          const texts = await svg.locator('text').evaluateAll((ts) =>
            ts.map((t) => {
              const r = t.getBoundingClientRect();
              return { text: t.textContent, x: r.x, width: r.width };
            }),
          );
          for (const t of texts) {
            if (t.width === 0) continue;
            expect(t.x, `${q} at ${width} px: "${t.text}" cut off on the left`).toBeGreaterThanOrEqual(
              box.x - 1,
            );
            expect(
              t.x + t.width,
              `${q} at ${width} px: "${t.text}" cut off on the right`,
            ).toBeLessThanOrEqual(box.x + box.width + 1);
          }
        }
      },
    });
  return checks;
}

const reportPaths = new Set(readData<{ url: string }[]>('reports.json').map((r) => new URL(r.url).pathname));
const sourcePaths = new Set(readData<{ id: string }[]>('sources.json').map((s) => `/sources/${s.id}/`));
const claimantPaths = new Set(claimants.map((id) => `/entities/${id}/`));

/** The checks for the page at `path` (a URL path of the built site), beyond those every page gets. */
export function checksFor(path: string): PageCheck[] {
  if (path === '/') return frontPageChecks;
  if (path === '/report-an-error/') return reportErrorChecks;
  if (path === '/about/') return aboutChecks;
  if (reportPaths.has(path)) return report;
  if (sourcePaths.has(path)) return source;
  if (path === '/figures/') return [readsAsEnglish];
  const quantity = /^\/figures\/([a-z0-9-]+)\/$/.exec(path)?.[1];
  if (quantity && quantities.includes(quantity)) return quantityChecks(quantity);
  if (claimantPaths.has(path)) return [readsAsEnglish];
  if (/^\/timeline\/\d{4}\/(\d+\/)?$/.test(path)) return [originalMark, eventDates];
  return [];
}
