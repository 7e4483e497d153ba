/**
 * Citations in reports. Editors cite with GFM footnotes whose note is a source reference:
 *
 *     Ukraine says so.[^video]
 *
 *     [^video]: @surrender-leaflets, ¶ 2–3
 *
 * The note names a source id (after `@`) and, after a comma, where in the source (a locator). The
 * remark plugin in src/integrations/ checks and numbers them; these functions hold the rules.
 */

/** One note as an editor wrote it. */
export interface NoteDefinition {
  /** The footnote label, e.g. `video`. */
  label: string;
  /** The source id after `@`. */
  source: string;
  /** Where in the source, e.g. `¶ 2–3`; absent when the note cites the source as a whole. */
  locator?: string;
}

/** One numbered note as readers see it, in order of first citation. */
export interface NumberedNote extends NoteDefinition {
  /** The note's number, from 1, in order of first citation in the text. */
  n: number;
  /** How many times the text cites this note. */
  uses: number;
}

export type NoteParseResult = { ok: true; note: NoteDefinition } | { ok: false; error: string };

/** The form a note must take, for error messages. */
export const NOTE_FORM = "'[^label]: @source-id, ¶ N' (a source id after '@', then optionally a comma and where in the source)";

/** Reads the text of a footnote definition: `@source-id` then optionally `, locator`. */
export function parseNoteText(label: string, text: string): NoteParseResult {
  const match = /^@([a-z0-9]+(?:-[a-z0-9]+)*)\s*(?:,\s*(\S.*?))?\s*$/s.exec(text.trim());
  if (!match) {
    return { ok: false, error: `note [^${label}] reads '${text.trim()}'; write it as ${NOTE_FORM}` };
  }
  const note: NoteDefinition = { label, source: match[1]! };
  if (match[2]) note.locator = match[2].replace(/\s+/g, ' ');
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
