/** One watch feed per entity, in Atom (.atom) and JSON Feed (.json): new reports naming it, and their corrections. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { WATCH_FEED_FORMATS, type WatchFeedFormat } from '../../../lib/urls';
import { getEntities } from '../../../queries/investigation';
import { getWatchFeed, writeWatchFeed } from '../../../queries/watch';

const formats = Object.entries(WATCH_FEED_FORMATS) as [WatchFeedFormat, string][];

export const getStaticPaths = (async () =>
  (await getEntities()).flatMap((entity) =>
    formats.map(([format, ext]) => ({
      params: { file: `${entity.id}.${ext}` },
      props: { id: entity.id, format },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ id: string; format: WatchFeedFormat }> = async ({ props, site }) =>
  writeWatchFeed(await getWatchFeed({ kind: 'entity', id: props.id }, site), props.format);
