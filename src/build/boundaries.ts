/**
 * Country boundaries for the locator map: Natural Earth 1:50m from the `world-atlas` npm package
 * (no admin-1 regions: no npm package we could find ships Russian or Ukrainian oblast boundaries,
 * so Kursk and Sumy regions are marked with points; see docs/data.md). Read at build time only.
 */
import type { Topology } from 'topojson-specification';
import countries50m from 'world-atlas/countries-50m.json' with { type: 'json' };
import { layoutLocatorMap, type MapLayout, type MapOptions, type MapPlace } from '../lib/map';
import referencePlaces from '../data/reference-places.json' with { type: 'json' };

/** Reference points (not evidence) for places the map always shows, from src/data/reference-places.json. */
export const REFERENCE_PLACES: readonly MapPlace[] = referencePlaces.places as MapPlace[];

/**
 * The inset: the Korean Peninsula, where the troops came from, at a smaller scale. On a wide
 * screen it is laid over the main map's top-left corner (LocatorMap.astro sizes it to
 * `width / REGION_MAP.width` of the figure), so the main map keeps its labels out of that corner.
 */
export const KOREA_MAP = {
  width: 200,
  height: 240,
  bounds: [
    [123.6, 33.0],
    [131.2, 43.2],
  ],
  // Only countries the captures name are labelled.
  countries: [
    { id: '408', label: 'NORTH KOREA', name: 'North Korea', at: [127.3, 40.6] },
    { id: '410', label: 'SOUTH KOREA', name: 'South Korea', at: [128.1, 36.3] },
  ],
  // Drawn at one size: the inset is never drawn much smaller than its own units (LocatorMap.astro).
  labels: { place: 13, country: 12, countryLetterSpacing: 0.12 },
  // The inset's own title, top left ("Korean Peninsula", a name the captures use).
  reserved: [{ x: 0, y: 0, width: 132, height: 24 }],
} satisfies MapOptions;

/** The frame of the archive's locator map: western Russia and Ukraine, with the Kursk–Sumy border at the centre. */
export const REGION_MAP = {
  width: 640,
  height: 520,
  bounds: [
    [29.5, 48.6],
    [40.5, 56.2],
  ],
  // Only countries the captures name are labelled (Belarus, which they do not name, is drawn as other land).
  countries: [
    { id: '643', label: 'RUSSIA', name: 'Russia', at: [38.6, 53.2] },
    { id: '804', label: 'UKRAINE', name: 'Ukraine', at: [31.6, 49.3] },
  ],
  border: ['643', '804'],
  // The phone sizes (LocatorMap.astro draws smaller type on wider screens, inside the same boxes).
  labels: { place: 25, country: 22, countryLetterSpacing: 0.2 },
  // Where the inset lies on a wide screen, with a margin.
  reserved: [{ x: 0, y: 0, width: KOREA_MAP.width + 8, height: KOREA_MAP.height + 8 }],
} satisfies MapOptions;

const topology = countries50m as unknown as Topology;

/** The locator map laid out with these places (reference places plus any place entities with coordinates). */
export function buildRegionMap(places: readonly MapPlace[]): MapLayout {
  return layoutLocatorMap(topology, places, REGION_MAP);
}

/** The inset of the Korean Peninsula laid out with the places that fall inside it. */
export function buildKoreaInset(places: readonly MapPlace[]): MapLayout {
  return layoutLocatorMap(topology, places, KOREA_MAP);
}
