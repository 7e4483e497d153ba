/**
 * "Did you mean": the archive's names nearest to a query that found nothing or little, by edit
 * distance (a letter added, dropped, changed, or two neighbours swapped: `Zelenksy` → `Zelensky`).
 * Pure functions, for the search page.
 */

/** Folds a word for comparison: NFKC, lower case, letters and digits only. */
const fold = (text: string): string =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');

/**
 * The optimal string alignment distance between two words (Damerau–Levenshtein without
 * overlapping edits): insertions, deletions, substitutions and swaps of neighbours each cost 1.
 * Stops early, returning `limit + 1`, once every alignment costs more than `limit`.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i += 1) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= y.length; j += 1) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1])
        d = Math.min(d, before[j - 2]! + 1);
      current.push(d);
      best = Math.min(best, d);
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[y.length]!;
}

/** The most edits a word of this many letters may be away from a name and still be suggested. */
export function allowedEdits(length: number): number {
  return length < 4 ? 0 : length < 7 ? 1 : 2;
}

/**
 * Up to `max` suggestions for a query, nearest first: a whole name or spelling close to the whole
 * query (`Kim Jong Um` → `Kim Jong Un`), or a word of a name close to a one-word query (`Budanv` →
 * `Budanov`). A name the query already is (give or take case and punctuation) is no suggestion.
 */
export function suggestNames(query: string, names: readonly string[], max = 3): string[] {
  const q = fold(query);
  const limit = allowedEdits([...q].length);
  if (limit === 0) return [];
  const oneWord = query.trim().split(/\s+/).length === 1;
  const found = new Map<string, number>();
  const consider = (candidate: string): void => {
    const folded = fold(candidate);
    if (folded === q || folded.length === 0) return;
    const d = editDistance(q, folded, limit);
    if (d <= limit && d < (found.get(candidate) ?? Infinity)) found.set(candidate, d);
  };
  for (const name of names) {
    consider(name);
    if (oneWord)
      for (const word of name.split(/[\s\u00a0-]+/))
        if ([...fold(word)].length >= 4) consider(word.replace(/[^\p{L}\p{N}'’-]+$/u, ''));
  }
  // The same word folded twice (`Budanov`, `Budanov's`): keep the nearer, then the shorter.
  const byFold = new Map<string, [string, number]>();
  for (const [name, d] of found) {
    const key = fold(name);
    const held = byFold.get(key);
    if (!held || d < held[1] || (d === held[1] && name.length < held[0].length)) byFold.set(key, [name, d]);
  }
  return [...byFold.values()]
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0], 'en'))
    .slice(0, max)
    .map(([name]) => name);
}
