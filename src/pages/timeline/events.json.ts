/**
 * /timeline/events.json: each event id with the page that holds it, under /timeline/: its year, or
 * its year and page number for a year too long for one page (`{ "<event-id>": "2024" | "2024/2" }`).
 * The timeline's index fetches it only when opened at an old event address, `/timeline/#event-<id>`,
 * to send the reader to the event on its year's page (src/scripts/old-anchors.ts).
 */
import type { APIRoute } from 'astro';
import { paths } from '../../lib/urls';
import { getEventPages } from '../../queries/investigation';

export const GET: APIRoute = async () => {
  // The page's path under /timeline/, as paths.timelineYear writes it: `2024/` → "2024", `2024/2/` → "2024/2".
  const page = (year: number, part: number) =>
    paths.timelineYear(year, part).slice(paths.timeline().length, -1);
  const pairs = [...(await getEventPages())].map(([id, { year, part }]) => [id, page(year, part)] as const);
  const index = Object.fromEntries(pairs.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return new Response(`${JSON.stringify(index)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
