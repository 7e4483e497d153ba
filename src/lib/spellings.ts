/**
 * Whether a spelling can safely stand for an entity. A name, an alias or a search name is matched
 * against report text (entity links) and against what readers type (search), and compared with
 * every other entity's spellings; a character the eye cannot see, or a letter from another script
 * that looks like a Latin one, makes a spelling look like one name while matching another (an
 * alias "Kim Jong Un" with a Cyrillic `о` or a zero-width space passes the one-spelling-one-entity
 * check, and Putin's page then says "Also written Kim Jong Un"). An alias that is a common word or
 * two letters long names nothing: `the` would link every report's first "the". Pure functions,
 * used by the content check (src/build/content-check.ts) through src/lib/aliases.ts.
 */

/**
 * Characters a reader cannot see or that change how text around them is shown: control,
 * format (zero-width space and joiners, soft hyphen, word joiner, byte-order mark, the
 * bidirectional marks, embeddings, overrides and isolates) and private-use characters, and the
 * others Unicode says to draw as nothing (variation selectors, the combining grapheme joiner,
 * the Hangul fillers).
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Co}\p{Default_Ignorable_Code_Point}]/u;
const INVISIBLE_ALL = new RegExp(INVISIBLE.source, 'gu');

/** Names of the invisible characters an editor is most likely to paste, for messages. */
const INVISIBLE_NAMES: Readonly<Record<number, string>> = {
  0x00ad: 'soft hyphen',
  0x061c: 'Arabic letter mark, a bidirectional control',
  0x180e: 'Mongolian vowel separator',
  0x200b: 'zero-width space',
  0x200c: 'zero-width non-joiner',
  0x200d: 'zero-width joiner',
  0x200e: 'left-to-right mark, a bidirectional control',
  0x200f: 'right-to-left mark, a bidirectional control',
  0x202a: 'left-to-right embedding, a bidirectional control',
  0x202b: 'right-to-left embedding, a bidirectional control',
  0x202c: 'pop directional formatting, a bidirectional control',
  0x202d: 'left-to-right override, a bidirectional control',
  0x202e: 'right-to-left override, a bidirectional control',
  0x2060: 'word joiner',
  0x2066: 'left-to-right isolate, a bidirectional control',
  0x2067: 'right-to-left isolate, a bidirectional control',
  0x2068: 'first strong isolate, a bidirectional control',
  0x2069: 'pop directional isolate, a bidirectional control',
  0xfeff: 'zero-width no-break space (byte-order mark)',
};

/** A character as messages name it: `U+200B`. */
export function codePoint(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** A spelling as messages show it: every invisible character written out as `<U+200B>`, so the message shows where it is. */
export function showSpelling(spelling: string): string {
  return spelling.replace(INVISIBLE_ALL, (c) => `<${codePoint(c)}>`);
}

/** The first invisible character of a text, or nothing. */
export function findInvisible(text: string): { char: string; name: string } | undefined {
  const char = INVISIBLE.exec(text)?.[0];
  if (char === undefined) return undefined;
  const name = INVISIBLE_NAMES[char.codePointAt(0)!];
  return { char, name: name ?? (/\p{Cc}/u.test(char) ? 'a control character' : 'an invisible character') };
}

/** Writing systems told apart inside a word. Han, kana and Hangul are one group: Japanese and Korean names mix them. */
const SCRIPTS: readonly [string, RegExp][] = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Armenian', /\p{Script=Armenian}/u],
  ['Georgian', /\p{Script=Georgian}/u],
  ['Cherokee', /\p{Script=Cherokee}/u],
  ['Coptic', /\p{Script=Coptic}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  // Script_Extensions, so the kana length mark `ー` (shared by both kana) counts as Japanese.
  ['Chinese, Japanese or Korean', /[\p{scx=Han}\p{scx=Hangul}\p{scx=Hiragana}\p{scx=Katakana}]/u],
];

/** The writing system of one letter, as `SCRIPTS` names it (`Common` for letters of no script, such as mathematical letters). */
export function scriptOf(letter: string): string {
  for (const [name, re] of SCRIPTS) if (re.test(letter)) return name;
  return /\p{Script=Common}/u.test(letter) ? 'Common' : 'another script';
}

/**
 * A word of a spelling that mixes writing systems (`Jоng` with a Cyrillic `о`), with the first
 * letter that is not in the word's main script; nothing when every word keeps to one script.
 * Combining marks belong to their letter, so `é` written as `e` plus an accent is one Latin letter.
 */
export function findMixedScriptWord(
  spelling: string,
): { word: string; scripts: [string, string]; letter: string } | undefined {
  for (const [word] of spelling.normalize('NFC').matchAll(/[\p{L}\p{M}]+/gu)) {
    const letters = [...word].filter((c) => /\p{L}/u.test(c));
    const counts = new Map<string, number>();
    for (const letter of letters) counts.set(scriptOf(letter), (counts.get(scriptOf(letter)) ?? 0) + 1);
    if (counts.size < 2) continue;
    // The main script is the one most letters are in; Latin wins a tie (the archive writes in English).
    const main = [...counts].sort(
      (a, b) => b[1] - a[1] || Number(b[0] === 'Latin') - Number(a[0] === 'Latin'),
    )[0]![0];
    const odd = letters.find((l) => scriptOf(l) !== main)!;
    return { word, scripts: [main, scriptOf(odd)], letter: odd };
  }
  return undefined;
}

/**
 * The first letter or digit written in a compatibility form (`Ｋ` full-width, `𝐊` mathematical
 * bold, the ligature `ﬁ`), with the plain form Unicode gives it; nothing when there is none. Such
 * a letter looks like the plain one, so it hides a second spelling of the same name.
 */
export function findCompatibilityForm(text: string): { char: string; plain: string } | undefined {
  for (const char of text) {
    if (!/[\p{L}\p{N}]/u.test(char)) continue;
    const plain = char.normalize('NFKC');
    if (plain !== char.normalize('NFC')) return { char, plain };
  }
  return undefined;
}

/**
 * Letters of Cyrillic and Greek that look like Latin ones (as Unicode's confusables list pairs
 * them), folded to the Latin letter they pass for, so two spellings that look alike compare
 * alike. Lower case: spellings are compared after case folding.
 */
const CONFUSABLES: Readonly<Record<string, string>> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ѐ: 'è',
  ё: 'ë',
  һ: 'h',
  н: 'h',
  і: 'i',
  ї: 'ï',
  ј: 'j',
  к: 'k',
  ӏ: 'l',
  м: 'm',
  о: 'o',
  р: 'p',
  ԛ: 'q',
  ѕ: 's',
  т: 't',
  у: 'y',
  ү: 'y',
  х: 'x',
  ԝ: 'w',
  ԁ: 'd',
  с: 'c',
  ɡ: 'g',
  α: 'a',
  β: 'b',
  ε: 'e',
  η: 'n',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ζ: 'z',
  μ: 'u',
};

/**
 * A spelling reduced to what the eye sees: Unicode NFKC, case folded, invisible characters
 * removed, letters that pass for Latin ones folded to them, curly apostrophes straightened,
 * spaces collapsed. Two spellings with the same key read as the same name.
 */
export function spellingKey(spelling: string): string {
  return [...spelling.normalize('NFKC').replace(INVISIBLE_ALL, '').toLocaleLowerCase('en')]
    .map((c) => CONFUSABLES[c] ?? c)
    .join('')
    .replace(/[‘’ʼ]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Common English words, which a report uses whatever it is about: an alias or search name that
 * is one of them would link or find the entity wherever the word is written. The most frequent
 * words of English (articles, pronouns, prepositions, conjunctions, auxiliaries, numbers, common
 * verbs, nouns and adjectives), and the everyday words of this archive's reports.
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against ago all almost also although always am among an and another
  any anyone anything are around as at away back be became because become been before being below
  best better between big both but by came can cannot could day days did do does doing done down
  during each early either else end enough even ever every few first for four from further get
  gets give go going good got great had has have having he her here hers herself him himself his
  how however i if in into is it its itself just keep know last late later least less let like
  little long made make many may me might mine more most much must my myself near need never new
  next no nor not now of off often old on once one only or other others our ours ourselves out
  over own part people place put rather really right said same saw say says see seen she should
  since small so some something still such take than that the their theirs them themselves then
  there these they thing things this those though three through thus time times to today too
  toward towards two under until up upon us use used very want was way we well went were what
  when where whether which while who whom whose why will with within without would year years yet
  you your yours yourself five six seven eight nine ten hundred thousand million billion half
  report reports reported source sources told tell according claim claims claimed week month
  war army military troops troop soldier soldiers forces force unit units drone drones region
  country government state official officials north south east west
  eastern western northern southern front line attack attacks men man women woman group groups
  general special capt captain mr mrs ms dr st`.split(/\s+/),
);

/** Whether a spelling is one common English word (`COMMON_WORDS`), whatever its case. */
export function isCommonWord(spelling: string): boolean {
  return COMMON_WORDS.has(spellingKey(spelling).replace(/[.'’]/g, ''));
}

/** Letters and digits of alphabetic scripts an alias needs at least; syllabic and logographic scripts need 2 characters. */
export const MIN_ALIAS_LETTERS = 3;

/** Whether a spelling is too short to name one thing: fewer than 3 letters and digits (2 for Chinese, Japanese or Korean). */
export function isTooShort(spelling: string): boolean {
  const chars = [...spelling.normalize('NFKC')].filter((c) => /[\p{L}\p{N}]/u.test(c));
  const cjk = chars.length > 0 && chars.every((c) => scriptOf(c) === 'Chinese, Japanese or Korean');
  return chars.length < (cjk ? 2 : MIN_ALIAS_LETTERS);
}
