/**
 * @fileoverview Core files: the machine's final state written to disk, and read back so
 * that `minic dump` can show a crash after the fact (docs/core-format.md).
 *
 * A CoreImage is what every dump view reads. It is built either from a live machine
 * (`coreFromMachine`, sharing its memory: nothing is copied) or from a core file
 * (`readCore`, which rebuilds a Memory with the same bytes, page permissions and layout).
 * Because both paths end in the same structure, a view cannot tell them apart, which is
 * what makes "the dump of the core equals the dump of the run" testable.
 *
 * The format is plain JSON (readable with `less` or `jq`). Memory is stored as the mapped
 * page ranges plus the runs of non-zero bytes in them; everything else mapped is zero. A
 * 16 MiB machine running hello.c gives a core of a few tens of KiB.
 */

import { assertNever } from "../compiler/types.js";
import type { CallSite, HeapEvent } from "../libc/abi.js";
import { FormatError, Reader as ObjReader, parseExecutable, serializeExecutable, type Executable } from "../linker/object.js";
import { MAX_SAVED_EVENTS, type HeapDescription } from "./dump.js";
import type { Access, FaultKind } from "./fault.js";
import { NUM_REGS, R_SP } from "./isa.js";
import { MAX_MEMORY, MIN_MEMORY, PAGE_SHIFT, PAGE_SIZE } from "./layout.js";
import type { ExitInfo, Machine } from "./machine.js";
import { Memory, PERM_R, PERM_W, PERM_X, type SegmentInfo } from "./memory.js";
import type { CallbackRecord } from "./report.js";

export const CORE_MAGIC = "minic-core";
export const CORE_VERSION = 1;


/** Everything a dump view may look at. */
export interface CoreImage {
  exe: Executable;
  mem: Memory;
  /** r0..r15 (r14 = fp, r15 = sp). */
  regs: Int32Array;
  /** Byte address of the current (or faulting) instruction. */
  pc: number;
  /** How the program ended; null for an image that has not run (`minic dump EXE`). */
  exit: ExitInfo | null;
  events: HeapEvent[];
  /** Events the program made after the first MAX_SAVED_EVENTS, not in the file (0 for a machine). */
  eventsOmitted: number;
  callbacks: CallbackRecord[];
  /** The allocator's blocks and free list (null when malloc was not linked). */
  heap: HeapDescription | null;
  argv: string[];
}

export class CoreFormatError extends Error {}

/** Reads the allocator's heap out of a machine (supplied by libc, which knows the block format). */
export type CoreHeapDescriber = (m: Machine) => HeapDescription | null;

/** A view of a live machine, after run() or before it (the initial image). */
export function coreFromMachine(m: Machine, describeHeap: CoreHeapDescriber): CoreImage {
  return {
    exe: m.exe,
    mem: m.mem,
    regs: m.regs,
    pc: m.pc,
    exit: m.result,
    events: m.events,
    eventsOmitted: 0,
    callbacks: m.callbacks,
    heap: describeHeap(m),
    argv: m.argv,
  };
}

// ---------------------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------------------

/** Zero runs shorter than this stay inside a chunk (a chunk header costs ~30 bytes). */
const MIN_ZERO_RUN = 32;

function permString(bits: number): string {
  return (bits & PERM_R ? "r" : "-") + (bits & PERM_W ? "w" : "-") + (bits & PERM_X ? "x" : "-");
}

function permBits(s: string): number | null {
  if (!/^[r-][w-][x-]$/.test(s) || s === "---") return null;
  return (s[0] === "r" ? PERM_R : 0) | (s[1] === "w" ? PERM_W : 0) | (s[2] === "x" ? PERM_X : 0);
}

/** Mapped page ranges, adjacent pages with the same permission merged. */
function mappedRanges(mem: Memory): { start: number; end: number; perm: number }[] {
  const out: { start: number; end: number; perm: number }[] = [];
  const pages = mem.size >>> PAGE_SHIFT;
  for (let p = 0; p < pages; p++) {
    const perm = mem.perm[p]!;
    if (perm === 0) continue;
    const last = out[out.length - 1];
    if (last && last.end === p * PAGE_SIZE && last.perm === perm) last.end += PAGE_SIZE;
    else out.push({ start: p * PAGE_SIZE, end: (p + 1) * PAGE_SIZE, perm });
  }
  return out;
}

/** Runs of non-zero bytes in [start, end), split where at least MIN_ZERO_RUN zeros separate them. */
function nonZeroChunks(u8: Uint8Array, start: number, end: number): { addr: number; bytes: string }[] {
  const out: { addr: number; bytes: string }[] = [];
  let i = start;
  while (i < end) {
    while (i < end && u8[i] === 0) i++;
    if (i >= end) break;
    const from = i;
    let lastNonZero = i;
    while (i < end && i - lastNonZero <= MIN_ZERO_RUN) {
      if (u8[i] !== 0) lastNonZero = i;
      i++;
    }
    out.push({ addr: from, bytes: Buffer.from(u8.buffer, u8.byteOffset + from, lastNonZero + 1 - from).toString("hex") });
    i = lastNonZero + 1;
  }
  return out;
}

/** The core file's text (JSON, one top-level field per line for diffing). */
export function writeCore(core: CoreImage): string {
  const { mem } = core;
  const maps = mappedRanges(mem);
  const regs: Record<string, number> = {};
  for (let r = 0; r < NUM_REGS; r++) regs[r === 14 ? "fp" : r === R_SP ? "sp" : `r${r}`] = core.regs[r]! >>> 0;
  regs.pc = core.pc >>> 0;
  const exit = core.exit
    ? {
        status: core.exit.status,
        reason: core.exit.reason,
        fault: core.exit.fault,
        report: core.exit.report,
        steps: core.exit.steps,
      }
    : null;
  const fields: [string, unknown][] = [
    ["magic", CORE_MAGIC],
    ["version", CORE_VERSION],
    ["argv", core.argv],
    ["exit", exit],
    ["registers", regs],
    [
      "layout",
      {
        memory: mem.size,
        heapStart: mem.heapStart,
        brk: mem.brk,
        stackLimit: mem.stackLimit,
        segments: mem.segments.map((s) => ({ name: s.name, start: s.start, end: s.end, perm: permString(s.perm) })),
      },
    ],
    ["maps", maps.map((m) => ({ start: m.start, end: m.end, perm: permString(m.perm) }))],
    ["chunks", maps.flatMap((m) => nonZeroChunks(mem.u8, m.start, m.end))],
    ["heap", core.heap],
    ["events", core.events.length > MAX_SAVED_EVENTS ? core.events.slice(0, MAX_SAVED_EVENTS) : core.events],
    ["eventsOmitted", core.eventsOmitted + Math.max(0, core.events.length - MAX_SAVED_EVENTS)],
    ["callbacks", core.callbacks.map((c) => ({ sentinel: c.sentinel, nativeSp: c.nativeSp }))],
    ["executable", JSON.parse(serializeExecutable(core.exe)) as unknown],
  ];
  return "{\n" + fields.map(([k, v]) => ` ${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(",\n") + "\n}\n";
}

// ---------------------------------------------------------------------------------------
// Reading (validating: a damaged core is a clear error, never a crash)
// ---------------------------------------------------------------------------------------

type Json = unknown;

/** The object format's validating reader, with the core file's own error and extras. */
class Reader extends ObjReader {
  constructor(file: string) {
    super(file, (what) => new CoreFormatError(`${file}: malformed core file: ${what}`));
  }
  u32(v: Json, what: string): number {
    return this.int(v, what, 0, 0xffffffff);
  }
  strOrNull(v: Json, what: string): string | null {
    return v === null ? null : this.str(v, what);
  }
  bool(v: Json, what: string): boolean {
    if (typeof v !== "boolean") this.fail(`${what} is not true or false`);
    return v;
  }
}

const FAULT_KINDS: readonly FaultKind[] = ["segv", "stack-overflow", "bad-jump", "illegal-instruction", "div-by-zero", "step-limit", "abort", "out-of-memory"];
const ACCESSES: readonly Access[] = ["read", "write", "exec"];
const SEGMENT_NAMES = ["text", "rodata", "data", "bss"] as const;

/** True if `text` looks like a core file (the magic is in its first line). */
export function isCoreText(text: string): boolean {
  return text.slice(0, 64).includes(`"${CORE_MAGIC}"`);
}

function readExit(r: Reader, v: Json): ExitInfo | null {
  if (v === null) return null;
  const o = r.obj(v, "exit");
  let fault: ExitInfo["fault"] = null;
  if (o.fault !== null) {
    const f = r.obj(o.fault, "exit.fault");
    fault = {
      kind: r.oneOf(f.kind, FAULT_KINDS, "exit.fault.kind"),
      message: r.str(f.message, "exit.fault.message"),
      pc: r.int(f.pc, "exit.fault.pc"),
      addr: r.int(f.addr, "exit.fault.addr"),
      access: f.access === null ? null : r.oneOf(f.access, ACCESSES, "exit.fault.access"),
      size: r.int(f.size, "exit.fault.size", 0),
    };
  }
  const reason = r.oneOf(o.reason, ["exit", "fault"] as const, "exit.reason");
  if ((reason === "fault") !== (fault !== null)) r.fail("exit.reason does not match exit.fault");
  return {
    status: r.int(o.status, "exit.status", 0, 255),
    reason,
    fault,
    report: r.str(o.report, "exit.report"),
    steps: r.int(o.steps, "exit.steps", 0, Number.MAX_SAFE_INTEGER),
  };
}

function readSite(r: Reader, v: Json, what: string): CallSite | null {
  if (v === null || v === undefined) return null;
  const s = r.obj(v, what);
  return {
    pc: r.int(s.pc, `${what}.pc`),
    function: r.strOrNull(s.function, `${what}.function`),
    file: r.strOrNull(s.file, `${what}.file`),
    line: s.line === null ? null : r.int(s.line, `${what}.line`, 0),
  };
}

function readEvent(r: Reader, v: Json, i: number): HeapEvent {
  const what = `events[${i}]`;
  const e = r.obj(v, what);
  const site = readSite(r, e.site, `${what}.site`);
  const n = (x: Json, f: string) => r.int(x, `${what}.${f}`);
  const op = r.oneOf(e.op, ["malloc", "calloc", "realloc", "free", "brk"] as const, `${what}.op`);
  switch (op) {
    case "malloc":
      return { op, size: n(e.size, "size"), result: n(e.result, "result"), site };
    case "calloc":
      return { op, nmemb: n(e.nmemb, "nmemb"), size: n(e.size, "size"), result: n(e.result, "result"), site };
    case "realloc":
      return { op, ptr: n(e.ptr, "ptr"), size: n(e.size, "size"), result: n(e.result, "result"), site };
    case "free":
      return { op, ptr: n(e.ptr, "ptr"), site };
    case "brk":
      return { op, from: n(e.from, "from"), to: n(e.to, "to"), result: n(e.result, "result"), site };
    default:
      return assertNever(op, "event op");
  }
}

function readHeap(r: Reader, v: Json): HeapDescription | null {
  if (v === null) return null;
  const h = r.obj(v, "heap");
  return {
    policy: r.str(h.policy, "heap.policy"),
    blocks: r.arr(h.blocks, "heap.blocks").map((b0, i) => {
      const b = r.obj(b0, `heap.blocks[${i}]`);
      return {
        header: r.u32(b.header, `heap.blocks[${i}].header`),
        size: r.u32(b.size, `heap.blocks[${i}].size`),
        payload: r.u32(b.payload, `heap.blocks[${i}].payload`),
        free: r.bool(b.free, `heap.blocks[${i}].free`),
      };
    }),
    freeList: r.arr(h.freeList, "heap.freeList").map((p, i) => r.u32(p, `heap.freeList[${i}]`)),
    error: r.strOrNull(h.error, "heap.error"),
    ...(h.rover === undefined ? {} : { rover: r.u32(h.rover, "heap.rover") }),
    ...(h.bins === undefined
      ? {}
      : {
          bins: r.arr(h.bins, "heap.bins").map((b0, i) => {
            const b = r.obj(b0, `heap.bins[${i}]`);
            return {
              index: r.int(b.index, `heap.bins[${i}].index`, 0),
              min: r.u32(b.min, `heap.bins[${i}].min`),
              max: r.u32(b.max, `heap.bins[${i}].max`),
              blocks: r.arr(b.blocks, `heap.bins[${i}].blocks`).map((p, j) => r.u32(p, `heap.bins[${i}].blocks[${j}]`)),
            };
          }),
        }),
    ...(h.top === undefined ? {} : { top: r.u32(h.top, "heap.top") }),
    ...(h.slabs === undefined
      ? {}
      : {
          slabs: r.arr(h.slabs, "heap.slabs").map((x0, i) => {
            const x = r.obj(x0, `heap.slabs[${i}]`);
            return {
              header: r.u32(x.header, `heap.slabs[${i}].header`),
              payload: r.u32(x.payload, `heap.slabs[${i}].payload`),
              slotSize: r.u32(x.slotSize, `heap.slabs[${i}].slotSize`),
              slots: r.u32(x.slots, `heap.slabs[${i}].slots`),
              firstSlot: r.u32(x.firstSlot, `heap.slabs[${i}].firstSlot`),
              live: r.arr(x.live, `heap.slabs[${i}].live`).map((p, j) => r.u32(p, `heap.slabs[${i}].live[${j}]`)),
            };
          }),
        }),
  };
}

/** Parses and checks a core file; throws CoreFormatError with the reason. */
export function readCore(text: string, file: string): CoreImage {
  const r: Reader = new Reader(file);
  let v: Json;
  try {
    v = JSON.parse(text);
  } catch {
    if (isCoreText(text)) r.fail("not valid JSON (truncated?)");
    throw new CoreFormatError(`${file}: not a minic core file (not JSON)`);
  }
  if (typeof v !== "object" || v === null || Array.isArray(v)) throw new CoreFormatError(`${file}: not a minic core file`);
  const o = v as Record<string, Json>;
  if (o.magic !== CORE_MAGIC) throw new CoreFormatError(`${file}: not a minic core file (bad magic)`);
  if (o.version !== CORE_VERSION) r.fail(`unsupported core format version ${String(o.version)}`);

  let exe: Executable;
  try {
    exe = parseExecutable(JSON.stringify(r.obj(o.executable, "executable")), `${file} (executable)`);
  } catch (e) {
    if (e instanceof FormatError) throw new CoreFormatError(e.message);
    throw e;
  }

  // Layout and memory.
  const lay = r.obj(o.layout, "layout");
  const size = r.int(lay.memory, "layout.memory", MIN_MEMORY, MAX_MEMORY);
  if (size % PAGE_SIZE !== 0) r.fail("layout.memory is not a multiple of the page size");
  const inMem = (x: Json, what: string) => r.int(x, what, 0, size);
  const heapStart = inMem(lay.heapStart, "layout.heapStart");
  const brk = inMem(lay.brk, "layout.brk");
  const stackLimit = inMem(lay.stackLimit, "layout.stackLimit");
  if (brk < heapStart || brk > stackLimit) r.fail("layout.brk is not between the heap start and the stack");
  const segments: SegmentInfo[] = r.arr(lay.segments, "layout.segments").map((s0, i) => {
    const s = r.obj(s0, `layout.segments[${i}]`);
    const start = inMem(s.start, `layout.segments[${i}].start`);
    const end = inMem(s.end, `layout.segments[${i}].end`);
    if (end < start) r.fail(`layout.segments[${i}] ends before it starts`);
    const perm = permBits(r.str(s.perm, `layout.segments[${i}].perm`));
    if (perm === null) r.fail(`layout.segments[${i}].perm is not a permission like r-x`);
    return { name: r.oneOf(s.name, SEGMENT_NAMES, `layout.segments[${i}].name`), start, end, perm };
  });
  let mem: Memory;
  try {
    mem = new Memory(size);
  } catch {
    return r.fail(`cannot allocate ${size} bytes of memory for the core`);
  }
  mem.segments = segments;
  mem.heapStart = heapStart;
  mem.brk = brk;
  mem.stackLimit = stackLimit;
  r.arr(o.maps, "maps").forEach((m0, i) => {
    const m = r.obj(m0, `maps[${i}]`);
    const start = inMem(m.start, `maps[${i}].start`);
    const end = inMem(m.end, `maps[${i}].end`);
    if (start % PAGE_SIZE !== 0 || end % PAGE_SIZE !== 0 || end <= start) r.fail(`maps[${i}] is not a page-aligned range`);
    const perm = permBits(r.str(m.perm, `maps[${i}].perm`));
    if (perm === null) r.fail(`maps[${i}].perm is not a permission like rw-`);
    mem.map(start, end, perm);
  });
  r.arr(o.chunks, "chunks").forEach((c0, i) => {
    const c = r.obj(c0, `chunks[${i}]`);
    const addr = inMem(c.addr, `chunks[${i}].addr`);
    const hex = r.str(c.bytes, `chunks[${i}].bytes`);
    if (hex.length % 2 !== 0 || !/^[0-9a-f]*$/.test(hex)) r.fail(`chunks[${i}].bytes is not hex bytes`);
    const bytes = Buffer.from(hex, "hex");
    if (bytes.length === 0) return;
    if (addr + bytes.length > size || mem.firstBad(addr, bytes.length, PERM_R) >= 0) r.fail(`chunks[${i}] lies outside the mapped pages`);
    mem.u8.set(bytes, addr);
  });

  // Registers.
  const rg = r.obj(o.registers, "registers");
  const regs = new Int32Array(NUM_REGS);
  for (let i = 0; i < NUM_REGS; i++) {
    const name = i === 14 ? "fp" : i === R_SP ? "sp" : `r${i}`;
    regs[i] = r.u32(rg[name], `registers.${name}`) | 0;
  }
  const pc = r.u32(rg.pc, "registers.pc");

  const argv = r.arr(o.argv, "argv").map((a, i) => r.str(a, `argv[${i}]`));
  if (argv.length === 0) r.fail("argv is empty");
  return {
    exe,
    mem,
    regs,
    pc,
    exit: readExit(r, o.exit),
    events: r.arr(o.events, "events").map((e, i) => readEvent(r, e, i)),
    // absent in cores written before the limit
    eventsOmitted: o.eventsOmitted === undefined ? 0 : r.int(o.eventsOmitted, "eventsOmitted", 0),
    callbacks: r.arr(o.callbacks, "callbacks").map((c0, i) => {
      const c = r.obj(c0, `callbacks[${i}]`);
      return { sentinel: r.int(c.sentinel, `callbacks[${i}].sentinel`), nativeSp: r.int(c.nativeSp, `callbacks[${i}].nativeSp`) };
    }),
    heap: readHeap(r, o.heap),
    argv,
  };
}
