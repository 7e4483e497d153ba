/**
 * What a reader checks on the front page and on "Report an error", run by every-page.spec.ts in
 * its one visit to each (see page-checks.ts): the lead is the analysis changed last; the key numbers
 * are the ledger's own values, every claim of the quantities its rule picks, and the figures pages
 * show the same; the key dates are events that two or more sources report; the coverage line spans
 * the sources' own dates; there is one search field, whose placeholder fits a phone. Every expected value is
 * worked out here from the content files, not read back from the page.
 */
import { expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCollection, type ContentFile } from '../../../src/build/content-files';
import { rangeOfPartialDate } from '../../../src/lib/date-ranges';
import {
  comparePartialDates,
  formatPartialDate,
  parsePartialDate,
  type PartialDate,
} from '../../../src/lib/dates';
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
/**
 * The name a claim's claimant goes by: the entity's name, or, for a report in its own voice, the
 * words that say it names no source ("NPR, naming no source").
 */
function claimantName(claim: ContentFile, entities: Map<string, ContentFile>): string {
  const c = claim.data.claimant as string | { entity?: string; report?: string };
  const id = typeof c === 'string' ? c : c.entity;
  return id === undefined ? 'naming no source' : String(entities.get(id)!.data.name);
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
    name: 'its key numbers are the ledger’s first three quantities, each with every claim’s value, claimant and what it covers, as its figures page shows them',
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
        .slice(0, 3);
      const items = page.getByRole('complementary', { name: 'Key numbers' }).locator('li[data-quantity]');
      expect(await items.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-quantity')))).toEqual(
        expected,
      );
      for (const [i, quantity] of expected.entries()) {
        const item = items.nth(i);
        const own = byQuantity.get(quantity)!;
        // Every claim, none picked out as "the" number.
        expect(
          (
            await item
              .locator('li[data-claim]')
              .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-claim')))
          ).sort(),
        ).toEqual(own.map((c) => c.id).sort());
        const figuresPage = readFileSync(join(DIST, 'figures', quantity, 'index.html'), 'utf8');
        for (const claim of own) {
          const line = item.locator(`li[data-claim="${claim.id}"]`);
          await expect(line.locator('.key-value strong')).toHaveText(valueText(claim));
          // With its unit, so that a "1" reads as one of something: "1 soldier", "2 soldiers".
          const unit = String(claim.data.unit);
          await expect(line.locator('.key-value')).toHaveText(
            `${valueText(claim)} ${claim.data.value === 1 ? unit.replace(/s$/, '') : unit}`,
          );
          await expect(line.locator('.key-who')).toContainText(claimantName(claim, entities));
          // A period the archive inferred is never shown as the source's.
          const period = claim.data.period as { basis?: string; inferredPart?: string } | undefined;
          if (period?.basis === 'inferred')
            await expect(line.locator('.key-scope')).toContainText(
              period.inferredPart === 'year' ? /\(years? inferred\)/ : /\(dates? inferred\)/,
            );
          // The quantity's page shows the same number on the claim's card.
          const card = new RegExp(
            `id="claim-${claim.id}"[\\s\\S]*?class="claim-value"[^>]*><strong[^>]*>([^<]*)</strong>`,
          ).exec(figuresPage);
          expect(card?.[1], `the card of ${claim.id} on /figures/${quantity}/`).toBe(valueText(claim));
        }
        await expect(item.getByRole('heading', { level: 3 }).getByRole('link')).toHaveAttribute(
          'href',
          `/figures/${quantity}/`,
        );
      }
    },
  },
  {
    name: 'its key dates are the events that two or more sources report (at most six, the most widely reported), in date order, linked to the timeline',
    run: async (page) => {
      const events = read('events');
      // A source cited twice for one event counts once.
      const reach = (e: ContentFile) =>
        new Set((e.data.sources as { source: string }[]).map((s) => s.source)).size;
      const happened = (e: ContentFile) => date((e.data.happened as { date: unknown }).date);
      const shown = await page
        .locator('.key-dates li[data-event]')
        .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-event')!));
      const eligible = events.filter((e) => reach(e) >= 2);
      expect(shown).toHaveLength(Math.min(6, eligible.length));
      const chosen = events.filter((e) => shown.includes(e.id));
      const others = eligible.filter((e) => !shown.includes(e.id));
      expect(Math.min(...chosen.map(reach))).toBeGreaterThanOrEqual(2);
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
    name: 'its coverage line spans the sources’ dates without overstating them, and gives the day a report last changed',
    run: async (page) => {
      const reports = published();
      const sources = read('sources');
      const dated = sources.map((s) => s.data.published as { date: unknown; basis: string });
      const span = (d: { date: unknown }) => rangeOfPartialDate(date(d.date));
      // The span starts with the date that starts first and ends with the one that ends last: a
      // source known only as "2025" may postdate one of "October 2025".
      const first = [...dated].sort((a, b) => span(a).start.getTime() - span(b).start.getTime())[0]!;
      const last = [...dated].sort((a, b) => span(b).end.getTime() - span(a).end.getTime())[0]!;
      const coverage = page.locator('[data-coverage]');
      await expect(coverage).toContainText(`${sources.length} sources`);
      await expect(coverage).toContainText(`${reports.length} reports`);
      await expect(coverage).toContainText(
        `dated ${formatPartialDate(date(first.date))}\u00a0– ${formatPartialDate(date(last.date))}`,
      );
      if (first.basis === 'inferred' && last.basis === 'inferred')
        await expect(coverage).toContainText('(dates inferred)');
      expect(
        await coverage.locator('time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime'))),
      ).toEqual([new Date(Math.max(...reports.map(lastChange))).toISOString().slice(0, 10)]);
    },
  },
];

/** About: the configured publisher, or a plain statement that this copy names none. */
export const aboutChecks: PageCheck[] = [
  {
    name: 'it names the configured publisher, or says plainly that this copy names none and invents none',
    run: async (page) => {
      const who = page.locator('#who-publishes-it + p');
      if (process.env.KURSK_PUBLISHER) await expect(who).toContainText(process.env.KURSK_PUBLISHER.trim());
      else {
        await expect(who).toContainText('No publisher is named for this copy of the archive');
        await expect(who).not.toContainText('KURSK_PUBLISHER');
      }
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
        await expect(main).toContainText('This copy of the archive lists no address for error reports');
        // How to set one is for whoever runs the copy, not for readers.
        await expect(main).not.toContainText('KURSK_CONTACT');
        expect(await main.innerHTML()).not.toMatch(/mailto:|@[a-z0-9-]+\.[a-z]{2,}/i);
      }
    },
  },
];
