/**
 * Old claim addresses, a progressive enhancement on the figures ledger's index: the ledger once
 * listed every claim on /figures/, so links elsewhere may read `/figures/#claim-<id>`. Each claim
 * now lives on its quantity's page; when the index is opened at such an address, this fetches the
 * small claim-to-quantity file (only then) and goes to the claim's page. Without JavaScript, or for
 * an unknown claim, the reader stays on the index, which links every quantity. Quantity addresses
 * (`/figures/#<quantity>`) land on the quantity's entry on the index and need nothing.
 */
const root = document.querySelector<HTMLElement>('[data-claim-index]');

const follow = async () => {
  const id = decodeURIComponent(location.hash.slice(1));
  if (!root || !id.startsWith('claim-')) return;
  const response = await fetch(root.dataset.claimIndex!);
  if (!response.ok) return;
  const quantities = (await response.json()) as Record<string, string>;
  const quantity = Object.hasOwn(quantities, id.slice('claim-'.length)) ? quantities[id.slice('claim-'.length)] : undefined;
  // The quantity page's address is built like paths.quantity in src/lib/urls.ts, under the same base as the file.
  if (quantity) location.replace(new URL(`${encodeURIComponent(quantity)}/#${encodeURIComponent(id)}`, new URL('./', new URL(root.dataset.claimIndex!, location.href))).href);
};

void follow();
window.addEventListener('hashchange', () => void follow());
