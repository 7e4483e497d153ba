import { describe, expect, it } from 'vitest';
import { formatMonthTick, layoutPointChart, monthTicks, needsLogScale, niceTicks } from '../../src/lib/chart';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('needsLogScale', () => {
  it('is true when values span twenty times or more, all positive', () => {
    expect(needsLogScale([47, 4700])).toBe(true);
    expect(needsLogScale([50, 100])).toBe(false);
    expect(needsLogScale([0, 4700])).toBe(false);
  });
});

describe('niceTicks', () => {
  it('gives powers of ten covering a wide log range', () => {
    expect(niceTicks(47, 4700, true)).toEqual([10, 100, 1000, 10000]);
  });

  it('adds 2 and 5 steps when a log range is narrow', () => {
    expect(niceTicks(12, 90, true)).toEqual([10, 20, 50, 100]);
  });

  it('gives round linear steps from zero past the maximum', () => {
    expect(niceTicks(47, 110, false)).toEqual([0, 20, 40, 60, 80, 100, 120]);
  });
});

describe('monthTicks', () => {
  it('puts first-of-month ticks at a step that keeps their number small', () => {
    const ticks = monthTicks(day('2024-12-17'), day('2025-07-01'));
    expect(ticks.map(formatMonthTick)).toEqual(['Dec 2024', 'Feb 2025', 'Apr 2025', 'Jun 2025', 'Aug 2025']);
  });
});

describe('formatMonthTick', () => {
  it('writes a short month and year', () => {
    expect(formatMonthTick(day('2025-03-01'))).toBe('Mar 2025');
  });
});

describe('layoutPointChart', () => {
  const points = [
    { x: day('2024-12-17'), y: 47, series: 'Special Forces', label: 'a' },
    { x: day('2024-12-20'), y: 100, series: 'Lee', label: 'b' },
    { x: day('2025-07-01'), y: 4700, series: 'NIS', label: 'c' },
  ];
  const chart = layoutPointChart(points, { width: 600, height: 300 });

  it('switches to a log scale for 47 to 4,700', () => {
    expect(chart.log).toBe(true);
  });

  it('places larger values higher and later dates further right, inside the plot', () => {
    const [a, b, c] = chart.points;
    expect(a!.cy).toBeGreaterThan(b!.cy);
    expect(b!.cy).toBeGreaterThan(c!.cy);
    expect(a!.cx).toBeLessThan(b!.cx);
    expect(b!.cx).toBeLessThan(c!.cx);
    for (const p of chart.points) {
      expect(p.cx).toBeGreaterThanOrEqual(chart.plot.left);
      expect(p.cx).toBeLessThanOrEqual(chart.plot.right);
      expect(p.cy).toBeGreaterThanOrEqual(chart.plot.top);
      expect(p.cy).toBeLessThanOrEqual(chart.plot.bottom);
    }
  });

  it('spaces log ticks evenly: 100 lies halfway between 10 and 1,000', () => {
    const y = Object.fromEntries(chart.yTicks.map((t) => [t.value, t.y]));
    expect(y[100]).toBeCloseTo((y[10]! + y[1000]!) / 2, 6);
  });

  it('numbers the series in order of first appearance', () => {
    expect(chart.series).toEqual(['Special Forces', 'Lee', 'NIS']);
    expect(chart.points.map((p) => p.seriesIndex)).toEqual([0, 1, 2]);
  });

  it('refuses an empty chart', () => {
    expect(() => layoutPointChart([])).toThrow(/nothing to plot/);
  });
});
