/**
 * @fileoverview Initializers (C99 6.7.8), flattened into stores at byte offsets, and
 * compound literals (C99 6.5.2.5), which are anonymous objects with such an initializer.
 */

import { stringUnit, type CompoundLit, type Expr, type Ident, type Initializer, type InitList, type StringLit } from "./ast.js";
import type { Checker } from "./check.js";
import { checkExpr, convertForAssign, isBroken, rvalue, stringLitType } from "./check-expr.js";
import { typeNameType } from "./check-types.js";
import { constEvalExpr } from "./consteval.js";
import type { CheckedCompoundLit, InitItem, VarSym } from "./symbols.js";
import { T, arrayOf, isComplete, sizeOf, typeToString, unqualified, type CType } from "./types.js";

const show = (t: CType) => `'${typeToString(t)}'`;

/** An array a string literal can initialize: of characters, or of wchar_t (a 4-byte integer) for wide ones. */
function isStringArray(t: CType): boolean {
  return t.kind === "array" && t.of.kind === "int" && (t.of.size === 1 || t.of.size === 4);
}

class InitFlattener {
  readonly out: InitItem[] = [];
  constructor(private readonly c: Checker) {}

  /** Initializes the object of type t at off from a complete initializer; returns t with any array length fixed. */
  full(t: CType, off: number, init: Initializer): CType {
    if (init.kind === "initExpr") {
      if (isStringArray(t) && init.expr.kind === "stringLit") return this.string(t, off, init.expr);
      if (t.kind === "array") {
        const x = checkExpr(this.c, init.expr);
        if (!isBroken(x)) this.c.diags.error(init.pos, "array initializer must be an initializer list or string literal");
        return t;
      }
      const x = rvalue(this.c, init.expr);
      if (t.kind === "struct") {
        if (isBroken(x)) return t;
        if (x.ty!.kind !== "struct" || x.ty!.info !== t.info) {
          this.c.diags.error(init.pos, `initializing ${show(t)} with an expression of incompatible type ${show(x.ty!)}`);
        } else this.out.push({ offset: off, type: unqualified(t), expr: x });
        return t;
      }
      this.out.push({ offset: off, type: unqualified(t), expr: convertForAssign(this.c, x, t, "init") });
      return t;
    }
    // A braced list.
    if (t.kind === "array" || t.kind === "struct") {
      // `char s[] = {"abc"}` is allowed: a string in braces.
      if (isStringArray(t) && init.items.length === 1 && init.items[0]!.designators.length === 0) {
        const only = init.items[0]!.init;
        if (only.kind === "initExpr" && only.expr.kind === "stringLit") return this.string(t, off, only.expr);
      }
      return this.aggregate(t, off, init, 0, true).type;
    }
    if (init.items.length === 0) {
      this.c.diags.error(init.pos, "scalar initializer cannot be empty");
      return t;
    }
    const first = init.items[0]!;
    if (first.designators.length > 0) {
      this.c.diags.error(first.pos, `designator in initializer for scalar type ${show(t)}`);
      return t;
    }
    const r = this.full(t, off, first.init);
    if (init.items.length > 1) this.c.diags.error(init.items[1]!.pos, "excess elements in scalar initializer");
    return r;
  }

  private string(t: CType, off: number, s: StringLit): CType {
    if (t.kind !== "array") return t;
    const unit = stringUnit(s);
    s.ty = stringLitType(s);
    if (sizeOf(t.of) !== unit) {
      // C99 6.7.8p14-15: a char array takes a plain literal, a wchar_t array a wide one.
      this.c.diags.error(s.pos, unit === 4 ? "initializing char array with wide string literal" : "initializing wide char array with non-wide string literal");
      return t.length === null ? arrayOf(t.of, s.bytes.length / unit + 1) : t;
    }
    const chars = s.bytes.length / unit;
    const len = t.length ?? chars + 1;
    // The terminating NUL may be dropped (C99 6.7.8p14), nothing more.
    if (chars > len) this.c.diags.error(s.pos, `initializer-string for ${unit === 4 ? "wchar_t" : "char"} array is too long (${chars} characters for ${len} elements)`);
    const at: CType = arrayOf(t.of, len);
    this.out.push({ offset: off, type: at, expr: s });
    return at;
  }

  /**
   * Fills aggregate t from list items starting at index i. When `braced`, the list belongs
   * to t itself; otherwise t is a sub-object initialized by brace elision and stops when full.
   * `firstSkip`: the designators of items[i] that enclosing objects used up. What is left
   * of them (`.y` of `.in.y = 2`) names a sub-object of t, and initialization continues
   * after it within t (C99 6.7.8p17); with nothing left, items[i] is undesignated here.
   * (Skipping instead of copying the list keeps a long initializer linear.)
   */
  private aggregate(t: CType, off: number, list: InitList, i: number, braced: boolean, firstSkip = 0): { next: number; type: CType } {
    const items = list.items;
    const start = i;
    let pos = 0; // element index or member index
    let maxIndex = -1;
    const isArray = t.kind === "array";
    const elemType = t.kind === "array" ? t.of : null;
    const members = t.kind === "struct" ? t.info.members : [];
    const limit = t.kind === "array" ? (t.length ?? Infinity) : t.kind === "struct" ? (t.info.isUnion ? Math.min(1, members.length) : members.length) : 0;
    while (i < items.length) {
      const item = items[i]!;
      const skip = i === start ? firstSkip : 0;
      const ds = item.designators;
      if (ds.length > skip) {
        // A designator belongs to the enclosing braced list.
        if (!braced && skip === 0) break;
        const d = ds[skip]!;
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
          // an array sized by its initializer obeys the limit of a declared size
          if (!Number.isFinite(limit) && (v + 1n) * BigInt(Math.max(1, sizeOf(elemType!))) > 0x7fffffffn) {
            this.c.diags.error(d.pos, "array is too large");
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
        if (ds.length > skip + 1) {
          if (sub.kind === "array" || sub.kind === "struct") {
            // The following undesignated items go on filling `sub` after the designated part.
            i = this.aggregate(sub, subOff, list, i, false, skip + 1).next;
          } else {
            this.c.diags.error(ds[skip + 1]!.pos, `designator into scalar type ${show(sub)}`);
            i++;
          }
        } else {
          i = this.element(sub, subOff, list, i);
        }
        maxIndex = Math.max(maxIndex, pos);
        pos++;
        continue;
      }
      if (pos >= limit) {
        if (!braced) break;
        this.c.diags.error(item.pos, `excess elements in ${isArray ? "array" : t.kind === "struct" && t.info.isUnion ? "union" : "struct"} initializer`);
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
      if (isStringArray(sub) && init.expr.kind === "stringLit") {
        this.string(sub, off, init.expr);
        return i + 1;
      }
      if (sub.kind === "struct") {
        // A struct-typed expression initializes the whole member (not brace elision).
        // The checked expression replaces the original so it is not checked twice.
        init.expr = checkExpr(this.c, init.expr);
        if (init.expr.ty!.kind === "struct" || isBroken(init.expr)) {
          this.full(sub, off, init);
          return i + 1;
        }
      }
      // Brace elision: items[i] (its designators used up) starts filling sub.
      return this.aggregate(sub, off, list, i, false, item.designators.length).next;
    }
    this.full(sub, off, init);
    return i + 1;
  }
}

/**
 * Checks the initializer of `sym`, fixing an incomplete array's length from it, and returns
 * the flattened stores. For static storage every value must be a constant expression; that
 * is verified by the code generator, which evaluates them.
 */
export function checkInitializer(c: Checker, sym: VarSym, init: Initializer): InitItem[] {
  const f = new InitFlattener(c);
  const t = f.full(sym.type, 0, init);
  if (t !== sym.type) sym.type = t;
  return f.out;
}

/**
 * `(T){...}`: an anonymous object initialized from the list. At file scope it has static
 * storage and is replaced by a reference to it; in a function it is an automatic object
 * the code generator initializes each time the expression is evaluated.
 */
export function compoundLiteral(c: Checker, e: CompoundLit): Expr {
  let t = typeNameType(c, e.typeName);
  if (t.kind === "function") {
    c.diags.error(e.pos, `compound literal has function type ${show(t)}`);
    t = T.int;
  } else if (!isComplete(t) && !(t.kind === "array" && t.length === null && isComplete(t.of))) {
    c.diags.error(e.pos, `compound literal has incomplete type ${show(t)}`);
    t = T.int;
  }
  const fileScope = c.fn === null;
  const name = "(compound literal)";
  const sym: VarSym = {
    kind: "var",
    name,
    type: t,
    storage: fileScope ? "static" : "local",
    linkName: fileScope ? `__compound_literal.${c.nextStaticId()}` : name,
    binding: "local",
    offset: 0,
    defined: true,
    init: null,
    pos: e.pos,
    used: true,
  };
  sym.init = checkInitializer(c, sym, e.init);
  if (fileScope) {
    c.addStaticLocal(sym);
    const ref: Ident = { kind: "ident", pos: e.pos, name, sym, ty: sym.type };
    return ref;
  }
  c.fn!.locals.push(sym);
  const lit = e as CheckedCompoundLit;
  lit.object = sym;
  lit.ty = sym.type;
  return lit;
}
