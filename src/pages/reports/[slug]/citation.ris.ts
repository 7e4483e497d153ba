/** A report's RIS record, to download into a reference manager. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { formatRis } from '../../../lib/cite';
import { getPublishedReports, type Report } from '../../../queries/archive';
import { toCitableWork } from '../../../queries/linking';

export const getStaticPaths = (async () =>
  (await getPublishedReports()).map((report) => ({
    params: { slug: report.id },
    props: { report },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ report: Report }> = ({ props, site }) =>
  new Response(formatRis(toCitableWork(props.report, site), null), {
    headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' },
  });
