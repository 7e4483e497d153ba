/**
 * Geometry for charts drawn at build time as SVG: scales, ticks, point positions and the labels
 * beside them. Pure functions; src/components/ClaimChart.astro turns the result into markup. No
 * chart code runs in the browser.
 */

/** One claim to plot. */
export interface ChartPoint {
  /** Position on the time axis, in milliseconds since 1970 (UTC): the day, or the first day of a span. */
  x: number;
  /**
   * The last day of the span when the date is known only to a month, a season or a year: the
   * claim is drawn as a bar across the span, not as a point in its middle.
   */
  xEnd?: number | undefined;
  /** The value, or the low end of a range; must be above zero on a log scale. */
  y: number;
  /** The high end when the value is a range (`1,000–2,000`): drawn as a bar from `y` to `yHigh`. */
  yHigh?: number | undefined;
  /** `up` for `at least` and `more than`, `down` for `up to`: an arrow says the value is open on that side. */
  open?: 'up' | 'down' | undefined;
  /** Series name (e.g. the claimant); points of one series share a mark. */
  series: string;
  /** What a reader is told about the point (its accessible description). */
  label: string;
  /** The text drawn beside the point: the value as claimed, e.g. `at least 100`. */
  valueLabel?: string | undefined;
  /** A fuller label tried first, e.g. `at least 100 (Lee Seong-kweun)`; `valueLabel` is used where it does not fit. */
  longLabel?: string | undefined;
}

/** A point placed on the canvas. */
export interface PlacedPoint extends ChartPoint {
  /** Where the mark is drawn: the point, or the middle of its span. */
  cx: number;
  cy: number;
  /** The span's ends on the time axis (equal to `cx` for a day). */
  x0: number;
  x1: number;
  /** The range's top on the value axis (equal to `cy` for one number). */
  cyHigh: number;
  /** Index of its series in `series`, for the mark's shape and colour. */
  seriesIndex: number;
}

/** A label placed beside its point. */
export interface PlacedLabel {
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** Index of the point it labels in `points`. */
  point: number;
}

/** Everything needed to draw the chart. */
export interface ChartLayout {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  log: boolean;
  yTicks: { value: number; y: number; label: string }[];
  xTicks: { value: number; x: number; label: string; anchor: 'start' | 'middle' | 'end' }[];
  series: string[];
  points: PlacedPoint[];
  labels: PlacedLabel[];
}

/** Options for `layoutPointChart`. */
export interface ChartOptions {
  width: number;
  height: number;
  /** Values are counts: only whole numbers on the value axis (no tick at 0.5 soldiers). */
  integer?: boolean | undefined;
  /** Font size of the labels, in the chart's units, to estimate their widths. */
  fontSize?: number | undefined;
}

/** When the largest value is at least this many times the smallest, the value axis is logarithmic. */
export const LOG_SCALE_RATIO = 20;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Whether values spread widely enough to need a log scale (all positive, ratio at least {@link LOG_SCALE_RATIO}). */
export function needsLogScale(values: readonly number[]): boolean {
  if (values.length === 0 || values.some((v) => v <= 0)) return false;
  return Math.max(...values) / Math.min(...values) >= LOG_SCALE_RATIO;
}

/**
 * Round tick values covering [min, max]: powers of ten (with 2 and 5 between when few) on a log
 * scale, 1-2-5 steps on a linear one. With `integer`, every tick is a whole number (a count has no
 * tick at 0.5 or 0.1).
 */
export function niceTicks(min: number, max: number, log: boolean, integer = false): number[] {
  if (log) {
    const lo = integer ? Math.max(0, Math.floor(Math.log10(min))) : Math.floor(Math.log10(min));
    const hi = Math.max(lo + 1, Math.ceil(Math.log10(max)));
    const steps = hi - lo <= 2 ? [1, 2, 5] : [1];
    const ticks: number[] = [];
    for (let p = lo; p <= hi; p += 1) for (const s of steps) ticks.push(s * 10 ** p);
    return ticks.filter((t) => t >= 10 ** lo && t <= 10 ** hi);
  }
  const span = max - Math.min(0, min) || 1;
  const raw = span / 5;
  const mag = 10 ** Math.floor(Math.log10(raw));
  let step = [1, 2, 5, 10].map((s) => s * mag).find((s) => span / s <= 6)!;
  if (integer) step = Math.max(1, Math.round(step));
  const ticks: number[] = [];
  for (let t = 0; t <= max + step / 2; t += step) ticks.push(Math.round(t * 1e6) / 1e6);
  if (ticks[ticks.length - 1]! < max) ticks.push(ticks[ticks.length - 1]! + step);
  return ticks;
}

/** First-of-month ticks from the month of `from` up to the month after `to`, every 1, 2, 3, 6 or 12 months so that there are at most `max`. */
export function monthTicks(from: number, to: number, max = 6): number[] {
  const start = new Date(from);
  const first = Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), 1);
  const months = (t: number) => new Date(t).getUTCFullYear() * 12 + new Date(t).getUTCMonth();
  const total = months(to) - months(first) + 1;
  const every = [1, 2, 3, 6, 12].find((n) => Math.floor(total / n) + 1 <= max) ?? 12;
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

/**
 * A generous width of a label in the chart's units: the interface fonts average a little over half
 * their size per character (DejaVu Sans, the widest likely, about 0.6), so labels placed by it are
 * not cut off or run into each other in any of them.
 */
export function estimateTextWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.62;
}

/** Where a label centred at `x` must be anchored so that it stays within [left, right]. */
export function anchorWithin(
  x: number,
  width: number,
  left: number,
  right: number,
): 'start' | 'middle' | 'end' {
  if (x - width / 2 < left) return 'start';
  if (x + width / 2 > right) return 'end';
  return 'middle';
}

const DAY = 86_400_000;

/** How far an arrow for an open value (at least, up to) reaches from its point, in the chart's units. */
export const ARROW = 20;

/** Where the words "log scale" are written (baseline, from the chart's top) and how wide they may be. */
export const LOG_NOTE_BASELINE = 14;
const LOG_NOTE_WIDTH = 80;

/** Labels keep this far from the chart's sides: their halo and the glyphs' overhang draw a little beyond the text. */
const EDGE = 6;

/** Lays out a chart of values over time, log-scaled when the values spread widely; each point gets a label that overlaps no other. */
export function layoutPointChart(
  points: readonly ChartPoint[],
  options: ChartOptions = { width: 480, height: 300 },
): ChartLayout {
  if (points.length === 0) throw new Error('layoutPointChart: nothing to plot');
  const { width, height } = options;
  const fontSize = options.fontSize ?? 13;
  const ys = points.flatMap((p) => (p.yHigh === undefined ? [p.y] : [p.y, p.yHigh]));
  const log = needsLogScale(ys);
  const yTickValues = niceTicks(Math.min(...ys), Math.max(...ys), log, options.integer ?? false);
  const yLabels = yTickValues.map((value) => value.toLocaleString('en-GB'));
  const left = Math.ceil(Math.max(...yLabels.map((l) => estimateTextWidth(l, 14))) + 16);
  // Room above the top gridline for a label or an arrow on the highest point.
  const plot = { left, top: 34, right: width - 12, bottom: height - 34 };
  const yMin = log ? yTickValues[0]! : 0;
  const yMax = yTickValues[yTickValues.length - 1]!;
  const f = (v: number) => (log ? Math.log10(v) : v);
  const yOf = (v: number) =>
    plot.bottom - ((f(v) - f(yMin)) / (f(yMax) - f(yMin) || 1)) * (plot.bottom - plot.top);

  // A span's last day is drawn to the end of that day.
  const ends = points.map((p) => (p.xEnd ?? p.x) + (p.xEnd === undefined ? 0 : DAY));
  const xs = points.map((p) => p.x);
  // Room for a label of about 65 units and a gap, so that an end-anchored last label clears the one before.
  const maxTicks = Math.max(2, Math.floor((plot.right - plot.left) / 95));
  const ticks = monthTicks(Math.min(...xs), Math.max(...ends) - 1, maxTicks);
  const xMin = ticks[0]!;
  const xMax = Math.max(ticks[ticks.length - 1]!, ...ends);
  const pad = 12;
  const xOf = (t: number) =>
    plot.left + pad + ((t - xMin) / (xMax - xMin || 1)) * (plot.right - plot.left - 2 * pad);

  const series = [...new Set(points.map((p) => p.series))];
  const placed: PlacedPoint[] = points.map((p, i) => {
    const x0 = xOf(p.x);
    const x1 = p.xEnd === undefined ? x0 : xOf(ends[i]!);
    const cyLow = yOf(p.y);
    const cyHigh = p.yHigh === undefined ? cyLow : yOf(p.yHigh);
    return {
      ...p,
      x0,
      x1,
      cx: (x0 + x1) / 2,
      cy: (cyLow + cyHigh) / 2,
      cyHigh,
      seriesIndex: series.indexOf(p.series),
    };
  });
  return {
    width,
    height,
    plot,
    log,
    yTicks: yTickValues.map((value, i) => ({ value, y: yOf(value), label: yLabels[i]! })),
    xTicks: ticks.map((value) => {
      const label = formatMonthTick(value);
      return {
        value,
        x: xOf(value),
        label,
        anchor: anchorWithin(xOf(value), estimateTextWidth(label, 14), 0, width),
      };
    }),
    series,
    points: placed,
    labels: placeLabels(placed, {
      width,
      fontSize,
      plot,
      yTicks: yTickValues.map(yOf),
      // The words "log scale" are written above the value axis, at the plot's top left.
      reserved: log
        ? [{ left: plot.left, right: plot.left + LOG_NOTE_WIDTH, top: 0, bottom: LOG_NOTE_BASELINE + 4 }]
        : [],
    }),
  };
}

/** Boxes of labels, to keep them apart. */
interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}
const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * A label for each point with a `valueLabel`: its `longLabel` where one fits, else the value
 * alone; beside, above or below its mark, kept inside the chart, clear of other marks, arrows and
 * labels already placed. The highest points are labelled first.
 */
function placeLabels(
  points: readonly PlacedPoint[],
  {
    width,
    fontSize,
    plot,
    yTicks,
    reserved,
  }: {
    width: number;
    fontSize: number;
    plot: ChartLayout['plot'];
    yTicks: readonly number[];
    reserved: readonly Box[];
  },
): PlacedLabel[] {
  // Marks are drawn 6 units either side of their point; a range's bar runs from cyHigh down to its low end.
  const taken: Box[] = points.map((p) => ({
    left: p.x0 - 6,
    right: p.x1 + 6,
    top: p.cyHigh - 6,
    bottom: p.cy + (p.cy - p.cyHigh) + 6,
  }));
  taken.push(...reserved);
  // The value axis's labels, left of the plot.
  for (const y of yTicks) taken.push({ left: 0, right: plot.left, top: y - 9, bottom: y + 9 });
  // Arrows take the space above (or below) their mark.
  points.forEach((p) => {
    if (p.open === 'up')
      taken.push({ left: p.cx - 5, right: p.cx + 5, top: p.cyHigh - ARROW - 2, bottom: p.cyHigh });
    if (p.open === 'down')
      taken.push({ left: p.cx - 5, right: p.cx + 5, top: p.cy, bottom: p.cy + ARROW + 2 });
  });
  const labels: PlacedLabel[] = [];
  const lineHeight = fontSize * 1.25;
  // Highest points first: they have the least room above.
  const order = points.map((_, i) => i).sort((a, b) => points[a]!.cyHigh - points[b]!.cyHigh);
  for (const i of order) {
    const p = points[i]!;
    if (!p.valueLabel) continue;
    // Next to the mark, the long label, else the short one; only then the short one a line or more
    // away (a long label far from its mark could be read as another's); else over whatever is there.
    const placed =
      (p.longLabel ? placeOne(p, i, p.longLabel, 'near') : undefined) ??
      placeOne(p, i, p.valueLabel, 'near') ??
      placeOne(p, i, p.valueLabel, 'far') ??
      placeOne(p, i, p.valueLabel, 'anywhere')!;
    taken.push(boxOf(placed, estimateTextWidth(placed.text, fontSize)));
    labels.push(placed);
  }
  return labels.sort((a, b) => a.point - b.point);

  function boxOf(c: { x: number; y: number; anchor: PlacedLabel['anchor'] }, w: number): Box {
    const l = c.anchor === 'start' ? c.x : c.anchor === 'end' ? c.x - w : c.x - w / 2;
    return { left: l, right: l + w, top: c.y - fontSize, bottom: c.y + fontSize * 0.3 };
  }

  function placeOne(
    p: PlacedPoint,
    i: number,
    text: string,
    reach: 'near' | 'far' | 'anywhere',
  ): PlacedLabel | undefined {
    const w = estimateTextWidth(text, fontSize);
    const above = p.cyHigh - 11;
    const below = p.cy + (p.cy - p.cyHigh) + 10 + fontSize;
    const right = p.x1 + 10;
    // Candidate baselines and anchors: beside to the right, above (unless an arrow is there), below,
    // to the left, then further up and down.
    const candidates: { x: number; y: number; anchor: PlacedLabel['anchor'] }[] = [];
    const centred = (y: number) => {
      const anchor = anchorWithin(p.cx, w, EDGE, width - EDGE);
      candidates.push({
        x:
          anchor === 'start'
            ? Math.max(EDGE, p.cx - w / 2)
            : anchor === 'end'
              ? Math.min(width - EDGE, p.cx + w / 2)
              : p.cx,
        y,
        anchor: anchor === 'middle' ? 'middle' : anchor,
      });
    };
    candidates.push({ x: right, y: p.cy + fontSize * 0.35, anchor: 'start' });
    if (p.open !== 'up') centred(above);
    centred(below);
    candidates.push({ x: p.x0 - 10, y: p.cy + fontSize * 0.35, anchor: 'end' });
    if (reach !== 'near')
      for (let k = 1; k <= 6; k += 1) {
        centred(above - k * lineHeight);
        centred(below + k * lineHeight);
      }
    const inside = (b: Box) =>
      b.left >= EDGE && b.right <= width - EDGE && b.top >= 0 && b.bottom <= plot.bottom + 4;
    const fits = candidates.find((c) => {
      const b = boxOf(c, w);
      return inside(b) && !taken.some((t) => overlaps(t, b));
    });
    const chosen = fits ?? (reach === 'anywhere' ? candidates[1]! : undefined);
    return chosen && { text, ...chosen, point: i };
  }
}
