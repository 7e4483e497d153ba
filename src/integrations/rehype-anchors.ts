/**
 * Rehype plugin: gives every heading and paragraph of a report a stable id (see src/lib/anchors.ts)
 * and a "link to this paragraph/section" control: a plain `<a href="#id">` that works without
 * JavaScript. Citation numbers are left out of the text an id is derived from, since they change
 * when an earlier paragraph gains a citation.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import { visit, SKIP } from 'unist-util-visit';
import { createIdAllocator, headingId, paragraphId, parseAuthoredId } from '../lib/anchors';

/** The class of the link control added to each heading and paragraph. */
export const ANCHOR_CLASS = 'anchor-link';

const isElement = (node: unknown): node is Element => (node as Element | undefined)?.type === 'element';
const classesOf = (node: Element): string[] => {
  const value: unknown = node.properties?.className;
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(' ') : [];
};

/** The text of a node as readers read it, without citation markers. */
export function readableText(node: ElementContent | Root): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' && node.type !== 'root') return '';
  if (isElement(node) && (classesOf(node).includes('cite') || classesOf(node).includes(ANCHOR_CLASS))) return '';
  return node.children.map((child) => readableText(child as ElementContent)).join('');
}

/** Strips an authored `{#id}` from the end of a paragraph or list item and returns it. */
function takeAuthoredId(paragraph: Element): string | undefined {
  const last = paragraph.children.filter((c) => c.type !== 'text' || c.value.trim() !== '').at(-1);
  if (last?.type !== 'text') return undefined;
  const parsed = parseAuthoredId(last.value);
  if (!parsed) return undefined;
  (last as Text).value = parsed.rest;
  return parsed.id;
}

// The symbol (¶ or #) is drawn by CSS from data-anchor, so it is not part of the text: copying a
// paragraph or collecting a heading's text (Astro's `headings`) does not pick it up.
/** Where a list item's control goes: into its last paragraph (a loose list), else the item itself. */
function lastParagraph(node: Element): Element {
  const last = node.children.filter(isElement).at(-1);
  return node.tagName === 'li' && last?.tagName === 'p' ? last : node;
}

/** Puts a paragraph's or item's control after its words: before a nested list, inside a last paragraph. */
function insertControl(node: Element, control: ElementContent[]): void {
  const nested = node.children.findIndex((c) => isElement(c) && /^(ul|ol)$/.test(c.tagName));
  if (node.tagName === 'li' && nested !== -1) node.children.splice(nested, 0, ...control);
  else lastParagraph(node).children.push(...control);
}

function anchor(id: string, label: string, symbol: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { className: [ANCHOR_CLASS], href: `#${id}`, ariaLabel: label, dataAnchor: symbol, dataPagefindIgnore: '' },
    children: [],
  };
}

export function rehypeAnchors() {
  return (tree: Root) => {
    const allocate = createIdAllocator();
    visit(tree, 'element', (node: Element, _index, parent) => {
      const heading = /^h[2-6]$/.test(node.tagName);
      // The report's own paragraphs, paragraphs quoted in a blockquote, and list items.
      const paragraph = node.tagName === 'p' && (parent?.type === 'root' || (isElement(parent) && parent.tagName === 'blockquote'));
      const item = node.tagName === 'li';
      if (!heading && !paragraph && !item) return undefined;
      const authored = heading ? undefined : takeAuthoredId(item ? lastParagraph(node) : node);
      // A list item is known by its own words, not those of the list nested in it.
      const own = item ? { ...node, children: node.children.filter((c) => !(isElement(c) && /^(ul|ol)$/.test(c.tagName))) } : node;
      const text = readableText(own).trim();
      if (text === '') return SKIP;
      const given = typeof node.properties.id === 'string' ? node.properties.id : undefined;
      const id = allocate(authored ?? given ?? (heading ? headingId(text) : paragraphId(text)));
      node.properties.id = id;
      // After a paragraph, a no-break space keeps the control on the line of its last word.
      if (heading) node.children.push(anchor(id, `Link to the section “${text}”`, '#'));
      else insertControl(node, [{ type: 'text', value: '\u00a0' }, anchor(id, item ? 'Link to this item' : 'Link to this paragraph', '¶')]);
      // A list item's nested lists get their own ids; nothing else inside needs one.
      return item ? undefined : SKIP;
    });
  };
}
