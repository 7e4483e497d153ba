/**
 * The site-wide feeds: every report, and the corrections log, each as RSS (.xml), Atom (.atom) and
 * JSON Feed (.json); and the archive's changes (what /changes/ lists), as Atom and JSON Feed.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { FEED_FORMATS, WATCH_FEED_FORMATS, type FeedFormat, type WatchFeedFormat } from '../../lib/urls';
import { getFeed, writeFeed } from '../../queries/linking';
import { getWatchFeed, writeWatchFeed } from '../../queries/watch';

type Props =
  { kind: 'reports' | 'corrections'; format: FeedFormat } | { kind: 'changes'; format: WatchFeedFormat };

const formats = Object.entries(FEED_FORMATS) as [FeedFormat, string][];
const watchFormats = Object.entries(WATCH_FEED_FORMATS) as [WatchFeedFormat, string][];

export const getStaticPaths = (() => [
  ...(['reports', 'corrections'] as const).flatMap((kind) =>
    formats.map(([format, ext]) => ({
      params: { file: `${kind}.${ext}` },
      props: { kind, format } as Props,
    })),
  ),
  ...watchFormats.map(([format, ext]) => ({
    params: { file: `changes.${ext}` },
    props: { kind: 'changes', format } as Props,
  })),
]) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = async ({ props, site }) =>
  props.kind === 'changes'
    ? writeWatchFeed(await getWatchFeed({ kind: 'changes' }, site), props.format)
    : writeFeed(await getFeed({ kind: props.kind }, site), props.format);
