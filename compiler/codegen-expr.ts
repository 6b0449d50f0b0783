/**
 * @fileoverview Expressions on the register stack: `genValue` leaves a value in the next
 * free register (r<depth>) and returns it; `genAddr` does the same with an lvalue's
 * address; `genDiscard` evaluates for side effects only. A struct-typed value is
 * represented by its address. The pieces live beside this file: codegen-access.ts (loads,
 * stores, conversions), codegen-ops.ts (operators, and `genCond`, which branches on a
 * condition without materialising 0/1 when it can), codegen-assign.ts (assignment, ++/--)
 * and codegen-call.ts (calls).
 */

import type { Expr } from "./ast.js";
import type { FnGen } from "./codegen.js";
import { compoundLiteralObject } from "./symbols.js";
import { constInt, convert, genAddrOfVar, is64, load, scale } from "./codegen-access.js";
import { assign, incDec } from "./codegen-assign.js";
import { call } from "./codegen-call.js";
import { binary, genCond, genInt32 } from "./codegen-ops.js";
import { spilled, wantsSpill } from "./codegen-spill.js";
import { assertNever, sizeOf } from "./types.js";
import { Op, R_FP } from "../vm/isa.js";

export { genAddrOfVar, genStore, width } from "./codegen-access.js";
export { genCond } from "./codegen-ops.js";

// --- values -----------------------------------------------------------------------------

export function genValue(g: FnGen, e: Expr): number {
  return wantsSpill(g, e) ? spilled(g, e, valueOf) : valueOf(g, e);
}

function valueOf(g: FnGen, e: Expr): number {
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
      // An array operand decays: its address is computed for the side effects in it
      // (`(void)m[i++]`, `(void)f().name`, a compound literal's initializers).
      if (e.ty?.kind !== "void" && e.operand.ty?.kind === "array") genValue(g, e);
      else genDiscard(g, e.operand);
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
