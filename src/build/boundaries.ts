/**
 * Country boundaries for the locator map: Natural Earth 1:50m from the `world-atlas` npm package
 * (no admin-1 regions: no npm package we could find ships Russian or Ukrainian oblast boundaries,
 * so Kursk and Sumy regions are marked with points; see docs/data.md). Read at build time only.
 */
import type { Topology } from 'topojson-specification';
import countries50m from 'world-atlas/countries-50m.json' with { type: 'json' };
import { layoutLocatorMap, type MapLayout, type MapPlace } from '../lib/map';
import referencePlaces from '../data/reference-places.json' with { type: 'json' };

/** Reference points (not evidence) for places the map always shows, from src/data/reference-places.json. */
export const REFERENCE_PLACES: readonly MapPlace[] = referencePlaces.places as MapPlace[];

/** The frame of the archive's locator map: western Russia, Ukraine and Belarus, with the Kursk–Sumy border at the centre. */
export const REGION_MAP = {
  width: 640,
  height: 520,
  bounds: [
    [29.5, 48.6],
    [40.5, 56.2],
  ] as [[number, number], [number, number]],
  countries: [
    { id: '643', label: 'RUSSIA', at: [38.6, 53.2] as [number, number] },
    { id: '804', label: 'UKRAINE', at: [31.6, 49.3] as [number, number] },
    { id: '112', label: 'BELARUS', at: [29.9, 53.6] as [number, number] },
  ],
  border: ['643', '804'] as [string, string],
};

/** The locator map laid out with these places (reference places plus any place entities with coordinates). */
export function buildRegionMap(places: readonly MapPlace[]): MapLayout {
  return layoutLocatorMap(countries50m as unknown as Topology, places, REGION_MAP);
}
