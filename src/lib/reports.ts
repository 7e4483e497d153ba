/** Ordering, paging and reading time for reports. Pure functions: data in, data out. */
import { comparePartialDates, type PartialDate } from './dates';

/** The fields that decide a report's place in lists. */
export interface SortableReport {
  id: string;
  publishedAt: Date;
  /** Publication date of the report's primary source, which breaks ties: fresher news first. */
  primarySourceDate: PartialDate;
  title: string;
}

/** The kind of article, as readers see it: `Report` or `Analysis`. */
export const articleKind = (type: 'report' | 'analysis'): string =>
  type === 'analysis' ? 'Analysis' : 'Report';

/** Newest first by the archive's publication day; on the same day, the fresher news first; then by title. */
export function sortReportsNewestFirst<T extends SortableReport>(reports: readonly T[]): T[] {
  return [...reports].sort(
    (a, b) =>
      b.publishedAt.getTime() - a.publishedAt.getTime() ||
      comparePartialDates(b.primarySourceDate, a.primarySourceDate) ||
      a.title.localeCompare(b.title, 'en'),
  );
}

// Each list's positions by id, made on the first call for that list: pages look up thousands of
// ids in the same shared lists, and a search of the list each time was quadratic.
const positions = new WeakMap<readonly { id: string }[], ReadonlyMap<string, number>>();

/**
 * Where each id stands in a list (its first place, as a search from the start finds it). Made once
 * per list, so the list must not change between calls (lists from the queries are shared and never
 * changed).
 */
export function positionsById(list: readonly { id: string }[]): ReadonlyMap<string, number> {
  let index = positions.get(list);
  // Reversed, so that an id listed twice keeps its first place.
  if (!index) positions.set(list, (index = new Map(list.map((r, i) => [r.id, i] as const).reverse())));
  return index;
}

/**
 * The report before and after one in a list ordered newest first: `newer` and `older`. The list
 * must not change between calls (see positionsById).
 */
export function findNeighbours<T extends { id: string }>(
  ordered: readonly T[],
  id: string,
): { newer?: T; older?: T } {
  const at = positionsById(ordered).get(id);
  if (at === undefined) throw new Error(`findNeighbours: '${id}' is not in the list`);
  const result: { newer?: T; older?: T } = {};
  if (at > 0) result.newer = ordered[at - 1];
  if (at < ordered.length - 1) result.older = ordered[at + 1];
  return result;
}

/**
 * Counts the words a reader reads in a Markdown body: footnote notes, link targets, HTML tags and
 * Markdown punctuation do not count.
 */
export function countWords(markdown: string): number {
  const prose = markdown
    .replace(/^---\n[\s\S]*?\n---\n/, '') // frontmatter
    .replace(/^\[\^[^\]]+\]:.*$/gm, '') // footnote notes
    .replace(/\[\^[^\]]+\]/g, '') // citation markers
    .replace(/\]\([^)]*\)/g, ']') // link targets
    .replace(/<[^>]+>/g, ' ');
  return prose.match(/[\p{L}\p{N}]+(?:['’.,][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** Minutes to read a number of words at a steady pace (230 words a minute), at least 1. */
export function readingMinutes(words: number, wordsPerMinute = 230): number {
  return Math.max(1, Math.round(words / wordsPerMinute));
}

/**
 * Groups items under each key they carry (a report under each of its sources, say), keeping the
 * items' order within every group. One pass, so a page per key costs no scan of the whole list.
 */
export function groupByKeys<T>(
  items: readonly T[],
  keysOf: (item: T) => readonly string[],
): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of new Set(keysOf(item))) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}
