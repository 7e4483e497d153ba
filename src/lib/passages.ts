/**
 * Passages: the short run of a capture's words a note quotes, so a reader can check the fact in
 * place. An editor writes it after the note's locator,
 *
 *     [^toll]: @drone-losses, ¶ 4: “at least 100 of its troops … have been killed”
 *
 * and the build holds it to the capture: the words must be in the paragraph(s) the locator names,
 * verbatim but for quotation-mark style and white space, with `…` standing for words left out, and
 * no longer than `PASSAGE_MAX_WORDS`. Pure functions: the callers read the captures.
 */
import { parseLocator } from './locators';
/**
 * The longest passage a note may quote, in words (`…` not counted): a sentence or two, as a short
 * quotation is. The own-words check (../shared/tools/own-words.mjs) allows quotations of the same
 * length.
 */
export const PASSAGE_MAX_WORDS = 40;

/**
 * A capture's paragraphs as locators count them: `¶ N` is the N-th line holding anything but
 * white space (index N − 1 here), trimmed.
 */
export function captureParagraphs(capture: string): string[] {
  return capture
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/**
 * Text folded for comparing a passage with a capture: every quotation mark and apostrophe, curly
 * or straight, single or double, to one straight mark (a passage quoting a quotation may write
 * its inner marks either way); runs of white space to one space.
 */
function fold(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u201C\u201D\u201E\u201F\u2033'"]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The passage's stretches between elisions (`…` or `...`), folded, without empty ones. */
function passageStretches(passage: string): string[] {
  return fold(passage)
    .split(/\s*(?:…|\.\.\.)\s*/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** How many words a passage quotes (an elision is not a word). */
export function countPassageWords(passage: string): number {
  return passageStretches(passage).reduce((n, s) => n + s.split(' ').length, 0);
}

/** Whether the stretches appear in the paragraph in order, each after the one before. */
function holdsInOrder(paragraph: string, stretches: readonly string[]): boolean {
  const text = fold(paragraph);
  let from = 0;
  for (const stretch of stretches) {
    const at = text.indexOf(stretch, from);
    if (at < 0) return false;
    from = at + stretch.length;
  }
  return true;
}

export type PassageResult = { ok: true; paragraph: number } | { ok: false; error: string };

/**
 * Finds a note's passage in its capture, within the paragraphs its locator names, and returns the
 * paragraph it is in (from 1), so the note can link there; or a message saying what is wrong and
 * how to fix it. A passage lies within one paragraph: the link lands on it.
 */
export function locatePassage(input: {
  capture: string;
  locator: string | undefined;
  passage: string;
}): PassageResult {
  const { capture, locator, passage } = input;
  const stretches = passageStretches(passage);
  if (stretches.length === 0)
    return { ok: false, error: 'quotes no words; copy the words that bear the fact from the capture' };
  const words = countPassageWords(passage);
  if (words > PASSAGE_MAX_WORDS)
    return {
      ok: false,
      error: `is ${words} words long, more than the ${PASSAGE_MAX_WORDS} a passage may quote; quote only the words that bear the fact, and mark words left out with '…'`,
    };
  const parsed = locator === undefined ? undefined : parseLocator(locator);
  // A locator of another form, backwards or from ¶ 0 is reported as such (src/lib/locators.ts).
  const range = parsed && parsed.from >= 1 && parsed.to >= parsed.from ? parsed : undefined;
  if (!range)
    return {
      ok: false,
      error: `quotes a passage, but its locator ${locator === undefined ? 'is missing' : `'${locator}' names no paragraph ('¶ N' or '¶ N–M', the first paragraph first)`}; write where in the capture the passage is`,
    };
  const paragraphs = captureParagraphs(capture);
  if (range.to > paragraphs.length)
    return {
      ok: false,
      error: `cites ¶ ${range.to}, but the capture has ${paragraphs.length} paragraphs (non-blank lines); fix the locator`,
    };
  for (let n = range.from; n <= range.to; n += 1)
    if (holdsInOrder(paragraphs[n - 1]!, stretches)) return { ok: true, paragraph: n };
  const elsewhere = paragraphs.findIndex((p) => holdsInOrder(p, stretches));
  const cited = range.from === range.to ? `¶ ${range.from}` : `¶ ${range.from}–${range.to}`;
  if (elsewhere >= 0)
    return {
      ok: false,
      error: `quotes words from ¶ ${elsewhere + 1}, not from ${cited}, which the note cites; fix the locator if ¶ ${elsewhere + 1} bears the fact, or quote the cited paragraph`,
    };
  return {
    ok: false,
    error: `is not in ${cited} of the capture word for word; copy the words exactly as the capture has them (typos included), within one paragraph, marking words left out with '…'`,
  };
}

/** One paragraph of a capture that notes cite: the passages they quote from it, and who cites it. */
export interface CitedParagraph<R> {
  /** The paragraph, `¶ N`, from 1. */
  paragraph: number;
  /** The distinct passages notes quote from it, in the order first met. */
  passages: string[];
  /** Each report citing it, with the numbers of its notes that do, in the order given. */
  citedBy: { report: R; notes: number[] }[];
}

/** What `collectCitedParagraphs` reads of a note. */
export interface ParagraphNote {
  n: number;
  source: string;
  paragraph?: number | undefined;
  passage?: string | undefined;
}

/**
 * The paragraphs each source's notes link to, by source id, each source's in capture order: what a
 * source page lists, so every note's link lands on an entry holding the passage it quotes.
 */
export function collectCitedParagraphs<R>(
  reports: readonly { report: R; notes: readonly ParagraphNote[] }[],
): Map<string, CitedParagraph<R>[]> {
  const bySource = new Map<string, Map<number, CitedParagraph<R>>>();
  for (const { report, notes } of reports)
    for (const note of notes) {
      if (note.paragraph === undefined) continue;
      const paragraphs = bySource.get(note.source) ?? new Map<number, CitedParagraph<R>>();
      bySource.set(note.source, paragraphs);
      const entry = paragraphs.get(note.paragraph) ?? {
        paragraph: note.paragraph,
        passages: [],
        citedBy: [],
      };
      paragraphs.set(note.paragraph, entry);
      if (note.passage !== undefined && !entry.passages.includes(note.passage))
        entry.passages.push(note.passage);
      const citing = entry.citedBy.find((c) => c.report === report);
      if (citing) citing.notes.push(note.n);
      else entry.citedBy.push({ report, notes: [note.n] });
    }
  return new Map(
    [...bySource].map(([source, paragraphs]) => [
      source,
      [...paragraphs.values()].sort((a, b) => a.paragraph - b.paragraph),
    ]),
  );
}

/**
 * A passage as shown inside the archive's own “…”: its double quotation marks become single ones
 * (“ ” and straight " in turn), as a quotation within a quotation is set, so a passage that
 * begins with a speaker's words does not read ““…””. The check above folds every quotation mark
 * alike, so this changes nothing it compares.
 */
export function nestQuotes(passage: string): string {
  let opening = true;
  return passage.replace(/[“”"]/g, (mark) => {
    if (mark === '“') return '‘';
    if (mark === '”') return '’';
    const single = opening ? '‘' : '’';
    opening = !opening;
    return single;
  });
}
