/**
 * The "accessed" date of a citation, which only the reader knows. The page shows a placeholder
 * until a small script writes in the reader's date, in each style's own form. Shared by the
 * server (placeholder) and that script (the date). Pure: the date is passed in.
 */

/** The citation styles the archive offers. */
export const CITATION_STYLES = ['apa', 'mla', 'chicago', 'bibtex', 'ris'] as const;
/** One citation style. */
export type CitationStyle = (typeof CITATION_STYLES)[number];

/** What stands in for the access date when the page is built; honest: the builder cannot know it. */
export const ACCESS_DATE_PLACEHOLDER = '[date accessed]';

const LONG = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
// MLA abbreviates months longer than four letters.
const MLA = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

/** A calendar day in the form a style prints an access date: `November 22, 2026`, `22 Nov. 2026`, `2026-11-22`, `2026/11/22`. */
export function formatAccessDate(
  style: CitationStyle,
  day: { year: number; month: number; day: number },
): string {
  const { year, month, day: d } = day;
  const mm = String(month).padStart(2, '0');
  const dd = String(d).padStart(2, '0');
  switch (style) {
    case 'apa':
    case 'chicago':
      return `${LONG[month - 1]} ${d}, ${year}`;
    case 'mla':
      return `${d} ${MLA[month - 1]} ${year}`;
    case 'bibtex':
      return `${year}-${mm}-${dd}`;
    case 'ris':
      return `${year}/${mm}/${dd}`;
  }
}
