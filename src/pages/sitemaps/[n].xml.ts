/** The sitemap files listed by sitemap.xml once the site outgrows one file (none before). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chunkSitemap, renderSitemap } from '../../lib/sitemap';
import { getSitemapEntries } from '../../queries/linking';

export const getStaticPaths = (async () => {
  // How many files there are does not depend on the site's address, only on the pages.
  const chunks = chunkSitemap(await getSitemapEntries(undefined));
  return chunks.length === 1
    ? []
    : chunks.map((_, i) => ({ params: { n: String(i + 1) }, props: { index: i } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ index: number }> = async ({ props, site }) =>
  new Response(renderSitemap(chunkSitemap(await getSitemapEntries(site))[props.index]!), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
