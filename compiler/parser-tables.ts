/**
 * @fileoverview Shared tables and small helpers of the C parser (compiler/parser*.ts):
 * token-index lookups that replace chevrotain's decisions on hot paths, operator tables,
 * declaration-specifier keyword info, and the constants the rule layers pass as ARGS.
 *
 * Everything is indexed by chevrotain's `tokenTypeIdx`, so a decision is one array load.
 */

import type { TokenType } from "chevrotain";
import * as L from "./lexer.js";
import type { AssignOp, BinaryOp, DeclSpec, ParamDecl, StorageClass, UnaryOp } from "./ast.js";

// ---------------------------------------------------------------------------------------
// Token tables
// ---------------------------------------------------------------------------------------

const idx = (t: TokenType): number => t.tokenTypeIdx!;
export const ID = idx(L.Identifier);
export const SEMI = idx(L.Semi);
export const COLON = idx(L.Colon);
export const COMMA = idx(L.Comma);
export const LPAREN = idx(L.LParen);
export const RPAREN = idx(L.RParen);
export const LBRACKET = idx(L.LBracket);
export const RBRACKET = idx(L.RBracket);
export const LBRACE = idx(L.LBrace);
export const RBRACE = idx(L.RBrace);
export const STAR = idx(L.Star);
export const QUESTION = idx(L.Question);
export const ASSIGN = idx(L.Assign);
export const ELSE = idx(L.Else);
export const EOF_IDX = idx(L.EOF);

const maxIdx = Math.max(...L.allTokenTypes.map(idx), EOF_IDX) + 1;
const table = <T>(fill: T): T[] => new Array<T>(maxIdx).fill(fill);
const hasCat = (t: TokenType, c: TokenType): boolean => (t.CATEGORIES ?? []).includes(c);

/** Tokens that begin declaration specifiers (besides typedef names). */
export const DECL_START = table(false);
/** Type specifier keywords: the basic type words plus struct/union/enum. */
export const TYPE_SPEC = table(false);
export const TYPE_WORD = table(false);
export const DECL_KW = table(false);
for (const t of L.allTokenTypes) {
  const i = idx(t);
  if (hasCat(t, L.DeclSpecKw) || hasCat(t, L.StructOrUnion) || t === L.Enum) DECL_START[i] = true;
  if (hasCat(t, L.TypeWordKw) || hasCat(t, L.StructOrUnion) || t === L.Enum) TYPE_SPEC[i] = true;
  if (hasCat(t, L.TypeWordKw)) TYPE_WORD[i] = true;
  if (hasCat(t, L.DeclSpecKw)) DECL_KW[i] = true;
}

export const BIN_PREC = table(0);
export const BIN_OP = table<BinaryOp>("+");
const binOps: [TokenType, BinaryOp, number][] = [
  [L.Star, "*", 10],
  [L.Slash, "/", 10],
  [L.Percent, "%", 10],
  [L.Plus, "+", 9],
  [L.Minus, "-", 9],
  [L.Shl, "<<", 8],
  [L.Shr, ">>", 8],
  [L.Lt, "<", 7],
  [L.Gt, ">", 7],
  [L.Le, "<=", 7],
  [L.Ge, ">=", 7],
  [L.EqEq, "==", 6],
  [L.NotEq, "!=", 6],
  [L.Amp, "&", 5],
  [L.Caret, "^", 4],
  [L.Pipe, "|", 3],
  [L.AndAnd, "&&", 2],
  [L.OrOr, "||", 1],
];
for (const [t, op, p] of binOps) {
  BIN_PREC[idx(t)] = p;
  BIN_OP[idx(t)] = op;
}
export const ASSIGN_OP = table<AssignOp>("=");
const assignOps: [TokenType, AssignOp][] = [
  [L.Assign, "="],
  [L.AddAssign, "+="],
  [L.SubAssign, "-="],
  [L.MulAssign, "*="],
  [L.DivAssign, "/="],
  [L.ModAssign, "%="],
  [L.ShlAssign, "<<="],
  [L.ShrAssign, ">>="],
  [L.AndAssign, "&="],
  [L.OrAssign, "|="],
  [L.XorAssign, "^="],
];
for (const [t, op] of assignOps) ASSIGN_OP[idx(t)] = op;
export const IS_ASSIGN = table(false);
for (const [t] of assignOps) IS_ASSIGN[idx(t)] = true;
export const IS_SUFFIX = table(false);
for (const t of [L.LBracket, L.LParen, L.Dot, L.Arrow, L.PlusPlus, L.MinusMinus]) IS_SUFFIX[idx(t)] = true;
const tokenSet = (...ts: TokenType[]): boolean[] => {
  const r = table(false);
  for (const t of ts) r[idx(t)] = true;
  return r;
};
export const IS_STAR = tokenSet(L.Star);
export const IS_QUAL = tokenSet(L.Const, L.Volatile, L.Restrict);
export const IS_QUAL_OR_STATIC = tokenSet(L.Const, L.Volatile, L.Restrict, L.Static);
export const IS_DECL_SUFFIX = tokenSet(L.LBracket, L.LParen);
export const IS_COMMA = tokenSet(L.Comma);
export const IS_STRING = tokenSet(L.StringLit, L.WideString);
export const IS_DESIGNATOR = tokenSet(L.Dot, L.LBracket);
export const IS_DECLARATOR_START = tokenSet(L.Identifier, L.Star, L.LParen);
export const IS_MEMBER_DECLARATOR_START = tokenSet(L.Identifier, L.Star, L.LParen, L.Colon);
export const IS_BINARY = BIN_PREC.map((p) => p > 0);
export const UNARY_OP = table<UnaryOp>("+");
const unaryOps: [TokenType, UnaryOp][] = [
  [L.Amp, "&"],
  [L.Star, "*"],
  [L.Plus, "+"],
  [L.Minus, "-"],
  [L.Tilde, "~"],
  [L.Bang, "!"],
];
for (const [t, op] of unaryOps) UNARY_OP[idx(t)] = op;

export type KwInfo = { kind: "storage"; word: StorageClass } | { kind: "const" | "volatile" | "restrict" | "inline" } | { kind: "type"; word: string };
export const KW_INFO = table<KwInfo | null>(null);
for (const [t, w] of [
  [L.Typedef, "typedef"],
  [L.Extern, "extern"],
  [L.Static, "static"],
  [L.Auto, "auto"],
  [L.Register, "register"],
] as const) {
  KW_INFO[idx(t)] = { kind: "storage", word: w };
}
KW_INFO[idx(L.Const)] = { kind: "const" };
KW_INFO[idx(L.Volatile)] = { kind: "volatile" };
KW_INFO[idx(L.Restrict)] = { kind: "restrict" };
KW_INFO[idx(L.Inline)] = { kind: "inline" };
for (const t of L.allTokenTypes) if (hasCat(t, L.TypeWordKw)) KW_INFO[idx(t)] = { kind: "type", word: t.name.slice(3) };

// ---------------------------------------------------------------------------------------
// Rule arguments and shared types
// ---------------------------------------------------------------------------------------

/** absDeclarator modes (0, used by `declarator`, is a concrete declarator). */
export const MODE_ABSTRACT = 1;
export const MODE_PARAM = 2;
/** declSpec contexts. */
export const CTX_BLOCK = 0;
export const CTX_TOP = 1;
/** Parameters and struct members: an identifier where a type is due is an unknown type name. */
export const CTX_PARAM = 2;

export const ARGS_BLOCK = { ARGS: [CTX_BLOCK] as [number] };
export const ARGS_TOP = { ARGS: [CTX_TOP] as [number] };
export const ARGS_PARAM = { ARGS: [CTX_PARAM] as [number] };
export const ARGS_ABSTRACT = { ARGS: [MODE_ABSTRACT] as [number] };
export const ARGS_MODE_PARAM = { ARGS: [MODE_PARAM] as [number] };
export const ARGS_TRUE = { ARGS: [true] as [boolean] };
export const ARGS_FALSE = { ARGS: [false] as [boolean] };

/** Names declared in one scope (true: a typedef name); null until the first declaration. */
export type Scope = Map<string, boolean> | null;

export interface ParamListResult {
  params: ParamDecl[];
  variadic: boolean;
  oldStyle: boolean;
  identifiers: { name: string; pos: number }[];
  scope: Scope;
}

export function specIsEmpty(s: DeclSpec): boolean {
  return s.typeWords.length === 0 && s.tagged === null && s.storage === null && !s.isConst && !s.isVolatile && !s.isInline;
}

export function newSpec(pos: number): DeclSpec {
  return { pos, storage: null, storagePos: -1, isConst: false, isVolatile: false, isInline: false, restrictPos: null, typeWords: [], tagged: null };
}
