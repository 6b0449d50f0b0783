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
      const x = get(regs, b);
      const y = get(regs, c);
      if (y === 0n) throw new Fault("div-by-zero", "division by zero");
      if (y === -1n && x === INT64_MIN) throw new Fault("div-by-zero", "integer overflow in division (LLONG_MIN / -1)");
      return set(regs, a, op === Op.DIV64 ? x / y : x % y);
    }
    case Op.DIVU64:
    case Op.REMU64: {
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
