/** robots.txt: crawl everything but search results, and find the sitemap. */
import type { APIRoute } from 'astro';
import { link } from '../config/site';
import { renderRobots } from '../lib/sitemap';
import { linkPaths, paths } from '../lib/urls';
import { absolute } from '../queries/linking';

export const GET: APIRoute = ({ site }) =>
  new Response(renderRobots(absolute(linkPaths.sitemap(), site), link(paths.search())), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
