/**
 * Locators: where in a capture a fact is. `¶ N` is the N-th paragraph of the capture, counting
 * its non-blank lines from 1 (a capture is plain text, one paragraph a line); `¶ N–M` is a range.
 * Every locator the content gives, in a report's notes and in the YAML of entities, events,
 * claims, quantities and sources, must point at paragraphs the capture has, or a reader following
 * it finds nothing there. Pure functions, used by the content check (src/build/content-check.ts).
 */

/** A locator read: the first and last paragraph it points at (the same for `¶ N`). */
export interface ParagraphRange {
  from: number;
  to: number;
}

const LOCATOR = /^¶\s*(\d+)(?:\s*[–-]\s*(\d+))?$/;

/** Reads `¶ N` or `¶ N–M` (an en dash or a hyphen); nothing when the locator has another form. */
export function parseLocator(locator: string): ParagraphRange | undefined {
  const match = LOCATOR.exec(locator.trim());
  if (!match) return undefined;
  const from = Number(match[1]);
  return { from, to: match[2] === undefined ? from : Number(match[2]) };
}

/** How many paragraphs a capture has: its non-blank lines. */
export function countParagraphs(capture: string): number {
  return capture.split('\n').filter((line) => line.trim() !== '').length;
}

/** A capture as the locator rule needs it: its file name and its paragraph count. */
export interface CaptureParagraphs {
  file: string;
  paragraphs: number;
}

/**
 * What is wrong with a locator, as the end of a message naming the field (`'sources[0].locator'
 * is '¶ 9999', …`), or nothing when it is sound. Without the capture (not at hand, or the build
 * told to skip captures) only the form and the order of a range are checked.
 */
export function locatorProblem(locator: string, capture?: CaptureParagraphs): string | undefined {
  const range = parseLocator(locator);
  const shown = `'${locator}'`;
  if (!range)
    return `${shown}, which is not a paragraph locator; write '¶ N' (the N-th non-blank line of the capture) or '¶ N–M' for several`;
  if (range.from < 1)
    return `${shown}, but paragraphs are counted from 1 (the capture's first non-blank line is '¶ 1')`;
  if (range.to < range.from)
    return `${shown}, a range that runs backwards; write the first paragraph first: '¶ ${range.to}–${range.from}'`;
  if (range.to === range.from && /[–-]/.test(locator))
    return `${shown}, a range of one paragraph; write '¶ ${range.from}'`;
  if (capture && range.to > capture.paragraphs)
    return `${shown}, but ${capture.file} has ${capture.paragraphs} ${capture.paragraphs === 1 ? 'paragraph' : 'paragraphs'} (non-blank lines); point it at the paragraph that holds the fact, '¶ 1' to '¶ ${capture.paragraphs}'`;
  return undefined;
}
