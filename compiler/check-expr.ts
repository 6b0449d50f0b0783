/**
 * @fileoverview Typing expressions (C99 6.5): every node gets `ty`; conversions C performs
 * implicitly become explicit ImplicitCast nodes, so the code generator never has to
 * rediscover a promotion; constraint violations are reported with clang-like wording.
 */

import { stringUnit, type Expr, type ImplicitCast, type IntLit, type StringLit } from "./ast.js";
import type { Checker } from "./check.js";
import { compoundLiteral } from "./check-init.js";
import { binary, call, unary } from "./check-ops.js";
import { typeNameType } from "./check-types.js";
import { constEvalExpr } from "./consteval.js";
import type { FuncSym, VarSym } from "./symbols.js";
import {
  T,
  arrayOf,
  assertNever,
  compatible,
  isComplete,
  isInteger,
  isScalar,
  pointerTo,
  sizeOf,
  typeToString,
  unqualified,
  usualArithmetic,
  type CType,
  type IntType,
  type PointerType,
} from "./types.js";

export const show = (t: CType) => `'${typeToString(t)}'`;

/**
 * Expressions whose error has already been reported (an undeclared name, a bad operand).
 * Everything built on them stays quiet, so one mistake gives one message, not a cascade.
 */
const broken = new WeakSet<Expr>();

export function isBroken(e: Expr): boolean {
  return broken.has(e);
}

/** Marks e as erroneous (its error was reported) and gives it a stand-in type. */
export function fail(e: Expr, ty: CType = T.int): Expr {
  e.ty = ty;
  broken.add(e);
  return e;
}

/**
 * The offset of the punctuator `tok` written just before `pos` (blanks and opening
 * parentheses skipped), e.g. the `->` before a member name or the `?` before the second
 * operand of `?:`; `fallback` when the text there is something else.
 */
export function tokenBefore(c: Checker, pos: number, tok: string, fallback: number): number {
  const text = c.diags.map?.src.text;
  if (text === undefined) return fallback;
  let i = pos - 1;
  while (i >= 0 && (text[i] === " " || text[i] === "\t" || text[i] === "\n" || text[i] === "\r" || text[i] === "(")) i--;
  const start = i - tok.length + 1;
  return start >= 0 && text.slice(start, i + 1) === tok ? start : fallback;
}

export function implicitCast(e: Expr, to: CType): Expr {
  const from = e.ty;
  if (from && from === to) return e;
  const n: ImplicitCast = { kind: "implicitCast", pos: e.pos, operand: e, ty: to };
  if (broken.has(e)) broken.add(n);
  return n;
}

/** Checks e and applies lvalue conversion: arrays and functions decay to pointers. */
export function rvalue(c: Checker, e: Expr): Expr {
  const x = checkExpr(c, e);
  const t = x.ty!;
  // The value of an enum known only from a forward reference (`enum e; ... *p`).
  if (t.kind === "int" && t.forward !== undefined && !t.forward.complete && !broken.has(x)) {
    c.diags.error(x.pos, `incomplete type ${show(t)} where a complete type is required`);
    broken.add(x);
  }
  return decay(x);
}

export function decay(x: Expr): Expr {
  const t = x.ty!;
  let to: CType | null = null;
  if (t.kind === "array") to = pointerTo(t.of);
  else if (t.kind === "function") to = pointerTo(t);
  else if (t.isConst || t.isVolatile) to = unqualified(t);
  if (to === null) return x;
  const n: ImplicitCast = { kind: "implicitCast", pos: x.pos, operand: x, ty: to };
  if (broken.has(x)) broken.add(n);
  return n;
}

/** A controlling expression (if, while, for, ?:): must be scalar. */
export function condition(c: Checker, e: Expr): Expr {
  const x = rvalue(c, e);
  if (!isScalar(x.ty!) && !broken.has(x)) c.diags.error(x.pos, `statement requires expression of scalar type (${show(x.ty!)} invalid)`);
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

export type AssignContext = "assign" | "init" | "argument" | "return" | "switch";

/**
 * How clang words a conversion in each context: "assigning to 'char *' from 'int *'",
 * "initializing 'char *' with an expression of type 'int *'", "passing 'int *' to
 * parameter of type 'char *'", "returning 'int *' from a function with result type
 * 'char *'"; with `incompatible`, the "from incompatible type" forms.
 */
function conversionPhrase(context: AssignContext, from: CType, to: CType, incompatible: boolean): string {
  const inc = incompatible ? "incompatible " : "";
  switch (context) {
    case "assign":
      return `assigning to ${show(to)} from ${inc}${incompatible ? "type " : ""}${show(from)}`;
    case "init":
      return `initializing ${show(to)} with an expression of ${inc}type ${show(from)}`;
    case "argument":
      return `passing ${show(from)} to parameter of ${inc}type ${show(to)}`;
    case "return":
      return `returning ${show(from)} from a function with ${inc}result type ${show(to)}`;
    case "switch":
      return `converting ${show(from)} to ${inc}type ${show(to)}`;
    default:
      return assertNever(context, "conversion context");
  }
}

/**
 * Conversion as if by assignment (C99 6.5.16.1), used for assignment, initialization,
 * arguments and return. Reports incompatible types where clang puts its caret: at `at`
 * (the `=` of an assignment) or else at the converted expression. Stays quiet about an
 * expression whose own error was already reported.
 */
export function convertForAssign(c: Checker, e: Expr, to: CType, context: AssignContext, at = e.pos): Expr {
  const from = e.ty!;
  const target = unqualified(to);
  if (broken.has(e)) return implicitCast(e, target);
  const error = (prefix: string) => c.diags.error(at, `${prefix}${conversionPhrase(context, from, target, false)}`);
  if (target.kind === "int") {
    if (from.kind === "int") return implicitCast(e, target);
    if (from.kind === "pointer") {
      if (target.ik !== "bool") error("incompatible pointer to integer conversion ");
      return implicitCast(e, target);
    }
  } else if (target.kind === "pointer") {
    if (from.kind === "pointer") {
      const tp = target.to;
      const fp = from.to;
      const voidish = (tp.kind === "void" && fp.kind !== "function") || (fp.kind === "void" && tp.kind !== "function");
      if (!voidish && !compatible(unqualified(tp), unqualified(fp))) {
        error("incompatible pointer types ");
      } else if ((fp.isConst && !tp.isConst) || (fp.isVolatile && !tp.isVolatile)) {
        // A constraint of C99 6.5.16.1: the target must keep every qualifier.
        c.diags.error(at, `${conversionPhrase(context, from, target, false)} discards qualifiers`);
      }
      return implicitCast(e, target);
    }
    if (from.kind === "int") {
      if (!isNullPointerConstant(c, e)) error("incompatible integer to pointer conversion ");
      return implicitCast(e, target);
    }
  } else if (target.kind === "struct") {
    if (from.kind === "struct" && from.info === target.info) return e;
  } else if (target.kind === "void") {
    return e;
  }
  c.diags.error(at, conversionPhrase(context, from, target, true));
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

/**
 * Reports when e cannot be assigned to (C99 6.5.16p2: a modifiable lvalue), with the caret
 * at `pos` (the operator, as clang does). Returns whether e is assignable.
 */
function requireModifiableLvalue(c: Checker, e: Expr, pos: number): boolean {
  if (broken.has(e)) return false;
  const t = e.ty!;
  if (!isLvalue(e)) {
    if (t.kind === "function") c.diags.error(pos, `non-object type ${show(t)} is not assignable`);
    else c.diags.error(pos, "expression is not assignable");
    return false;
  }
  if (t.kind === "array") {
    c.diags.error(pos, `array type ${show(t)} is not assignable`);
    return false;
  }
  if (!isComplete(t)) {
    c.diags.error(pos, `incomplete type ${show(t)} is not assignable`);
    return false;
  }
  if (t.isConst) {
    const what = e.kind === "ident" ? `variable '${e.name}'` : e.kind === "member" ? `member '${e.name}'` : "a location";
    c.diags.error(pos, `cannot assign to ${what} with const-qualified type ${show(t)}`);
    return false;
  }
  if (t.kind === "struct") {
    const m = t.info.members.find((x) => x.type.isConst);
    if (m) {
      c.diags.error(pos, `cannot assign to a ${t.info.isUnion ? "union" : "struct"} with const-qualified member '${m.name}'`);
      return false;
    }
  }
  return true;
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
      e.ty = e.wide === true ? T.long : T.int; // L'x' is a wchar_t
      return e;
    case "floatLit":
      c.floatError(e.pos);
      return fail(e);
    case "stringLit":
      e.ty = stringLitType(e);
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
        // Like gcc, each undeclared name is reported once per function.
        if (!c.undeclared.has(e.name)) c.diags.error(e.pos, `use of undeclared identifier '${e.name}'`);
        c.undeclared.add(e.name);
        return fail(e);
      }
      e.sym = s;
      if (c.brokenSyms.has(s)) return fail(e, s.type);
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
          return fail(e);
        default:
          return assertNever(s, "symbol");
      }
    }
    case "binary":
      return binary(c, e);
    case "assign": {
      e.target = checkExpr(c, e.target);
      const tt = e.target.ty!;
      e.ty = unqualified(tt);
      // The target is judged before the value is checked, so messages come in source order.
      const assignable = requireModifiableLvalue(c, e.target, e.opPos);
      e.value = rvalue(c, e.value);
      if (broken.has(e.target)) return fail(e, e.ty);
      if (!assignable || broken.has(e.value)) return e;
      if (e.op === "=") {
        e.value = convertForAssign(c, e.value, tt, "assign", e.opPos);
        return e;
      }
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
      return e;
    }
    case "unary":
      return unary(c, e);
    case "incDec": {
      e.operand = checkExpr(c, e.operand);
      const t = e.operand.ty!;
      e.ty = unqualified(t);
      if (broken.has(e.operand)) return fail(e, e.ty);
      // clang's caret: the operator of a prefix ++, the operand of a postfix one.
      const at = e.prefix ? e.pos : e.operand.pos;
      if (!isScalar(t)) c.diags.error(at, `cannot ${e.op === "++" ? "increment" : "decrement"} value of type ${show(t)}`);
      else if (!requireModifiableLvalue(c, e.operand, at)) return e;
      else if (t.kind === "pointer" && !isComplete(t.to)) c.diags.error(at, `arithmetic on a pointer to an incomplete type ${show(t.to)}`);
      return e;
    }
    case "cond": {
      e.cond = condition(c, e.cond);
      e.then = rvalue(c, e.then);
      e.else = rvalue(c, e.else);
      const a = e.then.ty!;
      const b = e.else.ty!;
      if (broken.has(e.then) || broken.has(e.else)) return fail(e, broken.has(e.then) ? b : a);
      const qpos = tokenBefore(c, e.then.pos, "?", e.pos);
      if (a.kind === "int" && b.kind === "int") {
        const t = usualArithmetic(a, b);
        e.then = implicitCast(e.then, t);
        e.else = implicitCast(e.else, t);
        e.ty = t;
      } else if (a.kind === "void" && b.kind === "void") e.ty = T.void;
      else if (a.kind === "struct" && b.kind === "struct" && a.info === b.info) e.ty = unqualified(a);
      else if (a.kind === "pointer" && b.kind === "int" && isNullPointerConstant(c, e.else)) {
        e.else = implicitCast(e.else, a);
        e.ty = a;
      } else if (b.kind === "pointer" && a.kind === "int" && isNullPointerConstant(c, e.then)) {
        e.then = implicitCast(e.then, b);
        e.ty = b;
      } else if (a.kind === "pointer" && b.kind === "pointer") {
        const merged = { isConst: a.to.isConst || b.to.isConst, isVolatile: a.to.isVolatile || b.to.isVolatile };
        if (a.to.kind === "void" || b.to.kind === "void") e.ty = pointerTo({ ...T.void, ...merged });
        else {
          e.ty = pointerTo({ ...a.to, ...merged } as CType);
          if (!compatible(unqualified(a.to), unqualified(b.to))) {
            c.diags.error(qpos, `pointer type mismatch (${show(a)} and ${show(b)})`);
            return fail(e, e.ty);
          }
        }
        e.then = implicitCast(e.then, e.ty);
        e.else = implicitCast(e.else, e.ty);
      } else {
        c.diags.error(qpos, `incompatible operand types (${show(a)} and ${show(b)})`);
        return fail(e, a);
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
      if (broken.has(e.base)) return fail(e, bt.kind === "pointer" ? bt.to : T.int);
      if (bt.kind !== "pointer") {
        c.diags.error(e.base.pos, `subscripted value is not an array or pointer (it has type ${show(bt)})`);
        return fail(e);
      }
      e.ty = bt.to;
      if (it.kind !== "int" && !broken.has(e.index)) c.diags.error(e.index.pos, `array subscript is not an integer (it has type ${show(it)})`);
      else if (!isComplete(bt.to)) c.diags.error(e.base.pos, `subscript of pointer to incomplete type ${show(bt.to)}`);
      return e;
    }
    case "member": {
      e.base = e.arrow ? rvalue(c, e.base) : checkExpr(c, e.base);
      let st = e.base.ty!;
      if (broken.has(e.base)) return fail(e);
      const op = e.arrow ? "->" : ".";
      const opPos = tokenBefore(c, e.namePos, op, e.namePos - op.length);
      if (e.arrow) {
        if (st.kind !== "pointer") {
          c.diags.error(opPos, `member reference type ${show(st)} is not a pointer${st.kind === "struct" ? "; did you mean to use '.'?" : ""}`);
          return fail(e);
        }
        st = st.to;
      } else if (st.kind === "pointer" && st.to.kind === "struct") {
        c.diags.error(opPos, `member reference type ${show(st)} is a pointer; did you mean to use '->'?`);
        st = st.to;
      }
      if (st.kind !== "struct") {
        c.diags.error(opPos, `member reference base type ${show(st)} is not a structure or union`);
        return fail(e);
      }
      if (!st.info.complete) {
        c.diags.error(opPos, `incomplete definition of type ${show(unqualified(st))}`);
        return fail(e);
      }
      const m = st.info.members.find((x) => x.name === e.name);
      if (!m) {
        c.diags.error(e.namePos, `no member named '${e.name}' in ${show(unqualified(st))}`);
        return fail(e);
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
      e.ty = to.kind === "void" ? T.void : unqualified(to);
      if (to.kind === "void" || broken.has(e.operand)) return e;
      if (!isScalar(to)) {
        c.diags.error(e.pos, `used type ${show(to)} where arithmetic or pointer type is required`);
        return fail(e, e.ty);
      }
      if (!isScalar(from)) {
        c.diags.error(e.operand.pos, `operand of type ${show(from)} where arithmetic or pointer type is required`);
      } else if (to.kind === "pointer" && from.kind === "int" && from.size === 8) {
        c.diags.warning(e.pos, `cast to pointer from integer of different size`);
      }
      return e;
    }
    case "sizeofType":
    case "sizeofExpr": {
      // The operand is typed, never evaluated (C99 6.5.3.4p2): the result is a constant.
      let t: CType;
      let quiet = false;
      if (e.kind === "sizeofType") t = typeNameType(c, e.typeName);
      else {
        const x = checkExpr(c, e.operand);
        t = x.ty!;
        quiet = broken.has(x);
      }
      if (quiet) {
        // The operand's error was reported; its size is unknown.
      } else if (t.kind === "function") c.diags.error(e.pos, "invalid application of 'sizeof' to a function type");
      else if (!isComplete(t) && t.kind !== "void") c.diags.error(e.pos, `invalid application of 'sizeof' to an incomplete type ${show(t)}`);
      const lit: IntLit = { kind: "intLit", pos: e.pos, value: BigInt(Math.max(sizeOf(t), 1)), suffix: "u", nonDecimal: false, ty: T.uint };
      return lit;
    }
    case "comma":
      e.left = checkExpr(c, e.left);
      e.right = rvalue(c, e.right);
      e.ty = e.right.ty!;
      if (broken.has(e.right)) broken.add(e);
      return e;
    case "implicitCast":
      return e;
    case "compoundLit":
      return compoundLiteral(c, e);
    default:
      return assertNever(e, "expression");
  }
}

export type { PointerType };

/** The type of a string literal: char[n + 1], or wchar_t[n + 1] for `L"..."` (long, as gcc -m32's). */
export function stringLitType(s: StringLit): CType {
  return arrayOf(s.wide === true ? T.long : T.char, s.bytes.length / stringUnit(s) + 1);
}
