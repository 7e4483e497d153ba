/**
 * Old anchor addresses, a progressive enhancement on the index of a split page. The figures ledger
 * once listed every claim on /figures/ and the timeline every event on /timeline/, so links
 * elsewhere may read `/figures/#claim-<id>` or `/timeline/#event-<id>`. Each claim now lives on its
 * quantity's page and each event on a page of its year; a year's pages are cut by size, so an event
 * can move between them as the year grows, so the year pages run this too. When a page is opened
 * at such an anchor that it does not hold, this fetches a small file mapping each id to its page
 * (`data-old-anchors`; only then) and goes to `<page>/#<anchor>` beside that file. Without
 * JavaScript, or for an unknown id, the reader stays where they are: the index links every page,
 * a year page every page of its year.
 */
import { fragmentId } from '../lib/fragment';

const root = document.querySelector<HTMLElement>('[data-old-anchors]');

const follow = async () => {
  if (!root) return;
  const prefix = root.dataset.anchorPrefix!;
  const anchor = fragmentId(location.hash);
  if (!anchor) return;
  // An anchor this page holds needs nothing; one it does not (an old address, or an event that a
  // longer year has moved to another of its pages) is looked up.
  if (!anchor.startsWith(prefix) || document.getElementById(anchor)) return;
  const file = new URL(root.dataset.oldAnchors!, location.href);
  const response = await fetch(file);
  if (!response.ok) return;
  const pages = (await response.json()) as Record<string, string | number>;
  const id = anchor.slice(prefix.length);
  if (!Object.hasOwn(pages, id)) return;
  // The page's address is built as paths.quantity / paths.timelineYear build it (`<quantity>`, `<year>` or
  // `<year>/<part>`), under the file's folder (and so the base path).
  const page = String(pages[id]).split('/').map(encodeURIComponent).join('/');
  location.replace(new URL(`${page}/#${encodeURIComponent(anchor)}`, new URL('./', file)).href);
};

void follow();
window.addEventListener('hashchange', () => void follow());
