/**
 * @fileoverview The post-mortem dump: what the program left in memory when it stopped.
 * `collectDump` reads the machine into plain data (the JSON form, docs/dump-format.md);
 * `formatDump` draws it for a terminal. The heap is described by a walker supplied by the
 * caller (libc knows its block format; the machine does not).
 */

import type { CallSite, HeapEvent } from "../libc/abi.js";
import type { HeapSlab } from "../libc/heap-walk.js";
import type { Executable } from "../linker/object.js";
import { hex32, type Memory } from "./memory.js";
import type { ExitInfo } from "./machine.js";

export interface HeapDescription {
  policy: string;
  blocks: { header: number; size: number; payload: number; free: boolean }[];
  freeList: number[];
  error: string | null;
  /** next-fit: where the next search starts (0 = the list head). */
  rover?: number;
  /** segregated: the non-empty size-class bins, each list in list order. */
  bins?: { index: number; min: number; max: number; blocks: number[] }[];
  /** segregated: payload of the top chunk (the free block ending the heap, in no bin), or 0. */
  top?: number;
  /** segregated: the slabs (used blocks cut into equal slots for small requests), address order. */
  slabs?: HeapSlab[];
}

/** What the dump reads: a live Machine, or a CoreImage read back from a core file. */
export interface DumpSource {
  readonly exe: Executable;
  readonly mem: Memory;
  readonly events: readonly HeapEvent[];
  /** Events a core file left out (a machine has them all). */
  readonly eventsOmitted?: number;
  readonly pc: number;
  readonly regs: Int32Array;
}

export type HeapDescriber = (m: DumpSource) => HeapDescription | null;

export interface DumpSegment {
  name: "text" | "rodata" | "data" | "bss" | "heap" | "stack";
  start: number;
  end: number;
  perm: string;
}

export interface DumpSymbol {
  name: string;
  addr: number;
  size: number;
  section: string;
  module: string;
  /** Hex of the first bytes (data and bss objects only). */
  bytes?: string;
}

export interface DumpData {
  exit: { status: number; reason: string; message: string | null };
  segments: DumpSegment[];
  brk: { start: number; end: number };
  heap: HeapDescription;
  /** The first MAX_SAVED_EVENTS allocator events (vm/core.ts says why). */
  events: HeapEvent[];
  /** How many later events are not in `events`. */
  eventsOmitted: number;
  symbols: DumpSymbol[];
  registers: { pc: number; sp: number; fp: number };
}

/**
 * The allocator events a saved file (core, --dump-json) keeps: the first ones. A program
 * making millions of calls would otherwise make a file larger than the host can write as
 * one string (and than minic reads back); the memory, and so the heap view, stay exact.
 */
export const MAX_SAVED_EVENTS = 500_000;

const HEX_PREVIEW = 64;

export function collectDump(m: DumpSource, exit: Pick<ExitInfo, "status" | "reason" | "fault">, describeHeap: HeapDescriber): DumpData {
  const mem = m.mem;
  const segs: DumpSegment[] = m.exe.segments.map((s) => ({ name: s.name, start: s.start, end: s.start + s.size, perm: s.perm }));
  segs.push({ name: "heap", start: mem.heapStart, end: mem.brk, perm: "rw-" });
  segs.push({ name: "stack", start: mem.stackLimit, end: mem.size, perm: "rw-" });
  const heap = describeHeap(m) ?? { policy: "none", blocks: [], freeList: [], error: null };
  const symbols: DumpSymbol[] = m.exe.symbols
    .filter((s) => s.section === "data" || s.section === "bss" || s.section === "rodata")
    .map((s) => {
      const n = Math.min(s.size, HEX_PREVIEW);
      let bytes = "";
      for (let i = 0; i < n; i++) bytes += mem.u8[s.addr + i]!.toString(16).padStart(2, "0");
      return { name: s.name, addr: s.addr, size: s.size, section: s.section, module: s.module, bytes };
    });
  return {
    exit: { status: exit.status, reason: exit.fault ? exit.fault.kind : exit.reason, message: exit.fault ? exit.fault.message : null },
    segments: segs,
    brk: { start: mem.heapStart, end: mem.brk },
    heap,
    events: m.events.slice(0, MAX_SAVED_EVENTS).map((e) => ({ ...e })),
    eventsOmitted: Math.max(0, m.events.length - MAX_SAVED_EVENTS) + (m.eventsOmitted ?? 0),
    symbols,
    registers: { pc: m.pc, sp: m.regs[15]! >>> 0, fp: m.regs[14]! >>> 0 },
  };
}

function human(n: number): string {
  if (n >= 1024 * 1024 && n % (1024 * 1024) === 0) return `${n / (1024 * 1024)} MiB`;
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024} KiB`;
  return `${n} B`;
}

function site(s: CallSite | null): string {
  if (!s) return "";
  if (s.file && s.line) return `  at ${s.file}:${s.line}${s.function ? ` (${s.function})` : ""}`;
  return s.function ? `  in ${s.function}` : "";
}

/** One event as C: `malloc(16) = 0x00013008`. */
export function formatEvent(e: HeapEvent): string {
  switch (e.op) {
    case "malloc":
      return `malloc(${e.size}) = ${hex32(e.result)}`;
    case "calloc":
      return `calloc(${e.nmemb}, ${e.size}) = ${hex32(e.result)}`;
    case "realloc":
      return `realloc(${hex32(e.ptr)}, ${e.size}) = ${hex32(e.result)}`;
    case "free":
      return `free(${hex32(e.ptr)})`;
    case "brk": {
      const moved = e.result !== e.from;
      return `brk(${hex32(e.to)}) = ${hex32(e.result)}  ${moved ? `heap ${e.result > e.from ? "grew" : "shrank"} by ${Math.abs(e.result - e.from)} bytes` : "failed: break unchanged"}`;
    }
  }
}

/** The dump as text for a terminal. */
export function formatDump(d: DumpData): string {
  const out: string[] = [];
  out.push(`== minic dump: ${d.exit.reason === "exit" ? `exited with status ${d.exit.status}` : `stopped by ${d.exit.reason} (status ${d.exit.status})`} ==`);
  out.push("");
  out.push("Segments (address order):");
  out.push("  name     start       end         size        perm");
  for (const s of d.segments) {
    out.push(`  ${s.name.padEnd(8)} ${hex32(s.start)}  ${hex32(s.end)}  ${human(s.end - s.start).padStart(10)}  ${s.perm}`);
  }
  const brks = d.events.filter((e) => e.op === "brk");
  out.push("");
  out.push(`Program break: initial ${hex32(d.brk.start)}, final ${hex32(d.brk.end)} (heap ${human(d.brk.end - d.brk.start)}, ${brks.length} brk call${brks.length === 1 ? "" : "s"})`);
  out.push("");
  const h = d.heap;
  if (h.blocks.length === 0) out.push(`Heap blocks: none${h.policy === "none" ? " (malloc was not linked)" : ""}`);
  else {
    const used = h.blocks.filter((b) => !b.free);
    const free = h.blocks.filter((b) => b.free);
    const freeBytes = free.reduce((s, b) => s + b.size, 0);
    const largest = free.reduce((m, b) => Math.max(m, b.size), 0);
    const overhead = h.policy === "segregated" ? "the 4-byte header (and a footer when free)" : "the 8-byte header+footer";
    out.push(`Heap blocks (${h.policy}, address order; size includes ${overhead}):`);
    out.push("  header      size  payload     state");
    const slabs = new Map((h.slabs ?? []).map((x) => [x.header, x]));
    for (const b of h.blocks) {
      const slab = slabs.get(b.header);
      const state = b.free ? "FREE" : slab !== undefined ? `slab: ${slab.slotSize}-byte slots, ${slab.live.length} of ${slab.slots} in use` : "used";
      out.push(`  ${hex32(b.header)}  ${String(b.size).padStart(6)}  ${hex32(b.payload)}  ${state}`);
    }
    out.push(
      `  ${used.length} used (${used.reduce((s, b) => s + b.size, 0)} bytes), ${free.length} free (${freeBytes} bytes, largest ${largest})` +
        (freeBytes > 0 ? `, external fragmentation ${((1 - largest / freeBytes) * 100).toFixed(0)}%` : ""),
    );
  }
  if (h.error) out.push(`  heap check: ${h.error}`);
  out.push("");
  if (d.events.length > 0) {
    out.push(`Allocator events (${d.events.length}, program order${d.eventsOmitted > 0 ? `; ${d.eventsOmitted} later ones not kept` : ""}):`);
    const shown = d.events.length > 200 ? [...d.events.slice(0, 100), null, ...d.events.slice(-100)] : d.events;
    shown.forEach((e) => {
      if (e === null) out.push(`  ... ${d.events.length - 200} more ...`);
      else out.push(`  ${formatEvent(e)}${site(e.site)}`);
    });
    out.push("");
  }
  const data = d.symbols.filter((s) => s.section === "data" || s.section === "bss");
  if (data.length > 0) {
    out.push("Globals in data and bss (libc's own state last, without bytes):");
    const own = data.filter((s) => !s.module.startsWith("libc.a("));
    const lib = data.filter((s) => s.module.startsWith("libc.a("));
    for (const s of [...own, ...lib]) {
      const isLib = s.module.startsWith("libc.a(");
      out.push(`  ${hex32(s.addr)}  ${s.section.padEnd(4)}  ${s.name} (${s.size} byte${s.size === 1 ? "" : "s"})${isLib ? ` [${s.module}]` : ""}`);
      if (isLib) continue;
      const bytes = s.bytes ?? "";
      for (let i = 0; i < bytes.length; i += 32) {
        const chunk = bytes.slice(i, i + 32);
        const hexs = chunk.match(/../g)!.join(" ");
        const ascii = chunk.match(/../g)!.map((x) => {
          const c = parseInt(x, 16);
          return c >= 32 && c < 127 ? String.fromCharCode(c) : ".";
        });
        out.push(`      ${hex32(s.addr + i / 2)}  ${hexs.padEnd(47)}  |${ascii.join("")}|`);
      }
      if (s.size > HEX_PREVIEW) out.push(`      ... ${s.size - HEX_PREVIEW} more bytes`);
    }
  }
  return out.join("\n") + "\n";
}
