/** The site-wide feeds: every report, and the corrections log, each as RSS (.xml), Atom (.atom) and JSON Feed (.json). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { FEED_FORMATS, type FeedFormat } from '../../lib/urls';
import { getFeed, writeFeed } from '../../queries/linking';

const formats = Object.entries(FEED_FORMATS) as [FeedFormat, string][];

export const getStaticPaths = (() =>
  (['reports', 'corrections'] as const).flatMap((kind) =>
    formats.map(([format, ext]) => ({ params: { file: `${kind}.${ext}` }, props: { kind, format } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ kind: 'reports' | 'corrections'; format: FeedFormat }> = async ({
  props,
  site,
}) => writeFeed(await getFeed({ kind: props.kind }, site), props.format);
