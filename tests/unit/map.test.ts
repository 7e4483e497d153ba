import type { Topology } from 'topojson-specification';
import countries from 'world-atlas/countries-50m.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { distanceKm, layoutLocatorMap, mergeMapPlaces, type MapPlace } from '../../src/lib/map';

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
    { id: '643', label: 'RUSSIA', at: [38.6, 53.2] as [number, number] },
    { id: '804', label: 'UKRAINE', at: [31.6, 49.3] as [number, number] },
  ],
  border: ['643', '804'] as [string, string],
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

  it('needs a countries object in the topology', () => {
    expect(() =>
      layoutLocatorMap({ type: 'Topology', objects: {}, arcs: [] } as unknown as Topology, [], options),
    ).toThrow(/no 'countries'/);
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
