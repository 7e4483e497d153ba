/**
 * Stable ids for the headings and paragraphs of a report, so a link to one passage keeps pointing
 * at it when earlier passages are edited. A paragraph's id is derived from its own words
 * (`p-` + a short hash of its normalised text), never from its position; an editor can also give
 * one by ending the paragraph with `{#my-id}`. Headings take a slug of their own text.
 */

/** Text reduced to what identifies a passage: Unicode-normalised, lower case, single spaces, no punctuation. */
export function normaliseForId(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A short, stable hash of a string: 32-bit FNV-1a written in base 36, six characters. */
export function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, '0').slice(-6);
}

/** The id of a paragraph from its text: `p-` and the hash of its normalised words. */
export function paragraphId(text: string): string {
  return `p-${hashText(normaliseForId(text))}`;
}

/** The id of a heading from its text: lower-case words joined by hyphens, as most sites do (`a-video-from-the-air`). */
export function headingId(text: string): string {
  const slug = normaliseForId(text).replace(/ /g, '-');
  return slug === '' ? 'section' : slug;
}

/** The form an editor's own id must take. */
export const AUTHORED_ID_FORM = "'{#my-id}' at the very end of the paragraph, with a lower-case letter first, then letters, digits or hyphens";

/**
 * Reads an editor's own id from the end of a paragraph's text (`… the last sentence. {#kim-order}`).
 * Returns the id and the text without it, or nothing when the paragraph has none.
 */
export function parseAuthoredId(text: string): { id: string; rest: string } | undefined {
  const match = /\s*\{#([a-z][a-z0-9-]*)\}\s*$/.exec(text);
  if (!match) return undefined;
  return { id: match[1]!, rest: text.slice(0, match.index) };
}

/**
 * Makes ids unique in document order: the first keeps its id, a later duplicate gets `-2`, `-3`…
 * (only identical paragraphs collide, so a suffix moves only when an identical one is added before).
 */
export function createIdAllocator(): (id: string) => string {
  const used = new Set<string>();
  return (id) => {
    let candidate = id;
    for (let n = 2; used.has(candidate); n += 1) candidate = `${id}-${n}`;
    used.add(candidate);
    return candidate;
  };
}
