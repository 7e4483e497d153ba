/**
 * The archive's feeds in three formats: RSS 2.0, Atom 1.0 and JSON Feed 1.1. Pure functions: a
 * feed description in, the file's text out. Every URL given must already be absolute.
 */

/** One entry of a feed. */
export interface FeedItem {
  /** A permanent, unique id; the entry's absolute URL (with a fragment for corrections). */
  id: string;
  /** The absolute URL a reader opens. */
  url: string;
  title: string;
  /** One or two plain-text sentences. */
  summary: string;
  /**
   * For a report: when its sources reported the news (`Source dates: December 2024 (date inferred)`),
   * which the item's text gives before the summary, since the item's date is when the archive
   * published the report.
   */
  period?: string | undefined;
  published: Date;
  updated: Date;
  /** Topic labels. */
  categories: readonly string[];
  /** Names of the authors. */
  authors: readonly string[];
  /** Absolute URL of the entry's image (the social card), when there is one. */
  image?: string | undefined;
}

/** A whole feed. */
export interface Feed {
  title: string;
  description: string;
  /** The absolute URL of the page the feed follows (home, a topic, the corrections page). */
  homeUrl: string;
  /**
   * Absolute URLs of this feed in each format, so each names itself and its siblings. The watch
   * feeds (an entity's, a figure's, an outlet's, the archive's changes) have no RSS form.
   */
  feedUrls: { rss?: string | undefined; atom: string; json: string };
  /** When anything in the feed last changed. */
  updated: Date;
  items: readonly FeedItem[];
}

/** Escapes text for XML element content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!,
  );
}

/** An item's text for readers: its reported period, when it has one, then its summary. */
export function itemText(item: Pick<FeedItem, 'summary' | 'period'>): string {
  return item.period ? `${item.period}. ${item.summary}` : item.summary;
}

/** An RSS 2.0 document. */
export function renderRss(feed: Feed): string {
  const self = feed.feedUrls.rss;
  if (self === undefined) throw new Error(`renderRss: the feed '${feed.title}' has no RSS address`);
  const items = feed.items.map((item) =>
    [
      '    <item>',
      `      <title>${escapeXml(item.title)}</title>`,
      `      <link>${escapeXml(item.url)}</link>`,
      `      <guid isPermaLink="${item.id === item.url}">${escapeXml(item.id)}</guid>`,
      `      <description>${escapeXml(itemText(item))}</description>`,
      `      <pubDate>${item.published.toUTCString()}</pubDate>`,
      ...item.authors.map((a) => `      <dc:creator>${escapeXml(a)}</dc:creator>`),
      ...item.categories.map((c) => `      <category>${escapeXml(c)}</category>`),
      '    </item>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '  <channel>',
    `    <title>${escapeXml(feed.title)}</title>`,
    `    <link>${escapeXml(feed.homeUrl)}</link>`,
    `    <description>${escapeXml(feed.description)}</description>`,
    '    <language>en</language>',
    `    <lastBuildDate>${feed.updated.toUTCString()}</lastBuildDate>`,
    `    <atom:link href="${escapeXml(self)}" rel="self" type="application/rss+xml"/>`,
    ...items,
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}

/** An Atom 1.0 document. */
export function renderAtom(feed: Feed): string {
  const entries = feed.items.map((item) =>
    [
      '  <entry>',
      `    <id>${escapeXml(item.id)}</id>`,
      `    <title>${escapeXml(item.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(item.url)}"/>`,
      `    <published>${item.published.toISOString()}</published>`,
      `    <updated>${item.updated.toISOString()}</updated>`,
      ...item.authors.map((a) => `    <author><name>${escapeXml(a)}</name></author>`),
      ...item.categories.map((c) => `    <category term="${escapeXml(c)}"/>`),
      `    <summary>${escapeXml(itemText(item))}</summary>`,
      '  </entry>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    `  <id>${escapeXml(feed.feedUrls.atom)}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <subtitle>${escapeXml(feed.description)}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.feedUrls.atom)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.homeUrl)}"/>`,
    `  <updated>${feed.updated.toISOString()}</updated>`,
    `  <author><name>${escapeXml(feed.title.split(':')[0]!)}</name></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}

/** A JSON Feed 1.1 document. */
export function renderJsonFeed(feed: Feed): string {
  return `${JSON.stringify(
    {
      version: 'https://jsonfeed.org/version/1.1',
      title: feed.title,
      description: feed.description,
      home_page_url: feed.homeUrl,
      feed_url: feed.feedUrls.json,
      language: 'en',
      items: feed.items.map((item) => ({
        id: item.id,
        url: item.url,
        title: item.title,
        summary: itemText(item),
        content_text: itemText(item),
        date_published: item.published.toISOString(),
        date_modified: item.updated.toISOString(),
        authors: item.authors.map((name) => ({ name })),
        tags: [...item.categories],
        ...(item.image ? { image: item.image } : {}),
      })),
    },
    null,
    2,
  )}\n`;
}

/** The latest date in a feed, or the fallback when it has no items (an empty corrections feed). */
export function latestUpdate(items: readonly FeedItem[], fallback: Date): Date {
  return items.reduce(
    (latest, item) => (item.updated > latest ? item.updated : latest),
    items.length ? items[0]!.updated : fallback,
  );
}
