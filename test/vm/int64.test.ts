/**
 * @fileoverview vm/int64.ts against BigInt: the 64-bit divisions by a divisor that fits in
 * 32 bits take a path on doubles; every result must be C's (truncating division, the
 * remainder with the dividend's sign), for random and edge-case operands.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { exec64 } from "../../vm/int64.js";
import { Op } from "../../vm/isa.js";

const U64 = (1n << 64n) - 1n;

/** Runs op on x (r2:r3) and y (r4:r5) into r0:r1 and returns r0:r1 as an unsigned 64-bit value. */
function run(op: number, x: bigint, y: bigint): bigint {
  const regs = new Int32Array(16);
  const put = (r: number, v: bigint): void => {
    regs[r] = Number(BigInt.asIntN(32, v));
    regs[r + 1] = Number(BigInt.asIntN(32, v >> 32n));
  };
  put(2, x);
  put(4, y);
  exec64(op, regs, 0, 2, 4);
  return (BigInt(regs[1]! >>> 0) << 32n) | BigInt(regs[0]! >>> 0);
}

const u64 = fc.bigInt({ min: 0n, max: U64 });
const edgesU = [0n, 1n, 2n, 0xffffffffn, 0x100000000n, 1n << 63n, U64, U64 - 1n, 123456789012345678n];
const divisors32 = fc.oneof(fc.bigInt({ min: 1n, max: 0xffffffffn }), fc.constantFrom(1n, 2n, 3n, 10n, 1000003n, 0x7fffffffn, 0x80000000n, 0xffffffffn));
const signed32 = fc.oneof(fc.bigInt({ min: -(1n << 31n), max: (1n << 31n) - 1n }), fc.constantFrom(1n, -2n, 3n, -3n, 7n, -(1n << 31n), (1n << 31n) - 1n)).filter((v) => v !== 0n && v !== -1n);

describe("64-bit division by a 32-bit divisor", () => {
  it("unsigned quotient and remainder equal BigInt's", () => {
    fc.assert(
      fc.property(fc.oneof(u64, fc.constantFrom(...edgesU)), divisors32, (x, y) => {
        expect(run(Op.DIVU64, x, y)).toBe(x / y);
        expect(run(Op.REMU64, x, y)).toBe(x % y);
      }),
      { numRuns: 3000 },
    );
  });

  it("signed quotient and remainder truncate like C", () => {
    const i64 = fc.bigInt({ min: -(1n << 63n), max: (1n << 63n) - 1n });
    const edges = [0n, 1n, -1n, -(1n << 63n), (1n << 63n) - 1n, -5n, 5n, -(1n << 32n)];
    fc.assert(
      fc.property(fc.oneof(i64, fc.constantFrom(...edges)), signed32, (x, y) => {
        expect(BigInt.asIntN(64, run(Op.DIV64, x, y))).toBe(x / y);
        expect(BigInt.asIntN(64, run(Op.REM64, x, y))).toBe(x % y);
      }),
      { numRuns: 3000 },
    );
  });

  it("still faults on division by zero and on LLONG_MIN / -1", () => {
    expect(() => run(Op.DIVU64, 5n, 0n)).toThrow("division by zero");
    expect(() => run(Op.REM64, 5n, 0n)).toThrow("division by zero");
    expect(() => run(Op.DIV64, -(1n << 63n), -1n)).toThrow("integer overflow in division (LLONG_MIN / -1)");
    expect(BigInt.asIntN(64, run(Op.DIV64, 7n, -1n))).toBe(-7n);
  });
});
