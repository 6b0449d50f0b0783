/**
 * @fileoverview `minic heap-bench TRACE... [--alloc all|NAME] [--json] [--memory SIZE]`:
 * replays malloc-lab traces (cli/trace.ts) through each allocator policy and prints, per
 * trace and policy, utilization, heap size, brk calls, external fragmentation at the peak
 * and operations per second.
 *
 * The replay runs the very natives a program calls (libcNatives: the same TypeScript
 * allocator code, the same block layouts in VM memory, brk through the VM's own trap
 * code) with a lightweight NativeContext over a VM Memory: no compiler, no CPU.
 *
 * Definitions (CS:APP's, docs/allocators.md):
 * - utilization = peak live payload / peak heap size. The heap's peak is used because
 *   free() may trim the heap at the end (CS:APP's heap never shrinks, so its "final heap
 *   size" is the same number);
 * - fragmentation = 1 - largest free block / free bytes, right after the operation where
 *   the live payload peaks;
 * - ops/sec counts trace operations over the replay's wall time (the heap walk for the
 *   fragmentation figure excluded), the best of five replays made after the first one in
 *   the same memory, whose pages that first replay touched (as glibc's side does it).
 */

import { writeSync } from "node:fs";
import { readInputFile } from "./files.js";
import type { Argv, CommandModule } from "yargs";
import type { CallSite, HeapEvent, MemoryAccess, NativeContext, NativeFn } from "../libc/abi.js";
import { ALLOC_POLICIES, isAllocPolicy, type AllocPolicy } from "../libc/alloc/common.js";
import { walkHeapFromSymbols } from "../libc/heap-walk.js";
import { libcMembers, libcNatives } from "../libc/index.js";
import type { Trap } from "../vm/isa.js";
import { parseSize, PAGE_SIZE } from "../vm/layout.js";
import { Fault } from "../vm/fault.js";
import { Memory, PERM_R, PERM_W } from "../vm/memory.js";
import { systemCall, type TrapHost } from "../vm/traps.js";
import { BuildError } from "./driver.js";
import { TraceError, livePeak, parseTrace, type Trace } from "./trace.js";

export const DEFAULT_BENCH_MEMORY = 64 * 1024 * 1024;
const STATE_BASE = 0x10000;
const HEAP_BASE = 0x20000;

export interface BenchResult {
  trace: string;
  policy: AllocPolicy;
  /** Peak live payload / peak heap size (0..1). */
  utilization: number;
  /** Peak heap size in bytes (the highest break minus the heap start). */
  heapBytes: number;
  brkCalls: number;
  /** 1 - largest free block / free bytes when the live payload peaks (0..1). */
  fragmentation: number;
  opsPerSec: number;
  /** Set when the replay could not finish (out of memory, an allocator abort). */
  error?: string;
}

class BenchAbort extends Error {}

const SITE: CallSite = { pc: 0, function: null, file: null, line: null };

/** Just enough of a machine for the allocator natives: memory, brk, state symbols. */
class BenchContext implements NativeContext, TrapHost {
  readonly mem: Memory;
  readonly io = { write: (_fd: number, b: Uint8Array) => b.length, read: () => new Uint8Array(0) };
  readonly events: HeapEvent[] = [];
  readonly symbols = new Map<string, number>();
  /** Only brk events are counted (they come from the trap); allocator events are not built. */
  readonly logsEvents = false;
  args: number[] = [];

  /**
   * `mem` may be one an earlier replay used: everything up to its highest break is zeroed
   * and unmapped first, so the replay starts from the same state as in a fresh memory.
   */
  constructor(policy: AllocPolicy, mem: Memory) {
    this.mem = mem;
    if (mem.brk !== 0) mem.unmap(0, Math.max(mem.brk, HEAP_BASE));
    let at = STATE_BASE;
    for (const m of libcMembers(policy)) {
      for (const d of m.data ?? []) {
        at = Math.ceil(at / (d.align ?? 4)) * (d.align ?? 4);
        this.symbols.set(d.name, at);
        if (d.init) this.mem.u8.set(d.init.slice(0, d.size), at);
        at += d.size;
      }
    }
    if (at > HEAP_BASE) throw new Error("internal error: libc state does not fit below the bench heap");
    this.mem.map(STATE_BASE, HEAP_BASE, PERM_R | PERM_W);
    this.mem.heapStart = HEAP_BASE;
    this.mem.brk = HEAP_BASE;
    this.mem.stackLimit = mem.size; // no stack: brk may grow up to the last page
  }

  arg(i: number): number {
    return this.args[i] ?? 0;
  }
  argAddr(): number {
    throw new BenchAbort("heap-bench: argAddr is not available");
  }
  trap(n: Trap, a0: number, a1: number, a2: number): number {
    return systemCall(this, n, a0 | 0, a1 | 0, a2 | 0, true);
  }
  setHigh(): void {}
  symbol(name: string): number | undefined {
    return this.symbols.get(name);
  }
  callSite(): CallSite {
    return SITE;
  }
  trapSite(): CallSite {
    return SITE;
  }
  event(): void {}
  callFunction(): number {
    throw new BenchAbort("heap-bench: callFunction is not available");
  }
  abort(message: string): never {
    throw new BenchAbort(message);
  }
}

const natives = libcNatives();
function native(name: string): NativeFn {
  const f = natives[name];
  if (f === undefined) throw new Error(`internal error: libc has no ${name}`);
  return f;
}
const MALLOC = native("malloc");
const FREE = native("free");
const REALLOC = native("realloc");

function opText(t: Trace, k: number): string {
  const o = t.ops[k]!;
  return o.kind === "f" ? `f ${o.id}` : `${o.kind} ${o.id} ${o.size}`;
}

const OP_MALLOC = 0;
const OP_REALLOC = 1;
const OP_FREE = 2;

/** A trace as flat typed arrays (as malloc-replay.c holds it in an array of structs). */
interface CompiledTrace {
  kinds: Uint8Array;
  ids: Int32Array;
  sizes: Float64Array;
  /** livePeak's answer. */
  peak: number;
  at: number;
}
const compiledTraces = new WeakMap<Trace, CompiledTrace>();

function compiled(t: Trace): CompiledTrace {
  let c = compiledTraces.get(t);
  if (c === undefined) {
    const n = t.ops.length;
    c = { kinds: new Uint8Array(n), ids: new Int32Array(n), sizes: new Float64Array(n), ...livePeak(t) };
    for (let k = 0; k < n; k++) {
      const o = t.ops[k]!;
      c.ids[k] = o.id;
      c.kinds[k] = o.kind === "a" ? OP_MALLOC : o.kind === "r" ? OP_REALLOC : OP_FREE;
      if (o.kind !== "f") c.sizes[k] = o.size;
    }
    compiledTraces.set(t, c);
  }
  return c;
}

/**
 * Replays one trace through one policy in a VM memory of `memory` bytes, or in `reuse`
 * (reset first), whose pages an earlier replay has already touched.
 */
export function replay(name: string, t: Trace, policy: AllocPolicy, memory = DEFAULT_BENCH_MEMORY, reuse?: Memory): BenchResult {
  const ctx = new BenchContext(policy, reuse ?? new Memory(memory));
  const mem: MemoryAccess = ctx.mem;
  const { kinds, ids, sizes, peak, at } = compiled(t);
  const ptrs = new Float64Array(t.ids);
  // Arguments go through one reused array: the timed loop allocates nothing per operation.
  const args = [0, 0];
  ctx.args = args;
  const result: BenchResult = { trace: name, policy, utilization: 0, heapBytes: 0, brkCalls: 0, fragmentation: 0, opsPerSec: 0 };
  let peakBreak = HEAP_BASE;
  let elapsed = 0;
  let t0 = performance.now();
  let k = 0;
  try {
    for (; k < kinds.length; k++) {
      const id = ids[k]!;
      const kind = kinds[k]!;
      if (kind === OP_FREE) {
        args[0] = ptrs[id]!;
        FREE(ctx);
        ptrs[id] = 0;
      } else {
        const size = sizes[k]!;
        args[0] = kind === OP_MALLOC ? size : ptrs[id]!;
        args[1] = size;
        const p = ((kind === OP_MALLOC ? MALLOC(ctx) : REALLOC(ctx)) ?? 0) >>> 0;
        if (p === 0 || (p & 7) !== 0 || p < HEAP_BASE || p + size > ctx.mem.brk) {
          throw new BenchAbort(p === 0 ? `out of memory (${ctx.mem.size / 1024 / 1024} MiB; try --memory)` : `returned a bad pointer 0x${p.toString(16)}`);
        }
        ptrs[id] = p;
      }
      if (ctx.mem.brk > peakBreak) peakBreak = ctx.mem.brk;
      if (k === at) {
        elapsed += performance.now() - t0;
        const w = walkHeapFromSymbols(mem, (n) => ctx.symbol(n));
        if (w === null || w.error !== null) throw new BenchAbort(`heap check at the peak: ${w?.error ?? "no allocator"}`);
        const free = w.blocks.filter((b) => b.free);
        const total = free.reduce((s, b) => s + b.size, 0);
        const largest = free.reduce((m, b) => Math.max(m, b.size), 0);
        result.fragmentation = total === 0 ? 0 : 1 - largest / total;
        t0 = performance.now();
      }
    }
    elapsed += performance.now() - t0;
    const w = walkHeapFromSymbols(mem, (n) => ctx.symbol(n));
    if (w === null || w.error !== null) throw new BenchAbort(`heap check at the end: ${w?.error ?? "no allocator"}`);
  } catch (e) {
    if (!(e instanceof BenchAbort) && !(e instanceof Fault)) throw e;
    result.error = k < kinds.length ? `operation ${k + 1} (${opText(t, k)}): ${e.message}` : e.message;
  }
  result.heapBytes = peakBreak - HEAP_BASE;
  result.utilization = result.heapBytes === 0 ? 0 : peak / result.heapBytes;
  result.brkCalls = ctx.events.filter((e) => e.op === "brk").length;
  result.opsPerSec = elapsed > 0 ? Math.round(t.ops.length / (elapsed / 1000)) : 0;
  return result;
}

/**
 * Short replays per policy before anything is timed, so that the measured traces do not
 * pay for compiling the allocator code (JIT warm-up). One was not enough: with five,
 * bintree.rep's best replay went from 12-14 to 16-17 million ops/s and big.rep's from
 * 0.9-1.6 to 1.6-1.9 million (three runs each).
 */
const WARM_UP_REPLAYS = 5;

function warmUp(policies: readonly AllocPolicy[]): void {
  const ops: Trace["ops"] = [];
  let seed = 12345;
  const rnd = (n: number): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % n;
  const live: number[] = [];
  for (let id = 0; id < 4000; id++) {
    ops.push({ kind: "a", id, size: 8 + rnd(2000) });
    live.push(id);
    if (rnd(3) === 0) ops.push({ kind: "r", id: live[rnd(live.length)]!, size: 8 + rnd(4000) });
    if (rnd(2) === 0) ops.push({ kind: "f", id: live.splice(rnd(live.length), 1)[0]! });
  }
  const mem = new Memory(16 * 1024 * 1024);
  for (const p of policies) for (let k = 0; k < WARM_UP_REPLAYS; k++) replay("warm-up", { heapSize: 0, ids: 4000, weight: 1, ops }, p, mem.size, mem);
}

/** Reads and replays every trace with every policy asked for. */
export function heapBench(files: string[], policies: readonly AllocPolicy[], memory = DEFAULT_BENCH_MEMORY, repeats = 5): BenchResult[] {
  const traces = files.map((f) => {
    const text = readInputFile(f);
    if (typeof text !== "string") throw new BuildError(`minic heap-bench: error: ${f}: ${text.problem}`);
    try {
      return { name: f.split("/").pop()!, trace: parseTrace(text, f) };
    } catch (e) {
      if (e instanceof TraceError) throw new BuildError(`minic heap-bench: error: ${e.message}`);
      throw e;
    }
  });
  const out: BenchResult[] = [];
  warmUp(policies);
  for (const { name, trace } of traces) {
    for (const p of policies) {
      // The glibc side (bench/malloc-replay.c) replays once untimed, then takes the best
      // of 5 replays in the same process, whose heap pages the first one touched. So here:
      // the first replay gives the figures, and ops/sec is the best of `repeats` more in
      // the same VM memory. On these machines a page's first touch costs about 12 us, which
      // would otherwise be most of big.rep's time.
      const mem = new Memory(memory);
      const r = replay(name, trace, p, memory, mem);
      if (r.error === undefined && repeats > 0) {
        r.opsPerSec = 0;
        for (let k = 0; k < repeats; k++) r.opsPerSec = Math.max(r.opsPerSec, replay(name, trace, p, memory, mem).opsPerSec);
      }
      out.push(r);
    }
  }
  return out;
}

function human(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MiB`;
  return `${(n / 1024).toFixed(0)} KiB`;
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

/** The results as a table, with the average utilization of each policy at the end. */
export function formatBench(rs: BenchResult[]): string {
  const w = Math.max(5, ...rs.map((r) => r.trace.length));
  const lines = [`${"trace".padEnd(w)}  policy      utilization  heap        brk calls  fragmentation  ops/sec`];
  for (const r of rs) {
    const head = `${r.trace.padEnd(w)}  ${r.policy.padEnd(10)}  `;
    if (r.error !== undefined) lines.push(head + `failed: ${r.error}`);
    else {
      lines.push(
        head +
          `${pct(r.utilization).padStart(11)}  ${human(r.heapBytes).padStart(10)}  ${String(r.brkCalls).padStart(9)}  ${pct(r.fragmentation).padStart(13)}  ${r.opsPerSec.toLocaleString("en-US").padStart(9)}`,
      );
    }
  }
  const policies = [...new Set(rs.map((r) => r.policy))];
  const avg = policies.map((p) => {
    const ok = rs.filter((r) => r.policy === p && r.error === undefined);
    return `${p} ${ok.length === 0 ? "n/a" : pct(ok.reduce((s, r) => s + r.utilization, 0) / ok.length)}`;
  });
  if (new Set(rs.map((r) => r.trace)).size > 1) lines.push(`average utilization: ${avg.join(", ")}`);
  return lines.join("\n") + "\n";
}

interface BenchArgs {
  traces?: string[];
  alloc?: string;
  json?: boolean;
  memory?: string;
}

export const heapBenchCommand: CommandModule<object, BenchArgs> = {
  command: "heap-bench <traces..>",
  describe: "replay malloc-lab traces through each allocator policy: utilization, heap size, brk calls, fragmentation, ops/sec",
  builder: (y: Argv<object>) =>
    y
      .positional("traces", { type: "string", array: true, describe: "trace files (CS:APP malloc-lab format)" })
      .option("alloc", { type: "string", choices: ["all", ...ALLOC_POLICIES], default: "all", describe: "the policies to replay with" })
      .option("json", { type: "boolean", describe: "print a JSON array of {trace, policy, utilization, heapBytes, brkCalls, fragmentation, opsPerSec}" })
      .option("memory", { type: "string", describe: "VM memory per replay (default 64M)" }) as unknown as Argv<BenchArgs>,
  handler: (a) => {
    const alloc = String(a.alloc ?? "all");
    let memory = DEFAULT_BENCH_MEMORY;
    if (a.memory !== undefined) {
      const m = parseSize(String(a.memory));
      if (m === null || m < 1024 * 1024 || m % PAGE_SIZE !== 0 || m > 1024 * 1024 * 1024) {
        throw new BuildError(`minic heap-bench: error: invalid --memory '${a.memory}' (a multiple of 4K between 1M and 1G)`);
      }
      memory = m;
    }
    const rs = heapBench((a.traces ?? []).map(String), isAllocPolicy(alloc) ? [alloc] : ALLOC_POLICIES, memory);
    const text = a.json ? JSON.stringify(rs, null, 1) + "\n" : formatBench(rs);
    const buf = Buffer.from(text);
    for (let off = 0; off < buf.length; ) off += writeSync(1, buf, off);
    const failed = rs.filter((r) => r.error !== undefined).length;
    if (failed > 0) throw new BuildError(`minic heap-bench: ${failed} replay${failed === 1 ? "" : "s"} failed (see above)`);
  },
};
