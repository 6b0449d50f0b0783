/**
 * @fileoverview The figures over time: heap size, bytes in use, utilization and external
 * fragmentation as small line charts, one line per run, a cursor at the current event.
 * Long series are drawn as a min/max band per pixel column (downsampled in model terms:
 * every event still counts).
 */

import { COLORS } from "../geometry.js";
import { humanSize, rowEvent, type ReportData, type RunData } from "../model.js";
import { el, fitCanvas } from "./dom.js";

export interface Series {
  title: string;
  /** Value after event e of a run (e = -1: before any event). */
  value(run: RunData, e: number): number;
  format(v: number): string;
  /** Fixed top of the y axis (percentages), else the maximum. */
  max?: number;
}

export const SERIES: Series[] = [
  { title: "heap size (brk − heap start)", value: (r, e) => (e < 0 ? 0 : r.metrics.heap[e]!), format: humanSize },
  { title: "bytes in use (requested, live)", value: (r, e) => (e < 0 ? 0 : r.metrics.inUse[e]!), format: humanSize },
  {
    title: "utilization (in use / heap size)",
    value: (r, e) => (e < 0 || r.metrics.heap[e]! === 0 ? 0 : r.metrics.inUse[e]! / r.metrics.heap[e]!),
    format: (v) => `${(v * 100).toFixed(0)}%`,
    max: 1,
  },
  {
    title: "external fragmentation (1 − largest hole / free)",
    value: (r, e) => (e < 0 || r.metrics.free[e]! === 0 ? 0 : 1 - r.metrics.largest[e]! / r.metrics.free[e]!),
    format: (v) => `${(v * 100).toFixed(0)}%`,
    max: 1,
  },
];

export const RUN_COLORS = ["#2563eb", "#d97706", "#059669", "#db2777", "#7c3aed"];
const RUN_DASH = [[], [6, 3], [2, 2], [8, 3, 2, 3], [1, 3]];

/** Per pixel column: min and max of the values of the rows it covers. */
export function bands(values: Float64Array, width: number): { min: Float64Array; max: Float64Array } {
  const n = values.length;
  const min = new Float64Array(width).fill(Infinity);
  const max = new Float64Array(width).fill(-Infinity);
  for (let i = 0; i < n; i++) {
    const x = n <= 1 ? 0 : Math.min(width - 1, Math.floor((i / (n - 1)) * (width - 1)));
    const v = values[i]!;
    if (v < min[x]!) min[x] = v;
    if (v > max[x]!) max[x] = v;
  }
  // Columns that no row falls on (fewer rows than pixels) take their left neighbour.
  for (let x = 1; x < width; x++) {
    if (min[x] === Infinity) {
      min[x] = min[x - 1]!;
      max[x] = max[x - 1]!;
    }
  }
  return { min, max };
}

export class Charts {
  private readonly canvases: HTMLCanvasElement[] = [];
  private readonly readouts: HTMLElement[] = [];
  private readonly values: Float64Array[][];
  private current = 0;
  /** bands() per series, run and width: a step redraws the cursor, not the data. */
  private readonly bandCache = new Map<string, { min: Float64Array; max: Float64Array }>();

  constructor(
    private readonly data: ReportData,
    host: HTMLElement,
    private readonly onPick: (row: number) => void,
  ) {
    const nrows = data.rows[0]?.length ?? 0;
    this.values = SERIES.map((s) =>
      data.runs.map((run, k) => {
        const v = new Float64Array(nrows);
        const rows = data.rows[k]!;
        for (let r = 0; r < nrows; r++) v[r] = s.value(run, rowEvent(rows[r]!).event);
        return v;
      }),
    );
    SERIES.forEach((s, i) => {
      const c = el("canvas", { "data-chart": String(i), role: "img", "aria-label": s.title });
      const readout = el("div", { class: "readout" });
      const fig = el("figure", { class: "chart" }, el("figcaption", {}, s.title), c, readout);
      host.append(fig);
      c.addEventListener("click", (ev) => {
        const rect = c.getBoundingClientRect();
        const f = (ev.clientX - rect.left - 6) / Math.max(1, rect.width - 12);
        this.onPick(Math.round(Math.max(0, Math.min(1, f)) * Math.max(0, nrows - 1)));
      });
      this.canvases.push(c);
      this.readouts.push(readout);
    });
    if (data.runs.length > 1) {
      const legend = el("div", { class: "chart-legend" });
      data.runs.forEach((r, k) => legend.append(el("span", { style: `color:${RUN_COLORS[k % RUN_COLORS.length]}` }, `━ ${r.policy}`)));
      host.append(legend);
    }
  }

  setCurrent(row: number): void {
    this.current = row;
    this.draw();
  }

  draw(): void {
    const nrows = this.data.rows[0]?.length ?? 0;
    SERIES.forEach((s, i) => {
      const c = this.canvases[i]!;
      const w = c.parentElement?.clientWidth ?? 240;
      const h = 96;
      const ctx = fitCanvas(c, w, h);
      ctx.fillStyle = "#ffffff";
      ctx.fillRect(0, 0, w, h);
      const series = this.values[i]!;
      let top = s.max ?? 0;
      if (s.max === undefined) for (const v of series) for (const x of v) top = Math.max(top, x);
      if (top <= 0) top = 1;
      const px = Math.max(2, Math.floor(w - 12));
      const Y = (v: number) => 6 + (h - 18) * (1 - v / top);
      ctx.strokeStyle = "#e5e7eb";
      ctx.beginPath();
      ctx.moveTo(6, Y(0) + 0.5);
      ctx.lineTo(w - 6, Y(0) + 0.5);
      ctx.moveTo(6, Y(top) + 0.5);
      ctx.lineTo(w - 6, Y(top) + 0.5);
      ctx.stroke();
      series.forEach((v, k) => {
        const key = `${i}/${k}/${px}`;
        let b = this.bandCache.get(key);
        if (!b) this.bandCache.set(key, (b = bands(v, px)));
        const color = RUN_COLORS[k % RUN_COLORS.length]!;
        ctx.strokeStyle = color;
        ctx.lineWidth = 1.5;
        ctx.setLineDash(RUN_DASH[k % RUN_DASH.length]!);
        ctx.beginPath();
        for (let x = 0; x < px; x++) {
          const X = 6 + x;
          if (x === 0) ctx.moveTo(X, Y(b.max[x]!));
          else ctx.lineTo(X, Y(b.max[x]!));
          if (b.min[x] !== b.max[x]) ctx.lineTo(X, Y(b.min[x]!));
        }
        ctx.stroke();
        ctx.setLineDash([]);
      });
      const cx = 6 + (nrows <= 1 ? 0 : (this.current / (nrows - 1)) * (px - 1));
      ctx.strokeStyle = COLORS.brk;
      ctx.lineWidth = 1;
      ctx.beginPath();
      ctx.moveTo(cx + 0.5, 2);
      ctx.lineTo(cx + 0.5, h - 10);
      ctx.stroke();
      ctx.fillStyle = COLORS.muted;
      ctx.font = "10px system-ui, sans-serif";
      ctx.textAlign = "left";
      ctx.fillText(s.format(top), 8, 12);
      ctx.fillText("events →", 8, h - 1);
      const parts = this.data.runs.map((r, k) => {
        const v = series[k]![this.current] ?? 0;
        return this.data.runs.length > 1 ? `${r.policy}: ${s.format(v)}` : s.format(v);
      });
      this.readouts[i]!.textContent = `now: ${parts.join(" · ")}`;
    });
  }
}
