/** sitemap.xml: every page, with the day it last changed where known. */
import type { APIRoute } from 'astro';
import { renderSitemap } from '../lib/sitemap';
import { getSitemapEntries } from '../queries/linking';

export const GET: APIRoute = async ({ site }) =>
  new Response(renderSitemap(await getSitemapEntries(site)), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
