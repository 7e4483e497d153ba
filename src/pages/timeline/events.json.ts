/**
 * /timeline/events.json: each event id with the page that holds it, under /timeline/: its year, or
 * its year and page number for a year too long for one page (`{ "<event-id>": "2024" | "2024/2" }`).
 * The timeline's index fetches it only when opened at an old event address, `/timeline/#event-<id>`,
 * to send the reader to the event on its year's page (src/scripts/old-anchors.ts).
 */
import type { APIRoute } from 'astro';
import { getTimelineYears } from '../../queries/investigation';

export const GET: APIRoute = async () => {
  const page = (year: number, part: number) => (part > 1 ? `${year}/${part}` : String(year));
  const pairs = (await getTimelineYears()).flatMap((y) => y.parts.flatMap((p) => p.groups.flatMap((g) => g.events.map((e) => [e.event.id, page(y.year, p.number)] as const))));
  const index = Object.fromEntries(pairs.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return new Response(`${JSON.stringify(index)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
