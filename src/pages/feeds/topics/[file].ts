/** One feed per topic, in RSS (.xml), Atom (.atom) and JSON Feed (.json). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { FEED_FORMATS, type FeedFormat } from '../../../lib/urls';
import { getTopics } from '../../../queries/archive';
import { getFeed, writeFeed } from '../../../queries/linking';

const formats = Object.entries(FEED_FORMATS) as [FeedFormat, string][];

export const getStaticPaths = (async () =>
  (await getTopics()).flatMap((topic) =>
    formats.map(([format, ext]) => ({
      params: { file: `${topic.id}.${ext}` },
      props: { topic: topic.id, format },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ topic: string; format: FeedFormat }> = async ({ props, site }) =>
  writeFeed(await getFeed({ kind: 'topic', topic: props.topic }, site), props.format);
