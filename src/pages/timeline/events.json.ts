/**
 * /timeline/events.json: each event id with the year whose page holds it, `{ "<event-id>": <year> }`.
 * The timeline's index fetches it only when opened at an old event address, `/timeline/#event-<id>`,
 * to send the reader to the event on its year's page (src/scripts/old-anchors.ts).
 */
import type { APIRoute } from 'astro';
import { getTimelineYears } from '../../queries/investigation';

export const GET: APIRoute = async () => {
  const pairs = (await getTimelineYears()).flatMap((y) => y.groups.flatMap((g) => g.events.map((e) => [e.event.id, y.year] as const)));
  const index = Object.fromEntries(pairs.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return new Response(`${JSON.stringify(index)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
