/** @fileoverview VM tests: Integer semantics of the VM: wrap-around, signed/unsigned division, shifts, comparisons, extensions. */
import { describe, expect, it } from "vitest";
import { Op } from "../../vm/isa.js";
import { halt, li, rr, rri, rrr, runMain, type Item } from "./asm.js";

/** Runs `body; halt` and returns the registers (as signed int32). */
function regsAfter(body: Item[]): number[] {
  const { info, m } = runMain([...body, halt()]);
  expect(info.reason).toBe("exit");
  return Array.from(m.regs);
}

/** r2 = r0 OP r1 for the given operands. */
function bin(op: Op, x: number, y: number): number {
  return regsAfter([li(0, x), li(1, y), rrr(op, 2, 0, 1)])[2]!;
}
function imm(op: Op, x: number, k: number): number {
  return regsAfter([li(0, x), rri(op, 2, 0, k)])[2]!;
}
function un(op: Op, x: number): number {
  return regsAfter([li(0, x), rr(op, 2, 0)])[2]!;
}

const INT_MIN = -2147483648;
const INT_MAX = 2147483647;

describe("integer arithmetic", () => {
  it("wraps around on add, sub, mul", () => {
    expect(bin(Op.ADD, INT_MAX, 1)).toBe(INT_MIN);
    expect(bin(Op.SUB, INT_MIN, 1)).toBe(INT_MAX);
    expect(bin(Op.MUL, 0x10000, 0x10000)).toBe(0);
    expect(bin(Op.MUL, 123456789, 987654321)).toBe(-67153019);
    expect(bin(Op.MUL, -3, 7)).toBe(-21);
    expect(imm(Op.ADDI, INT_MAX, 2)).toBe(INT_MIN + 1);
    expect(imm(Op.MULI, 0x40000000, 4)).toBe(0);
    expect(un(Op.NEG, INT_MIN)).toBe(INT_MIN);
    expect(un(Op.NEG, 5)).toBe(-5);
  });

  it("divides signed truncating toward zero, like C", () => {
    expect(bin(Op.DIV, 7, 2)).toBe(3);
    expect(bin(Op.DIV, -7, 2)).toBe(-3);
    expect(bin(Op.DIV, 7, -2)).toBe(-3);
    expect(bin(Op.DIV, -7, -2)).toBe(3);
    expect(bin(Op.REM, -7, 2)).toBe(-1);
    expect(bin(Op.REM, 7, -2)).toBe(1);
    expect(bin(Op.REM, -8, 2)).toBe(0);
    expect(bin(Op.DIV, INT_MIN, 1)).toBe(INT_MIN);
    expect(bin(Op.DIV, INT_MIN, 2)).toBe(-1073741824);
  });

  it("divides unsigned", () => {
    expect(bin(Op.DIVU, -1, 2)).toBe(0x7fffffff);
    expect(bin(Op.DIVU, -2, -1)).toBe(0);
    expect(bin(Op.DIVU, -1, -1)).toBe(1);
    expect(bin(Op.REMU, -1, 10)).toBe(5); // 4294967295 % 10
    expect(bin(Op.DIVU, INT_MIN, -1)).toBe(0); // no overflow trap unsigned
  });

  it("masks shift counts to 5 bits", () => {
    expect(bin(Op.SHL, 1, 33)).toBe(2);
    expect(bin(Op.SHL, 1, 31)).toBe(INT_MIN);
    expect(bin(Op.SHR, -16, 2)).toBe(-4);
    expect(bin(Op.SHR, -16, 34)).toBe(-4);
    expect(bin(Op.SHRU, -16, 2)).toBe(0x3ffffffc);
    expect(bin(Op.SHRU, -1, 32)).toBe(-1);
    expect(imm(Op.SHLI, 3, 36)).toBe(48);
    expect(imm(Op.SHRI, INT_MIN, 31)).toBe(-1);
    expect(imm(Op.SHRUI, INT_MIN, 31)).toBe(1);
  });

  it("does bitwise operations", () => {
    expect(bin(Op.AND, 0xf0f0, 0xff00)).toBe(0xf000);
    expect(bin(Op.OR, 0xf0f0, 0x0f00)).toBe(0xfff0);
    expect(bin(Op.XOR, -1, 0x0f)).toBe(-16);
    expect(imm(Op.ANDI, -1, 0xff)).toBe(255);
    expect(imm(Op.ORI, 0x100, 1)).toBe(0x101);
    expect(imm(Op.XORI, 5, -1)).toBe(-6);
    expect(un(Op.NOT, 0)).toBe(-1);
    expect(un(Op.LNOT, 0)).toBe(1);
    expect(un(Op.LNOT, INT_MIN)).toBe(0);
  });

  it("compares signed and unsigned as named", () => {
    expect(bin(Op.SLT, -1, 1)).toBe(1);
    expect(bin(Op.SLTU, -1, 1)).toBe(0);
    expect(bin(Op.SLE, 4, 4)).toBe(1);
    expect(bin(Op.SLEU, 5, 4)).toBe(0);
    expect(bin(Op.SLEU, 1, -1)).toBe(1);
    expect(bin(Op.SEQ, -1, -1)).toBe(1);
    expect(bin(Op.SNE, -1, -1)).toBe(0);
    expect(imm(Op.SEQI, 7, 7)).toBe(1);
    expect(imm(Op.SNEI, 7, 7)).toBe(0);
    expect(imm(Op.SLTI, -5, 0)).toBe(1);
    expect(imm(Op.SLEI, 0, 0)).toBe(1);
    expect(imm(Op.SGTI, -5, -6)).toBe(1);
    expect(imm(Op.SGEI, -7, -6)).toBe(0);
    expect(imm(Op.SLTUI, 5, -1)).toBe(1);
    expect(imm(Op.SLTUI, -1, 5)).toBe(0);
    expect(imm(Op.SGTUI, -1, 5)).toBe(1);
    expect(imm(Op.SGTUI, 5, -1)).toBe(0);
  });

  it("sign- and zero-extends", () => {
    expect(un(Op.SEXT8, 0x1ff)).toBe(-1);
    expect(un(Op.SEXT8, 0x17f)).toBe(127);
    expect(un(Op.SEXT16, 0x18000)).toBe(-32768);
    expect(un(Op.ZEXT8, -1)).toBe(255);
    expect(un(Op.ZEXT16, -1)).toBe(65535);
  });

  it("moves and loads immediates", () => {
    const r = regsAfter([li(3, -123456), rr(Op.MOV, 4, 3), li(5, INT_MIN)]);
    expect(r.slice(3, 6)).toEqual([-123456, -123456, INT_MIN]);
  });

  it("exits through HALT with r0 & 255", () => {
    const { info } = runMain([li(0, 0x1234), halt()]);
    expect(info).toEqual({ status: 0x34, reason: "exit", fault: null, report: "", steps: 3 });
  });

  it("exits through main's return with the status masked to 8 bits", () => {
    const { info } = runMain([li(0, -1), { op: Op.RET }]);
    expect(info.status).toBe(255);
    expect(info.steps).toBe(4);
  });
});
