/**
 * @fileoverview The report's data model: what one run of a program did to its heap, as
 * plain JSON-able columns (the HTML page embeds it), and the pure functions that turn it
 * into heap states (build.ts fills it in, explain.ts puts it into words). No Node and no
 * DOM here: the same code runs in `minic` (to build the data and the SVG figures) and in
 * the page (bundled by esbuild).
 *
 * A run is a list of allocator events (malloc, calloc, realloc, free, brk) and, per event,
 * a diff of the block list (blocks removed by header address, blocks added). Replaying the
 * diffs gives the heap after any event; HeapReplay keeps checkpoints so that a random
 * access costs at most CHECKPOINT diffs, which keeps 100,000-event runs interactive.
 */

import type { HeapEvent } from "../../libc/abi.js";
import { SLAB_GEOMETRY, SLAB_MAX, slabClass } from "../../libc/alloc/slab-layout.js";

export const OP_NAMES = ["malloc", "calloc", "realloc", "free", "brk"] as const;
export type OpName = (typeof OP_NAMES)[number];
export const OP: { readonly [K in OpName]: number } = { malloc: 0, calloc: 1, realloc: 2, free: 3, brk: 4 };

/** Header bit 0 in every layout: the block is allocated. */
export const BLOCK_ALLOC = 1;
/** Block flags: the header's low three bits as written, plus BLOCK_FENCE (the layouts put the fence bit in different places). */
export const BLOCK_FENCE = 8;
/** Block flag: a segregated slab (a used block cut into equal slots; libc/alloc/slab-layout.ts). */
export const BLOCK_SLAB = 16;
export const MIN_BLOCK = 16;
export const ALIGN = 8;

export interface Site {
  file: string | null;
  line: number | null;
  fn: string | null;
}

export interface SegmentInfo {
  name: string;
  start: number;
  end: number;
  perm: string;
}

export interface RunLayout {
  /** text, rodata, data, bss (address order). */
  segments: SegmentInfo[];
  memSize: number;
  /** Lowest address of the stack region (a guard page sits below it). */
  stackLimit: number;
  /** The initial program break (where the heap starts). */
  heapStart: number;
  /** Header of the first block (payloads are 8-aligned). */
  firstHeader: number;
  /** The stack pointer when the program stopped. */
  spFinal: number;
}

/**
 * One column per field, one entry per event. a/b/c by op: malloc (size, 0, result),
 * calloc (nmemb, size, result), realloc (ptr, size, result), free (ptr, 0, 0),
 * brk (from, to, result).
 */
export interface EventColumns {
  op: number[];
  a: number[];
  b: number[];
  c: number[];
  /** Index into RunData.sites, -1 when unknown. */
  site: number[];
  /** The library call the event belongs to: the brk calls malloc makes share its group. */
  group: number[];
  /** Stack pointer at the call, -1 when unknown. */
  sp: number[];
  /** Program break after the event. */
  brk: number[];
  /** The allocation the event created, resized or freed; -1 for none. */
  alloc: number[];
}

/** Per event: headers removed (rem[remStart[i]..remStart[i+1]]) then blocks added (ADD_STRIDE numbers each). */
export interface DiffColumns {
  remStart: number[];
  rem: number[];
  addStart: number[];
  /** header, size, flags (BLOCK_*), allocation id (-1 none), requested bytes. */
  add: number[];
}
export const ADD_STRIDE = 5;

/** Allocations (what malloc/calloc returned and realloc carried along): the event that created each. */
export interface AllocColumns {
  event: number[];
  site: number[];
}

/** Per event, after it. */
export interface MetricColumns {
  /** Bytes between the initial and the current break. */
  heap: number[];
  /** Bytes the program asked for and still holds (requested sizes of live allocations). */
  inUse: number[];
  /** Bytes in free blocks. */
  free: number[];
  /** The largest free block. */
  largest: number[];
}

export type NoteKind = "fragmentation" | "grow" | "fail" | "corrupt";

export interface EventNote {
  event: number;
  kind: NoteKind;
  text: string;
}

export interface RunData {
  policy: string;
  /** True when the blocks were inferred from the event log (no per-event snapshots). */
  reconstructed: boolean;
  exit: { status: number; reason: string; message: string | null };
  layout: RunLayout;
  sites: Site[];
  ev: EventColumns;
  diff: DiffColumns;
  allocs: AllocColumns;
  metrics: MetricColumns;
  /** Callouts (fragmentation, heap growth, failures), in event order. */
  notes: EventNote[];
  /** The final heap check (null: healthy). */
  heapError: string | null;
}

export interface ReportData {
  version: 1;
  title: string;
  command: string;
  /** Source lines of the files the call sites name (line n is lines[n-1]). */
  sources: Record<string, string[]>;
  runs: RunData[];
  /**
   * Per run, the event each timeline row shows. Rows line up across runs by library call:
   * when one policy calls brk where another does not, the other gets a spacer row, encoded
   * as -(e + 2) where e is the event whose state it repeats (-1: before any event).
   */
  rows: number[][];
  /** Set in the page's embedded copy (see encodeReport). */
  encoding?: "delta1";
}

export interface Block {
  header: number;
  size: number;
  flags: number;
  alloc: number;
  requested: number;
}

// ---------------------------------------------------------------------------------------
// Small helpers shared by every view.

export function hex(n: number): string {
  return "0x" + (n >>> 0).toString(16).padStart(8, "0");
}

/** 1408 B, 8 KiB, 14.9 MiB: exact when round, one decimal otherwise. */
export function humanSize(n: number): string {
  const units: [number, string][] = [
    [1024 * 1024 * 1024, "GiB"],
    [1024 * 1024, "MiB"],
    [1024, "KiB"],
  ];
  for (const [u, name] of units) {
    if (n >= u) {
      const v = n / u;
      return `${Number.isInteger(v) ? v : v.toFixed(1)} ${name}`;
    }
  }
  return `${n} B`;
}

/** Allocation names in creation order: A..Z, AA..ZZ, then #n. */
export function allocName(id: number): string {
  if (id < 0) return "?";
  if (id < 26) return String.fromCharCode(65 + id);
  if (id < 26 + 26 * 26) {
    const k = id - 26;
    return String.fromCharCode(65 + Math.floor(k / 26)) + String.fromCharCode(65 + (k % 26));
  }
  return `#${id + 1}`;
}

export function isFree(b: { flags: number }): boolean {
  return (b.flags & BLOCK_ALLOC) === 0;
}

export function isSlab(b: { flags: number }): boolean {
  return (b.flags & BLOCK_SLAB) !== 0;
}

/** The slot size a request of n bytes takes in a slab, or 0 when it takes a block of its own. */
export function slotSizeFor(n: number, policy: string): number {
  return policy === "segregated" && n <= SLAB_MAX ? SLAB_GEOMETRY[slabClass(n)]!.slotSize : 0;
}

/** The bytes of a request's block: payload + per-block overhead, 8-aligned, at least 16. */
export function blockSizeFor(n: number, overhead: number): number {
  return Math.max(MIN_BLOCK, Math.ceil((n + overhead) / ALIGN) * ALIGN);
}

/** Per-block overhead of a policy's allocated blocks: a header and a footer word, except segregated (header only). */
export function overheadOf(policy: string): number {
  return policy === "segregated" ? 4 : 8;
}

/** The header word as the allocator wrote it (size | the low three bits), for the block panel. */
export function headerWord(b: Block): number {
  return (b.size | (b.flags & 7)) >>> 0;
}

/** What the low bits of a header mean in a policy's layout. */
export function headerBits(w: number, policy: string, slab = false): string[] {
  const out = [w & 1 ? "allocated (bit 0 = 1)" : "free (bit 0 = 0)"];
  if (policy === "segregated") {
    if (w & 2) out.push("block below allocated (bit 1)");
    if (w & 4) out.push(slab ? "slab (bit 2, and the magic word after the header)" : "fence (bit 2)");
  } else if (w & 2) out.push("fence (bit 1)");
  return out;
}

export function eventOp(run: RunData, i: number): OpName {
  return OP_NAMES[run.ev.op[i]!] ?? "malloc";
}

/** The event as C: `malloc(1000) = 0x00015008`. */
export function formatCall(run: RunData, i: number): string {
  const e = run.ev;
  const a = e.a[i]!;
  const b = e.b[i]!;
  const c = e.c[i]!;
  switch (eventOp(run, i)) {
    case "malloc":
      return `malloc(${a}) = ${hex(c)}`;
    case "calloc":
      return `calloc(${a}, ${b}) = ${hex(c)}`;
    case "realloc":
      return `realloc(${hex(a)}, ${b}) = ${hex(c)}`;
    case "free":
      return `free(${hex(a)})`;
    case "brk":
      return `brk(${hex(b)}) = ${hex(c)}`;
  }
}

/** The event as a figure label: `A = malloc(1000)`, `free(B)`, `brk +4 KiB`. */
export function shortCall(run: RunData, i: number): string {
  const e = run.ev;
  const id = e.alloc[i]!;
  const name = id >= 0 ? allocName(id) : null;
  const a = e.a[i]!;
  const b = e.b[i]!;
  const c = e.c[i]!;
  switch (eventOp(run, i)) {
    case "malloc":
      return `${name ?? "NULL"} = malloc(${a})`;
    case "calloc":
      return `${name ?? "NULL"} = calloc(${a}, ${b})`;
    case "realloc":
      return c === 0 ? `realloc(${name ?? hex(a)}, ${b}) = NULL` : `${name} = realloc(${a === 0 ? "NULL" : name}, ${b})`;
    case "free":
      return a === 0 ? "free(NULL)" : `free(${name ?? hex(a)})`;
    case "brk": {
      const d = c - a;
      return d === 0 ? `brk(${hex(b)}) failed` : `brk ${d > 0 ? "+" : "-"}${humanSize(Math.abs(d))}`;
    }
  }
}

export function formatSite(s: Site | undefined): string {
  if (!s) return "";
  if (s.file && s.line) return `${s.file}:${s.line}${s.fn ? ` (${s.fn})` : ""}`;
  return s.fn ? `in ${s.fn}` : "";
}

/** Decodes a timeline row entry: the event whose state it shows, and whether it is a spacer. */
export function rowEvent(v: number): { event: number; spacer: boolean } {
  return v >= 0 ? { event: v, spacer: false } : { event: -v - 2, spacer: true };
}

/** The axis every row of every run shares: from the heap start to the highest break. */
export function heapExtent(runs: RunData[]): { start: number; end: number } {
  let start = Infinity;
  let end = 0;
  for (const r of runs) {
    start = Math.min(start, r.layout.heapStart);
    end = Math.max(end, r.layout.heapStart);
    for (const b of r.ev.brk) end = Math.max(end, b);
  }
  if (!Number.isFinite(start)) start = 0;
  if (end <= start) end = start + 4096;
  return { start, end };
}

// ---------------------------------------------------------------------------------------
// Replaying the diffs.

function findHeader(blocks: readonly Block[], header: number): number {
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (blocks[mid]!.header < header) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the block containing addr, or -1. */
export function blockAt(blocks: readonly Block[], addr: number): number {
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const b = blocks[mid]!;
    if (addr < b.header) hi = mid - 1;
    else if (addr >= b.header + b.size) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Applies event i's diff to a sorted block list in place; onChange sees every block that leaves (-1) or enters (+1). */
export function applyDiff(blocks: Block[], d: DiffColumns, i: number, onChange?: (b: Block, sign: 1 | -1) => void): void {
  for (let k = d.remStart[i]!; k < d.remStart[i + 1]!; k++) {
    const h = d.rem[k]!;
    const at = findHeader(blocks, h);
    if (at < blocks.length && blocks[at]!.header === h) {
      onChange?.(blocks[at]!, -1);
      blocks.splice(at, 1);
    }
  }
  for (let k = d.addStart[i]!; k < d.addStart[i + 1]!; k += ADD_STRIDE) {
    const b: Block = { header: d.add[k]!, size: d.add[k + 1]!, flags: d.add[k + 2]!, alloc: d.add[k + 3]!, requested: d.add[k + 4]! };
    const at = findHeader(blocks, b.header);
    if (at < blocks.length && blocks[at]!.header === b.header) {
      onChange?.(blocks[at]!, -1);
      blocks[at] = b;
    } else blocks.splice(at, 0, b);
    onChange?.(b, 1);
  }
}

export const CHECKPOINT = 256;

/**
 * The heap after any event of a run. `stateAt` returns an internal array that is valid
 * until the next call (copy it to keep it). Forward steps apply diffs; backward jumps
 * restart from the nearest checkpoint (built on the way forward).
 */
export class HeapReplay {
  private cur: Block[] = [];
  private at = -1;
  private readonly checkpoints = new Map<number, Block[]>();

  constructor(private readonly run: RunData) {
    this.checkpoints.set(-1, []);
  }

  get length(): number {
    return this.run.ev.op.length;
  }

  /** The blocks after event i (i = -1: before the first event), sorted by address. */
  stateAt(i: number): readonly Block[] {
    const n = this.length;
    if (i >= n) i = n - 1;
    if (i < -1) i = -1;
    if (i < this.at || i - this.at > CHECKPOINT) {
      let c = Math.floor((i + 1) / CHECKPOINT) * CHECKPOINT - 1;
      while (!this.checkpoints.has(c)) c -= CHECKPOINT;
      if (c > this.at || i < this.at) {
        this.cur = this.checkpoints.get(c)!.slice();
        this.at = c;
      }
    }
    while (this.at < i) {
      this.at++;
      applyDiff(this.cur, this.run.diff, this.at);
      if ((this.at + 1) % CHECKPOINT === 0 && !this.checkpoints.has(this.at)) this.checkpoints.set(this.at, this.cur.slice());
    }
    return this.cur;
  }
}

// ---------------------------------------------------------------------------------------
// Building a run from what the recorder (or the reconstruction) saw.

/** What a recorder hands over: the events, their groups, and per-event block diffs. */
export interface RawTrace {
  policy: string;
  reconstructed: boolean;
  exit: { status: number; reason: string; message: string | null };
  layout: RunLayout;
  events: HeapEvent[];
  groups: number[];
  sps: number[];
  /** Per event: headers removed and blocks added (flags in BLOCK_* terms). */
  diffs: { rem: number[]; add: { header: number; size: number; flags: number }[] }[];
  /** Per event: a heap check message when the walk found the heap broken (else null). */
  corrupt?: (string | null)[];
  heapError: string | null;
}

// ---------------------------------------------------------------------------------------
// The page's encoding: columns that change slowly are stored as differences (a 100,000
// event report shrinks by about a third), decoded once when the page loads.

type Columns = Record<string, number[]>;

const DELTA: [keyof RunData, string[]][] = [
  ["ev", ["group", "sp", "brk"]],
  ["diff", ["remStart", "addStart"]],
  ["metrics", ["heap", "inUse", "free", "largest"]],
  ["allocs", ["event"]],
];

function delta(a: number[]): number[] {
  const out = new Array<number>(a.length);
  let prev = 0;
  for (let i = 0; i < a.length; i++) {
    out[i] = a[i]! - prev;
    prev = a[i]!;
  }
  return out;
}

function undelta(a: number[]): number[] {
  const out = new Array<number>(a.length);
  let acc = 0;
  for (let i = 0; i < a.length; i++) out[i] = acc += a[i]!;
  return out;
}

function mapColumns(d: ReportData, f: (a: number[]) => number[], encoded: boolean): ReportData {
  const runs = d.runs.map((r) => {
    const copy: RunData = { ...r };
    for (const [group, names] of DELTA) {
      const cols = { ...(r[group] as unknown as Columns) };
      for (const n of names) cols[n] = f(cols[n]!);
      (copy as unknown as Record<string, Columns>)[group] = cols;
    }
    return copy;
  });
  return { ...d, runs, rows: d.rows.map(f), encoding: encoded ? "delta1" : undefined } as ReportData;
}

/** ReportData as the page embeds it. */
export function encodeReport(d: ReportData): ReportData {
  return mapColumns(d, delta, true);
}

/** The inverse of encodeReport (data that is not encoded passes through). */
export function decodeReport(d: ReportData): ReportData {
  return (d as { encoding?: string }).encoding === "delta1" ? mapColumns(d, undelta, false) : d;
}
