/**
 * @fileoverview The abstract syntax tree: the one interface between the parser and the
 * checker / code generator. Every node is a discriminated union member tagged by `kind`
 * and carries `pos`, the character offset of its first token in the preprocessed text
 * (see compiler/source.ts for turning it into file:line:col).
 *
 * The parser only builds *syntax*: declaration specifiers and declarators are kept as
 * written; the checker turns them into semantic types (compiler/types.ts) and fills in
 * the `ty` fields of expressions.
 */

import type { Sym } from "./symbols.js";
import type { CType, Member } from "./types.js";

// ---------------------------------------------------------------------------------------
// Types as written
// ---------------------------------------------------------------------------------------

export type StorageClass = "typedef" | "extern" | "static" | "auto" | "register";

/**
 * Declaration specifiers, e.g. `static const unsigned long`.
 * `typeWords` keeps the basic type keywords in source order: "void", "char", "short",
 * "int", "long", "signed", "unsigned", "_Bool", "float", "double" (the checker rejects
 * floating point with a clear error).
 */
export interface DeclSpec {
  pos: number;
  storage: StorageClass | null;
  /** Position of the storage class keyword, for diagnostics. */
  storagePos: number;
  isConst: boolean;
  isVolatile: boolean;
  isInline: boolean;
  /** Position of the first `restrict`, checked against the type it qualifies; else null. */
  restrictPos: number | null;
  typeWords: { word: string; pos: number }[];
  /** struct/union/enum specifier or typedef name, when present instead of typeWords. */
  tagged: StructSpec | EnumSpec | TypedefNameSpec | null;
}

export interface StructSpec {
  kind: "structSpec";
  pos: number;
  isUnion: boolean;
  tag: string | null;
  /** null for a reference (`struct node *p`), an array for a definition (possibly empty). */
  members: StructMemberDecl[] | null;
}

export interface StructMemberDecl {
  pos: number;
  spec: DeclSpec;
  declarators: { declarator: Declarator; bitWidth: Expr | null; pos: number }[];
}

export interface EnumSpec {
  kind: "enumSpec";
  pos: number;
  tag: string | null;
  /** null for a reference (`enum color c`). */
  enumerators: { name: string; value: Expr | null; pos: number }[] | null;
}

export interface TypedefNameSpec {
  kind: "typedefName";
  pos: number;
  name: string;
}

/**
 * A declarator as C nests it. The rule (C99 6.7.5): in `T D`, if D is `* D1` then D1 has
 * type "pointer to T"; if D is `D1[n]` then D1 has type "array of n T"; if D is
 * `D1(params)` then D1 has type "function returning T". The parser builds exactly that
 * nesting, so the checker computes a type by starting from the base type and walking
 * from the outermost node inward, wrapping at each step:
 *
 *   int *a[3]       pointer{ inner: array{ size 3, inner: ident a } }      a: int *[3]
 *   int a[2][3]     array{ size 3, inner: array{ size 2, inner: ident a } } a: int [2][3]
 *   int (*fp)(int)  function{ params [int], inner: pointer{ inner: ident fp } }
 *
 * Postfix suffixes wrap what was parsed before them (left to right), a `*` prefix wraps
 * the whole direct declarator after it, and parentheses just nest.
 */
export type Declarator = IdentDeclarator | PointerDeclarator | ArrayDeclarator | FunctionDeclarator;

export interface IdentDeclarator {
  kind: "ident";
  pos: number;
  /** null in an abstract declarator (type names, unnamed parameters). */
  name: string | null;
}
export interface PointerDeclarator {
  kind: "pointer";
  pos: number;
  isConst: boolean;
  isVolatile: boolean;
  /** Position of a `restrict` after this `*`, else null. */
  restrictPos: number | null;
  inner: Declarator;
}
export interface ArrayDeclarator {
  kind: "array";
  pos: number;
  /** null for `[]`. */
  size: Expr | null;
  inner: Declarator;
}
export interface FunctionDeclarator {
  kind: "function";
  pos: number;
  params: ParamDecl[];
  variadic: boolean;
  /**
   * true for `()` (no prototype) and for an old-style identifier list `f(a, b)`;
   * `(void)` gives params [] with oldStyle false.
   */
  oldStyle: boolean;
  /** Names of an old-style identifier list, `int f(a, b) int a; int b; {...}`. */
  identifiers: { name: string; pos: number }[];
  inner: Declarator;
}

export interface ParamDecl {
  pos: number;
  spec: DeclSpec;
  declarator: Declarator;
}

/** `(type-name)` in casts and sizeof: specifiers and an abstract declarator. */
export interface TypeName {
  pos: number;
  spec: DeclSpec;
  declarator: Declarator;
}

// ---------------------------------------------------------------------------------------
// Expressions
// ---------------------------------------------------------------------------------------

export type BinaryOp = "+" | "-" | "*" | "/" | "%" | "<<" | ">>" | "<" | ">" | "<=" | ">=" | "==" | "!=" | "&" | "|" | "^" | "&&" | "||";
export type AssignOp = "=" | "+=" | "-=" | "*=" | "/=" | "%=" | "<<=" | ">>=" | "&=" | "|=" | "^=";
export type UnaryOp = "-" | "+" | "!" | "~" | "*" | "&";

interface ExprBase {
  pos: number;
  /** Filled in by the checker. */
  ty?: CType;
}

export interface IntLit extends ExprBase {
  kind: "intLit";
  value: bigint;
  /** Suffix letters as written, lower-cased: "", "u", "l", "ul", "ll", "ull". */
  suffix: string;
  /** true for octal or hex literals (which may take unsigned types, C99 6.4.4.1). */
  nonDecimal: boolean;
}
export interface CharLit extends ExprBase {
  kind: "charLit";
  /** Value as an int (plain char is signed: '\xff' is -1). */
  value: number;
  /** `L'x'`: of type wchar_t (long, as gcc -m32's), not int. */
  wide?: boolean;
}
export interface FloatLit extends ExprBase {
  kind: "floatLit";
  text: string;
}
export interface StringLit extends ExprBase {
  kind: "stringLit";
  /** The bytes after escapes and concatenation, without the terminating NUL. */
  bytes: number[];
  /** A wide literal (`L"..."`): `bytes` holds 4-byte little-endian wchar_t units. */
  wide?: boolean;
}

/** Bytes per character of a string literal: 4 for a wide one (wchar_t), else 1. */
export function stringUnit(s: StringLit): number {
  return s.wide === true ? 4 : 1;
}
export interface Ident extends ExprBase {
  kind: "ident";
  name: string;
  /** Filled in by the checker. */
  sym?: Sym;
}
export interface Binary extends ExprBase {
  kind: "binary";
  op: BinaryOp;
  left: Expr;
  right: Expr;
  /** Position of the operator token, for diagnostics. */
  opPos: number;
}
export interface Assign extends ExprBase {
  kind: "assign";
  op: AssignOp;
  target: Expr;
  value: Expr;
  opPos: number;
}
export interface Unary extends ExprBase {
  kind: "unary";
  op: UnaryOp;
  operand: Expr;
}
export interface IncDec extends ExprBase {
  kind: "incDec";
  op: "++" | "--";
  prefix: boolean;
  operand: Expr;
}
export interface Conditional extends ExprBase {
  kind: "cond";
  cond: Expr;
  then: Expr;
  else: Expr;
}
export interface Call extends ExprBase {
  kind: "call";
  callee: Expr;
  args: Expr[];
}
export interface Index extends ExprBase {
  kind: "index";
  base: Expr;
  index: Expr;
}
export interface MemberAccess extends ExprBase {
  kind: "member";
  base: Expr;
  name: string;
  arrow: boolean;
  /** Position of the member name. */
  namePos: number;
  /** Filled in by the checker. */
  member?: Member;
}
export interface Cast extends ExprBase {
  kind: "cast";
  typeName: TypeName;
  operand: Expr;
}
export interface SizeofType extends ExprBase {
  kind: "sizeofType";
  typeName: TypeName;
}
export interface SizeofExpr extends ExprBase {
  kind: "sizeofExpr";
  operand: Expr;
}
export interface Comma extends ExprBase {
  kind: "comma";
  left: Expr;
  right: Expr;
}
/** Inserted by the checker only: a conversion C performs implicitly. */
export interface ImplicitCast extends ExprBase {
  kind: "implicitCast";
  operand: Expr;
}
/** `(type){ ... }` (C99 compound literal). */
export interface CompoundLit extends ExprBase {
  kind: "compoundLit";
  typeName: TypeName;
  init: InitList;
}

export type Expr =
  | IntLit
  | CharLit
  | FloatLit
  | StringLit
  | Ident
  | Binary
  | Assign
  | Unary
  | IncDec
  | Conditional
  | Call
  | Index
  | MemberAccess
  | Cast
  | SizeofType
  | SizeofExpr
  | Comma
  | ImplicitCast
  | CompoundLit;

// ---------------------------------------------------------------------------------------
// Initializers and declarations
// ---------------------------------------------------------------------------------------

export type Designator = { kind: "field"; name: string; pos: number } | { kind: "index"; index: Expr; pos: number };

export interface InitList {
  kind: "initList";
  pos: number;
  items: { designators: Designator[]; init: Initializer; pos: number }[];
}
export interface InitExpr {
  kind: "initExpr";
  pos: number;
  expr: Expr;
}
export type Initializer = InitList | InitExpr;

export interface InitDeclarator {
  pos: number;
  declarator: Declarator;
  init: Initializer | null;
}

export interface Declaration {
  kind: "declaration";
  pos: number;
  spec: DeclSpec;
  declarators: InitDeclarator[];
}

export interface FunctionDef {
  kind: "functionDef";
  pos: number;
  spec: DeclSpec;
  declarator: Declarator;
  /** Old-style parameter declarations between `)` and `{`. */
  oldStyleDecls: Declaration[];
  body: Block;
  /** Position of the closing brace (for the implicit return's line). */
  endPos: number;
}

// ---------------------------------------------------------------------------------------
// Statements
// ---------------------------------------------------------------------------------------

export interface Block {
  kind: "block";
  pos: number;
  items: Stmt[];
  endPos: number;
}
export interface ExprStmt {
  kind: "exprStmt";
  pos: number;
  expr: Expr;
}
export interface DeclStmt {
  kind: "declStmt";
  pos: number;
  decl: Declaration;
  /** Filled in by the checker: the automatic variables declared, with their initializers. */
  vars?: import("./symbols.js").VarSym[];
}
export interface If {
  kind: "if";
  pos: number;
  cond: Expr;
  then: Stmt;
  else: Stmt | null;
}
export interface While {
  kind: "while";
  pos: number;
  cond: Expr;
  body: Stmt;
}
export interface DoWhile {
  kind: "doWhile";
  pos: number;
  body: Stmt;
  cond: Expr;
}
export interface For {
  kind: "for";
  pos: number;
  init: ExprStmt | DeclStmt | null;
  cond: Expr | null;
  step: Expr | null;
  body: Stmt;
}
export interface Switch {
  kind: "switch";
  pos: number;
  cond: Expr;
  body: Stmt;
  /** Filled in by the checker: every case of this switch (not of nested ones). */
  cases?: Case[];
  default?: Default;
}
export interface Case {
  kind: "case";
  pos: number;
  value: Expr;
  body: Stmt;
  /** Filled in by the checker: the constant value, converted to the switch's type. */
  constValue?: bigint;
}
export interface Default {
  kind: "default";
  pos: number;
  body: Stmt;
}
export interface Break {
  kind: "break";
  pos: number;
}
export interface Continue {
  kind: "continue";
  pos: number;
}
export interface Goto {
  kind: "goto";
  pos: number;
  label: string;
}
export interface Labeled {
  kind: "labeled";
  pos: number;
  label: string;
  body: Stmt;
}
export interface Return {
  kind: "return";
  pos: number;
  value: Expr | null;
}
export interface Empty {
  kind: "empty";
  pos: number;
}

export type Stmt = Block | ExprStmt | DeclStmt | If | While | DoWhile | For | Switch | Case | Default | Break | Continue | Goto | Labeled | Return | Empty;

export type ExternalDecl = Declaration | FunctionDef;

export interface TranslationUnit {
  items: ExternalDecl[];
}
