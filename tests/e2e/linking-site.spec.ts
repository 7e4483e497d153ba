/**
 * The built site as files and as served: every published URL still served (the manifest), and the
 * feeds, sitemap and robots.txt well-formed and complete. (Links, fragments and inline scripts are
 * swept in built-site.spec.ts.)
 */
import { expect, test } from '@playwright/test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { readFileSync } from 'node:fs';
import { DEFAULT_PAGE_SIZES } from '../../src/config/page-sizes';
import { readCollection } from '../../src/build/content-files';
import { parseManifest } from '../../src/build/site-files';
import { publishedReportSlugs } from './support/built-site';

const dist = 'dist';
const xml = (path: string) => {
  const text = readFileSync(`${dist}${path}`, 'utf8');
  expect(XMLValidator.validate(text), path).toBe(true);
  return new XMLParser({
    ignoreAttributes: false,
    isArray: (_name, jpath) =>
      ['rss.channel.item', 'feed.entry', 'feed.entry.link', 'urlset.url'].includes(String(jpath)),
  }).parse(text);
};
const SITE = 'https://kursk-files.example';
const reportUrls = () => publishedReportSlugs(dist).map((slug) => `${SITE}/reports/${slug}/`);

test('every URL in urls.manifest.txt is still served, directly or by redirect', async ({ request }) => {
  const urls = parseManifest(readFileSync('urls.manifest.txt', 'utf8'));
  expect(urls.length).toBeGreaterThan(50);
  const failures: string[] = [];
  for (const url of urls) {
    const response = await request.get(url);
    if (response.status() !== 200) {
      failures.push(`${url}: HTTP ${response.status()}`);
      continue;
    }
    const refresh = /<meta http-equiv="refresh" content="0; url=([^"]+)">/.exec(await response.text())?.[1];
    if (refresh && (await request.get(refresh)).status() !== 200)
      failures.push(`${url}: redirects to ${refresh}, which is not served`);
  }
  expect(failures, 'published URLs no longer served; restore them or add a redirect (formerSlugs)').toEqual(
    [],
  );
});

test('the RSS, Atom and JSON feeds are well-formed and list every published report', () => {
  const expected = reportUrls();
  expect(expected.length).toBeGreaterThan(1);
  const rss = xml('/feeds/reports.xml').rss.channel;
  expect(rss.item.map((i: { link: string }) => i.link).sort()).toEqual(expected);
  expect(rss['atom:link']['@_href']).toBe(`${SITE}/feeds/reports.xml`);
  const atom = xml('/feeds/reports.atom').feed;
  expect(atom.entry.map((e: { link: { '@_href': string }[] }) => e.link[0]!['@_href']).sort()).toEqual(
    expected,
  );
  for (const entry of atom.entry) expect(Date.parse(entry.updated)).not.toBeNaN();
  const json = JSON.parse(readFileSync(`${dist}/feeds/reports.json`, 'utf8'));
  expect(json.version).toBe('https://jsonfeed.org/version/1.1');
  expect(json.items.map((i: { url: string }) => i.url).sort()).toEqual(expected);
  for (const item of json.items) expect(item.title && item.date_published && item.id).toBeTruthy();
  // Each item's text leads with when the report's sources reported, as the report's header says it,
  // since the item's own date is the archive's publication.
  // The span's text as a reader sees it: the HTML writes an apostrophe as &#39;.
  const decode = (html: string) =>
    html
      .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
      .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  const periodOn = (url: string) =>
    decode(
      /<span class="period">([^<]+)<\/span>/.exec(
        readFileSync(`${dist}${new URL(url).pathname}index.html`, 'utf8'),
      )![1]!,
    );
  const texts = [
    ...rss.item.map((i: { link: string; description: string }) => [i.link, i.description]),
    ...atom.entry.map((e: { link: { '@_href': string }[]; summary: string }) => [
      e.link[0]!['@_href'],
      e.summary,
    ]),
    ...json.items.flatMap((i: { url: string; summary: string; content_text: string }) => [
      [i.url, i.summary],
      [i.url, i.content_text],
    ]),
  ] as [string, string][];
  for (const [url, text] of texts) {
    expect(periodOn(url), url).toMatch(/^Source dates: \S/);
    expect(text.startsWith(`${periodOn(url)}. `), `${url}: ${text}`).toBe(true);
  }
});

test('each topic feed lists exactly the reports on its topic page; the corrections feeds list the newest corrections', () => {
  const topics = readFileSync(`${dist}/topics/index.html`, 'utf8')
    .match(/href="\/topics\/([a-z0-9-]+)\/"/g)!
    .map((m) => m.slice(14, -2));
  expect(topics.length).toBeGreaterThan(1);
  for (const topic of topics) {
    const page = readFileSync(`${dist}/topics/${topic}/index.html`, 'utf8');
    const onPage = [...page.matchAll(/<h2><a href="(\/reports\/[a-z0-9-]+\/)"/g)]
      .map((m) => `${SITE}${m[1]}`)
      .sort();
    const items = (xml(`/feeds/topics/${topic}.xml`).rss.channel.item ?? [])
      .map((i: { link: string }) => i.link)
      .sort();
    expect(items, topic).toEqual(onPage);
    xml(`/feeds/topics/${topic}.atom`);
    JSON.parse(readFileSync(`${dist}/feeds/topics/${topic}.json`, 'utf8'));
  }
  expect(xml('/feeds/corrections.xml').rss.channel.title).toContain('corrections');
  expect(xml('/feeds/corrections.atom').feed.id).toBe(`${SITE}/feeds/corrections.atom`);
  // One item per entry of a published report's corrections log, newest first, as many as a feed holds.
  const published = readCollection('content', 'reports').filter((r) => r.data.draft !== true);
  const entries = published.flatMap((r) =>
    ((r.data.corrections ?? []) as unknown[]).map(() => `${SITE}/reports/${r.id}/#corrections`),
  );
  const items = JSON.parse(readFileSync(`${dist}/feeds/corrections.json`, 'utf8')).items as {
    id: string;
    url: string;
    date_published: string;
  }[];
  expect(items).toHaveLength(Math.min(entries.length, DEFAULT_PAGE_SIZES.feedSize));
  for (const item of items) expect(entries).toContain(item.url);
  // Each item keeps its id as the log grows: the id names the entry (its report, day, kind and
  // place that day), as the watch feeds do, never its place in the whole list.
  const changes = JSON.parse(readFileSync(`${dist}/feeds/changes.json`, 'utf8')).items as { id: string }[];
  expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
  for (const item of items)
    expect(item.id).toMatch(/\/reports\/[a-z0-9-]+\/#\d{4}-\d{2}-\d{2}-(correction|update)-\d+$/);
  const changeIds = new Set(changes.map((c) => c.id));
  const newest = items.filter((i) => changeIds.has(i.id));
  expect(newest.length, 'the newest corrections carry the same ids in the changes feed').toBeGreaterThan(0);
  const dates = items.map((i) => i.date_published);
  expect([...dates].sort().reverse()).toEqual(dates);
});

test('the sitemap lists every page with lastmod on reports, and robots.txt points to it', () => {
  const urls = xml('/sitemap.xml').urlset.url as { loc: string; lastmod?: string }[];
  const locs = urls.map((u) => u.loc);
  for (const report of reportUrls()) {
    expect(locs).toContain(report);
    expect(urls.find((u) => u.loc === report)!.lastmod).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  }
  for (const page of ['/', '/reports/', '/topics/', '/sources/', '/corrections/'])
    expect(locs).toContain(`${SITE}${page}`);
  expect(locs.some((l) => l.includes('404'))).toBe(false);
  expect(readFileSync(`${dist}/robots.txt`, 'utf8')).toContain(`Sitemap: ${SITE}/sitemap.xml`);
});
