import { describe, expect, it } from 'vitest';
import {
  cardsAheadIntegration,
  cardsLast,
  formatAheadCounts,
  reportCards,
} from '../../src/integrations/cards-ahead';
import type { ContentFile } from '../../src/integrations/content-files';

const file = (id: string, data: Record<string, unknown>): ContentFile => ({
  id,
  path: `content/${id}`,
  data,
  body: '',
});
const source = (id: string, date: string, outlet: unknown) =>
  file(id, {
    title: `Source ${id}`,
    titleSuppliedByArchive: false,
    outlet,
    authors: [],
    published: { date, basis: 'stated' },
    capture: { file: `${id}.txt`, sha256: '0'.repeat(64) },
    retrievedAt: '2026-11-22',
    language: 'en',
  });
const report = (id: string, fields: Record<string, unknown>) =>
  file(id, {
    title: `The report called ${id}`,
    dek: 'One sentence long enough to pass the schema for a dek.',
    byline: 'The Kursk Files',
    topics: ['drones'],
    ...fields,
  });

describe('reportCards', () => {
  const sources = [
    source('npr', '2024-12-23', { name: 'NPR', basis: 'stated' }),
    source('bi', '2024-12', {
      name: 'Business Insider',
      basis: 'inferred',
      reason: 'The page layout is that of the outlet.',
    }),
    source('unnamed', '2025-01-02', null),
  ];

  it('makes the card of each published report, newest first as the cards route asks, leaving drafts out', () => {
    const reports = [
      report('older', { publishedAt: '2026-01-05', sources: ['npr'] }),
      report('draft', { publishedAt: '2026-03-01', sources: ['npr'], draft: true }),
      report('newer', {
        publishedAt: '2026-02-10',
        type: 'analysis',
        sources: ['bi', 'npr', 'unnamed', 'npr'],
      }),
      // Same day as 'older': its primary source is fresher news, so it comes first.
      report('fresher', { publishedAt: '2026-01-05', sources: ['unnamed'] }),
    ];
    expect(reportCards({ reports, sources })).toEqual([
      {
        site: 'The Kursk Files',
        kicker: 'Analysis',
        title: 'The report called newer',
        meta: 'Published 10 February 2026',
        footer: 'Sources: Business Insider (inferred) · NPR · Outlet unknown',
      },
      {
        site: 'The Kursk Files',
        kicker: 'Report',
        title: 'The report called fresher',
        meta: 'Published 5 January 2026',
        footer: 'Source: Outlet unknown',
      },
      {
        site: 'The Kursk Files',
        kicker: 'Report',
        title: 'The report called older',
        meta: 'Published 5 January 2026',
        footer: 'Source: NPR',
      },
    ]);
  });

  it('fails, naming the source, on a reference the content check would have caught', () => {
    expect(() =>
      reportCards({
        reports: [report('lost', { publishedAt: '2026-01-05', sources: ['nowhere'] })],
        sources,
      }),
    ).toThrow("no source 'nowhere'");
  });
});

describe('formatAheadCounts', () => {
  it('says how many cards were drawn ahead, and whether every one was asked for', () => {
    expect(formatAheadCounts({ drawn: 8, unused: 0, dropped: 0 })).toBe(
      'Social cards drawn ahead of their pages: 8, each asked for by its page.',
    );
    expect(formatAheadCounts({ drawn: 0, unused: 0, dropped: 0 })).toBe(
      'Social cards drawn ahead of their pages: 0.',
    );
    expect(formatAheadCounts({ drawn: 8, unused: 2, dropped: 3 })).toBe(
      "Social cards drawn ahead of their pages: 8, 2 of them asked for by no page: their content differs from the cards' route's (see src/integrations/cards-ahead.ts); 3 more queued ahead and dropped, since no page asked for them before the build ended.",
    );
  });
});

describe('cardsAheadIntegration', () => {
  it('logs what was drawn ahead when the build is done', () => {
    const hooks = cardsAheadIntegration().hooks as unknown as Record<
      string,
      (arg: { logger: Record<'info' | 'warn', (m: string) => void> }) => void
    >;
    const logged: string[] = [];
    hooks['astro:build:done']!({
      logger: { info: (m) => logged.push(`info: ${m}`), warn: (m) => logged.push(`warn: ${m}`) },
    });
    expect(logged).toEqual(['info: Social cards drawn ahead of their pages: 0.']);
  });

  it('gives Astro its pages with the cards’ last, through a prerenderer that renders as Astro’s does', async () => {
    const hooks = cardsAheadIntegration().hooks as unknown as Record<
      string,
      (arg: { setPrerenderer: (wrap: (base: object) => object) => void }) => void
    >;
    const path = (route: string, pathname: string) => ({ pathname, route: { route } });
    const paths = [
      path('/cards/reports/[slug].png', '/cards/reports/a.png'),
      path('/cards/site.png', '/cards/site.png'),
      path('/', '/'),
      path('/reports/[slug]', '/reports/a/'),
      path('/cards/reports/[slug].png', '/cards/reports/b.png'),
      path('/sources/[slug]', '/sources/s/'),
    ];
    const render = () => Promise.resolve(new Response('page'));
    const astros = {
      name: 'astro:default',
      setup: () => Promise.resolve(),
      getStaticPaths: () => Promise.resolve(paths),
      render,
    };
    let wrap: ((base: object) => object) | undefined;
    hooks['astro:build:start']!({ setPrerenderer: (given) => (wrap = given) });
    const wrapped = wrap!(astros) as typeof astros;

    expect((await wrapped.getStaticPaths()).map((p) => p.pathname)).toEqual([
      '/',
      '/reports/a/',
      '/sources/s/',
      '/cards/reports/a.png',
      '/cards/site.png',
      '/cards/reports/b.png',
    ]);
    expect(wrapped.render).toBe(render);
    expect(wrapped.setup).toBe(astros.setup);
  });
});

describe('cardsLast', () => {
  it('keeps the order within the cards and within the other pages', () => {
    const path = (route: string) => ({ route: { route } });
    const pages = [path('/cards/x.png'), path('/a'), path('/cardsharp'), path('/cards/y.png'), path('/b')];
    expect(cardsLast(pages).map((p) => p.route.route)).toEqual([
      '/a',
      '/cardsharp',
      '/b',
      '/cards/x.png',
      '/cards/y.png',
    ]);
    expect(cardsLast([])).toEqual([]);
  });
});
