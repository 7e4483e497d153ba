/** A report's BibTeX entry, to download into a reference manager. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cachedCitationJs } from '../../../build/citations';
import { formatBibtex } from '../../../lib/cite';
import { getPublishedReports, type Report } from '../../../queries/archive';
import { toCitableWork } from '../../../queries/linking';

export const getStaticPaths = (async () =>
  (await getPublishedReports()).map((report) => ({
    params: { slug: report.id },
    props: { report },
  }))) satisfies GetStaticPaths;

const citationJs = cachedCitationJs();

export const GET: APIRoute<{ report: Report }> = ({ props, site }) =>
  new Response(formatBibtex(toCitableWork(props.report, site), null, citationJs), {
    headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' },
  });
