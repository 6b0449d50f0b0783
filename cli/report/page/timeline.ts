/**
 * @fileoverview The heap timeline of one run on a canvas: one row per allocator event on
 * the shared address axis, drawn only for the rows in view (virtual scrolling), so 100,000
 * events cost what a screenful costs. When rows get thinner than a pixel, each pixel row
 * shows the state at the event it falls on (the zoomed-out summary), and blocks thinner
 * than a pixel merge into grey runs whose darkness is the share of used bytes.
 */

import { COLORS, allocFill, allocStroke, heapRow, segAt, type Axis, type RowGeometry } from "../geometry.js";
import { HeapReplay, rowEvent, shortCall, type RunData } from "../model.js";
import { newSpaceLabel } from "../svg.js";
import { fitCanvas, hatch } from "./dom.js";

export const GUTTER = 200;
const FONT = "12px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace";
const SMALL = "10.5px system-ui, -apple-system, Segoe UI, Helvetica, Arial, sans-serif";

export interface Hover {
  row: number;
  event: number;
  block: number;
}

export class Timeline {
  readonly replay: HeapReplay;
  rowH = 26;
  private geo = new Map<number, RowGeometry>();
  private pending = false;
  private patterns: { hatch: CanvasPattern | string; fresh: CanvasPattern | string } | null = null;
  private base: HTMLCanvasElement | null = null;
  private baseKey = "";
  private readonly fragRows = new Set<number>();
  current = 0;

  constructor(
    readonly run: RunData,
    readonly rows: number[],
    public axis: Axis,
    readonly canvas: HTMLCanvasElement,
    readonly scroller: HTMLElement,
    readonly spacer: HTMLElement,
    /** Width of the label column (the first column of a comparison has the labels). */
    readonly gutter: number,
  ) {
    this.replay = new HeapReplay(run);
    for (const n of run.notes) if (n.kind === "fragmentation") this.fragRows.add(n.event);
  }

  /** The scroller's height from the stylesheet (min(62vh, 640px)). */
  maxHeight(): number {
    return Math.min(window.innerHeight * 0.62, 640);
  }

  get height(): number {
    return this.scroller.clientHeight;
  }

  /** Total content height for the current row height. */
  contentHeight(): number {
    return Math.max(this.height, this.rows.length * this.rowH);
  }

  layout(): void {
    // A short run does not need a tall, mostly empty scroller.
    const want = this.rows.length * this.rowH + 2;
    this.scroller.style.height = want < this.maxHeight() ? `${Math.max(want, 60)}px` : "";
    this.spacer.style.height = `${this.contentHeight()}px`;
    this.geo.clear();
    this.baseKey = "";
    this.request();
  }

  request(): void {
    if (this.pending) return;
    this.pending = true;
    requestAnimationFrame(() => {
      this.pending = false;
      this.draw();
    });
  }

  /** Row geometry (cached while the row height stays the same). */
  rowGeometry(r: number): RowGeometry {
    let g = this.geo.get(r);
    if (g) return g;
    const { event } = rowEvent(this.rows[r]!);
    const blocks = this.replay.stateAt(event);
    const brk = event >= 0 ? this.run.ev.brk[event]! : this.run.layout.heapStart;
    const labels = this.rowH >= 18;
    g = heapRow(blocks, this.run.layout, brk, this.axis, {
      charPx: labels ? 6.4 : 0,
      minPx: 1.5,
      policy: this.run.policy,
      newLabel: rowEvent(this.rows[r]!).spacer ? undefined : newSpaceLabel(this.run, event),
    });
    if (this.geo.size > 4000) this.geo.clear();
    this.geo.set(r, g);
    return g;
  }

  /** Row under a y coordinate of the canvas. */
  rowAtY(y: number): number {
    const r = Math.floor((this.scroller.scrollTop + y) / this.rowH);
    return Math.max(0, Math.min(this.rows.length - 1, r));
  }

  hoverAt(x: number, y: number): Hover | null {
    const r = this.rowAtY(y);
    const { event } = rowEvent(this.rows[r]!);
    const g = this.rowGeometry(r);
    const k = segAt(g, x);
    return { row: r, event, block: k >= 0 ? g.segs[k]!.block : -1 };
  }

  /** Scrolls so that row r is in view (centred when it was out of view). */
  reveal(r: number): void {
    const top = r * this.rowH;
    const st = this.scroller.scrollTop;
    const h = this.height;
    if (top < st + 4 || top + Math.max(this.rowH, 1) > st + h - 4) this.scroller.scrollTop = Math.max(0, top - h / 2);
  }

  draw(): void {
    const w = this.scroller.clientWidth;
    const h = this.height;
    const ctx = fitCanvas(this.canvas, w, h);
    this.patterns ??= { hatch: hatch(ctx, COLORS.gap, "#d1d5db"), fresh: hatch(ctx, COLORS.unclaimed, "#fcd34d") };
    // The rows are painted once per view (scroll position, zoom, size); a step that stays in
    // view only moves the cursor drawn over them.
    const key = `${this.scroller.scrollTop}|${this.rowH}|${w}|${h}|${this.axis.x}|${this.axis.width}|${window.devicePixelRatio}`;
    if (this.base === null || key !== this.baseKey) {
      this.base ??= document.createElement("canvas");
      this.paint(fitCanvas(this.base, w, h), w, h);
      this.baseKey = key;
    }
    ctx.drawImage(this.base, 0, 0, w, h);
    this.marker(ctx, w, h);
  }

  private paint(ctx: CanvasRenderingContext2D, w: number, h: number): void {
    const patterns = this.patterns!;
    ctx.clearRect(0, 0, w, h);
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, w, h);
    const st = this.scroller.scrollTop;
    const rowH = this.rowH;
    const pad = rowH >= 10 ? Math.min(4, rowH * 0.16) : rowH >= 3 ? 1 : 0;
    const barH = Math.max(1, rowH - 2 * pad);
    const axisEnd = this.axis.x + this.axis.width;
    // Rows in view; below a pixel per row, one sample per pixel row.
    const samples: { r: number; y: number; hh: number }[] = [];
    if (rowH >= 1) {
      const first = Math.max(0, Math.floor(st / rowH));
      const last = Math.min(this.rows.length - 1, Math.floor((st + h) / rowH));
      for (let r = first; r <= last; r++) samples.push({ r, y: r * rowH - st + pad, hh: barH });
    } else {
      for (let y = 0; y < h; y++) {
        const r = Math.floor((st + y) / rowH);
        if (r >= this.rows.length) break;
        samples.push({ r, y, hh: 1 });
      }
    }
    let prevBrk: { x: number; y: number } | null = null;
    ctx.lineWidth = 1;
    for (const s of samples) {
      const g = this.rowGeometry(s.r);
      const entry = rowEvent(this.rows[s.r]!);
      // Above the break: not heap (yet).
      if (g.brkX < axisEnd) {
        ctx.fillStyle = patterns.hatch;
        ctx.fillRect(g.brkX, s.y, axisEnd - g.brkX, s.hh);
      }
      for (const seg of g.segs) {
        const x = seg.x0;
        const sw = Math.max(seg.x1 - seg.x0, 0.6);
        switch (seg.kind) {
          case "used":
          case "fence":
          case "slab":
            // Below 3 px a row is a texture: one ink for used bytes reads better than a confetti of colours.
            ctx.fillStyle = s.hh >= 3 ? allocFill(seg.alloc) : "#6f87ad";
            break;
          case "free":
            ctx.fillStyle = COLORS.free;
            break;
          case "pad":
            ctx.fillStyle = COLORS.pad;
            break;
          case "unclaimed":
            ctx.fillStyle = patterns.fresh;
            break;
          case "mixed": {
            const f = seg.end > seg.start ? seg.used / (seg.end - seg.start) : 0;
            ctx.fillStyle = s.hh >= 3 ? `rgba(107,114,128,${(0.15 + 0.85 * f).toFixed(2)})` : `rgba(111,135,173,${(0.15 + 0.85 * f).toFixed(2)})`;
            break;
          }
        }
        ctx.fillRect(x, s.y, sw, s.hh);
        if (s.hh >= 4 && sw >= 3 && seg.kind !== "mixed" && seg.kind !== "pad") {
          ctx.strokeStyle = seg.kind === "free" ? COLORS.freeStroke : seg.kind === "unclaimed" ? COLORS.unclaimedStroke : allocStroke(seg.alloc);
          ctx.strokeRect(x + 0.5, s.y + 0.5, sw - 1, s.hh - 1);
        }
        if (s.hh >= 4) {
          const strip = seg.kind === "free" ? "#9ca3af" : allocStroke(seg.alloc);
          ctx.fillStyle = strip;
          if (seg.hdrPx > 0) ctx.fillRect(x, s.y, seg.hdrPx, s.hh);
          if (seg.ftrPx > 0) ctx.fillRect(seg.x1 - seg.ftrPx, s.y, seg.ftrPx, s.hh);
        }
        if (seg.label && rowH >= 18) {
          ctx.font = seg.kind === "used" ? `600 ${SMALL}` : SMALL;
          ctx.fillStyle = seg.kind === "free" ? COLORS.muted : seg.kind === "unclaimed" ? "#92400e" : COLORS.ink;
          ctx.textAlign = "center";
          ctx.textBaseline = "middle";
          ctx.fillText(seg.label, (seg.x0 + seg.x1) / 2, s.y + s.hh / 2 + 0.5);
        }
      }
      // The break: a red edge that moves from row to row.
      ctx.strokeStyle = COLORS.brk;
      ctx.lineWidth = 2;
      ctx.beginPath();
      const top = rowH >= 1 ? s.y - pad : s.y;
      const bottom = rowH >= 1 ? s.y - pad + rowH : s.y + 1;
      if (prevBrk) ctx.moveTo(prevBrk.x, prevBrk.y);
      else ctx.moveTo(g.brkX, top);
      ctx.lineTo(g.brkX, top);
      ctx.lineTo(g.brkX, bottom);
      ctx.stroke();
      ctx.lineWidth = 1;
      prevBrk = { x: g.brkX, y: bottom };
      // Gutter: the call, dimmed for spacer rows (another policy called brk here).
      if (rowH >= 14 && this.gutter >= 100) {
        ctx.textAlign = "left";
        ctx.textBaseline = "middle";
        const yMid = s.y + s.hh / 2;
        if (entry.spacer) {
          ctx.font = SMALL;
          ctx.fillStyle = "#9ca3af";
          ctx.fillText("(no brk here)", 8, yMid);
        } else {
          const e = entry.event;
          ctx.font = FONT;
          ctx.fillStyle = COLORS.ink;
          ctx.fillText(clip(shortCall(this.run, e), 22), 8, yMid);
          const site = this.run.sites[this.run.ev.site[e]!];
          if (site?.line) {
            ctx.font = SMALL;
            ctx.fillStyle = COLORS.muted;
            ctx.textAlign = "right";
            ctx.fillText(`:${site.line}`, this.gutter - 22, yMid);
          }
          if (this.fragRows.has(e)) {
            ctx.font = `700 13px system-ui, sans-serif`;
            ctx.fillStyle = COLORS.frag;
            ctx.textAlign = "center";
            ctx.fillText("!", this.gutter - 10, yMid);
          }
        }
      }
    }
    // Zoomed out: event numbers down the label column instead of the calls.
    if (rowH < 14 && this.gutter >= 100) {
      ctx.font = SMALL;
      ctx.fillStyle = COLORS.muted;
      ctx.textAlign = "left";
      ctx.textBaseline = "middle";
      const every = Math.max(1, niceStep(Math.ceil(60 / rowH)));
      // Ticks at events 1, every, 2 every, ... (1-based, as the stepper counts).
      for (let k = Math.max(0, Math.floor(st / rowH / every)); ; k++) {
        const r = k === 0 ? 0 : k * every - 1;
        const y = r * rowH - st;
        if (r >= this.rows.length || y >= h) break;
        if (y < -1) continue;
        ctx.fillRect(this.gutter - 16, y, 8, 1);
        ctx.fillText(`event ${r + 1}`, 8, Math.max(y, 6));
      }
    }
  }

  /** The current row's outline, visible at any zoom. */
  private marker(ctx: CanvasRenderingContext2D, w: number, h: number): void {
    const rowH = this.rowH;
    const cy = this.current * rowH - this.scroller.scrollTop;
    if (cy >= -2 && cy <= h + 2) {
      ctx.fillStyle = "rgba(37, 99, 235, 0.12)";
      ctx.fillRect(0, cy, w, Math.max(rowH, 3));
      ctx.strokeStyle = "#2563eb";
      ctx.lineWidth = 2;
      ctx.strokeRect(1, Math.max(cy, 0) + 1, w - 2, Math.max(rowH, 3) - 2);
      ctx.lineWidth = 1;
    }
  }
}

/** 1, 2, 5, 10, 20, 50 ... at least n. */
function niceStep(n: number): number {
  let p = 1;
  for (;;) {
    for (const m of [1, 2, 5]) if (m * p >= n) return m * p;
    p *= 10;
  }
}

function clip(s: string, n: number): string {
  return s.length <= n ? s : s.slice(0, n - 1) + "…";
}
