/**
 * Queries for the parts of the site made for linking: feeds, social cards, structured data,
 * citations, corrections and the sitemap. Built on archive.ts; the rules live in src/lib/.
 */
import { link, SITE } from '../config/site';
import { listArchiveChanges } from '../lib/archive-changes';
import { groupByReportDay, lastModified, listCorrections } from '../lib/corrections';
import type { CitableWork } from '../lib/cite';
import { latestUpdate, renderAtom, renderJsonFeed, renderRss, type Feed, type FeedItem } from '../lib/feeds';
import { describeReportedPeriod } from '../lib/periods';
import { articleKind } from '../lib/reports';
import { formatSourceTitle } from '../lib/sources';
import { buildArticleJsonLd, type CitedSource } from '../lib/structured-data';
import { linkPaths, paths, type FeedFormat } from '../lib/urls';
import { countPages, pagePath } from '../lib/pagination';
import { getReportHistoryLastmod } from './history';
import {
  getPublishedReports,
  getReportPeriod,
  getReportSources,
  getReportsInTopic,
  getReportTopics,
  getSources,
  getTopics,
  type Report,
} from './archive';
// watch.ts builds on this module's feed helpers; only getSitemapEntries calls back into it, at build time.
import { getChangeMonths, getOutlets } from './watch';

/** An absolute URL for a root-relative path on the public site, base path included. */
export const absolute = (path: string, site: URL | undefined): string =>
  new URL(link(path), site ?? 'https://kursk-files.example').href;

/** The kind of article, as readers see it. */
export const kindOf = (report: Report): string => articleKind(report.data.type);

/** When a report last changed: its publication, `updatedAt` or latest correction. */
export const modifiedAt = (report: Report): Date => lastModified(report.data);

/** A report as a feed entry, its text led by when its sources reported the news. */
export async function toFeedItem(report: Report, site: URL | undefined): Promise<FeedItem> {
  const [topics, period] = await Promise.all([getReportTopics(report), getReportPeriod(report)]);
  const url = absolute(paths.report(report.id), site);
  return {
    id: url,
    url,
    title: report.data.title,
    summary: report.data.dek,
    period: describeReportedPeriod(period),
    published: report.data.publishedAt,
    updated: modifiedAt(report),
    categories: topics.map((t) => t.data.label),
    authors: [report.data.byline],
    image: absolute(linkPaths.card('reports', report.id), site),
  };
}

/** Every correction and update, newest first, as feed entries pointing at the report's corrections box. */
export async function getCorrectionItems(site: URL | undefined): Promise<FeedItem[]> {
  const reports = await getPublishedReports();
  const entries = listArchiveChanges(
    reports.map((r) => ({
      id: r.id,
      publishedAt: r.data.publishedAt,
      corrections: r.data.corrections,
      report: r,
    })),
  ).filter((c) => c.kind !== 'published');
  return entries.map((entry) => {
    const url = absolute(paths.report(entry.reportId), site);
    const label = entry.kind === 'correction' ? 'Correction' : 'Update';
    return {
      // The entry's own key (its day, kind and place among that day's entries), not its place in
      // the whole list: a new correction elsewhere must not make a feed reader show old ones again.
      id: `${url}#${entry.key}`,
      url: `${url}#corrections`,
      title: `${label}: ${entry.report.data.title}`,
      summary: entry.text,
      published: entry.date,
      updated: entry.date,
      categories: [label],
      authors: [entry.report.data.byline],
    };
  });
}

/** Every correction, with its report, newest first, for the corrections page. */
export async function getCorrections() {
  const reports = await getPublishedReports();
  return listCorrections(reports.map((r) => ({ id: r.id, corrections: r.data.corrections, report: r })));
}

/** The report as a citable work, at its own URL (the page adds a paragraph's anchor). */
export function toCitableWork(report: Report, site: URL | undefined): CitableWork {
  return {
    slug: report.id,
    title: report.data.title,
    author: report.data.byline,
    site: SITE.name,
    published: report.data.publishedAt,
    modified: modifiedAt(report),
    url: absolute(paths.report(report.id), site),
    summary: report.data.dek,
  };
}

/** The JSON-LD of a report: NewsArticle or AnalysisNewsArticle, citing its sources. */
export async function getReportJsonLd(report: Report, site: URL | undefined) {
  const [sources, topics] = await Promise.all([getReportSources(report), getReportTopics(report)]);
  const citations: CitedSource[] = sources.map((s) => ({
    title: formatSourceTitle(s.data),
    url: s.data.url ?? absolute(paths.source(s.id), site),
    publisher: s.data.outlet?.name,
    datePublished:
      s.data.published.date.precision === 'season'
        ? String(s.data.published.date.year)
        : s.data.published.date.iso,
    // Schema.org cannot mark an author as inferred, so only byline names are given as authors.
    authors: s.data.authors.filter((a) => a.basis === 'stated').map((a) => a.name),
  }));
  return buildArticleJsonLd({
    kind: report.data.type,
    headline: report.data.title,
    description: report.data.dek,
    url: absolute(paths.report(report.id), site),
    image: absolute(linkPaths.card('reports', report.id), site),
    datePublished: report.data.publishedAt,
    dateModified: modifiedAt(report),
    author: report.data.byline,
    publisher: { name: SITE.name, url: absolute(paths.home(), site), logo: absolute('/favicon.svg', site) },
    section: topics[0]?.data.label ?? kindOf(report),
    keywords: topics.map((t) => t.data.label),
    citations,
    // Entities (issue 3) plug in here as `about` and `mentions` once reports link them.
  });
}

/** Every page for the sitemap, with when it last changed where that is known. */
export async function getSitemapEntries(site: URL | undefined): Promise<{ url: string; lastmod?: Date }[]> {
  const [reports, topics, sources, outlets, months] = await Promise.all([
    getPublishedReports(),
    getTopics(),
    getSources(),
    getOutlets(),
    getChangeMonths(),
  ]);
  const newestOf = (dates: readonly Date[]) =>
    dates.length ? new Date(Math.max(...dates.map((d) => d.getTime()))) : undefined;
  const newest = reports.length
    ? new Date(Math.max(...reports.map((r) => modifiedAt(r).getTime())))
    : undefined;
  const pages = Math.max(1, Math.ceil(reports.length / SITE.reportsPerPage));
  const topicLastmod = async (id: string) => {
    const inTopic = reports.filter((r) => r.data.topics.some((t) => t.id === id));
    return inTopic.length ? new Date(Math.max(...inTopic.map((r) => modifiedAt(r).getTime()))) : undefined;
  };
  return [
    { url: absolute(paths.home(), site), lastmod: newest },
    ...Array.from({ length: pages }, (_, i) => ({
      url: absolute(paths.reports(i + 1), site),
      lastmod: newest,
    })),
    ...reports.map((r) => ({ url: absolute(paths.report(r.id), site), lastmod: modifiedAt(r) })),
    // Each report's history: changed when its newest version was committed.
    ...(await Promise.all(
      reports.map(async (r) => ({
        url: absolute(paths.reportHistory(r.id), site),
        lastmod: await getReportHistoryLastmod(r.id),
      })),
    )),
    { url: absolute(paths.topics(), site), lastmod: newest },
    ...(await Promise.all(
      topics.map(async (t) => ({
        url: absolute(paths.topic(t.id), site),
        lastmod: await topicLastmod(t.id),
      })),
    )),
    // Later pages of each topic, for crawlers that start from the sitemap.
    ...(
      await Promise.all(
        topics.map(async (t) => {
          const count = countPages((await getReportsInTopic(t.id)).length, SITE.listPageSize);
          return Array.from({ length: count - 1 }, (_, i) => ({
            url: absolute(pagePath(paths.topic(t.id), i + 2), site),
            lastmod: undefined as Date | undefined,
          }));
        }),
      )
    ).flat(),
    ...Array.from({ length: countPages(sources.length, SITE.sourcesPerPage) }, (_, i) => ({
      url: absolute(paths.sourcesPage(i + 1), site),
      lastmod: undefined as Date | undefined,
    })),
    ...sources.map((s) => ({ url: absolute(paths.source(s.id), site), lastmod: s.data.retrievedAt })),
    { url: absolute(linkPaths.corrections(), site), lastmod: newest },
    // Later pages of the corrections page, one group (a report's entries of a day) per item.
    ...Array.from(
      { length: countPages(groupByReportDay(await getCorrections()).length, SITE.listPageSize) - 1 },
      (_, i) => ({
        url: absolute(linkPaths.correctionsPage(i + 2), site),
        lastmod: undefined as Date | undefined,
      }),
    ),
    // What changed, by month: a month's pages change when one of its reports is published or corrected.
    { url: absolute(paths.changes(), site), lastmod: newest },
    ...months.flatMap((m) =>
      Array.from({ length: countPages(m.changes.length, SITE.listPageSize) }, (_, i) => ({
        url: absolute(paths.changesMonth(m.key, i + 1), site),
        lastmod: newestOf(m.changes.map((c) => c.date)),
      })),
    ),
    { url: absolute(paths.outlets(), site) },
    ...outlets.map((o) => ({ url: absolute(paths.outlet(o.slug), site) })),
    { url: absolute(paths.search(), site) },
    // The pages about the archive itself.
    { url: absolute(paths.about(), site) },
    { url: absolute(paths.methodology(), site) },
    { url: absolute(paths.reportError(), site) },
  ].map((e) => (e.lastmod ? e : { url: e.url }));
}

/** Which feed: all reports, one topic's reports, or the corrections log. */
export type FeedKind = { kind: 'reports' } | { kind: 'topic'; topic: string } | { kind: 'corrections' };

/** A whole feed, in a format-neutral form for src/lib/feeds.ts to write out. */
export async function getFeed(which: FeedKind, site: URL | undefined): Promise<Feed> {
  const reports = await getPublishedReports();
  const fallback = reports.length ? modifiedAt(reports[0]!) : new Date(0);
  const urls = (pathFor: (f: FeedFormat) => string) => ({
    rss: absolute(pathFor('rss'), site),
    atom: absolute(pathFor('atom'), site),
    json: absolute(pathFor('json'), site),
  });
  if (which.kind === 'corrections') {
    const items = (await getCorrectionItems(site)).slice(0, SITE.feedSize);
    return {
      title: `${SITE.name}: corrections and updates`,
      description: `Every correction and update to a report in ${SITE.name}, newest first.`,
      homeUrl: absolute(linkPaths.corrections(), site),
      feedUrls: urls(linkPaths.correctionsFeed),
      updated: latestUpdate(items, fallback),
      items,
    };
  }
  if (which.kind === 'topic') {
    const topic = (await getTopics()).find((t) => t.id === which.topic)!;
    const items = await Promise.all(
      reports
        .filter((r) => r.data.topics.some((t) => t.id === topic.id))
        .slice(0, SITE.feedSize)
        .map((r) => toFeedItem(r, site)),
    );
    return {
      title: `${SITE.name}: ${topic.data.label}`,
      description: topic.data.description,
      homeUrl: absolute(paths.topic(topic.id), site),
      feedUrls: urls((f) => linkPaths.topicFeed(topic.id, f)),
      updated: latestUpdate(items, fallback),
      items,
    };
  }
  // The newest items only: a feed reader polls the whole file, and the archive's lists hold the rest.
  const items = await Promise.all(reports.slice(0, SITE.feedSize).map((r) => toFeedItem(r, site)));
  return {
    title: SITE.name,
    description: SITE.description,
    homeUrl: absolute(paths.home(), site),
    feedUrls: urls(linkPaths.feed),
    updated: latestUpdate(items, fallback),
    items,
  };
}

/** A feed written out in one format, with its media type. */
export function writeFeed(feed: Feed, format: FeedFormat): Response {
  const [body, type] =
    format === 'rss'
      ? [renderRss(feed), 'application/rss+xml']
      : format === 'atom'
        ? [renderAtom(feed), 'application/atom+xml']
        : [renderJsonFeed(feed), 'application/feed+json'];
  return new Response(body, { headers: { 'Content-Type': `${type}; charset=utf-8` } });
}
