/**
 * The only module that reads collections. Pages call these queries; the rules live in src/lib/.
 * Every cross-collection reference is resolved here and a dangling one fails the build, since
 * Astro itself only logs it.
 */
import { getCollection, getEntry, render, type CollectionEntry } from 'astro:content';
import type { CitationNotes } from '../markdown/citations';
import { citedSourceIds } from '../lib/citations';
import { collectCitedParagraphs, type CitedParagraph } from '../lib/passages';
import { deriveReportedPeriod, type ReportedPeriod } from '../lib/periods';
import {
  countWords,
  findNeighbours,
  groupByKeys,
  readingMinutes,
  sortReportsNewestFirst,
} from '../lib/reports';

export type Report = CollectionEntry<'reports'>;
export type Source = CollectionEntry<'sources'>;
export type Topic = CollectionEntry<'topics'>;

type Ref<C extends 'sources' | 'topics' | 'entities'> = { collection: C; id: string };

function describe(entry: { id: string; filePath?: string | undefined }): string {
  return entry.filePath ?? entry.id;
}

async function resolve<C extends 'sources' | 'topics'>(owner: Report, field: string, ref: Ref<C>) {
  const found = await getEntry(ref.collection, ref.id);
  if (!found) {
    throw new Error(
      `${describe(owner)}: '${field}' names '${ref.id}', which is not in content/${ref.collection}; fix the id or add the ${ref.collection.slice(0, -1)}.`,
    );
  }
  return found as CollectionEntry<C>;
}

/** The sources a report lists, primary first, each resolved. */
export async function getReportSources(report: Report): Promise<Source[]> {
  return Promise.all(report.data.sources.map((ref) => resolve(report, 'sources', ref)));
}

/**
 * When the news a report retells was reported: the span of its sources' publication dates
 * (`deriveReportedPeriod`, which says why not the timeline's events). The sources a report lists
 * are the ones its notes cite: `getReportView` fails the build otherwise.
 */
export async function getReportPeriod(report: Report): Promise<ReportedPeriod> {
  return deriveReportedPeriod((await getReportSources(report)).map((s) => s.data.published));
}

/** The topics a report is filed under, each resolved. */
export async function getReportTopics(report: Report): Promise<Topic[]> {
  return Promise.all(report.data.topics.map((ref) => resolve(report, 'topics', ref)));
}

/**
 * Computes a value once per build. Collections do not change during `astro build`, and pages call
 * these queries once each (a source page per source), so recomputing would make the build
 * quadratic in the number of reports. `astro dev` reloads content without reloading this module,
 * so there every call recomputes. Results are shared: callers must not change them.
 */
export function oncePerBuild<T>(compute: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | undefined;
  return () => (import.meta.env.DEV ? compute() : (cached ??= compute()));
}

/** Every report that is not a draft, newest first. The list is shared: do not change it. */
export const getPublishedReports: () => Promise<Report[]> = oncePerBuild(async () => {
  const reports = await getCollection('reports', ({ data }) => !data.draft);
  const withDates = await Promise.all(
    reports.map(async (report) => {
      const [primary] = await getReportSources(report);
      return {
        id: report.id,
        title: report.data.title,
        publishedAt: report.data.publishedAt,
        primarySourceDate: primary!.data.published.date,
        report,
      };
    }),
  );
  return sortReportsNewestFirst(withDates).map((r) => r.report);
});

const reportsBySource = oncePerBuild(async () =>
  groupByKeys(await getPublishedReports(), (r) => r.data.sources.map((s) => s.id)),
);
const reportsByTopic = oncePerBuild(async () =>
  groupByKeys(await getPublishedReports(), (r) => r.data.topics.map((t) => t.id)),
);

/** Every source record, newest publication first. Computed once per build; shared: do not change it. */
export const getSources: () => Promise<Source[]> = oncePerBuild(async () =>
  (await getCollection('sources')).sort(
    (a, b) =>
      b.data.published.date.iso.localeCompare(a.data.published.date.iso) ||
      a.data.title.localeCompare(b.data.title, 'en'),
  ),
);

/** Every topic, alphabetically by label. Computed once per build; shared: do not change it. */
export const getTopics: () => Promise<Topic[]> = oncePerBuild(async () =>
  (await getCollection('topics')).sort((a, b) => a.data.label.localeCompare(b.data.label, 'en')),
);

/** Published reports that list a source. */
export async function getReportsCitingSource(sourceId: string): Promise<Report[]> {
  return (await reportsBySource()).get(sourceId) ?? [];
}

/** Published reports filed under a topic. */
export async function getReportsInTopic(topicId: string): Promise<Report[]> {
  return (await reportsByTopic()).get(topicId) ?? [];
}

/** A note ready to show: its number, locator, passage, the paragraph it links to and the resolved source. */
export interface ResolvedNote {
  n: number;
  uses: number;
  locator?: string | undefined;
  /** The capture's words the note quotes. */
  passage?: string | undefined;
  /** The capture paragraph the note links to on the source page (`#p-N`). */
  paragraph?: number | undefined;
  source: Source;
}

const citedParagraphs = oncePerBuild(async () =>
  collectCitedParagraphs(
    await Promise.all(
      (await getPublishedReports()).map(async (report) => ({
        report,
        notes: ((await render(report)).remarkPluginFrontmatter.citations ?? []) as CitationNotes,
      })),
    ),
  ),
);

/**
 * The paragraphs of a source's capture that published reports cite, in capture order, each with
 * the passages their notes quote and the reports (and note numbers) citing it.
 */
export async function getCitedParagraphs(sourceId: string): Promise<CitedParagraph<Report>[]> {
  return (await citedParagraphs()).get(sourceId) ?? [];
}

/** Everything a report page shows beyond the entry itself. */
export async function getReportView(report: Report, ordered: readonly Report[]) {
  const [rendered, sources, topics] = await Promise.all([
    render(report),
    getReportSources(report),
    getReportTopics(report),
  ]);
  const notes = (rendered.remarkPluginFrontmatter.citations ?? []) as CitationNotes;
  if (notes.length === 0)
    throw new Error(
      `${describe(report)}: the report cites nothing; cite every factual sentence with a footnote such as [^1] and a note '[^1]: @source-id, ¶ N'.`,
    );
  const listed = sources.map((s) => s.id);
  const cited = citedSourceIds(notes);
  const unlisted = cited.filter((id) => !listed.includes(id));
  const uncited = listed.filter((id) => !cited.includes(id));
  if (unlisted.length > 0)
    throw new Error(
      `${describe(report)}: the notes cite ${unlisted.join(', ')}, which 'sources' does not list; add them to 'sources' in the frontmatter.`,
    );
  if (uncited.length > 0)
    throw new Error(
      `${describe(report)}: 'sources' lists ${uncited.join(', ')}, which no note cites; cite them or remove them from 'sources'.`,
    );
  const byId = new Map(sources.map((s) => [s.id, s]));
  const resolvedNotes: ResolvedNote[] = notes.map((note) => ({
    n: note.n,
    uses: note.uses,
    locator: note.locator,
    passage: note.passage,
    paragraph: note.paragraph,
    source: byId.get(note.source)!,
  }));
  return {
    Content: rendered.Content,
    headings: rendered.headings,
    sources,
    topics,
    notes: resolvedNotes,
    // Counted while rendering (src/markdown/word-count.ts), since the body is not kept.
    minutes: readingMinutes(
      (rendered.remarkPluginFrontmatter.words as number | undefined) ?? countWords(report.body ?? ''),
    ),
    ...findNeighbours(ordered, report.id),
  };
}

/**
 * Each source's capture by its number (`004`, the start of its file name), with the source's id and
 * the paragraphs its record lists: what a correction's "capture 004, paragraph 35" links to
 * (src/lib/capture-references.ts).
 */
export const getCapturesByNumber: () => Promise<Map<string, { sourceId: string; anchors: Set<number> }>> =
  oncePerBuild(async () => {
    const captures = new Map<string, { sourceId: string; anchors: Set<number> }>();
    for (const source of await getSources()) {
      const number = /^(\d{3})_/.exec(source.data.capture.file)?.[1];
      if (number === undefined) continue;
      const anchors = new Set((await getCitedParagraphs(source.id)).map((p) => p.paragraph));
      captures.set(number, { sourceId: source.id, anchors });
    }
    return captures;
  });
