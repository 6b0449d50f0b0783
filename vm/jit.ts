/**
 * @fileoverview The second tier: hot VM code translated into JavaScript functions.
 *
 * The interpreter (vm/cpu.ts) counts control transfers per target instruction; when a
 * target gets hot its *region* is compiled (vm/jit-region.ts finds it, vm/jit-codegen.ts
 * writes it): the code reachable from the entry without following calls (only the loop,
 * when the entry is a loop top), plus the code of the functions it calls directly or
 * through a pointer the interpreter saw. A region becomes one JS function
 * `region(pc, depth)`, `for (;;) switch (pc) { ... }` with one case per basic block; the
 * VM registers live in JS locals, a CALL inside the region is a jump to the callee's case
 * and a RET jumps back to the return point's case, so C recursion runs without JS calls.
 * A small block that ends in an unconditional transfer (a `leave; ret` epilogue, a call of
 * a region function) is copied to the jumps that lead to it, saving trips through the
 * switch; an indirect call of any function of the region jumps to its case too.
 * Memory is accessed through the same typed arrays and page-permission checks as the
 * interpreter; accesses that provably hit the stack (the fp window, per-block sp plans)
 * skip the per-access check after one check of fp or sp. A failed fast check falls back
 * to Memory's checked accessors, which raise the very same faults.
 *
 * A region function returns where execution continues, as a *code*:
 *   x >= 0   a control transfer to instruction x (a RET out of the region, a call of
 *            uncompiled code, a jump out): the dispatcher may enter compiled code there;
 *   -1       a RET to the callFunction sentinel: the current execute() is over;
 *   x <= -2  "interpret instruction -x-2": the step budget cannot cover the next block, a
 *            stack check failed, or the instruction is one only the interpreter handles.
 * A call the region cannot jump to calls the callee region's JS function; when that
 * returns anything but the expected return point, the caller returns the code unchanged,
 * so odd control flow (a smashed return address) unwinds to the dispatcher. That is always
 * correct because between blocks all VM state lives in `regs` and memory. Every SLICE jumps
 * a region also returns to the dispatcher, so that V8 runs its regularly optimized code
 * rather than the slower on-stack-replacement code of one endless invocation.
 *
 * Exactness:
 * - steps: each block charges its length up front against the budget `left` (shared with
 *   the interpreter through B[0]); a block that does not fit is left to the interpreter,
 *   which single-steps, so --max-steps stops at exactly the same instruction;
 * - faults: every slow path first records the instruction (`at`) and how many charged
 *   steps of the block it did not execute (`rf`); the catch writes the registers back and
 *   sets pcIndex/faultIndex as the interpreter would, so reports and backtraces are equal;
 * - natives and traps see flushed registers and an exact host.steps.
 *
 * Shared cells B (Int32Array): B[0] = budget left, B[1] = the budget at the last sync of
 * host.steps (steps executed = host.steps + B[1] - left), B[2] = JS call depth of compiled
 * calls when a native was entered (regions pass the depth as an argument; it is bounded so
 * that deep C recursion never overflows the JS stack, and a nested execute() started by a
 * native's callback continues counting from B[2]).
 *
 * MINIC_JIT=0 turns the tier off, MINIC_JIT_THRESHOLD=n sets the hotness threshold and
 * MINIC_JIT_DUMP=1 prints every region's JavaScript to stderr.
 */

import type { Code, CpuHost } from "./cpu.js";
import { compileRegion } from "./jit-codegen.js";

/** A compiled region: entered at one of its block leaders, returns a continuation code. */
export type RegionFn = (pc: number, depth: number) => number;

export interface JitOptions {
  /** Control transfers to an instruction before its region is compiled. */
  threshold: number;
  enabled: boolean;
  /** Called once, before the first region is compiled: the program runs long (host tuning). */
  onFirstRegion: (() => void) | null;
}

export const jitOptions: JitOptions = {
  threshold: 40,
  enabled: true,
  onFirstRegion: null,
};

/** Reads MINIC_JIT (`0`/`off` disables) and MINIC_JIT_THRESHOLD once. */
function readEnv(): void {
  const env = typeof process !== "undefined" ? process.env : {};
  const j = env.MINIC_JIT;
  if (j === "0" || j === "off") jitOptions.enabled = false;
  const t = env.MINIC_JIT_THRESHOLD;
  if (t !== undefined && /^\d+$/.test(t)) jitOptions.threshold = Number(t);
  dumpSource = env.MINIC_JIT_DUMP === "1";
}
/** MINIC_JIT_DUMP=1 prints each region's JavaScript to stderr (for debugging the JIT). */
let dumpSource = false;
readEnv();

/** Per-machine JIT state (one per pre-decoded text). */
export interface JitState {
  readonly host: CpuHost;
  /** Compiled entry for each instruction index (block leaders of compiled regions). */
  readonly fns: (RegionFn | undefined)[];
  /** Countdown to compilation per instruction index; <= 0 means "look at fns". */
  readonly hot: Int32Array;
  /** [budget left, budget at last sync, JS call depth]. */
  readonly B: Int32Array;
  /** Last target (instruction index) of each CALLR the interpreter ran, -1 if none. */
  readonly callrTarget: Int32Array;
  regions: number;
}

const states = new WeakMap<Code, JitState>();

/** The JIT state of a machine's text, or null when the JIT is disabled. */
export function jitFor(host: CpuHost): JitState | null {
  if (!jitOptions.enabled) return null;
  let s = states.get(host.code);
  if (s === undefined) {
    const n = host.code.w.length >> 1;
    const hot = new Int32Array(n).fill(jitOptions.threshold);
    s = { host, fns: new Array<RegionFn | undefined>(n).fill(undefined), hot, B: new Int32Array(3), callrTarget: new Int32Array(n).fill(-1), regions: 0 };
    states.set(host.code, s);
  }
  return s;
}

/**
 * Runs compiled code from instruction `idx` (which has a compiled entry) until it returns a
 * code the interpreter must handle. Returns -1 for the callFunction sentinel, otherwise the
 * instruction index to interpret from.
 */
export function jitRun(J: JitState, idx: number): number {
  let f = J.fns[idx]!;
  for (;;) {
    const x = f(idx, J.B[2]!);
    if (x >= 0) {
      let g = J.fns[x];
      if (g === undefined && J.hot[x]!-- <= 0) g = compileAt(J, x);
      if (g === undefined) return x;
      J.hot[x] = 0;
      f = g;
      idx = x;
      continue;
    }
    return x === -1 ? -1 : -x - 2;
  }
}

/** Compiles the region entered at `idx` (if possible) and returns its function. */
export function compileAt(J: JitState, idx: number): RegionFn | undefined {
  const code = J.host.code;
  if (idx >= code.count) {
    J.hot[idx] = 0x3fffffff;
    return undefined;
  }
  const first = jitOptions.onFirstRegion;
  if (first !== null) {
    jitOptions.onFirstRegion = null;
    first();
  }
  let fn: RegionFn | undefined;
  try {
    fn = compileRegion(J, idx, dumpSource);
  } catch (e) {
    // A region the JIT cannot translate stays interpreted (correct, only slower).
    if (dumpSource) process.stderr.write(`--- region ${idx} not compiled: ${e instanceof Error ? e.message : String(e)}\n`);
    fn = undefined;
  }
  if (fn === undefined) J.hot[idx] = 0x3fffffff;
  return fn;
}
