/**
 * Ready-made citations of a report in APA, MLA, Chicago, BibTeX and RIS. APA and BibTeX come from
 * Citation.js (its bundled APA CSL style and BibTeX writer, both offline). MLA and Chicago are
 * written here, because Citation.js bundles no CSL style for them and the build may not fetch one;
 * RIS is written here too, because Citation.js's RIS writer breaks long titles across lines.
 * Pure functions: the URL and the access date are passed in, and so, optionally, is the call to
 * Citation.js, so the build can cache its output (src/build/citations.ts).
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import { ACCESS_DATE_PLACEHOLDER, type CitationStyle } from './access-date';

/** A report as a citable work. */
export interface CitableWork {
  /** The report's slug, which becomes the BibTeX key. */
  slug: string;
  title: string;
  /** Who wrote it, as the byline says. */
  author: string;
  /** The website's name, which is also its publisher. */
  site: string;
  published: Date;
  /** The latest update or correction, when later than `published`. */
  modified?: Date | undefined;
  /** The absolute URL, with `#anchor` when citing one paragraph. */
  url: string;
  /** One-sentence summary, for RIS and BibTeX abstracts. */
  summary: string;
}

/** An access date already in the style's form, or `null` to leave it out (files to download). */
export type AccessDate = string | null;

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
const MLA_MONTHS = [
  'Jan.',
  'Feb.',
  'Mar.',
  'Apr.',
  'May',
  'June',
  'July',
  'Aug.',
  'Sept.',
  'Oct.',
  'Nov.',
  'Dec.',
];
const parts = (d: Date) => ({ y: d.getUTCFullYear(), m: d.getUTCMonth(), d: d.getUTCDate() });

/** A work as a CSL-JSON item, the input Citation.js formats. */
export type CslItem = ReturnType<typeof toCsl>;

/** Formats a CSL item with Citation.js: an APA bibliography entry, or a BibTeX record. */
export type CitationJsFormat = (item: CslItem, output: 'apa' | 'bibtex') => string;

/** The Citation.js call itself, uncached: the APA entry (plain text) or the BibTeX record, trimmed. */
export const formatWithCitationJs: CitationJsFormat = (item, output) =>
  (output === 'apa'
    ? new Cite(item).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' })
    : new Cite(item).format('bibtex', { format: 'text' })
  ).trim();

function toCsl(work: CitableWork) {
  const p = parts(work.published);
  return {
    id: work.slug,
    'citation-key': `kursk-files-${work.slug}`,
    type: 'article-newspaper',
    title: work.title,
    author: [{ literal: work.author }],
    'container-title': work.site,
    issued: { 'date-parts': [[p.y, p.m + 1, p.d]] },
    URL: work.url,
    abstract: work.summary,
  } as {
    id: string;
    'citation-key': string;
    type: string;
    title: string;
    author: { literal: string }[];
    'container-title'?: string | undefined;
    issued: { 'date-parts': number[][] };
    URL: string;
    abstract: string;
  };
}

/**
 * APA 7 (Citation.js's APA style). When the author and the site share a name APA names it once;
 * a page that can change gets "Retrieved <date>, from <URL>".
 */
export function formatApa(
  work: CitableWork,
  accessed: AccessDate = ACCESS_DATE_PLACEHOLDER,
  citationJs: CitationJsFormat = formatWithCitationJs,
): string {
  const csl = toCsl(work);
  const item = work.author === work.site ? { ...csl, 'container-title': undefined } : csl;
  const text = citationJs(item, 'apa');
  if (accessed === null) return text;
  if (!text.endsWith(work.url))
    throw new Error(`formatApa: expected the citation to end with its URL, got: ${text}`);
  return `${text.slice(0, -work.url.length)}Retrieved ${accessed}, from ${work.url}`;
}

/** MLA 9: title first when the author is the site itself; the URL without its scheme; "Accessed" last. */
export function formatMla(work: CitableWork, accessed: AccessDate = ACCESS_DATE_PLACEHOLDER): string {
  const p = parts(work.published);
  const author = work.author === work.site ? '' : `${work.author}. `;
  const url = work.url.replace(/^https?:\/\//, '');
  const text = `${author}“${work.title}.” ${work.site}, ${p.d} ${MLA_MONTHS[p.m]} ${p.y}, ${url}.`;
  return accessed === null ? text : `${text} Accessed ${accessed}.`;
}

/** Chicago 17, bibliography entry for a web page: author, title, site, date (or "Last modified"), access date, URL. */
export function formatChicago(work: CitableWork, accessed: AccessDate = ACCESS_DATE_PLACEHOLDER): string {
  const long = (d: Date) => `${LONG[parts(d).m]} ${parts(d).d}, ${parts(d).y}`;
  const siteAndDate = work.author === work.site ? '' : ` ${work.site}.`;
  const when =
    work.modified && work.modified.getTime() > work.published.getTime()
      ? `Published ${long(work.published)}; last modified ${long(work.modified)}.`
      : `${long(work.published)}.`;
  const access = accessed === null ? '' : ` Accessed ${accessed}.`;
  return `${work.author}. “${work.title}.”${siteAndDate} ${when}${access} ${work.url}.`;
}

/** BibTeX (Citation.js's writer and its author-year-title key), with `urldate` when the access date is known. */
export function formatBibtex(
  work: CitableWork,
  accessed: AccessDate = null,
  citationJs: CitationJsFormat = formatWithCitationJs,
): string {
  const text = citationJs(toCsl(work), 'bibtex');
  if (accessed === null) return `${text}\n`;
  return `${text.replace(/\n\}$/, `\n\turldate = {${accessed}},\n}`)}\n`;
}

/** RIS for reference managers (Zotero, EndNote): one tag per line, CRLF line ends, each value on one line. */
export function formatRis(work: CitableWork, accessed: AccessDate = null): string {
  const p = parts(work.published);
  const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
  const lines = [
    'TY  - NEWS',
    `TI  - ${oneLine(work.title)}`,
    `AU  - ${oneLine(work.author)}`,
    `PY  - ${p.y}`,
    `DA  - ${p.y}/${String(p.m + 1).padStart(2, '0')}/${String(p.d).padStart(2, '0')}`,
    `T2  - ${oneLine(work.site)}`,
    `PB  - ${oneLine(work.site)}`,
    `UR  - ${work.url}`,
    `AB  - ${oneLine(work.summary)}`,
    ...(accessed === null ? [] : [`Y2  - ${accessed}`]),
    'LA  - en',
    'ER  - ',
  ];
  return `${lines.join('\r\n')}\r\n`;
}

/** A citation in any offered style; `citationJs` formats APA and BibTeX (by default, Citation.js uncached). */
export function formatCitation(
  style: CitationStyle,
  work: CitableWork,
  accessed: AccessDate,
  citationJs: CitationJsFormat = formatWithCitationJs,
): string {
  switch (style) {
    case 'apa':
      return formatApa(work, accessed, citationJs);
    case 'mla':
      return formatMla(work, accessed);
    case 'chicago':
      return formatChicago(work, accessed);
    case 'bibtex':
      return formatBibtex(work, accessed, citationJs);
    case 'ris':
      return formatRis(work, accessed);
  }
}
