/**
 * Finding entities in report text by their names and aliases. Pure functions: the rehype plugin in
 * src/integrations/ applies them to rendered reports, the content checks use them to reject a
 * name shared by two entities.
 *
 * Rules: a name matches only as a whole word (no letter or digit right before or after it); a
 * name written with capitals (`Kursk`, `SBU`) matches only with the same capitals, a name written
 * all in lower case (`shahed`) matches in any case; where names overlap the longest wins, and
 * where two matches start at different places the earlier wins.
 */

/** An entity as the matcher sees it: its id, display name and other spellings. */
export interface NamedEntity {
  id: string;
  name: string;
  aliases: readonly string[];
}

/** One place in a text where an entity is named. */
export interface Mention {
  /** The entity's id. */
  id: string;
  /** Offset of the first character, in UTF-16 code units. */
  start: number;
  /** Offset just past the last character. */
  end: number;
  /** The text as written there. */
  text: string;
}

/** Writing systems the archive labels aliases with. */
export type Script = 'Latin' | 'Cyrillic' | 'Hangul' | 'Han' | 'Other';

/** The writing system a name is written in, judged by its letters: `Ким Чен Ын` is Cyrillic, `김정은` Hangul. */
export function detectScript(text: string): Script {
  const letters = [...text].filter((c) => /\p{L}/u.test(c));
  const count = (re: RegExp) => letters.filter((c) => re.test(c)).length;
  const scores: [Script, number][] = [
    ['Latin', count(/\p{Script=Latin}/u)],
    ['Cyrillic', count(/\p{Script=Cyrillic}/u)],
    ['Hangul', count(/\p{Script=Hangul}/u)],
    ['Han', count(/\p{Script=Han}/u)],
  ];
  const [best, n] = scores.reduce((a, b) => (b[1] > a[1] ? b : a));
  return n === 0 ? 'Other' : best;
}

/** Whether a name must match with its exact capitals: any name with an upper-case letter, or with no cased letters at all. */
export function isCaseSensitive(name: string): boolean {
  return name !== name.toLowerCase() || name.toLowerCase() === name.toUpperCase();
}

/** The form two names are compared in for clashes: Unicode-normalised, spaces collapsed, lower case. */
export function normaliseName(name: string): string {
  return name.normalize('NFC').replace(/\u2019/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every name an entity goes by, display name first, without repeats. */
export function namesOf(entity: NamedEntity): string[] {
  return [...new Set([entity.name, ...entity.aliases].map((n) => n.normalize('NFC').trim()).filter((n) => n.length > 0))];
}

/** A reusable matcher for a set of entities (compile once per build, apply to every text). */
export interface MentionMatcher {
  patterns: { id: string; re: RegExp }[];
}

/** Compiles the names of every entity into whole-word patterns, following the case rule above. */
export function createMentionMatcher(entities: readonly NamedEntity[]): MentionMatcher {
  const patterns = entities.flatMap((entity) =>
    namesOf(entity).map((name) => {
      // Spaces in a name match any run of white space, since Markdown may wrap a name across lines;
      // a straight or curly apostrophe matches either, since typography turns ' into ’.
      const body = name.split(/\s+/).map((part) => escape(part).replace(/['\u2019]/g, "['\u2019]")).join('\\s+');
      return { id: entity.id, re: new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, isCaseSensitive(name) ? 'gu' : 'giu') };
    }),
  );
  return { patterns };
}

/**
 * Every mention of an entity in a text, in order, none overlapping: at each place the longest
 * name wins (`Kursk region` over `Kursk`), and an earlier match wins over one starting inside it.
 */
export function findMentions(text: string, matcher: MentionMatcher): Mention[] {
  const candidates: Mention[] = [];
  for (const { id, re } of matcher.patterns) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) candidates.push({ id, start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  candidates.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const chosen: Mention[] = [];
  let reached = -1;
  for (const c of candidates) {
    if (c.start < reached) continue;
    chosen.push(c);
    reached = c.end;
  }
  return chosen;
}

/** An entity with the file it came from, for clash messages. */
export interface EntityFile extends NamedEntity {
  path: string;
}
