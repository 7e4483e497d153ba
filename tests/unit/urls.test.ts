import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  addressForReader,
  linkPaths,
  paths,
  rebaseHref,
  reservedIdReason,
  withBase,
} from '../../src/lib/urls';

describe('withBase', () => {
  it('leaves a path unchanged when the site lives at the root', () => {
    expect(withBase('/', '/reports/drone-losses/')).toBe('/reports/drone-losses/');
    expect(withBase('/', '/')).toBe('/');
  });

  it('puts the path under a subpath base, with one slash between them', () => {
    expect(withBase('/kursk/', '/reports/drone-losses/')).toBe('/kursk/reports/drone-losses/');
  });

  it('accepts a base written without its trailing slash', () => {
    expect(withBase('/kursk', '/reports/')).toBe('/kursk/reports/');
  });

  it("gives the home page of a subpath site as '/kursk/'", () => {
    expect(withBase('/kursk/', '/')).toBe('/kursk/');
  });

  it('keeps the query string of a search path', () => {
    expect(withBase('/kursk/', '/search/?q=drones')).toBe('/kursk/search/?q=drones');
  });

  it('throws, quoting the path, when it does not start with a slash', () => {
    expect(() => withBase('/', 'reports/')).toThrow("'reports/' must start with '/'");
  });
});

describe('paths', () => {
  it("puts the home page at '/'", () => {
    expect(paths.home()).toBe('/');
  });

  it("puts the first page of reports at '/reports/' and later pages at '/reports/N/'", () => {
    expect(paths.reports()).toBe('/reports/');
    expect(paths.reports(1)).toBe('/reports/');
    expect(paths.reports(2)).toBe('/reports/2/');
    expect(paths.reports(10)).toBe('/reports/10/');
  });

  it('numbers the later pages of the sources and analysis lists after the list address', () => {
    expect(paths.sourcesPage(1)).toBe(paths.sources());
    expect(paths.sourcesPage(3)).toBe('/sources/3/');
    expect(paths.analysisPage(1)).toBe(paths.analysis());
    expect(paths.analysisPage(2)).toBe('/reports/analysis/2/');
  });

  it('puts the pages about the archive itself at the root, each at a plain-English address', () => {
    expect(paths.about()).toBe('/about/');
    expect(paths.methodology()).toBe('/methodology/');
    expect(paths.reportError()).toBe('/report-an-error/');
  });

  it("puts the full list of an entity's or a source's reports under its own page", () => {
    expect(paths.entityReports('kim-jong-un')).toBe('/entities/kim-jong-un/reports/');
    expect(paths.sourceReports('drone-losses')).toBe('/sources/drone-losses/reports/');
  });

  it('puts a report, a source and a topic at their slug with a trailing slash', () => {
    expect(paths.report('drone-losses')).toBe('/reports/drone-losses/');
    expect(paths.source('surrender-leaflets')).toBe('/sources/surrender-leaflets/');
    expect(paths.topic('drones')).toBe('/topics/drones/');
  });

  it('puts the source and topic lists at /sources/ and /topics/', () => {
    expect(paths.sources()).toBe('/sources/');
    expect(paths.topics()).toBe('/topics/');
  });

  it("gives the search page without a query as '/search/'", () => {
    expect(paths.search()).toBe('/search/');
    expect(paths.search('')).toBe('/search/');
  });

  it('puts a search query in ?q=, encoded so spaces, & and non-Latin text survive', () => {
    expect(paths.search('drones')).toBe('/search/?q=drones');
    expect(paths.search('Kim & drones')).toBe('/search/?q=Kim%20%26%20drones');
    expect(paths.search('Курск')).toBe('/search/?q=%D0%9A%D1%83%D1%80%D1%81%D0%BA');
  });

  it("gives each quantity a page of its own under the figures ledger, and a claim an anchor on its quantity's page", () => {
    expect(paths.figures()).toBe('/figures/');
    expect(paths.quantity('nk-troops-killed')).toBe('/figures/nk-troops-killed/');
    expect(paths.claim('nk-killed-nis-4700', 'nk-troops-killed')).toBe(
      '/figures/nk-troops-killed/#claim-nk-killed-nis-4700',
    );
    expect(paths.claimIndex()).toBe('/figures/claims.json');
  });

  it('gives each year of the timeline a page (more for a long year), and an event an anchor on the page that holds it', () => {
    expect(paths.timeline()).toBe('/timeline/');
    expect(paths.timelineYear(2024)).toBe('/timeline/2024/');
    expect(paths.timelineYear(2024, 1)).toBe('/timeline/2024/');
    expect(paths.timelineYear(2024, 3)).toBe('/timeline/2024/3/');
    expect(paths.event('kursk-incursion', 2024, 1)).toBe('/timeline/2024/#event-kursk-incursion');
    expect(paths.event('kursk-incursion', 2024, 2)).toBe('/timeline/2024/2/#event-kursk-incursion');
    expect(paths.eventIndex()).toBe('/timeline/events.json');
  });
});

describe('linkPaths', () => {
  it('names the feeds by format', () => {
    expect(linkPaths.feed('rss')).toBe('/feeds/reports.xml');
    expect(linkPaths.feed('atom')).toBe('/feeds/reports.atom');
    expect(linkPaths.topicFeed('drones', 'json')).toBe('/feeds/topics/drones.json');
    expect(linkPaths.correctionsFeed('rss')).toBe('/feeds/corrections.xml');
  });

  it('places cards and citation files', () => {
    expect(linkPaths.card('reports', 'a')).toBe('/cards/reports/a.png');
    expect(linkPaths.citation('a', 'ris')).toBe('/reports/a/citation.ris');
  });
});

describe('rebaseHref', () => {
  it('puts the base path in front of a root-relative link', () => {
    expect(rebaseHref('/kursk/', '/figures/#killed')).toBe('/kursk/figures/#killed');
  });

  it('needs no change for fragments, external, protocol-relative, already-prefixed links, non-strings or a site at the root', () => {
    for (const href of [
      '#note-1',
      'https://example.org/',
      '//cdn.example/x',
      '/kursk/reports/',
      undefined,
      3,
    ])
      expect(rebaseHref('/kursk/', href)).toBeUndefined();
    expect(rebaseHref('/', '/figures/')).toBeUndefined();
  });
});

describe('RESERVED_IDS', () => {
  // A new list page in src/pages/reports/ or src/pages/sources/ must reserve its name, or a report
  // with that id would silently replace it (or be replaced).
  it('reserves the name of every static page folder beside the entries of a collection', () => {
    for (const collection of ['reports', 'sources'] as const) {
      const statics = readdirSync(join('src', 'pages', collection), { withFileTypes: true })
        .filter((e) => e.isDirectory() && !e.name.startsWith('['))
        .map((e) => e.name);
      for (const name of statics)
        expect(reservedIdReason(collection, name), `${collection}/${name}`).toBeDefined();
    }
    expect(reservedIdReason('reports', 'analysis')).toBe('/reports/analysis/ is the list of analyses');
    expect(reservedIdReason('sources', '12')).toBe('/sources/12/ is page 12 of the list of sources');
    expect(reservedIdReason('reports', 'analysis-of-losses')).toBeUndefined();
    expect(reservedIdReason('reports', '2024-drones')).toBeUndefined();
  });
});

describe('addressForReader', () => {
  const site = 'https://kursk-files.example';
  const report = 'https://kursk-files.example/reports/drones/';

  it('gives the same path on the host the reader is on: a local build or a mirror', () => {
    expect(addressForReader(report, site, 'http://127.0.0.1:4321')).toBe(
      'http://127.0.0.1:4321/reports/drones/',
    );
    expect(addressForReader(report, site, 'https://mirror.example.org')).toBe(
      'https://mirror.example.org/reports/drones/',
    );
  });

  it('keeps the base path, the paragraph anchor and the query', () => {
    expect(
      addressForReader(
        'https://kursk-files.example/kursk/reports/drones/?a=1#p-x1y2',
        `${site}/kursk/`,
        'http://localhost:8080',
      ),
    ).toBe('http://localhost:8080/kursk/reports/drones/?a=1#p-x1y2');
  });

  it('leaves the address as it is on the public site itself', () => {
    expect(addressForReader(report, site, 'https://kursk-files.example')).toBe(report);
  });

  it('leaves addresses on other sites, and pages opened from a file, as they are', () => {
    expect(addressForReader('https://www.npr.org/x', site, 'http://127.0.0.1:4321')).toBe(
      'https://www.npr.org/x',
    );
    expect(addressForReader(report, site, 'null')).toBe(report);
  });
});
