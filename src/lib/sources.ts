/** How a source is described to readers. Pure functions over source data. */
import { formatPartialDate, type PartialDate } from './dates';

/** The parts of a source record that its description needs. */
export interface DescribableSource {
  title: string;
  titleSuppliedByArchive: boolean;
  outlet: { name: string; basis: 'stated' | 'inferred' } | null;
  /** Authors: a byline name (a string, or `basis: stated`), or one the archive inferred from elsewhere (a closing biography). */
  authors: readonly (string | { name: string; basis: 'stated' | 'inferred' })[];
  bylineAsPrinted?: string | undefined;
  published: { date: PartialDate; basis: 'stated' | 'inferred' };
}

/**
 * The outlet's name for readers, marked when inferred, saying what was inferred (a line may also
 * carry an inferred date): `NPR`, `Business Insider (outlet inferred)`, `Outlet unknown`.
 */
export function formatOutlet(source: Pick<DescribableSource, 'outlet'>): string {
  if (!source.outlet) return 'Outlet unknown';
  return source.outlet.basis === 'inferred' ? `${source.outlet.name} (outlet inferred)` : source.outlet.name;
}

/** The outlets of a list of sources for readers, each once, in the list's order: `NPR · Outlet unknown` once joined. */
export function listOutlets(sources: readonly Pick<DescribableSource, 'outlet'>[]): string[] {
  return [...new Set(sources.map(formatOutlet))];
}

/** The publication date for readers at its real precision: `23 December 2024`, `December 2024 (date inferred)`. */
export function formatPublished(source: Pick<DescribableSource, 'published'>): string {
  const text = formatPartialDate(source.published.date);
  return source.published.basis === 'inferred' ? `${text} (date inferred)` : text;
}

/**
 * Authors joined for a byline: `A`, `A and B`, `A, B and C`, an inferred author marked
 * (`Joanna Kakissis (author inferred)`); else the printed byline without its leading "By", so that
 * it reads in the middle of a line (`Staff Writer` for `By Staff Writer`); else `Author not named`.
 */
export function formatAuthors(source: Pick<DescribableSource, 'authors' | 'bylineAsPrinted'>): string {
  const names = source.authors.map((a) =>
    typeof a === 'string' ? a : a.basis === 'inferred' ? `${a.name} (author inferred)` : a.name,
  );
  if (names.length === 0) return source.bylineAsPrinted?.replace(/^by\s+(?=\S)/i, '') || 'Author not named';
  if (names.length === 1) return names[0]!;
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** The title for readers; a title the archive supplied is shown in brackets, as catalogues do. */
export function formatSourceTitle(
  source: Pick<DescribableSource, 'title' | 'titleSuppliedByArchive'>,
): string {
  return source.titleSuppliedByArchive ? `[${source.title}]` : source.title;
}

/**
 * A short name for a source in a note: the outlet when known, else the authors, else the title;
 * then the date at its precision, each marked when inferred. `NPR, 2025 (date inferred)`;
 * `Korea Daily (outlet inferred), December 2024 (date inferred)`; `Camilla Jessen, 23 December 2024`.
 */
export function formatShortSource(source: DescribableSource): string {
  const who = source.outlet
    ? formatOutlet(source)
    : source.authors.length > 0
      ? formatAuthors(source)
      : `“${formatSourceTitle(source)}”`;
  return `${who}, ${formatPublished(source)}`;
}

/** One sentence that sums up a source record for readers and for search. */
export function describeSource(source: DescribableSource): string {
  const outlet = source.outlet
    ? `published by ${source.outlet.name}${source.outlet.basis === 'inferred' ? ' (outlet inferred)' : ''}`
    : 'from an outlet the capture does not name';
  const authors =
    source.authors.length > 0
      ? `, written by ${formatAuthors(source)}`
      : source.bylineAsPrinted
        ? `, bylined “${source.bylineAsPrinted}”`
        : ', with no author named';
  return `A news report ${outlet}${authors}, dated ${formatPublished(source)}.`;
}

/**
 * A locator for readers (`¶ 9`, `¶ 52–55`, `¶ 3, ¶ 5`): the ¶ sign is joined to its number by a
 * no-break space and a range's dash by word joiners, so a line never ends between them. The
 * locator's own text is otherwise kept as written.
 */
export function formatLocator(locator: string): string {
  return locator.replace(/¶\s+/g, '¶\u00a0').replace(/(\d)\s*([–-])\s*(?=\d)/g, '$1\u2060$2\u2060');
}

/**
 * What a report page shows of one source record: the source line under "Sources"
 * (src/components/SourceLine.astro: outlet, title, authors, date, original address) and the short
 * name of its notes (src/components/ReportNotes.astro). A change to a source record makes a new
 * version of each report citing it only when one of these changes (src/lib/versions.ts).
 */
export function sourceShownInReport(source: DescribableSource & { url?: string | undefined }): {
  outlet: string;
  title: string;
  authors: string;
  published: string;
  short: string;
  url: string | null;
} {
  return {
    outlet: formatOutlet(source),
    title: formatSourceTitle(source),
    authors: formatAuthors(source),
    published: formatPublished(source),
    short: formatShortSource(source),
    url: source.url ?? null,
  };
}
