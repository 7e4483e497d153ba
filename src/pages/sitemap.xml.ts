/**
 * sitemap.xml: every page, with the day it last changed where known. Past 50,000 URLs it becomes
 * a sitemap index of /sitemaps/1.xml, /sitemaps/2.xml, … (src/pages/sitemaps/[n].xml.ts).
 */
import type { APIRoute } from 'astro';
import { chunkSitemap, renderSitemap, renderSitemapIndex } from '../lib/sitemap';
import { linkPaths } from '../lib/urls';
import { absolute, getSitemapEntries } from '../queries/linking';

export const GET: APIRoute = async ({ site }) => {
  const chunks = chunkSitemap(await getSitemapEntries(site));
  const newest = (chunk: { lastmod?: Date | undefined }[]) => {
    const times = chunk.flatMap((e) => (e.lastmod ? [e.lastmod.getTime()] : []));
    return times.length > 0 ? new Date(Math.max(...times)) : undefined;
  };
  const body =
    chunks.length === 1
      ? renderSitemap(chunks[0]!)
      : renderSitemapIndex(
          chunks.map((c, i) => ({ url: absolute(linkPaths.sitemapPart(i + 1), site), lastmod: newest(c) })),
        );
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
