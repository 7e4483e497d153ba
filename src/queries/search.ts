/** What report and source pages tell search about themselves (see src/components/SearchMeta.astro). */
import { getCollection, getEntry } from 'astro:content';
import { toIsoDay } from '../lib/dates';
import { formatClaimValue } from '../lib/claims';
import { formatMetaLinks, type SearchMetaInput } from '../lib/search';
import { paths } from '../lib/urls';
import { describeReportedPeriod } from '../lib/periods';
import {
  getReportPeriod,
  getReportsCitingSource,
  getReportSources,
  getReportTopics,
  type Report,
  type Source,
} from './archive';

/** Display names of the entities a report lists in its `entities` field (mentions in the text are found at indexing). */
async function getReportEntityNames(report: Report): Promise<string[]> {
  const names = await Promise.all(
    report.data.entities.map(async (ref: { id: string }) => {
      const entity = await getEntry('entities', ref.id);
      if (!entity)
        throw new Error(
          `${report.filePath ?? report.id}: 'entities' names '${ref.id}', which is not in content/entities; fix the id or add the entity.`,
        );
      return entity.data.name;
    }),
  );
  return names;
}

/** A report's search metadata: its type, publication date (primary source date breaks ties), when its sources reported, primary source's outlet, topics, listed entities. */
export async function getReportSearchMeta(report: Report): Promise<SearchMetaInput> {
  const [sources, topics, entities, period] = await Promise.all([
    getReportSources(report),
    getReportTopics(report),
    getReportEntityNames(report),
    getReportPeriod(report),
  ]);
  const primary = sources[0];
  return {
    type: report.data.type === 'analysis' ? 'analysis' : 'report',
    date: toIsoDay(report.data.publishedAt),
    // The Year filter and the date orders go by the source dates (the events it covers), not by
    // the day the archive published it, which is the same for every report.
    dated: { from: period.from.date.iso, to: period.to.date.iso },
    tieBreakDate: toIsoDay(report.data.publishedAt),
    period: describeReportedPeriod(period),
    outlet: primary?.data.outlet?.name,
    outletInferred: primary?.data.outlet?.basis === 'inferred',
    topics: topics.map((t) => t.data.label),
    entities,
  };
}

/** A source record's search metadata: publication date, outlet, and the topics of the reports that cite it. */
export async function getSourceSearchMeta(source: Source): Promise<SearchMetaInput> {
  const reports = await getReportsCitingSource(source.id);
  const topics = (await Promise.all(reports.map(getReportTopics))).flat().map((t) => t.data.label);
  return {
    type: 'source',
    date: source.data.published.date.iso,
    dated: { from: source.data.published.date.iso, to: source.data.published.date.iso },
    outlet: source.data.outlet?.name,
    outletInferred: source.data.outlet?.basis === 'inferred',
    topics: [...new Set(topics)].sort(),
  };
}

/** True when some entity lists other names (the sources' spellings or the archive's search names), so search can promise that any spelling finds it. */
export async function hasEntityAliases(): Promise<boolean> {
  return (await getCollection('entities')).some(
    (entity) => entity.data.aliases.length > 0 || entity.data.searchNames.length > 0,
  );
}

/** A claim as a link from a result: its value and what it counts, and the value's digits. */
const claimLink = (
  c: {
    claim: {
      id: string;
      data: {
        value: number | { min: number; max: number };
        qualifier: Parameters<typeof formatClaimValue>[1];
        unit: string;
      };
    };
    quantity: { id: string; data: { label: string } };
  },
  withQuantity: boolean,
) => ({
  href: paths.claim(c.claim.id, c.quantity.id),
  label: `${formatClaimValue(c.claim.data.value, c.claim.data.qualifier, c.claim.data.unit)}${withQuantity ? ` (${c.quantity.data.label})` : ''}`,
  value: typeof c.claim.data.value === 'number' ? String(c.claim.data.value) : `${c.claim.data.value.min}`,
});

/**
 * An entity page's search metadata: what it is, its other names, how many reports name it, and
 * its claims in the figures ledger, for the "top match" the search page shows above the list when
 * the query names it. Not indexed: metadata is shown, never searched.
 */
export function getEntitySearchMeta(
  entity: { data: { name: string; description: string } },
  kind: string,
  view: {
    names: readonly { text: string }[];
    searchNames: readonly { text: string }[];
    reports: readonly unknown[];
    claims: readonly Parameters<typeof claimLink>[0][];
  },
): SearchMetaInput {
  return {
    type: 'entity',
    entities: [entity.data.name],
    extraMeta: [
      ['kind', kind],
      ['role', entity.data.description],
      ['names', [...view.names, ...view.searchNames].map((n) => n.text.replace(/\|/g, ' ')).join('|')],
      ['reports', String(view.reports.length)],
      ['claims', formatMetaLinks(view.claims.map((c) => claimLink(c, true)))],
    ],
  };
}

/** A figures page's search metadata: every claim about its quantity, with the value's digits, so a query that is a figure links to its claim. */
export function getFiguresSearchMeta(figure: {
  quantity: { data: { description: string } };
  claims: readonly Parameters<typeof claimLink>[0][];
}): SearchMetaInput {
  return {
    type: 'figures',
    extraMeta: [
      ['role', figure.quantity.data.description],
      ['claims', formatMetaLinks(figure.claims.map((c) => claimLink(c, false)))],
    ],
  };
}
