/**
 * @fileoverview Operators in the code generator (see codegen-expr.ts): arithmetic with
 * immediate forms where the right operand is a constant, long long arithmetic, pointer
 * arithmetic, comparisons as values, and conditions as fused compare-and-branch.
 */

import type { Expr } from "./ast.js";
import type { Label } from "./asm.js";
import type { FnGen } from "./codegen.js";
import { constInt, convert, is64, scale } from "./codegen-access.js";
import { genValue } from "./codegen-expr.js";
import { T, sizeOf, type CType } from "./types.js";
import { Op } from "../vm/isa.js";

/** Evaluates an integer operand and narrows a long long to its low word. */
export function genInt32(g: FnGen, e: Expr): number {
  const r = genValue(g, e);
  if (is64(e.ty!)) g.free();
  return r;
}

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
export function arithOp(g: FnGen, op: string, t: CType, r: number, rhs: Expr): void {
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
  // A shift count keeps its own type: a long long count is narrowed (its high word freed).
  const x = op === "<<" || op === ">>" ? genInt32(g, rhs) : genValue(g, rhs);
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

export function binary(g: FnGen, e: Extract<Expr, { kind: "binary" }>): number {
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
    // the literal's own value: constInt answers only 32-bit ones (1LL is true too)
    const v = e.kind === "intLit" ? e.value !== 0n : e.value !== 0;
    if (v === jumpIf) a.emitTo(Op.JMP, target);
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
