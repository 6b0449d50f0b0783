/**
 * @fileoverview Geometry of the report's pictures, in pixels: a heap row (blocks on the
 * shared address axis, headers and footers, holes with their sizes, the break) and the
 * address-space map (every region as one bar, the big gap drawn with a scale break). Pure
 * functions of the model; svg.ts and the page's canvas draw exactly these rectangles, and
 * the tests check them.
 */

import { allocName, humanSize, isFree, overheadOf, BLOCK_FENCE, BLOCK_SLAB, type Block, type RunLayout } from "./model.js";

/** A linear address → x mapping. */
export interface Axis {
  start: number;
  end: number;
  x: number;
  width: number;
}

export function xOf(axis: Axis, addr: number): number {
  return axis.x + ((addr - axis.start) / (axis.end - axis.start)) * axis.width;
}

export function addrAt(axis: Axis, x: number): number {
  return axis.start + ((x - axis.x) / axis.width) * (axis.end - axis.start);
}

export type SegKind = "pad" | "used" | "free" | "fence" | "slab" | "unclaimed" | "mixed";

export interface RowSeg {
  kind: SegKind;
  start: number;
  end: number;
  x0: number;
  x1: number;
  /** Allocation id (used blocks), else -1. */
  alloc: number;
  /** Index of the block in the state, -1 for pad/unclaimed/mixed. */
  block: number;
  /** Header and footer strips in px (0: too narrow to show). */
  hdrPx: number;
  ftrPx: number;
  /** mixed: bytes in used blocks among end - start. */
  used: number;
  label: string | null;
}

export interface RowGeometry {
  segs: RowSeg[];
  brk: number;
  brkX: number;
}

export interface RowOptions {
  /** Blocks narrower than this are merged into "mixed" runs (the zoomed-out summary). */
  minPx?: number;
  /** Average glyph width for fitting labels; 0 disables labels. */
  charPx?: number;
  /** Header and footer strips are drawn at least this wide. */
  stripPx?: number;
  policy?: string;
  /** Label of the space above the last block (a brk row: what brk added). */
  newLabel?: string;
}

function fitLabel(candidates: string[], width: number, charPx: number): string | null {
  if (charPx <= 0) return null;
  for (const c of candidates) if (c.length * charPx + 6 <= width) return c;
  return null;
}

/**
 * One heap state as a row: pad (alignment before the first header), blocks, and the space
 * between the last block and the break that no block covers yet ("unclaimed": just after
 * brk, before the allocator makes it a block). Blocks under minPx wide become "mixed".
 */
export function heapRow(blocks: readonly Block[], layout: Pick<RunLayout, "heapStart" | "firstHeader">, brk: number, axis: Axis, opts: RowOptions = {}): RowGeometry {
  const minPx = opts.minPx ?? 1.5;
  const charPx = opts.charPx ?? 0;
  const stripPx = opts.stripPx ?? 2;
  const overhead = overheadOf(opts.policy ?? "first-fit");
  const segs: RowSeg[] = [];
  const scale = axis.width / (axis.end - axis.start);
  let pending: RowSeg | null = null;
  // A run of one narrow segment stays what it is; only two or more merge into "mixed".
  let single: RowSeg | null = null;
  const flush = () => {
    if (pending) segs.push(single ?? pending);
    pending = null;
    single = null;
  };
  const push = (s: RowSeg) => {
    if (s.x1 - s.x0 >= minPx) {
      flush();
      segs.push(s);
      return;
    }
    const used = s.kind === "used" || s.kind === "fence" || s.kind === "slab" ? s.end - s.start : s.kind === "mixed" ? s.used : 0;
    if (pending === null) {
      pending = { ...s, kind: "mixed", alloc: -1, block: -1, hdrPx: 0, ftrPx: 0, used, label: null };
      single = { ...s, label: null };
    } else {
      single = null;
      pending.end = s.end;
      pending.x1 = s.x1;
      pending.used += used;
    }
    if (pending.x1 - pending.x0 >= minPx) flush();
  };
  const mk = (kind: SegKind, start: number, end: number, alloc: number, block: number): RowSeg => ({
    kind,
    start,
    end,
    x0: axis.x + (start - axis.start) * scale,
    x1: axis.x + (end - axis.start) * scale,
    alloc,
    block,
    hdrPx: 0,
    ftrPx: 0,
    used: 0,
    label: null,
  });
  let top = layout.heapStart;
  if (blocks.length > 0) {
    const first = blocks[0]!.header;
    if (first > layout.heapStart) push(mk("pad", layout.heapStart, first, -1, -1));
    for (let i = 0; i < blocks.length; i++) {
      const b = blocks[i]!;
      const free = isFree(b);
      const kind: SegKind = free ? "free" : (b.flags & BLOCK_SLAB) !== 0 ? "slab" : (b.flags & BLOCK_FENCE) !== 0 ? "fence" : "used";
      const s = mk(kind, b.header, b.header + b.size, free ? -1 : b.alloc, i);
      const w = s.x1 - s.x0;
      if (w >= 8) {
        const strip = Math.min(Math.max(4 * scale, stripPx), w / 4);
        s.hdrPx = strip;
        s.ftrPx = free || overhead === 8 ? strip : 0;
      }
      if (charPx > 0 && w >= minPx) {
        if (kind === "free") s.label = fitLabel([`${b.size} free`, `${b.size}`], w, charPx);
        else if (kind === "used") s.label = fitLabel(b.alloc >= 0 ? [`${allocName(b.alloc)} ${b.size}`, allocName(b.alloc)] : [`${b.size}`], w, charPx);
        else if (kind === "slab") s.label = fitLabel(["slab of small slots", "slab"], w, charPx);
        else s.label = fitLabel(["fence"], w, charPx);
      }
      push(s);
      top = b.header + b.size;
    }
  }
  if (brk > top) {
    // A few bytes of slack below the break belong to no block; more is new space (after brk).
    const s = mk(brk - top < 16 ? "pad" : "unclaimed", top, brk, -1, -1);
    const named = opts.newLabel ? [opts.newLabel, opts.newLabel.replace(/ new$/, "")] : [`${humanSize(brk - top)} new`, humanSize(brk - top)];
    if (charPx > 0 && s.kind === "unclaimed") s.label = fitLabel(named, s.x1 - s.x0, charPx);
    push(s);
  }
  flush();
  return { segs, brk, brkX: axis.x + (brk - axis.start) * scale };
}

/** The segment under x, or -1. */
export function segAt(row: RowGeometry, x: number): number {
  let lo = 0;
  let hi = row.segs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const s = row.segs[mid]!;
    if (x < s.x0) hi = mid - 1;
    else if (x >= s.x1) lo = mid + 1;
    else return mid;
  }
  return -1;
}

// ---------------------------------------------------------------------------------------
// The address-space map.

export type MapKind = "null" | "text" | "rodata" | "data" | "bss" | "heap" | "gap" | "guard" | "stack" | "unmapped";

export interface MapRegion {
  kind: MapKind;
  label: string;
  start: number;
  end: number;
  x0: number;
  x1: number;
  perm: string;
  /** Drawn much narrower than its size: a scale break. */
  broken: boolean;
}

export interface AddressMap {
  regions: MapRegion[];
  width: number;
  brk: { addr: number; x: number };
  sp: { addr: number; x: number } | null;
  /** Where the heap region sits (the timeline's axis is this region, enlarged). */
  heap: { x0: number; x1: number; start: number; end: number };
}

const PAGE = 4096;

/**
 * Regions in address order, each as wide as its role needs rather than its size (text is
 * a few KiB, the gap many MiB): log-scaled widths with minimums, the heap given a quarter
 * of the bar, and the gap a fixed width with a scale break. Inside the heap and the stack
 * the scale is linear, so the break and the stack pointer sit where they really are.
 */
export function addressMap(layout: RunLayout, brk: number, maxBrk: number, sp: number | null, width: number): AddressMap {
  const raw: { kind: MapKind; label: string; start: number; end: number; perm: string }[] = [];
  const segs = layout.segments;
  const lowest = segs.length > 0 ? segs[0]!.start : layout.heapStart;
  raw.push({ kind: "null", label: "unmapped", start: 0, end: lowest, perm: "---" });
  let at = lowest;
  for (const s of segs) {
    if (s.start > at) raw.push({ kind: "unmapped", label: "", start: at, end: s.start, perm: "---" });
    const kind = (["text", "rodata", "data", "bss"] as const).find((k) => k === s.name) ?? "data";
    raw.push({ kind, label: s.name, start: s.start, end: s.end, perm: s.perm });
    at = Math.max(at, s.end);
  }
  if (layout.heapStart > at) raw.push({ kind: "unmapped", label: "", start: at, end: layout.heapStart, perm: "---" });
  const heapEnd = Math.max(maxBrk, layout.heapStart);
  raw.push({ kind: "heap", label: "heap", start: layout.heapStart, end: heapEnd, perm: "rw-" });
  const guard = layout.stackLimit - PAGE;
  if (guard > heapEnd) raw.push({ kind: "gap", label: "gap", start: heapEnd, end: guard, perm: "---" });
  raw.push({ kind: "guard", label: "guard", start: Math.max(guard, heapEnd), end: layout.stackLimit, perm: "---" });
  raw.push({ kind: "stack", label: "stack", start: layout.stackLimit, end: layout.memSize, perm: "rw-" });

  const weight = (r: (typeof raw)[number]): number => {
    const size = r.end - r.start;
    switch (r.kind) {
      case "unmapped":
        return 0.35;
      case "guard":
        return 1.1;
      case "gap":
        return 4.2;
      case "null":
        return 2;
      case "heap":
        return 0; // set below
      default:
        return 2.4 + Math.log2(Math.max(size, 256) / 256) * 0.45;
    }
  };
  const ws = raw.map(weight);
  const rest = ws.reduce((a, b) => a + b, 0);
  const hi = raw.findIndex((r) => r.kind === "heap");
  ws[hi] = rest / 3; // the heap gets a quarter of the bar
  const total = rest + ws[hi]!;
  let x = 0;
  const regions: MapRegion[] = raw.map((r, i) => {
    const w = (ws[i]! / total) * width;
    const reg: MapRegion = { ...r, x0: x, x1: x + w, broken: r.kind === "gap" || r.kind === "null" };
    x += w;
    return reg;
  });
  const heap = regions[hi]!;
  const lin = (reg: MapRegion, addr: number) => reg.x0 + ((addr - reg.start) / Math.max(1, reg.end - reg.start)) * (reg.x1 - reg.x0);
  const stack = regions[regions.length - 1]!;
  return {
    regions,
    width,
    brk: { addr: brk, x: lin(heap, Math.min(Math.max(brk, heap.start), heap.end)) },
    sp: sp !== null && sp >= stack.start && sp <= stack.end ? { addr: sp, x: lin(stack, sp) } : null,
    heap: { x0: heap.x0, x1: heap.x1, start: heap.start, end: heap.end },
  };
}

export function regionSizeLabel(r: MapRegion): string {
  return humanSize(r.end - r.start);
}

// ---------------------------------------------------------------------------------------
// Colours: one per allocation, stable across rows and runs.

export function allocHue(id: number): number {
  return Math.round((id * 137.508 + 200) % 360);
}

export function allocFill(id: number): string {
  return id < 0 ? "#b9bec7" : `hsl(${allocHue(id)}, 58%, 74%)`;
}

export function allocStroke(id: number): string {
  return id < 0 ? "#6b7280" : `hsl(${allocHue(id)}, 45%, 32%)`;
}

export const COLORS = {
  free: "#ffffff",
  freeStroke: "#6b7280",
  pad: "#e5e7eb",
  unclaimed: "#fef3c7",
  unclaimedStroke: "#d97706",
  brk: "#dc2626",
  sp: "#2563eb",
  gap: "#f3f4f6",
  mixedUsed: "#9ca3af",
  ink: "#111827",
  muted: "#6b7280",
  header: "#1f2937",
  frag: "#b45309",
};
