/** The social card of each report and analysis: a 1200×630 PNG rendered at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { renderCard } from '../../../build/social-card';
import { getPublishedReports, type Report } from '../../../queries/archive';
import { getReportCard } from '../../../queries/linking';

export const getStaticPaths = (async () =>
  (await getPublishedReports()).map((report) => ({
    params: { slug: report.id },
    props: { report },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ report: Report }> = async ({ props }) =>
  new Response(new Uint8Array(await renderCard(await getReportCard(props.report))), {
    headers: { 'Content-Type': 'image/png' },
  });
