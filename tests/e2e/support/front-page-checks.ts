/**
 * What a reader checks on the front page and on "Report an error", run by every-page.spec.ts in
 * its one visit to each (see page-checks.ts): the lead is the analysis changed last; the key numbers
 * are the ledger's own values for the quantities its rule picks, and the figures pages show the
 * same; the key dates are the events the most sources report; the coverage line's dates are the
 * sources' own; there is one search field, whose placeholder fits a phone. Every expected value is
 * worked out here from the content files, not read back from the page.
 */
import { expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCollection, type ContentFile } from '../../../src/build/content-files';
import { comparePartialDates, parsePartialDate, type PartialDate } from '../../../src/lib/dates';
import { DIST, readBuiltPage } from './built-site';
import type { PageCheck } from './page-checks';

const contentDir = process.env.KURSK_CONTENT_DIR ?? 'content';
const read = (folder: string) => readCollection(contentDir, folder);
const DESKTOP = { width: 1280, height: 720 };

function date(value: unknown): PartialDate {
  const parsed = parsePartialDate(String(value));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.date;
}
const day = (value: unknown) => new Date(`${String(value)}T00:00:00Z`);
const hedge: Record<string, string> = {
  exactly: '',
  'at-least': 'at least ',
  about: 'about ',
  'up-to': 'up to ',
  'more-than': 'more than ',
};
/** A claim's value as a reader reads it: `about 4,700`, `20–30`. */
function valueText(claim: ContentFile): string {
  const v = claim.data.value as number | { min: number; max: number };
  const n = (x: number) => x.toLocaleString('en-GB');
  return `${hedge[String(claim.data.qualifier ?? 'exactly')]}${typeof v === 'number' ? n(v) : `${n(v.min)}–${n(v.max)}`}`;
}
/** The name a claim's claimant goes by: the entity's name, or "report" for a report in its own voice. */
function claimantName(claim: ContentFile, entities: Map<string, ContentFile>): string {
  const c = claim.data.claimant as string | { entity?: string; report?: string };
  const id = typeof c === 'string' ? c : c.entity;
  return id === undefined ? 'report' : String(entities.get(id)!.data.name);
}
/** When a report last changed: its publication, its update, or its latest correction. */
const lastChange = (r: ContentFile) =>
  Math.max(
    ...[
      r.data.publishedAt,
      r.data.updatedAt,
      ...((r.data.corrections ?? []) as { date: unknown }[]).map((c) => c.date),
    ]
      .filter((d) => d !== undefined)
      .map((d) => day(d).getTime()),
  );
const published = () => read('reports').filter((r) => r.data.draft !== true);

/** The front page's checks. */
export const frontPageChecks: PageCheck[] = [
  {
    name: 'one search field, the header’s, whose placeholder fits at 390 px',
    run: async (page) => {
      await expect(page.getByRole('searchbox')).toHaveCount(1);
      await expect(page.getByRole('banner').getByRole('searchbox')).toHaveCount(1);
      await page.setViewportSize({ width: 390, height: 844 });
      const fit = await page.locator('#header-q').evaluate((input: HTMLInputElement) => {
        const style = getComputedStyle(input);
        const context = document.createElement('canvas').getContext('2d')!;
        context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        return { text: context.measureText(input.placeholder).width, room };
      });
      expect(fit.text, 'the placeholder’s width in the field at 390 px').toBeLessThanOrEqual(fit.room);
    },
  },
  {
    name: 'it leads with the analysis changed last (the first of the analyses’ list on a tie)',
    run: async (page) => {
      const analyses = published().filter((r) => r.data.type === 'analysis');
      const latest = Math.max(...analyses.map(lastChange));
      const tied = new Set(analyses.filter((r) => lastChange(r) === latest).map((r) => `/reports/${r.id}/`));
      const listOrder = [
        ...readBuiltPage('reports/analysis/index.html').matchAll(/href="(\/reports\/[a-z0-9-]+\/)"/g),
      ]
        .map((m) => m[1]!)
        .filter((href) => tied.has(href));
      await expect(page.locator('.front-lead h2 a')).toHaveAttribute('href', listOrder[0]!);
    },
  },
  {
    name: 'its key numbers are the ledger’s first four quantities, each with its latest claim’s value, claimant and page, which shows the same number',
    run: async (page) => {
      await page.setViewportSize(DESKTOP);
      const claims = read('claims');
      const quantities = new Map(read('quantities').map((q) => [q.id, q]));
      const entities = new Map(read('entities').map((e) => [e.id, e]));
      const byQuantity = new Map<string, ContentFile[]>();
      for (const c of claims)
        byQuantity.set(String(c.data.quantity), [...(byQuantity.get(String(c.data.quantity)) ?? []), c]);
      // The ledger's order: most claims first, then by label.
      const expected = [...byQuantity.keys()]
        .sort(
          (a, b) =>
            byQuantity.get(b)!.length - byQuantity.get(a)!.length ||
            String(quantities.get(a)!.data.label).localeCompare(String(quantities.get(b)!.data.label), 'en'),
        )
        .slice(0, 4);
      const items = page.getByRole('complementary', { name: 'Key numbers' }).locator('li[data-quantity]');
      expect(await items.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-quantity')))).toEqual(
        expected,
      );
      const claimedAt = (c: ContentFile) => date((c.data.claimedAt as { date: unknown }).date);
      for (const [i, quantity] of expected.entries()) {
        const latest = byQuantity
          .get(quantity)!
          .sort((a, b) => comparePartialDates(claimedAt(a), claimedAt(b)) || a.id.localeCompare(b.id))
          .at(-1)!;
        const item = items.nth(i);
        await expect(item).toHaveAttribute('data-claim', latest.id);
        await expect(item.locator('.key-value strong')).toHaveText(valueText(latest));
        await expect(item.locator('.key-who')).toContainText(claimantName(latest, entities));
        await expect(item.getByRole('heading', { level: 3 }).getByRole('link')).toHaveAttribute(
          'href',
          `/figures/${quantity}/`,
        );
        // The quantity's page shows the same number on the claim's card.
        const card = new RegExp(
          `id="claim-${latest.id}"[\\s\\S]*?class="claim-value"[^>]*><strong[^>]*>([^<]*)</strong>`,
        ).exec(readFileSync(join(DIST, 'figures', quantity, 'index.html'), 'utf8'));
        expect(card?.[1], `the card of ${latest.id} on /figures/${quantity}/`).toBe(valueText(latest));
      }
    },
  },
  {
    name: 'its key dates are the six events the most sources report, in date order, linked to the timeline',
    run: async (page) => {
      const events = read('events');
      // A source cited twice for one event counts once.
      const reach = (e: ContentFile) =>
        new Set((e.data.sources as { source: string }[]).map((s) => s.source)).size;
      const happened = (e: ContentFile) => date((e.data.happened as { date: unknown }).date);
      const shown = await page
        .locator('.key-dates li[data-event]')
        .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-event')!));
      expect(shown).toHaveLength(Math.min(6, events.length));
      const chosen = events.filter((e) => shown.includes(e.id));
      const others = events.filter((e) => !shown.includes(e.id));
      expect(Math.min(...chosen.map(reach))).toBeGreaterThanOrEqual(Math.max(0, ...others.map(reach)));
      expect(shown).toEqual(
        [...chosen]
          .sort((a, b) => comparePartialDates(happened(a), happened(b)) || a.id.localeCompare(b.id))
          .map((e) => e.id),
      );
      for (const e of chosen)
        await expect(page.locator(`.key-dates li[data-event="${e.id}"] a`)).toHaveAttribute(
          'href',
          `/timeline/${happened(e).year}/#event-${e.id}`,
        );
    },
  },
  {
    name: 'its coverage line gives the sources’ earliest and latest dates and the day a report last changed',
    run: async (page) => {
      const reports = published();
      const sources = read('sources');
      const dates = sources
        .map((s) => date((s.data.published as { date: unknown }).date))
        .sort(comparePartialDates);
      const coverage = page.locator('[data-coverage]');
      await expect(coverage).toContainText(`${sources.length} sources`);
      await expect(coverage).toContainText(`${reports.length} reports`);
      expect(
        await coverage.locator('time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime'))),
      ).toEqual([
        dates[0]!.iso,
        dates.at(-1)!.iso,
        new Date(Math.max(...reports.map(lastChange))).toISOString().slice(0, 10),
      ]);
    },
  },
];

/** "Report an error": the configured contact, or a plain statement that there is none. */
export const reportErrorChecks: PageCheck[] = [
  {
    name: 'it gives the configured contact, or says plainly that none is configured and invents none',
    run: async (page) => {
      const main = page.getByRole('main');
      if (process.env.KURSK_CONTACT) await expect(main).toContainText(process.env.KURSK_CONTACT.trim());
      else {
        await expect(main).toContainText('This copy of the archive has no contact address configured');
        await expect(main).toContainText('KURSK_CONTACT');
        expect(await main.innerHTML()).not.toMatch(/mailto:|@[a-z0-9-]+\.[a-z]{2,}/i);
      }
    },
  },
];
