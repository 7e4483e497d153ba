/**
 * A locator map drawn at build time: country shapes from Natural Earth (the `world-atlas` npm
 * package, passed in as TopoJSON) projected with d3-geo, plus point markers for places. Pure
 * functions; the boundaries are loaded in src/build/boundaries.ts and the SVG is written by
 * src/components/LocatorMap.astro. No tiles, no requests.
 */
import { geoConicConformal, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiLineString } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** A place to mark: reference coordinates in decimal degrees (WGS 84). */
export interface MapPlace {
  id: string;
  name: string;
  lat: number;
  lon: number;
  /** `region` places stand for a whole administrative region, marked at its administrative centre. */
  kind: 'region' | 'city';
  /** Link to the place's page, when it has one. */
  href?: string | undefined;
  /** Drawn larger and first in the description. */
  highlight?: boolean;
}

/** What the map should show. */
export interface MapOptions {
  width: number;
  height: number;
  /** South-west and north-east corners `[lon, lat]` that must be in view. */
  bounds: [[number, number], [number, number]];
  /** ISO 3166 numeric codes of countries to fill and label, with labels. */
  countries: { id: string; label: string; at: [number, number] }[];
  /** The two countries whose shared border is drawn boldly (ISO numeric codes). */
  border: [string, string];
}

/** A map ready to draw. */
export interface MapLayout {
  width: number;
  height: number;
  /** Filled land of each named country, and all other land. */
  countries: { id: string; d: string; focus: boolean }[];
  /** Every other international border inside the frame. */
  borders: string;
  /** The emphasised border. */
  border: string;
  countryLabels: { label: string; x: number; y: number }[];
  places: (MapPlace & { x: number; y: number })[];
}

type Countries = GeometryCollection<{ name: string }>;

/** Projects the countries and places into an SVG frame with a conic projection suited to mid-latitude Europe. */
export function layoutLocatorMap(
  topology: Topology,
  places: readonly MapPlace[],
  options: MapOptions,
): MapLayout {
  const object = topology.objects.countries as Countries | undefined;
  if (!object) throw new Error("layoutLocatorMap: the topology has no 'countries' object");
  const [[west, south], [east, north]] = options.bounds;
  const frame: Feature<Geometry> = {
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'MultiPoint',
      coordinates: [
        [west, south],
        [east, south],
        [east, north],
        [west, north],
        [(west + east) / 2, north],
        [(west + east) / 2, south],
      ],
    },
  };
  const projection = geoConicConformal()
    .parallels([south + (north - south) / 6, north - (north - south) / 6])
    .rotate([-(west + east) / 2, 0])
    .fitExtent(
      [
        [0, 0],
        [options.width, options.height],
      ],
      frame,
    )
    .clipExtent([
      [0, 0],
      [options.width, options.height],
    ]);
  const path = geoPath(projection);
  const collection = feature(topology, object) as FeatureCollection<Geometry, { name: string }>;
  const focus = new Set(options.countries.map((c) => c.id));
  const countries = collection.features
    .map((f) => ({ id: String(f.id), d: path(f) ?? '', focus: focus.has(String(f.id)) }))
    .filter((c) => c.d !== '');
  const [a, b] = options.border;
  const border =
    path(
      mesh(
        topology,
        object,
        (x, y) => x !== y && [String(x.id), String(y.id)].sort().join() === [a, b].sort().join(),
      ) as MultiLineString,
    ) ?? '';
  const borders = path(mesh(topology, object, (x, y) => x !== y) as MultiLineString) ?? '';
  const at = (lon: number, lat: number) => projection([lon, lat]) ?? [NaN, NaN];
  return {
    width: options.width,
    height: options.height,
    countries,
    borders,
    border,
    countryLabels: options.countries.map((c) => {
      const [x, y] = at(c.at[0], c.at[1]);
      return { label: c.label, x, y };
    }),
    places: places
      .map((p) => {
        const [x, y] = at(p.lon, p.lat);
        return { ...p, x, y };
      })
      .filter(
        (p) => Number.isFinite(p.x) && p.x >= 0 && p.x <= options.width && p.y >= 0 && p.y <= options.height,
      ),
  };
}

/** Kilometres between two points on the globe (haversine, mean Earth radius). */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/**
 * Reference places plus entity places: an entity place within `withinKm` of a reference place
 * replaces it (keeping the reference's kind), so the same spot is not marked twice.
 */
export function mergeMapPlaces(
  reference: readonly MapPlace[],
  entities: readonly MapPlace[],
  withinKm = 25,
): MapPlace[] {
  const kept = reference.filter((r) => !entities.some((e) => distanceKm(r, e) <= withinKm));
  const merged = entities.map((e) => {
    const ref = reference.find((r) => distanceKm(r, e) <= withinKm);
    return ref ? { ...e, kind: ref.kind } : e;
  });
  return [...kept, ...merged];
}
