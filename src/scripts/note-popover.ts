/**
 * Note markers shown in place: activating a marker in a report's text (click, tap, or Enter on the
 * focused link) opens its note, the source's outlet, date, locator and the passage the note quotes,
 * in a popover beside the marker (a sheet along the bottom on a phone, by CSS), instead of jumping
 * to the notes list. The popover is a copy of the note already in the page: nothing is fetched.
 * Focus moves into it and, when it closes (Escape, the Close button, a click elsewhere), back to
 * the marker. Without JavaScript or the Popover API the marker is the plain link to the note.
 */

const POPOVER_ID = 'note-popover';

/** The popover, made once: a dialog named by its heading, with a Close button. */
function createPopover(): {
  root: HTMLElement;
  body: HTMLElement;
  title: HTMLElement;
  toList: HTMLAnchorElement;
} {
  const root = document.createElement('div');
  root.id = POPOVER_ID;
  root.className = 'note-popover';
  root.popover = 'auto';
  root.setAttribute('role', 'dialog');
  root.setAttribute('aria-labelledby', `${POPOVER_ID}-title`);
  root.tabIndex = -1;
  const head = document.createElement('div');
  head.className = 'note-popover-head';
  const title = document.createElement('h2');
  title.id = `${POPOVER_ID}-title`;
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'note-popover-close';
  close.textContent = 'Close';
  close.addEventListener('click', () => root.hidePopover());
  head.append(title, close);
  const body = document.createElement('div');
  body.className = 'note-popover-body';
  const toList = document.createElement('a');
  toList.className = 'note-popover-list';
  // A real address from the start (the notes list), so the closed popover holds no link that leads
  // nowhere; opening a note points it at that note.
  toList.href = '#notes-heading';
  toList.textContent = 'The list of notes';
  root.append(head, body, toList);
  return { root, body, title, toList };
}

/** The note's content for the popover: its children, less the links back to the text, with no ids. */
function copyNote(note: HTMLElement): Node[] {
  const copy = note.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('.backrefs').forEach((el) => el.remove());
  copy.querySelectorAll('[id]').forEach((el) => el.removeAttribute('id'));
  return [...copy.childNodes];
}

/**
 * Places the popover under the marker (above it when there is no room below), inside the
 * viewport. Coordinates are the document's, so it scrolls with the text; a phone's sheet is placed
 * by CSS and ignores them. Set through the CSSOM, which the strict CSP allows (it forbids only
 * style attributes written in the markup).
 */
function place(root: HTMLElement, marker: HTMLElement): void {
  const at = marker.getBoundingClientRect();
  const box = root.getBoundingClientRect();
  const margin = 8;
  const left = Math.min(Math.max(margin, at.left), window.innerWidth - box.width - margin);
  const below = at.bottom + margin;
  const top =
    below + box.height > window.innerHeight && at.top - margin - box.height > 0
      ? at.top - margin - box.height
      : below;
  root.style.setProperty('--note-left', `${Math.round(left + window.scrollX)}px`);
  root.style.setProperty('--note-top', `${Math.round(top + window.scrollY)}px`);
}

/** Makes every note marker in the report's text open its note in place. */
export function initNotePopover(): void {
  if (!('popover' in HTMLElement.prototype)) return;
  const markers = document.querySelectorAll<HTMLAnchorElement>('.prose sup.cite a[data-cite]');
  if (markers.length === 0) return;
  const { root, body, title, toList } = createPopover();
  document.body.append(root);
  let opener: HTMLAnchorElement | undefined;
  // Following the link to the notes list closes the popover and leaves focus with the note there.
  toList.addEventListener('click', () => {
    opener = undefined;
    root.hidePopover();
  });

  // As it closes (Escape, Close, a click elsewhere), focus goes back to the marker, unless it was
  // already elsewhere. Done before it closes: a click on another marker opens the note again at once.
  root.addEventListener('beforetoggle', (event) => {
    if (event.newState !== 'closed') return;
    const active = document.activeElement;
    if (opener && (active === null || active === document.body || root.contains(active))) opener.focus();
    opener = undefined;
  });

  for (const marker of markers) {
    marker.addEventListener('click', (event) => {
      // A click meant to open a new tab or window keeps the link's own behaviour.
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const n = marker.dataset.cite!;
      const note = document.getElementById(`note-${n}`);
      if (!note) return;
      event.preventDefault();
      if (root.matches(':popover-open')) root.hidePopover();
      title.textContent = `Note ${n}`;
      body.replaceChildren(...copyNote(note));
      toList.href = `#note-${n}`;
      toList.textContent = `Note ${n} in the list of notes`;
      opener = marker;
      root.showPopover();
      place(root, marker);
      root.focus();
    });
  }
}
