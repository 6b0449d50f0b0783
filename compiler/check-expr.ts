/**
 * @fileoverview Typing expressions (C99 6.5): every node gets `ty`; conversions C performs
 * implicitly become explicit ImplicitCast nodes, so the code generator never has to
 * rediscover a promotion; constraint violations are reported with clang-like wording.
 */

import type { Expr, ImplicitCast, Initializer, InitList, IntLit, StringLit } from "./ast.js";
import type { Checker } from "./check.js";
import { typeNameType } from "./check-types.js";
import { constEvalExpr } from "./consteval.js";
import type { FuncSym, InitItem, VarSym } from "./symbols.js";
import {
  T,
  arrayOf,
  assertNever,
  compatible,
  isComplete,
  isInteger,
  isScalar,
  pointerTo,
  promote,
  sizeOf,
  typeToString,
  unqualified,
  usualArithmetic,
  type CType,
  type FunctionType,
  type IntType,
  type PointerType,
} from "./types.js";

const show = (t: CType) => `'${typeToString(t)}'`;

export function implicitCast(e: Expr, to: CType): Expr {
  const from = e.ty;
  if (from && sameRepresentation(from, to)) {
    if (from === to) return e;
  }
  const n: ImplicitCast = { kind: "implicitCast", pos: e.pos, operand: e, ty: to };
  return n;
}

function sameRepresentation(a: CType, b: CType): boolean {
  return compatible(unqualified(a), unqualified(b)) && a.kind !== "array" && a.kind !== "function";
}

/** Checks e and applies lvalue conversion: arrays and functions decay to pointers. */
export function rvalue(c: Checker, e: Expr): Expr {
  const x = checkExpr(c, e);
  return decay(x);
}

export function decay(x: Expr): Expr {
  const t = x.ty!;
  if (t.kind === "array") return { kind: "implicitCast", pos: x.pos, operand: x, ty: pointerTo(t.of) };
  if (t.kind === "function") return { kind: "implicitCast", pos: x.pos, operand: x, ty: pointerTo(t) };
  if (t.isConst || t.isVolatile) return { kind: "implicitCast", pos: x.pos, operand: x, ty: unqualified(t) };
  return x;
}

/** A controlling expression (if, while, ?:, &&): must be scalar. */
export function condition(c: Checker, e: Expr): Expr {
  const x = rvalue(c, e);
  if (!isScalar(x.ty!)) c.diags.error(x.pos, `statement requires expression of scalar type (${show(x.ty!)} invalid)`);
  return x;
}

export function isLvalue(e: Expr): boolean {
  switch (e.kind) {
    case "ident":
      return e.sym?.kind === "var";
    case "unary":
      return e.op === "*";
    case "index":
    case "stringLit":
    case "compoundLit":
      return true;
    case "member":
      return e.arrow || isLvalue(e.base);
    default:
      return false;
  }
}

export function isNullPointerConstant(c: Checker, e: Expr): boolean {
  let x = e;
  while (x.kind === "implicitCast" || (x.kind === "cast" && x.ty?.kind === "pointer" && x.ty.to.kind === "void")) x = x.operand;
  if (!x.ty || !isInteger(x.ty)) return false;
  const v = constEvalExpr(c, x, null, true);
  return v === 0n;
}

/**
 * Conversion as if by assignment (C99 6.5.16.1), used for assignment, initialization,
 * arguments and return. Reports incompatible types.
 */
export function convertForAssign(c: Checker, e: Expr, to: CType, context: "assign" | "init" | "argument" | "return" | "switch", fname?: string): Expr {
  const from = e.ty!;
  const target = unqualified(to);
  const what = context === "assign" ? "assigning to" : context === "init" ? "initializing" : context === "return" ? "returning" : "passing";
  const msg = (kind: string) =>
    context === "return"
      ? `${kind} returning ${show(from)} from a function with result type ${show(target)}`
      : context === "argument"
        ? `${kind} passing ${show(from)} to parameter of type ${show(target)}${fname ? ` in call to '${fname}'` : ""}`
        : `${kind} ${what} ${show(target)} from ${show(from)}`;
  if (target.kind === "int") {
    if (from.kind === "int") return implicitCast(e, target);
    if (from.kind === "pointer") {
      if (target.ik === "bool") return implicitCast(e, target);
      c.diags.error(e.pos, msg("incompatible pointer to integer conversion"));
      return implicitCast(e, target);
    }
  } else if (target.kind === "pointer") {
    if (from.kind === "pointer") {
      const tp = target.to;
      const fp = from.to;
      const voidish = tp.kind === "void" || fp.kind === "void";
      const baseOk = voidish || compatible(unqualified(tp), unqualified(fp));
      if (!baseOk) {
        c.diags.error(e.pos, context === "assign" ? `incompatible pointer types assigning to ${show(target)} from ${show(from)}` : msg("incompatible pointer types"));
      } else if ((fp.isConst && !tp.isConst) || (fp.isVolatile && !tp.isVolatile)) {
        c.diags.warning(e.pos, `${what} ${show(target)} from ${show(from)} discards qualifiers`);
      }
      return implicitCast(e, target);
    }
    if (from.kind === "int") {
      if (isNullPointerConstant(c, e)) return implicitCast(e, target);
      c.diags.error(e.pos, msg("incompatible integer to pointer conversion"));
      return implicitCast(e, target);
    }
  } else if (target.kind === "struct") {
    if (from.kind === "struct" && from.info === target.info) return e;
  } else if (target.kind === "void") {
    return e;
  }
  c.diags.error(e.pos, context === "assign" ? `assigning to ${show(target)} from incompatible type ${show(from)}` : msg("incompatible type"));
  return e;
}

function intLitType(c: Checker, e: IntLit): IntType {
  const v = e.value;
  const fits = (t: IntType) => (t.signed ? v <= (1n << BigInt(t.size * 8 - 1)) - 1n : v <= (1n << BigInt(t.size * 8)) - 1n);
  const cands: IntType[] = (() => {
    const u = e.suffix.includes("u");
    const ll = e.suffix.includes("ll");
    const l = !ll && e.suffix.includes("l");
    if (u) return ll ? [T.ullong] : l ? [T.ulong, T.ullong] : [T.uint, T.ulong, T.ullong];
    if (e.nonDecimal) return ll ? [T.llong, T.ullong] : l ? [T.long, T.ulong, T.llong, T.ullong] : [T.int, T.uint, T.long, T.ulong, T.llong, T.ullong];
    return ll ? [T.llong] : l ? [T.long, T.llong] : [T.int, T.long, T.llong];
  })();
  for (const t of cands) if (fits(t)) return t;
  if (fits(T.ullong)) {
    c.diags.warning(e.pos, "integer literal is too large to be represented in a signed integer type, interpreting as unsigned");
    return T.ullong;
  }
  c.diags.error(e.pos, "integer literal is too large to be represented in any integer type");
  return T.ullong;
}

function arith(c: Checker, e: Expr, what: string, opPos: number): IntType | null {
  if (e.ty!.kind === "int") return e.ty as IntType;
  c.diags.error(opPos, `invalid operand to ${what} (${show(e.ty!)})`);
  return null;
}

function requireModifiableLvalue(c: Checker, e: Expr, pos: number): void {
  if (!isLvalue(e)) {
    c.diags.error(pos, "expression is not assignable");
    return;
  }
  const t = e.ty!;
  if (t.kind === "array") c.diags.error(pos, `array type ${show(t)} is not assignable`);
  else if (t.isConst) {
    const name = e.kind === "ident" ? `variable '${e.name}'` : e.kind === "member" ? `member '${e.name}'` : "location";
    c.diags.error(pos, `cannot assign to ${name} with const-qualified type ${show(t)}`);
  } else if (t.kind === "struct" && t.info.members.some((m) => m.type.isConst)) {
    c.diags.error(pos, `cannot assign to a struct with a const member`);
  } else if (t.kind === "function") c.diags.error(pos, "expression is not assignable");
}

const funcNameCache = new WeakMap<FuncSym, VarSym>();

/** Types an expression without decaying it (so sizeof and & see arrays). */
export function checkExpr(c: Checker, e: Expr): Expr {
  if (e.ty !== undefined) return e; // already checked (initializer probing)
  switch (e.kind) {
    case "intLit":
      e.ty = intLitType(c, e);
      return e;
    case "charLit":
      e.ty = T.int;
      return e;
    case "floatLit":
      c.diags.error(e.pos, "floating point is not supported yet");
      e.ty = T.int;
      return e;
    case "stringLit":
      e.ty = arrayOf(T.char, e.bytes.length + 1);
      return e;
    case "ident": {
      let s = c.lookup(e.name);
      if (!s && e.name === "__func__" && c.fn) {
        let v = funcNameCache.get(c.fn.sym);
        if (!v) {
          const bytes = [...Buffer.from(c.fn.sym.name, "utf8")];
          const lit: StringLit = { kind: "stringLit", pos: e.pos, bytes, ty: arrayOf(T.char, bytes.length + 1) };
          v = { kind: "var", name: "__func__", type: { ...arrayOf(T.char, bytes.length + 1), isConst: false }, storage: "static", linkName: `__func__.${c.fn.sym.name}`, binding: "local", offset: 0, defined: true, init: [{ offset: 0, type: arrayOf(T.char, bytes.length + 1), expr: lit }], pos: e.pos, used: true };
          funcNameCache.set(c.fn.sym, v);
          c.addStaticLocal(v);
        }
        s = v;
      }
      if (!s) {
        c.diags.error(e.pos, `use of undeclared identifier '${e.name}'`);
        e.ty = T.int;
        return e;
      }
      e.sym = s;
      switch (s.kind) {
        case "var":
          s.used = true;
          e.ty = s.type;
          return e;
        case "func":
          c.usedFuncs.add(s);
          e.ty = s.type;
          return e;
        case "enumConst": {
          const lit: IntLit = { kind: "intLit", pos: e.pos, value: BigInt(s.value), suffix: "", nonDecimal: false, ty: T.int };
          return lit;
        }
        case "typedef":
          c.diags.error(e.pos, `unexpected type name '${e.name}': expected expression`);
          e.ty = T.int;
          return e;
        default:
          return assertNever(s, "symbol");
      }
    }
    case "binary":
      return binary(c, e);
    case "assign": {
      e.target = checkExpr(c, e.target);
      e.value = rvalue(c, e.value);
      const tt = e.target.ty!;
      requireModifiableLvalue(c, e.target, e.target.pos);
      if (e.op === "=") {
        e.value = convertForAssign(c, e.value, tt, "assign");
      } else {
        const op = e.op.slice(0, -1);
        const vt = e.value.ty!;
        if (tt.kind === "pointer" && (op === "+" || op === "-")) {
          if (vt.kind !== "int") c.diags.error(e.opPos, `invalid operands to binary expression (${show(tt)} and ${show(vt)})`);
          else if (!isComplete(tt.to)) c.diags.error(e.opPos, `arithmetic on a pointer to an incomplete type ${show(tt.to)}`);
        } else if (tt.kind !== "int" || vt.kind !== "int") {
          c.diags.error(e.opPos, `invalid operands to binary expression (${show(tt)} and ${show(vt)})`);
        } else if ((op === "/" || op === "%") && constEvalExpr(c, e.value, null, true) === 0n) {
          c.diags.warning(e.value.pos, `division by zero is undefined`);
        }
      }
      e.ty = unqualified(tt);
      return e;
    }
    case "unary":
      return unary(c, e);
    case "incDec": {
      e.operand = checkExpr(c, e.operand);
      const t = e.operand.ty!;
      requireModifiableLvalue(c, e.operand, e.operand.pos);
      if (!isScalar(t)) c.diags.error(e.pos, `cannot ${e.op === "++" ? "increment" : "decrement"} value of type ${show(t)}`);
      else if (t.kind === "pointer" && !isComplete(t.to)) c.diags.error(e.pos, `arithmetic on a pointer to an incomplete type ${show(t.to)}`);
      e.ty = unqualified(t);
      return e;
    }
    case "cond": {
      e.cond = condition(c, e.cond);
      e.then = rvalue(c, e.then);
      e.else = rvalue(c, e.else);
      const a = e.then.ty!;
      const b = e.else.ty!;
      if (a.kind === "int" && b.kind === "int") {
        const t = usualArithmetic(a, b);
        e.then = implicitCast(e.then, t);
        e.else = implicitCast(e.else, t);
        e.ty = t;
      } else if (a.kind === "void" && b.kind === "void") e.ty = T.void;
      else if (a.kind === "struct" && b.kind === "struct" && a.info === b.info) e.ty = unqualified(a);
      else if (a.kind === "pointer" && (b.kind === "int" && isNullPointerConstant(c, e.else))) {
        e.else = implicitCast(e.else, a);
        e.ty = a;
      } else if (b.kind === "pointer" && a.kind === "int" && isNullPointerConstant(c, e.then)) {
        e.then = implicitCast(e.then, b);
        e.ty = b;
      } else if (a.kind === "pointer" && b.kind === "pointer") {
        if (a.to.kind === "void" || b.to.kind === "void") e.ty = pointerTo({ ...T.void, isConst: a.to.isConst || b.to.isConst });
        else {
          if (!compatible(unqualified(a.to), unqualified(b.to))) c.diags.warning(e.pos, `pointer type mismatch (${show(a)} and ${show(b)})`);
          e.ty = a.to.isConst || !b.to.isConst ? a : b;
        }
        e.then = implicitCast(e.then, e.ty);
        e.else = implicitCast(e.else, e.ty);
      } else {
        c.diags.error(e.pos, `incompatible operand types (${show(a)} and ${show(b)})`);
        e.ty = a;
      }
      return e;
    }
    case "call":
      return call(c, e);
    case "index": {
      e.base = rvalue(c, e.base);
      e.index = rvalue(c, e.index);
      let bt = e.base.ty!;
      let it = e.index.ty!;
      if (bt.kind === "int" && it.kind === "pointer") {
        const tmp = e.base;
        e.base = e.index;
        e.index = tmp;
        bt = e.base.ty!;
        it = e.index.ty!;
      }
      if (bt.kind !== "pointer") {
        c.diags.error(e.pos, "subscripted value is not an array, pointer, or vector");
        e.ty = T.int;
        return e;
      }
      if (it.kind !== "int") c.diags.error(e.index.pos, "array subscript is not an integer");
      if (!isComplete(bt.to)) c.diags.error(e.pos, `subscript of pointer to incomplete type ${show(bt.to)}`);
      e.ty = bt.to;
      return e;
    }
    case "member": {
      e.base = e.arrow ? rvalue(c, e.base) : checkExpr(c, e.base);
      let st = e.base.ty!;
      if (e.arrow) {
        if (st.kind !== "pointer") {
          c.diags.error(e.namePos - 2, `member reference type ${show(st)} is not a pointer${st.kind === "struct" ? "; did you mean to use '.'?" : ""}`);
          e.ty = T.int;
          return e;
        }
        st = st.to;
      } else if (st.kind === "pointer" && st.to.kind === "struct") {
        c.diags.error(e.namePos - 1, `member reference type ${show(st)} is a pointer; did you mean to use '->'?`);
        st = st.to;
      }
      if (st.kind !== "struct") {
        c.diags.error(e.base.pos, `member reference base type ${show(st)} is not a structure or union`);
        e.ty = T.int;
        return e;
      }
      if (!st.info.complete) {
        c.diags.error(e.base.pos, `incomplete definition of type ${show(st)}`);
        e.ty = T.int;
        return e;
      }
      const m = st.info.members.find((x) => x.name === e.name);
      if (!m) {
        c.diags.error(e.namePos, `no member named '${e.name}' in ${show(unqualified(st))}`);
        e.ty = T.int;
        return e;
      }
      e.member = m;
      // Qualifiers of the struct object carry over to its members.
      e.ty = st.isConst || st.isVolatile ? ({ ...m.type, isConst: m.type.isConst || st.isConst, isVolatile: m.type.isVolatile || st.isVolatile } as CType) : m.type;
      return e;
    }
    case "cast": {
      const to = typeNameType(c, e.typeName);
      e.operand = rvalue(c, e.operand);
      const from = e.operand.ty!;
      if (to.kind === "void") {
        e.ty = T.void;
        return e;
      }
      if (!isScalar(to)) {
        c.diags.error(e.pos, `used type ${show(to)} where arithmetic or pointer type is required`);
      } else if (!isScalar(from)) {
        c.diags.error(e.operand.pos, `operand of type ${show(from)} where arithmetic or pointer type is required`);
      } else if (to.kind === "pointer" && from.kind === "int" && from.size === 8) {
        c.diags.warning(e.pos, `cast to pointer from integer of different size`);
      }
      e.ty = unqualified(to);
      return e;
    }
    case "sizeofType":
    case "sizeofExpr": {
      let t: CType;
      if (e.kind === "sizeofType") t = typeNameType(c, e.typeName);
      else t = checkExpr(c, e.operand).ty!;
      if (t.kind === "function") c.diags.error(e.pos, "invalid application of 'sizeof' to a function type");
      else if (!isComplete(t) && t.kind !== "void") c.diags.error(e.pos, `invalid application of 'sizeof' to an incomplete type ${show(t)}`);
      const lit: IntLit = { kind: "intLit", pos: e.pos, value: BigInt(Math.max(sizeOf(t), 1)), suffix: "u", nonDecimal: false, ty: T.uint };
      return lit;
    }
    case "comma":
      e.left = checkExpr(c, e.left);
      e.right = rvalue(c, e.right);
      e.ty = e.right.ty!;
      return e;
    case "implicitCast":
      return e;
    case "compoundLit":
      c.diags.error(e.pos, "compound literals are not supported yet");
      e.ty = T.int;
      return e;
    default:
      return assertNever(e, "expression");
  }
}

function binary(c: Checker, e: Extract<Expr, { kind: "binary" }>): Expr {
  e.left = rvalue(c, e.left);
  e.right = rvalue(c, e.right);
  const a = e.left.ty!;
  const b = e.right.ty!;
  const bad = () => {
    c.diags.error(e.opPos, `invalid operands to binary expression (${show(a)} and ${show(b)})`);
    e.ty = T.int;
    return e;
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
        const ok = compatible(unqualified(a.to), unqualified(b.to)) || ((e.op === "==" || e.op === "!=") && (a.to.kind === "void" || b.to.kind === "void"));
        if (!ok) c.diags.warning(e.opPos, `comparison of distinct pointer types (${show(a)} and ${show(b)})`);
      } else if (a.kind === "pointer" && b.kind === "int") {
        if (!isNullPointerConstant(c, e.right)) c.diags.warning(e.opPos, `comparison between pointer and integer (${show(a)} and ${show(b)})`);
        e.right = implicitCast(e.right, a);
      } else if (a.kind === "int" && b.kind === "pointer") {
        if (!isNullPointerConstant(c, e.left)) c.diags.warning(e.opPos, `comparison between pointer and integer (${show(a)} and ${show(b)})`);
        e.left = implicitCast(e.left, b);
      } else return bad();
      e.ty = T.int;
      return e;
    }
    default:
      return assertNever(e.op, "binary operator");
  }
}

function unary(c: Checker, e: Extract<Expr, { kind: "unary" }>): Expr {
  switch (e.op) {
    case "&": {
      e.operand = checkExpr(c, e.operand);
      const t = e.operand.ty!;
      if (t.kind !== "function" && !isLvalue(e.operand)) {
        c.diags.error(e.pos, "cannot take the address of an rvalue of type " + show(t));
      }
      e.ty = pointerTo(t);
      return e;
    }
    case "*": {
      e.operand = rvalue(c, e.operand);
      const t = e.operand.ty!;
      if (t.kind !== "pointer") {
        c.diags.error(e.pos, `indirection requires pointer operand (${show(t)} invalid)`);
        e.ty = T.int;
        return e;
      }
      e.ty = t.to;
      return e;
    }
    case "-":
    case "+":
    case "~": {
      e.operand = rvalue(c, e.operand);
      const t = e.operand.ty!;
      if (t.kind !== "int") {
        c.diags.error(e.pos, `invalid argument type ${show(t)} to unary expression`);
        e.ty = T.int;
        return e;
      }
      const p = promote(t);
      e.operand = implicitCast(e.operand, p);
      e.ty = p;
      return e;
    }
    case "!": {
      e.operand = rvalue(c, e.operand);
      if (!isScalar(e.operand.ty!)) c.diags.error(e.pos, `invalid argument type ${show(e.operand.ty!)} to unary expression`);
      e.ty = T.int;
      return e;
    }
    default:
      return assertNever(e.op, "unary operator");
  }
}

function call(c: Checker, e: Extract<Expr, { kind: "call" }>): Expr {
  if (e.callee.kind === "ident" && !c.lookup(e.callee.name)) {
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
    c.diags.error(e.pos, `called object type ${show(ct)} is not a function or function pointer`);
    e.args = e.args.map((a) => rvalue(c, a));
    e.ty = T.int;
    return e;
  }
  const ft = ct.to;
  const fdesc = fname ? `function '${fname}'` : "function call";
  if (ft.prototyped) {
    const n = ft.params.length;
    if (e.args.length < n) {
      c.diags.error(e.pos, `too few arguments to ${fdesc} (expected ${ft.variadic ? "at least " : ""}${n}, got ${e.args.length})`);
    } else if (e.args.length > n && !ft.variadic) {
      c.diags.error(e.args[n]!.pos, `too many arguments to ${fdesc} (expected ${n}, got ${e.args.length})`);
    }
  }
  e.args = e.args.map((a, i) => {
    const x = rvalue(c, a);
    const pt = ft.prototyped ? ft.params[i] : undefined;
    if (pt) return convertForAssign(c, x, pt, "argument", fname ?? undefined);
    // Default argument promotions for variadic and unprototyped arguments.
    if (x.ty!.kind === "int") return implicitCast(x, promote(x.ty as IntType));
    if (x.ty!.kind === "void") c.diags.error(x.pos, "argument may not have 'void' type");
    return x;
  });
  if (ft.ret.kind === "struct" && !isComplete(ft.ret)) c.diags.error(e.pos, `calling function with incomplete return type ${show(ft.ret)}`);
  e.ty = ft.ret;
  return e;
}

// ---------------------------------------------------------------------------------------
// Initializers (C99 6.7.8), flattened into stores at offsets
// ---------------------------------------------------------------------------------------

function isCharArray(t: CType): boolean {
  return t.kind === "array" && t.of.kind === "int" && t.of.size === 1;
}

class InitFlattener {
  readonly out: InitItem[] = [];
  constructor(
    private readonly c: Checker,
    private readonly isStatic: boolean,
  ) {}

  /** Initializes the object of type t at off from a complete initializer; returns t with any array length fixed. */
  full(t: CType, off: number, init: Initializer): CType {
    if (init.kind === "initExpr") {
      if (isCharArray(t) && init.expr.kind === "stringLit") return this.string(t, off, init.expr);
      if (t.kind === "array") {
        this.c.diags.error(init.pos, "array initializer must be an initializer list or string literal");
        return t;
      }
      const x = rvalue(this.c, init.expr);
      if (t.kind === "struct" && x.ty!.kind === "struct") {
        if (x.ty!.info !== t.info) this.c.diags.error(init.pos, `initializing ${show(t)} with an expression of incompatible type ${show(x.ty!)}`);
        else this.out.push({ offset: off, type: t, expr: x });
        return t;
      }
      if (t.kind === "struct") {
        this.c.diags.error(init.pos, `initializing ${show(t)} with an expression of incompatible type ${show(x.ty!)}`);
        return t;
      }
      this.out.push({ offset: off, type: unqualified(t), expr: convertForAssign(this.c, x, t, "init") });
      return t;
    }
    // A braced list.
    if (t.kind === "array" || t.kind === "struct") {
      // `char s[] = {"abc"}` is allowed: a string in braces.
      if (isCharArray(t) && init.items.length === 1 && init.items[0]!.designators.length === 0) {
        const only = init.items[0]!.init;
        if (only.kind === "initExpr" && only.expr.kind === "stringLit") return this.string(t, off, only.expr);
      }
      const r = this.aggregate(t, off, init, 0, true);
      return r.type;
    }
    if (init.items.length === 0) {
      this.c.diags.error(init.pos, "scalar initializer cannot be empty");
      return t;
    }
    if (init.items.length > 1) this.c.diags.warning(init.items[1]!.pos, "excess elements in scalar initializer");
    const first = init.items[0]!;
    if (first.designators.length > 0) this.c.diags.error(first.pos, "designator in initializer for scalar type " + show(t));
    return this.full(t, off, first.init);
  }

  private string(t: CType, off: number, s: StringLit): CType {
    if (t.kind !== "array") return t;
    s.ty = arrayOf(T.char, s.bytes.length + 1);
    const len = t.length ?? s.bytes.length + 1;
    if (s.bytes.length > len) this.c.diags.warning(s.pos, "initializer-string for char array is too long");
    const at: CType = arrayOf(t.of, len);
    this.out.push({ offset: off, type: at, expr: s });
    return at;
  }

  /**
   * Fills aggregate t from list items starting at index i. When `braced`, the list belongs
   * to t itself; otherwise t is a sub-object initialized by brace elision and stops when full.
   */
  private aggregate(t: CType, off: number, list: InitList, i: number, braced: boolean): { next: number; type: CType } {
    const items = list.items;
    let pos = 0; // element index or member index
    let maxIndex = -1;
    const isArray = t.kind === "array";
    const elemType = t.kind === "array" ? t.of : null;
    const members = t.kind === "struct" ? t.info.members : [];
    const limit = t.kind === "array" ? (t.length ?? Infinity) : t.kind === "struct" ? (t.info.isUnion ? 1 : members.length) : 0;
    while (i < items.length) {
      const item = items[i]!;
      if (item.designators.length > 0) {
        if (!braced) break; // a designator belongs to the enclosing braced list
        const d = item.designators[0]!;
        if (d.kind === "index") {
          if (!isArray) {
            this.c.diags.error(d.pos, `array designator cannot initialize non-array type ${show(t)}`);
            i++;
            continue;
          }
          const v = constEvalExpr(this.c, checkExpr(this.c, d.index), "array designator");
          if (v === null) {
            i++;
            continue;
          }
          if (v < 0n || (Number.isFinite(limit) && v >= BigInt(limit))) {
            this.c.diags.error(d.pos, `array designator index (${v}) exceeds array bounds (${limit})`);
            i++;
            continue;
          }
          pos = Number(v);
        } else {
          const idx = members.findIndex((m) => m.name === d.name);
          if (t.kind !== "struct" || idx < 0) {
            this.c.diags.error(d.pos, t.kind === "struct" ? `field designator '${d.name}' does not refer to any field in type ${show(t)}` : `field designator cannot initialize a non-struct, non-union type ${show(t)}`);
            i++;
            continue;
          }
          pos = idx;
        }
        const sub = isArray ? elemType! : members[pos]!.type;
        const subOff = off + (isArray ? pos * sizeOf(elemType!) : members[pos]!.offset);
        if (item.designators.length > 1) {
          const rest: InitList = { kind: "initList", pos: item.pos, items: [{ designators: item.designators.slice(1), init: item.init, pos: item.pos }] };
          if (sub.kind === "array" || sub.kind === "struct") this.aggregate(sub, subOff, rest, 0, true);
          else this.c.diags.error(item.designators[1]!.pos, `designator into scalar type ${show(sub)}`);
          i++;
        } else {
          i = this.element(sub, subOff, list, i);
        }
        maxIndex = Math.max(maxIndex, pos);
        pos++;
        continue;
      }
      if (pos >= limit) {
        if (!braced) break;
        this.c.diags.warning(item.pos, `excess elements in ${isArray ? "array" : t.kind === "struct" && t.info.isUnion ? "union" : "struct"} initializer`);
        break;
      }
      const sub = isArray ? elemType! : members[pos]!.type;
      const subOff = off + (isArray ? pos * sizeOf(elemType!) : members[pos]!.offset);
      i = this.element(sub, subOff, list, i);
      maxIndex = Math.max(maxIndex, pos);
      pos++;
    }
    if (t.kind === "array" && t.length === null) return { next: i, type: arrayOf(t.of, maxIndex + 1) };
    return { next: i, type: t };
  }

  /** Initializes sub-object `sub` from items[i] (with brace elision); returns the next index. */
  private element(sub: CType, off: number, list: InitList, i: number): number {
    const item = list.items[i]!;
    const init = item.init;
    if (init.kind === "initList") {
      this.full(sub, off, init);
      return i + 1;
    }
    if (sub.kind === "array" || sub.kind === "struct") {
      if (isCharArray(sub) && init.expr.kind === "stringLit") {
        this.string(sub, off, init.expr);
        return i + 1;
      }
      if (sub.kind === "struct") {
        // A struct-typed expression initializes the whole member (not brace elision).
        const probe = checkExprType(this.c, init.expr);
        if (probe.kind === "struct") {
          this.full(sub, off, init);
          return i + 1;
        }
      }
      const elided: InitList = { kind: "initList", pos: item.pos, items: list.items.map((it, k) => (k === i ? { ...it, designators: [] } : it)) };
      return this.aggregate(sub, off, elided, i, false).next;
    }
    this.full(sub, off, init);
    return i + 1;
  }
}

/** The type of an expression without reporting twice: checks a throwaway copy-free probe. */
function checkExprType(c: Checker, e: Expr): CType {
  if (e.ty) return e.ty;
  const x = checkExpr(c, e);
  return x.ty!;
}

/**
 * Checks the initializer of `sym`, fixing an incomplete array's length from it, and returns
 * the flattened stores. For static storage every value must be a constant expression; that
 * is verified by the code generator, which evaluates them.
 */
export function checkInitializer(c: Checker, sym: VarSym, init: Initializer, isStatic: boolean): InitItem[] {
  const f = new InitFlattener(c, isStatic);
  const t = f.full(sym.type, 0, init);
  if (t !== sym.type) sym.type = t;
  return f.out;
}

export type { PointerType };
