/**
 * @fileoverview The code generator's value plumbing (see codegen-expr.ts): loads and stores
 * of each type, conversions between integer types on the register stack (long long takes
 * two registers, low word first), constant operands and index scaling.
 */

import type { Expr } from "./ast.js";
import type { FnGen } from "./codegen.js";
import type { VarSym } from "./symbols.js";
import { wrap } from "./consteval.js";
import { T, assertNever, sizeOf, type CType } from "./types.js";
import { Op, R_FP } from "../vm/isa.js";

export function is64(t: CType): boolean {
  return t.kind === "int" && t.size === 8;
}

/** The constant value of e if it is a plain integer literal (possibly converted). */
export function constInt(e: Expr): number | null {
  if (e.kind === "intLit" || e.kind === "charLit") {
    if (e.ty && is64(e.ty)) return null;
    return Number(BigInt.asIntN(32, e.kind === "intLit" ? e.value : BigInt(e.value)));
  }
  if (e.kind === "implicitCast" && e.ty?.kind === "int" && !is64(e.ty) && e.operand.ty?.kind === "int") {
    const v = constInt(e.operand);
    return v === null ? null : Number(wrap(BigInt(v), e.ty));
  }
  return null;
}

function loadOp(t: CType): Op | null {
  switch (t.kind) {
    case "int":
      if (t.size === 1) return t.signed ? Op.LDB : Op.LDBU;
      if (t.size === 2) return t.signed ? Op.LDH : Op.LDHU;
      return Op.LDW;
    case "pointer":
      return Op.LDW;
    case "struct":
    case "array":
    case "function":
    case "void":
      return null;
    default:
      return assertNever(t, "type");
  }
}

function storeOp(t: CType): Op {
  const s = sizeOf(t);
  return s === 1 ? Op.STB : s === 2 ? Op.STH : Op.STW;
}

/** Registers a value of type t occupies: 2 for long long (low word first), else 1. */
export function width(t: CType): number {
  return is64(t) ? 2 : 1;
}

/** Loads a value of type t from [addr + off] into register r (aggregates: r = address). */
export function load(g: FnGen, t: CType, r: number, addr: number, off: number): void {
  if (is64(t)) {
    // High word first: r may be the address register.
    g.asm.emit(Op.LDW, r + 1, addr, 0, off + 4);
    g.asm.emit(Op.LDW, r, addr, 0, off);
    return;
  }
  const op = loadOp(t);
  if (op === null) {
    if (r !== addr || off !== 0) g.asm.emit(Op.ADDI, r, addr, 0, off);
    return;
  }
  g.asm.emit(op, r, addr, 0, off);
}

/** Stores register val (of type t; aggregates: val holds the source address) to [addr + off]. */
export function genStore(g: FnGen, t: CType, addr: number, off: number, val: number): void {
  if (t.kind === "struct" || t.kind === "array") {
    if (off === 0) {
      g.asm.emit(Op.COPY, addr, val, 0, sizeOf(t));
      return;
    }
    const dst = g.alloc(0);
    g.asm.emit(Op.ADDI, dst, addr, 0, off);
    g.asm.emit(Op.COPY, dst, val, 0, sizeOf(t));
    g.free();
    return;
  }
  if (is64(t)) {
    g.asm.emit(Op.STW, val, addr, 0, off);
    g.asm.emit(Op.STW, val + 1, addr, 0, off + 4);
    return;
  }
  g.asm.emit(storeOp(t), val, addr, 0, off);
}

export function genAddrOfVar(g: FnGen, v: VarSym, r: number): void {
  if (v.storage === "local" || v.storage === "param") g.asm.emit(Op.ADDI, r, R_FP, 0, v.offset);
  else g.asm.emitSymbolImm(Op.LI, r, 0, v.linkName, 0);
}

/**
 * Converts the value in r (the top of the register stack) from type `from` to type `to`;
 * widening to long long claims r+1, narrowing from it releases r+1.
 */
export function convert(g: FnGen, r: number, from: CType, to: CType): void {
  const a = g.asm;
  if (is64(from)) {
    if (is64(to)) return;
    if (to.kind === "int" && to.ik === "bool") {
      a.emit(Op.OR, r, r, r + 1);
      g.free();
      a.emit(Op.SNEI, r, r, 0, 0);
      return;
    }
    g.free();
    if (to.kind === "void") return;
    convert(g, r, from.kind === "int" && from.signed ? T.int : T.uint, to);
    return;
  }
  if (is64(to)) {
    const hi = g.alloc(0);
    if (hi !== r + 1 && !g.tooDeepReported) throw new Error("internal error: widening a value that is not on top of the register stack");
    if (from.kind === "int" && from.signed) a.emit(Op.SHRI, hi, r, 0, 31);
    else a.emit(Op.LI, hi, 0, 0, 0);
    return;
  }
  if (to.kind === "void" || to.kind === "pointer" || to.kind === "struct") return;
  if (to.kind !== "int") return;
  if (to.ik === "bool") {
    if (!(from.kind === "int" && from.ik === "bool")) g.asm.emit(Op.SNEI, r, r, 0, 0);
    return;
  }
  if (to.size === 4) return;
  if (from.kind === "int" && from.size < to.size && (from.signed === to.signed || !from.signed)) return; // range fits
  if (from.kind === "int" && from.size === to.size && from.signed === to.signed) return;
  if (to.size === 1) g.asm.emit(to.signed ? Op.SEXT8 : Op.ZEXT8, r, r);
  else g.asm.emit(to.signed ? Op.SEXT16 : Op.ZEXT16, r, r);
}

/** Multiplies register r by a constant element size. */
export function scale(g: FnGen, r: number, size: number): void {
  if (size === 1) return;
  if ((size & (size - 1)) === 0) g.asm.emit(Op.SHLI, r, r, 0, Math.log2(size));
  else g.asm.emit(Op.MULI, r, r, 0, size);
}
