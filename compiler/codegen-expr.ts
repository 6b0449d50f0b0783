/**
 * @fileoverview Expressions on the register stack: `genValue` leaves a value in the next
 * free register (r<depth>) and returns it; `genAddr` does the same with an lvalue's
 * address; `genCond` branches on a condition without materialising 0/1 when it can
 * (fused compare-and-branch). A struct-typed value is represented by its address.
 */

import type { Expr } from "./ast.js";
import type { Label } from "./asm.js";
import type { FnGen } from "./codegen.js";
import { compoundLiteralObject, type VarSym } from "./symbols.js";
import { wrap } from "./consteval.js";
import { T, assertNever, sizeOf, type CType, type IntType } from "./types.js";
import { Op, R_FP, R_SP } from "../vm/isa.js";

// --- helpers ----------------------------------------------------------------------------

function is64(t: CType): boolean {
  return t.kind === "int" && t.size === 8;
}

/** The constant value of e if it is a plain integer literal (possibly converted). */
function constInt(e: Expr): number | null {
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

/** Evaluates an integer operand and narrows a long long to its low word. */
function genInt32(g: FnGen, e: Expr): number {
  const r = genValue(g, e);
  if (is64(e.ty!)) g.free();
  return r;
}

/** Loads a value of type t from [addr + off] into register r (aggregates: r = address). */
function load(g: FnGen, t: CType, r: number, addr: number, off: number): void {
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
function convert(g: FnGen, r: number, from: CType, to: CType): void {
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
    if (hi !== r + 1) throw new Error("internal error: widening a value that is not on top of the register stack");
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

// --- values -----------------------------------------------------------------------------

export function genValue(g: FnGen, e: Expr): number {
  const a = g.asm;
  const t = e.ty!;
  switch (e.kind) {
    case "intLit":
    case "charLit": {
      if (is64(t)) {
        const v = e.kind === "intLit" ? e.value : BigInt(e.value);
        const r = g.alloc2(e.pos);
        a.emit(Op.LI, r, 0, 0, Number(BigInt.asIntN(32, v)));
        a.emit(Op.LI, r + 1, 0, 0, Number(BigInt.asIntN(32, v >> 32n)));
        return r;
      }
      const r = g.alloc(e.pos);
      a.emit(Op.LI, r, 0, 0, constInt(e) ?? 0);
      return r;
    }
    case "floatLit": {
      const r = g.alloc(e.pos);
      a.emit(Op.LI, r, 0, 0, 0);
      return r;
    }
    case "stringLit": {
      const r = g.alloc(e.pos);
      a.emitSymbolImm(Op.LI, r, 0, g.strings.symbolFor(e), 0);
      return r;
    }
    case "ident": {
      const s = e.sym;
      const r = g.alloc(e.pos);
      if (!s) {
        a.emit(Op.LI, r, 0, 0, 0);
        return r;
      }
      if (s.kind === "func") {
        a.emitSymbolImm(Op.LI, r, 0, s.linkName, 0);
        return r;
      }
      if (s.kind !== "var") {
        a.emit(Op.LI, r, 0, 0, 0);
        return r;
      }
      if (is64(s.type)) g.alloc(e.pos);
      if (s.storage === "local" || s.storage === "param") {
        load(g, s.type, r, R_FP, s.offset);
      } else {
        a.emitSymbolImm(Op.LI, r, 0, s.linkName, 0);
        load(g, s.type, r, r, 0);
      }
      return r;
    }
    case "binary":
      return binary(g, e);
    case "assign":
      return assign(g, e, true);
    case "unary": {
      switch (e.op) {
        case "&":
          return genAddr(g, e.operand);
        case "*": {
          const r = genValue(g, e.operand);
          if (is64(t)) g.alloc(e.pos);
          load(g, t, r, r, 0);
          return r;
        }
        case "-": {
          const r = genValue(g, e.operand);
          a.emit(is64(t) ? Op.NEG64 : Op.NEG, r, r);
          return r;
        }
        case "+":
          return genValue(g, e.operand);
        case "~": {
          const r = genValue(g, e.operand);
          a.emit(Op.NOT, r, r);
          if (is64(t)) a.emit(Op.NOT, r + 1, r + 1);
          return r;
        }
        case "!": {
          const r = genValue(g, e.operand);
          if (is64(e.operand.ty!)) {
            a.emit(Op.OR, r, r, r + 1);
            g.free();
          }
          a.emit(Op.LNOT, r, r);
          return r;
        }
      }
      throw new Error("internal error: unknown unary operator");
    }
    case "incDec":
      return incDec(g, e, true);
    case "cond": {
      const elseL = a.newLabel();
      const end = a.newLabel();
      genCond(g, e.cond, elseL, false);
      const d = g.depth;
      const r = genValue(g, e.then);
      a.emitTo(Op.JMP, end);
      a.bind(elseL);
      g.depth = d;
      const r2 = genValue(g, e.else);
      if (r2 !== r) {
        a.emit(Op.MOV, r, r2);
        if (is64(t)) a.emit(Op.MOV, r + 1, r2 + 1);
      }
      a.bind(end);
      return r;
    }
    case "call":
      return call(g, e);
    case "index":
    case "member":
    case "compoundLit": {
      const r = genAddr(g, e);
      if (is64(t)) g.alloc(e.pos);
      load(g, t, r, r, 0);
      return r;
    }
    case "cast":
    case "implicitCast": {
      const from = e.operand.ty!;
      if (from.kind === "array") return genAddr(g, e.operand);
      if (from.kind === "function") return genAddr(g, e.operand);
      const r = genValue(g, e.operand);
      convert(g, r, from, t);
      return r;
    }
    case "comma":
      genDiscard(g, e.left);
      return genValue(g, e.right);
    case "sizeofType":
    case "sizeofExpr": {
      // Rewritten by the checker; never reached in a checked tree.
      const r = g.alloc(e.pos);
      a.emit(Op.LI, r, 0, 0, 0);
      return r;
    }
    default:
      return assertNever(e, "expression");
  }
}

/** Evaluates e for its side effects only. */
export function genDiscard(g: FnGen, e: Expr): void {
  const d = g.depth;
  switch (e.kind) {
    case "assign":
      assign(g, e, false);
      break;
    case "incDec":
      incDec(g, e, false);
      break;
    case "comma":
      genDiscard(g, e.left);
      genDiscard(g, e.right);
      break;
    case "cast":
    case "implicitCast":
      if (e.ty?.kind === "void" || e.operand.ty?.kind !== "array") genDiscard(g, e.operand);
      break;
    case "intLit":
    case "charLit":
    case "stringLit":
      break;
    default:
      genValue(g, e);
  }
  g.depth = d;
}

// --- addresses --------------------------------------------------------------------------

export function genAddr(g: FnGen, e: Expr): number {
  const a = g.asm;
  switch (e.kind) {
    case "ident": {
      const r = g.alloc(e.pos);
      const s = e.sym;
      if (s?.kind === "var") genAddrOfVar(g, s, r);
      else if (s?.kind === "func") a.emitSymbolImm(Op.LI, r, 0, s.linkName, 0);
      else a.emit(Op.LI, r, 0, 0, 0);
      return r;
    }
    case "unary":
      if (e.op === "*") return genValue(g, e.operand);
      break;
    case "index": {
      const base = e.base;
      const elem = e.ty!;
      const size = sizeOf(elem);
      const k = constInt(e.index);
      const r = genValue(g, base);
      if (k !== null) {
        if (k !== 0) a.emit(Op.ADDI, r, r, 0, k * size);
        return r;
      }
      const i = genInt32(g, e.index);
      scale(g, i, size);
      a.emit(Op.ADD, r, r, i);
      g.free();
      return r;
    }
    case "member": {
      const r = e.arrow ? genValue(g, e.base) : genAddr(g, e.base);
      const off = e.member?.offset ?? 0;
      if (off !== 0) a.emit(Op.ADDI, r, r, 0, off);
      return r;
    }
    case "stringLit":
      return genValue(g, e);
    case "compoundLit": {
      // C99 6.5.2.5p16: the object is initialized each time the literal is evaluated.
      const v = compoundLiteralObject(e);
      if (!v) break;
      g.initLocal(v);
      const r = g.alloc(e.pos);
      genAddrOfVar(g, v, r);
      return r;
    }
    case "call":
      // A struct-returning call: the value is the address of the temporary.
      return genValue(g, e);
    case "implicitCast":
    case "cast":
      if (e.ty?.kind === "struct") return genAddr(g, e.operand);
      break;
    case "assign":
    case "cond":
    case "comma":
      if (e.ty?.kind === "struct") return genValue(g, e);
      break;
    default:
      break;
  }
  g.diags.error(e.pos, "internal error: cannot take the address of this expression");
  return g.alloc(e.pos);
}

/** Multiplies register r by a constant element size. */
function scale(g: FnGen, r: number, size: number): void {
  if (size === 1) return;
  if ((size & (size - 1)) === 0) g.asm.emit(Op.SHLI, r, r, 0, Math.log2(size));
  else g.asm.emit(Op.MULI, r, r, 0, size);
}

// --- operators --------------------------------------------------------------------------

const RRR: Partial<Record<string, [Op, Op]>> = {
  // [signed op, unsigned op]
  "+": [Op.ADD, Op.ADD],
  "-": [Op.SUB, Op.SUB],
  "*": [Op.MUL, Op.MUL],
  "/": [Op.DIV, Op.DIVU],
  "%": [Op.REM, Op.REMU],
  "&": [Op.AND, Op.AND],
  "|": [Op.OR, Op.OR],
  "^": [Op.XOR, Op.XOR],
  "<<": [Op.SHL, Op.SHL],
  ">>": [Op.SHR, Op.SHRU],
};
const RRI: Partial<Record<string, [Op, Op]>> = {
  "+": [Op.ADDI, Op.ADDI],
  "*": [Op.MULI, Op.MULI],
  "&": [Op.ANDI, Op.ANDI],
  "|": [Op.ORI, Op.ORI],
  "^": [Op.XORI, Op.XORI],
  "<<": [Op.SHLI, Op.SHLI],
  ">>": [Op.SHRI, Op.SHRUI],
};

/** Emits r = r <op> rhs for an arithmetic operator in type t, using an immediate form when it can. */
function arithOp(g: FnGen, op: string, t: CType, r: number, rhs: Expr): void {
  const a = g.asm;
  const uns = t.kind === "pointer" || (t.kind === "int" && !t.signed);
  if (is64(t)) {
    arith64(g, op, uns, r, rhs);
    return;
  }
  const k = constInt(rhs);
  if (k !== null) {
    if (op === "-") {
      a.emit(Op.ADDI, r, r, 0, -k | 0);
      return;
    }
    const ri = RRI[op];
    if (ri) {
      a.emit(uns ? ri[1] : ri[0], r, r, 0, k);
      return;
    }
  }
  const x = genValue(g, rhs);
  const rr = RRR[op]!;
  a.emit(uns ? rr[1] : rr[0], r, r, x);
  g.free();
}

const OPS64: Partial<Record<string, [Op, Op]>> = {
  "+": [Op.ADD64, Op.ADD64],
  "-": [Op.SUB64, Op.SUB64],
  "*": [Op.MUL64, Op.MUL64],
  "/": [Op.DIV64, Op.DIVU64],
  "%": [Op.REM64, Op.REMU64],
  "<<": [Op.SHL64, Op.SHL64],
  ">>": [Op.SHR64, Op.SHRU64],
};

/** r:r+1 = r:r+1 <op> rhs, for long long; shift counts are 32-bit. */
function arith64(g: FnGen, op: string, uns: boolean, r: number, rhs: Expr): void {
  const a = g.asm;
  if (op === "<<" || op === ">>") {
    const x = genInt32(g, rhs);
    a.emit((OPS64[op] as [Op, Op])[uns ? 1 : 0], r, r, x);
    g.free();
    return;
  }
  const x = genValue(g, rhs);
  // A compound assignment's right operand keeps its own type (e.g. `ll += i`).
  if (!is64(rhs.ty!)) convert(g, x, rhs.ty!, uns ? T.ullong : T.llong);
  if (op === "&" || op === "|" || op === "^") {
    const o = op === "&" ? Op.AND : op === "|" ? Op.OR : Op.XOR;
    a.emit(o, r, r, x);
    a.emit(o, r + 1, r + 1, x + 1);
  } else a.emit((OPS64[op] as [Op, Op])[uns ? 1 : 0], r, r, x);
  g.free(2);
}

function binary(g: FnGen, e: Extract<Expr, { kind: "binary" }>): number {
  const a = g.asm;
  const lt = e.left.ty!;
  const rt = e.right.ty!;
  switch (e.op) {
    case "&&":
    case "||": {
      const r = g.alloc(e.pos);
      const f = a.newLabel();
      const end = a.newLabel();
      g.free();
      genCond(g, e, f, false);
      g.alloc(e.pos);
      a.emit(Op.LI, r, 0, 0, 1);
      a.emitTo(Op.JMP, end);
      a.bind(f);
      a.emit(Op.LI, r, 0, 0, 0);
      a.bind(end);
      return r;
    }
    case "<":
    case ">":
    case "<=":
    case ">=":
    case "==":
    case "!=":
      return compareValue(g, e.op, e.left, e.right);
    case "+":
    case "-": {
      if (lt.kind === "pointer" && rt.kind === "int") {
        const size = sizeOf(lt.to);
        const r = genValue(g, e.left);
        const k = constInt(e.right);
        if (k !== null) {
          a.emit(Op.ADDI, r, r, 0, (e.op === "+" ? k : -k) * size);
          return r;
        }
        const i = genInt32(g, e.right);
        scale(g, i, size);
        a.emit(e.op === "+" ? Op.ADD : Op.SUB, r, r, i);
        g.free();
        return r;
      }
      if (lt.kind === "pointer" && rt.kind === "pointer") {
        const r = genValue(g, e.left);
        const x = genValue(g, e.right);
        a.emit(Op.SUB, r, r, x);
        g.free();
        const size = sizeOf(lt.to);
        if (size > 1) {
          if ((size & (size - 1)) === 0) a.emit(Op.SHRI, r, r, 0, Math.log2(size));
          else {
            const k = g.alloc(e.pos);
            a.emit(Op.LI, k, 0, 0, size);
            a.emit(Op.DIV, r, r, k);
            g.free();
          }
        }
        return r;
      }
      break;
    }
    default:
      break;
  }
  const r = genValue(g, e.left);
  arithOp(g, e.op, e.ty!, r, e.right);
  return r;
}

type Rel = "<" | ">" | "<=" | ">=" | "==" | "!=";

function isUnsignedCompare(l: Expr): boolean {
  const t = l.ty!;
  return t.kind === "pointer" || (t.kind === "int" && !t.signed);
}

function compareValue(g: FnGen, op: Rel, l: Expr, rExpr: Expr): number {
  const a = g.asm;
  const uns = isUnsignedCompare(l);
  if (is64(l.ty!)) {
    const r = genValue(g, l);
    const x = genValue(g, rExpr);
    switch (op) {
      case "==":
      case "!=":
        a.emit(Op.XOR, r, r, x);
        a.emit(Op.XOR, r + 1, r + 1, x + 1);
        a.emit(Op.OR, r, r, r + 1);
        a.emit(op === "==" ? Op.SEQI : Op.SNEI, r, r, 0, 0);
        break;
      case "<": a.emit(uns ? Op.SLTU64 : Op.SLT64, r, r, x); break;
      case ">": a.emit(uns ? Op.SLTU64 : Op.SLT64, r, x, r); break;
      case "<=": a.emit(uns ? Op.SLEU64 : Op.SLE64, r, r, x); break;
      case ">=": a.emit(uns ? Op.SLEU64 : Op.SLE64, r, x, r); break;
    }
    g.free(3);
    return r;
  }
  const r = genValue(g, l);
  const k = constInt(rExpr);
  if (k !== null) {
    switch (op) {
      case "==": a.emit(Op.SEQI, r, r, 0, k); return r;
      case "!=": a.emit(Op.SNEI, r, r, 0, k); return r;
      case "<": a.emit(uns ? Op.SLTUI : Op.SLTI, r, r, 0, k); return r;
      case ">": a.emit(uns ? Op.SGTUI : Op.SGTI, r, r, 0, k); return r;
      case "<=": if (!uns) { a.emit(Op.SLEI, r, r, 0, k); return r; } break;
      case ">=": if (!uns) { a.emit(Op.SGEI, r, r, 0, k); return r; } break;
    }
  }
  const x = genValue(g, rExpr);
  switch (op) {
    case "==": a.emit(Op.SEQ, r, r, x); break;
    case "!=": a.emit(Op.SNE, r, r, x); break;
    case "<": a.emit(uns ? Op.SLTU : Op.SLT, r, r, x); break;
    case ">": a.emit(uns ? Op.SLTU : Op.SLT, r, x, r); break;
    case "<=": a.emit(uns ? Op.SLEU : Op.SLE, r, r, x); break;
    case ">=": a.emit(uns ? Op.SLEU : Op.SLE, r, x, r); break;
  }
  g.free();
  return r;
}

/** Branches to `target` when e's truth equals `jumpIf`; falls through otherwise. */
export function genCond(g: FnGen, e: Expr, target: Label, jumpIf: boolean): void {
  const a = g.asm;
  if (e.kind === "binary") {
    switch (e.op) {
      case "&&":
        if (jumpIf) {
          const skip = a.newLabel();
          genCond(g, e.left, skip, false);
          genCond(g, e.right, target, true);
          a.bind(skip);
        } else {
          genCond(g, e.left, target, false);
          genCond(g, e.right, target, false);
        }
        return;
      case "||":
        if (jumpIf) {
          genCond(g, e.left, target, true);
          genCond(g, e.right, target, true);
        } else {
          const skip = a.newLabel();
          genCond(g, e.left, skip, true);
          genCond(g, e.right, target, false);
          a.bind(skip);
        }
        return;
      case "<":
      case ">":
      case "<=":
      case ">=":
      case "==":
      case "!=": {
        if (e.left.ty && is64(e.left.ty)) break;
        let op: Rel = e.op;
        if (!jumpIf) op = NEGATE[op];
        const uns = isUnsignedCompare(e.left);
        const l = genValue(g, e.left);
        const k = constInt(e.right);
        if (k === 0 && (op === "==" || op === "!=")) {
          a.emitTo(op === "==" ? Op.BZ : Op.BNZ, target, l);
          g.free();
          return;
        }
        const r = genValue(g, e.right);
        branchCompare(g, op, uns, l, r, target);
        g.free(2);
        return;
      }
      default:
        break;
    }
  } else if (e.kind === "unary" && e.op === "!") {
    genCond(g, e.operand, target, !jumpIf);
    return;
  } else if (e.kind === "intLit" || e.kind === "charLit") {
    const v = constInt(e) ?? 0;
    if ((v !== 0) === jumpIf) a.emitTo(Op.JMP, target);
    return;
  } else if (e.kind === "implicitCast" && e.ty?.kind === "int" && e.ty.ik === "bool") {
    genCond(g, e.operand, target, jumpIf);
    return;
  }
  const r = genValue(g, e);
  if (is64(e.ty!)) {
    a.emit(Op.OR, r, r, r + 1);
    g.free();
  }
  a.emitTo(jumpIf ? Op.BNZ : Op.BZ, target, r);
  g.free();
}

const NEGATE: Record<Rel, Rel> = { "<": ">=", ">=": "<", ">": "<=", "<=": ">", "==": "!=", "!=": "==" };

function branchCompare(g: FnGen, op: Rel, uns: boolean, l: number, r: number, target: Label): void {
  const a = g.asm;
  switch (op) {
    case "==": a.emitTo(Op.BEQ, target, l, r); return;
    case "!=": a.emitTo(Op.BNE, target, l, r); return;
    case "<": a.emitTo(uns ? Op.BLTU : Op.BLT, target, l, r); return;
    case "<=": a.emitTo(uns ? Op.BLEU : Op.BLE, target, l, r); return;
    case ">": a.emitTo(uns ? Op.BLTU : Op.BLT, target, r, l); return;
    case ">=": a.emitTo(uns ? Op.BLEU : Op.BLE, target, r, l); return;
  }
}

// --- assignment ---------------------------------------------------------------------------

/** A place to store: a frame slot, or an address held in a register. */
type Place = { kind: "frame"; offset: number } | { kind: "reg"; reg: number };

function place(g: FnGen, target: Expr): Place {
  if (target.kind === "ident" && target.sym?.kind === "var" && (target.sym.storage === "local" || target.sym.storage === "param")) {
    return { kind: "frame", offset: target.sym.offset };
  }
  return { kind: "reg", reg: genAddr(g, target) };
}

function placeBase(p: Place): [number, number] {
  return p.kind === "frame" ? [R_FP, p.offset] : [p.reg, 0];
}

function assign(g: FnGen, e: Extract<Expr, { kind: "assign" }>, wantValue: boolean): number {
  const a = g.asm;
  const tt = e.target.ty!;
  if (e.op === "=") {
    const v = genValue(g, e.value);
    const p = place(g, e.target);
    const [base, off] = placeBase(p);
    genStore(g, tt, base, off, v);
    if (p.kind === "reg") {
      if (tt.kind === "struct") a.emit(Op.MOV, v, p.reg); // the value of a struct assignment is the target
      g.free();
    }
    if (!wantValue) g.free(width(tt));
    return v;
  }
  // Compound assignment: old value op value, computed in the promoted type, stored narrowed.
  const op = e.op.slice(0, -1);
  const p = place(g, e.target);
  const [base, off] = placeBase(p);
  const r = is64(tt) ? g.alloc2(e.pos) : g.alloc(e.pos);
  load(g, tt, r, base, off);
  if (tt.kind === "pointer") {
    const size = sizeOf(tt.to);
    const k = constInt(e.value);
    if (k !== null) a.emit(Op.ADDI, r, r, 0, (op === "+" ? k : -k) * size);
    else {
      const x = genInt32(g, e.value);
      scale(g, x, size);
      a.emit(op === "+" ? Op.ADD : Op.SUB, r, r, x);
      g.free();
    }
  } else {
    const vt = e.value.ty!;
    const opType: CType = op === "<<" || op === ">>" ? promoteInt(tt) : usual(tt, vt);
    convert(g, r, tt, opType);
    arithOp(g, op, opType, r, e.value);
    convert(g, r, opType, tt);
  }
  genStore(g, tt, base, off, r);
  return finishPlace(g, p, r, wantValue, width(tt));
}

/** Moves the result down over a consumed address register and releases what is not needed. */
function finishPlace(g: FnGen, p: Place, r: number, wantValue: boolean, w: number): number {
  if (p.kind === "reg") {
    if (wantValue) {
      g.asm.emit(Op.MOV, p.reg, r);
      if (w === 2) g.asm.emit(Op.MOV, p.reg + 1, r + 1);
      g.free();
      return p.reg;
    }
    g.free(1 + w);
    return p.reg;
  }
  if (!wantValue) g.free(w);
  return r;
}

function promoteInt(t: CType): CType {
  if (t.kind !== "int") return t;
  return t.size < 4 || t.ik === "bool" ? T.int : t;
}
function usual(a: CType, b: CType): CType {
  if (a.kind !== "int" || b.kind !== "int") return a;
  const x = promoteInt(a) as IntType;
  const y = promoteInt(b) as IntType;
  if (x.size === 8 || y.size === 8) {
    if (x.size === 8 && y.size === 8) return !x.signed || !y.signed ? T.ullong : T.llong;
    return x.size === 8 ? x : y;
  }
  return !x.signed || !y.signed ? T.uint : T.int;
}

function incDec(g: FnGen, e: Extract<Expr, { kind: "incDec" }>, wantValue: boolean): number {
  const a = g.asm;
  const t = e.operand.ty!;
  const step = t.kind === "pointer" ? sizeOf(t.to) : 1;
  const delta = e.op === "++" ? step : -step;
  const p = place(g, e.operand);
  const [base, off] = placeBase(p);
  if (is64(t)) {
    const r = g.alloc2(e.pos);
    load(g, t, r, base, off);
    const n = g.alloc2(e.pos);
    a.emit(Op.LI, n, 0, 0, delta);
    a.emit(Op.LI, n + 1, 0, 0, delta < 0 ? -1 : 0);
    if (wantValue && !e.prefix) a.emit(Op.ADD64, n, r, n);
    else a.emit(Op.ADD64, r, r, n);
    genStore(g, t, base, off, wantValue && !e.prefix ? n : r);
    g.free(2);
    return finishPlace(g, p, r, wantValue, 2);
  }
  const r = g.alloc(e.pos);
  load(g, t, r, base, off);
  if (wantValue && !e.prefix) {
    // Keep the old value: compute the new one in a scratch register.
    const n = g.alloc(e.pos);
    a.emit(Op.ADDI, n, r, 0, delta);
    convert(g, n, promoteInt(t), t);
    genStore(g, t, base, off, n);
    g.free();
  } else {
    a.emit(Op.ADDI, r, r, 0, delta);
    convert(g, r, promoteInt(t), t);
    genStore(g, t, base, off, r);
  }
  return finishPlace(g, p, r, wantValue, 1);
}

// --- calls --------------------------------------------------------------------------------

function call(g: FnGen, e: Extract<Expr, { kind: "call" }>): number {
  const a = g.asm;
  const d = g.depth;
  // Save the live part of the register stack: the callee may use every register.
  for (let i = 0; i < d; i++) a.emit(Op.PUSH, i);
  g.depth = 0;
  const rt = e.ty!;
  const retStruct = rt.kind === "struct";
  let tmp = 0;
  if (retStruct) tmp = g.frameSlot(sizeOf(rt), 4);
  let argBytes = 0;
  for (let i = e.args.length - 1; i >= 0; i--) {
    const arg = e.args[i]!;
    const at = arg.ty!;
    const r = genValue(g, arg);
    if (at.kind === "struct") {
      const sz = (sizeOf(at) + 3) & ~3;
      a.emit(Op.ADDI, R_SP, R_SP, 0, -sz);
      a.emit(Op.COPY, R_SP, r, 0, sizeOf(at));
      argBytes += sz;
      g.free();
    } else if (is64(at)) {
      a.emit(Op.PUSH, r + 1);
      a.emit(Op.PUSH, r);
      argBytes += 8;
      g.free(2);
    } else {
      a.emit(Op.PUSH, r);
      argBytes += 4;
      g.free();
    }
  }
  if (retStruct) {
    const r = g.alloc(e.pos);
    a.emit(Op.ADDI, r, R_FP, 0, tmp);
    a.emit(Op.PUSH, r);
    argBytes += 4;
    g.free();
  }
  const callee = e.callee;
  const direct = callee.kind === "implicitCast" && callee.operand.kind === "ident" && callee.operand.sym?.kind === "func" ? callee.operand.sym : null;
  if (direct) a.emitToSymbol(Op.CALL, direct.linkName);
  else {
    const r = genValue(g, callee);
    a.emit(Op.CALLR, r);
    g.free();
  }
  if (argBytes > 0) a.emit(Op.ADDI, R_SP, R_SP, 0, argBytes);
  g.depth = d;
  if (is64(rt)) {
    const r = g.alloc2(e.pos);
    if (r !== 0) {
      a.emit(Op.MOV, r + 1, 1); // high word first: r may be r1
      a.emit(Op.MOV, r, 0);
    }
    for (let i = d - 1; i >= 0; i--) a.emit(Op.POP, i);
    return r;
  }
  const r = g.alloc(e.pos);
  if (r !== 0) a.emit(Op.MOV, r, 0);
  for (let i = d - 1; i >= 0; i--) a.emit(Op.POP, i);
  return r;
}
