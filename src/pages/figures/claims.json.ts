/**
 * /figures/claims.json: each claim id with the quantity it counts, `{ "<claim-id>": "<quantity-id>" }`.
 * The ledger's index fetches it only when opened at an old claim address, `/figures/#claim-<id>`,
 * to send the reader to the claim on its quantity's page (src/scripts/old-anchors.ts).
 */
import type { APIRoute } from 'astro';
import { getClaims } from '../../queries/investigation';

export const GET: APIRoute = async () => {
  const claims = [...(await getClaims())].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const index = Object.fromEntries(claims.map((c) => [c.id, c.data.quantity.id]));
  return new Response(`${JSON.stringify(index)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
