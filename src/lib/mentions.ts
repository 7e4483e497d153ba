/**
 * Finding entities in report text by their names and aliases. Pure functions: the entity-link
 * plugin (src/markdown/entity-links.ts) applies them to rendered reports, the content checks use
 * them to reject a name shared by two entities.
 *
 * Rules: a name matches only as a whole word (no letter or digit right before or after it); a
 * name written with capitals (`Kursk`, `SBU`) matches only with the same capitals, a name written
 * all in lower case (`shahed`) matches in any case; where names overlap the longest wins, and
 * where two matches start at different places the earlier wins.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import { findQuotations } from './quotes';
import { eachWordRun } from './word-runs';

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

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every name an entity goes by, display name first, without repeats. */
export function namesOf(entity: NamedEntity): string[] {
  return [
    ...new Set(
      [entity.name, ...entity.aliases].map((n) => n.normalize('NFC').trim()).filter((n) => n.length > 0),
    ),
  ];
}

/** One scan of a text for a group of names; `byFirstWord` (when set) replaces the alternation. */
export interface MentionScan {
  caseFree: boolean;
  /** Every name of the group as one whole-word alternation, longest first. */
  re: RegExp;
  /** The group's names by their first word, each as a sticky pattern, in the alternation's order. */
  byFirstWord?: ReadonlyMap<string, readonly { id: string; re: RegExp }[]>;
}

/** A reusable matcher for a set of entities (compile once per build, apply to every text). */
export interface MentionMatcher {
  /** One whole-word pattern per name, with its entity: the rule for each name on its own. */
  patterns: { id: string; re: RegExp }[];
  /**
   * The same names in two scans, names with capitals and case-free names, longest name first: a
   * text is scanned twice, not once per name (at 10,000 synthetic reports with 500 entities, once
   * per name meant some 1,500 scans of every paragraph). A scan is one alternation, or, for names
   * with capitals that all begin with a letter or digit, the names keyed by their first word:
   * the alternation tried every name at every word, the key looks up only the names that begin
   * with the word at hand.
   */
  scans: MentionScan[];
  /** The entity a matched text names, by `mentionKey`. */
  byKey: ReadonlyMap<string, string>;
}

// Spaces in a name match any run of white space, since Markdown may wrap a name across lines;
// a straight or curly apostrophe matches either, since typography turns ' into ’.
const namePattern = (name: string) =>
  name
    .split(/\s+/)
    .map((part) => escape(part).replace(/['\u2019]/g, "['\u2019]"))
    .join('\\s+');
const wholeWord = (body: string) => `(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`;
// What a name and every text it matches have in common: the key the matched text is looked up by.
const mentionKey = (text: string, caseFree: boolean) => {
  const key = text
    .normalize('NFC')
    .replace(/\u2019/g, "'")
    .replace(/\s+/g, ' ');
  return `${caseFree ? 'f' : 's'}:${caseFree ? key.toLowerCase() : key}`;
};

// A word: a run of letters and digits, which is where a whole-word name beginning with one can start.
const WORD_START = /^[\p{L}\p{N}]/u;
const FIRST_WORD = /^[\p{L}\p{N}]+/u;

/** Compiles the names of every entity into whole-word patterns, following the case rule above. */
export function createMentionMatcher(entities: readonly NamedEntity[]): MentionMatcher {
  const names = entities.flatMap((entity) =>
    namesOf(entity).map((name) => ({ id: entity.id, name, caseFree: !isCaseSensitive(name) })),
  );
  const patterns = names.map(({ id, name, caseFree }) => ({
    id,
    re: new RegExp(wholeWord(namePattern(name)), caseFree ? 'giu' : 'gu'),
  }));
  const byKey = new Map(names.map(({ id, name, caseFree }) => [mentionKey(name, caseFree), id]));
  const scans = [false, true].flatMap((caseFree): MentionScan[] => {
    const group = names
      .filter((n) => n.caseFree === caseFree)
      .sort((a, b) => b.name.length - a.name.length || a.name.localeCompare(b.name));
    if (group.length === 0) return [];
    const re = new RegExp(
      wholeWord(group.map((n) => namePattern(n.name)).join('|')),
      caseFree ? 'giu' : 'gu',
    );
    // Exact-case names only: a case-free match may fold a word to a different length or letters.
    if (caseFree || !group.every((n) => WORD_START.test(n.name))) return [{ caseFree, re }];
    const byFirstWord = new Map<string, { id: string; re: RegExp }[]>();
    for (const { id, name } of group) {
      const first = FIRST_WORD.exec(name)![0];
      const sticky = { id, re: new RegExp(`(?:${namePattern(name)})(?![\\p{L}\\p{N}])`, 'uy') };
      byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), sticky]);
    }
    return [{ caseFree, re, byFirstWord }];
  });
  return { patterns, scans, byKey };
}

// The entity a matched text names: by its key, or (should case folding differ from toLowerCase)
// by the one name pattern that matches the whole text.
function entityOf(text: string, caseFree: boolean, matcher: MentionMatcher): string {
  const id = matcher.byKey.get(mentionKey(text, caseFree));
  if (id) return id;
  const found = matcher.patterns.find(({ re }) => {
    re.lastIndex = 0;
    const m = re.exec(text);
    return m?.index === 0 && m[0].length === text.length;
  });
  if (!found) throw new Error(`findMentions: matched '${text}' but no entity goes by that name`);
  return found.id;
}

/**
 * What the alternation finds, found word by word: at each word (a whole-word name that begins with
 * a letter or digit starts only there), the first name in the alternation's order that matches
 * there; as with a global scan, the search goes on after the end of a match.
 */
function scanByFirstWord(text: string, byFirstWord: NonNullable<MentionScan['byFirstWord']>): Mention[] {
  const found: Mention[] = [];
  let resume = 0;
  eachWordRun(text, (start, end) => {
    if (start < resume) return;
    for (const { id, re } of byFirstWord.get(text.slice(start, end)) ?? []) {
      re.lastIndex = start;
      const m = re.exec(text);
      if (!m) continue;
      found.push({ id, start, end: start + m[0].length, text: m[0] });
      resume = start + m[0].length;
      break;
    }
  });
  return found;
}

/**
 * Every mention of an entity in a text, in order, none overlapping: at each place the longest
 * name wins (`Kursk region` over `Kursk`), and an earlier match wins over one starting inside it.
 */
export function findMentions(text: string, matcher: MentionMatcher): Mention[] {
  const candidates: Mention[] = [];
  for (const scan of matcher.scans) {
    if (scan.byFirstWord) candidates.push(...scanByFirstWord(text, scan.byFirstWord));
    else {
      scan.re.lastIndex = 0;
      for (const m of text.matchAll(scan.re))
        candidates.push({
          id: entityOf(m[0], scan.caseFree, matcher),
          start: m.index,
          end: m.index + m[0].length,
          text: m[0],
        });
    }
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

/**
 * Elements inside which a mention is counted but never linked: headings, existing links, citation
 * markers, code, quotations and the like, so they stay exactly as written.
 */
export const NO_LINK_TAGS: ReadonlySet<string> = new Set([
  'a',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'code',
  'pre',
  'kbd',
  'samp',
  'blockquote',
  'q',
  'sup',
  'sub',
  'script',
  'style',
  'svg',
  'button',
  'label',
  'figcaption',
  'cite',
  'abbr',
  'time',
]);

/** One run of neighbouring text nodes to replace by text and entity links. */
export interface EntityLinkEdit {
  /** The element or root holding the run. */
  parent: Root | Element;
  /** The text nodes, in order (typography may split one text into several). */
  texts: Text[];
  /** What replaces them: text and `<a class="entity-link">` elements. */
  parts: ElementContent[];
}

/** Whether an offset falls inside one of the spans. */
const inside = (spans: { start: number; end: number }[], at: number) =>
  spans.some((s) => at > s.start && at < s.end);

/**
 * Plans entity links for a report's HTML tree, without changing it: the first mention of each
 * entity in running text becomes a link (never inside `NO_LINK_TAGS` or an inline quotation “…”),
 * and every entity the text names anywhere is listed in order of first mention. Neighbouring text
 * nodes are read as one, so a name split by typography still matches.
 */
export function planEntityLinks(
  tree: Root,
  matcher: MentionMatcher,
  hrefFor: (id: string) => string,
): { mentioned: string[]; edits: EntityLinkEdit[] } {
  const mentioned: string[] = [];
  const linked = new Set<string>();
  const edits: EntityLinkEdit[] = [];
  const walk = (node: Root | Element, linkable: boolean) => {
    const children = node.children as ElementContent[];
    for (let i = 0; i < children.length; i += 1) {
      const child = children[i]!;
      if (child.type === 'element') {
        walk(child, linkable && !NO_LINK_TAGS.has(child.tagName));
        continue;
      }
      if (child.type !== 'text') continue;
      const texts: Text[] = [child];
      while (children[i + 1]?.type === 'text') texts.push(children[(i += 1)] as Text);
      const value = texts.map((t) => t.value).join('');
      const mentions = findMentions(value, matcher);
      for (const m of mentions) if (!mentioned.includes(m.id)) mentioned.push(m.id);
      if (!linkable) continue;
      const quoted = findQuotations(value);
      const toLink = mentions
        .filter((m) => !linked.has(m.id) && !inside(quoted, m.start))
        .filter((m, k, all) => all.findIndex((x) => x.id === m.id) === k);
      if (toLink.length === 0) continue;
      const parts: ElementContent[] = [];
      let at = 0;
      for (const m of toLink) {
        linked.add(m.id);
        if (m.start > at) parts.push({ type: 'text', value: value.slice(at, m.start) });
        parts.push({
          type: 'element',
          tagName: 'a',
          properties: { href: hrefFor(m.id), className: ['entity-link'], dataEntity: m.id },
          children: [{ type: 'text', value: m.text }],
        });
        at = m.end;
      }
      if (at < value.length) parts.push({ type: 'text', value: value.slice(at) });
      edits.push({ parent: node, texts, parts });
    }
  };
  walk(tree, true);
  return { mentioned, edits };
}
