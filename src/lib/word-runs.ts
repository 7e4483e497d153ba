/**
 * The words of a text: runs of letters and digits of any script. `eachWordRun` finds them as
 * `/[\p{L}\p{N}]+/gu` would, and `joinWordRuns` gives `text.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()`,
 * faster on the mostly-Latin text of the archive: the regular expression tests a Unicode class at
 * every character, which was most of what paragraph ids and the search folds cost at archive scale
 * (docs/bench-history/benchmarks-to-run-H.md). ASCII is classed here by its code, any other
 * character by the Unicode class.
 */
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/**
 * Calls `visit(start, end)` for each run of letters and digits in `text`, in order (UTF-16
 * offsets); with `hyphens`, the hyphen-minus counts as a letter.
 */
export function eachWordRun(
  text: string,
  visit: (start: number, end: number) => void,
  hyphens = false,
): void {
  let run = -1;
  const n = text.length;
  for (let i = 0; i < n;) {
    const code = text.charCodeAt(i);
    let word: boolean;
    let width = 1;
    if (code < 0x80) {
      word =
        (code >= 0x61 && code <= 0x7a) ||
        (code >= 0x30 && code <= 0x39) ||
        (code >= 0x41 && code <= 0x5a) ||
        (hyphens && code === 0x2d);
    } else {
      const point = text.codePointAt(i)!;
      word = LETTER_OR_DIGIT.test(String.fromCodePoint(point));
      if (point > 0xffff) width = 2;
    }
    if (word) {
      if (run < 0) run = i;
    } else if (run >= 0) {
      visit(run, i);
      run = -1;
    }
    i += width;
  }
  if (run >= 0) visit(run, n);
}

/**
 * The runs of letters and digits in `text` joined by single spaces; with `hyphens`, the
 * hyphen-minus counts as a letter (`text.replace(/[^\p{L}\p{N}-]+/gu, ' ').trim()`).
 */
export function joinWordRuns(text: string, hyphens = false): string {
  let out = '';
  eachWordRun(
    text,
    (start, end) => {
      out += out.length > 0 ? ` ${text.slice(start, end)}` : text.slice(start, end);
    },
    hyphens,
  );
  return out;
}
