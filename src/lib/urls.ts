/** The site's URLs, built from a base path that is passed in (the site may live under a subpath). */

/** Joins the site's base path (`/` or `/kursk/`) and a root-relative path (`/reports/x/`). */
export function withBase(base: string, path: string): string {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  if (!path.startsWith('/')) throw new Error(`withBase: '${path}' must start with '/'`);
  return `${trimmedBase}${path}`;
}

/**
 * The href a link written in a report needs on a site under `base`: a root-relative one (`/figures/`)
 * gets the base path; fragments, external, protocol-relative and already-prefixed links need no
 * change (`undefined`), nor does anything on a site at the root.
 */
export function rebaseHref(base: string, href: unknown): string | undefined {
  if (base === '/' || typeof href !== 'string') return undefined;
  if (!href.startsWith('/') || href.startsWith('//') || href.startsWith(base)) return undefined;
  return withBase(base, href);
}

/** Root-relative paths of each kind of page. */
export const paths = {
  home: () => '/',
  reports: (page = 1) => (page === 1 ? '/reports/' : `/reports/${page}/`),
  report: (slug: string) => `/reports/${slug}/`,
  /** A report's published versions, newest first, from the archive's git history. */
  reportHistory: (slug: string) => `/reports/${slug}/history/`,
  sources: () => '/sources/',
  source: (id: string) => `/sources/${id}/`,
  /** Every report citing a source, paginated (page 1). */
  sourceReports: (id: string) => `/sources/${id}/reports/`,
  /** Page n of the list of sources. */
  sourcesPage: (page: number) => (page === 1 ? '/sources/' : `/sources/${page}/`),
  /** Page n of the list of analyses. */
  analysisPage: (page: number) => (page === 1 ? '/reports/analysis/' : `/reports/analysis/${page}/`),
  topics: () => '/topics/',
  topic: (id: string) => `/topics/${id}/`,
  search: (query?: string) => (query ? `/search/?q=${encodeURIComponent(query)}` : '/search/'),
  entities: () => '/entities/',
  entity: (id: string) => `/entities/${id}/`,
  /** Every report naming an entity, paginated (page 1; see lib/pagination `pagePath` for later pages). */
  entityReports: (id: string) => `/entities/${id}/reports/`,
  timeline: () => '/timeline/',
  /** The timeline's page for one year (its first page, or page `part` of a year too long for one): its events by month. */
  timelineYear: (year: number, part = 1) => (part > 1 ? `/timeline/${year}/${part}/` : `/timeline/${year}/`),
  /** One event, on the page of its year that holds its month (an event's address needs its year and that page). */
  event: (id: string, year: number, part: number) => `${paths.timelineYear(year, part)}#event-${id}`,
  /** The small file mapping each event id to its page (`<year>` or `<year>/<part>`), for old `/timeline/#event-<id>` addresses. */
  eventIndex: () => '/timeline/events.json',
  figures: () => '/figures/',
  /** A quantity's own page in the figures ledger, with its chart and every claim about it. */
  quantity: (id: string) => `/figures/${id}/`,
  /** One claim, on the page of the quantity it counts (a claim's address needs its quantity). */
  claim: (id: string, quantity: string) => `/figures/${quantity}/#claim-${id}`,
  /** The small file mapping each claim id to its quantity, for old `/figures/#claim-<id>` addresses. */
  claimIndex: () => '/figures/claims.json',
  data: () => '/data/',
  analysis: () => '/reports/analysis/',
  /** What the archive is, who it is for, and what it does not do. */
  about: () => '/about/',
  /** How sources are captured, hashed and cited, what "inferred" means, corrections, figures, map data. */
  methodology: () => '/methodology/',
  /** How to tell the archive about a mistake. */
  reportError: () => '/report-an-error/',
  /** Every outlet the sources name. */
  outlets: () => '/outlets/',
  /** One outlet: its sources, the reports citing them and their corrections (slug: src/lib/outlets.ts). */
  outlet: (slug: string) => `/outlets/${slug}/`,
  /** What changed in the archive: its months, newest first. */
  changes: () => '/changes/',
  /** The changes of one month (`YYYY-MM`), page n of them past a list page. */
  changesMonth: (month: string, page = 1) =>
    page === 1 ? `/changes/${month}/` : `/changes/${month}/${page}/`,
} as const;

/** The feed formats, by file extension: RSS 2.0 (`.xml`), Atom (`.atom`), JSON Feed 1.1 (`.json`). */
export const FEED_FORMATS = { rss: 'xml', atom: 'atom', json: 'json' } as const;
/** A feed format. */
export type FeedFormat = keyof typeof FEED_FORMATS;

/**
 * The formats of the watch feeds (an entity's, a quantity's, an outlet's, the archive's changes):
 * Atom and JSON Feed only, which, unlike RSS, give each item a modified date beside its published one.
 */
export const WATCH_FEED_FORMATS = { atom: 'atom', json: 'json' } as const;
/** A watch feed format. */
export type WatchFeedFormat = keyof typeof WATCH_FEED_FORMATS;

/** Root-relative paths of the files made for linking: feeds, social cards, citation files, the corrections page. */
export const linkPaths = {
  feed: (format: FeedFormat) => `/feeds/reports.${FEED_FORMATS[format]}`,
  topicFeed: (topic: string, format: FeedFormat) => `/feeds/topics/${topic}.${FEED_FORMATS[format]}`,
  correctionsFeed: (format: FeedFormat) => `/feeds/corrections.${FEED_FORMATS[format]}`,
  corrections: () => '/corrections/',
  /** Page n of the corrections page, once its groups outgrow one page. */
  correctionsPage: (page: number) => (page === 1 ? '/corrections/' : `/corrections/${page}/`),
  /** New reports naming an entity, and their corrections. */
  entityFeed: (id: string, format: WatchFeedFormat) => `/feeds/entities/${id}.${WATCH_FEED_FORMATS[format]}`,
  /** New reports citing a quantity's claims, and their corrections. */
  quantityFeed: (id: string, format: WatchFeedFormat) => `/feeds/figures/${id}.${WATCH_FEED_FORMATS[format]}`,
  /** New reports citing an outlet's sources, and their corrections. */
  outletFeed: (slug: string, format: WatchFeedFormat) =>
    `/feeds/outlets/${slug}.${WATCH_FEED_FORMATS[format]}`,
  /** Everything /changes/ lists. */
  changesFeed: (format: WatchFeedFormat) => `/feeds/changes.${WATCH_FEED_FORMATS[format]}`,
  /** The social card of a page: `kind` is `reports`, `site`, and later `entities`. */
  card: (kind: string, id: string) => `/cards/${kind}/${id}.png`,
  citation: (slug: string, format: 'bib' | 'ris') => `/reports/${slug}/citation.${format}`,
  sitemap: () => '/sitemap.xml',
  /** Sitemap file n, once the site outgrows one sitemap and sitemap.xml becomes their index. */
  sitemapPart: (n: number) => `/sitemaps/${n}.xml`,
  robots: () => '/robots.txt',
} as const;

/**
 * Ids a report or source may not take, because a list page already lives at that address:
 * `/reports/analysis/` (the analyses), and page N of a list at `/reports/N/` or `/sources/N/`.
 * tests/unit/urls.test.ts checks this against the folders of src/pages/.
 */
export const RESERVED_IDS = {
  reports: { names: ['analysis'], pageNumbers: true },
  sources: { names: [] as string[], pageNumbers: true },
} as const;

/** Why an entry of a collection may not have an id (the list page it would replace), or undefined. */
export function reservedIdReason(collection: keyof typeof RESERVED_IDS, id: string): string | undefined {
  const reserved = RESERVED_IDS[collection];
  if (reserved.pageNumbers && /^\d+$/.test(id))
    return `/${collection}/${id}/ is page ${Number(id)} of the list of ${collection}`;
  if ((reserved.names as readonly string[]).includes(id))
    return `/${collection}/${id}/ is the list of ${id === 'analysis' ? 'analyses' : id}`;
  return undefined;
}

/**
 * The address a reader should copy or cite for one of the archive's own addresses (`url`, built for
 * the configured public site, `site`): the same path on the host the reader is on (`readerOrigin`,
 * `location.origin`) when that is another web host, such as a local build on 127.0.0.1 or a mirror,
 * so the link works where it was copied. Addresses on other sites, and pages opened from a file
 * (whose origin is `null`), are left as they are. The base path is part of the path: a build serves
 * it under the same base on any host.
 */
export function addressForReader(url: string, site: string, readerOrigin: string): string {
  const { origin } = new URL(url);
  if (origin !== new URL(site).origin || origin === readerOrigin || !/^https?:\/\/[^/]+$/.test(readerOrigin))
    return url;
  return `${readerOrigin}${url.slice(origin.length)}`;
}
