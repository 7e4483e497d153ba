/**
 * Marks the words a reader searched for on the page a search result led to, and scrolls to the
 * first. Only text inside the page's indexed content is marked; nothing is parsed as markup.
 */
import { buildHighlightPattern, highlightTerms } from '../lib/search';

/** Wraps every match of the searched words (and of the printed names given) in `<mark class="search-hit">` and brings the first into view. */
export function highlightSearchTerms(query: string, names: readonly string[] = []): void {
  const pattern = buildHighlightPattern(highlightTerms(query), names.slice(0, 10));
  const roots = [...document.querySelectorAll<HTMLElement>('[data-pagefind-body]')];
  if (!pattern || roots.length === 0) return;
  const marks: HTMLElement[] = [];
  for (const root of roots) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) =>
        node.parentElement?.closest('script, style, mark, [hidden], [data-pagefind-ignore], .visually-hidden')
          ? NodeFilter.FILTER_REJECT
          : NodeFilter.FILTER_ACCEPT,
    });
    const nodes: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
    for (const node of nodes) {
      const text = node.data;
      const found = [...text.matchAll(pattern)];
      if (found.length === 0) continue;
      const pieces: Node[] = [];
      let last = 0;
      for (const m of found) {
        if (m.index > last) pieces.push(document.createTextNode(text.slice(last, m.index)));
        const mark = document.createElement('mark');
        mark.className = 'search-hit';
        mark.textContent = m[0];
        pieces.push(mark);
        marks.push(mark);
        last = m.index + m[0].length;
      }
      if (last < text.length) pieces.push(document.createTextNode(text.slice(last)));
      node.replaceWith(...pieces);
    }
  }
  // Scroll to the first match in the body text, not in the headline the reader just clicked.
  const first = marks.find((m) => !m.closest('h1')) ?? marks[0];
  first?.scrollIntoView({ block: 'center' });
}
