/**
 * What search adds to a page before Pagefind indexes it, so a reader finds the page whichever
 * name, spelling, script or number form they type: the other names of every entity the page
 * mentions, and numbers with and without thousands separators. Pure functions, no fs.
 */

/** An entity's names as the search needs them: the display name and every alias. */
export interface AliasGroup {
  /** The entity id (its file name in content/entities/). */
  id: string;
  /** The name the archive displays; used as the value of the `entity` search filter. */
  name: string;
  /** Every form the page may use or the reader may type: the name first, then the aliases. */
  names: string[];
}

/** The search-only additions for one page. */
export interface SearchAdditions {
  /** Display names of the entities the page mentions under any of their names, sorted. */
  entities: string[];
  /** Per mentioned entity, the names the page does not print, to index with it but never show. */
  aliases: string[][];
  /** Per entry of `aliases`, the names of that entity the page does print (what to mark when a reader searched an alias). */
  printed?: string[][];
  /** Numbers the page prints, in the form it does not use (`332000` for `332,000`). */
  numbers: string[];
}

/**
 * Folds text for name matching: Unicode NFKC, lower case, apostrophes dropped, and every run of
 * hyphens, dashes, punctuation and spaces turned into one space, so `Kim Jong-un` and
 * `kim jong un` fold alike.
 */
export function foldForMatch(text: string): string {
  return ` ${text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2019'`ʼ]/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

/** Like foldForMatch but keeping hyphens: how a name is printed, give or take case and punctuation. */
function foldLightly(text: string): string {
  return ` ${text.normalize('NFKC').toLowerCase().replace(/[\u2019'`ʼ]/gu, '').replace(/[^\p{L}\p{N}-]+/gu, ' ').trim()} `;
}

/** Builds alias groups from entity records (as read from content/entities), skipping entries without a usable name. */
export function buildAliasGroups(entities: { id: string; data: Record<string, unknown> }[]): AliasGroup[] {
  const groups: AliasGroup[] = [];
  for (const { id, data } of entities) {
    const name = typeof data.name === 'string' ? data.name.trim() : '';
    if (!name) continue;
    const aliases = Array.isArray(data.aliases) ? data.aliases.filter((a): a is string => typeof a === 'string') : [];
    const names = [...new Set([name, ...aliases.map((a) => a.trim())].filter((n) => foldForMatch(n).trim().length > 0))];
    groups.push({ id, name, names });
  }
  return groups;
}

// Names fold the same way on every page: folded once per build, with their first word.
const foldedNames = new Map<string, { folded: string; first: string }>();
const foldName = (name: string): { folded: string; first: string } => {
  let entry = foldedNames.get(name);
  if (entry === undefined) {
    const folded = foldForMatch(name);
    foldedNames.set(name, (entry = { folded, first: folded.trim().split(' ')[0]! }));
  }
  return entry;
};

/** True when the folded page text holds the name as whole words. */
export function mentions(foldedText: string, name: string): boolean {
  const { folded } = foldName(name);
  return folded.trim().length > 0 && foldedText.includes(folded);
}

/**
 * `mentions` for many names over one page: a name whose first word the page never uses is ruled
 * out by a set lookup, so only the few names that may be there are searched for (1,500 names
 * searched in every page cost 4 ms a report page at 10,000 reports).
 */
function mentionsAny(foldedText: string, words: ReadonlySet<string>, names: readonly string[]): boolean {
  return names.some((name) => {
    const { folded, first } = foldName(name);
    return first.length > 0 && words.has(first) && foldedText.includes(folded);
  });
}

/**
 * Numbers written with thousands separators (`332,000`, `1 000`) and without (`332000`), each in
 * the form the text does not use, so a reader finds the page typing either. Years and other
 * numbers under 10,000 written without a separator are left alone.
 */
export function numberVariants(text: string): string[] {
  const out = new Set<string>();
  for (const match of text.matchAll(/(?<![\p{L}\p{N}.,])\d{1,3}(?:[,\u00a0\u202f ]\d{3})+(?![\p{N}]|[.,]\d)/gu)) {
    out.add(match[0].replace(/[,\u00a0\u202f ]/g, ''));
  }
  for (const match of text.matchAll(/(?<![\p{L}\p{N}.,])\d{5,}(?![\p{L}\p{N}]|[.,]\d)/gu)) {
    out.add(match[0].replace(/\B(?=(\d{3})+(?!\d))/g, ','));
  }
  return [...out].sort();
}

/** What to add to a page whose visible, indexed text is `text`: mentioned entities and their other names, other number forms. */
export function findSearchAdditions(text: string, groups: AliasGroup[]): SearchAdditions {
  const folded = foldForMatch(text);
  const plain = foldLightly(text);
  const entities = new Set<string>();
  const aliases: string[][] = [];
  const printed: string[][] = [];
  const words = new Set(folded.trim().split(' '));
  for (const group of groups) {
    if (!mentionsAny(folded, words, group.names)) continue;
    entities.add(group.name);
    // Add every name the page does not print as such; hyphen and spacing variants too, since
    // the reader may type either form and the index sees them as different words.
    const unprinted = group.names.filter((n) => !plain.includes(foldLightly(n)));
    if (unprinted.length === 0) continue;
    aliases.push(unprinted);
    printed.push(group.names.filter((n) => !unprinted.includes(n)));
  }
  return { entities: [...entities].sort(), aliases, printed, numbers: numberVariants(text) };
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Escapes text for an HTML attribute or element. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Where an element starts and ends in an HTML string, found by counting nested tags of its name. */
function elementEnd(html: string, start: number, tag: string): { innerEnd: number; end: number } | undefined {
  const pattern = new RegExp(`<(/?)${tag}(?=[\\s>/])[^>]*>`, 'gi');
  pattern.lastIndex = start;
  let depth = 0;
  for (let m = pattern.exec(html); m; m = pattern.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return { innerEnd: m.index, end: m.index + m[0].length };
  }
  return undefined;
}

/** Removes every element carrying the attribute (with its content) from an HTML string. */
function removeElementsWith(html: string, attribute: string): string {
  let out = html;
  const open = new RegExp(`<([a-z][a-z0-9-]*)\\b[^>]*\\s${attribute}(?=[\\s=>/])[^>]*>`, 'i');
  for (let m = open.exec(out); m; m = open.exec(out)) {
    const span = elementEnd(out, m.index, m[1]!);
    out = out.slice(0, m.index) + out.slice(span ? span.end : m.index + m[0].length);
  }
  return out;
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
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: '\u00a0' })[e]!)
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)));
}

/**
 * How much a name the page does not print counts, against 1 for the page's own text (Pagefind
 * counts weights quadratically: 0.7 is about half). Low enough that a page naming an entity in
 * passing no longer outranks the entity's own page ("Zelensky"), high enough that the excerpt of
 * a page found only by an unprinted name still shows that name (0.5 lost it). See docs/search.md.
 */
export const ALIAS_WEIGHT = 0.7;

/**
 * The page's HTML with the additions placed inside its first `data-pagefind-body` element, in a
 * `hidden`, `aria-hidden` block: Pagefind indexes it and files the page under each entity filter;
 * browsers and screen readers never show it. Only the copy handed to Pagefind is changed.
 */
export function injectSearchAdditions(html: string, found: SearchAdditions): string {
  // A page may already file itself under an entity (<SearchMeta entities>); file it only once.
  const declared = new Set([...html.matchAll(/data-pagefind-filter="entity\[data-value\]" data-value="([^"]*)"/g)].map((m) => decodeHtml(m[1]!)));
  const additions = { ...found, entities: found.entities.filter((name) => !declared.has(name)) };
  if (additions.entities.length === 0 && additions.aliases.length === 0 && additions.numbers.length === 0) return html;
  const open = /<([a-z][a-z0-9-]*)\b[^>]*\sdata-pagefind-body(?=[\s=>/])[^>]*>/i.exec(html);
  if (!open) return html;
  const span = elementEnd(html, open.index, open[1]!);
  if (!span) return html;
  const filters = additions.entities
    .map((name) => `<span data-pagefind-filter="entity[data-value]" data-value="${escapeHtml(name)}"></span>`)
    .join('');
  // Worded so that an excerpt drawn from here still reads sensibly in the results list. Weighted
  // below printed text: a page that names an entity in passing should not outrank the entity's
  // own page (or a page that prints the searched spelling) just because its hidden list holds
  // several spellings of the name.
  const names = additions.aliases.map((group) => `<p data-pagefind-weight="${ALIAS_WEIGHT}">Also written: ${group.map(escapeHtml).join(', ')}.</p>`).join('');
  const numbers = additions.numbers.length > 0 ? `<p>Figures also written: ${additions.numbers.map(escapeHtml).join(', ')}.</p>` : '';
  const map = formatAliasMap(additions);
  const mapMeta = map ? `<span data-pagefind-meta="aliases[data-value]" data-value="${escapeHtml(map)}"></span>` : '';
  const block = `<div hidden aria-hidden="true" data-search-additions>${filters}${mapMeta}${names}${numbers}</div>`;
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
  return html.replace(/<[a-z][a-z0-9-]*\b[^>]*>/gi, (tag) => tag.replace(/\sid=(?:"[^"]*"|'[^']*'|[^\s>]+)/gi, ''));
}

/**
 * The copy of a built page that Pagefind reads: its search-only additions (other names of the
 * entities it mentions, other number forms) inside its indexed body, and no element ids; `enriched`
 * when it got additions.
 */
export function copyForIndex(html: string, groups: AliasGroup[]): { content: string; enriched: boolean } {
  const enrichedHtml = injectSearchAdditions(html, findSearchAdditions(extractIndexedText(html), groups));
  return { content: stripIds(enrichedHtml), enriched: enrichedHtml !== html };
}
