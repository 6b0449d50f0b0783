/**
 * @fileoverview The `segments` view: the segment table (like /proc/PID/maps, with sizes
 * and what each segment is for) and a picture of the address space, high addresses at
 * the top as in textbooks. The picture has one row per 4 KiB page; big regions are cut
 * short with a "more pages" row and unmapped stretches are drawn as a single break line,
 * so the stack 15 MiB above the heap still fits on a screen.
 */

import type { CoreImage } from "../core.js";
import { PAGE_SIZE, pageAlign } from "../layout.js";
import { PERM_R, PERM_W, PERM_X, regionLabel } from "../memory.js";
import { Inspector, exitWords, hex32, human, programName, roughSize } from "./common.js";

export interface SegmentRow {
  name: "text" | "rodata" | "data" | "bss" | "heap" | "stack";
  start: number;
  end: number;
  size: number;
  perm: string;
}

export interface SegmentsJson {
  program: string;
  state: string;
  memory: number;
  segments: SegmentRow[];
  brk: { initial: number; current: number };
  guard: { start: number; end: number };
  sp: number;
}

const PURPOSE: Record<SegmentRow["name"], string> = {
  text: "code, 8 bytes per instruction",
  rodata: "string literals and const globals",
  data: "initialised globals",
  bss: "zero-initialised globals",
  heap: "",
  stack: "",
};

function permOf(bits: number): string {
  return (bits & PERM_R ? "r" : "-") + (bits & PERM_W ? "w" : "-") + (bits & PERM_X ? "x" : "-");
}

export function collectSegments(core: CoreImage): SegmentsJson {
  const mem = core.mem;
  const ins = new Inspector(core);
  const segs: SegmentRow[] = core.exe.segments
    .slice()
    .sort((a, b) => a.start - b.start)
    .map((s) => ({ name: s.name, start: s.start, end: s.start + s.size, size: s.size, perm: s.perm }));
  segs.push({ name: "heap", start: mem.heapStart, end: mem.brk, size: mem.brk - mem.heapStart, perm: "rw-" });
  segs.push({ name: "stack", start: mem.stackLimit, end: mem.size, size: mem.size - mem.stackLimit, perm: permOf(mem.perm[mem.stackLimit / PAGE_SIZE]!) });
  return {
    program: programName(core),
    state: exitWords(core),
    memory: mem.size,
    segments: segs,
    brk: { initial: mem.heapStart, current: mem.brk },
    guard: { start: mem.stackLimit - PAGE_SIZE, end: mem.stackLimit },
    sp: ins.sp,
  };
}

function note(d: SegmentsJson, s: SegmentRow): string {
  if (s.name === "heap") {
    const grew = d.brk.current - d.brk.initial;
    return `program break ${hex32(d.brk.current)} (initial ${hex32(d.brk.initial)}${grew > 0 ? `, grew ${human(grew)}` : ""})`;
  }
  if (s.name === "stack") return `sp ${hex32(d.sp)}, ${human(s.end - d.sp)} in use; guard page below`;
  return PURPOSE[s.name];
}

interface Band {
  start: number;
  end: number;
  kind: "segment" | "gap";
  label: string;
  perm: string;
  size: number;
  side: string;
}

const BOX = 32;

function bands(d: SegmentsJson): Band[] {
  const out: Band[] = [];
  const statics = d.segments.filter((s) => s.name !== "heap" && s.name !== "stack" && s.size > 0);
  const heap = d.segments.find((s) => s.name === "heap")!;
  const stack = d.segments.find((s) => s.name === "stack")!;
  statics.forEach((s, i) => {
    const next = statics[i + 1]?.start ?? heap.start;
    // The tail of a segment's last page is mapped with it, unless the next one starts there.
    out.push({ start: s.start, end: Math.min(pageAlign(s.end), next), kind: "segment", label: s.name, perm: s.perm, size: s.size, side: "" });
  });
  if (heap.size > 0) out.push({ start: heap.start, end: pageAlign(heap.end), kind: "segment", label: "heap", perm: heap.perm, size: heap.size, side: "" });
  out.push({ start: d.guard.start, end: d.guard.end, kind: "segment", label: "guard page", perm: "---", size: PAGE_SIZE, side: "" });
  out.push({ start: stack.start, end: stack.end, kind: "segment", label: "stack", perm: stack.perm, size: stack.size, side: `sp ${hex32(d.sp)}` });
  // Fill the holes with gap bands so that the bands tile [0, memory).
  const tiled: Band[] = [];
  let at = 0;
  for (const b of out) {
    if (b.start > at) tiled.push({ start: at, end: b.start, kind: "gap", label: "unmapped", perm: "---", size: b.start - at, side: "" });
    tiled.push(b);
    at = b.end;
  }
  return tiled;
}

function boundaryNotes(d: SegmentsJson, addr: number): string[] {
  const notes: string[] = [];
  for (const s of d.segments) if (s.size === 0 && s.start === addr) notes.push(`${s.name} (0 B)`);
  if (pageAlign(d.brk.current) === addr) notes.push(d.brk.current === addr ? "program break" : `program break ${hex32(d.brk.current)}`);
  if (addr === d.guard.end) notes.push("stack limit");
  return notes;
}

/** The address-space picture, top (high addresses) first. */
export function drawAddressSpace(d: SegmentsJson): string[] {
  const out: string[] = [];
  const edge = (addr: number) => {
    const notes = boundaryNotes(d, addr);
    out.push(` ${hex32(addr)} +${"-".repeat(BOX)}+${notes.length ? " " + notes.join(", ") : ""}`);
  };
  const row = (text: string, side = "") => out.push(`            |${text.padEnd(BOX)}|${side ? "  " + side : ""}`);
  const all = bands(d).reverse();
  edge(d.memory);
  for (const b of all) {
    if (b.kind === "gap") {
      const text = b.start === 0 ? ` ${regionLabel("null")}, unmapped, ${roughSize(b.size)} ` : ` unmapped, ${roughSize(b.size)} `;
      const left = Math.floor((BOX + 2 - text.length) / 2);
      out.push(`            ${"~".repeat(Math.max(left, 1))}${text}${"~".repeat(Math.max(BOX + 2 - left - text.length, 1))}`);
    } else {
      const pages = Math.max(1, Math.ceil((b.end - b.start) / PAGE_SIZE));
      row(` ${b.label.padEnd(11)}${b.perm}   ${human(b.size).padStart(10)}`, b.side);
      if (pages <= 4) for (let i = 1; i < pages; i++) row("");
      else {
        row("");
        row(`   ... ${pages - 3} more pages ...`);
        row("");
      }
    }
    if (b.start > 0) edge(b.start);
  }
  return out;
}

export function formatSegments(d: SegmentsJson): string {
  const out: string[] = [];
  out.push(`Segments of ${d.program} (${d.state}), ${human(d.memory)} of memory:`);
  out.push("  name     start       end         size        perm  notes");
  for (const s of d.segments) {
    out.push(`  ${s.name.padEnd(8)} ${hex32(s.start)}  ${hex32(s.end)}  ${human(s.size).padStart(10)}  ${s.perm}   ${note(d, s)}`.trimEnd());
  }
  out.push("");
  out.push("Address space (one row per 4 KiB page, high addresses at the top; ~ marks unmapped memory):");
  out.push("");
  out.push(...drawAddressSpace(d));
  return out.join("\n") + "\n";
}
