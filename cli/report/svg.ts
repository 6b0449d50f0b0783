/**
 * @fileoverview Static SVG figures (for `--report-svg DIR`, slides and the README) and the
 * page's address-space map: pure string builders over geometry.ts. Self-contained (no
 * fonts, no scripts), so they render the same on GitHub, in a browser and in a slide deck.
 */

import {
  COLORS,
  addressMap,
  allocFill,
  allocStroke,
  heapRow,
  regionSizeLabel,
  xOf,
  type AddressMap,
  type Axis,
  type MapRegion,
  type RowGeometry,
  type RowSeg,
} from "./geometry.js";
import { HeapReplay, allocName, blockSizeFor, heapExtent, hex, humanSize, isFree, overheadOf, rowEvent, shortCall, type Block, type EventNote, type RunData } from "./model.js";

const FONT = `font-family="system-ui, -apple-system, 'Segoe UI', Helvetica, Arial, sans-serif"`;
const MONO = `font-family="ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace"`;

export function esc(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

const n1 = (v: number) => (Math.round(v * 10) / 10).toString();

/** Hatch patterns used by both figures (ids are prefixed so several SVGs can share a page). */
export function defs(p: string): string {
  return (
    `<defs>` +
    `<pattern id="${p}hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="${COLORS.gap}"/><line x1="0" y1="0" x2="0" y2="6" stroke="#d1d5db" stroke-width="2"/></pattern>` +
    `<pattern id="${p}new" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="${COLORS.unclaimed}"/><line x1="0" y1="0" x2="0" y2="6" stroke="#fcd34d" stroke-width="2"/></pattern>` +
    `<pattern id="${p}guard" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)"><rect width="5" height="5" fill="#e5e7eb"/><line x1="0" y1="0" x2="0" y2="5" stroke="#9ca3af" stroke-width="2"/></pattern>` +
    `</defs>`
  );
}

// ---------------------------------------------------------------------------------------
// Address-space map.

const REGION_FILL: Record<string, string> = {
  text: "#bfdbfe",
  rodata: "#c7d2fe",
  data: "#bbf7d0",
  bss: "#a7f3d0",
  heap: "#fde68a",
  stack: "#fbcfe8",
};

function regionFill(r: MapRegion, p: string): string {
  if (r.kind === "gap" || r.kind === "null" || r.kind === "unmapped") return `url(#${p}hatch)`;
  if (r.kind === "guard") return `url(#${p}guard)`;
  return REGION_FILL[r.kind] ?? "#e5e7eb";
}

/** Places boundary labels on up to two lines so that they do not overlap. */
function placeLabels(items: { x: number; text: string }[], minGap: number, width: number): { x: number; text: string; level: number }[] {
  const last = [-Infinity, -Infinity];
  const out: { x: number; text: string; level: number }[] = [];
  for (const it of items) {
    const w = it.text.length * 6;
    // Same anchoring as the drawing: flush left at 0, flush right at the end, else centred.
    const x0 = it.x <= 1 ? it.x : it.x >= width - 1 ? it.x - w : it.x - w / 2;
    for (let level = 0; level < 2; level++) {
      if (x0 >= last[level]! + minGap) {
        out.push({ x: it.x, text: it.text, level });
        last[level] = x0 + w;
        break;
      }
    }
  }
  return out;
}

export interface MapSvgOptions {
  /** Prefix for pattern ids. */
  idPrefix?: string;
  title?: string | null;
  /** The one-line note under the bar (the page has its own caption). */
  caption?: boolean;
}

/** The address-space map as one bar, low addresses on the left. */
export function addressMapSvg(map: AddressMap, opts: MapSvgOptions = {}): string {
  const p = opts.idPrefix ?? "m";
  const left = 14;
  const W = map.width + left * 2;
  const top = opts.title ? 54 : 34;
  const barH = 44;
  const H = top + barH + (opts.caption === false ? 42 : 58);
  const X = (x: number) => n1(left + x);
  const o: string[] = [];
  o.push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="address space map" ${FONT} font-size="11">`);
  o.push(defs(p));
  o.push(`<rect width="${W}" height="${H}" fill="#ffffff"/>`);
  if (opts.title) o.push(`<text x="${left}" y="18" font-size="13" font-weight="600" fill="${COLORS.ink}">${esc(opts.title)}</text>`);
  for (const r of map.regions) {
    const w = r.x1 - r.x0;
    o.push(
      `<rect data-region="${r.kind}" data-start="${hex(r.start)}" data-end="${hex(r.end)}" x="${X(r.x0)}" y="${top}" width="${n1(w)}" height="${barH}" fill="${regionFill(r, p)}" stroke="${COLORS.ink}" stroke-width="0.8"/>`,
    );
    if (r.kind === "heap") {
      // Beyond the current break the heap region is still gap.
      const bx = map.brk.x;
      if (bx < r.x1 - 0.5) o.push(`<rect x="${X(bx)}" y="${top}" width="${n1(r.x1 - bx)}" height="${barH}" fill="url(#${p}hatch)" stroke="none"/>`);
    }
    if (r.kind === "stack" && map.sp) {
      const sx = Math.min(map.sp.x, r.x1 - 2);
      o.push(`<rect x="${X(sx)}" y="${top}" width="${n1(r.x1 - sx)}" height="${barH}" fill="#f472b6" opacity="0.7"/>`);
    }
    if (r.broken && w > 24) {
      // Scale break: two slanted strokes across the bar (off-centre in the gap, clear of its label).
      const cx = left + (r.kind === "gap" ? r.x0 + w * 0.82 : (r.x0 + r.x1) / 2);
      for (const dx of [-4, 4]) {
        o.push(`<line x1="${n1(cx + dx - 5)}" y1="${top + barH + 5}" x2="${n1(cx + dx + 5)}" y2="${top - 5}" stroke="#ffffff" stroke-width="5"/>`);
        o.push(`<line x1="${n1(cx + dx - 5)}" y1="${top + barH + 5}" x2="${n1(cx + dx + 5)}" y2="${top - 5}" stroke="${COLORS.ink}" stroke-width="1"/>`);
      }
    }
    if (r.kind === "unmapped") continue;
    const tw = r.kind === "gap" ? w * 0.7 : w;
    const cx = left + r.x0 + tw / 2;
    const name = r.kind === "null" ? "unmapped" : r.label;
    const size = regionSizeLabel(r);
    if (name.length * 6.6 + 6 <= tw) {
      o.push(`<text x="${n1(cx)}" y="${top + barH / 2 - 2}" text-anchor="middle" font-weight="600" fill="${COLORS.ink}">${esc(name)}</text>`);
      if (size.length * 5.8 + 4 <= tw) o.push(`<text x="${n1(cx)}" y="${top + barH / 2 + 12}" text-anchor="middle" font-size="10" fill="${COLORS.ink}">${esc(size)}</text>`);
    } else {
      o.push(`<text x="${n1(cx)}" y="${top - 5}" text-anchor="middle" font-size="10" fill="${COLORS.muted}">${esc(name)}</text>`);
    }
  }
  // Markers: the break and the stack pointer.
  const marker = (x: number, color: string, text: string, anchor: "start" | "end", id: string, addr: number) => {
    o.push(`<g data-marker="${id}" data-addr="${hex(addr)}" data-x="${n1(x)}">`);
    o.push(`<line x1="${X(x)}" y1="${top - 14}" x2="${X(x)}" y2="${top + barH + 4}" stroke="${color}" stroke-width="2"/>`);
    o.push(`<path d="M${X(x)} ${top - 2} l-5 -8 h10 z" fill="${color}"/>`);
    o.push(`<text x="${n1(left + x + (anchor === "start" ? 6 : -6))}" y="${top - 16}" text-anchor="${anchor}" font-size="11" font-weight="600" fill="${color}">${esc(text)}</text>`);
    o.push(`</g>`);
  };
  marker(map.brk.x, COLORS.brk, `brk ${hex(map.brk.addr)}`, "start", "brk", map.brk.addr);
  if (map.sp) marker(map.sp.x, COLORS.sp, `sp ${hex(map.sp.addr)}`, "end", "sp", map.sp.addr);
  // Boundary addresses under the bar.
  const bounds: { x: number; text: string }[] = [];
  for (const r of map.regions) {
    if (r.kind === "unmapped" || r.kind === "guard" || bounds.some((b) => b.text === hex(r.start))) continue;
    bounds.push({ x: r.x0, text: hex(r.start) });
  }
  bounds.push({ x: map.width, text: hex(map.regions[map.regions.length - 1]!.end) });
  const placed = placeLabels(bounds, 8, map.width);
  for (const b of placed) {
    const y = top + barH + 14 + b.level * 13;
    const anchor = b.x <= 1 ? "start" : b.x >= map.width - 1 ? "end" : "middle";
    o.push(`<line x1="${X(b.x)}" y1="${top + barH}" x2="${X(b.x)}" y2="${y - 9}" stroke="${COLORS.muted}" stroke-width="0.6"/>`);
    o.push(`<text x="${X(b.x)}" y="${y}" text-anchor="${anchor}" font-size="9.5" ${MONO} fill="${COLORS.muted}">${b.text}</text>`);
  }
  if (opts.caption !== false) o.push(`<text x="${left}" y="${H - 6}" font-size="10" fill="${COLORS.muted}">low addresses → high addresses. Widths are not to scale (// marks a scale break); inside the heap and the stack they are.</text>`);
  o.push(`</svg>`);
  return o.join("");
}

// ---------------------------------------------------------------------------------------
// Heap rows.

export interface FigureRow {
  label: string;
  sub: string;
  row: RowGeometry;
  highlight?: boolean;
  fragment?: boolean;
  /** A request that does not fit, drawn as a dashed outline over the largest hole. */
  request?: { x0: number; x1: number; label: string };
}

export interface HeapFigure {
  title: string | null;
  rows: FigureRow[];
  axis: Axis;
  notes: string[];
  /** Pattern id prefix. */
  idPrefix?: string;
  legend?: boolean;
}

export const FIG = { gutter: 220, rowH: 24, rowGap: 17, right: 16 };

/** Draws one segment of a heap row (shared by the figures and the page's current-heap view). */
export function segSvg(s: RowSeg, y: number, h: number, p: string, extra = ""): string {
  const w = Math.max(s.x1 - s.x0, 0.5);
  const x = n1(s.x0);
  const o: string[] = [];
  const data = `data-kind="${s.kind}" data-start="${hex(s.start)}" data-size="${s.end - s.start}" data-x0="${n1(s.x0)}" data-x1="${n1(s.x1)}"${s.block >= 0 ? ` data-block="${s.block}"` : ""}${extra}`;
  switch (s.kind) {
    case "used":
    case "fence":
    case "slab":
      o.push(`<rect ${data} x="${x}" y="${y}" width="${n1(w)}" height="${h}" fill="${allocFill(s.alloc)}" stroke="${allocStroke(s.alloc)}" stroke-width="0.8"/>`);
      break;
    case "free":
      o.push(`<rect ${data} x="${x}" y="${y}" width="${n1(w)}" height="${h}" fill="${COLORS.free}" stroke="${COLORS.freeStroke}" stroke-width="0.8"/>`);
      break;
    case "pad":
      o.push(`<rect ${data} x="${x}" y="${y}" width="${n1(w)}" height="${h}" fill="${COLORS.pad}"/>`);
      break;
    case "unclaimed":
      o.push(`<rect ${data} x="${x}" y="${y}" width="${n1(w)}" height="${h}" fill="url(#${p}new)" stroke="${COLORS.unclaimedStroke}" stroke-width="0.8" stroke-dasharray="3 2"/>`);
      break;
    case "mixed": {
      const f = (s.end - s.start) > 0 ? s.used / (s.end - s.start) : 0;
      o.push(`<rect ${data} x="${x}" y="${y}" width="${n1(w)}" height="${h}" fill="${COLORS.mixedUsed}" fill-opacity="${n1(0.15 + 0.85 * f)}"/>`);
      break;
    }
  }
  const stroke = s.kind === "free" ? "#9ca3af" : allocStroke(s.alloc);
  if (s.hdrPx > 0) o.push(`<rect data-part="header" x="${x}" y="${y}" width="${n1(s.hdrPx)}" height="${h}" fill="${stroke}"/>`);
  if (s.ftrPx > 0) o.push(`<rect data-part="footer" x="${n1(s.x1 - s.ftrPx)}" y="${y}" width="${n1(s.ftrPx)}" height="${h}" fill="${stroke}"/>`);
  if (s.label) {
    const color = s.kind === "free" ? COLORS.muted : s.kind === "unclaimed" ? "#92400e" : COLORS.ink;
    o.push(`<text x="${n1((s.x0 + s.x1) / 2)}" y="${y + h / 2 + 4}" text-anchor="middle" font-size="11" fill="${color}"${s.kind === "used" ? ` font-weight="600"` : ""}>${esc(s.label)}</text>`);
  }
  return o.join("");
}

/** Ticks for an address axis: page boundaries when there are few, else round multiples. */
export function axisTicks(axis: Axis, maxTicks: number): number[] {
  const span = axis.end - axis.start;
  let step = 4096;
  while (span / step > maxTicks) step *= 2;
  while (span / step < 2 && step > 16) step /= 2;
  const out: number[] = [];
  for (let a = Math.ceil(axis.start / step) * step; a <= axis.end; a += step) out.push(a);
  if (out[0] !== axis.start) out.unshift(axis.start);
  return out;
}

export function heapFigureSvg(fig: HeapFigure): string {
  const p = fig.idPrefix ?? "h";
  const { gutter, rowH, rowGap, right } = FIG;
  const top = fig.title ? 34 : 12;
  const rowsH = fig.rows.length * (rowH + rowGap);
  const axisY = top + rowsH + 2;
  const legendY = axisY + 34;
  const notesY = legendY + (fig.legend === false ? 0 : 26);
  const W = fig.axis.x + fig.axis.width + right;
  const noteLines = fig.notes.flatMap((t) => wrap(t, Math.floor((W - 24) / 6.3)));
  const H = notesY + noteLines.length * 16 + 8;
  const o: string[] = [];
  o.push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${n1(W)} ${H}" width="${n1(W)}" height="${H}" role="img" aria-label="${esc(fig.title ?? "heap")}" ${FONT} font-size="11">`);
  o.push(defs(p));
  o.push(`<rect width="${n1(W)}" height="${H}" fill="#ffffff"/>`);
  if (fig.title) o.push(`<text x="12" y="20" font-size="13" font-weight="600" fill="${COLORS.ink}">${esc(fig.title)}</text>`);
  // Row contents.
  const brkPts: string[] = [];
  fig.rows.forEach((r, k) => {
    const y = top + k * (rowH + rowGap);
    if (r.highlight) o.push(`<rect x="4" y="${y - 4}" width="${n1(W - 8)}" height="${rowH + 8}" rx="4" fill="#eff6ff"/>`);
    o.push(`<text x="12" y="${y + 11}" font-size="12" ${MONO} fill="${COLORS.ink}"${r.highlight ? ` font-weight="700"` : ""}>${esc(r.label)}</text>`);
    if (r.sub) o.push(`<text x="12" y="${y + 23}" font-size="9.5" fill="${COLORS.muted}">${esc(r.sub)}</text>`);
    if (r.fragment) o.push(`<text x="${gutter - 14}" y="${y + 16}" font-size="13" font-weight="700" fill="${COLORS.frag}" text-anchor="middle">!</text>`);
    // The part of the axis beyond the break is not heap (yet).
    if (r.row.brkX < fig.axis.x + fig.axis.width - 0.5) {
      o.push(`<rect x="${n1(r.row.brkX)}" y="${y}" width="${n1(fig.axis.x + fig.axis.width - r.row.brkX)}" height="${rowH}" fill="url(#${p}hatch)"/>`);
    }
    for (const s of r.row.segs) o.push(segSvg(s, y, rowH, p));
    if (r.request) {
      const q = r.request;
      o.push(`<rect data-request="1" x="${n1(q.x0)}" y="${y - 3}" width="${n1(q.x1 - q.x0)}" height="${rowH + 6}" fill="${COLORS.brk}" fill-opacity="0.07" stroke="${COLORS.brk}" stroke-width="1.2" stroke-dasharray="4 3"/>`);
      o.push(`<text x="${n1(q.x0 + 2)}" y="${y - 6}" font-size="10" font-weight="600" fill="${COLORS.brk}">${esc(q.label)}: no hole fits</text>`);
    }
    brkPts.push(`${n1(r.row.brkX)},${y - 3}`, `${n1(r.row.brkX)},${y + rowH + 3}`);
  });
  // The break as one moving edge down the rows.
  if (brkPts.length > 0) {
    o.push(`<polyline data-brk-edge="1" points="${brkPts.join(" ")}" fill="none" stroke="${COLORS.brk}" stroke-width="2" stroke-linejoin="round"/>`);
    const firstRow = fig.rows[0]!.row;
    o.push(`<text x="${n1(firstRow.brkX + (firstRow.brkX > W - 60 ? -4 : 4))}" y="${top - 4}" font-size="10.5" font-weight="600" fill="${COLORS.brk}" text-anchor="${firstRow.brkX > W - 60 ? "end" : "start"}">brk</text>`);
  }
  // Axis.
  const ticks = axisTicks(fig.axis, 8);
  o.push(`<line x1="${n1(fig.axis.x)}" y1="${axisY}" x2="${n1(fig.axis.x + fig.axis.width)}" y2="${axisY}" stroke="${COLORS.muted}" stroke-width="0.8"/>`);
  let lastX = -Infinity;
  for (const t of ticks) {
    const x = xOf(fig.axis, t);
    o.push(`<line x1="${n1(x)}" y1="${axisY}" x2="${n1(x)}" y2="${axisY + 4}" stroke="${COLORS.muted}" stroke-width="0.8"/>`);
    if (x - lastX < 78) continue;
    lastX = x;
    o.push(`<text x="${n1(x)}" y="${axisY + 16}" font-size="9.5" ${MONO} fill="${COLORS.muted}" text-anchor="${x > W - 60 ? "end" : "middle"}">${hex(t)}</text>`);
  }
  if (fig.legend !== false) o.push(legendSvg(12, legendY, p));
  noteLines.forEach((t, k) => {
    o.push(`<text x="12" y="${notesY + 12 + k * 16}" font-size="11.5" fill="${COLORS.frag}">${esc(t)}</text>`);
  });
  o.push(`</svg>`);
  return o.join("");
}

/** Greedy word wrap. */
export function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  let line = "";
  for (const w of text.split(/\s+/)) {
    if (line && line.length + 1 + w.length > width) {
      out.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) out.push(line);
  return out;
}

function legendSvg(x: number, y: number, p: string): string {
  const items: [string, string][] = [
    [`<rect width="22" height="12" fill="${allocFill(0)}" stroke="${allocStroke(0)}" stroke-width="0.8"/><rect width="3" height="12" fill="${allocStroke(0)}"/><rect x="19" width="3" height="12" fill="${allocStroke(0)}"/>`, "block: header | payload | footer"],
    [`<rect width="22" height="12" fill="#fff" stroke="${COLORS.freeStroke}" stroke-width="0.8"/>`, "free block (hole), size in bytes"],
    [`<rect width="22" height="12" fill="url(#${p}new)" stroke="${COLORS.unclaimedStroke}" stroke-dasharray="3 2" stroke-width="0.8"/>`, "new space from brk"],
    [`<rect width="22" height="12" fill="url(#${p}hatch)"/>`, "above the break"],
    [`<line x1="11" y1="-2" x2="11" y2="14" stroke="${COLORS.brk}" stroke-width="2"/>`, "program break"],
  ];
  const o: string[] = [];
  let cx = x;
  for (const [icon, text] of items) {
    o.push(`<g transform="translate(${cx},${y})">${icon}<text x="28" y="10" font-size="10.5" fill="${COLORS.ink}">${esc(text)}</text></g>`);
    cx += 40 + text.length * 5.7;
  }
  return o.join("");
}

// ---------------------------------------------------------------------------------------
// Key moments of a run, as files.

export interface SvgFile {
  name: string;
  svg: string;
}

function siteLine(run: RunData, i: number): string {
  const s = run.sites[run.ev.site[i]!];
  return s && s.line ? `line ${s.line}${s.fn ? ` in ${s.fn}` : ""}` : "";
}

/** A figure of some events of a run (-1 = the empty heap before the first event). */
export function runFigure(run: RunData, events: number[], title: string | null, opts: { width?: number; axisRuns?: RunData[]; idPrefix?: string; highlight?: number; notes?: boolean } = {}): string {
  const width = opts.width ?? 640;
  const ext = heapExtent(opts.axisRuns ?? [run]);
  const axis: Axis = { start: ext.start, end: ext.end, x: FIG.gutter, width };
  const replay = new HeapReplay(run);
  const rows: FigureRow[] = events.map((i) => {
    const blocks = replay.stateAt(i);
    const brk = i >= 0 ? run.ev.brk[i]! : run.layout.heapStart;
    const row = heapRow(blocks, run.layout, brk, axis, { charPx: 6.4, policy: run.policy, newLabel: newSpaceLabel(run, i) });
    const fragment = run.notes.some((n) => n.event === i && n.kind === "fragmentation");
    const rq = fragment ? unmetRequest(run, i, blocks) : null;
    return {
      label: i >= 0 ? shortCall(run, i) : "(start)",
      sub: i >= 0 ? siteLine(run, i) : "the heap is empty",
      row,
      highlight: opts.highlight === i,
      fragment,
      request: rq ? { x0: xOf(axis, rq.at), x1: xOf(axis, rq.at + rq.need), label: rq.label } : undefined,
    };
  });
  const notes = opts.notes === false ? [] : run.notes.filter((n: EventNote) => events.includes(n.event) && n.kind !== "grow").map((n) => n.text);
  return heapFigureSvg({ title, rows, axis, notes: [...new Set(notes)], idPrefix: opts.idPrefix });
}

/** A brk row labels the space above the last block with what brk added. */
export function newSpaceLabel(run: RunData, i: number): string | undefined {
  if (i < 0 || run.ev.op[i] !== 4) return undefined;
  const d = run.ev.c[i]! - run.ev.a[i]!;
  return d > 0 ? `+${humanSize(d)} new` : undefined;
}

/**
 * The request a fragmentation row is about (the call its group ends with), placed over the
 * largest hole it does not fit in.
 */
export function unmetRequest(run: RunData, i: number, blocks: readonly Block[]): { at: number; need: number; label: string } | null {
  let last = i;
  while (last + 1 < run.ev.op.length && run.ev.group[last + 1] === run.ev.group[i]) last++;
  // Only rows before the call is served (its brk rows) show the request still unmet.
  if (last === i) return null;
  const op = run.ev.op[last]!;
  const n = op === 0 ? run.ev.a[last]! : op === 1 ? run.ev.a[last]! * run.ev.b[last]! : op === 2 ? run.ev.b[last]! : -1;
  if (n < 0) return null;
  const need = blockSizeFor(n, overheadOf(run.policy));
  let best: Block | null = null;
  for (const b of blocks) if (isFree(b) && (best === null || b.size > best.size)) best = b;
  if (best === null) return null;
  const id = run.ev.alloc[last]!;
  return { at: best.header, need, label: `${id >= 0 ? allocName(id) + " " : ""}needs ${need}` };
}

const MAX_BRK_FIGURES = 50;
const MAX_TIMELINE_ROWS = 40;

/**
 * The key moments: the address space, the whole timeline (or its brk calls when long),
 * one figure per brk call (the heap before the call that needed it, after the brk, after
 * the call), and the final heap. `prefix` tells the runs of a comparison apart.
 */
export function keyMomentSvgs(run: RunData, title: string, prefix = ""): SvgFile[] {
  const out: SvgFile[] = [];
  const n = run.ev.op.length;
  const maxBrk = Math.max(run.layout.heapStart, ...run.ev.brk);
  const finalBrk = n > 0 ? run.ev.brk[n - 1]! : run.layout.heapStart;
  const map = addressMap(run.layout, finalBrk, maxBrk, run.layout.spFinal, 760);
  out.push({ name: `${prefix}address-space.svg`, svg: addressMapSvg(map, { title: `${title}: the address space when the program ended (${run.policy})` }) });
  const brks: number[] = [];
  for (let i = 0; i < n; i++) if (run.ev.op[i] === 4) brks.push(i);
  let rows: number[];
  if (n <= MAX_TIMELINE_ROWS) rows = [...Array(n).keys()];
  else {
    const set = new Set<number>();
    for (const b of brks) {
      set.add(b);
      if (b + 1 < n) set.add(b + 1);
    }
    set.add(n - 1);
    rows = [...set].sort((a, b) => a - b).slice(-MAX_TIMELINE_ROWS);
  }
  if (n > 0) out.push({ name: `${prefix}heap-timeline.svg`, svg: runFigure(run, rows, `${title}: the heap after each allocator call (${run.policy})`) });
  brks.slice(0, MAX_BRK_FIGURES).forEach((b, k) => {
    const g = run.ev.group[b]!;
    let first = b;
    while (first > 0 && run.ev.group[first - 1] === g) first--;
    let last = b;
    while (last + 1 < n && run.ev.group[last + 1] === g) last++;
    const evs = [first - 1];
    for (let i = first; i <= last; i++) evs.push(i);
    out.push({ name: `${prefix}brk-${k + 1}.svg`, svg: runFigure(run, evs, `${title}: brk call ${k + 1} (${siteLine(run, b) || "event " + (b + 1)})`, { highlight: b }) });
  });
  if (n > 0) out.push({ name: `${prefix}final.svg`, svg: runFigure(run, [n - 1], `${title}: the heap when the program ended (${humanSize(finalBrk - run.layout.heapStart)})`, { notes: false }) });
  return out;
}

/** Rows of the timeline as the page lays them out, for tests and figures of comparisons. */
export function rowEvents(rows: number[]): number[] {
  return rows.map((v) => rowEvent(v).event);
}
