/**
 * @fileoverview Integer constant expressions (C99 6.6) over checked expressions: array
 * sizes, enumerators, case labels, `#if`-free static initializers. Values are BigInts
 * wrapped to the expression's type, so `(unsigned char)300` is 44 as in C.
 */

import type { Expr } from "./ast.js";
import type { Checker } from "./check.js";
import { isBroken } from "./check-expr.js";
import { T, sizeOf, type CType } from "./types.js";

export function wrap(v: bigint, t: CType): bigint {
  if (t.kind === "pointer") return BigInt.asUintN(32, v);
  if (t.kind !== "int") return v;
  if (t.ik === "bool") return v !== 0n ? 1n : 0n;
  const bits = t.size * 8;
  return t.signed ? BigInt.asIntN(bits, v) : BigInt.asUintN(bits, v);
}

class NotConstant extends Error {
  constructor(
    readonly pos: number,
    /** The expression holds an error already reported: say nothing more. */
    readonly broken = false,
  ) {
    super("not constant");
  }
}

export type ConstResult = { ok: true; value: bigint } | { ok: false; pos: number; broken: boolean };

/** Evaluates a checked expression as an integer constant expression, reporting nothing. */
export function evalConstant(e: Expr): ConstResult {
  try {
    return { ok: true, value: ev(e) };
  } catch (err) {
    if (!(err instanceof NotConstant)) throw err;
    return { ok: false, pos: err.pos, broken: err.broken };
  }
}

/**
 * The value of an integer constant expression, or null. When `what` is given, a
 * non-constant expression is reported as an error naming it (unless it holds an error
 * that was already reported).
 */
export function constEvalExpr(c: Checker, e: Expr, what: string | null, quiet = false): bigint | null {
  const r = evalConstant(e);
  if (r.ok) return r.value;
  if (what !== null && !quiet && !r.broken) c.diags.error(r.pos, `${what} is not an integer constant expression`);
  return null;
}

function ev(e: Expr): bigint {
  if (isBroken(e)) throw new NotConstant(e.pos, true);
  const t = e.ty ?? T.int;
  switch (e.kind) {
    case "intLit":
      return e.value;
    case "charLit":
      return BigInt(e.value);
    case "implicitCast":
    case "cast": {
      if (t.kind !== "int") throw new NotConstant(e.pos);
      const inner = e.operand;
      // offsetof's expansion, `(size_t)&((T *)0)->m`: gcc folds it, and C99 7.17 says it is
      // an integer constant expression.
      if (inner.ty?.kind === "pointer") return wrap(addressOffset(inner), t);
      if (inner.ty && inner.ty.kind !== "int") throw new NotConstant(e.pos);
      return wrap(ev(inner), t);
    }
    case "unary": {
      const v = ev(e.operand);
      switch (e.op) {
        case "-":
          return wrap(-v, t);
        case "+":
          return v;
        case "~":
          return wrap(~v, t);
        case "!":
          return v === 0n ? 1n : 0n;
        default:
          throw new NotConstant(e.pos);
      }
    }
    case "binary": {
      if (e.op === "&&") return ev(e.left) !== 0n ? (ev(e.right) !== 0n ? 1n : 0n) : 0n;
      if (e.op === "||") return ev(e.left) !== 0n ? 1n : ev(e.right) !== 0n ? 1n : 0n;
      const lt = e.left.ty;
      const rt = e.right.ty;
      if (lt?.kind !== "int" || rt?.kind !== "int") throw new NotConstant(e.pos);
      const a = ev(e.left);
      const b = ev(e.right);
      switch (e.op) {
        case "+":
          return wrap(a + b, t);
        case "-":
          return wrap(a - b, t);
        case "*":
          return wrap(a * b, t);
        case "/":
          if (b === 0n) throw new NotConstant(e.right.pos);
          return wrap(a / b, t);
        case "%":
          if (b === 0n) throw new NotConstant(e.right.pos);
          return wrap(a % b, t);
        case "<<":
          return wrap(a << (b & 63n), t);
        case ">>":
          return wrap(a >> (b & 63n), t);
        case "&":
          return wrap(a & b, t);
        case "|":
          return wrap(a | b, t);
        case "^":
          return wrap(a ^ b, t);
        case "<":
          return a < b ? 1n : 0n;
        case ">":
          return a > b ? 1n : 0n;
        case "<=":
          return a <= b ? 1n : 0n;
        case ">=":
          return a >= b ? 1n : 0n;
        case "==":
          return a === b ? 1n : 0n;
        case "!=":
          return a !== b ? 1n : 0n;
      }
      throw new NotConstant(e.pos);
    }
    case "cond":
      return ev(e.cond) !== 0n ? ev(e.then) : ev(e.else);
    case "comma":
      throw new NotConstant(e.pos);
    default:
      throw new NotConstant(e.pos);
  }
}

/**
 * The value of a pointer expression built on an integer constant cast to a pointer
 * (`&((T *)0)->a.b[2]`), as gcc folds it; anything else is not constant.
 */
function addressOffset(e: Expr): bigint {
  switch (e.kind) {
    case "cast":
    case "implicitCast": {
      const it = e.operand.ty;
      if (it?.kind === "int") return ev(e.operand);
      if (it?.kind === "pointer" && e.ty?.kind === "pointer") return addressOffset(e.operand);
      // An array decaying to a pointer: the array's own address.
      if (it?.kind === "array") return lvalueOffset(e.operand);
      throw new NotConstant(e.pos);
    }
    case "unary":
      if (e.op === "&") return lvalueOffset(e.operand);
      throw new NotConstant(e.pos);
    default:
      throw new NotConstant(e.pos);
  }
}

/** The address of an lvalue rooted at a constant pointer (see addressOffset). */
function lvalueOffset(e: Expr): bigint {
  switch (e.kind) {
    case "member": {
      if (!e.member) throw new NotConstant(e.pos);
      const base = e.arrow ? addressOffset(e.base) : lvalueOffset(e.base);
      return base + BigInt(e.member.offset);
    }
    case "unary":
      if (e.op === "*") return addressOffset(e.operand);
      throw new NotConstant(e.pos);
    case "index": {
      if (e.base.ty?.kind === "array" && e.ty) return lvalueOffset(e.base) + ev(e.index) * BigInt(sizeOf(e.ty));
      const baseIsPtr = e.base.ty?.kind === "pointer";
      const ptr = baseIsPtr ? e.base : e.index;
      const idx = baseIsPtr ? e.index : e.base;
      if (idx.ty?.kind !== "int" || !e.ty) throw new NotConstant(e.pos);
      return addressOffset(ptr) + ev(idx) * BigInt(sizeOf(e.ty));
    }
    default:
      throw new NotConstant(e.pos);
  }
}
