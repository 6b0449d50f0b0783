/**
 * @fileoverview The second tier: hot VM code translated into JavaScript functions.
 *
 * A *region* is the code reachable from a hot entry (a call target or a loop header the
 * interpreter jumped to often) without following calls: in practice one C function. It
 * becomes one JS function `region(pc)` whose body is `for (;;) switch (pc) { ... }` with
 * one case per basic block, the VM registers in JS locals, and memory accessed through the
 * same typed arrays and page-permission checks as the interpreter (a failed fast check
 * falls back to Memory's checked accessors, which raise the very same faults).
 *
 * The function returns where execution continues, as a *code*:
 *   x >= 0   a control transfer to instruction x (a RET, a call of uncompiled code, a jump
 *            out of the region): the dispatcher may enter compiled code there;
 *   -1       a RET to the callFunction sentinel: the current execute() is over;
 *   x <= -2  "interpret instruction -x-2": the step budget cannot cover the next block, or
 *            the instruction is one only the interpreter handles (illegal, bad target).
 * A CALL whose callee is compiled calls the callee's JS function directly; when it returns
 * anything but the expected return point the caller returns that code unchanged, so odd
 * control flow (a smashed return address, longjmp-like tricks) unwinds to the dispatcher,
 * which is always correct because all VM state lives in `regs` and memory between blocks.
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
 */

import { Fault } from "./fault.js";
import { INSN_SIZE, Op } from "./isa.js";
import type { Code, CpuHost } from "./cpu.js";
import { exec64 } from "./int64.js";
import { ExitSignal } from "./traps.js";

/** Internal opcodes of the pre-decoded text (mirrors cpu.ts, kept here to avoid an import cycle). */
const OP_BAD_TARGET = 250;
const OP_END = 251;
const OP_ILLEGAL = 252;

/** A compiled region: entered at one of its block leaders, returns a continuation code. */
export type RegionFn = (pc: number, depth: number) => number;

/** Region size cap in instructions (very large functions stay partly interpreted). */
const MAX_REGION = 6000;
/** Largest function whose code is copied into a calling region. */
const MAX_INLINE = Number(process.env.MINIC_JIT_INLINE ?? 1500);
/** Nested compiled calls allowed on the JS stack before unwinding to the dispatcher. */
const MAX_DEPTH = 400;

export interface JitOptions {
  /** Control transfers to an instruction before its region is compiled. */
  threshold: number;
  enabled: boolean;
}

export const jitOptions: JitOptions = {
  threshold: 40,
  enabled: true,
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
    s = { host, fns: new Array<RegionFn | undefined>(n).fill(undefined), hot, B: new Int32Array(3), regions: 0 };
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
  let fn: RegionFn | undefined;
  try {
    fn = compileRegion(J, idx);
  } catch {
    fn = undefined;
  }
  if (fn === undefined) J.hot[idx] = 0x3fffffff;
  return fn;
}

// ---------------------------------------------------------------------------------------
// Region discovery
// ---------------------------------------------------------------------------------------

function isCondBranch(op: number): boolean {
  return op >= Op.BZ && op <= Op.BLEU;
}

/** True when instruction t is a libc stub `NATIVE n; RET` (inlined at direct calls). */
function isStub(W: Int32Array, count: number, t: number): boolean {
  return t + 1 < count && (W[2 * t]! & 0xff) === Op.NATIVE && (W[2 * t + 2]! & 0xff) === Op.RET;
}

interface Region {
  /** Visited instruction indices, sorted. */
  insns: number[];
  visited: Set<number>;
  leaders: Set<number>;
  /** Entries of called functions whose code is in the region: CALL jumps there directly. */
  callees: Set<number>;
  /** Return points (instruction after a CALL/CALLR) in the region: RET may jump there. */
  returnPoints: Set<number>;
}

/** Instructions reachable from `from` without following calls (one function's code). */
function walk(code: Code, from: number, visited: Set<number>, leaders: Set<number>, calls: number[], limit: number): void {
  const W = code.w;
  const count = code.count;
  const work = [from];
  while (work.length > 0) {
    let i = work.pop()!;
    while (i < count && !visited.has(i) && visited.size < limit) {
      visited.add(i);
      const op = W[2 * i]! & 0xff;
      if (isCondBranch(op)) {
        const t = W[2 * i + 1]! >> 1;
        if (t < count) {
          leaders.add(t);
          work.push(t);
        }
        leaders.add(i + 1);
      } else if (op === Op.JMP) {
        const t = W[2 * i + 1]! >> 1;
        if (t < count) {
          leaders.add(t);
          work.push(t);
        }
        break;
      } else if (op === Op.CALL) {
        const t = W[2 * i + 1]! >> 1;
        if (!isStub(W, count, t)) {
          leaders.add(i + 1);
          if (t < count) calls.push(t);
        }
      } else if (op === Op.CALLR) {
        leaders.add(i + 1);
      } else if (op === Op.RET || op === Op.HALT || op === OP_ILLEGAL || op === OP_END || op === OP_BAD_TARGET) {
        break;
      }
      i++;
    }
  }
}

/**
 * The region for a hot entry: the code reachable from it (restricted to its natural loop
 * when the entry is a loop header), plus the code of the functions it calls directly,
 * transitively, while the region stays under MAX_REGION instructions. Calls among those
 * functions (recursion included) become jumps inside one JS function and RETs jump back
 * to the return point, so the VM registers stay in JS locals across C calls.
 */
function discover(code: Code, entry: number): Region {
  const W = code.w;
  const count = code.count;
  const visited = new Set<number>();
  const leaders = new Set<number>([entry]);
  const calls: number[] = [];
  walk(code, entry, visited, leaders, calls, MAX_REGION);
  restrictToLoop(W, entry, visited);
  const callees = new Set<number>();
  const returnPoints = new Set<number>();
  // Only calls made from the (possibly restricted) region count.
  const pending = calls.filter((t) => [...visited].some((i) => (W[2 * i]! & 0xff) === Op.CALL && W[2 * i + 1]! >> 1 === t));
  while (pending.length > 0) {
    const t = pending.pop()!;
    if (callees.has(t)) continue;
    if (visited.has(t) && !leaders.has(t)) continue; // mid-block target: leave it to a JS call
    if (!visited.has(t)) {
      const part = new Set<number>();
      const more: number[] = [];
      const partLeaders = new Set<number>([t]);
      walk(code, t, part, partLeaders, more, MAX_INLINE);
      if (visited.size + part.size > MAX_REGION || part.size >= MAX_INLINE) continue;
      for (const i of part) visited.add(i);
      for (const l of partLeaders) leaders.add(l);
      pending.push(...more);
    }
    callees.add(t);
    leaders.add(t);
  }
  for (const i of visited) {
    const op = W[2 * i]! & 0xff;
    if ((op === Op.CALL && !isStub(W, count, W[2 * i + 1]! >> 1)) || op === Op.CALLR) {
      if (visited.has(i + 1)) returnPoints.add(i + 1);
    }
  }
  const insns = [...visited].sort((a, b) => a - b);
  return { insns, visited, leaders, callees, returnPoints };
}

/** Successors of instruction i inside the text (fall-through and branch target). */
function successors(W: Int32Array, i: number): number[] {
  const op = W[2 * i]! & 0xff;
  if (op === Op.JMP) return [W[2 * i + 1]! >> 1];
  if (isCondBranch(op)) return [i + 1, W[2 * i + 1]! >> 1];
  if (op === Op.RET || op === Op.HALT || op === OP_ILLEGAL || op === OP_END || op === OP_BAD_TARGET) return [];
  return [i + 1];
}

/**
 * When `entry` is a loop header (the target of a branch from later code of the region),
 * keeps only its natural loop: the instructions that reach a back edge without passing
 * through the header. The code after the loop then belongs to other regions. A function
 * like `main` with several loop nests thus gets one JS function per nest, each optimized
 * by V8 after it has run (code that never ran before V8 optimizes it lacks type feedback
 * and costs a deoptimization when first reached).
 */
function restrictToLoop(W: Int32Array, entry: number, visited: Set<number>): void {
  const preds = new Map<number, number[]>();
  const backSources: number[] = [];
  for (const i of visited) {
    for (const t of successors(W, i)) {
      if (!visited.has(t)) continue;
      let l = preds.get(t);
      if (l === undefined) preds.set(t, (l = []));
      l.push(i);
      if (t === entry && i >= entry) backSources.push(i);
    }
  }
  if (backSources.length === 0) return;
  const loop = new Set<number>([entry]);
  const work = backSources.filter((i) => i !== entry);
  for (const i of work) loop.add(i);
  while (work.length > 0) {
    const i = work.pop()!;
    for (const p of preds.get(i) ?? []) {
      if (!loop.has(p)) {
        loop.add(p);
        work.push(p);
      }
    }
  }
  for (const i of [...visited]) if (!loop.has(i)) visited.delete(i);
}

// ---------------------------------------------------------------------------------------
// Code generation
// ---------------------------------------------------------------------------------------

const r = (n: number): string => `r${n & 15}`;

/** Bytes accessed by a load/store opcode, 0 for other opcodes. */
function accessSize(op: number): number {
  switch (op) {
    case Op.LDB:
    case Op.LDBU:
    case Op.STB:
      return 1;
    case Op.LDH:
    case Op.LDHU:
    case Op.STH:
      return 2;
    case Op.LDW:
    case Op.STW:
      return 4;
    default:
      return 0;
  }
}

/** The fp-relative byte window [fp+lo, fp+hi) a region touches, when fp is stable in it. */
interface FpWindow {
  lo: number;
  hi: number;
  /** The region starts with ENTER, which establishes (and checks) the window itself. */
  enterAtEntry: boolean;
}

/**
 * fp may be trusted in a region when nothing but an ENTER at its entry and LEAVE-then-RET
 * pairs write it (calls are checked to give it back unchanged). Then one check of fp on
 * entry (or in ENTER) covers every fp-relative access: the stack is mapped rw- for the
 * machine's whole life, so those accesses need no per-access test.
 */
function fpWindow(W: Int32Array, reg: Region, entry: number, stackSize: number): FpWindow | null {
  let lo = 0;
  let hi = 8; // saved fp and return address
  let enterAtEntry = false;
  const u = new Set<number>();
  const d = new Set<number>();
  for (const k of reg.insns) {
    const w = W[2 * k]!;
    const op = w & 0xff;
    if (op === Op.ENTER) {
      if (k === entry) enterAtEntry = true;
      else if (!reg.callees.has(k)) return null;
      continue;
    }
    if (op === Op.LEAVE) {
      if (!reg.visited.has(k + 1) || (W[2 * k + 2]! & 0xff) !== Op.RET) return null;
      continue;
    }
    d.clear();
    regUse(w, op, u, d);
    if (d.has(14)) return null;
    const size = accessSize(op);
    if (size > 0 && ((w >> 12) & 15) === 14) {
      const imm = W[2 * k + 1]!;
      if ((imm & (size - 1)) === 0) {
        lo = Math.min(lo, imm);
        hi = Math.max(hi, imm + size);
      }
    }
  }
  if (hi - lo > stackSize) return null;
  return { lo, hi, enterAtEntry };
}

/** Register numbers an instruction reads (u) and writes (d), for load/flush sets. */
function regUse(w: number, op: number, used: Set<number>, written: Set<number>): void {
  const a = (w >> 8) & 15;
  const b = (w >> 12) & 15;
  const c = (w >> 16) & 15;
  // Conservative: every register field counts as used; stack ops use fp/sp.
  used.add(a);
  used.add(b);
  used.add(c);
  switch (op) {
    case Op.LI:
    case Op.MOV:
    case Op.LDB:
    case Op.LDBU:
    case Op.LDH:
    case Op.LDHU:
    case Op.LDW:
    case Op.POP:
      written.add(a);
      break;
    case Op.STB:
    case Op.STH:
    case Op.STW:
    case Op.JMP:
    case Op.BZ:
    case Op.BNZ:
    case Op.BEQ:
    case Op.BNE:
    case Op.BLT:
    case Op.BLE:
    case Op.BLTU:
    case Op.BLEU:
    case Op.COPY:
    case Op.NOP:
    case Op.HALT:
      break;
    default:
      if (op >= Op.ADD && op <= Op.ZEXT16) written.add(a);
      else if (op >= Op.SEQI && op <= Op.SGTUI) written.add(a);
      else if (op >= Op.ADD64 && op <= Op.SLEU64) {
        written.add(a);
        written.add((a + 1) & 15);
        used.add((b + 1) & 15);
        used.add((c + 1) & 15);
      }
  }
  if (op === Op.PUSH || op === Op.POP || op === Op.CALL || op === Op.CALLR || op === Op.RET || op === Op.NATIVE) {
    used.add(15);
    written.add(15);
  }
  if (op === Op.ENTER || op === Op.LEAVE) {
    used.add(14);
    used.add(15);
    written.add(14);
    written.add(15);
  }
  if (op === Op.NATIVE || op === Op.TRAP || op === Op.CALL) {
    // natives and traps return r0 (and r1); inlined stub calls run natives
    used.add(0);
    used.add(1);
    written.add(0);
    written.add(1);
  }
}

const BIN: Partial<Record<number, string>> = {
  [Op.AND]: "&",
  [Op.OR]: "|",
  [Op.XOR]: "^",
  [Op.SHL]: "<<",
  [Op.SHR]: ">>",
  [Op.SHRU]: ">>>",
};
const BINI: Partial<Record<number, string>> = {
  [Op.ANDI]: "&",
  [Op.ORI]: "|",
  [Op.XORI]: "^",
  [Op.SHLI]: "<<",
  [Op.SHRI]: ">>",
  [Op.SHRUI]: ">>>",
};
const CMP: Partial<Record<number, [string, boolean]>> = {
  [Op.SEQ]: ["===", false],
  [Op.SNE]: ["!==", false],
  [Op.SLT]: ["<", false],
  [Op.SLE]: ["<=", false],
  [Op.SLTU]: ["<", true],
  [Op.SLEU]: ["<=", true],
};
const CMPI: Partial<Record<number, [string, boolean]>> = {
  [Op.SEQI]: ["===", false],
  [Op.SNEI]: ["!==", false],
  [Op.SLTI]: ["<", false],
  [Op.SLEI]: ["<=", false],
  [Op.SGTI]: [">", false],
  [Op.SGEI]: [">=", false],
  [Op.SLTUI]: ["<", true],
  [Op.SGTUI]: [">", true],
};
const BR: Partial<Record<number, [string, boolean]>> = {
  [Op.BEQ]: ["===", false],
  [Op.BNE]: ["!==", false],
  [Op.BLT]: ["<", false],
  [Op.BLE]: ["<=", false],
  [Op.BLTU]: ["<", true],
  [Op.BLEU]: ["<=", true],
};

function compileRegion(J: JitState, entry: number): RegionFn | undefined {
  const host = J.host;
  const code = host.code;
  const W = code.w;
  const count = code.count;
  const base = code.base;
  const mem = host.mem;
  const SL = mem.stackLimit;
  const MS = mem.size;
  const textBytes = count * INSN_SIZE;
  const SZ = MS - SL;
  /** JS condition: word access at e is inside the stack (always mapped rw-) and aligned. */
  const inStack = (e: string): string =>
    (SZ & (SZ - 1)) === 0 ? `((${e}-${SL})&${-SZ | 3})===0` : `(${e}>=${SL}&&${e}<${MS}&&(${e}&3)===0)`;
  /** ENTER's fast-path condition (sp in t, new sp in x), as the interpreter's. */
  const enterOk = (size: number): string =>
    size >= 0 && size % 4 === 0 && SZ - 4 - size >= 0
      ? `((x-${SL})>>>0)<=${SZ - 4 - size}&&(t&3)===0`
      : `t-4>=${SL}&&x>=${SL}&&t<=${MS}&&(t&3)===0`;
  const reg = discover(code, entry);
  if (reg.insns.length === 0) return undefined;

  // Register sets.
  const used = new Set<number>();
  const written = new Set<number>();
  for (const i of reg.insns) {
    const w = W[2 * i]!;
    regUse(w, w & 0xff, used, written);
  }
  for (const n of written) used.add(n);
  used.add(14); // fp: the window guard and call checks read it
  const usedL = [...used].sort((a, b) => a - b);
  const writtenL = [...written].sort((a, b) => a - b);
  const flush = writtenL.map((n) => `regs[${n}]=r${n};`).join("");
  const reload = usedL.map((n) => `r${n}=regs[${n}];`).join("");
  // Every exit goes through one shared sequence after the loop, so that V8 sees the
  // register write-back run (and has type feedback for it) before it optimizes the region.
  const exit = (codeExpr: string): string => `{x=${codeExpr};break L;}`;
  /** Continue at instruction t (in the region: jump; else leave with a code). */
  const goTo = (t: number): string => {
    if (t >= count) return exit(String(-(t + 2)));
    if (reg.visited.has(t) && reg.leaders.has(t)) return `{pc=${ordinal.get(t)!};continue;}`;
    return exit(String(t));
  };

  // fp-relative accesses without checks when fp provably frames a valid stack window.
  const fpw = fpWindow(W, reg, entry, SZ);
  const fpFast = (k: number, size: number): boolean => fpw !== null && (k & (size - 1)) === 0 && k >= fpw.lo && k + size <= fpw.hi;
  const fpOk = (e: string): string => (fpw === null ? "true" : `((${e}+${fpw.lo - SL})>>>0)<=${SZ - (fpw.hi - fpw.lo)}&&(${e}&3)===0`);
  // Entries other than an ENTER at the region's start check the window once.
  const guard =
    fpw === null
      ? ""
      : `if(${fpw.enterAtEntry ? `pc!==${entry}&&` : ""}!(${fpOk("r14")})){x=-(pc+2);${flush}B[0]=left;return x;}`;

  const out: string[] = [];
  const leadersSorted = reg.insns.filter((i) => reg.leaders.has(i));
  // Cases are numbered densely (0, 1, 2, ...) so that V8 dispatches with a jump table.
  const ordinal = new Map<number, number>(leadersSorted.map((l, i) => [l, i]));
  const lo = leadersSorted[0]!;
  const ENT = new Int32Array(leadersSorted[leadersSorted.length - 1]! - lo + 1).fill(-1);
  for (const [l, i] of ordinal) ENT[l - lo] = i;
  const RP = new Int32Array(ENT.length).fill(-1);
  for (const l of reg.returnPoints) if (ordinal.has(l)) RP[l - lo] = ordinal.get(l)!;
  const terminators = new Set<number>([Op.JMP, Op.RET, Op.HALT, OP_ILLEGAL, OP_END, OP_BAD_TARGET]);

  for (const start of leadersSorted) {
    // Collect the block: instructions from start until the next leader / terminator / gap.
    const body: number[] = [];
    let i = start;
    for (;;) {
      if (i !== start && (reg.leaders.has(i) || !reg.visited.has(i))) break;
      if (i >= count) break;
      const op = W[2 * i]! & 0xff;
      body.push(i);
      i++;
      if (terminators.has(op) || isCondBranch(op) || op === Op.CALLR) break;
      if (op === Op.CALL && !isStub(W, count, W[2 * (i - 1) + 1]! >> 1)) break;
    }
    const next = i; // first instruction after the block
    // Items: steps the block charges (an inlined stub call is CALL, NATIVE, RET).
    let n = 0;
    for (const k of body) {
      const op = W[2 * k]! & 0xff;
      if (op === OP_ILLEGAL || op === OP_END || op === OP_BAD_TARGET) continue;
      n += op === Op.CALL && isStub(W, count, W[2 * k + 1]! >> 1) ? 3 : 1;
    }
    out.push(`case ${ordinal.get(start)!}:`);
    if (n > 0) out.push(`if((left-=${n})<0){left+=${n};${exit(String(-(start + 2)))}}`);
    let item = 0; // items emitted so far in this block
    for (const k of body) {
      const w = W[2 * k]!;
      const op = w & 0xff;
      const a = (w >> 8) & 15;
      const b = (w >> 12) & 15;
      const c = (w >> 16) & 15;
      const imm = W[2 * k + 1]!;
      const rf = n - item - 1;
      const S = `at=${k},rf=${rf}`;
      const ra = r(a);
      const rb = r(b);
      const rc = r(c);
      item++;
      switch (op) {
        case Op.NOP:
          break;
        case Op.LI:
          out.push(`${ra}=${imm};`);
          break;
        case Op.MOV:
          out.push(`${ra}=${rb};`);
          break;
        case Op.ADD:
          out.push(`${ra}=(${rb}+${rc})|0;`);
          break;
        case Op.SUB:
          out.push(`${ra}=(${rb}-${rc})|0;`);
          break;
        case Op.MUL:
          out.push(`${ra}=Math.imul(${rb},${rc});`);
          break;
        case Op.DIV:
        case Op.REM:
          out.push(
            `x=${rb};y=${rc};if(y===0||(y===-1&&x===-2147483648)){${S};throw divFault(y);}${ra}=(x${op === Op.DIV ? "/" : "%"}y)|0;`,
          );
          break;
        case Op.DIVU:
        case Op.REMU:
          out.push(`y=${rc}>>>0;if(y===0){${S};throw divFault(0);}${ra}=((${rb}>>>0)${op === Op.DIVU ? "/" : "%"}y)|0;`);
          break;
        case Op.AND:
        case Op.OR:
        case Op.XOR:
        case Op.SHL:
        case Op.SHR:
        case Op.SHRU:
          out.push(`${ra}=(${rb}${BIN[op]}${rc})|0;`);
          break;
        case Op.ADDI:
          out.push(`${ra}=(${rb}+${imm})|0;`);
          break;
        case Op.MULI:
          out.push(`${ra}=Math.imul(${rb},${imm});`);
          break;
        case Op.ANDI:
        case Op.ORI:
        case Op.XORI:
        case Op.SHLI:
        case Op.SHRI:
        case Op.SHRUI:
          out.push(`${ra}=(${rb}${BINI[op]}${imm})|0;`);
          break;
        case Op.SEQ:
        case Op.SNE:
        case Op.SLT:
        case Op.SLE:
        case Op.SLTU:
        case Op.SLEU: {
          const [o, u] = CMP[op]!;
          out.push(u ? `${ra}=(${rb}>>>0)${o}(${rc}>>>0)?1:0;` : `${ra}=${rb}${o}${rc}?1:0;`);
          break;
        }
        case Op.NEG:
          out.push(`${ra}=(-${rb})|0;`);
          break;
        case Op.NOT:
          out.push(`${ra}=~${rb};`);
          break;
        case Op.LNOT:
          out.push(`${ra}=${rb}===0?1:0;`);
          break;
        case Op.SEXT8:
          out.push(`${ra}=(${rb}<<24)>>24;`);
          break;
        case Op.SEXT16:
          out.push(`${ra}=(${rb}<<16)>>16;`);
          break;
        case Op.ZEXT8:
          out.push(`${ra}=${rb}&255;`);
          break;
        case Op.ZEXT16:
          out.push(`${ra}=${rb}&65535;`);
          break;
        case Op.LDB:
          if (b === 14 && fpFast(imm, accessSize(op))) {
            out.push(`${ra}=i8[(r14+${imm})];`);
            break;
          }
          out.push(`ad=(${rb}+${imm})|0;${ra}=(perm[ad>>>12]&1)!==0?i8[ad]:(${S},mem.load8s(ad));`);
          break;
        case Op.LDBU:
          if (b === 14 && fpFast(imm, accessSize(op))) {
            out.push(`${ra}=u8[(r14+${imm})];`);
            break;
          }
          out.push(`ad=(${rb}+${imm})|0;${ra}=(perm[ad>>>12]&1)!==0?u8[ad]:(${S},mem.load8(ad));`);
          break;
        case Op.LDH:
          if (b === 14 && fpFast(imm, accessSize(op))) {
            out.push(`${ra}=i16[(r14+${imm})>>1];`);
            break;
          }
          out.push(`ad=(${rb}+${imm})|0;${ra}=(ad&1)===0&&(perm[ad>>>12]&1)!==0?i16[ad>>1]:(${S},mem.load16s(ad));`);
          break;
        case Op.LDHU:
          if (b === 14 && fpFast(imm, accessSize(op))) {
            out.push(`${ra}=u16[(r14+${imm})>>1];`);
            break;
          }
          out.push(`ad=(${rb}+${imm})|0;${ra}=(ad&1)===0&&(perm[ad>>>12]&1)!==0?u16[ad>>1]:(${S},mem.load16(ad));`);
          break;
        case Op.LDW:
          if (b === 14 && fpFast(imm, 4)) {
            out.push(`${ra}=i32[(r14+${imm})>>2];`);
            break;
          }
          if (b === 14 || b === 15) {
            out.push(`ad=(${rb}+${imm})|0;${ra}=${inStack("ad")}?i32[ad>>2]:(${S},mem.load32(ad));`);
            break;
          }
          out.push(`ad=(${rb}+${imm})|0;${ra}=(ad&3)===0&&(perm[ad>>>12]&1)!==0?i32[ad>>2]:(${S},mem.load32(ad));`);
          break;
        case Op.STB:
          if (b === 14 && fpFast(imm, accessSize(op))) {
            out.push(`u8[(r14+${imm})]=${ra};`);
            break;
          }
          out.push(`ad=(${rb}+${imm})|0;if((perm[ad>>>12]&2)!==0)u8[ad]=${ra};else{${S};mem.store8(ad,${ra});}`);
          break;
        case Op.STH:
          if (b === 14 && fpFast(imm, accessSize(op))) {
            out.push(`u16[(r14+${imm})>>1]=${ra};`);
            break;
          }
          out.push(`ad=(${rb}+${imm})|0;if((ad&1)===0&&(perm[ad>>>12]&2)!==0)u16[ad>>1]=${ra};else{${S};mem.store16(ad,${ra});}`);
          break;
        case Op.STW:
          if (b === 14 && fpFast(imm, 4)) {
            out.push(`i32[(r14+${imm})>>2]=${ra};`);
            break;
          }
          if (b === 14 || b === 15) {
            out.push(`ad=(${rb}+${imm})|0;if(${inStack("ad")})i32[ad>>2]=${ra};else{${S};mem.store32(ad,${ra});}`);
            break;
          }
          out.push(`ad=(${rb}+${imm})|0;if((ad&3)===0&&(perm[ad>>>12]&2)!==0)i32[ad>>2]=${ra};else{${S};mem.store32(ad,${ra});}`);
          break;
        case Op.JMP:
          out.push(goTo(imm >> 1));
          break;
        case Op.BZ:
          out.push(`if(${ra}===0)${goTo(imm >> 1)}`);
          break;
        case Op.BNZ:
          out.push(`if(${ra}!==0)${goTo(imm >> 1)}`);
          break;
        case Op.BEQ:
        case Op.BNE:
        case Op.BLT:
        case Op.BLE:
        case Op.BLTU:
        case Op.BLEU: {
          const [o, u] = BR[op]!;
          const cond = u ? `(${ra}>>>0)${o}(${rb}>>>0)` : `${ra}${o}${rb}`;
          out.push(`if(${cond})${goTo(imm >> 1)}`);
          break;
        }
        case Op.CALL: {
          const t = imm >> 1;
          const retAddr = (base + (k + 1) * INSN_SIZE) | 0;
          out.push(pushCode(retAddr, S));
          if (t < count && isStub(W, count, t)) {
            // Inlined `NATIVE n; RET`: the NATIVE and RET are the next two items.
            const nrf = n - item - 1;
            out.push(nativeCode(W[2 * t + 1]!, t, nrf, flush, t + 1));
            item++;
            const rrf = n - item - 1;
            out.push(
              `t=r15;x=${inStack("t")}?i32[t>>2]:(at=${t + 1},rf=${rrf},mem.load32(t));` +
                `if(x!==${retAddr}){left+=${rrf + 1};${exit(String(-(t + 1 + 2)))}}r15=(t+4)|0;`,
            );
            item++;
            break;
          }
          if (t >= count) {
            out.push(exit(String(-(t + 2))));
            break;
          }
          if (reg.callees.has(t)) {
            out.push(`pc=${ordinal.get(t)!};continue;`); // the callee's code is in this region
            break;
          }
          out.push(callCode(String(t), k + 1, flush, reload));
          break;
        }
        case Op.CALLR: {
          const retAddr = (base + (k + 1) * INSN_SIZE) | 0;
          out.push(`t=${ra};ad=(t-${base})|0;if((ad&7)!==0||ad>>>0>=${textBytes}){${S};host.badJump(${k},t);}`);
          out.push(pushCode(retAddr, S));
          out.push(`y=ad>>3;`);
          out.push(callCode("y", k + 1, flush, reload));
          break;
        }
        case Op.RET:
          out.push(
            `t=r15;x=${inStack("t")}?i32[t>>2]:(${S},mem.load32(t));ad=(x-${base})|0;` +
              `if((ad&7)===0&&ad>>>0<${textBytes}){r15=(t+4)|0;y=(ad>>3)-${lo};` +
              // A return point of this region (with fp still framing its window): jump there.
              (reg.returnPoints.size > 0
                ? `t=y>>>0<${RP.length}?RP[y]:-1;if(t>=0${fpw ? `&&${fpOk("r14")}` : ""}){pc=t;continue;}`
                : "") +
              `${exit(`y+${lo}`)}}` +
              `if(x===host.sentinel){r15=(t+4)|0;host.pcIndex=${k};${exit("-1")}}` +
              `${S};host.badJump(${k},x);`,
          );
          break;
        case Op.ENTER:
          out.push(
            `t=r15;x=t-(${4 + imm});if(${enterOk(imm)}${fpw ? `&&${fpOk("(t-4)")}` : ""}){i32[(t-4)>>2]=r14;r14=(t-4)|0;r15=x|0;}` +
              `else{${S};regs[14]=r14;regs[15]=r15;host.enter(${imm});r14=regs[14];r15=regs[15];` +
              // With an unchecked fp window the rest runs in the interpreter.
              `${fpw ? `left+=${rf};x=${-(k + 1 + 2)};break L;` : ""}}`,
          );
          break;
        case Op.LEAVE:
          out.push(`t=r14;x=${inStack("t")}?i32[t>>2]:(${S},mem.load32(t));r15=(t+4)|0;r14=x;`);
          break;
        case Op.PUSH:
          out.push(
            `t=(r15-4)|0;if(${inStack("t")}){i32[t>>2]=${ra};r15=t;}` +
              `else{${S};regs[15]=r15;host.push(${ra});r15=regs[15];}`,
          );
          break;
        case Op.POP:
          out.push(`t=r15;x=${inStack("t")}?i32[t>>2]:(${S},mem.load32(t));r15=(t+4)|0;${ra}=x;`);
          break;
        case Op.NATIVE:
          out.push(nativeCode(imm, k, rf, flush, k + 1));
          break;
        case Op.TRAP:
          out.push(`${S};${flush}r0=host.trap(${imm},${k});`);
          break;
        case Op.COPY:
          out.push(`${S};mem.copyWithin(${ra},${rb},${imm});`);
          break;
        case Op.SEQI:
        case Op.SNEI:
        case Op.SLTI:
        case Op.SLEI:
        case Op.SGTI:
        case Op.SGEI:
        case Op.SLTUI:
        case Op.SGTUI: {
          const [o, u] = CMPI[op]!;
          out.push(u ? `${ra}=(${rb}>>>0)${o}${imm >>> 0}?1:0;` : `${ra}=${rb}${o}${imm}?1:0;`);
          break;
        }
        case Op.ADD64:
        case Op.SUB64:
        case Op.MUL64:
        case Op.DIV64:
        case Op.DIVU64:
        case Op.REM64:
        case Op.REMU64:
        case Op.SHL64:
        case Op.SHR64:
        case Op.SHRU64:
        case Op.NEG64:
        case Op.SLT64:
        case Op.SLTU64:
        case Op.SLE64:
        case Op.SLEU64:
          out.push(`${S};${flush}exec64(${op},regs,${a},${b},${c});${ra}=regs[${a}];${r(a + 1)}=regs[${(a + 1) & 15}];`);
          break;
        case Op.HALT:
          out.push(`${S};throw new ExitSignal(r0&255);`);
          break;
        case OP_ILLEGAL:
        case OP_END:
        case OP_BAD_TARGET:
          item--;
          out.push(exit(String(-(k + 2))));
          break;
        default:
          throw new Error(`jit: unhandled opcode ${op}`);
      }
    }
    // A block that can fall through continues in the next case (the next leader) when that
    // instruction is in the region; otherwise it leaves.
    const last = body.length > 0 ? W[2 * body[body.length - 1]!]! & 0xff : OP_ILLEGAL;
    if (!terminators.has(last)) {
      if (next >= count) out.push(exit(String(-(next + 2))));
      else if (!reg.visited.has(next)) out.push(exit(String(next)));
    }
  }

  const decl = usedL.map((n) => `r${n}=regs[${n}]`).join(",");
  const src =
    `return function region_${entry}(pc,d){` +
    `let ${decl ? decl + "," : ""}left=B[0],p0=pc,at=-1,rf=0,live=1,ad=0,t=0,x=0,y=0,fpv=0,fn=undefined;` +
    `try{${guard}pc=ENT[pc-${lo}];if(pc===undefined)pc=-1;L:for(;;){switch(pc){${out.join("\n")}\ndefault:${exit("-(p0+2)")}}}${flush}B[0]=left;return x;}` +
    `catch(e){if(live!==0){if(live===1){${flush}B[0]=left+rf;}else{B[0]=B[1]=left+rf;}` +
    `host.pcIndex=at;if(host.faultIndex<0)host.faultIndex=at;}throw e;}};`;
  if (dumpSource) process.stderr.write(`--- region ${entry}\n${src}\n`);
  const factory = new Function("regs", "mem", "perm", "i32", "i16", "u16", "i8", "u8", "host", "F", "B", "exec64", "divFault", "ExitSignal", "ENT", "RP", src) as (
    ...args: unknown[]
  ) => RegionFn;
  const fn = factory(host.regs, mem, mem.perm, mem.i32, mem.i16, mem.u16, mem.i8, mem.u8, host, J.fns, J.B, exec64, divFault, ExitSignal, ENT, RP);
  for (const l of leadersSorted) {
    if (J.fns[l] === undefined) {
      J.fns[l] = fn;
      J.hot[l] = 0;
    }
  }
  J.regions++;
  // A region compiled for `entry` always serves `entry` itself.
  return J.fns[entry] === fn ? fn : (J.fns[entry] ?? fn);

  /** PUSH of a return address with the interpreter's fast path and host.push as slow path. */
  function pushCode(retAddr: number, s: string): string {
    return `t=(r15-4)|0;if(${inStack("t")}){i32[t>>2]=${retAddr};r15=t;}else{${s};regs[15]=r15;host.push(${retAddr});r15=regs[15];}`;
  }

  /**
   * A native call (reported at instruction `at`); `after` = charged items after it in the
   * block. Syncs host.steps, runs the native, clamps the budget like the interpreter, and
   * hands the rest to the interpreter at `nextIdx` when the budget no longer covers it.
   */
  function nativeCode(n: number, atIdx: number, after: number, fl: string, nextIdx: number): string {
    return (
      `at=${atIdx};rf=${after};${fl}t=left+${after};host.steps+=B[1]-t;B[1]=t;B[2]=d;live=2;` +
      `y=host.native(${n},${atIdx});live=1;if(y!==undefined)r0=y;r1=regs[1];` +
      `t=host.clamp(t);B[1]=t;if(t<${after}){left=t;x=${-(nextIdx + 2)};break L;}left=t-${after};`
    );
  }

  /** A call of compiled code (or a transfer to the dispatcher), expecting a return to `retIdx`. */
  function callCode(target: string, retIdx: number, fl: string, rl: string): string {
    return (
      `${fl}B[0]=left;live=0;fpv=r14;fn=F[${target}];` +
      `if(fn!==undefined&&d<${MAX_DEPTH})x=fn(${target},d+1);else x=${target};` +
      `live=1;${rl}left=B[0];if(x!==${retIdx})return x;` +
      (fpw ? `if(r14!==fpv){x=${-(retIdx + 2)};break L;}` : "")
    );
  }
}

function divFault(y: number): Fault {
  return new Fault("div-by-zero", y === 0 ? "division by zero" : "integer overflow in division (INT_MIN / -1)");
}
