import type { Topology } from 'topojson-specification';
import countries from 'world-atlas/countries-50m.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import {
  boxesOverlap,
  compassDirection,
  describePlaces,
  distanceKm,
  estimateTextWidth,
  layoutLocatorMap,
  mergeMapPlaces,
  placeLabels,
  type MapPlace,
} from '../../src/lib/map';

const kursk: MapPlace = { id: 'kursk', name: 'Kursk', lat: 51.73, lon: 36.19, kind: 'region' };
const sumy: MapPlace = { id: 'sumy', name: 'Sumy', lat: 50.91, lon: 34.8, kind: 'region' };
const options = {
  width: 600,
  height: 500,
  bounds: [
    [29.5, 48.6],
    [40.5, 56.2],
  ] as [[number, number], [number, number]],
  countries: [
    { id: '643', label: 'RUSSIA', name: 'Russia', at: [38.6, 53.2] as [number, number] },
    { id: '804', label: 'UKRAINE', name: 'Ukraine', at: [31.6, 49.3] as [number, number] },
  ],
  border: ['643', '804'] as [string, string],
  labels: { place: 25, country: 22, countryLetterSpacing: 0.2 },
};

describe('layoutLocatorMap', () => {
  const map = layoutLocatorMap(
    countries as unknown as Topology,
    [kursk, sumy, { id: 'paris', name: 'Paris', lat: 48.86, lon: 2.35, kind: 'city' }],
    options,
  );

  it('draws Russia and Ukraine as focus countries', () => {
    const focus = map.countries
      .filter((c) => c.focus)
      .map((c) => c.id)
      .sort();
    expect(focus).toEqual(['643', '804']);
    expect(map.countries.find((c) => c.id === '804')!.d).toMatch(/^M/);
  });

  it('draws the Russia–Ukraine border as its own line', () => {
    expect(map.border).toMatch(/^M[\d.,-]+L/);
  });

  it('places Kursk north-east of Sumy, and leaves out places outside the frame', () => {
    const k = map.places.find((p) => p.id === 'kursk')!;
    const s = map.places.find((p) => p.id === 'sumy')!;
    expect(k.x).toBeGreaterThan(s.x);
    expect(k.y).toBeLessThan(s.y);
    expect(map.places.map((p) => p.id)).not.toContain('paris');
  });

  it('labels the countries inside the frame', () => {
    for (const l of map.countryLabels) {
      expect(l.x).toBeGreaterThan(0);
      expect(l.x).toBeLessThan(options.width);
    }
  });

  it('names the labelled country each place lies in', () => {
    expect(map.places.find((p) => p.id === 'kursk')!.country).toBe('Russia');
    expect(map.places.find((p) => p.id === 'sumy')!.country).toBe('Ukraine');
  });

  it('labels every place clear of the others and of the country labels', () => {
    const boxes = [...map.places.map((p) => p.label.box), ...map.countryLabels.map((l) => l.box)];
    for (const p of map.places) expect(p.label.clear).toBe(true);
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1)) expect(boxesOverlap(a, b)).toBe(false);
  });

  it('keeps labels out of a reserved corner', () => {
    // Everything above the Kursk marker's centre, so only a label below it is clear.
    const corner = { x: 0, y: 0, width: 600, height: map.places.find((p) => p.id === 'kursk')!.y };
    const reserved = layoutLocatorMap(countries as unknown as Topology, [kursk], {
      ...options,
      reserved: [corner],
    });
    const label = reserved.places[0]!.label;
    expect(label.clear).toBe(true);
    expect(label.side).toBe('below');
    expect(boxesOverlap(label.box, corner)).toBe(false);
    // It lays out the whole topology again: about a second alone, over 5 s on a loaded machine.
  }, 30_000);

  it('needs a countries object in the topology', () => {
    expect(() =>
      layoutLocatorMap({ type: 'Topology', objects: {}, arcs: [] } as unknown as Topology, [], options),
    ).toThrow(/no 'countries'/);
  });
});

describe('estimateTextWidth', () => {
  it('grows with the text, the size and the letter spacing', () => {
    expect(estimateTextWidth('Kyiv', 14)).toBeLessThan(estimateTextWidth('Kursk region', 14));
    expect(estimateTextWidth('Kyiv', 28)).toBeCloseTo(2 * estimateTextWidth('Kyiv', 14));
    expect(estimateTextWidth('RUSSIA', 22, 0.2)).toBeCloseTo(estimateTextWidth('RUSSIA', 22) + 6 * 0.2 * 22);
  });
});

describe('boxesOverlap', () => {
  const a = { x: 0, y: 0, width: 10, height: 10 };
  it('is true for boxes sharing area, false for boxes that only touch or are apart', () => {
    expect(boxesOverlap(a, { x: 5, y: 5, width: 10, height: 10 })).toBe(true);
    expect(boxesOverlap(a, { x: 10, y: 0, width: 10, height: 10 })).toBe(false);
    expect(boxesOverlap(a, { x: 0, y: 20, width: 10, height: 10 })).toBe(false);
  });
});

describe('placeLabels', () => {
  const frame = { width: 200, height: 100, fontSize: 10 };
  it('puts a label right of its marker when there is room', () => {
    const [label] = placeLabels([{ name: 'Sumy', x: 50, y: 50, r: 5, kind: 'city' }], frame);
    expect(label).toMatchObject({ side: 'right', anchor: 'start', x: 59, clear: true });
  });

  it('puts a label left of a marker near the right edge', () => {
    const [label] = placeLabels([{ name: 'Sumy', x: 190, y: 50, r: 5, kind: 'city' }], frame);
    expect(label).toMatchObject({ side: 'left', anchor: 'end', x: 181, clear: true });
  });

  it('moves a label off a neighbour that took the side first, highlighted places first', () => {
    const [first, second] = placeLabels(
      [
        { name: 'Kyiv', x: 60, y: 50, r: 5, kind: 'city' },
        { name: 'Sumy', x: 100, y: 52, r: 5, kind: 'city', highlight: true },
      ],
      frame,
    );
    expect(second).toMatchObject({ side: 'right', clear: true });
    expect(first!.side).not.toBe('right');
    expect(boxesOverlap(first!.box, second!.box)).toBe(false);
  });

  it('says when no side is free', () => {
    const [label] = placeLabels([{ name: 'A long place name', x: 100, y: 50, r: 5, kind: 'city' }], {
      ...frame,
      obstacles: [{ x: 0, y: 0, width: 200, height: 100 }],
    });
    expect(label!.clear).toBe(false);
  });
});

describe('compassDirection', () => {
  it('gives the eight compass points', () => {
    expect(compassDirection(kursk, sumy)).toBe('south-west');
    expect(compassDirection(kursk, { lat: 55.76, lon: 37.62 })).toBe('north');
    expect(compassDirection(kursk, { lat: 50.45, lon: 30.52 })).toBe('west');
  });
});

describe('describePlaces', () => {
  it('says where each place lies from the highlighted one, else the first region', () => {
    const places = [
      { ...sumy, name: 'Sumy region', country: 'Ukraine' },
      { ...kursk, name: 'Kursk region', country: 'Russia' },
    ];
    expect(describePlaces(places)).toBe(
      'Sumy region (Ukraine); Kursk region (Russia), north-east of Sumy region',
    );
    expect(describePlaces([places[0]!, { ...places[1]!, highlight: true }])).toBe(
      'Kursk region (Russia); Sumy region (Ukraine), south-west of Kursk region',
    );
    expect(describePlaces([])).toBe('');
  });
});

describe('distanceKm', () => {
  it('measures Kursk to Sumy at about 135 km', () => {
    expect(distanceKm(kursk, sumy)).toBeGreaterThan(120);
    expect(distanceKm(kursk, sumy)).toBeLessThan(150);
  });
});

describe('mergeMapPlaces', () => {
  it('replaces a reference point with an entity place at the same spot, keeping the region marker', () => {
    const entity: MapPlace = {
      id: 'kursk-region',
      name: 'Kursk region',
      lat: 51.7304,
      lon: 36.1926,
      kind: 'city',
      href: '/entities/kursk-region/',
    };
    const merged = mergeMapPlaces([kursk, sumy], [entity]);
    expect(merged.map((p) => p.id)).toEqual(['sumy', 'kursk-region']);
    expect(merged[1]!.kind).toBe('region');
  });
});
