/**
 * The front page's query: the lead analysis, the key numbers from the figures ledger, the key
 * dates from the timeline, the latest reports and the archive's coverage. The rules that choose
 * them live in src/lib/front-page.ts; what the page says about each rule is next to it there.
 */
import { render } from 'astro:content';
import {
  firstSentence,
  pickLead,
  selectKeyEvents,
  selectKeyFigures,
  summarizeCoverage,
} from '../lib/front-page';
import { describeReportedPeriod } from '../lib/periods';
import { countWords, readingMinutes } from '../lib/reports';
import { getPublishedReports, getReportPeriod, getSources, getTopics, type Report } from './archive';
import {
  getAnalyses,
  getClaims,
  getEntities,
  getEventAddresses,
  getEvents,
  getEventViews,
  getFigures,
  getQuantities,
} from './investigation';
import { getCorrections, modifiedAt } from './linking';

/** How many other analyses the lead section lists under the lead. */
const MORE_ANALYSES = 3;
/** How many reports the compact list of latest reports shows. */
const LATEST = 6;

/** Everything the front page shows. */
export async function getFrontPage() {
  const [reports, analyses, sources, topics, figures, events, eventAddresses, corrections] =
    await Promise.all([
      getPublishedReports(),
      getAnalyses(),
      getSources(),
      getTopics(),
      getFigures(),
      getEventViews(),
      getEventAddresses(),
      getCorrections(),
    ]);
  const lead = pickLead(analyses, modifiedAt);
  const moreAnalyses = analyses.filter((r) => r !== lead).slice(0, MORE_ANALYSES);
  const shown = new Set<Report>([...(lead ? [lead] : []), ...moreAnalyses]);
  const latest = reports.filter((r) => !shown.has(r)).slice(0, LATEST);
  // "Source dates: …" as every report card gives it, apart from the archive's publication date.
  const periods = new Map(
    await Promise.all(
      [...shown, ...latest].map(async (r) => [r, describeReportedPeriod(await getReportPeriod(r))] as const),
    ),
  );
  const keyEvents = selectKeyEvents(
    events.map((view) => ({
      id: view.event.id,
      happened: view.event.data.happened.date,
      sources: view.citations.map((c) => c.source.id),
      view,
    })),
  );
  return {
    lead: lead && {
      report: lead,
      modified: modifiedAt(lead),
      // Counted while rendering (src/markdown/word-count.ts), as on the report's own page.
      minutes: readingMinutes(
        ((await render(lead)).remarkPluginFrontmatter.words as number | undefined) ??
          countWords(lead.body ?? ''),
      ),
    },
    moreAnalyses,
    /** The newest reports not already shown in the lead section. */
    latest,
    /** Each shown report's source dates, as its card says them. */
    periods,
    reportCount: reports.length,
    keyFigures: selectKeyFigures(figures),
    quantityCount: figures.length,
    keyEvents: keyEvents.map((e) => ({
      view: e.view,
      headline: firstSentence(e.view.event.data.summary),
      href: eventAddresses.get(e.id)!,
    })),
    eventCount: events.length,
    coverage: summarizeCoverage(
      sources.map((s) => s.data.published),
      reports.map(modifiedAt),
    ),
    topics,
    /** How many corrections and updates the reports' logs hold. */
    corrections: corrections.length,
  };
}

/** What the archive holds, in numbers, for the pages about it (About, Methodology). */
export async function getArchiveSummary() {
  const [reports, sources, claims, quantities, events, entities] = await Promise.all([
    getPublishedReports(),
    getSources(),
    getClaims(),
    getQuantities(),
    getEvents(),
    getEntities(),
  ]);
  return {
    reports: reports.length,
    analyses: reports.filter((r) => r.data.type === 'analysis').length,
    coverage: summarizeCoverage(
      sources.map((s) => s.data.published),
      reports.map(modifiedAt),
    ),
    claims: claims.length,
    quantities: quantities.length,
    events: events.length,
    entities: entities.length,
  };
}
