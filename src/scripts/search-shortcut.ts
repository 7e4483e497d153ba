/**
 * Loaded on every page: `/` focuses the header search box (unless the reader is typing in a
 * field), and when the address carries `?highlight=` (a search result was followed) the searched
 * words are marked on the page. The marking code loads only then.
 */

/** Wires the `/` shortcut and, when asked for, marks the searched words. */
export function initSearchShortcut(): void {
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])')) return;
    // On the search page the main box is the one to use.
    const box =
      document.querySelector<HTMLInputElement>('#search-q') ??
      document.querySelector<HTMLInputElement>('#header-q');
    if (!box) return;
    event.preventDefault();
    box.focus();
    box.select();
  });
  // The first value holds the searched words; any more are names the page prints for an alias searched.
  const [words, ...names] = new URLSearchParams(window.location.search).getAll('highlight');
  if (words) void import('./search-highlight').then((m) => m.highlightSearchTerms(words, names));
}
