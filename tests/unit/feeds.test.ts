import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import {
  escapeXml,
  itemText,
  latestUpdate,
  renderAtom,
  renderJsonFeed,
  renderRss,
  type Feed,
  type FeedItem,
} from '../../src/lib/feeds';

const item: FeedItem = {
  id: 'https://x.org/reports/a/',
  url: 'https://x.org/reports/a/',
  title: 'Drones & leaflets <over> Kursk',
  summary: 'Kyiv’s “claim”.',
  published: new Date('2026-01-01T00:00:00Z'),
  updated: new Date('2026-02-01T00:00:00Z'),
  categories: ['Drone warfare'],
  authors: ['The Kursk Files'],
  image: 'https://x.org/cards/reports/a.png',
};
const feed: Feed = {
  title: 'The Kursk Files',
  description: 'An archive.',
  homeUrl: 'https://x.org/',
  feedUrls: {
    rss: 'https://x.org/feeds/reports.xml',
    atom: 'https://x.org/feeds/reports.atom',
    json: 'https://x.org/feeds/reports.json',
  },
  updated: new Date('2026-02-01T00:00:00Z'),
  items: [item],
};
const parse = (text: string) => new XMLParser({ ignoreAttributes: false }).parse(text);

describe('escapeXml', () => {
  it('escapes the five XML special characters', () => {
    expect(escapeXml(`<a href="x">&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;');
  });
});

describe('renderRss', () => {
  it('writes well-formed RSS 2.0 with the item, its permalink guid and its date', () => {
    const text = renderRss(feed);
    expect(XMLValidator.validate(text)).toBe(true);
    const channel = parse(text).rss.channel;
    expect(channel.item.title).toBe('Drones & leaflets <over> Kursk');
    expect(channel.item.guid['@_isPermaLink']).toBe('true');
    expect(channel.item.pubDate).toBe('Thu, 01 Jan 2026 00:00:00 GMT');
    expect(channel['atom:link']['@_href']).toBe('https://x.org/feeds/reports.xml');
  });
});

describe('renderAtom', () => {
  it('writes well-formed Atom with ids, links and both dates', () => {
    const text = renderAtom(feed);
    expect(XMLValidator.validate(text)).toBe(true);
    const atom = parse(text).feed;
    expect(atom.id).toBe('https://x.org/feeds/reports.atom');
    expect(atom.entry.link['@_href']).toBe('https://x.org/reports/a/');
    expect(atom.entry.published).toBe('2026-01-01T00:00:00.000Z');
    expect(atom.entry.updated).toBe('2026-02-01T00:00:00.000Z');
  });
});

describe('renderJsonFeed', () => {
  it('writes JSON Feed 1.1 with the item and its image', () => {
    const json = JSON.parse(renderJsonFeed(feed));
    expect(json.version).toBe('https://jsonfeed.org/version/1.1');
    expect(json.feed_url).toBe('https://x.org/feeds/reports.json');
    expect(json.items[0]).toMatchObject({
      id: item.id,
      url: item.url,
      title: item.title,
      image: item.image,
      tags: ['Drone warfare'],
      authors: [{ name: 'The Kursk Files' }],
    });
  });
});

describe('itemText', () => {
  it('is the summary alone for an item without a period (a correction)', () => {
    expect(itemText({ summary: 'The figure was wrong.' })).toBe('The figure was wrong.');
  });

  it('leads with when the sources reported, so a reader does not take the item’s date for the events’', () => {
    expect(
      itemText({
        summary: 'Drones dropped leaflets.',
        period: 'Source dates: December 2024 (date inferred)',
      }),
    ).toBe('Source dates: December 2024 (date inferred). Drones dropped leaflets.');
  });
});

describe('a report’s reported period in each format', () => {
  const withPeriod: Feed = { ...feed, items: [{ ...item, period: 'Source dates: 23 December 2024' }] };
  const expected = 'Source dates: 23 December 2024. Kyiv’s “claim”.';

  it('leads the RSS description, in a feed that stays well-formed', () => {
    const text = renderRss(withPeriod);
    expect(XMLValidator.validate(text)).toBe(true);
    expect(parse(text).rss.channel.item.description).toBe(expected);
  });

  it('leads the Atom summary', () => {
    const text = renderAtom(withPeriod);
    expect(XMLValidator.validate(text)).toBe(true);
    expect(parse(text).feed.entry.summary).toBe(expected);
  });

  it('leads the JSON Feed summary and text', () => {
    const json = JSON.parse(renderJsonFeed(withPeriod));
    expect(json.items[0].summary).toBe(expected);
    expect(json.items[0].content_text).toBe(expected);
  });
});

describe('latestUpdate', () => {
  it('is the latest item update, or the fallback for an empty feed', () => {
    const later = { ...item, updated: new Date('2026-05-01T00:00:00Z') };
    expect(latestUpdate([item, later], new Date(0))).toEqual(later.updated);
    expect(latestUpdate([], new Date(5))).toEqual(new Date(5));
  });
});

describe('watch feeds (no RSS form)', () => {
  const watch: Feed = {
    ...feed,
    feedUrls: { atom: 'https://x.org/feeds/changes.atom', json: 'https://x.org/feeds/changes.json' },
  };

  it('write Atom and JSON Feed that name their own address', () => {
    expect(parse(renderAtom(watch)).feed.id).toBe('https://x.org/feeds/changes.atom');
    expect(JSON.parse(renderJsonFeed(watch)).feed_url).toBe('https://x.org/feeds/changes.json');
  });

  it('refuse to be written as RSS, naming the feed', () => {
    expect(() => renderRss(watch)).toThrow(/'The Kursk Files' has no RSS address/);
  });

  it('are well-formed Atom with no entries when nothing has happened yet', () => {
    const text = renderAtom({ ...watch, items: [] });
    expect(XMLValidator.validate(text)).toBe(true);
    expect(parse(text).feed.entry).toBeUndefined();
  });
});
