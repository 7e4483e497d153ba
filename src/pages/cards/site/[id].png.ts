/** The social card of pages without one of their own (home, lists, search). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { renderCard } from '../../../build/social-card';
import { siteCard } from '../../../queries/linking';

export const getStaticPaths = (() => [{ params: { id: 'default' } }]) satisfies GetStaticPaths;

export const GET: APIRoute = async () =>
  new Response(new Uint8Array(await renderCard(siteCard)), { headers: { 'Content-Type': 'image/png' } });
