/**
 * Watching the archive, on the built site: the changes feed and /changes/ month pages hold what the
 * content dates (each report's publication, each corrections-log entry), newest first and grouped
 * by day; every entity, quantity and outlet has an Atom and a JSON Feed, announced in its page's
 * head and offered in its text, holding the changes of the reports its page lists.
 */
import { expect, test } from '@playwright/test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { DEFAULT_PAGE_SIZES } from '../../src/config/page-sizes';
import { readCollection } from '../../src/build/content-files';

const dist = 'dist';
const SITE = 'https://kursk-files.example';
/** A built page's HTML without Astro's scoped-style attributes, which only say which stylesheet applies. */
const html = (path: string) =>
  readFileSync(`${dist}${path}index.html`, 'utf8').replace(/ data-astro-cid-[a-z0-9]+/g, '');

interface JsonItem {
  id: string;
  url: string;
  title: string;
  date_published: string;
}
interface JsonFeed {
  version: string;
  title: string;
  description: string;
  home_page_url: string;
  feed_url: string;
  items: JsonItem[];
}

/** Parses an Atom feed after checking it is well-formed XML. */
const atom = (path: string) => {
  const text = readFileSync(`${dist}${path}`, 'utf8');
  expect(XMLValidator.validate(text), path).toBe(true);
  return new XMLParser({
    ignoreAttributes: false,
    isArray: (_name, jpath) => ['feed.entry', 'feed.link'].includes(String(jpath)),
  }).parse(text).feed as { id: string; subtitle: string; entry?: { id: string; published: string }[] };
};
const json = (path: string): JsonFeed => JSON.parse(readFileSync(`${dist}${path}`, 'utf8')) as JsonFeed;

const sitemap = readFileSync(`${dist}/sitemap.xml`, 'utf8');

/** What the content says changed: each published report's day, each log entry's day and kind. */
const day = (value: unknown) => (value instanceof Date ? value.toISOString() : String(value)).slice(0, 10);
const published = readCollection('content', 'reports').filter((r) => r.data.draft !== true);
const expectedChanges = published.flatMap((r) => [
  { report: r.id, kind: 'published', day: day(r.data.publishedAt) },
  ...((r.data.corrections ?? []) as { date: unknown; kind: string }[]).map((c) => ({
    report: r.id,
    kind: c.kind,
    day: day(c.date),
  })),
]);
/** The report an item or link points at, and whether it points at its corrections log. */
const target = (url: string) => {
  const m = /\/reports\/([a-z0-9-]+)\/(#corrections)?$/.exec(url);
  expect(m, url).not.toBeNull();
  return { report: m![1]!, log: m![2] !== undefined };
};
const reportLinks = (page: string) =>
  [...page.matchAll(/<h3><a href="\/reports\/([a-z0-9-]+)\/">/g)].map((m) => m[1]!).sort();

/** Checks the page announces both watch feeds in its head and offers them in its text. */
function expectFeedsLinked(pagePath: string, feedBase: string) {
  const page = html(pagePath);
  for (const [ext, type] of [
    ['atom', 'application/atom+xml'],
    ['json', 'application/feed+json'],
  ] as const) {
    expect(page, `${pagePath} head`).toMatch(
      new RegExp(
        `<link rel="alternate" type="${type.replace('+', '\\+')}" title="[^"]+" href="${feedBase}\\.${ext}">`,
      ),
    );
    expect(page, `${pagePath} text`).toMatch(
      new RegExp(`<a href="${feedBase}\\.${ext}" type="${type.replace('+', '\\+')}">`),
    );
    expect(existsSync(`${dist}${feedBase}.${ext}`), `${feedBase}.${ext}`).toBe(true);
  }
  expect(page).toMatch(/Follow (this|every) [a-z]+: <a /);
}

test('the changes feeds hold the newest changes the content dates, newest first, each pointing where it is read', () => {
  expect(expectedChanges.length).toBeGreaterThan(published.length);
  const feed = json('/feeds/changes.json');
  expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
  expect(feed.feed_url).toBe(`${SITE}/feeds/changes.json`);
  expect(feed.items).toHaveLength(Math.min(expectedChanges.length, DEFAULT_PAGE_SIZES.feedSize));
  const days = feed.items.map((i) => i.date_published.slice(0, 10));
  expect([...days].sort().reverse()).toEqual(days);
  // The newest days of the content, as many as the feed holds.
  const newest = expectedChanges
    .map((c) => c.day)
    .sort()
    .reverse()
    .slice(0, feed.items.length);
  expect(days).toEqual(newest);
  for (const item of feed.items) {
    const { report, log } = target(item.url);
    const kind = log ? (item.title.startsWith('Correction: ') ? 'correction' : 'update') : 'published';
    expect(
      expectedChanges.some(
        (c) => c.report === report && c.kind === kind && c.day === item.date_published.slice(0, 10),
      ),
      `${item.id} ${item.date_published}`,
    ).toBe(true);
  }
  expect(new Set(feed.items.map((i) => i.id)).size).toBe(feed.items.length);
  const a = atom('/feeds/changes.atom');
  expect(a.id).toBe(`${SITE}/feeds/changes.atom`);
  expect(a.entry!.map((e) => e.id)).toEqual(feed.items.map((i) => i.id));
  expect(a.subtitle).toMatch(/not listed yet/);
  expectFeedsLinked('/changes/', '/feeds/changes');
});

test('/changes/ lists each month with its counts, and each month’s pages list its changes grouped by day', () => {
  const index = html('/changes/');
  const months = [
    ...index.matchAll(
      /<a href="\/changes\/(\d{4}-\d{2})\/"><time datetime="\1">[^<]+<\/time><\/a> <span class="meta">([^<]+)<\/span>/g,
    ),
  ].map((m) => ({ key: m[1]!, counts: m[2]! }));
  const expectedMonths = [...new Set(expectedChanges.map((c) => c.day.slice(0, 7)))].sort().reverse();
  expect(months.map((m) => m.key)).toEqual(expectedMonths);
  for (const month of months) {
    const inMonth = expectedChanges.filter((c) => c.day.startsWith(month.key));
    const n = (kind: string) => inMonth.filter((c) => c.kind === kind).length;
    for (const [kind, word] of [
      ['published', 'new report'],
      ['correction', 'correction'],
      ['update', 'update'],
    ] as const)
      if (n(kind) > 0) expect(month.counts).toContain(n(kind) === 1 ? `1 ${word}` : `${n(kind)} ${word}s`);
    // Every page of the month, in order: the days it shows, newest first, and under each day its changes.
    const shown: { report: string; kind: string; day: string }[] = [];
    for (let page = 1; ; page += 1) {
      const path = page === 1 ? `/changes/${month.key}/` : `/changes/${month.key}/${page}/`;
      if (!existsSync(`${dist}${path}index.html`)) break;
      const text = html(path);
      const sections = text.split('<section class="change-day"').slice(1);
      expect(sections.length, path).toBeGreaterThan(0);
      for (const section of sections) {
        const sectionDay = /<h2 id="day-(\d{4}-\d{2}-\d{2})"[^>]*><time datetime="\1">/.exec(section)?.[1];
        expect(sectionDay, path).toBeDefined();
        // A day holds each report once, its changes under it, however many it had that day.
        const heads = [...section.matchAll(/<h3><a href="\/reports\/([a-z0-9-]+)\/">/g)].map((m) => m[1]);
        expect(new Set(heads).size, `${path} ${sectionDay}`).toBe(heads.length);
        for (const m of section.matchAll(/<li data-change="([a-z]+)"[^>]*>\s*<p><strong><a href="([^"]+)"/g))
          shown.push({ kind: m[1]!, report: target(`${SITE}${m[2]!}`).report, day: sectionDay! });
      }
    }
    const key = (c: { report: string; kind: string; day: string }) => `${c.day} ${c.kind} ${c.report}`;
    expect(shown.map(key).sort()).toEqual(inMonth.map(key).sort());
    const shownDays = shown.map((c) => c.day);
    expect([...shownDays].sort().reverse(), month.key).toEqual(shownDays);
    expect(sitemap, month.key).toContain(`<loc>${SITE}/changes/${month.key}/</loc>`);
  }
  expect(sitemap).toContain(`<loc>${SITE}/changes/</loc>`);
});

test('every entity has watch feeds, linked from its page, holding the changes of the reports it lists', () => {
  const ids = readdirSync(`${dist}/feeds/entities`)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -5));
  const entities = readCollection('content', 'entities').map((e) => e.id);
  expect(ids.sort()).toEqual([...entities].sort());
  let empty = 0;
  for (const id of ids) {
    expectFeedsLinked(`/entities/${id}/`, `/feeds/entities/${id}`);
    const page = html(`/entities/${id}/`);
    const count = Number(/<h2 id="reports-heading">Reports \((\d+)\)<\/h2>/.exec(page)![1]);
    const feed = json(`/feeds/entities/${id}.json`);
    atom(`/feeds/entities/${id}.atom`);
    const inFeed = new Set(feed.items.map((i) => target(i.url).report));
    if (count === 0) {
      // A name no report mentions yet still has a feed, which says so, so a reader can follow it early.
      empty += 1;
      expect(feed.items, id).toEqual([]);
      expect(feed.description, id).toMatch(
        /^New reports .* No report names .+ yet; new ones will appear here\./,
      );
      continue;
    }
    if (count > DEFAULT_PAGE_SIZES.previewSize || feed.items.length === DEFAULT_PAGE_SIZES.feedSize) continue;
    expect([...inFeed].sort(), id).toEqual(
      reportLinks(page.split('id="reports-heading"')[1]!.split('</section>')[0]!),
    );
  }
  expect(empty).toBeGreaterThan(0);
});

test('every quantity of the figures ledger has watch feeds, linked from its page, holding the reports citing its claims', () => {
  const ids = readdirSync(`${dist}/feeds/figures`)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -5));
  expect(ids.sort()).toEqual(
    readCollection('content', 'quantities')
      .map((q) => q.id)
      .sort(),
  );
  for (const id of ids) {
    expectFeedsLinked(`/figures/${id}/`, `/feeds/figures/${id}`);
    const page = html(`/figures/${id}/`);
    // The claims' "Related reports", each once.
    const related = [
      ...new Set(
        [...page.matchAll(/<dt>Related reports<\/dt><dd><ul class="inline-list">([\s\S]*?)<\/ul>/g)].flatMap(
          (m) => [...m[1]!.matchAll(/href="\/reports\/([a-z0-9-]+)\/"/g)].map((l) => l[1]!),
        ),
      ),
    ].sort();
    const feed = json(`/feeds/figures/${id}.json`);
    atom(`/feeds/figures/${id}.atom`);
    const newReports = feed.items
      .filter((i) => !i.url.endsWith('#corrections'))
      .map((i) => target(i.url).report);
    if (feed.items.length < DEFAULT_PAGE_SIZES.feedSize) expect(newReports.sort(), id).toEqual(related);
    for (const item of feed.items) expect(related, `${id}: ${item.url}`).toContain(target(item.url).report);
  }
});

test('every outlet has a page saying what it is and marking inferred attributions, and watch feeds linked from it', () => {
  const sources = readCollection('content', 'sources');
  const named = sources.filter((s) => s.data.outlet);
  const index = html('/outlets/');
  const slugs = [...index.matchAll(/<li><a href="\/outlets\/([a-z0-9-]+)\/">/g)].map((m) => m[1]!);
  const names = new Set(named.map((s) => (s.data.outlet as { name: string }).name.trim().toLowerCase()));
  expect(slugs).toHaveLength(names.size);
  expect(index).toContain(`${sources.length - named.length} sources name no outlet`);
  for (const slug of slugs) {
    const page = html(`/outlets/${slug}/`);
    expect(page).toContain('An outlet page gathers what the archive holds from one news outlet');
    expectFeedsLinked(`/outlets/${slug}/`, `/feeds/outlets/${slug}`);
    const name = /<h1>([^<]+)<\/h1>/.exec(page)![1]!;
    const mine = named.filter(
      (s) => (s.data.outlet as { name: string }).name.trim().toLowerCase() === name.trim().toLowerCase(),
    );
    expect(mine.length, slug).toBeGreaterThan(0);
    for (const source of mine) {
      expect(page, `${slug}: ${source.id}`).toContain(`href="/sources/${source.id}/"`);
      // The source page's link leads here, and an inferred outlet is marked as the source page marks it.
      expect(html(`/sources/${source.id}/`)).toContain(`href="/outlets/${slug}/"`);
      if ((source.data.outlet as { basis: string }).basis === 'inferred') {
        expect(page).toContain(`${name} (outlet inferred)`);
        expect(page).toContain('Outlet inferred: ');
      }
    }
    expect(sitemap, slug).toContain(`<loc>${SITE}/outlets/${slug}/</loc>`);
    const feed = json(`/feeds/outlets/${slug}.json`);
    atom(`/feeds/outlets/${slug}.atom`);
    const cited = new Set(
      published
        .filter((r) => (r.data.sources as string[]).some((id) => mine.some((m) => m.id === id)))
        .map((r) => r.id),
    );
    for (const item of feed.items)
      expect(cited.has(target(item.url).report), `${slug}: ${item.url}`).toBe(true);
    const days = feed.items.map((i) => i.date_published);
    expect([...days].sort().reverse()).toEqual(days);
  }
});
