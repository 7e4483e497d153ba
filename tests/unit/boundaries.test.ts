import { describe, expect, it } from 'vitest';
import { buildRegionMap, REFERENCE_PLACES, REGION_MAP } from '../../src/build/boundaries';

describe('REFERENCE_PLACES', () => {
  it('marks the Kursk and Sumy regions at their administrative centres', () => {
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
  });
});

describe('REGION_MAP', () => {
  it('frames Russia, Ukraine and Belarus around the Russia–Ukraine border', () => {
    expect(REGION_MAP.countries.map((c) => c.id)).toEqual(['643', '804', '112']);
    expect(REGION_MAP.border).toEqual(['643', '804']);
  });
});

describe('buildRegionMap', () => {
  it('draws every reference place inside the frame, with the border and the three countries', () => {
    const map = buildRegionMap(REFERENCE_PLACES);
    expect(map.places.map((p) => p.id).sort()).toEqual(REFERENCE_PLACES.map((p) => p.id).sort());
    expect(map.border.length).toBeGreaterThan(100);
    expect(map.countries.filter((c) => c.focus)).toHaveLength(3);
    // Projecting every country's outline takes seconds of CPU: past vitest's 5 s on a loaded machine.
  }, 30_000);
});
