/**
 * @fileoverview 64-bit integer instructions (long long) on register pairs. They are rare
 * next to 32-bit ones, so they live outside the hot switch and use BigInt where the
 * 32-bit halves would need long carry chains.
 */

import { Fault } from "./fault.js";
import { Op } from "./isa.js";

function get(regs: Int32Array, r: number): bigint {
  return (BigInt(regs[(r + 1) & 15]!) << 32n) | BigInt(regs[r]! >>> 0);
}

function set(regs: Int32Array, r: number, v: bigint): void {
  regs[r] = Number(BigInt.asIntN(32, v));
  regs[(r + 1) & 15] = Number(BigInt.asIntN(32, v >> 32n));
}

const INT64_MIN = -(1n << 63n);

/**
 * x / y and x % y for an unsigned 64-bit x (hi:lo) and a 32-bit divisor 0 < y < 2^32,
 * on doubles: long division in 16-bit steps keeps every dividend below 2^48, where
 * Math.floor(a / b) is exact (the rounding error of a / b stays under 1/b, the smallest
 * distance of a non-integer quotient from an integer). The common `x % 1000003ull`
 * needs no BigInt. Results land in q (quotient hi, lo) and the returned remainder.
 */
const q = new Float64Array(2);
function divU64By32(hi: number, lo: number, y: number): number {
  const qh = Math.floor(hi / y);
  let r = hi - qh * y;
  let t = r * 65536 + (lo >>> 16);
  const q1 = Math.floor(t / y);
  r = t - q1 * y;
  t = r * 65536 + (lo & 0xffff);
  const q0 = Math.floor(t / y);
  r = t - q0 * y;
  q[0] = qh;
  q[1] = q1 * 65536 + q0;
  return r;
}

/** Sets the register pair at a to the 64-bit value hi:lo, negated when neg (two's complement). */
function setPair(regs: Int32Array, a: number, hi: number, lo: number, neg: boolean): void {
  if (neg) {
    lo = (~lo + 1) >>> 0;
    hi = (~hi + (lo === 0 ? 1 : 0)) >>> 0;
  }
  regs[a] = lo | 0;
  regs[(a + 1) & 15] = hi | 0;
}

/**
 * The 64-bit divisions whose divisor fits in 32 bits (unsigned: high word 0; signed: the
 * high word is the sign extension of the low one), without BigInt. Returns false for the
 * others, and for the cases that fault, which the BigInt path reports.
 */
function divFast(op: number, regs: Int32Array, a: number, b: number, c: number): boolean {
  let xh = regs[(b + 1) & 15]! >>> 0;
  let xl = regs[b]! >>> 0;
  const yh = regs[(c + 1) & 15]!;
  const yl = regs[c]!;
  if (op === Op.DIVU64 || op === Op.REMU64) {
    if (yh !== 0 || yl === 0) return false;
    const r = divU64By32(xh, xl, yl >>> 0);
    if (op === Op.DIVU64) setPair(regs, a, q[0]!, q[1]!, false);
    else setPair(regs, a, 0, r, false);
    return true;
  }
  if (yh !== yl >> 31 || yl === 0 || yl === -1) return false;
  const xneg = (xh & 0x80000000) !== 0;
  if (xneg) {
    xl = (~xl + 1) >>> 0;
    xh = (~xh + (xl === 0 ? 1 : 0)) >>> 0;
  }
  const r = divU64By32(xh, xl, Math.abs(yl));
  // C truncates: the quotient is negative when the signs differ, the remainder has x's sign.
  if (op === Op.DIV64) setPair(regs, a, q[0]!, q[1]!, xneg !== yl < 0);
  else setPair(regs, a, 0, r, xneg);
  return true;
}

export function exec64(op: number, regs: Int32Array, a: number, b: number, c: number): void {
  switch (op) {
    case Op.ADD64:
      return set(regs, a, get(regs, b) + get(regs, c));
    case Op.SUB64:
      return set(regs, a, get(regs, b) - get(regs, c));
    case Op.MUL64:
      return set(regs, a, get(regs, b) * get(regs, c));
    case Op.DIV64:
    case Op.REM64: {
      if (divFast(op, regs, a, b, c)) return;
      const x = get(regs, b);
      const y = get(regs, c);
      if (y === 0n) throw new Fault("div-by-zero", "division by zero");
      if (y === -1n && x === INT64_MIN) throw new Fault("div-by-zero", "integer overflow in division (LLONG_MIN / -1)");
      return set(regs, a, op === Op.DIV64 ? x / y : x % y);
    }
    case Op.DIVU64:
    case Op.REMU64: {
      if (divFast(op, regs, a, b, c)) return;
      const x = BigInt.asUintN(64, get(regs, b));
      const y = BigInt.asUintN(64, get(regs, c));
      if (y === 0n) throw new Fault("div-by-zero", "division by zero");
      return set(regs, a, op === Op.DIVU64 ? x / y : x % y);
    }
    case Op.SHL64:
      return set(regs, a, get(regs, b) << BigInt(regs[c]! & 63));
    case Op.SHR64:
      return set(regs, a, get(regs, b) >> BigInt(regs[c]! & 63));
    case Op.SHRU64:
      return set(regs, a, BigInt.asUintN(64, get(regs, b)) >> BigInt(regs[c]! & 63));
    case Op.NEG64:
      return set(regs, a, -get(regs, b));
    case Op.SLT64:
      regs[a] = get(regs, b) < get(regs, c) ? 1 : 0;
      return;
    case Op.SLE64:
      regs[a] = get(regs, b) <= get(regs, c) ? 1 : 0;
      return;
    case Op.SLTU64:
      regs[a] = BigInt.asUintN(64, get(regs, b)) < BigInt.asUintN(64, get(regs, c)) ? 1 : 0;
      return;
    case Op.SLEU64:
      regs[a] = BigInt.asUintN(64, get(regs, b)) <= BigInt.asUintN(64, get(regs, c)) ? 1 : 0;
      return;
  }
}
