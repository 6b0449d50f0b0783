/**
 * @fileoverview Typing operators and calls (C99 6.5.2.2, 6.5.3, 6.5.5-6.5.14): operand
 * constraints, the usual arithmetic conversions made explicit, pointer arithmetic and
 * comparisons, and argument checking against prototypes. Operands that already carry a
 * reported error keep their operator quiet (see `fail` in check-expr.ts).
 */

import type { Expr } from "./ast.js";
import type { Checker } from "./check.js";
import type { VarSym } from "./symbols.js";
import { convertForAssign, fail, implicitCast, isBroken, isLvalue, isNullPointerConstant, rvalue, show, checkExpr } from "./check-expr.js";
import { constEvalExpr } from "./consteval.js";
import { T, assertNever, compatible, isComplete, isScalar, pointerTo, promote, unqualified, usualArithmetic, type FunctionType, type IntType } from "./types.js";

export function binary(c: Checker, e: Extract<Expr, { kind: "binary" }>): Expr {
  e.left = rvalue(c, e.left);
  e.right = rvalue(c, e.right);
  const a = e.left.ty!;
  const b = e.right.ty!;
  if (isBroken(e.left) || isBroken(e.right)) return fail(e);
  const bad = () => {
    c.diags.error(e.opPos, `invalid operands to binary expression (${show(a)} and ${show(b)})`);
    return fail(e);
  };
  switch (e.op) {
    case "&&":
    case "||":
      if (!isScalar(a) || !isScalar(b)) return bad();
      e.ty = T.int;
      return e;
    case "*":
    case "/":
    case "%":
    case "&":
    case "|":
    case "^": {
      if (a.kind !== "int" || b.kind !== "int") return bad();
      const t = usualArithmetic(a, b);
      e.left = implicitCast(e.left, t);
      e.right = implicitCast(e.right, t);
      if ((e.op === "/" || e.op === "%") && constEvalExpr(c, e.right, null, true) === 0n) {
        c.diags.warning(e.right.pos, `division by zero is undefined`);
      }
      e.ty = t;
      return e;
    }
    case "<<":
    case ">>": {
      if (a.kind !== "int" || b.kind !== "int") return bad();
      const t = promote(a);
      e.left = implicitCast(e.left, t);
      e.right = implicitCast(e.right, promote(b));
      e.ty = t;
      return e;
    }
    case "+":
    case "-": {
      if (a.kind === "int" && b.kind === "int") {
        const t = usualArithmetic(a, b);
        e.left = implicitCast(e.left, t);
        e.right = implicitCast(e.right, t);
        e.ty = t;
        return e;
      }
      if (a.kind === "pointer" && b.kind === "int") {
        if (!isComplete(a.to)) c.diags.error(e.opPos, `arithmetic on a pointer to an incomplete type ${show(a.to)}`);
        e.ty = a;
        return e;
      }
      if (e.op === "+" && a.kind === "int" && b.kind === "pointer") {
        if (!isComplete(b.to)) c.diags.error(e.opPos, `arithmetic on a pointer to an incomplete type ${show(b.to)}`);
        // Normalise to pointer + integer for the code generator.
        const tmp = e.left;
        e.left = e.right;
        e.right = tmp;
        e.ty = b;
        return e;
      }
      if (e.op === "-" && a.kind === "pointer" && b.kind === "pointer") {
        if (!compatible(unqualified(a.to), unqualified(b.to))) {
          c.diags.error(e.opPos, `${show(a)} and ${show(b)} are not pointers to compatible types`);
        } else if (!isComplete(a.to)) c.diags.error(e.opPos, `arithmetic on pointers to an incomplete type ${show(a.to)}`);
        e.ty = T.int; // ptrdiff_t
        return e;
      }
      return bad();
    }
    case "<":
    case ">":
    case "<=":
    case ">=":
    case "==":
    case "!=": {
      if (a.kind === "int" && b.kind === "int") {
        const t = usualArithmetic(a, b);
        e.left = implicitCast(e.left, t);
        e.right = implicitCast(e.right, t);
      } else if (a.kind === "pointer" && b.kind === "pointer") {
        // C99 6.5.8p2, 6.5.9p2: compatible types, or (for == and !=) an object pointer and void *.
        const voidish = (a.to.kind === "void" && b.to.kind !== "function") || (b.to.kind === "void" && a.to.kind !== "function");
        const ok = compatible(unqualified(a.to), unqualified(b.to)) || voidish || isNullPointerConstant(c, e.left) || isNullPointerConstant(c, e.right);
        if (!ok) c.diags.error(e.opPos, `comparison of distinct pointer types (${show(a)} and ${show(b)})`);
      } else if (a.kind === "pointer" && b.kind === "int") {
        if (!isNullPointerConstant(c, e.right)) c.diags.error(e.opPos, `comparison between pointer and integer (${show(a)} and ${show(b)})`);
        e.right = implicitCast(e.right, a);
      } else if (a.kind === "int" && b.kind === "pointer") {
        if (!isNullPointerConstant(c, e.left)) c.diags.error(e.opPos, `comparison between pointer and integer (${show(a)} and ${show(b)})`);
        e.left = implicitCast(e.left, b);
      } else return bad();
      e.ty = T.int;
      return e;
    }
    default:
      return assertNever(e.op, "binary operator");
  }
}

export function unary(c: Checker, e: Extract<Expr, { kind: "unary" }>): Expr {
  switch (e.op) {
    case "&": {
      e.operand = checkExpr(c, e.operand);
      const t = e.operand.ty!;
      e.ty = pointerTo(t);
      if (isBroken(e.operand)) return fail(e, e.ty);
      if (t.kind !== "function" && !isLvalue(e.operand)) {
        c.diags.error(e.pos, `cannot take the address of an rvalue of type ${show(t)}`);
      }
      const reg = registerObject(e.operand);
      // gcc places this at the start of the enclosing statement; the `&` is more precise.
      if (reg !== null) c.diags.error(e.pos, `address of register variable '${reg.name}' requested`);
      return e;
    }
    case "*": {
      e.operand = rvalue(c, e.operand);
      const t = e.operand.ty!;
      if (isBroken(e.operand)) return fail(e, t.kind === "pointer" ? t.to : T.int);
      if (t.kind !== "pointer") {
        c.diags.error(e.pos, `indirection requires pointer operand (${show(t)} invalid)`);
        return fail(e);
      }
      e.ty = t.to;
      return e;
    }
    case "-":
    case "+":
    case "~": {
      e.operand = rvalue(c, e.operand);
      const t = e.operand.ty!;
      if (isBroken(e.operand)) return fail(e);
      if (t.kind !== "int") {
        c.diags.error(e.pos, `invalid argument type ${show(t)} to unary expression`);
        return fail(e);
      }
      const p = promote(t);
      e.operand = implicitCast(e.operand, p);
      e.ty = p;
      return e;
    }
    case "!": {
      e.operand = rvalue(c, e.operand);
      e.ty = T.int;
      if (isBroken(e.operand)) return fail(e);
      if (!isScalar(e.operand.ty!)) {
        c.diags.error(e.pos, `invalid argument type ${show(e.operand.ty!)} to unary expression`);
        return fail(e);
      }
      return e;
    }
    default:
      return assertNever(e.op, "unary operator");
  }
}

/**
 * The `register` variable an lvalue designates (part of), whose address `&` may not take
 * (C99 6.5.3.2p1): `r`, `s.m`, and like gcc `a[i]` of a register array (the subscript's
 * decay is not itself reported, a GNU extension). Through `->` or `*` the object is
 * somewhere else.
 */
function registerObject(e: Expr): VarSym | null {
  for (let x = e; ; ) {
    if (x.kind === "ident") return x.sym?.kind === "var" && x.sym.register === true ? x.sym : null;
    if (x.kind === "member" && !x.arrow) x = x.base;
    else if (x.kind === "index" && x.base.kind === "implicitCast" && x.base.operand.ty?.kind === "array") x = x.base.operand;
    else return null;
  }
}

export function call(c: Checker, e: Extract<Expr, { kind: "call" }>): Expr {
  if (e.callee.kind === "ident" && !c.lookup(e.callee.name)) {
    // C89's implicit `int f()`: accepted with a warning, like gcc and clang.
    c.diags.warning(e.callee.pos, `implicit declaration of function '${e.callee.name}' is invalid in C99`);
    const ft: FunctionType = { kind: "function", ret: T.int, params: [], variadic: false, prototyped: false };
    const saved = c.scope;
    c.scope = c.file;
    c.declareFunction(e.callee.name, ft, e.callee.pos, false, true);
    c.scope = saved;
  }
  e.callee = rvalue(c, e.callee);
  const ct = e.callee.ty!;
  const fname = e.callee.kind === "implicitCast" && e.callee.operand.kind === "ident" ? e.callee.operand.name : null;
  if (ct.kind !== "pointer" || ct.to.kind !== "function") {
    if (!isBroken(e.callee)) c.diags.error(e.callee.pos, `called object type ${show(ct)} is not a function or function pointer`);
    e.args = e.args.map((a) => rvalue(c, a));
    return fail(e);
  }
  const ft = ct.to;
  const fdesc = fname ? `function '${fname}'` : "function call";
  // A wrong argument count is one error: the arguments are then not matched to parameters.
  let countOk = true;
  if (ft.prototyped) {
    const n = ft.params.length;
    if (e.args.length < n) {
      c.diags.error(e.callee.pos, `too few arguments to ${fdesc} (expected ${ft.variadic ? "at least " : ""}${n}, got ${e.args.length})`);
      countOk = false;
    } else if (e.args.length > n && !ft.variadic) {
      c.diags.error(e.args[n]!.pos, `too many arguments to ${fdesc} (expected ${n}, got ${e.args.length})`);
      countOk = false;
    }
  }
  e.args = e.args.map((a, i) => {
    const x = rvalue(c, a);
    const pt = ft.prototyped ? ft.params[i] : undefined;
    if (pt) return countOk ? convertForAssign(c, x, pt, "argument") : implicitCast(x, unqualified(pt));
    // Default argument promotions for variadic and unprototyped arguments.
    if (x.ty!.kind === "int") return implicitCast(x, promote(x.ty as IntType));
    if (x.ty!.kind === "void" && !isBroken(x)) c.diags.error(x.pos, "argument may not have 'void' type");
    return x;
  });
  if ((ft.ret.kind === "struct" || ft.ret.kind === "int") && !isComplete(ft.ret)) c.diags.error(e.pos, `calling function with incomplete return type ${show(ft.ret)}`);
  e.ty = ft.ret;
  return e;
}
