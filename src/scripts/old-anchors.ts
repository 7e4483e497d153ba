/**
 * Old anchor addresses, a progressive enhancement on the index of a split page. The figures ledger
 * once listed every claim on /figures/ and the timeline every event on /timeline/, so links
 * elsewhere may read `/figures/#claim-<id>` or `/timeline/#event-<id>`. Each claim now lives on its
 * quantity's page and each event on its year's page. When the index is opened at such an address,
 * this fetches a small file mapping each id to its page (`data-old-anchors`; only then) and goes to
 * `<page>/#<anchor>` beside that file. Without JavaScript, or for an unknown id, the reader stays
 * on the index, which links every page.
 */
const root = document.querySelector<HTMLElement>('[data-old-anchors]');

const follow = async () => {
  if (!root) return;
  const prefix = root.dataset.anchorPrefix!;
  const anchor = decodeURIComponent(location.hash.slice(1));
  if (!anchor.startsWith(prefix)) return;
  const file = new URL(root.dataset.oldAnchors!, location.href);
  const response = await fetch(file);
  if (!response.ok) return;
  const pages = (await response.json()) as Record<string, string | number>;
  const id = anchor.slice(prefix.length);
  if (!Object.hasOwn(pages, id)) return;
  // The page's address is built as paths.quantity / paths.timelineYear build it, under the file's folder (and so the base path).
  location.replace(new URL(`${encodeURIComponent(String(pages[id]))}/#${encodeURIComponent(anchor)}`, new URL('./', file)).href);
};

void follow();
window.addEventListener('hashchange', () => void follow());
