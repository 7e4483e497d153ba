import { describe, expect, it } from 'vitest';
import { boxesOverlap } from '../../src/lib/map';
import {
  buildKoreaInset,
  buildRegionMap,
  KOREA_MAP,
  REFERENCE_PLACES,
  REGION_MAP,
} from '../../src/build/boundaries';

describe('REFERENCE_PLACES', () => {
  it('marks the Kursk and Sumy regions at their administrative centres, and Pyongyang', () => {
    const byId = Object.fromEntries(REFERENCE_PLACES.map((p) => [p.id, p]));
    expect(byId['kursk-region']).toMatchObject({
      kind: 'region',
      lat: expect.closeTo(51.73, 1),
      lon: expect.closeTo(36.19, 1),
    });
    expect(byId['sumy-region']).toMatchObject({
      kind: 'region',
      lat: expect.closeTo(50.91, 1),
      lon: expect.closeTo(34.8, 1),
    });
    expect(byId['pyongyang']).toMatchObject({ kind: 'city', lat: expect.closeTo(39.03, 1) });
  });
});

describe('REGION_MAP and KOREA_MAP', () => {
  it('label only the countries the captures name, and bold the Russia–Ukraine border', () => {
    expect(REGION_MAP.countries.map((c) => c.name)).toEqual(['Russia', 'Ukraine']);
    expect(KOREA_MAP.countries.map((c) => c.name)).toEqual(['North Korea', 'South Korea']);
    expect(REGION_MAP.border).toEqual(['643', '804']);
  });

  it('keep the main map clear where the inset lies over it', () => {
    const [corner] = REGION_MAP.reserved;
    expect(corner!.width).toBeGreaterThanOrEqual(KOREA_MAP.width);
    expect(corner!.height).toBeGreaterThanOrEqual(KOREA_MAP.height);
  });
});

describe('buildRegionMap and buildKoreaInset', () => {
  // Projecting every country's outline takes seconds of CPU: past vitest's 5 s on a loaded machine.
  const main = buildRegionMap(REFERENCE_PLACES);
  const inset = buildKoreaInset(REFERENCE_PLACES);

  it('draw each reference place on one of the two maps, in its country', () => {
    expect([...main.places, ...inset.places].map((p) => p.id).sort()).toEqual(
      REFERENCE_PLACES.map((p) => p.id).sort(),
    );
    expect(inset.places.map((p) => [p.id, p.country])).toEqual([['pyongyang', 'North Korea']]);
    expect(main.places.find((p) => p.id === 'kursk-region')!.country).toBe('Russia');
    expect(main.border.length).toBeGreaterThan(100);
    expect(inset.border).toBe('');
  }, 30_000);

  it('lay out every label clear of the others, the markers, the frame and the inset', () => {
    for (const map of [main, inset]) {
      for (const p of map.places) expect(p.label.clear, p.name).toBe(true);
      const boxes = [...map.places.map((p) => p.label.box), ...map.countryLabels.map((l) => l.box)];
      for (const [i, a] of boxes.entries())
        for (const b of boxes.slice(i + 1)) expect(boxesOverlap(a, b)).toBe(false);
    }
    for (const p of main.places)
      expect(boxesOverlap(p.label.box, REGION_MAP.reserved[0]!), p.name).toBe(false);
  }, 30_000);
});
