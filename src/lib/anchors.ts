/**
 * Stable ids for the headings and paragraphs of a report, so a link to one passage keeps pointing
 * at it when earlier passages are edited. A paragraph's id is derived from its own words
 * (`p-` + a short hash of its normalised text), never from its position; an editor can also give
 * one by ending the paragraph with `{#my-id}`. Headings take a slug of their own text.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import { joinWordRuns } from './word-runs';

/** Text reduced to what identifies a passage: Unicode-normalised, lower case, single spaces, no punctuation. */
export function normaliseForId(text: string): string {
  return joinWordRuns(text.normalize('NFKC').toLowerCase());
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

/**
 * Reads an editor's own id from the end of a paragraph's, item's or heading's text (`… the last
 * sentence. {#kim-order}`). Returns the id and the text without it, or nothing when there is none.
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

/** The class of the link control added to each heading and paragraph. */
export const ANCHOR_CLASS = 'anchor-link';

const isElement = (node: unknown): node is Element => (node as Element | undefined)?.type === 'element';
const classesOf = (node: Element): string[] => {
  const value: unknown = node.properties?.className;
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(' ') : [];
};
const isList = (node: unknown): node is Element => isElement(node) && /^(ul|ol)$/.test(node.tagName);

/** The text of a node as readers read it, without citation markers or anchor controls. */
export function readableText(node: ElementContent | Root, replaced?: { node: Text; value: string }): string {
  if (node.type === 'text') return replaced?.node === node ? replaced.value : node.value;
  if (node.type !== 'element' && node.type !== 'root') return '';
  if (isElement(node) && (classesOf(node).includes('cite') || classesOf(node).includes(ANCHOR_CLASS)))
    return '';
  return node.children.map((child) => readableText(child as ElementContent, replaced)).join('');
}

/** Where a list item's control goes: into its last paragraph (a loose list), else the item itself. */
function lastParagraph(node: Element): Element {
  const last = node.children.filter(isElement).at(-1);
  return node.tagName === 'li' && last?.tagName === 'p' ? last : node;
}

// The symbol (¶ or #) is drawn by CSS from data-anchor, so it is not part of the text: copying a
// paragraph or collecting a heading's text (Astro's `headings`) does not pick it up.
function anchorControl(id: string, label: string, symbol: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: {
      className: [ANCHOR_CLASS],
      href: `#${id}`,
      ariaLabel: label,
      dataAnchor: symbol,
      dataPagefindIgnore: '',
    },
    children: [],
  };
}

/** One change `planAnchors` asks for; the plugins apply it to their own kind of tree. */
export interface AnchorEdit {
  /** An authored `{#id}` to strip: the text node and what remains of it. */
  strip?: { node: Text; rest: string };
  /** The id to give the heading, paragraph or item, and the control that links to it. */
  anchor?: {
    /** The heading, paragraph or list item. */
    node: Element;
    /** Its id, unique in the document. */
    id: string;
    /** Nodes to add: the link control (after a paragraph's words, a no-break space first). */
    control: ElementContent[];
    /** The element the control goes into. */
    parent: Element;
    /** The child of `parent` to put the control before (an item's nested list); else at the end. */
    before?: ElementContent;
  };
}

/**
 * Plans ids and "link to this paragraph/section" controls for a report's HTML tree, without
 * changing it: headings h2–h6, the report's own paragraphs and those quoted in a blockquote, and
 * list items get an id (an authored `{#id}` at their end, else one already given, else from their
 * words) and a plain `<a href="#id">` control. Citation numbers are left out of the words an id comes from.
 * Edits are in document order, so ids are allocated as a reader meets the passages.
 */
export function planAnchors(tree: Root): AnchorEdit[] {
  const allocate = createIdAllocator();
  const edits: AnchorEdit[] = [];
  const visitElement = (node: Element, parent: Root | Element): boolean => {
    const heading = /^h[2-6]$/.test(node.tagName);
    const paragraph = node.tagName === 'p' && (parent.type === 'root' || parent.tagName === 'blockquote');
    const item = node.tagName === 'li';
    if (!heading && !paragraph && !item) return true;
    let strip: AnchorEdit['strip'];
    const target = item ? lastParagraph(node) : node;
    const last = target.children.filter((c) => c.type !== 'text' || c.value.trim() !== '').at(-1);
    const parsed = last?.type === 'text' ? parseAuthoredId(last.value) : undefined;
    if (last?.type === 'text' && parsed) strip = { node: last, rest: parsed.rest };
    // A list item is known by its own words, not those of the list nested in it.
    const own: Element = item ? { ...node, children: node.children.filter((c) => !isList(c)) } : node;
    const text = readableText(own, strip && { node: strip.node, value: strip.rest }).trim();
    if (text === '') {
      if (strip) edits.push({ strip });
      return false;
    }
    const given = typeof node.properties.id === 'string' ? node.properties.id : undefined;
    const authored = strip ? parseAuthoredId(strip.node.value)!.id : undefined;
    const id = allocate(authored ?? given ?? (heading ? headingId(text) : paragraphId(text)));
    let anchor: AnchorEdit['anchor'];
    if (heading)
      anchor = { node, id, control: [anchorControl(id, `Link to the section “${text}”`, '#')], parent: node };
    else {
      // After a paragraph, a no-break space keeps the control on the line of its last word.
      const control: ElementContent[] = [
        { type: 'text', value: '\u00a0' },
        anchorControl(id, item ? 'Link to this item' : 'Link to this paragraph', '¶'),
      ];
      const nested = item ? node.children.find(isList) : undefined;
      anchor = nested
        ? { node, id, control, parent: node, before: nested }
        : { node, id, control, parent: lastParagraph(node) };
    }
    edits.push({ ...(strip ? { strip } : {}), anchor });
    // A list item's nested lists get their own ids; nothing else inside needs one.
    return item;
  };
  const walk = (node: Root | Element) => {
    for (const child of node.children) {
      if (isElement(child) && visitElement(child, node)) walk(child);
    }
  };
  walk(tree);
  return edits;
}

/**
 * The ids a report page gives its own parts (src/layouts/BaseLayout.astro,
 * src/pages/reports/[slug].astro and the components it uses), each with what it is, for messages. A heading or paragraph of the
 * report that took one would make a link to either land on the first of them.
 */
const PAGE_IDS: Readonly<Record<string, string>> = {
  main: 'its main content',
  'header-q': 'the search box in the header',
  'topics-heading': 'the heading of the topics list',
  'sources-heading': 'the heading of the sources list',
  'notes-heading': 'the heading of the notes',
  corrections: 'the corrections log',
  'corrections-heading': 'the heading of the corrections log',
  cite: 'the "Cite this report" box',
  'cite-heading': 'the heading of the "Cite this report" box',
};

/** What the report page uses an id for, when it uses it; nothing for an id the report may take. */
export function pageIdUse(id: string): string | undefined {
  if (Object.hasOwn(PAGE_IDS, id)) return PAGE_IDS[id];
  const note = /^note-(\d+)$/.exec(id);
  if (note) return `note ${note[1]} in the Notes`;
  const cite = /^cite-(\d+)(?:-(\d+))?$/.exec(id);
  if (cite) return `citation marker ${cite[2] ?? 1} of note ${cite[1]}`;
  if (/^citation-[a-z]+$/.test(id) || /^cite-[a-z]+-label$/.test(id))
    return 'a citation format in the "Cite this report" box';
  return undefined;
}

// Every word the page's own ids are made of: a heading without one of them cannot take one.
const PAGE_ID_WORDS = /note|cite|citation|main|header|topics|sources|corrections/;
// A heading line, also inside a block quotation or a list item; or a setext underline.
const HEADING_LINE = /^[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+[ \t>]*)*#{1,6}(?:[ \t]|$)/;
const SETEXT_UNDERLINE = /^[ \t>]*(?:=+|-+)[ \t]*$/;

/**
 * Whether a report's Markdown could hold what `findIdProblems` finds, read from the source
 * without parsing it: a `{#` (or a character reference, which could spell one), a setext heading,
 * or a heading line that holds a word of the page's own ids (or an escape or character reference,
 * which could spell one). Building the HTML tree the check reads would be the costliest step of
 * the content check, so it runs only on the reports for which this says yes; a test holds this to
 * every case the check finds.
 */
export function mayHaveIdProblems(markdown: string): boolean {
  if (markdown.includes('{#') || /&(?:#|lbrace|lcub)/i.test(markdown)) return true;
  const lines = markdown.split('\n');
  return lines.some((line, i) => {
    // An underline after a line of text makes that text a heading (after a blank line, `---` is a rule).
    if (SETEXT_UNDERLINE.test(line) && i > 0 && lines[i - 1]!.trim() !== '') return true;
    if (!HEADING_LINE.test(line)) return false;
    return /[&\\]/.test(line) || PAGE_ID_WORDS.test(line.normalize('NFKC').toLowerCase());
  });
}

/** The text nodes of an element a reader reads, outside code (where `{#…}` may be shown as code). */
function proseTexts(node: Element): Text[] {
  return node.children.flatMap((child) =>
    child.type === 'text'
      ? [child]
      : isElement(child) && child.tagName !== 'code' && !isList(child)
        ? proseTexts(child)
        : [],
  );
}

/** What is wrong with a `{#…}` left in a passage's text, which would be shown as written. */
function malformedIdProblem(text: string): string | undefined {
  const at = text.indexOf('{#');
  if (at === -1) return undefined;
  const written = /^\{#[^}\n]{0,40}\}?/.exec(text.slice(at))![0];
  if (!written.endsWith('}'))
    return `'${written}' is an id left open, which would be shown as text; close it, '{#my-id}', at the end of the paragraph or heading`;
  const id = written.slice(2, -1);
  if (!/^[a-z][a-z0-9-]*$/.test(id))
    return `'${written}' is not an id, and would be shown as text: an id is a lower-case letter, then lower-case letters, digits or hyphens ('{#my-id}')`;
  return `'${written}' is not at the end of its paragraph or heading, so it would be shown as text; move it to the very end, after the last citation`;
}

/** One problem with a report's ids: the passage it is in, and what is wrong. */
export interface IdProblem {
  node: Element;
  problem: string;
}

/**
 * What would break a report's ids, which `planAnchors` would otherwise apply without a word: a
 * heading, paragraph or list item whose id (from its words, or authored) is one the page gives
 * its own parts (`## Note 1` takes `note-1`, so citation [1] would jump to the heading), and a
 * `{#…}` that is not a well-formed id at the end of its passage (shown to readers as written).
 */
export function findIdProblems(tree: Root): IdProblem[] {
  const problems: IdProblem[] = [];
  for (const { anchor, strip } of planAnchors(tree)) {
    if (!anchor) continue;
    const { node, id } = anchor;
    const heading = /^h[2-6]$/.test(node.tagName);
    const kind = heading ? 'heading' : node.tagName === 'li' ? 'list item' : 'paragraph';
    const use = pageIdUse(id);
    if (use) {
      const text = readableText(node, strip && { node: strip.node, value: strip.rest }).trim();
      const fix = strip
        ? `give it another id than '{#${id}}'`
        : heading
          ? `reword the heading, or give it an id of its own at its end ('${text} {#my-id}')`
          : `give it an id of its own at its end ('{#my-id}')`;
      problems.push({
        node,
        problem: `the ${kind} '${text.slice(0, 60)}' gets the id '${id}', which the page gives ${use}, so a link to one would land on the other; ${fix}`,
      });
    }
    for (const text of proseTexts(node)) {
      const problem = malformedIdProblem(text === strip?.node ? strip.rest : text.value);
      if (problem) {
        problems.push({ node, problem });
        break;
      }
    }
  }
  return problems;
}
