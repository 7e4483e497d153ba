/** The timeline: events in date order, grouped by month, with the date each was first reported. Pure functions. */
import { comparePartialDates, formatPartialDate, type PartialDate } from './dates';

/** The parts of an event that place it on the timeline. */
export interface TimelineInput {
  id: string;
  happened: PartialDate;
}

/** One group of the timeline: a month, or for less precise dates a season or a year. */
export interface TimelineGroup<E> {
  /** A stable key, also usable as an anchor: `2024-12`, `2024-autumn`, `2024`. */
  key: string;
  /** The heading readers see: `December 2024`, `Autumn 2024 (season only)`, `2024 (year only)`. */
  label: string;
  /** How precisely the group's events are dated. */
  precision: 'month' | 'season' | 'year';
  events: E[];
}

/**
 * Groups events by month in date order. Events dated to a day or a month go under their month;
 * an event known only to a season or a year gets a group of its own, placed where its span begins
 * (before the months it may cover) and labelled with its real precision.
 */
export function groupEventsByMonth<E extends TimelineInput>(events: readonly E[]): TimelineGroup<E>[] {
  const sorted = [...events].sort(
    (a, b) => comparePartialDates(a.happened, b.happened) || a.id.localeCompare(b.id),
  );
  const groups: TimelineGroup<E>[] = [];
  for (const event of sorted) {
    const d = event.happened;
    const precision = d.precision === 'day' ? 'month' : d.precision;
    const key =
      precision === 'month'
        ? `${d.year}-${String(d.month).padStart(2, '0')}`
        : precision === 'season'
          ? `${d.year}-${d.season}`
          : String(d.year);
    let group = groups.find((g) => g.key === key);
    if (!group) {
      const label =
        precision === 'month'
          ? formatPartialDate({ iso: key, precision: 'month', year: d.year, month: d.month! })
          : precision === 'season'
            ? `${d.season![0]!.toUpperCase()}${d.season!.slice(1)} ${d.year} (known only to the season)`
            : `${d.year} (known only to the year)`;
      group = { key, label, precision, events: [] };
      groups.push(group);
    }
    group.events.push(event);
  }
  return groups;
}

/** At most this many events on one page of a year, unless one month alone holds more. */
export const TIMELINE_PAGE_SIZE = 60;

/** One page of a year: whole groups (months, seasons, the year itself), in date order. */
export interface TimelinePart<E> {
  /** 1 for the year's first page (`/timeline/<year>/`), then 2, 3… (`/timeline/<year>/<n>/`). */
  number: number;
  /** How many events the page holds. */
  count: number;
  groups: TimelineGroup<E>[];
}

/** One year of the timeline: its groups, split into pages of whole groups. */
export interface TimelineYear<E> {
  /** The year every event in it happened in (as far as its date says). */
  year: number;
  /** How many events the year holds. */
  count: number;
  /** The year's groups in date order, as `groupEventsByMonth` makes them. */
  groups: TimelineGroup<E>[];
  /** The same groups split into pages of at most `pageSize` events, a group never split. */
  parts: TimelinePart<E>[];
}

/**
 * Splits groups in date order into pages of whole groups with at most `pageSize` events each; a
 * group that alone holds more than `pageSize` gets a page of its own, so a month is never cut.
 */
export function splitIntoParts<E>(groups: readonly TimelineGroup<E>[], pageSize: number): TimelinePart<E>[] {
  const parts: TimelinePart<E>[] = [];
  for (const group of groups) {
    const last = parts.at(-1);
    if (last && last.count + group.events.length <= pageSize) {
      last.groups.push(group);
      last.count += group.events.length;
    } else parts.push({ number: parts.length + 1, count: group.events.length, groups: [group] });
  }
  return parts;
}

/**
 * The timeline split by year, oldest first: each year with its month (season, year-only) groups,
 * and those groups split into pages of at most `pageSize` events. An event's year is the year of
 * its date at any precision, so the split never moves an event to another year when its date is
 * made more precise within the year.
 */
export function groupEventsByYear<E extends TimelineInput>(
  events: readonly E[],
  pageSize = TIMELINE_PAGE_SIZE,
): TimelineYear<E>[] {
  const years: Omit<TimelineYear<E>, 'parts'>[] = [];
  for (const group of groupEventsByMonth(events)) {
    const year = group.events[0]!.happened.year;
    let entry = years.find((y) => y.year === year);
    if (!entry) {
      entry = { year, count: 0, groups: [] };
      years.push(entry);
    }
    entry.groups.push(group);
    entry.count += group.events.length;
  }
  return years
    .sort((a, b) => a.year - b.year)
    .map((y) => ({ ...y, parts: splitIntoParts(y.groups, pageSize) }));
}

/** When an event was first reported, and whether that is stated by the editor or derived from its sources. */
export interface ReportedDate {
  date: PartialDate;
  /** `stated`: the editor gave `reportedAt`; `derived`: the earliest publication date among the sources. */
  basis: 'stated' | 'derived';
  /** The source whose publication date was used, when derived. */
  sourceId?: string;
}

/**
 * The date an event was first reported: `reportedAt` when given, else the earliest publication
 * date among the sources that report it (the less precise date first on a tie, as it may be earlier).
 */
export function deriveReportedDate(
  reportedAt: PartialDate | undefined,
  sources: readonly { id: string; published: PartialDate }[],
): ReportedDate {
  if (reportedAt) return { date: reportedAt, basis: 'stated' };
  if (sources.length === 0)
    throw new Error('deriveReportedDate: an event without reportedAt needs at least one source');
  const earliest = [...sources].sort(
    (a, b) => comparePartialDates(a.published, b.published) || a.id.localeCompare(b.id),
  )[0]!;
  return { date: earliest.published, basis: 'derived', sourceId: earliest.id };
}

/** The words a filter matches an event by: `entity:<id>` and `topic:<id>` tokens, space-separated, for a data attribute. */
export function filterTokens(event: {
  entities: readonly string[];
  claimedBy: readonly string[];
  topics: readonly string[];
}): string {
  const entities = [...new Set([...event.entities, ...event.claimedBy])].map((id) => `entity:${id}`);
  return [...entities, ...event.topics.map((id) => `topic:${id}`)].join(' ');
}
