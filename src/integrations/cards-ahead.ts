/**
 * Social cards drawn ahead of their pages. Astro would build the cards' route first and alone, after
 * the content sync and the bundling, so a cold build spent minutes drawing cards and nothing else. The
 * report cards' content is known as soon as the content check has read the files: card workers
 * start on it then (social-card.ts, `drawCardsAhead`), on all cores but the build thread's, while
 * the build's thread syncs and bundles. The cards' route still decides each card: it asks for the
 * card it shows, and gets the one drawn ahead only when the content is the same. The build log
 * says how many were drawn ahead, and warns about any that no page asked for (the content made
 * here and the route's differ: a bug, and wasted work). The cards' pages are rendered last, so that
 * workers draw ahead while the other pages render (`cardsLast`).
 */
import type { AstroIntegration } from 'astro';
import { SITE } from '../config/site';
import { articleKind, sortReportsNewestFirst } from '../lib/reports';
import { reportCardContent, type CardContent } from '../lib/social-card';
import { listOutlets } from '../lib/sources';
import { reportSchema } from '../schemas/report';
import { sourceSchema } from '../schemas/source';
import type { CheckedFiles } from './content-check';
import { drawCardsAhead, finishCardsAhead, type AheadCounts } from './social-card';

/**
 * The cards of the published reports, in the order the cards' route asks for them (newest first,
 * as `getPublishedReports`), from files that passed the content check. They are what
 * `getReportCard` makes of the same reports.
 */
export function reportCards(files: Pick<CheckedFiles, 'reports' | 'sources'>): CardContent[] {
  const sources = new Map(files.sources.map((file) => [file.id, sourceSchema.parse(file.data)]));
  const source = (id: string) => {
    const found = sources.get(id);
    // The content check fails the build on a dangling reference before this runs.
    if (!found) throw new Error(`reportCards: no source '${id}'; run the content check first`);
    return found;
  };
  const reports = files.reports
    .map((file) => ({ id: file.id, data: reportSchema.parse(file.data) }))
    .filter(({ data }) => !data.draft)
    .map(({ id, data }) => ({
      id,
      data,
      title: data.title,
      publishedAt: data.publishedAt,
      primarySourceDate: source(data.sources[0]!).published.date,
    }));
  return sortReportsNewestFirst(reports).map(({ data }) =>
    reportCardContent(
      SITE.name,
      { kind: articleKind(data.type), title: data.title, publishedAt: data.publishedAt },
      listOutlets(data.sources.map(source)),
    ),
  );
}

/** Starts drawing the report cards of checked content (the content check's `onChecked`). */
export function drawReportCardsAhead(files: Pick<CheckedFiles, 'reports' | 'sources'>): void {
  drawCardsAhead(reportCards(files));
}

/** The build log line of drawing ahead, e.g. `Social cards drawn ahead of their pages: 8, each asked for by its page.` */
export function formatAheadCounts({ drawn, unused, dropped }: AheadCounts): string {
  const asked =
    drawn === 0
      ? ''
      : unused === 0
        ? ', each asked for by its page'
        : `, ${unused} of them asked for by no page: their content differs from the cards' route's (see src/integrations/cards-ahead.ts)`;
  const left =
    dropped === 0
      ? ''
      : `; ${dropped} more queued ahead and dropped, since no page asked for them before the build ended`;
  return `Social cards drawn ahead of their pages: ${drawn}${asked}${left}.`;
}

/** Where the cards' routes are (`src/pages/cards/`): their pages wait on the card workers. */
export const CARD_ROUTES = '/cards/';

/**
 * The pages to prerender with the cards' last, each part in Astro's order. Astro renders pages in
 * the order it is given, `build.concurrency` (the core count) at a time, and the cards' route sorts
 * first: its pages took every slot, waiting on the card workers while the build's thread had
 * nothing to render, and then the other pages rendered on one core while the others idled. With
 * the cards last, the other pages render on the build's thread while a worker draws cards ahead on
 * each other core, and the cards' pages find more of their cards drawn.
 */
export function cardsLast<P extends { route: { route: string } }>(paths: readonly P[]): P[] {
  const isCard = (path: P) => path.route.route.startsWith(CARD_ROUTES);
  return [...paths.filter((path) => !isCard(path)), ...paths.filter(isCard)];
}

/**
 * The integration: puts the cards' pages last (wrapping Astro's prerenderer, whose `getStaticPaths`
 * gives the pages in the order they render) and, at the end of a build, stops drawing ahead and
 * logs what it did (a warning if any card went unused).
 */
export function cardsAheadIntegration(): AstroIntegration {
  return {
    name: 'kursk-files:cards-ahead',
    hooks: {
      'astro:build:start': ({ setPrerenderer }) => {
        setPrerenderer((astros) => ({
          ...astros,
          name: 'kursk-files:cards-last',
          getStaticPaths: async () => cardsLast(await astros.getStaticPaths()),
        }));
      },
      'astro:build:done': ({ logger }) => {
        const counts = finishCardsAhead();
        if (counts.unused > 0 || counts.dropped > 0) logger.warn(formatAheadCounts(counts));
        else logger.info(formatAheadCounts(counts));
      },
    },
  };
}
