/**
 * A locator map drawn at build time: country shapes from Natural Earth (the `world-atlas` npm
 * package, passed in as TopoJSON) projected with d3-geo, plus point markers for places. Pure
 * functions; the boundaries are loaded in src/build/boundaries.ts and the SVG is written by
 * src/components/LocatorMap.astro. No tiles, no requests.
 */
import { geoConicConformal, geoContains, geoPath } from 'd3-geo';
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

/** A rectangle in the map's own units (the SVG viewBox). */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Type sizes, in map units, that the labels are laid out for. */
export interface LabelSizes {
  /**
   * The largest size a place label is drawn at (the phone size, where the map is drawn smallest):
   * labels are laid out for it, and every smaller size keeps inside the same boxes, since each
   * label is anchored on the side facing its marker (see `placeLabels`).
   */
  place: number;
  /** The largest size a country label is drawn at. */
  country: number;
  /** Letter spacing of country labels, in em. */
  countryLetterSpacing: number;
}

/** What the map should show. */
export interface MapOptions {
  width: number;
  height: number;
  /** South-west and north-east corners `[lon, lat]` that must be in view. */
  bounds: [[number, number], [number, number]];
  /**
   * Countries to fill and label: ISO 3166 numeric code, the label drawn on the map, the name a
   * text description uses, and where the label's centre goes (`[lon, lat]`).
   */
  countries: { id: string; label: string; name: string; at: [number, number] }[];
  /** The two countries whose shared border is drawn boldly (ISO numeric codes), if any. */
  border?: [string, string] | undefined;
  labels: LabelSizes;
  /** Parts of the frame no label may cover (where an inset map is laid over this one). */
  reserved?: readonly Box[] | undefined;
}

/** Where a place's label goes: its anchor point, how it is aligned there, and the box it covers. */
export interface PlacedLabel {
  x: number;
  y: number;
  /** SVG `text-anchor`. */
  anchor: 'start' | 'end' | 'middle';
  /** SVG `dy`, in em, so that a smaller type size keeps inside the box. */
  dy: string;
  side: LabelSide;
  box: Box;
  /** False when no side was free: the label overlaps something (a test fails on it). */
  clear: boolean;
}

/** The sides of its marker a label may stand on, in order of preference. */
export type LabelSide = 'right' | 'left' | 'above' | 'below';

/** A map ready to draw. */
export interface MapLayout {
  width: number;
  height: number;
  /** Filled land of each named country, and all other land. */
  countries: { id: string; d: string; focus: boolean }[];
  /** Every other international border inside the frame. */
  borders: string;
  /** The emphasised border ('' when the map has none). */
  border: string;
  countryLabels: { id: string; label: string; x: number; y: number; box: Box }[];
  /** The places inside the frame, each with the name of the labelled country it lies in, if any. */
  places: (MapPlace & {
    x: number;
    y: number;
    r: number;
    label: PlacedLabel;
    country?: string | undefined;
  })[];
}

type Countries = GeometryCollection<{ name: string }>;

/** Radius, in map units, of a place's marker: a region's is larger than a city's. */
export function markerRadius(kind: MapPlace['kind']): number {
  return kind === 'region' ? 7 : 4.5;
}

// Generous per-character advances, in em, of a semi-bold sans-serif: the map's labels use the
// interface font, which differs by system (DejaVu Sans Bold, the widest common one, sets these
// bounds), so a label is laid out a little wider than most systems draw it, never narrower.
const NARROW = new Set("fijlrtI.,;:'’!|".split(''));
const PUNCTUATION = new Set('()[]-–—/'.split(''));
function advance(char: string): number {
  if (char === ' ') return 0.35;
  if (NARROW.has(char)) return 0.42;
  if (PUNCTUATION.has(char)) return 0.5;
  if (/[A-Z]/.test(char)) return 0.8;
  if (/[0-9]/.test(char)) return 0.72;
  if (char === 'm' || char === 'w') return 1.05;
  return 0.7;
}

/** Font ascent and descent, in em, above and below the baseline: what the browser's text box spans. */
const ASCENT = 1.1;
const DESCENT = 0.32;
/** Space, in map units, between a marker and its label. */
const LABEL_GAP = 4;
/**
 * Space, in map units, kept clear around a label when it is placed: two labels at least twice this
 * apart read as two names even where the map is drawn smallest (about 0.45 px a unit at 320 px),
 * halos included.
 */
const LABEL_PADDING = 7;
/** Space, in map units, kept between a label and the frame's edge. */
const EDGE = 2;

/**
 * An upper bound on the width of a label in map units at `fontSize`, with `letterSpacing` (em)
 * after every character, as browsers add it.
 */
export function estimateTextWidth(text: string, fontSize: number, letterSpacing = 0): number {
  let em = 0;
  for (const char of text) em += advance(char) + letterSpacing;
  return em * fontSize;
}

/** Whether two boxes share any area (touching edges do not count). */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

function pad(box: Box, by: number): Box {
  return { x: box.x - by, y: box.y - by, width: box.width + 2 * by, height: box.height + 2 * by };
}

/** How much of a box lies outside the frame (less its edge margin): 0 when it is all inside. */
function outside(box: Box, width: number, height: number): number {
  const inner = { x: EDGE, y: EDGE, width: width - 2 * EDGE, height: height - 2 * EDGE };
  const inside =
    box.x >= inner.x &&
    box.y >= inner.y &&
    box.x + box.width <= inner.x + inner.width &&
    box.y + box.height <= inner.y + inner.height;
  return inside ? 0 : Math.max(box.width * box.height - overlapArea(box, inner), Number.EPSILON);
}

/** The label of a marker at (x, y) of radius r, on one side, at font size `fs`. */
function labelOn(side: LabelSide, x: number, y: number, r: number, width: number, fs: number): PlacedLabel {
  const height = (ASCENT + DESCENT) * fs;
  const off = r + LABEL_GAP;
  // Each label's anchor is the edge nearest its marker, and dy is in em: a label drawn smaller
  // (on a wide screen) shrinks towards its marker and stays inside the box laid out here.
  const middle = { dy: '0.35em', top: y + 0.35 * fs - ASCENT * fs };
  switch (side) {
    case 'right':
      return {
        x: x + off,
        y,
        anchor: 'start',
        dy: middle.dy,
        side,
        clear: true,
        box: { x: x + off, y: middle.top, width, height },
      };
    case 'left':
      return {
        x: x - off,
        y,
        anchor: 'end',
        dy: middle.dy,
        side,
        clear: true,
        box: { x: x - off - width, y: middle.top, width, height },
      };
    case 'above':
      return {
        x,
        y: y - off,
        anchor: 'middle',
        dy: `-${DESCENT}em`,
        side,
        clear: true,
        box: { x: x - width / 2, y: y - off - height, width, height },
      };
    case 'below':
      return {
        x,
        y: y + off,
        anchor: 'middle',
        dy: `${ASCENT}em`,
        side,
        clear: true,
        box: { x: x - width / 2, y: y + off, width, height },
      };
  }
}

/** The box a country label covers, centred on (x, y), at its largest size. */
export function countryLabelBox(label: string, x: number, y: number, sizes: LabelSizes): Box {
  const width = estimateTextWidth(label, sizes.country, sizes.countryLetterSpacing);
  const height = (ASCENT + DESCENT) * sizes.country;
  return { x: x - width / 2, y: y + 0.35 * sizes.country - ASCENT * sizes.country, width, height };
}

/**
 * Puts each place's label on the first side of its marker (right, left, above, below) where it
 * stays inside the frame and, with a margin, clear of the other labels, the other markers, the
 * country labels and the reserved areas. Highlighted places and regions are labelled first, so they get their first
 * choice. A label with no free side goes where it overlaps least and is marked `clear: false`.
 */
export function placeLabels(
  places: readonly {
    name: string;
    x: number;
    y: number;
    r: number;
    highlight?: boolean | undefined;
    kind: MapPlace['kind'];
  }[],
  frame: { width: number; height: number; fontSize: number; obstacles?: readonly Box[] },
): PlacedLabel[] {
  const markers = places.map((p) => ({
    x: p.x - p.r - 1.5,
    y: p.y - p.r - 1.5,
    width: 2 * p.r + 3,
    height: 2 * p.r + 3,
  }));
  // The obstacles (country labels, reserved areas) and labels already placed must stay clear of a
  // label's padding; so must every marker but the label's own, which it stands next to.
  const taken: Box[] = [...(frame.obstacles ?? [])];
  const rank = (p: (typeof places)[number]) => (p.highlight ? 0 : p.kind === 'region' ? 1 : 2);
  const order = places.map((_, i) => i).sort((a, b) => rank(places[a]!) - rank(places[b]!) || a - b);
  const placed: PlacedLabel[] = new Array<PlacedLabel>(places.length);
  for (const i of order) {
    const p = places[i]!;
    const width = estimateTextWidth(p.name, frame.fontSize);
    const candidates = (['right', 'left', 'above', 'below'] as const).map((side) => {
      const label = labelOn(side, p.x, p.y, p.r, width, frame.fontSize);
      const padded = pad(label.box, LABEL_PADDING);
      const cost =
        outside(label.box, frame.width, frame.height) +
        taken.reduce((n, b) => n + overlapArea(padded, b), 0) +
        markers.reduce((n, b, j) => n + (j === i ? overlapArea(label.box, b) : overlapArea(padded, b)), 0);
      return { label, cost };
    });
    const best =
      candidates.find((c) => c.cost === 0) ?? candidates.reduce((a, b) => (b.cost < a.cost ? b : a));
    placed[i] = { ...best.label, clear: best.cost === 0 };
    taken.push(best.label.box);
  }
  return placed;
}

/** Projects the countries and places into an SVG frame with a conic projection suited to mid-latitudes, and places the labels. */
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
  const pair = options.border?.slice().sort().join();
  const border = pair
    ? (path(
        mesh(
          topology,
          object,
          (x, y) => x !== y && [String(x.id), String(y.id)].sort().join() === pair,
        ) as MultiLineString,
      ) ?? '')
    : '';
  const borders = path(mesh(topology, object, (x, y) => x !== y) as MultiLineString) ?? '';
  const at = (lon: number, lat: number) => projection([lon, lat]) ?? [NaN, NaN];
  const countryLabels = options.countries.map((c) => {
    const [x, y] = at(c.at[0], c.at[1]);
    return { id: c.id, label: c.label, x, y, box: countryLabelBox(c.label, x, y, options.labels) };
  });
  const inFrame = places
    .map((p) => {
      const [x, y] = at(p.lon, p.lat);
      const country = options.countries.find((c) => {
        const shape = collection.features.find((f) => String(f.id) === c.id);
        return shape !== undefined && geoContains(shape, [p.lon, p.lat]);
      });
      return { ...p, x, y, r: markerRadius(p.kind), country: country?.name };
    })
    .filter(
      (p) => Number.isFinite(p.x) && p.x >= 0 && p.x <= options.width && p.y >= 0 && p.y <= options.height,
    );
  const labels = placeLabels(inFrame, {
    width: options.width,
    height: options.height,
    fontSize: options.labels.place,
    obstacles: [...countryLabels.map((l) => l.box), ...(options.reserved ?? [])],
  });
  return {
    width: options.width,
    height: options.height,
    countries,
    borders,
    border,
    countryLabels,
    places: inFrame.map((p, i) => ({ ...p, label: labels[i]! })),
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

const COMPASS = ['north', 'north-east', 'east', 'south-east', 'south', 'south-west', 'west', 'north-west'];

/**
 * Which way `to` lies from `from`, as one of eight compass points (the initial great-circle
 * bearing), for a map's text description: "Moscow lies north-east of the Kursk region".
 */
export function compassDirection(
  from: { lat: number; lon: number },
  to: { lat: number; lon: number },
): string {
  const rad = Math.PI / 180;
  const dLon = (to.lon - from.lon) * rad;
  const y = Math.sin(dLon) * Math.cos(to.lat * rad);
  const x =
    Math.cos(from.lat * rad) * Math.sin(to.lat * rad) -
    Math.sin(from.lat * rad) * Math.cos(to.lat * rad) * Math.cos(dLon);
  const bearing = (Math.atan2(y, x) / rad + 360) % 360;
  return COMPASS[Math.round(bearing / 45) % 8]!;
}

/**
 * The places of a map in words, for its text description: each with the country it lies in and
 * which way it lies from the first place (the highlighted one, else the first region), e.g.
 * "Kursk region (Russia); Sumy region (Ukraine), south-west of Kursk region".
 */
export function describePlaces(places: readonly (MapPlace & { country?: string | undefined })[]): string {
  const anchor = places.find((p) => p.highlight) ?? places.find((p) => p.kind === 'region') ?? places[0];
  if (!anchor) return '';
  const rest = places.filter((p) => p !== anchor);
  const named = (p: (typeof places)[number]) => (p.country ? `${p.name} (${p.country})` : p.name);
  return [
    named(anchor),
    ...rest.map((p) => `${named(p)}, ${compassDirection(anchor, p)} of ${anchor.name}`),
  ].join('; ');
}
