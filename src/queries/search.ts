/** What report and source pages tell search about themselves (see src/components/SearchMeta.astro). */
import { getCollection, getEntry } from 'astro:content';
import { toIsoDay } from '../lib/dates';
import type { SearchMetaInput } from '../lib/search';
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
    tieBreakDate: primary?.data.published.date.iso,
    period: describeReportedPeriod(period),
    outlet: primary?.data.outlet?.name,
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
    outlet: source.data.outlet?.name,
    topics: [...new Set(topics)].sort(),
  };
}

/** True when some entity lists other names (the sources' spellings or the archive's search names), so search can promise that any spelling finds it. */
export async function hasEntityAliases(): Promise<boolean> {
  return (await getCollection('entities')).some(
    (entity) => entity.data.aliases.length > 0 || entity.data.searchNames.length > 0,
  );
}
