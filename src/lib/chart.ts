/**
 * Geometry for charts drawn at build time as SVG: scales, ticks and point positions. Pure
 * functions; src/components/ClaimChart.astro turns the result into markup. No chart code runs in
 * the browser.
 */

/** One point to plot. */
export interface ChartPoint {
  /** Position on the time axis, in milliseconds since 1970 (UTC). */
  x: number;
  /** The value; must be above zero on a log scale. */
  y: number;
  /** Series name (e.g. the claimant); points of one series share a mark. */
  series: string;
  /** What a reader is told about the point. */
  label: string;
}

/** A point placed on the canvas. */
export interface PlacedPoint extends ChartPoint {
  cx: number;
  cy: number;
  /** Index of its series in `series`, for the mark's shape and colour. */
  seriesIndex: number;
}

/** Everything needed to draw the chart. */
export interface ChartLayout {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  log: boolean;
  yTicks: { value: number; y: number; label: string }[];
  xTicks: { value: number; x: number; label: string }[];
  series: string[];
  points: PlacedPoint[];
}

/** When the largest value is at least this many times the smallest, the value axis is logarithmic. */
export const LOG_SCALE_RATIO = 20;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Whether values spread widely enough to need a log scale (all positive, ratio at least {@link LOG_SCALE_RATIO}). */
export function needsLogScale(values: readonly number[]): boolean {
  if (values.length === 0 || values.some((v) => v <= 0)) return false;
  return Math.max(...values) / Math.min(...values) >= LOG_SCALE_RATIO;
}

/** Round tick values covering [min, max]: powers of ten (with 2 and 5 between when few) on a log scale, 1-2-5 steps on a linear one. */
export function niceTicks(min: number, max: number, log: boolean): number[] {
  if (log) {
    const lo = Math.floor(Math.log10(min));
    const hi = Math.ceil(Math.log10(max));
    const steps = hi - lo <= 2 ? [1, 2, 5] : [1];
    const ticks: number[] = [];
    for (let p = lo; p <= hi; p += 1) for (const s of steps) ticks.push(s * 10 ** p);
    return ticks.filter((t) => t >= 10 ** lo && t <= 10 ** hi);
  }
  const span = max - Math.min(0, min) || 1;
  const raw = span / 5;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((s) => s * mag).find((s) => span / s <= 6)!;
  const ticks: number[] = [];
  for (let t = 0; t <= max + step / 2; t += step) ticks.push(Math.round(t * 1e6) / 1e6);
  if (ticks[ticks.length - 1]! < max) ticks.push(ticks[ticks.length - 1]! + step);
  return ticks;
}

/** First-of-month ticks across a span of time, every 1, 2, 3 or 6 months so that there are at most `max`. */
export function monthTicks(from: number, to: number, max = 6): number[] {
  const start = new Date(from);
  const first = Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), 1);
  const months = (t: number) => new Date(t).getUTCFullYear() * 12 + new Date(t).getUTCMonth();
  const total = months(to) - months(first) + 1;
  const every = [1, 2, 3, 6, 12].find((n) => Math.ceil(total / n) <= max) ?? 12;
  const ticks: number[] = [];
  for (let i = 0; i <= total; i += every) {
    const d = new Date(first);
    ticks.push(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + i, 1));
  }
  return ticks;
}

/** A month tick's label: `Dec 2024`. */
export function formatMonthTick(t: number): string {
  const d = new Date(t);
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** Lays out a dot chart of values over time, log-scaled when the values spread widely. */
export function layoutPointChart(
  points: readonly ChartPoint[],
  size: { width: number; height: number } = { width: 480, height: 300 },
): ChartLayout {
  if (points.length === 0) throw new Error('layoutPointChart: nothing to plot');
  const plot = { left: 60, top: 18, right: size.width - 16, bottom: size.height - 36 };
  const ys = points.map((p) => p.y);
  const log = needsLogScale(ys);
  const yTickValues = niceTicks(Math.min(...ys), Math.max(...ys), log);
  const yMin = log ? yTickValues[0]! : 0;
  const yMax = yTickValues[yTickValues.length - 1]!;
  const f = (v: number) => (log ? Math.log10(v) : v);
  const yOf = (v: number) =>
    plot.bottom - ((f(v) - f(yMin)) / (f(yMax) - f(yMin) || 1)) * (plot.bottom - plot.top);

  const xs = points.map((p) => p.x);
  const ticks = monthTicks(Math.min(...xs), Math.max(...xs));
  const xMin = ticks[0]!;
  const xMax = Math.max(ticks[ticks.length - 1]!, Math.max(...xs));
  const pad = 12;
  const xOf = (t: number) =>
    plot.left + pad + ((t - xMin) / (xMax - xMin || 1)) * (plot.right - plot.left - 2 * pad);

  const series = [...new Set(points.map((p) => p.series))];
  return {
    ...size,
    plot,
    log,
    yTicks: yTickValues.map((value) => ({ value, y: yOf(value), label: value.toLocaleString('en-GB') })),
    xTicks: ticks.map((value) => ({ value, x: xOf(value), label: formatMonthTick(value) })),
    series,
    points: points.map((p) => ({ ...p, cx: xOf(p.x), cy: yOf(p.y), seriesIndex: series.indexOf(p.series) })),
  };
}
