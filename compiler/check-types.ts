/**
 * @fileoverview Turning written types into semantic ones: declaration specifiers,
 * declarators, struct/union layout (i386 rules) and enums.
 */

import type { DeclSpec, Declarator, EnumSpec, FunctionDeclarator, StructSpec, TypeName } from "./ast.js";
import type { Checker } from "./check.js";
import { constEvalExpr, evalConstant } from "./consteval.js";
import { checkExpr } from "./check-expr.js";
import {
  T,
  alignOf,
  arrayOf,
  assertNever,
  isComplete,
  pointerTo,
  sizeOf,
  typeToString,
  unqualified,
  withQualifiers,
  type CType,
  type FunctionType,
  type IntType,
  type Member,
  type StructInfo,
} from "./types.js";

let nextStructId = 1;

/** The base type named by declaration specifiers (qualifiers applied). */
export function baseType(c: Checker, spec: DeclSpec): CType {
  let t: CType;
  if (spec.tagged) {
    if (spec.typeWords.length > 0) {
      c.diags.error(spec.typeWords[0]!.pos, "cannot combine with previous type specifier");
    }
    const tg = spec.tagged;
    switch (tg.kind) {
      case "structSpec":
        t = structType(c, tg);
        break;
      case "enumSpec":
        t = enumType(c, tg);
        break;
      case "typedefName": {
        const s = c.lookup(tg.name);
        if (s && s.kind === "typedef") t = s.type;
        else {
          c.diags.error(tg.pos, `unknown type name '${tg.name}'`);
          t = T.int;
        }
        break;
      }
      default:
        t = assertNever(tg, "type specifier");
    }
  } else {
    t = wordsType(c, spec);
  }
  // restrict is not kept in the type: it only promises something about aliasing.
  if (spec.restrictPos !== null && !restrictable(t)) c.diags.error(spec.restrictPos, "invalid use of 'restrict'");
  return withQualifiers(t, { isConst: spec.isConst, isVolatile: spec.isVolatile });
}

/**
 * Whether t may be restrict-qualified (C99 6.7.3p2): only a pointer to an object (or
 * incomplete) type; on an array type the qualifier goes to the element type (6.7.3p8).
 */
function restrictable(t: CType): boolean {
  let e = t;
  while (e.kind === "array") e = e.of;
  return e.kind === "pointer" && e.to.kind !== "function";
}

function wordsType(c: Checker, spec: DeclSpec): CType {
  const words = spec.typeWords;
  if (words.length === 0) {
    c.diags.warning(spec.pos, "type specifier missing, defaults to 'int'");
    return T.int;
  }
  // Counted in locals, not in an object keyed by word (a new V8 hidden class for each
  // combination of words, and a deoptimization of this hot function for each).
  let uns = false;
  let sign = false;
  let longs = 0;
  const others: string[] = [];
  for (const w of words) {
    if (w.word === "unsigned") uns = true;
    else if (w.word === "signed") sign = true;
    else if (w.word === "long") longs++;
    else others.push(w.word);
  }
  const fp = words.find((w) => w.word === "float" || w.word === "double");
  if (fp) {
    c.floatError(fp.pos);
    return T.int;
  }
  const bad = () => {
    c.diags.error(words[words.length - 1]!.pos, `invalid combination of type specifiers '${words.map((w) => w.word).join(" ")}'`);
    return T.int;
  };
  if (sign && uns) return bad();
  let other: string;
  if (others.length === 0) other = "int";
  else if (others.length === 1) other = others[0]!;
  else if (others.length === 2 && others.includes("short") && others.includes("int")) other = "short";
  else return bad();
  if (longs > 2) return bad();
  if (longs > 0 && other !== "int") return bad();
  switch (other) {
    case "void":
      return uns || sign || longs ? bad() : T.void;
    case "_Bool":
      return uns || sign || longs ? bad() : T.bool;
    case "char":
      return uns ? T.uchar : sign ? T.schar : T.char;
    case "short":
      return uns ? T.ushort : T.short;
    case "int":
      if (longs === 2) return uns ? T.ullong : T.llong;
      if (longs === 1) return uns ? T.ulong : T.long;
      return uns ? T.uint : T.int;
    default:
      return bad();
  }
}

function structType(c: Checker, s: StructSpec): CType {
  const kw = s.isUnion ? "union" : "struct";
  let info: StructInfo | undefined;
  if (s.tag !== null) {
    // A definition or a bare `struct S;` declares in the current scope; a reference
    // finds the innermost visible tag or, failing that, declares an incomplete one.
    const own = c.scope.tags.get(s.tag);
    const found = s.members !== null ? own : c.lookupTag(s.tag);
    if (found) {
      if (found.kind !== "struct" || found.info.isUnion !== s.isUnion) {
        c.diags.error(s.pos, `use of '${s.tag}' with tag type that does not match previous declaration`);
      } else info = found.info;
    }
  }
  if (!info) {
    info = { tag: s.tag, isUnion: s.isUnion, members: [], size: 0, align: 1, complete: false, id: nextStructId++ };
    if (s.tag !== null) c.scope.tags.set(s.tag, { kind: "struct", info });
  }
  if (s.members !== null) {
    if (info.complete) {
      c.diags.error(s.pos, `redefinition of '${kw} ${s.tag}'`);
      return { kind: "struct", info };
    }
    layoutStruct(c, info, s);
  }
  return { kind: "struct", info };
}

function layoutStruct(c: Checker, info: StructInfo, s: StructSpec): void {
  const members: Member[] = [];
  let offset = 0;
  let size = 0;
  let align = 1;
  const decls = s.members ?? [];
  decls.forEach((md, mi) => {
    const base = baseType(c, md.spec);
    if (md.declarators.length === 0) {
      c.diags.warning(md.pos, "declaration does not declare anything");
    }
    md.declarators.forEach((d, di) => {
      if (d.bitWidth) c.diags.error(d.bitWidth.pos, "bit-fields are not supported yet");
      const { type, name, pos } = applyDeclarator(c, base, d.declarator);
      const last = mi === decls.length - 1 && di === md.declarators.length - 1;
      const flexible = type.kind === "array" && type.length === null && last && !info.isUnion;
      if (type.kind === "function") {
        c.diags.error(pos, `field '${name}' declared as a function`);
        return;
      }
      if (!flexible && !isComplete(type)) {
        // an array of unknown size anywhere else gets gcc's more telling words
        const unsized = type.kind === "array" && type.length === null && isComplete(type.of);
        const msg = !unsized ? `field has incomplete type '${typeToString(type)}'` : info.isUnion ? "flexible array member in union" : "flexible array member not at end of struct";
        c.diags.error(pos, msg);
        return;
      }
      if (name !== null && members.some((m) => m.name === name)) {
        c.diags.error(pos, `duplicate member '${name}'`);
        return;
      }
      // C99 6.7.2.1p16: a flexible array member needs a named member before it (the
      // struct would otherwise have no object to speak of: size 0).
      if (flexible && !members.some((m) => m.name !== "")) {
        c.diags.error(pos, "flexible array member in a struct with no named members");
      }
      const a = alignOf(type);
      align = Math.max(align, a);
      const sz = flexible ? 0 : sizeOf(type);
      if (info.isUnion) {
        members.push({ name: name ?? "", type, offset: 0 });
        size = Math.max(size, sz);
      } else {
        offset = alignUp(offset, a);
        members.push({ name: name ?? "", type, offset });
        offset += sz;
        size = offset;
      }
    });
  });
  info.members = members;
  info.align = align;
  info.size = alignUp(size, align);
  info.complete = true;
  // as gcc: sizeof and every offset past this would not fit in a size_t of 32 bits
  if (info.size > 0x7fffffff) c.diags.error(s.pos, `type '${typeToString({ kind: "struct", info })}' is too large`);
}

export function alignUp(n: number, a: number): number {
  return Math.ceil(n / a) * a;
}

function enumType(c: Checker, s: EnumSpec): CType {
  let type: IntType = { ...T.int, enumTag: s.tag ?? "(anonymous)" };
  // The type a forward reference handed out, when this is its definition.
  let forward: IntType | null = null;
  if (s.tag !== null) {
    const found = s.enumerators !== null ? c.scope.tags.get(s.tag) : c.lookupTag(s.tag);
    if (found && found.kind !== "enum") c.diags.error(s.pos, `use of '${s.tag}' with tag type that does not match previous declaration`);
    if (found && found.kind === "enum" && s.enumerators === null) return found.type;
    if (found && found.kind === "enum" && s.enumerators !== null && found.defined) {
      c.diags.error(s.pos, `redefinition of 'enum ${s.tag}'`);
    }
    if (s.enumerators === null && !found) {
      // gcc accepts a forward reference to an enum as an extension; so do we. Like a
      // struct's, the type is incomplete until the definition (no objects, no sizeof).
      type = { ...type, forward: { complete: false } };
      c.scope.tags.set(s.tag, { kind: "enum", type, defined: false });
      return type;
    }
    if (found?.kind === "enum" && !found.defined) forward = found.type;
    c.scope.tags.set(s.tag, { kind: "enum", type, defined: s.enumerators !== null });
  }
  let next = 0n;
  let anyNegative = false;
  for (const en of s.enumerators ?? []) {
    if (en.value) {
      const v = constEvalExpr(c, checkExpr(c, en.value), "enumerator value");
      if (v !== null) next = v;
    }
    if (next > 0x7fffffffn || next < -0x80000000n) {
      c.diags.error(en.pos, `enumerator value for '${en.name}' is not representable in 'int'`);
    }
    c.declareOrdinary(en.name, { kind: "enumConst", name: en.name, value: Number(BigInt.asIntN(32, next)), type: T.int, pos: en.pos }, en.pos);
    if (next < 0n) anyNegative = true;
    next += 1n;
  }
  if (s.enumerators === null) return type;
  // gcc gives an enum without negative values the type unsigned int (the constants stay
  // int): with `enum e { A = 1 } x = A;`, `x - 2 < 0` is false.
  const base = anyNegative ? T.int : T.uint;
  if (forward !== null) {
    // The definition completes the very type the forward reference handed out (pointers
    // declared before it point to this enum): it is changed in place, the one type object
    // the checker ever mutates.
    const f = forward as { -readonly [K in keyof IntType]: IntType[K] };
    f.ik = base.ik;
    f.signed = base.signed;
    forward.forward!.complete = true;
    c.scope.tags.set(s.tag!, { kind: "enum", type: forward, defined: true });
    return forward;
  }
  if (anyNegative) return type;
  const unsignedType: IntType = { ...T.uint, enumTag: type.enumTag! };
  if (s.tag !== null) c.scope.tags.set(s.tag, { kind: "enum", type: unsignedType, defined: true });
  return unsignedType;
}

export interface Declared {
  type: CType;
  name: string | null;
  pos: number;
  /** The function declarator that applies to the name (for parameter names). */
  fn: FunctionDeclarator | null;
}

/**
 * How many pointer, array and function levels a type may nest: far beyond any real
 * program (C99 asks for 12), and shallow enough that the recursive walks over types
 * (compatibility, messages) stay far from the host's stack limit.
 */
export const MAX_TYPE_DEPTH = 256;

/** The levels of pointer, array and function above t's base type, counted up to `limit + 1`. */
function typeDepth(t: CType, limit: number): number {
  let n = 0;
  for (let cur: CType | null = t; cur !== null && n <= limit; n++) {
    cur = cur.kind === "pointer" ? cur.to : cur.kind === "array" ? cur.of : cur.kind === "function" ? cur.ret : null;
  }
  return n - 1;
}

/** Applies a declarator to a base type (see the rule in ast.ts). */
export function applyDeclarator(c: Checker, base: CType, d: Declarator): Declared {
  let t = base;
  let fn: FunctionDeclarator | null = null;
  let cur: Declarator = d;
  let depth = typeDepth(base, MAX_TYPE_DEPTH);
  for (;;) {
    if (cur.kind !== "ident" && ++depth > MAX_TYPE_DEPTH) {
      // reported once; the declaration goes on as an int
      c.diags.error(cur.pos, `type nests more than ${MAX_TYPE_DEPTH} levels of pointers, arrays and functions`);
      let inner: Declarator = cur;
      while (inner.kind !== "ident") inner = inner.inner;
      return { type: T.int, name: inner.name, pos: inner.name === null ? d.pos : inner.pos, fn: null };
    }
    switch (cur.kind) {
      case "ident":
        return { type: t, name: cur.name, pos: cur.name === null ? d.pos : cur.pos, fn };
      case "pointer":
        t = withQualifiers(pointerTo(t), { isConst: cur.isConst, isVolatile: cur.isVolatile });
        if (cur.restrictPos !== null && !restrictable(t)) c.diags.error(cur.restrictPos, "invalid use of 'restrict'");
        cur = cur.inner;
        break;
      case "array": {
        // After the report the element becomes int, so the variable is not reported again.
        if (t.kind === "function") {
          c.diags.error(cur.pos, "array of functions is not allowed");
          t = T.int;
        } else if (!isComplete(t)) {
          c.diags.error(cur.pos, `array has incomplete element type '${typeToString(t)}'`);
          t = T.int;
        }
        let len: number | null = null;
        if (cur.size) {
          const r = evalConstant(checkExpr(c, cur.size));
          const v = r.ok ? r.value : 0n;
          if (!r.ok) {
            if (!r.broken) c.diags.error(cur.size.pos, "variable length arrays are not supported");
            len = 1;
          } else if (v < 0n) {
            c.diags.error(cur.size.pos, "array size is negative");
            len = 1;
          } else if (v * BigInt(Math.max(1, sizeOf(t))) > 0x7fffffffn) {
            c.diags.error(cur.size.pos, "array is too large");
            len = 1;
          } else len = Number(v);
        }
        t = arrayOf(t, len);
        cur = cur.inner;
        break;
      }
      case "function": {
        if (t.kind === "function") c.diags.error(cur.pos, "function cannot return function type");
        else if (t.kind === "array") c.diags.error(cur.pos, "function cannot return array type");
        t = functionType(c, t, cur);
        if (cur.inner.kind === "ident") fn = cur;
        cur = cur.inner;
        break;
      }
      default:
        return assertNever(cur, "declarator");
    }
  }
}

function functionType(c: Checker, ret: CType, f: FunctionDeclarator): FunctionType {
  if (f.oldStyle) return { kind: "function", ret: unqualified(ret), params: [], variadic: false, prototyped: false };
  const params: CType[] = [];
  c.pushScope(); // prototype scope: tags declared in parameters stay local
  for (const p of f.params) {
    const base = baseType(c, p.spec);
    const { type } = applyDeclarator(c, base, p.declarator);
    params.push(adjustParam(type));
  }
  c.popScope();
  if (params.length === 1 && params[0]!.kind === "void" && f.params[0]!.declarator.kind === "ident" && f.params[0]!.declarator.name === null) {
    return { kind: "function", ret: unqualified(ret), params: [], variadic: false, prototyped: true };
  }
  return { kind: "function", ret: unqualified(ret), params, variadic: f.variadic, prototyped: true };
}

/** Parameter type adjustment: arrays and functions become pointers (C99 6.7.5.3). */
export function adjustParam(t: CType): CType {
  if (t.kind === "array") return withQualifiers(pointerTo(t.of), { isConst: t.isConst, isVolatile: t.isVolatile });
  if (t.kind === "function") return pointerTo(t);
  return t;
}

export function typeNameType(c: Checker, tn: TypeName): CType {
  return applyDeclarator(c, baseType(c, tn.spec), tn.declarator).type;
}
