/** One watch feed per outlet the sources name, in Atom and JSON Feed: new reports citing its sources, and their corrections. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { WATCH_FEED_FORMATS, type WatchFeedFormat } from '../../../lib/urls';
import { getOutlets, getWatchFeed, writeWatchFeed } from '../../../queries/watch';

const formats = Object.entries(WATCH_FEED_FORMATS) as [WatchFeedFormat, string][];

export const getStaticPaths = (async () =>
  (await getOutlets()).flatMap((outlet) =>
    formats.map(([format, ext]) => ({
      params: { file: `${outlet.slug}.${ext}` },
      props: { slug: outlet.slug, format },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ slug: string; format: WatchFeedFormat }> = async ({ props, site }) =>
  writeWatchFeed(await getWatchFeed({ kind: 'outlet', slug: props.slug }, site), props.format);
