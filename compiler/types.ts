/**
 * @fileoverview C types of the ILP32 data model, with the sizes and alignments of gcc -m32
 * (i386 System V): char 1, short 2, int/long/pointer 4, long long 8 with 4-byte alignment
 * inside structs (as on i386), _Bool 1.
 */

export interface Qualifiers {
  readonly isConst?: boolean;
  readonly isVolatile?: boolean;
}

export type IntKind = "char" | "schar" | "uchar" | "short" | "ushort" | "int" | "uint" | "long" | "ulong" | "llong" | "ullong" | "bool";

export interface VoidType extends Qualifiers {
  readonly kind: "void";
}
export interface IntType extends Qualifiers {
  readonly kind: "int";
  readonly ik: IntKind;
  readonly size: 1 | 2 | 4 | 8;
  readonly signed: boolean;
  /** Set when this integer type is an enum type (for messages only). */
  readonly enumTag?: string;
  /**
   * Set on the type a forward reference (`enum e;`, a gcc extension) hands out: the enum is
   * incomplete until its definition sets `complete` (shared by qualified copies).
   */
  readonly forward?: { complete: boolean };
}
export interface PointerType extends Qualifiers {
  readonly kind: "pointer";
  readonly to: CType;
}
export interface ArrayType extends Qualifiers {
  readonly kind: "array";
  readonly of: CType;
  /** null for an incomplete array (`int a[]`). */
  readonly length: number | null;
}
export interface FunctionType extends Qualifiers {
  readonly kind: "function";
  readonly ret: CType;
  readonly params: readonly CType[];
  readonly variadic: boolean;
  /** false for `int f()`: arguments are not checked (old style). */
  readonly prototyped: boolean;
}
export interface Member {
  readonly name: string;
  readonly type: CType;
  readonly offset: number;
}
/**
 * Struct and union types are mutable records shared by reference, so that a forward
 * declaration (`struct node;`) is completed in place when its body is seen.
 */
export interface StructInfo {
  readonly tag: string | null;
  readonly isUnion: boolean;
  members: Member[];
  size: number;
  align: number;
  complete: boolean;
  /** A unique id so that two distinct anonymous structs never compare equal. */
  readonly id: number;
}
export interface StructType extends Qualifiers {
  readonly kind: "struct";
  readonly info: StructInfo;
}

export type CType = VoidType | IntType | PointerType | ArrayType | FunctionType | StructType;

export function assertNever(x: never, what = "value"): never {
  throw new Error(`internal error: unexpected ${what}: ${JSON.stringify(x)}`);
}

const mk = (ik: IntKind, size: 1 | 2 | 4 | 8, signed: boolean): IntType => ({ kind: "int", ik, size, signed });

export const T = {
  void: { kind: "void" } as VoidType,
  bool: mk("bool", 1, false),
  char: mk("char", 1, true),
  schar: mk("schar", 1, true),
  uchar: mk("uchar", 1, false),
  short: mk("short", 2, true),
  ushort: mk("ushort", 2, false),
  int: mk("int", 4, true),
  uint: mk("uint", 4, false),
  long: mk("long", 4, true),
  ulong: mk("ulong", 4, false),
  llong: mk("llong", 8, true),
  ullong: mk("ullong", 8, false),
} as const;

export function pointerTo(to: CType): PointerType {
  return { kind: "pointer", to };
}
export function arrayOf(of: CType, length: number | null): ArrayType {
  return { kind: "array", of, length };
}

export function isInteger(t: CType): t is IntType {
  return t.kind === "int";
}
export function isPointer(t: CType): t is PointerType {
  return t.kind === "pointer";
}
export function isArithmetic(t: CType): t is IntType {
  return t.kind === "int";
}
export function isScalar(t: CType): boolean {
  return t.kind === "int" || t.kind === "pointer";
}
export function isVoid(t: CType): boolean {
  return t.kind === "void";
}
export function isStructLike(t: CType): t is StructType {
  return t.kind === "struct";
}

/** Size in bytes (sizeof). Functions and void report 1 like gcc's extension; incomplete types -1. */
export function sizeOf(t: CType): number {
  switch (t.kind) {
    case "void":
      return 1;
    case "int":
      return t.size;
    case "pointer":
      return 4;
    case "array":
      return t.length === null ? -1 : t.length * sizeOf(t.of);
    case "function":
      return 1;
    case "struct":
      return t.info.complete ? t.info.size : -1;
    default:
      return assertNever(t, "type");
  }
}

/** Alignment inside structs and for variables (i386: long long aligns to 4 in structs). */
export function alignOf(t: CType): number {
  switch (t.kind) {
    case "void":
    case "function":
      return 1;
    case "int":
      return t.size === 8 ? 4 : t.size;
    case "pointer":
      return 4;
    case "array":
      return alignOf(t.of);
    case "struct":
      return t.info.align;
    default:
      return assertNever(t, "type");
  }
}

export function isComplete(t: CType): boolean {
  if (t.kind === "void") return false;
  if (t.kind === "array") return t.length !== null && isComplete(t.of);
  if (t.kind === "struct") return t.info.complete;
  if (t.kind === "int") return t.forward === undefined || t.forward.complete;
  return true;
}

export function unqualified(t: CType): CType {
  if (!t.isConst && !t.isVolatile) return t;
  const { isConst: _c, isVolatile: _v, ...rest } = t;
  return rest as CType;
}

export function withQualifiers(t: CType, q: Qualifiers): CType {
  if (!q.isConst && !q.isVolatile) return t;
  return { ...t, isConst: t.isConst || q.isConst, isVolatile: t.isVolatile || q.isVolatile } as CType;
}

/** Integer conversion rank (C99 6.3.1.1). */
export function rank(t: IntType): number {
  switch (t.ik) {
    case "bool":
      return 0;
    case "char":
    case "schar":
    case "uchar":
      return 1;
    case "short":
    case "ushort":
      return 2;
    case "int":
    case "uint":
      return 3;
    case "long":
    case "ulong":
      return 4;
    case "llong":
    case "ullong":
      return 5;
    default:
      return assertNever(t.ik, "integer kind");
  }
}

/** Integer promotion: everything narrower than int becomes int. */
export function promote(t: IntType): IntType {
  return rank(t) < 3 ? T.int : (unqualified(t) as IntType);
}

/** The usual arithmetic conversions (C99 6.3.1.8) for two integer operands. */
export function usualArithmetic(a: IntType, b: IntType): IntType {
  const x = promote(a);
  const y = promote(b);
  if (x.ik === y.ik) return x;
  if (x.signed === y.signed) return rank(x) >= rank(y) ? x : y;
  const [u, s] = x.signed ? [y, x] : [x, y];
  if (rank(u) >= rank(s)) return u;
  if (s.size > u.size) return s;
  return unsignedOf(s);
}

export function unsignedOf(t: IntType): IntType {
  switch (t.ik) {
    case "int":
      return T.uint;
    case "long":
      return T.ulong;
    case "llong":
      return T.ullong;
    case "char":
    case "schar":
      return T.uchar;
    case "short":
      return T.ushort;
    default:
      return t;
  }
}

/** Type compatibility (C99 6.2.7), ignoring top-level qualifiers. */
export function compatible(a: CType, b: CType): boolean {
  if (a === b) return true;
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case "void":
      return true;
    case "int":
      return a.ik === (b as IntType).ik;
    case "pointer": {
      const bt = (b as PointerType).to;
      return !!a.to.isConst === !!bt.isConst && !!a.to.isVolatile === !!bt.isVolatile && compatible(a.to, bt);
    }
    case "array": {
      const bb = b as ArrayType;
      return compatible(a.of, bb.of) && (a.length === null || bb.length === null || a.length === bb.length);
    }
    case "function": {
      const bf = b as FunctionType;
      if (!compatible(a.ret, bf.ret)) return false;
      if (!a.prototyped || !bf.prototyped) return true;
      if (a.variadic !== bf.variadic || a.params.length !== bf.params.length) return false;
      return a.params.every((p, i) => compatible(unqualified(p), unqualified(bf.params[i]!)));
    }
    case "struct":
      return a.info === (b as StructType).info;
    default:
      return assertNever(a, "type");
  }
}

/** How the type is spelled in C, for diagnostics: `int *`, `char [4]`, `struct node *`. */
export function typeToString(t: CType): string {
  return render(t, "").trim();
}

function quals(t: CType): string {
  return (t.isConst ? "const " : "") + (t.isVolatile ? "volatile " : "");
}

function render(t: CType, inner: string): string {
  switch (t.kind) {
    case "void":
      return `${quals(t)}void${inner ? " " + inner : ""}`;
    case "int": {
      const base = t.enumTag !== undefined ? `enum ${t.enumTag}` : INT_NAMES[t.ik];
      return `${quals(t)}${base}${inner ? " " + inner : ""}`;
    }
    case "struct": {
      const base = `${t.info.isUnion ? "union" : "struct"} ${t.info.tag ?? "(anonymous)"}`;
      return `${quals(t)}${base}${inner ? " " + inner : ""}`;
    }
    case "pointer": {
      const q = t.isConst ? " const" : "";
      const needParens = t.to.kind === "array" || t.to.kind === "function";
      const star = `*${q}${inner ? (q ? " " : "") + inner : ""}`;
      return render(t.to, needParens ? `(${star})` : star);
    }
    case "array":
      return render(t.of, `${inner}[${t.length ?? ""}]`);
    case "function": {
      const ps = t.params.map((p) => typeToString(p));
      if (t.variadic) ps.push("...");
      const plist = ps.length ? ps.join(", ") : t.prototyped ? "void" : "";
      return render(t.ret, `${inner}(${plist})`);
    }
    default:
      return assertNever(t, "type");
  }
}

const INT_NAMES: Record<IntKind, string> = {
  bool: "_Bool",
  char: "char",
  schar: "signed char",
  uchar: "unsigned char",
  short: "short",
  ushort: "unsigned short",
  int: "int",
  uint: "unsigned int",
  long: "long",
  ulong: "unsigned long",
  llong: "long long",
  ullong: "unsigned long long",
};
