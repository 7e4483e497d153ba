import { describe, expect, it } from 'vitest';
import {
  anchorWithin,
  estimateTextWidth,
  formatMonthTick,
  layoutPointChart,
  monthTicks,
  needsLogScale,
  LOG_NOTE_BASELINE,
  niceTicks,
} from '../../src/lib/chart';

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

describe('niceTicks for counts', () => {
  it('never puts a tick between whole numbers: 1 and 2 soldiers get 0, 1, 2, not 0.5 or 1.5', () => {
    expect(niceTicks(1, 2, false)).toContain(0.5);
    expect(niceTicks(1, 2, false, true)).toEqual([0, 1, 2]);
    for (const t of niceTicks(3, 7, false, true)) expect(Number.isInteger(t)).toBe(true);
  });
});

describe('anchorWithin', () => {
  it('keeps a centred label inside the chart: start at the left edge, end at the right', () => {
    expect(anchorWithin(10, 60, 0, 600)).toBe('start');
    expect(anchorWithin(300, 60, 0, 600)).toBe('middle');
    expect(anchorWithin(590, 60, 0, 600)).toBe('end');
  });
});

describe('layoutPointChart: what a reader sees', () => {
  // The killed-soldiers chart: a month-dated floor, a day-dated floor, a year-dated estimate.
  const points = [
    {
      x: day('2024-12-01'),
      xEnd: day('2024-12-31'),
      y: 100,
      open: 'up' as const,
      series: 'Lee',
      label: 'a',
      valueLabel: 'at least 100',
      longLabel: 'at least 100 (Lee Seong-kweun)',
    },
    {
      x: day('2024-12-17'),
      y: 50,
      open: 'up' as const,
      series: 'Special Forces',
      label: 'b',
      valueLabel: 'more than 50',
      longLabel: 'more than 50 (Ukrainian Special Forces)',
    },
    {
      x: day('2025-01-01'),
      xEnd: day('2025-12-31'),
      y: 4700,
      series: 'NIS',
      label: 'c',
      valueLabel: 'about 4,700',
      longLabel: 'about 4,700 (National Intelligence Service)',
    },
  ];
  const boxOf = (l: { x: number; y: number; anchor: string; text: string }) => {
    const w = estimateTextWidth(l.text, 13);
    const left = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - w : l.x - w / 2;
    return { left, right: left + w, top: l.y - 13, bottom: l.y + 4 };
  };

  for (const size of [
    { width: 640, height: 340 },
    { width: 360, height: 320 },
  ]) {
    const chart = layoutPointChart(points, size);

    it(`draws a date known only to a year as a bar across that year, not a point in July (${size.width} wide)`, () => {
      const year = chart.points[2]!;
      expect(year.x1 - year.x0).toBeGreaterThan((chart.plot.right - chart.plot.left) / 2);
      // It starts after 17 December 2024 and its mark is not where a July point would be alone.
      expect(year.x0).toBeGreaterThan(chart.points[1]!.cx);
      expect(year.x1).toBeGreaterThan(year.cx);
      // A day is a point.
      expect(chart.points[1]!.x0).toBe(chart.points[1]!.x1);
    });

    it(`keeps every axis label whole, inside the chart (${size.width} wide)`, () => {
      for (const t of chart.xTicks) {
        const w = estimateTextWidth(t.label, 14);
        const left = t.anchor === 'start' ? t.x : t.anchor === 'end' ? t.x - w : t.x - w / 2;
        expect(left).toBeGreaterThanOrEqual(0);
        expect(left + w).toBeLessThanOrEqual(size.width);
      }
      expect(chart.xTicks.length).toBeGreaterThanOrEqual(2);
      // And no two of them touch.
      const boxes = chart.xTicks.map((t) => {
        const w = estimateTextWidth(t.label, 14);
        return t.anchor === 'start'
          ? [t.x, t.x + w]
          : t.anchor === 'end'
            ? [t.x - w, t.x]
            : [t.x - w / 2, t.x + w / 2];
      });
      for (let i = 1; i < boxes.length; i += 1) expect(boxes[i]![0]!).toBeGreaterThan(boxes[i - 1]![1]! + 4);
    });

    it(`labels every point with its value, inside the chart, no two labels overlapping (${size.width} wide)`, () => {
      expect(chart.labels.map((l) => l.point)).toEqual([0, 1, 2]);
      chart.labels.forEach((l, i) => {
        expect(l.text.startsWith(points[i]!.valueLabel)).toBe(true);
        const b = boxOf(l);
        expect(b.left).toBeGreaterThanOrEqual(0);
        expect(b.right).toBeLessThanOrEqual(size.width);
      });
      const boxes = chart.labels.map(boxOf);
      for (let i = 0; i < boxes.length; i += 1)
        for (let j = i + 1; j < boxes.length; j += 1) {
          const [a, b] = [boxes[i]!, boxes[j]!];
          expect(a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom).toBe(false);
        }
    });
  }

  it('keeps labels off the words "log scale" at the top left of a log chart', () => {
    for (const size of [
      { width: 640, height: 340 },
      { width: 360, height: 320 },
    ]) {
      const chart = layoutPointChart(
        [
          {
            x: day('2024-12-01'),
            xEnd: day('2024-12-31'),
            y: 1000,
            series: 'Lee',
            label: 'a',
            valueLabel: '1,000',
            longLabel: '1,000 (Lee Seong-kweun)',
          },
          {
            x: day('2024-12-17'),
            y: 47,
            series: 'SF',
            label: 'b',
            valueLabel: '47',
            longLabel: '47 (Ukrainian Special Forces)',
          },
        ],
        size,
      );
      expect(chart.log).toBe(true);
      for (const l of chart.labels) {
        const b = boxOf(l);
        const onNote =
          b.left < chart.plot.left + 80 && b.right > chart.plot.left && b.top < LOG_NOTE_BASELINE + 4;
        expect(onNote, `${size.width}: "${l.text}" over "log scale"`).toBe(false);
      }
    }
  });

  it('puts a label next to its own mark, shortened if need be, rather than far away where it could be read as another’s', () => {
    const chart = layoutPointChart(
      [
        {
          x: day('2025-01-01'),
          xEnd: day('2025-12-31'),
          y: 11000,
          series: 'NPR',
          label: 'a',
          valueLabel: '11,000',
          longLabel: '11,000 (NPR)',
        },
        {
          x: day('2025-10-01'),
          xEnd: day('2025-10-31'),
          y: 11000,
          series: 'UI',
          label: 'b',
          valueLabel: 'about 11,000',
          longLabel: 'about 11,000 (Ukrainian intelligence)',
        },
      ],
      { width: 360, height: 320 },
    );
    chart.labels.forEach((l) => {
      const p = chart.points[l.point]!;
      expect(
        Math.abs(l.y - p.cy),
        `"${l.text}" is ${Math.round(Math.abs(l.y - p.cy))} units from its mark`,
      ).toBeLessThan(32);
    });
  });

  it('names the claimant beside the value where there is room', () => {
    const chart = layoutPointChart(points, { width: 640, height: 340 });
    expect(chart.labels[0]!.text).toBe('at least 100 (Lee Seong-kweun)');
  });

  it('draws a range as a bar from its low to its high value', () => {
    const chart = layoutPointChart(
      [
        { x: day('2025-01-01'), y: 20, yHigh: 30, series: 'Vlad', label: 'a', valueLabel: '20–30' },
        { x: day('2025-02-01'), y: 40, series: 'X', label: 'b', valueLabel: '40' },
      ],
      { width: 360, height: 300 },
    );
    const range = chart.points[0]!;
    const y = Object.fromEntries(chart.yTicks.map((t) => [t.value, t.y]));
    expect(range.cyHigh).toBeCloseTo(y[30]!, 6);
    expect(range.cy + (range.cy - range.cyHigh)).toBeCloseTo(y[20]!, 6);
    expect(range.cyHigh).toBeLessThan(range.cy);
  });
});
