/**
 * What search adds to a page before Pagefind indexes it, so a reader finds the page whichever
 * name, spelling, script or number form they type: the other names of every entity the page
 * mentions, and numbers with and without thousands separators. Pure functions, no fs.
 */
import { joinWordRuns } from './word-runs';

/** An entity's names as the search needs them: the display name, every alias, and the archive's search names. */
export interface AliasGroup {
  /** The entity id (its file name in content/entities/). */
  id: string;
  /** The name the archive displays; used as the value of the `entity` search filter. */
  name: string;
  /** Every form the page may use or the reader may type: the name first, then the aliases, then the search names. */
  names: string[];
  /** Those of `names` that the archive supplied for search (`searchNames`), which no capture uses; absent when none. */
  searchNames?: string[];
}

/** The search-only additions for one page. */
export interface SearchAdditions {
  /** Display names of the entities the page mentions under any of their names, sorted. */
  entities: string[];
  /** Per mentioned entity, the names the page does not print, to index with it but never show. */
  aliases: string[][];
  /** Per entry of `aliases`, the names of that entity the page does print (what to mark when a reader searched an alias). */
  printed?: string[][];
  /** Per entry of `aliases`, those of its names that the archive supplied for search (no capture uses them). */
  searchOnly?: string[][];
  /** Numbers the page prints, in the form it does not use (`332000` for `332,000`). */
  numbers: string[];
}

/** Text as both folds start: Unicode NFKC, lower case, apostrophes dropped. */
const foldBase = (text: string): string =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2019'`ʼ]/gu, '');

/**
 * Folds text for name matching: Unicode NFKC, lower case, apostrophes dropped, and every run of
 * hyphens, dashes, punctuation and spaces turned into one space, so `Kim Jong-un` and
 * `kim jong un` fold alike.
 */
export function foldForMatch(text: string): string {
  return ` ${joinWordRuns(foldBase(text))} `;
}

/** Like foldForMatch but keeping hyphens: how a name is printed, give or take case and punctuation. */
export function foldLightly(text: string): string {
  return ` ${joinWordRuns(foldBase(text), true)} `;
}

/**
 * foldForMatch of a text from its foldLightly: that holds only letters, digits, hyphens and
 * single spaces, so each run of hyphens and spaces in it is one run of other characters in the
 * text. Saves normalising a page's whole text a second time.
 */
export function foldLightToMatch(light: string): string {
  return ` ${light.replace(/[ -]+/g, ' ').trim()} `;
}

/** What `buildAliasGroups` reads of a checked entity (src/build/content-check.ts). */
export interface AliasGroupInput {
  id: string;
  data: { name: string; aliases: readonly string[]; searchNames: readonly { name: string }[] };
}

/**
 * Builds alias groups from the checked entities, skipping a name that folds to nothing: the name,
 * the aliases (spellings the captures use) and the names in `searchNames` (the archive's, for
 * search only), all searchable alike.
 */
export function buildAliasGroups(entities: readonly AliasGroupInput[]): AliasGroup[] {
  const groups: AliasGroup[] = [];
  const usable = (n: string) => foldForMatch(n).trim().length > 0;
  for (const { id, data } of entities) {
    const name = data.name.trim();
    if (!usable(name)) continue;
    const aliases = data.aliases;
    const extra = data.searchNames.map((entry) => entry.name);
    const names = [...new Set([name, ...aliases.map((a) => a.trim())].filter(usable))];
    const searchNames = [...new Set(extra.map((n) => n.trim()).filter(usable))].filter(
      (n) => !names.includes(n),
    );
    groups.push(
      searchNames.length > 0
        ? { id, name, names: [...names, ...searchNames], searchNames }
        : { id, name, names },
    );
  }
  return groups;
}

// Names fold the same way on every page: folded once per build.
const foldedNames = new Map<string, { folded: string; light: string }>();
const foldName = (name: string): { folded: string; light: string } => {
  let entry = foldedNames.get(name);
  if (entry === undefined)
    foldedNames.set(name, (entry = { folded: foldForMatch(name), light: foldLightly(name) }));
  return entry;
};

/** True when the folded page text holds the name as whole words. */
export function mentions(foldedText: string, name: string): boolean {
  const { folded } = foldName(name);
  return folded.trim().length > 0 && foldedText.includes(folded);
}

/** One name of an entity, under its first folded word: which group it names and its other folded words. */
interface IndexedName {
  group: number;
  rest: string[];
}

// Per list of alias groups (one per build, shared by every page): each name under its first word.
const nameIndexes = new WeakMap<readonly AliasGroup[], Map<string, IndexedName[]>>();
const indexNames = (groups: readonly AliasGroup[]): Map<string, IndexedName[]> => {
  let index = nameIndexes.get(groups);
  if (index === undefined) {
    index = new Map();
    groups.forEach((group, i) => {
      for (const name of group.names) {
        const [first, ...rest] = foldName(name).folded.trim().split(' ');
        if (!first) continue;
        const named = index!.get(first);
        if (named) named.push({ group: i, rest });
        else index!.set(first, [{ group: i, rest }]);
      }
    });
    nameIndexes.set(groups, index);
  }
  return index;
};

/**
 * The groups (by position) that the folded page text mentions under any of their names, as whole
 * words: each word of the page is looked up among the names' first words, and a name found there
 * is compared word by word with what follows. One pass over the page's words, instead of trying
 * every name on every page.
 */
function mentionedGroups(foldedText: string, groups: readonly AliasGroup[]): Set<number> {
  const index = indexNames(groups);
  const words = foldedText.trim().split(' ');
  const found = new Set<number>();
  for (let i = 0; i < words.length; i += 1) {
    const named = index.get(words[i]!);
    if (named === undefined) continue;
    for (const { group, rest } of named) {
      if (found.has(group)) continue;
      let k = 0;
      while (k < rest.length && words[i + 1 + k] === rest[k]) k += 1;
      if (k === rest.length) found.add(group);
    }
  }
  return found;
}

/**
 * Numbers written with thousands separators (`332,000`, `1 000`) and without (`332000`), each in
 * the form the text does not use, so a reader finds the page typing either. Years and other
 * numbers under 10,000 written without a separator are left alone.
 */
export function numberVariants(text: string): string[] {
  const out = new Set<string>();
  for (const match of text.matchAll(
    /(?<![\p{L}\p{N}.,])\d{1,3}(?:[,\u00a0\u202f ]\d{3})+(?![\p{N}]|[.,]\d)/gu,
  )) {
    out.add(match[0].replace(/[,\u00a0\u202f ]/g, ''));
  }
  for (const match of text.matchAll(/(?<![\p{L}\p{N}.,])\d{5,}(?![\p{L}\p{N}]|[.,]\d)/gu)) {
    out.add(match[0].replace(/\B(?=(\d{3})+(?!\d))/g, ','));
  }
  return [...out].sort();
}

/** What to add to a page whose visible, indexed text is `text`: mentioned entities and their other names, other number forms. */
export function findSearchAdditions(text: string, groups: readonly AliasGroup[]): SearchAdditions {
  const plain = foldLightly(text);
  const found = mentionedGroups(foldLightToMatch(plain), groups);
  const entities = new Set<string>();
  const aliases: string[][] = [];
  const printed: string[][] = [];
  const searchOnly: string[][] = [];
  groups.forEach((group, i) => {
    if (!found.has(i)) return;
    entities.add(group.name);
    // Add every name the page does not print as such; hyphen and spacing variants too, since
    // the reader may type either form and the index sees them as different words.
    const unprinted = group.names.filter((n) => !plain.includes(foldName(n).light));
    if (unprinted.length === 0) return;
    aliases.push(unprinted);
    printed.push(group.names.filter((n) => !unprinted.includes(n)));
    searchOnly.push(unprinted.filter((n) => group.searchNames?.includes(n) ?? false));
  });
  return searchOnly.some((list) => list.length > 0)
    ? { entities: [...entities].sort(), aliases, printed, searchOnly, numbers: numberVariants(text) }
    : { entities: [...entities].sort(), aliases, printed, numbers: numberVariants(text) };
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
/** Escapes text for an HTML attribute or element. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

// One pattern per tag name, reused: elementEnd sets its lastIndex before each use.
const tagPatterns = new Map<string, RegExp>();

/** Where an element starts and ends in an HTML string, found by counting nested tags of its name. */
function elementEnd(html: string, start: number, tag: string): { innerEnd: number; end: number } | undefined {
  let pattern = tagPatterns.get(tag);
  if (pattern === undefined)
    tagPatterns.set(tag, (pattern = new RegExp(`<(/?)${tag}(?=[\\s>/])[^>]*>`, 'gi')));
  pattern.lastIndex = start;
  let depth = 0;
  for (let m = pattern.exec(html); m; m = pattern.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return { innerEnd: m.index, end: m.index + m[0].length };
  }
  return undefined;
}

/**
 * Removes every element carrying the attribute (with its content) from an HTML string, in one
 * pass from the start: what precedes a removed element holds no other, so the string is not
 * searched again from its start after each removal.
 */
function removeElementsWith(html: string, attribute: string): string {
  const open = new RegExp(`<([a-z][a-z0-9-]*)\\b[^>]*\\s${attribute}(?=[\\s=>/])[^>]*>`, 'gi');
  let out = '';
  let kept = 0;
  for (let m = open.exec(html); m; m = open.exec(html)) {
    const span = elementEnd(html, m.index, m[1]!);
    out += html.slice(kept, m.index);
    kept = span ? span.end : m.index + m[0].length;
    open.lastIndex = kept;
  }
  return kept === 0 ? html : out + html.slice(kept);
}

/**
 * The text Pagefind will index on a page: the contents of its `data-pagefind-body` elements,
 * without scripts, styles, `data-pagefind-ignore` parts and tags. A rough reading, good enough
 * to tell which names and numbers the page prints.
 */
export function extractIndexedText(html: string): string {
  const parts: string[] = [];
  const open = /<([a-z][a-z0-9-]*)\b[^>]*\sdata-pagefind-body(?=[\s=>/])[^>]*>/gi;
  for (const m of html.matchAll(open)) {
    const span = elementEnd(html, m.index, m[1]!);
    if (span) parts.push(html.slice(m.index + m[0].length, span.innerEnd));
  }
  const text = removeElementsWith(parts.join(' '), 'data-pagefind-ignore')
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ');
  return decodeHtml(text);
}

/** Decodes the character references an HTML text or attribute value can hold. */
function decodeHtml(text: string): string {
  return text
    .replace(
      /&(amp|lt|gt|quot|#39|nbsp);/g,
      (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: '\u00a0' })[e]!,
    )
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)));
}

/**
 * How much a name the page does not print counts, against 1 for the page's own text (Pagefind
 * counts weights quadratically: 0.5 is a quarter). Low, so that a page naming an entity in passing
 * does not outrank the entity's own page ("Zelensky"). Excerpts never show these names: the search
 * page draws them from the page's own words (ADDITIONS_MARK). See docs/search.md.
 */
export const ALIAS_WEIGHT = 0.5;

/**
 * How much another form of a figure the page prints counts (`4700` for a printed `4,700`): below
 * the page's own words, like other names.
 */
export const NUMBER_WEIGHT = 0.5;

/**
 * The first word of the search-only additions in a page's indexed text. The additions come last in
 * the page's indexed body, so the search page cuts each result's text at this mark and draws its
 * excerpt from the page's own words only (ownExcerpt in src/lib/excerpt.ts). A sign, not a word:
 * the index holds no word for it, so no search matches it.
 */
export const ADDITIONS_MARK = '⁂';

/**
 * The page's HTML with the additions placed inside its first `data-pagefind-body` element, in a
 * `hidden`, `aria-hidden` block: Pagefind indexes it and files the page under each entity filter;
 * browsers and screen readers never show it. Only the copy handed to Pagefind is changed.
 */
export function injectSearchAdditions(html: string, found: SearchAdditions): string {
  // A page may already file itself under an entity (<SearchMeta entities>); file it only once.
  const declared = new Set(
    [...html.matchAll(/data-pagefind-filter="entity\[data-value\]" data-value="([^"]*)"/g)].map((m) =>
      decodeHtml(m[1]!),
    ),
  );
  const additions = { ...found, entities: found.entities.filter((name) => !declared.has(name)) };
  if (additions.entities.length === 0 && additions.aliases.length === 0 && additions.numbers.length === 0)
    return html;
  const open = /<([a-z][a-z0-9-]*)\b[^>]*\sdata-pagefind-body(?=[\s=>/])[^>]*>/i.exec(html);
  if (!open) return html;
  const span = elementEnd(html, open.index, open[1]!);
  if (!span) return html;
  const filters = additions.entities
    .map((name) => `<span data-pagefind-filter="entity[data-value]" data-value="${escapeHtml(name)}"></span>`)
    .join('');
  // Worded to read sensibly should Pagefind's own excerpt ever show it (the search page cuts the
  // text at ADDITIONS_MARK and does not). Weighted
  // below printed text: a page that names an entity in passing should not outrank the entity's
  // own page (or a page that prints the searched spelling) just because its hidden list holds
  // several spellings of the name.
  // Spellings from the captures and names the archive adds for search are worded apart, so an
  // excerpt never passes off the archive's name as a source's spelling.
  const names = additions.aliases
    .map((group, i) => {
      const archive = additions.searchOnly?.[i] ?? [];
      const written = group.filter((n) => !archive.includes(n));
      return [
        written.length > 0
          ? `<p data-pagefind-weight="${ALIAS_WEIGHT}">Also written: ${written.map(escapeHtml).join(', ')}.</p>`
          : '',
        archive.length > 0
          ? `<p data-pagefind-weight="${ALIAS_WEIGHT}">Also searched as (names the archive adds): ${archive.map(escapeHtml).join(', ')}.</p>`
          : '',
      ].join('');
    })
    .join('');
  const numbers =
    additions.numbers.length > 0
      ? `<p data-pagefind-weight="${NUMBER_WEIGHT}">Figures also written: ${additions.numbers.map(escapeHtml).join(', ')}.</p>`
      : '';
  const map = formatAliasMap(additions);
  const mapMeta = map
    ? `<span data-pagefind-meta="aliases[data-value]" data-value="${escapeHtml(map)}"></span>`
    : '';
  const block = `<div hidden aria-hidden="true" data-search-additions>${filters}${mapMeta}<p>${ADDITIONS_MARK}</p>${names}${numbers}</div>`;
  return html.slice(0, span.innerEnd) + block + html.slice(span.innerEnd);
}

/**
 * The page's alias map as one Pagefind metadata string, `unprinted|names=printed|names;…`, so the
 * search page can tell the page a result leads to which printed names to mark when the reader
 * searched another one. Empty when the page prints every name it is found by.
 */
export function formatAliasMap(additions: SearchAdditions): string {
  const clean = (n: string): string => n.replace(/[|;=]/g, ' ').trim();
  return additions.aliases
    .map((unprinted, i) => [unprinted, additions.printed?.[i] ?? []] as const)
    .filter(([, printed]) => printed.length > 0)
    .map(([unprinted, printed]) => `${unprinted.map(clean).join('|')}=${printed.map(clean).join('|')}`)
    .join(';');
}

/**
 * The page's HTML without `id` attributes, for the copy handed to Pagefind. Pagefind stores every
 * element with an id as an anchor holding that element's whole text, and every paragraph here has
 * one (its link target), so each result fragment would carry the page's text twice. The search
 * page uses no anchors (sub-results), so the ids go; the files on disk keep them.
 */
export function stripIds(html: string): string {
  // Only tags with an id are rewritten (a sixth of a report page's 650 tags).
  return html.replace(/<[a-z][a-z0-9-]*\b[^>]*\sid=[^>]*>/gi, (tag) =>
    tag.replace(/\sid=(?:"[^"]*"|'[^']*'|[^\s>]+)/gi, ''),
  );
}

/**
 * The copy of a built page that Pagefind reads: its search-only additions (other names of the
 * entities it mentions, other number forms) inside its indexed body, and no element ids; `enriched`
 * when it got additions.
 */
export function copyForIndex(
  html: string,
  groups: readonly AliasGroup[],
): { content: string; enriched: boolean } {
  const enrichedHtml = injectSearchAdditions(html, findSearchAdditions(extractIndexedText(html), groups));
  return { content: stripIds(enrichedHtml), enriched: enrichedHtml !== html };
}
