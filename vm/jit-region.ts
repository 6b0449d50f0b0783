/**
 * @fileoverview The JIT's view of the code (vm/jit.ts): which instructions form a region
 * (discovery from a hot entry, the natural-loop restriction, inlined callees) and the
 * analyses code generation relies on: registers used and written, the fp window that
 * makes fp-relative accesses check-free, and per-block stack plans that make pushes, pops
 * and return addresses check-free.
 */

import { Op } from "./isa.js";
import type { Code } from "./cpu.js";

/** Internal opcodes of the pre-decoded text (mirrors cpu.ts, kept here to avoid an import cycle). */
export const OP_BAD_TARGET = 250;
export const OP_END = 251;
export const OP_ILLEGAL = 252;

/** Region size cap in instructions (very large functions stay partly interpreted). */
const MAX_REGION = 6000;
/** Largest function whose code is copied into a calling region. */
const MAX_INLINE = 1500;
export function isCondBranch(op: number): boolean {
  return op >= Op.BZ && op <= Op.BLEU;
}

/** True when instruction t is a libc stub `NATIVE n; RET` (inlined at direct calls). */
export function isStub(W: Int32Array, count: number, t: number): boolean {
  return t + 1 < count && (W[2 * t]! & 0xff) === Op.NATIVE && (W[2 * t + 2]! & 0xff) === Op.RET;
}

export interface Region {
  /** Visited instruction indices, sorted. */
  insns: number[];
  visited: Set<number>;
  leaders: Set<number>;
  /** Entries of called functions whose code is in the region: CALL jumps there directly. */
  callees: Set<number>;
  /** Return points (instruction after a CALL/CALLR) in the region: RET may jump there. */
  returnPoints: Set<number>;
  /** CALLR sites whose usual target (seen by the interpreter) is among the callees. */
  callrGuess: Map<number, number>;
}

/** Instructions reachable from `from` without following calls (one function's code). */
export function walk(code: Code, from: number, visited: Set<number>, leaders: Set<number>, calls: number[], limit: number): void {
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
      } else if (op === Op.JTAB) {
        // The table entries and the default path after them (validated by predecode).
        const n = W[2 * i + 1]!;
        for (let k = 0; k <= n; k++) {
          leaders.add(i + 1 + k);
          if (i + 1 + k < count) work.push(i + 1 + k);
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
export function discover(code: Code, entry: number, callrTarget: Int32Array): Region {
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
  // Indirect calls: inline the target the interpreter saw last (a guard checks it at run time).
  const guesses = new Map<number, number>();
  for (const i of visited) {
    const t = callrTarget[i]!;
    if ((W[2 * i]! & 0xff) === Op.CALLR && t >= 0 && t < count && !isStub(W, count, t)) {
      guesses.set(i, t);
      pending.push(t);
    }
  }
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
  const callrGuess = new Map([...guesses].filter(([, t]) => callees.has(t)));
  return { insns, visited, leaders, callees, returnPoints, callrGuess };
}

/** Successors of instruction i inside the text (fall-through and branch target). */
export function successors(W: Int32Array, i: number): number[] {
  const op = W[2 * i]! & 0xff;
  if (op === Op.JMP) return [W[2 * i + 1]! >> 1];
  if (op === Op.JTAB) return Array.from({ length: W[2 * i + 1]! + 1 }, (_, k) => i + 1 + k);
  if (isCondBranch(op)) return [i + 1, W[2 * i + 1]! >> 1];
  if (op === Op.RET || op === Op.HALT || op === OP_ILLEGAL || op === OP_END || op === OP_BAD_TARGET) return [];
  return [i + 1];
}

/**
 * When `entry` is the top of a loop (the target of a branch from later code of the region),
 * keeps only the loop: the instructions from `entry` up to the last branch back to it.
 * (minic lays a loop out as `top: body; step; cond: if (c) goto top`, with the code that
 * leads into it before `top` and the code after it behind the branch, so this address
 * range is the loop, nested loops included.) The code after the loop then belongs to other
 * regions: a function like `main` with several loop nests gets one JS function per nest,
 * each optimized by V8 after it has run (code that never ran before V8 optimizes it lacks
 * type feedback and costs a deoptimization when first reached). Any other layout only
 * makes the region smaller, never wrong: leaving it is a transfer like any other.
 */
export function restrictToLoop(W: Int32Array, entry: number, visited: Set<number>): void {
  let hi = -1;
  for (const i of visited) if (i >= entry && i > hi && successors(W, i).includes(entry) && (W[2 * i]! & 0xff) !== Op.CALL) hi = i;
  if (hi < 0) return;
  for (const i of [...visited]) if (i < entry || i > hi) visited.delete(i);
}


// ---------------------------------------------------------------------------------------
// Analyses
// ---------------------------------------------------------------------------------------

/** Bytes accessed by a load/store opcode, 0 for other opcodes. */
export function accessSize(op: number): number {
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
export interface FpWindow {
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
export function fpWindow(W: Int32Array, reg: Region, entry: number, stackSize: number): FpWindow | null {
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
export function regUse(w: number, op: number, used: Set<number>, written: Set<number>): void {
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

/**
 * Stack accesses of one block through sp at offsets known from the block's start: pushes,
 * pops, return addresses. One check of sp on entry to the block then covers all of them
 * (the stack is mapped rw- for the machine's whole life); a block whose check fails is
 * left to the interpreter, which faults at exactly the right instruction.
 */
export interface SpPlan {
  /** Byte window [lo, hi) relative to sp on entry. */
  lo: number;
  hi: number;
  /** Instructions whose sp access needs no check (a CALL here also covers its inlined stub's RET). */
  safe: Set<number>;
}

export function planSp(W: Int32Array, count: number, body: number[]): SpPlan {
  let off = 0;
  let lo = 0;
  let hi = 0;
  const safe = new Set<number>();
  const touch = (a: number): void => {
    lo = Math.min(lo, a);
    hi = Math.max(hi, a + 4);
  };
  const u = new Set<number>();
  const d = new Set<number>();
  for (const k of body) {
    const w = W[2 * k]!;
    const op = w & 0xff;
    const a = (w >> 8) & 15;
    const imm = W[2 * k + 1]!;
    if ((off & 3) !== 0) break;
    if (op === Op.PUSH) {
      off -= 4;
      touch(off);
      safe.add(k);
    } else if (op === Op.POP) {
      touch(off);
      safe.add(k);
      off += 4;
      if (a === 15) break;
    } else if (op === Op.CALL || op === Op.CALLR) {
      off -= 4;
      touch(off);
      safe.add(k);
      if (op === Op.CALL && isStub(W, count, imm >> 1)) {
        touch(off); // the stub's RET pops it again
        off += 4;
      }
    } else if (op === Op.RET) {
      touch(off);
      safe.add(k);
      off += 4;
    } else if (op === Op.ADDI && a === 15 && ((w >> 12) & 15) === 15) {
      off += imm;
    } else if (op === Op.ENTER) {
      off -= 4 + imm;
    } else {
      d.clear();
      regUse(w, op, u, d);
      if (d.has(15)) break; // sp from a value: not tracked any further
    }
  }
  return { lo, hi, safe };
}
