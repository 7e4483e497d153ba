/** One watch feed per quantity of the figures ledger, in Atom and JSON Feed: new reports citing its claims, and their corrections. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { WATCH_FEED_FORMATS, type WatchFeedFormat } from '../../../lib/urls';
import { getQuantities } from '../../../queries/investigation';
import { getWatchFeed, writeWatchFeed } from '../../../queries/watch';

const formats = Object.entries(WATCH_FEED_FORMATS) as [WatchFeedFormat, string][];

export const getStaticPaths = (async () =>
  (await getQuantities()).flatMap((quantity) =>
    formats.map(([format, ext]) => ({
      params: { file: `${quantity.id}.${ext}` },
      props: { id: quantity.id, format },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ id: string; format: WatchFeedFormat }> = async ({ props, site }) =>
  writeWatchFeed(await getWatchFeed({ kind: 'quantity', id: props.id }, site), props.format);
