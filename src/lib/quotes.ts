/**
 * Quote integrity. A direct quotation in a report is text inside double quotation marks, curly
 * (“…”) or straight ("…"); single marks are apostrophes and are never read as quotation marks.
 * Each quotation must appear verbatim in the capture of a source that the same paragraph cites,
 * after normalising only quotation-mark style and white space. A comma, full stop, colon or
 * semicolon just inside the closing mark is the archive's sentence punctuation (placed inside the
 * marks, as American usage does) and is not part of the quoted words. Pure functions: the script
 * scripts/verify-quotes.mjs reads the files and the captures.
 */
import { parseNoteText } from './citations';

/** One quotation found in a text. */
export interface Quotation {
  /** The words inside the marks. */
  text: string;
  /** Offset of the opening mark. */
  start: number;
  /** Offset just past the closing mark. */
  end: number;
}

/** Curly and straight quotation marks to straight ones, runs of white space to one space, trimmed. */
export function normaliseQuoteText(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words a quotation claims the source said: normalised, without sentence punctuation just inside the closing mark. */
export function quotedWords(text: string): string {
  return normaliseQuoteText(text).replace(/[.,;:]+$/, '');
}

/** Every quotation in a text, in order: “curly” or "straight" double marks. */
export function findQuotations(text: string): Quotation[] {
  return [...text.matchAll(/\u201C([^\u201C\u201D]+)\u201D|"([^"\n]+)"/g)].map((m) => ({
    text: (m[1] ?? m[2])!,
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** Markdown inline syntax a reader does not see: citation markers, link targets, emphasis and code marks. */
export function stripInlineMarkdown(markdown: string): string {
  return markdown
    .replace(/\[\^[^\]]+\]/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/(\*\*|__|\*|_|`)/g, '');
}

/** A paragraph of a report body with the footnote labels it cites and the line it starts on (from 1). */
export interface Paragraph {
  text: string;
  line: number;
  labels: string[];
}

/** The paragraphs of a Markdown body (headings, footnote definitions and fenced code left out), each with its citation labels. */
export function splitParagraphs(body: string): Paragraph[] {
  const lines = body.split('\n');
  const paragraphs: Paragraph[] = [];
  let current: string[] = [];
  let startLine = 0;
  let fenced = false;
  const flush = () => {
    if (current.length > 0) {
      const text = current.join('\n');
      paragraphs.push({
        text,
        line: startLine,
        labels: [...text.matchAll(/\[\^([^\]\s]+)\]/g)].map((m) => m[1]!),
      });
    }
    current = [];
  };
  lines.forEach((line, i) => {
    if (/^\s*(```|~~~)/.test(line)) {
      fenced = !fenced;
      flush();
      return;
    }
    if (fenced || line.trim() === '' || /^\s*#{1,6}\s/.test(line) || /^\[\^[^\]]+\]:/.test(line)) {
      flush();
      return;
    }
    if (current.length === 0) startLine = i + 1;
    current.push(line);
  });
  flush();
  return paragraphs;
}

/** Footnote labels to source ids, read from the body's note definitions (`[^label]: @source, ¶ N`). */
export function readNoteSources(body: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of body.matchAll(/^\[\^([^\]]+)\]:\s*(.+)$/gm)) {
    const parsed = parseNoteText(m[1]!, m[2]!);
    if (parsed.ok) map.set(m[1]!.toLowerCase(), parsed.note.source);
  }
  return map;
}

/** A quotation that could not be found where it should be. */
export interface QuoteProblem {
  line: number;
  quote: string;
  /** Source ids the paragraph cites. */
  sources: string[];
  message: string;
}

/**
 * Checks every quotation in a report body against the captures of the sources its paragraph cites.
 * `captureOf` returns a source's capture text, or undefined when it cannot be read.
 */
export function checkQuotations(
  body: string,
  captureOf: (sourceId: string) => string | undefined,
): { checked: number; problems: QuoteProblem[] } {
  const notes = readNoteSources(body);
  const problems: QuoteProblem[] = [];
  let checked = 0;
  for (const paragraph of splitParagraphs(body)) {
    const sources = [
      ...new Set(
        paragraph.labels.map((l) => notes.get(l.toLowerCase())).filter((s): s is string => s !== undefined),
      ),
    ];
    for (const quotation of findQuotations(stripInlineMarkdown(paragraph.text))) {
      checked += 1;
      const wanted = quotedWords(quotation.text);
      const base = { line: paragraph.line, quote: quotation.text, sources };
      if (sources.length === 0) {
        problems.push({
          ...base,
          message:
            'the paragraph cites no source, so the quotation cannot be checked; cite the source it is quoted from',
        });
        continue;
      }
      const texts = sources.map(captureOf);
      if (texts.every((t) => t === undefined)) {
        problems.push({ ...base, message: `no capture could be read for ${sources.join(', ')}` });
        continue;
      }
      if (!texts.some((t) => t !== undefined && normaliseQuoteText(t).includes(wanted))) {
        problems.push({
          ...base,
          message: `not found verbatim in the capture of ${sources.join(' or ')}; copy the words exactly as the capture has them, or paraphrase without quotation marks`,
        });
      }
    }
  }
  return { checked, problems };
}
