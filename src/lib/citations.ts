/**
 * Citations in reports. Editors cite with GFM footnotes whose note is a source reference:
 *
 *     Ukraine says so.[^video]
 *
 *     [^video]: @surrender-leaflets, ¶ 2–3
 *
 * The note names a source id (after `@`) and, after a comma, where in the source (a locator); after a
 * colon it may quote the passage that bears the fact (src/lib/passages.ts):
 *
 *     [^toll]: @drone-losses, ¶ 4: “at least 100 of its troops … have been killed”
 *
 * The citation plugin (src/markdown/citations.ts) checks and numbers them; these functions hold the rules.
 */
import { parseLocator } from './locators';
import { locatePassage } from './passages';

/** One note as an editor wrote it. */
export interface NoteDefinition {
  /** The footnote label, e.g. `video`. */
  label: string;
  /** The source id after `@`. */
  source: string;
  /** Where in the source, e.g. `¶ 2–3`; absent when the note cites the source as a whole. */
  locator?: string;
  /** The capture's words that bear the fact, as the note quotes them (without the quotation marks). */
  passage?: string;
}

/** One numbered note as readers see it, in order of first citation. */
export interface NumberedNote extends NoteDefinition {
  /** The note's number, from 1, in order of first citation in the text. */
  n: number;
  /** How many times the text cites this note. */
  uses: number;
  /**
   * The capture paragraph the note links to: the one its passage is in, else the first its locator
   * names; absent when the locator names no paragraph.
   */
  paragraph?: number;
}

export type NoteParseResult = { ok: true; note: NoteDefinition } | { ok: false; error: string };

/** The form a note must take, for error messages. */
export const NOTE_FORM =
  "'[^label]: @source-id, ¶ N' (a source id after '@', then optionally a comma and where in the source), or, quoting the capture's words that bear the fact, '[^label]: @source-id, ¶ N: “the words”'";

/**
 * Reads the text of a footnote definition: `@source-id`, then optionally `, locator`, then
 * optionally `: “passage”` (curly or straight double marks; the Markdown parser makes straight
 * ones curly).
 */
export function parseNoteText(label: string, text: string): NoteParseResult {
  const match =
    /^@([a-z0-9]+(?:-[a-z0-9]+)*)\s*(?:,\s*([^:“”"]*[^\s:“”"]))?\s*(?::\s*[“"]([\s\S]*)[”"])?\s*$/.exec(
      text.trim(),
    );
  if (!match) {
    return { ok: false, error: `note [^${label}] reads '${text.trim()}'; write it as ${NOTE_FORM}` };
  }
  const note: NoteDefinition = { label, source: match[1]! };
  if (match[2]) note.locator = match[2].replace(/\s+/g, ' ');
  if (match[3] !== undefined) note.passage = match[3].replace(/\s+/g, ' ').trim();
  return { ok: true, note };
}

/**
 * Numbers notes in the order the text first cites them (the order references appear), so note
 * 1 is the first one a reader meets. Also returns the notes never cited and the references with
 * no note, so the caller can report them.
 */
export function numberNotes(
  definitions: readonly NoteDefinition[],
  referenceLabels: readonly string[],
): { notes: NumberedNote[]; uncited: NoteDefinition[]; missing: string[] } {
  const byLabel = new Map(definitions.map((d) => [d.label.toLowerCase(), d]));
  const numbered = new Map<string, NumberedNote>();
  const missing: string[] = [];
  for (const label of referenceLabels) {
    const key = label.toLowerCase();
    const definition = byLabel.get(key);
    if (!definition) {
      if (!missing.includes(label)) missing.push(label);
      continue;
    }
    const existing = numbered.get(key);
    if (existing) existing.uses += 1;
    else numbered.set(key, { ...definition, n: numbered.size + 1, uses: 1 });
  }
  const uncited = definitions.filter((d) => !numbered.has(d.label.toLowerCase()));
  return { notes: [...numbered.values()], uncited, missing };
}

/** The id of a note in the Notes list. */
export const noteId = (n: number): string => `note-${n}`;

/** The id of the k-th citation (from 1) of note n in the text, so a note can link back to each. */
export const citationId = (n: number, k: number): string => (k === 1 ? `cite-${n}` : `cite-${n}-${k}`);

/** Source ids in the order the notes first cite them. */
export function citedSourceIds(notes: readonly NoteDefinition[]): string[] {
  return [...new Set(notes.map((n) => n.source))];
}

/** A footnote definition as a Markdown parser hands it over: label, plain text and line. */
export interface RawNote {
  /** The label as written, e.g. `video`. */
  label: string;
  /** The note's plain text, e.g. `@surrender-leaflets, ¶ 2–3`. */
  text: string;
  /** Line of the note in the file, when the parser knows it. */
  line?: number;
}

/** A citation marker left as plain text because no note carries its label. */
export interface StrayMarker {
  /** The label inside `[^…]`. */
  label: string;
  /** Line of the marker in the file, when known. */
  line?: number;
}

/** `path:line` for a message, or the path alone when the line is unknown; `(unknown file)` without a path. */
export function formatLocation(path: string | undefined, line?: number): string {
  const shown = path ?? '(unknown file)';
  return line ? `${shown}:${line}` : shown;
}

/**
 * Citation markers in a text node that stayed text (`[^x]` whose note is missing is not parsed as
 * a reference), each with its line, counted from the line the text starts on.
 */
export function findStrayMarkers(text: string, startLine?: number): StrayMarker[] {
  return [...text.matchAll(/\[\^([^\]\s]+)\]/g)].map((match) => ({
    label: match[1]!,
    line:
      startLine === undefined
        ? undefined
        : startLine + (text.slice(0, match.index).match(/\n/g)?.length ?? 0),
  }));
}

/** What a Markdown plugin found in one file, for `checkCitations`. */
export interface CitationInput {
  /** The file's path, for messages. */
  path: string | undefined;
  /** Every source id that exists. */
  sourceIds: ReadonlySet<string>;
  /** Every footnote definition, in file order. */
  notes: readonly RawNote[];
  /** The label of every footnote reference, in reading order. */
  referenceLabels: readonly string[];
  /** Markers left as text. */
  strayMarkers: readonly StrayMarker[];
  /**
   * A source's capture text, to hold each note's passage to; absent, or undefined for a source,
   * when the build goes without the captures (passages are then not checked).
   */
  captureOf?: ((sourceId: string) => string | undefined) | undefined;
}

/**
 * The rules the citation plugin (src/markdown/citations.ts) applies to one file, `.md` or `.mdx`: each
 * note is `@source-id, locator` with a source that exists, each is cited, each marker has a note.
 * Returns the notes numbered in reading order, or one error naming every problem with file and line.
 */
export function checkCitations(
  input: CitationInput,
): { ok: true; notes: NumberedNote[] } | { ok: false; error: Error } {
  const errors: string[] = [];
  const definitions: NoteDefinition[] = [];
  const definedAt = new Map<string, number | undefined>();
  for (const raw of input.notes) {
    const parsed = parseNoteText(raw.label, raw.text);
    if (!parsed.ok) errors.push(`${formatLocation(input.path, raw.line)}: ${parsed.error}`);
    else if (!input.sourceIds.has(parsed.note.source)) {
      errors.push(
        `${formatLocation(input.path, raw.line)}: note [^${raw.label}] cites '@${parsed.note.source}', which is not a source; ` +
          `use the id of a file in content/sources/ (one of: ${[...input.sourceIds].sort().join(', ')})`,
      );
    } else {
      const problem = passageProblem(parsed.note, input.captureOf);
      if (problem) errors.push(`${formatLocation(input.path, raw.line)}: ${problem}`);
      definitions.push(parsed.note);
      definedAt.set(parsed.note.label, raw.line);
    }
  }
  for (const marker of input.strayMarkers) {
    errors.push(
      `${formatLocation(input.path, marker.line)}: citation [^${marker.label}] has no note; ` +
        `add a line '[^${marker.label}]: @source-id, ¶ N' at the end of the file`,
    );
  }
  const { notes, uncited, missing } = numberNotes(definitions, input.referenceLabels);
  for (const note of uncited) {
    errors.push(
      `${formatLocation(input.path, definedAt.get(note.label))}: note [^${note.label}] is never cited; cite it with [^${note.label}] after the sentence it supports, or delete it`,
    );
  }
  // A reference whose note was rejected above is already reported there.
  if (errors.length === 0)
    for (const label of missing)
      errors.push(
        `${formatLocation(input.path)}: citation [^${label}] has no valid note; fix the note '[^${label}]: @source-id, ¶ N'`,
      );
  if (errors.length > 0) return { ok: false, error: new Error(`Citation errors:\n  ${errors.join('\n  ')}`) };
  return { ok: true, notes: notes.map((note) => withParagraph(note, input.captureOf)) };
}

/** What is wrong with a note's passage, held to its capture (src/lib/passages.ts); undefined when nothing is, or no capture is at hand. */
function passageProblem(note: NoteDefinition, captureOf: CitationInput['captureOf']): string | undefined {
  if (note.passage === undefined) return undefined;
  const capture = captureOf?.(note.source);
  if (capture === undefined) return undefined;
  const found = locatePassage({ capture, locator: note.locator, passage: note.passage });
  return found.ok
    ? undefined
    : `note [^${note.label}]'s passage “${note.passage}” ${found.error} (the capture of @${note.source})`;
}

/** The note with the paragraph it links to: its passage's when the capture is at hand, else its locator's first. */
function withParagraph(note: NumberedNote, captureOf: CitationInput['captureOf']): NumberedNote {
  const capture = note.passage === undefined ? undefined : captureOf?.(note.source);
  if (capture !== undefined && note.passage !== undefined) {
    const found = locatePassage({ capture, locator: note.locator, passage: note.passage });
    if (found.ok) return { ...note, paragraph: found.paragraph };
  }
  const range = note.locator === undefined ? undefined : parseLocator(note.locator);
  return range && range.from >= 1 ? { ...note, paragraph: range.from } : note;
}

/**
 * Numbers citations as the reader meets them: the first citation of a label gets the next number,
 * a later one of the same label (any case) the same number and the next use count (`citationId`).
 */
export function createCitationCounter(): (label: string) => { n: number; k: number } {
  const numberOf = new Map<string, number>();
  const usesOf = new Map<number, number>();
  return (label) => {
    const key = label.toLowerCase();
    const n = numberOf.get(key) ?? numberOf.size + 1;
    numberOf.set(key, n);
    const k = (usesOf.get(n) ?? 0) + 1;
    usesOf.set(n, k);
    return { n, k };
  };
}
