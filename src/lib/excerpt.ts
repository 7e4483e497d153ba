/**
 * Turns a Pagefind excerpt into DOM nodes that can only be text and <mark>: whatever else the
 * string holds is shown as text, never parsed as markup.
 */

/** Splits an excerpt into runs of plain and highlighted text. Entities Pagefind escaped are decoded. */
export function parseExcerpt(excerpt: string): { text: string; marked: boolean }[] {
  const runs: { text: string; marked: boolean }[] = [];
  const pattern = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (const match of excerpt.matchAll(pattern)) {
    if (match.index > last)
      runs.push({ text: decodeEntities(excerpt.slice(last, match.index)), marked: false });
    runs.push({ text: decodeEntities(match[1]!), marked: true });
    last = match.index + match[0].length;
  }
  if (last < excerpt.length) runs.push({ text: decodeEntities(excerpt.slice(last)), marked: false });
  return runs.filter((r) => r.text.length > 0);
}

/** Decodes the few entities an HTML-escaped excerpt can contain. */
export function decodeEntities(text: string): string {
  return text.replace(
    /&(amp|lt|gt|quot|#39|#x27|apos);/g,
    (_, name: string) =>
      ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", apos: "'" })[name] ?? _,
  );
}

/** DOM nodes for an excerpt: text nodes and <mark> elements holding text nodes. */
export function excerptToNodes(excerpt: string): Node[] {
  return parseExcerpt(excerpt).map(({ text, marked }) => {
    if (!marked) return document.createTextNode(text);
    const mark = document.createElement('mark');
    mark.textContent = text;
    return mark;
  });
}

/** Where a searched word stands in a page's text, as Pagefind reports it (a word index), and how much it counts. */
export interface WordLocation {
  location: number;
  balanced_score: number;
}

/** Pagefind's word boundaries: runs of white space (not the zero-width no-break space). */
const WORD_SEPARATORS = /[^\S\uFEFF]+/;

/**
 * Folds a word for comparison with a searched term: lower case, letters and digits only, so that
 * `Budanov,` and `4,700` compare as `budanov` and `4700`.
 */
const foldWord = (word: string): string =>
  word
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');

/**
 * An excerpt from the page's own words: the page's indexed text cut at `mark` (where the
 * search-only additions start: other names, other forms of figures), so they are never shown. The
 * window of `length` words holding the most weight of the searched words found there is shown,
 * those words marked. A page found only by an addition (a spelling it does not print) shows the
 * window around the first word that starts with one of `fallbackTerms` (the printed names, the
 * searched words), or else its opening words. Words equal to a word of `alsoMark` (the names the
 * page prints for a spelling the reader searched) are marked too. Runs of text, as parseExcerpt gives.
 */
export function ownExcerpt(
  content: string,
  locations: readonly WordLocation[],
  length: number,
  mark: string,
  fallbackTerms: readonly string[] = [],
  alsoMark: readonly string[] = [],
): { text: string; marked: boolean }[] {
  const all = content.split(WORD_SEPARATORS);
  const cut = all.lastIndexOf(mark);
  // Indices must stay Pagefind's: empty words (white space at the start) are kept, and skipped when shown.
  const words = cut >= 0 ? all.slice(0, cut) : all;
  if (!words.some((w) => w !== '')) return [];
  const scores = new Map<number, number>();
  for (const { location, balanced_score } of locations)
    if (location < words.length) scores.set(location, (scores.get(location) ?? 0) + balanced_score);
  let marked = new Set(scores.keys());
  let start = 0;
  if (scores.size > 0) {
    // The densest window, as Pagefind picks its own (calculate_excerpt_region).
    let best = -1;
    for (const at of [...scores.keys()].sort((a, b) => a - b)) {
      const from = Math.max(0, Math.min(at - Math.floor(length / 3), words.length - length));
      let sum = 0;
      for (const [location, score] of scores) if (location >= from && location < from + length) sum += score;
      if (sum > best) {
        best = sum;
        start = from;
      }
    }
  } else {
    const terms = fallbackTerms.map(foldWord).filter((t) => t.length >= 2);
    const hit = words.findIndex((w) => {
      const folded = foldWord(w);
      return folded.length > 0 && terms.some((t) => folded.startsWith(t));
    });
    if (hit >= 0) {
      start = Math.max(0, Math.min(hit - Math.floor(length / 3), words.length - length));
      marked = new Set(
        words.flatMap((w, i) => {
          const folded = foldWord(w);
          return folded.length > 0 && terms.some((t) => folded.startsWith(t)) ? [i] : [];
        }),
      );
    }
  }
  const end = Math.min(words.length, start + length);
  const extra = new Set(
    alsoMark
      .flatMap((name) => [...name.split(/[\s\u00a0]+/), ...name.split(/[\s\u00a0-]+/)])
      .map(foldWord)
      .filter((w) => w.length >= 3),
  );
  if (extra.size > 0)
    for (let i = start; i < end; i += 1)
      if (extra.has(foldWord(words[i]!).replace(/s$/u, '')) || extra.has(foldWord(words[i]!))) marked.add(i);
  const runs: { text: string; marked: boolean }[] = [];
  const push = (text: string, isMarked: boolean): void => {
    const last = runs.at(-1);
    if (last && last.marked === isMarked) last.text += text;
    else runs.push({ text, marked: isMarked });
  };
  if (start > 0) push('… ', false);
  let first = true;
  for (let i = start; i < end; i += 1) {
    if (words[i] === '') continue;
    if (!first) push(' ', false);
    first = false;
    push(words[i]!, marked.has(i));
  }
  if (end < words.length) push(' …', false);
  return runs;
}

/** DOM nodes for runs of text: text nodes and <mark> elements holding text nodes. */
export function runsToNodes(runs: readonly { text: string; marked: boolean }[]): Node[] {
  return runs.map(({ text, marked }) => {
    if (!marked) return document.createTextNode(text);
    const mark = document.createElement('mark');
    mark.textContent = text;
    return mark;
  });
}
