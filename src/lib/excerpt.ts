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
