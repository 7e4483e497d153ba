/**
 * Small enhancements for reading pages; everything works without them. Clicking a paragraph's ¶
 * link also copies its address; the citations get the reader's access date, follow the paragraph
 * the address points at, cite the address on the host the reader is on (a local build, a mirror)
 * rather than the configured public one, and gain Copy buttons.
 */
import { formatAccessDate, type CitationStyle } from '../lib/access-date';
import { fragmentId } from '../lib/fragment';
import { addressForReader } from '../lib/urls';

const announce = (status: HTMLElement | null, message: string): void => {
  if (status) status.textContent = message;
};

/** Copies paragraph and section links as they are followed. */
function enhanceAnchors(status: HTMLElement | null): void {
  if (!navigator.clipboard) return;
  for (const anchor of document.querySelectorAll<HTMLAnchorElement>('.prose a.anchor-link')) {
    anchor.addEventListener('click', () => {
      navigator.clipboard.writeText(anchor.href).then(
        () => announce(status, 'Link to this paragraph copied.'),
        () => announce(status, 'Could not copy; the address bar now holds the link.'),
      );
    });
  }
}

/** Writes the reader's date into the citations and scopes them to the linked paragraph. */
function enhanceCitations(box: HTMLElement): void {
  const now = new Date();
  const today = { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
  for (const span of box.querySelectorAll<HTMLElement>('.access-date')) {
    span.textContent = formatAccessDate(span.dataset.style as CitationStyle, today);
    span.classList.add('filled');
  }
  const access = box.querySelector<HTMLElement>('[data-cite-access]');
  if (access) access.textContent = 'The access date is today’s date on your device.';

  // The citations as built name the configured public address; MLA gives it without the scheme.
  const url = box.dataset.citeUrl!;
  const bare = url.replace(/^https?:\/\//, '');
  const here = addressForReader(url, import.meta.env.SITE!, window.location.origin);
  const hereBare = here.replace(/^https?:\/\//, '');
  const textNodes = [...box.querySelectorAll<HTMLElement>('.citation')].flatMap((el) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const nodes: { node: Text; original: string }[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode())
      nodes.push({ node: n as Text, original: n.nodeValue ?? '' });
    return nodes;
  });
  const scope = box.querySelector<HTMLElement>('[data-cite-scope]')!;
  const wholeReport = scope.textContent ?? '';
  const heading = box.querySelector<HTMLElement>('#cite-heading')!;
  const follow = (): void => {
    const id = fragmentId(window.location.hash);
    const target = id ? document.getElementById(id) : null;
    const passage = target?.closest('.prose') && /^(P|LI|H[2-6])$/.test(target.tagName) ? target : null;
    const suffix = passage ? `#${passage.id}` : '';
    for (const { node, original } of textNodes)
      node.nodeValue = original
        .split(url)
        .join(here + suffix)
        .split(bare + '.')
        .join(`${hereBare}${suffix}.`);
    heading.textContent = passage
      ? /^H/.test(passage.tagName)
        ? 'Cite this section'
        : 'Cite this paragraph'
      : 'Cite this report';
    if (passage) {
      const words = (passage.textContent ?? '')
        .replace(/[¶#]\s*$/, '')
        .trim()
        .split(/\s+/)
        .slice(0, 8)
        .join(' ');
      scope.replaceChildren(
        'These cite the passage that begins “',
        Object.assign(document.createElement('a'), { href: suffix, textContent: `${words}…` }),
        '”. ',
        Object.assign(document.createElement('a'), {
          href: '#cite',
          textContent: 'Cite the whole report instead',
        }),
        '.',
      );
    } else scope.textContent = wholeReport;
  };
  follow();
  window.addEventListener('hashchange', follow);

  if (!navigator.clipboard) return;
  const status = box.querySelector<HTMLElement>('[data-cite-status]');
  for (const button of box.querySelectorAll<HTMLButtonElement>('.copy-citation')) {
    button.hidden = false;
    button.addEventListener('click', () => {
      const text = document.getElementById(button.dataset.target!)?.textContent ?? '';
      navigator.clipboard.writeText(text).then(
        () =>
          announce(
            status,
            `${button.textContent?.replace(/ citation$/, '').replace(/^Copy /, '')} citation copied.`,
          ),
        () => announce(status, 'Could not copy; select the citation instead.'),
      );
    });
  }
}

/** Wires up every enhancement present on the page. */
export function initReading(): void {
  const box = document.querySelector<HTMLElement>('.cite-box');
  enhanceAnchors(document.querySelector<HTMLElement>('[data-anchor-status]'));
  if (box) enhanceCitations(box);
}
