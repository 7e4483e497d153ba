/**
 * Queries for watching the archive: what changed and when (`/changes/`), the outlets the sources
 * name (`/outlets/`), and the watch feeds that follow one entity, one quantity of the figures
 * ledger, one outlet, or the whole archive's changes. Built from the content alone, so they work on
 * any checkout; the rules live in src/lib/archive-changes.ts and src/lib/outlets.ts.
 */
import { SITE } from '../config/site';
import {
  CLAIM_CHANGES_NOT_LISTED,
  changesOfReports,
  groupChangesByMonth,
  listArchiveChanges,
  type ArchiveChange,
} from '../lib/archive-changes';
import { latestUpdate, renderAtom, renderJsonFeed, type Feed, type FeedItem } from '../lib/feeds';
import { groupSourcesByOutlet, type Outlet } from '../lib/outlets';
import { linkPaths, paths, type WatchFeedFormat } from '../lib/urls';
import { getPublishedReports, getSources, oncePerBuild, type Report, type Source } from './archive';
import { getClaimViews, getEntities, getQuantities, getReportsNamingEntity } from './investigation';
import { absolute, modifiedAt, toFeedItem } from './linking';

/** A change to a report: its publication, or an entry of its corrections log. */
export type ReportChange = ArchiveChange<Report>;

/** Every change to a published report, newest first. Computed once per build; shared: do not change it. */
export const getArchiveChanges: () => Promise<ReportChange[]> = oncePerBuild(async () =>
  listArchiveChanges(
    (await getPublishedReports()).map((r) => ({
      id: r.id,
      publishedAt: r.data.publishedAt,
      corrections: r.data.corrections,
      report: r,
    })),
  ),
);

/** The archive's changes by month, newest month first. */
export async function getChangeMonths() {
  return groupChangesByMonth(await getArchiveChanges());
}

/** Where a change is read: the report for a new one, the report's corrections log for a log entry. */
export function changePath(change: ReportChange): string {
  return change.kind === 'published'
    ? paths.report(change.reportId)
    : `${paths.report(change.reportId)}#corrections`;
}

/** Every outlet the sources name, by name. Computed once per build; shared: do not change it. */
export const getOutlets: () => Promise<Outlet<Source>[]> = oncePerBuild(async () =>
  groupSourcesByOutlet(
    (await getSources()).map((s) => ({ id: s.id, file: s.filePath, outlet: s.data.outlet, source: s })),
  ),
);

/** The outlet a source is attributed to, if any, for a link from the source's record. */
export async function getOutletOfSource(sourceId: string): Promise<Outlet<Source> | undefined> {
  return (await getOutlets()).find((o) => o.sources.some((s) => s.id === sourceId));
}

/** Published reports, newest first, that cite any of these sources. */
async function reportsCiting(sourceIds: ReadonlySet<string>): Promise<Report[]> {
  return (await getPublishedReports()).filter((r) => r.data.sources.some((s) => sourceIds.has(s.id)));
}

/** One outlet's page: its sources, the reports that cite them, and their corrections and updates. */
export async function getOutletView(outlet: Outlet<Source>) {
  const reports = await reportsCiting(new Set(outlet.sources.map((s) => s.id)));
  const corrections = changesOfReports(
    await getArchiveChanges(),
    reports.map((r) => r.id),
  ).filter((c) => c.kind !== 'published');
  return { reports, corrections };
}

/** Published reports, newest first, that cite a claim about a quantity (`reportCitesClaim`, src/lib/claims.ts). */
export async function getReportsCitingQuantity(quantityId: string): Promise<Report[]> {
  const ids = new Set(
    (await getClaimViews())
      .filter((v) => v.quantity.id === quantityId)
      .flatMap((v) => v.reports.map((r) => r.id)),
  );
  return (await getPublishedReports()).filter((r) => ids.has(r.id));
}

/** Which watch feed: one entity's, one quantity's, one outlet's, or the whole archive's changes. */
export type WatchFeedKind =
  | { kind: 'entity'; id: string }
  | { kind: 'quantity'; id: string }
  | { kind: 'outlet'; slug: string }
  | { kind: 'changes' };

/** A change as a feed entry: a new report as the report feeds give it, a log entry pointing at the report's log. */
async function toChangeItem(change: ReportChange, site: URL | undefined): Promise<FeedItem> {
  if (change.kind === 'published') return toFeedItem(change.report, site);
  const url = absolute(paths.report(change.reportId), site);
  const label = change.kind === 'correction' ? 'Correction' : 'Update';
  return {
    // The entry's own key, not its place in a list, so a feed reader never sees it as new again.
    id: `${url}#${change.key}`,
    url: `${url}#corrections`,
    title: `${label}: ${change.report.data.title}`,
    summary: change.text,
    published: change.date,
    updated: change.date,
    categories: [label],
    authors: [change.report.data.byline],
  };
}

/** What a watch feed follows: its name, the page it belongs to, and the reports whose changes it lists. */
async function describeWatch(which: WatchFeedKind): Promise<{
  subject: string;
  what: string;
  none: string;
  homePath: string;
  feedPath: (f: WatchFeedFormat) => string;
  reports: Report[] | undefined;
}> {
  if (which.kind === 'entity') {
    const entity = (await getEntities()).find((e) => e.id === which.id);
    if (!entity) throw new Error(`getWatchFeed: no entity '${which.id}'`);
    const name = entity.data.name;
    return {
      subject: name,
      what: `New reports in ${SITE.name} that name ${name}, and their corrections and updates`,
      none: `No report names ${name} yet; new ones will appear here.`,
      homePath: paths.entity(entity.id),
      feedPath: (f) => linkPaths.entityFeed(entity.id, f),
      reports: await getReportsNamingEntity(entity.id),
    };
  }
  if (which.kind === 'quantity') {
    const quantity = (await getQuantities()).find((q) => q.id === which.id);
    if (!quantity) throw new Error(`getWatchFeed: no quantity '${which.id}'`);
    const label = quantity.data.label;
    return {
      subject: `${label} (figures)`,
      what: `New reports in ${SITE.name} that cite a claimed figure for “${label}”, and their corrections and updates`,
      none: `No report cites a claim about this figure yet; new ones will appear here.`,
      homePath: paths.quantity(quantity.id),
      feedPath: (f) => linkPaths.quantityFeed(quantity.id, f),
      reports: await getReportsCitingQuantity(quantity.id),
    };
  }
  if (which.kind === 'outlet') {
    const outlet = (await getOutlets()).find((o) => o.slug === which.slug);
    if (!outlet) throw new Error(`getWatchFeed: no outlet '${which.slug}'`);
    return {
      subject: `${outlet.name} (outlet)`,
      what: `New reports in ${SITE.name} that cite a source attributed to ${outlet.name}, and their corrections and updates`,
      none: `No published report cites a source from ${outlet.name} yet; new ones will appear here.`,
      homePath: paths.outlet(outlet.slug),
      feedPath: (f) => linkPaths.outletFeed(outlet.slug, f),
      reports: (await getOutletView(outlet)).reports,
    };
  }
  return {
    subject: 'changes',
    what: `Every new report in ${SITE.name}, and every correction and update`,
    none: 'Nothing has been published yet.',
    homePath: paths.changes(),
    feedPath: linkPaths.changesFeed,
    reports: undefined,
  };
}

/**
 * A watch feed, in a format-neutral form for src/lib/feeds.ts to write out: the newest changes
 * (`SITE.feedSize`) of the reports it follows. Every entity, quantity and outlet has one, even
 * with nothing in it yet, so a reader can follow a name before the first report names it; the
 * feed's description then says so.
 */
export async function getWatchFeed(which: WatchFeedKind, site: URL | undefined): Promise<Feed> {
  const [all, published] = await Promise.all([getArchiveChanges(), getPublishedReports()]);
  const watch = await describeWatch(which);
  const changes = watch.reports
    ? changesOfReports(
        all,
        watch.reports.map((r) => r.id),
      )
    : all;
  const items = await Promise.all(changes.slice(0, SITE.feedSize).map((c) => toChangeItem(c, site)));
  // An empty feed is as current as the archive it watches; never the clock, so a build is reproducible.
  const fallback = published.length
    ? new Date(Math.max(...published.map((r) => modifiedAt(r).getTime())))
    : new Date(0);
  return {
    title: `${SITE.name}: ${watch.subject}`,
    description: `${watch.what}, newest first.${items.length === 0 ? ` ${watch.none}` : ''} ${CLAIM_CHANGES_NOT_LISTED}`,
    homeUrl: absolute(watch.homePath, site),
    feedUrls: { atom: absolute(watch.feedPath('atom'), site), json: absolute(watch.feedPath('json'), site) },
    updated: latestUpdate(items, fallback),
    items,
  };
}

/** A watch feed written out as Atom or JSON Feed, with its media type. */
export function writeWatchFeed(feed: Feed, format: WatchFeedFormat): Response {
  const [body, type] =
    format === 'atom'
      ? [renderAtom(feed), 'application/atom+xml']
      : [renderJsonFeed(feed), 'application/feed+json'];
  return new Response(body, { headers: { 'Content-Type': `${type}; charset=utf-8` } });
}

/** The links to a watch feed for a page's head (`rel="alternate"`) and its visible "Follow" line. */
export function watchFeedLinks(
  title: string,
  pathFor: (f: WatchFeedFormat) => string,
  linkFor: (p: string) => string,
) {
  return [
    { title: `${title} (Atom)`, href: linkFor(pathFor('atom')), type: 'atom' as const },
    { title: `${title} (JSON Feed)`, href: linkFor(pathFor('json')), type: 'json' as const },
  ];
}
