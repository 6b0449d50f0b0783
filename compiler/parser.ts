/**
 * @fileoverview The C99 parser: a chevrotain EmbeddedActionsParser that builds the AST of
 * compiler/ast.ts directly.
 *
 * Typedef names: the lexer cannot tell `T` in `T * x;` from a variable, so the parser keeps
 * a stack of scopes (name -> is-typedef) updated as declarators complete, and GATEs ask it.
 * Chevrotain first runs every rule body once to record the grammar (RECORDING_PHASE), so
 * side effects live in ACTION blocks or behind `this.RECORDING_PHASE` checks, and every DSL
 * call a rule can make at run time is also reached while recording.
 *
 * Errors: no chevrotain recovery. A failed expectation reports a clang-style message and
 * throws ParseAbort; block items, struct members and external declarations catch it and
 * skip to a synchronising token, so each independent error is reported once. Diagnostics
 * are buffered and emitted sorted by position (lexer problems included) at the end.
 *
 * Speed (a 100k-line file is over a million tokens): tokens are pulled lazily from the
 * lexer's Scanner so they die young; every decision is LL(1) plus gates, and where that
 * decision is a table lookup the run-time path takes it directly (`loop`, `opt`, `take`)
 * while the recording phase still records the full MANY/OPTION/OR grammar; hot ORs use
 * cached alternative arrays; an operand costs two rule calls (binary levels are one flat
 * loop folded by precedence).
 */

import {
  EmbeddedActionsParser,
  isRecognitionException,
  type IOrAlt,
  type IParserErrorMessageProvider,
  type IRecognitionException,
  type IToken,
  type OrMethodOpts,
  type ParserMethod,
  type TokenType,
} from "chevrotain";
import * as L from "./lexer.js";
import type {
  AssignOp,
  BinaryOp,
  Block,
  CompoundLit,
  Declaration,
  Declarator,
  DeclSpec,
  Designator,
  EnumSpec,
  Expr,
  ExprStmt,
  DeclStmt,
  ExternalDecl,
  FunctionDeclarator,
  FunctionDef,
  Initializer,
  InitDeclarator,
  InitList,
  ParamDecl,
  StorageClass,
  Stmt,
  StringLit,
  StructMemberDecl,
  StructSpec,
  TranslationUnit,
  TypeName,
  UnaryOp,
} from "./ast.js";
import { MAX_ERRORS, type Diagnostics } from "./diagnostics.js";

// ---------------------------------------------------------------------------------------
// Token tables
// ---------------------------------------------------------------------------------------

const idx = (t: TokenType): number => t.tokenTypeIdx!;
const ID = idx(L.Identifier);
const SEMI = idx(L.Semi);
const COLON = idx(L.Colon);
const COMMA = idx(L.Comma);
const LPAREN = idx(L.LParen);
const RPAREN = idx(L.RParen);
const LBRACKET = idx(L.LBracket);
const RBRACKET = idx(L.RBracket);
const LBRACE = idx(L.LBrace);
const RBRACE = idx(L.RBrace);
const STAR = idx(L.Star);
const QUESTION = idx(L.Question);
const ASSIGN = idx(L.Assign);
const ELSE = idx(L.Else);
const EOF_IDX = idx(L.EOF);

const maxIdx = Math.max(...L.allTokenTypes.map(idx), EOF_IDX) + 1;
const table = <T>(fill: T): T[] => new Array<T>(maxIdx).fill(fill);
const hasCat = (t: TokenType, c: TokenType): boolean => (t.CATEGORIES ?? []).includes(c);

/** Tokens that begin declaration specifiers (besides typedef names). */
const DECL_START = table(false);
/** Type specifier keywords: the basic type words plus struct/union/enum. */
const TYPE_SPEC = table(false);
const TYPE_WORD = table(false);
const DECL_KW = table(false);
for (const t of L.allTokenTypes) {
  const i = idx(t);
  if (hasCat(t, L.DeclSpecKw) || hasCat(t, L.StructOrUnion) || t === L.Enum) DECL_START[i] = true;
  if (hasCat(t, L.TypeWordKw) || hasCat(t, L.StructOrUnion) || t === L.Enum) TYPE_SPEC[i] = true;
  if (hasCat(t, L.TypeWordKw)) TYPE_WORD[i] = true;
  if (hasCat(t, L.DeclSpecKw)) DECL_KW[i] = true;
}

const BIN_PREC = table(0);
const BIN_OP = table<BinaryOp>("+");
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
const ASSIGN_OP = table<AssignOp>("=");
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
const IS_ASSIGN = table(false);
for (const [t] of assignOps) IS_ASSIGN[idx(t)] = true;
const IS_SUFFIX = table(false);
for (const t of [L.LBracket, L.LParen, L.Dot, L.Arrow, L.PlusPlus, L.MinusMinus]) IS_SUFFIX[idx(t)] = true;
const tokenSet = (...ts: TokenType[]): boolean[] => {
  const r = table(false);
  for (const t of ts) r[idx(t)] = true;
  return r;
};
const IS_STAR = tokenSet(L.Star);
const IS_QUAL = tokenSet(L.Const, L.Volatile, L.Restrict);
const IS_QUAL_OR_STATIC = tokenSet(L.Const, L.Volatile, L.Restrict, L.Static);
const IS_DECL_SUFFIX = tokenSet(L.LBracket, L.LParen);
const IS_COMMA = tokenSet(L.Comma);
const IS_STRING = tokenSet(L.StringLit);
const IS_DESIGNATOR = tokenSet(L.Dot, L.LBracket);
const IS_DECLARATOR_START = tokenSet(L.Identifier, L.Star, L.LParen);
const IS_MEMBER_DECLARATOR_START = tokenSet(L.Identifier, L.Star, L.LParen, L.Colon);
const IS_BINARY = BIN_PREC.map((p) => p > 0);
const UNARY_OP = table<UnaryOp>("+");
const unaryOps: [TokenType, UnaryOp][] = [
  [L.Amp, "&"],
  [L.Star, "*"],
  [L.Plus, "+"],
  [L.Minus, "-"],
  [L.Tilde, "~"],
  [L.Bang, "!"],
];
for (const [t, op] of unaryOps) UNARY_OP[idx(t)] = op;

type KwInfo = { kind: "storage"; word: StorageClass } | { kind: "const" | "volatile" | "restrict" | "inline" } | { kind: "type"; word: string };
const KW_INFO = table<KwInfo | null>(null);
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
// Helpers
// ---------------------------------------------------------------------------------------

/** Thrown after an error has been reported; caught where the parser resynchronises. */
class ParseAbort {
  readonly kind = "abort";
}
const ABORT = new ParseAbort();
/** Thrown when the error limit is reached. */
class StopParsing {
  readonly kind = "stop";
}
const STOP = new StopParsing();

/** Bracket nesting limit (as clang's default), keeps recursion far from the JS stack limit. */
const MAX_NEST = 256;

const MODE_ABSTRACT = 1;
const MODE_PARAM = 2;
const CTX_BLOCK = 0;
const CTX_TOP = 1;
/** Parameters and struct members: an identifier where a type is due is an unknown type name. */
const CTX_PARAM = 2;

/** Names declared in one scope (true: a typedef name); null until the first declaration. */
type Scope = Map<string, boolean> | null;

interface ParamListResult {
  params: ParamDecl[];
  variadic: boolean;
  oldStyle: boolean;
  identifiers: { name: string; pos: number }[];
  scope: Scope;
}

interface Pending {
  pos: number;
  severity: "error" | "warning";
  message: string;
  note: { pos: number; message: string } | null;
}

function specIsEmpty(s: DeclSpec): boolean {
  return s.typeWords.length === 0 && s.tagged === null && s.storage === null && !s.isConst && !s.isVolatile && !s.isInline;
}

/** The declarator node applied directly to the name: it decides what the name is. */
function innermost(d: Declarator): Declarator {
  let x = d;
  for (;;) {
    if (x.kind === "ident") return x;
    if (x.inner.kind === "ident") return x;
    x = x.inner;
  }
}

function declaredFunction(d: Declarator): FunctionDeclarator | null {
  const x = innermost(d);
  return x.kind === "function" ? x : null;
}

function foldBinary(operands: Expr[], ops: IToken[]): Expr {
  const es: Expr[] = [operands[0]!];
  const os: IToken[] = [];
  const reduce = (): void => {
    const r = es.pop()!;
    const l = es.pop()!;
    const o = os.pop()!;
    es.push({ kind: "binary", pos: l.pos, op: BIN_OP[o.tokenTypeIdx]!, left: l, right: r, opPos: o.startOffset });
  };
  for (let i = 0; i < ops.length; i++) {
    const p = BIN_PREC[ops[i]!.tokenTypeIdx]!;
    while (os.length > 0 && BIN_PREC[os[os.length - 1]!.tokenTypeIdx]! >= p) reduce();
    os.push(ops[i]!);
    es.push(operands[i + 1]!);
  }
  while (os.length > 0) reduce();
  return es[0]!;
}

const errorMessageProvider: IParserErrorMessageProvider = {
  buildMismatchTokenMessage: ({ expected }) => `expected ${expected.LABEL ?? expected.name}`,
  buildNotAllInputParsedMessage: () => "expected identifier or '('",
  buildNoViableAltMessage: ({ customUserDescription }) => customUserDescription ?? "expected expression",
  buildEarlyExitMessage: ({ customUserDescription }) => customUserDescription ?? "expected expression",
};

const ARGS_BLOCK = { ARGS: [CTX_BLOCK] as [number] };
const ARGS_TOP = { ARGS: [CTX_TOP] as [number] };
const ARGS_PARAM = { ARGS: [CTX_PARAM] as [number] };
const ARGS_ABSTRACT = { ARGS: [MODE_ABSTRACT] as [number] };
const ARGS_MODE_PARAM = { ARGS: [MODE_PARAM] as [number] };
const ARGS_TRUE = { ARGS: [true] as [boolean] };
const ARGS_FALSE = { ARGS: [false] as [boolean] };

// ---------------------------------------------------------------------------------------
// The parser
// ---------------------------------------------------------------------------------------

class CParser extends EmbeddedActionsParser {
  private text = "";
  private scopes: Scope[] = [null];
  /** Every name ever declared as a typedef: most identifiers skip the scope walk. */
  private typedefSeen = new Set<string>();
  /** struct/union/enum tags seen so far, for "must use 'struct' tag" (not scoped). */
  private tagsSeen = new Map<string, string>();
  /** Parameter scopes of the function declarators of the current external declaration. */
  private fnScopes: { fn: FunctionDeclarator; scope: Scope }[] = [];
  private pending: Pending[] = [];
  private reported = new Set<number>();
  private errorCount = 0;
  private errorBase = 0;
  private unterminated = new Set<IToken>();
  private items: ExternalDecl[] = [];
  private nest = 0;
  /** Operands handed to cached alternatives (read at the start of the ALT). */
  private sfxBase: Expr = { kind: "ident", pos: 0, name: "" };
  private curSpec: DeclSpec = newSpec(0);

  /** Errors in (quietFrom, quietTo] are follow-ons of an unterminated literal: dropped. */
  private quietFrom = -1;
  private quietTo = -1;

  private readonly report = (pos: number, message: string, severity: "error" | "warning"): void => {
    if (severity === "warning") {
      this.warn(pos, message);
      return;
    }
    this.err(pos, message);
    if (message.startsWith("missing terminating")) {
      const nl = this.text.indexOf("\n", pos);
      this.quietFrom = pos;
      this.quietTo = nl === -1 ? this.text.length : nl;
    }
  };

  /** `validate` runs chevrotain's grammar checks (slow: tests only). */
  constructor(validate: boolean) {
    super(L.allTokenTypes, { recoveryEnabled: false, maxLookahead: 1, errorMessageProvider, skipValidations: !validate });
    this.performSelfAnalysis();
  }

  // ------------------------------------------------------------------ driver

  run(text: string, diags: Diagnostics): TranslationUnit {
    this.text = text;
    this.scopes = [null];
    this.typedefSeen = new Set();
    this.tagsSeen = new Map();
    this.fnScopes = [];
    this.pending = [];
    this.reported = new Set();
    this.errorCount = 0;
    this.errorBase = diags.errorCount;
    this.items = [];
    this.nest = 0;
    this.quietFrom = this.quietTo = -1;
    this.input = []; // resets chevrotain's state; tokens come from the scanner below
    let stoppedAt = Infinity;
    try {
      if (this.errorBase >= MAX_ERRORS) throw STOP;
      this.scanner = new L.Scanner(text, this.report);
      this.unterminated = this.scanner.unterminated;
      this.prevTok = { image: "", startOffset: 0, tokenTypeIdx: EOF_IDX, tokenType: L.EOF };
      this.tok2 = null;
      this.consumed = 0;
      this.tok1 = this.scanner.next();
      this.translationUnit();
    } catch (e) {
      if (e === STOP) {
        stoppedAt = this.tok1.startOffset;
      } else if (e instanceof RangeError) {
        // Recursion guard of last resort; MAX_NEST normally fires first.
        stoppedAt = this.tok1.startOffset;
        this.pending.push({ pos: stoppedAt, severity: "error", message: "program too deeply nested", note: null });
      } else {
        throw e;
      }
    }
    const items = this.items;
    const out = this.pending.filter((p) => p.pos <= stoppedAt).sort((a, b) => a.pos - b.pos);
    this.items = [];
    this.pending = [];
    this.scanner = null;
    this.tok1 = this.prevTok = this.EOF_TOKEN;
    this.tok2 = null;
    for (const d of out) {
      if (d.severity === "error") diags.error(d.pos, d.message);
      else diags.warning(d.pos, d.message);
      if (d.note !== null) diags.note(d.note.pos, d.note.message);
    }
    return { items };
  }

  // ------------------------------------------------------------------ lazy token stream

  /*
   * Chevrotain reads tokens only through these methods (its lexer adapter is meant to be
   * overridden for lazy lexing), so the parser can pull from the Scanner on demand.
   * Only LA(0..2) are ever needed: maxLookahead is 1 and gates look one further.
   */
  private readonly EOF_TOKEN: IToken = { image: "", startOffset: 0, tokenTypeIdx: EOF_IDX, tokenType: L.EOF };
  private scanner: L.Scanner | null = null;
  private tok1: IToken = this.EOF_TOKEN;
  private tok2: IToken | null = null;
  private prevTok: IToken = this.EOF_TOKEN;
  private consumed = 0;

  override LA(howMuch: number): IToken {
    if (howMuch === 1) return this.tok1;
    if (howMuch === 2) return (this.tok2 ??= this.scanner === null ? this.EOF_TOKEN : this.scanner.next());
    if (howMuch === 0) return this.prevTok;
    if (howMuch < 0) return this.EOF_TOKEN;
    throw new Error(`LA(${howMuch}) is not supported`);
  }

  override LA_FAST(howMuch: number): IToken {
    return howMuch === 1 ? this.tok1 : this.LA(howMuch);
  }

  consumeToken(): void {
    if (this.tok1.tokenTypeIdx === EOF_IDX) return;
    this.prevTok = this.tok1;
    if (this.tok2 !== null) {
      this.tok1 = this.tok2;
      this.tok2 = null;
    } else {
      this.tok1 = this.scanner === null ? this.EOF_TOKEN : this.scanner.next();
    }
    this.consumed++;
  }

  override SKIP_TOKEN(): IToken {
    this.consumeToken();
    return this.tok1;
  }

  /** Used by chevrotain to notice a repetition that consumed nothing. */
  exportLexerState(): number {
    return this.consumed;
  }

  importLexerState(state: number): void {
    // only backtracking rewinds, and this parser never backtracks
    if (state !== this.consumed) throw new Error("cannot rewind the token stream");
  }

  resetLexerState(): void {}

  moveToTerminatedState(): void {
    while (this.tok1.tokenTypeIdx !== EOF_IDX) this.consumeToken();
  }

  // ------------------------------------------------------------------ diagnostics

  private err(pos: number, message: string, note: { pos: number; message: string } | null = null): void {
    if (this.reported.has(pos) || (pos > this.quietFrom && pos <= this.quietTo)) return;
    this.reported.add(pos);
    this.pending.push({ pos, severity: "error", message, note });
    if (++this.errorCount + this.errorBase >= MAX_ERRORS) throw STOP;
  }

  private warn(pos: number, message: string): void {
    this.pending.push({ pos, severity: "warning", message, note: null });
  }

  private fail(pos: number, message: string, note: { pos: number; message: string } | null = null): never {
    this.err(pos, message, note);
    throw ABORT;
  }

  /** A token's offset; chevrotain's own EOF token (never expected here) has none. */
  private tokPos(t: IToken): number {
    return Number.isNaN(t.startOffset) ? this.prevEnd() : t.startOffset;
  }

  /** Just after the previous token: where clang reports a missing punctuator. */
  private prevEnd(): number {
    const p = this.LA(0);
    if (p.tokenTypeIdx === EOF_IDX) return this.LA(1).startOffset;
    return p.startOffset + p.image.length;
  }

  private handle(e: unknown): void {
    if (e === ABORT) return;
    if (e instanceof Error && isRecognitionException(e)) {
      const ex = e as IRecognitionException;
      this.err(this.tokPos(ex.token), ex.message);
      return;
    }
    throw e;
  }

  private enter(): void {
    if (++this.nest > MAX_NEST) this.fail(this.LA(1).startOffset, `bracket nesting level exceeded maximum of ${MAX_NEST}`);
  }

  // ------------------------------------------------------------------ fast repetition

  /*
   * Chevrotain's MANY/OPTION look their decision up in a cache and keep bookkeeping on
   * every call. Where the decision is plain LL(1) (or a gate), these record the same MANY
   * or OPTION for the grammar but decide with a table lookup at run time. A loop body
   * must start by consuming a token of `more`, so it always advances.
   */
  private loop(i: number, more: boolean[], body: () => void): void {
    if (this.RECORDING_PHASE) this.many(i, body);
    else while (more[this.tok1.tokenTypeIdx]) body();
  }

  private loopWhile(i: number, more: () => boolean, body: () => void): void {
    if (this.RECORDING_PHASE) this.many(i, body);
    else while (more()) body();
  }

  /** CONSUME for a token already known to be next (recorded as CONSUME). */
  private take(i: number, tt: TokenType): IToken {
    if (this.RECORDING_PHASE) return this.consume(i, tt);
    const t = this.tok1;
    this.consumeToken();
    return t;
  }

  private opt<T>(i: number, yes: boolean, body: () => T): T | undefined {
    if (this.RECORDING_PHASE) return this.option(i, body);
    return yes ? body() : undefined;
  }

  // ------------------------------------------------------------------ expectations

  /** A punctuator that must come next; reported just after the previous token. */
  private expectPunct(i: number, tt: TokenType, message: string, open?: IToken): IToken {
    if (this.RECORDING_PHASE || this.tok1.tokenTypeIdx === tt.tokenTypeIdx) return this.take(i, tt);
    const note = open === undefined ? null : { pos: open.startOffset, message: `to match this '${open.image}'` };
    return this.fail(this.prevEnd(), message, note);
  }

  /** A token that must come next; reported at the offending token. */
  private expectTok(i: number, tt: TokenType, message: string): IToken {
    if (this.RECORDING_PHASE || this.tok1.tokenTypeIdx === tt.tokenTypeIdx) return this.take(i, tt);
    return this.fail(this.tok1.startOffset, message);
  }

  /**
   * A terminating ';'. When it is missing at the end of a line (or before '}'), report and
   * carry on as if it were there: the usual slip, and no tokens need skipping. A statement
   * ending `...)) ;` gets clang's "extraneous ')'" (not inside a `for (...)` header).
   */
  private expectSemi(i: number, message: string, endsStatement = true): void {
    if (this.RECORDING_PHASE || this.tok1.tokenTypeIdx === SEMI) {
      this.take(i, L.Semi);
      return;
    }
    const next = this.tok1;
    const k = next.tokenTypeIdx;
    if (endsStatement && (k === RPAREN || k === RBRACKET) && this.LA(2).tokenTypeIdx === SEMI) {
      this.err(next.startOffset, `extraneous '${next.image}' before ';'`);
      this.consumeToken();
      this.take(i, L.Semi);
      return;
    }
    const pos = this.prevEnd();
    this.err(pos, message);
    if (next.tokenTypeIdx === RBRACE || next.tokenTypeIdx === EOF_IDX) return;
    const nl = this.text.indexOf("\n", pos);
    if (nl !== -1 && nl < next.startOffset) return;
    throw ABORT;
  }

  // ------------------------------------------------------------------ resynchronisation

  private skipBraces(): void {
    let depth = 0;
    for (;;) {
      const k = this.LA(1).tokenTypeIdx;
      if (k === EOF_IDX) return;
      this.SKIP_TOKEN();
      if (k === LBRACE) depth++;
      else if (k === RBRACE && --depth <= 0) return;
    }
  }

  /** Skips the rest of a broken statement: through ';', or a braced block, or up to '}'. */
  private skipStatement(): void {
    let depth = 0;
    for (;;) {
      const k = this.LA(1).tokenTypeIdx;
      if (k === EOF_IDX || k === RBRACE) return;
      if (k === LBRACE) {
        this.skipBraces();
        if (depth === 0) return;
        continue;
      }
      this.SKIP_TOKEN();
      if (k === SEMI && depth === 0) return;
      if (k === LPAREN || k === LBRACKET) depth++;
      else if ((k === RPAREN || k === RBRACKET) && depth > 0) depth--;
    }
  }

  private skipTopLevel(): void {
    let depth = 0;
    for (;;) {
      const k = this.LA(1).tokenTypeIdx;
      if (k === EOF_IDX) return;
      if (k === LBRACE) {
        this.skipBraces();
        if (depth === 0) return;
        continue;
      }
      this.SKIP_TOKEN();
      if ((k === SEMI || k === RBRACE) && depth === 0) return;
      if (k === LPAREN || k === LBRACKET) depth++;
      else if ((k === RPAREN || k === RBRACKET) && depth > 0) depth--;
    }
  }

  // ------------------------------------------------------------------ scopes

  private isTypedefName(name: string): boolean {
    if (!this.typedefSeen.has(name)) return false;
    const s = this.scopes;
    for (let i = s.length - 1; i >= 0; i--) {
      const v = s[i]?.get(name);
      if (v !== undefined) return v;
    }
    return false;
  }

  private declare(d: Declarator, isTypedef: boolean): void {
    let x = d;
    while (x.kind !== "ident") x = x.inner;
    if (x.name === null) return;
    this.currentScope().set(x.name, isTypedef);
    if (isTypedef) this.typedefSeen.add(x.name);
  }

  private declareName(name: string): void {
    this.currentScope().set(name, false);
  }

  private currentScope(): Map<string, boolean> {
    const i = this.scopes.length - 1;
    return (this.scopes[i] ??= new Map());
  }

  // ------------------------------------------------------------------ lookahead predicates

  private startsDeclaration(): boolean {
    const t = this.LA(1);
    const k = t.tokenTypeIdx;
    if (DECL_START[k]) return true;
    if (k !== ID) return false;
    const k2 = this.LA(2).tokenTypeIdx;
    // after a typedef name, only these continue a declaration (`T + 1;`, `T: ...` do not)
    if (this.isTypedefName(t.image)) return k2 === ID || k2 === STAR || k2 === LPAREN || k2 === SEMI || DECL_START[k2]!;
    return k2 === ID; // `foo bar;` is never an expression: an unknown type name
  }

  private isTypeStart(t: IToken): boolean {
    const k = t.tokenTypeIdx;
    return DECL_START[k]! || (k === ID && this.isTypedefName(t.image));
  }

  /** `(` type-name `)`: a cast, a compound literal or sizeof(type). */
  private castAhead(): boolean {
    return this.LA(1).tokenTypeIdx === LPAREN && this.isTypeStart(this.LA(2));
  }

  private specContinues(spec: DeclSpec, ctx: number): boolean {
    const t = this.LA(1);
    const k = t.tokenTypeIdx;
    if (TYPE_SPEC[k]) {
      // after `struct S {...}` a type keyword means a forgotten ';'
      if (spec.tagged !== null) return false;
      return spec.typeWords.length === 0 || TYPE_WORD[k]!;
    }
    if (DECL_KW[k]) return true;
    if (k !== ID || spec.typeWords.length > 0 || spec.tagged !== null) return false;
    if (this.isTypedefName(t.image)) return true;
    const k2 = this.LA(2).tokenTypeIdx;
    if (k2 === ID) return true;
    if (ctx === CTX_TOP) return k2 === STAR;
    if (ctx === CTX_PARAM) return k2 === STAR || specIsEmpty(spec);
    return false;
  }

  private nestedDeclaratorAhead(mode: number): boolean {
    if (this.LA(1).tokenTypeIdx !== LPAREN) return false;
    const t2 = this.LA(2);
    const k2 = t2.tokenTypeIdx;
    if (k2 === STAR || k2 === LPAREN || k2 === LBRACKET) return true;
    return mode === MODE_PARAM && k2 === ID && !this.isTypedefName(t2.image);
  }

  // =================================================================== declarations

  private readonly translationUnit: ParserMethod<[], void> = this.RULE("translationUnit", (): void => {
    for (;;) {
      this.MANY(() => {
        const d = this.SUBRULE(this.externalDecl);
        if (d && !this.RECORDING_PHASE) this.items.push(d);
      });
      if (this.RECORDING_PHASE) break;
      const t = this.LA(1);
      if (t.tokenTypeIdx === EOF_IDX) break;
      if (t.tokenTypeIdx === RBRACE) {
        this.err(t.startOffset, "extraneous closing brace ('}')");
        this.SKIP_TOKEN();
      } else {
        this.err(t.startOffset, "expected identifier or '('");
        this.skipTopLevel();
      }
    }
  });

  private readonly externalDecl: ParserMethod<[], ExternalDecl | null> = this.RULE("externalDecl", (): ExternalDecl | null => {
    try {
      return this.SUBRULE(this.declOrFunctionDef);
    } catch (e) {
      this.handle(e);
      this.scopes.length = 1;
      this.nest = 0;
      this.skipTopLevel();
      return null;
    }
  });

  private readonly declOrFunctionDef: ParserMethod<[], ExternalDecl | null> = this.RULE("declOrFunctionDef", (): ExternalDecl | null => {
    this.fnScopes.length = 0;
    const spec = this.SUBRULE(this.declSpec, ARGS_TOP);
    if (!this.RECORDING_PHASE) {
      const t = this.LA(1);
      if (specIsEmpty(spec)) {
        if (t.tokenTypeIdx === SEMI) {
          this.SKIP_TOKEN(); // a stray ';' at file scope
          return null;
        }
        if (t.tokenTypeIdx !== ID) this.fail(t.startOffset, "expected identifier or '('");
        this.warn(t.startOffset, "type specifier missing, defaults to 'int'");
        spec.typeWords.push({ word: "int", pos: t.startOffset });
      }
      const early = this.missingSemiAfterTag(spec);
      if (early !== null) return early;
    }
    const semi = this.opt(0, this.tok1.tokenTypeIdx === SEMI, () => this.CONSUME(L.Semi));
    if (semi !== undefined && !this.RECORDING_PHASE) return { kind: "declaration", pos: spec.pos, spec, declarators: [] };
    return this.SUBRULE(this.declaratorsOrFunction, { ARGS: [spec] });
  });

  /** `struct S {...}` directly followed by something that cannot continue the declaration. */
  private missingSemiAfterTag(spec: DeclSpec): Declaration | null {
    const tag = spec.tagged;
    if (tag === null || tag.kind === "typedefName") return null;
    if ((tag.kind === "structSpec" ? tag.members : tag.enumerators) === null) return null;
    const k = this.LA(1).tokenTypeIdx;
    if (k === ID || k === STAR || k === LPAREN || k === SEMI) return null;
    const what = tag.kind === "enumSpec" ? "enum" : tag.isUnion ? "union" : "struct";
    this.err(this.prevEnd(), `expected ';' after ${what}`);
    return { kind: "declaration", pos: spec.pos, spec, declarators: [] };
  }

  private readonly declaratorsOrFunction: ParserMethod<[DeclSpec], ExternalDecl> = this.RULE(
    "declaratorsOrFunction",
    (spec: DeclSpec): ExternalDecl => {
      const first = this.SUBRULE(this.declarator);
      if (!this.RECORDING_PHASE) this.declare(first, spec.storage === "typedef");
      const fd = this.opt(0, !this.RECORDING_PHASE && this.functionDefAhead(first), () => this.SUBRULE(this.functionDefRest, { ARGS: [spec, first] }));
      if (fd !== undefined && !this.RECORDING_PHASE) return fd;
      const init = this.opt(2, this.tok1.tokenTypeIdx === ASSIGN, () => {
        this.CONSUME(L.Assign);
        return this.SUBRULE(this.initializer);
      });
      const decls: InitDeclarator[] = [{ pos: first?.pos, declarator: first, init: init ?? null }];
      this.loop(0, IS_COMMA, () => {
        this.CONSUME(L.Comma);
        decls.push(this.SUBRULE(this.initDeclarator, { ARGS: [spec] }));
      });
      if (!this.RECORDING_PHASE) this.checkDeclarators(decls);
      this.expectSemi(0, "expected ';' after declaration");
      return { kind: "declaration", pos: spec?.pos, spec, declarators: decls };
    },
  );

  /** After the first declarator: does a function body (or K&R declarations) follow? */
  private functionDefAhead(d: Declarator): boolean {
    const fn = declaredFunction(d);
    if (fn === null) return false;
    return this.tok1.tokenTypeIdx === LBRACE || (fn.identifiers.length > 0 && this.startsDeclaration());
  }

  /** Declarations that are not definitions cannot use an identifier list. */
  private checkDeclarators(decls: InitDeclarator[]): void {
    for (const d of decls) {
      const fn = declaredFunction(d.declarator);
      if (fn !== null && fn.identifiers.length > 0) this.err(fn.identifiers[0]!.pos, "a parameter list without types is only allowed in a function definition");
    }
    const k = this.LA(1).tokenTypeIdx;
    if (k === LBRACE && declaredFunction(decls[decls.length - 1]!.declarator) !== null) {
      this.fail(this.LA(1).startOffset, "function definition is not allowed here");
    }
  }

  private readonly functionDefRest: ParserMethod<[DeclSpec, Declarator], FunctionDef> = this.RULE(
    "functionDefRest",
    (spec: DeclSpec, d: Declarator): FunctionDef => {
      if (!this.RECORDING_PHASE) {
        // the parameters' scope becomes the body's scope
        const fn = declaredFunction(d);
        this.scopes.push(this.fnScopes.find((f) => f.fn === fn)?.scope ?? null);
      }
      const olds: Declaration[] = [];
      this.loopWhile(
        0,
        () => this.tok1.tokenTypeIdx !== LBRACE && this.startsDeclaration(),
        () => {
          olds.push(this.SUBRULE(this.declaration));
        },
      );
      if (!this.RECORDING_PHASE && this.tok1.tokenTypeIdx !== LBRACE) this.fail(this.tok1.startOffset, "expected function body after function declarator");
      const body = this.SUBRULE(this.compoundStatement, ARGS_FALSE);
      if (!this.RECORDING_PHASE) this.scopes.pop();
      return { kind: "functionDef", pos: spec?.pos, spec, declarator: d, oldStyleDecls: olds, body, endPos: body?.endPos };
    },
  );

  /** A declaration inside a block, a `for` header, or between `)` and `{` of a K&R definition. */
  private readonly declaration: ParserMethod<[], Declaration> = this.RULE("declaration", (): Declaration => {
    const spec = this.SUBRULE(this.declSpec, ARGS_BLOCK);
    if (!this.RECORDING_PHASE) {
      const early = this.missingSemiAfterTag(spec);
      if (early !== null) return early;
    }
    const decls: InitDeclarator[] = [];
    this.opt(0, IS_DECLARATOR_START[this.tok1.tokenTypeIdx]!, () => {
      decls.push(this.SUBRULE(this.initDeclarator, { ARGS: [spec] }));
      this.loop(0, IS_COMMA, () => {
        this.CONSUME(L.Comma);
        decls.push(this.SUBRULE2(this.initDeclarator, { ARGS: [spec] }));
      });
    });
    if (!this.RECORDING_PHASE) {
      if (decls.length === 0) {
        if (this.LA(1).tokenTypeIdx !== SEMI) this.fail(this.LA(1).startOffset, "expected identifier or '('");
      } else {
        this.checkDeclarators(decls);
      }
    }
    this.expectSemi(0, "expected ';' after declaration");
    return { kind: "declaration", pos: spec.pos, spec, declarators: decls };
  });

  private readonly initDeclarator: ParserMethod<[DeclSpec], InitDeclarator> = this.RULE("initDeclarator", (spec: DeclSpec): InitDeclarator => {
    const d = this.SUBRULE(this.declarator);
    if (!this.RECORDING_PHASE) this.declare(d, spec.storage === "typedef");
    const init = this.opt(0, this.tok1.tokenTypeIdx === ASSIGN, () => {
      this.CONSUME(L.Assign);
      return this.SUBRULE(this.initializer);
    });
    return { pos: d?.pos, declarator: d, init: init ?? null };
  });

  // ------------------------------------------------------------------ specifiers

  private readonly specAlts: IOrAlt<void>[] = [
    {
      ALT: () => {
        const t = this.CONSUME(L.DeclSpecKw);
        if (!this.RECORDING_PHASE) this.applyKeyword(this.curSpec, t);
      },
    },
    {
      ALT: () => {
        const spec = this.curSpec;
        const s = this.SUBRULE(this.structSpec);
        spec.tagged = s;
      },
    },
    {
      ALT: () => {
        const spec = this.curSpec;
        const s = this.SUBRULE(this.enumSpec);
        spec.tagged = s;
      },
    },
    {
      ALT: () => {
        const spec = this.curSpec;
        const t = this.CONSUME(L.Identifier);
        if (!this.RECORDING_PHASE && !this.isTypedefName(t.image)) {
          const tag = this.tagsSeen.get(t.image);
          this.err(t.startOffset, tag === undefined ? `unknown type name '${t.image}'` : `must use '${tag}' tag to refer to type '${t.image}'`);
        }
        spec.tagged = { kind: "typedefName", pos: t.startOffset, name: t.image };
      },
    },
  ];

  private readonly declSpec: ParserMethod<[number], DeclSpec> = this.RULE("declSpec", (ctx: number): DeclSpec => {
    const spec = newSpec(this.RECORDING_PHASE ? 0 : this.tok1.startOffset);
    if (this.RECORDING_PHASE) {
      this.MANY(() => this.OR(this.specAlts));
    } else {
      // the MANY's decision is exactly this gate (plus LL(1), which it implies)
      while (this.specContinues(spec, ctx)) {
        this.curSpec = spec;
        this.OR(this.specAlts);
      }
    }
    if (spec.typeWords.length === 0 && spec.tagged === null && !specIsEmpty(spec) && !this.RECORDING_PHASE) {
      // C89 implicit int: `static x;`, `const y = 1;`
      this.warn(spec.pos, "type specifier missing, defaults to 'int'");
      spec.typeWords.push({ word: "int", pos: spec.pos });
    }
    return spec;
  });

  private applyKeyword(spec: DeclSpec, t: IToken): void {
    const info = KW_INFO[t.tokenTypeIdx];
    if (info === null || info === undefined) return;
    switch (info.kind) {
      case "storage":
        if (spec.storage === null) {
          spec.storage = info.word;
          spec.storagePos = t.startOffset;
        } else if (spec.storage === info.word) {
          this.warn(t.startOffset, `duplicate '${info.word}' declaration specifier`);
        } else {
          this.err(t.startOffset, `cannot combine with previous '${spec.storage}' declaration specifier`);
        }
        return;
      case "const":
        spec.isConst = true;
        return;
      case "volatile":
        spec.isVolatile = true;
        return;
      case "restrict":
        return;
      case "inline":
        spec.isInline = true;
        return;
      case "type":
        spec.typeWords.push({ word: info.word, pos: t.startOffset });
        return;
    }
  }

  private readonly structSpec: ParserMethod<[], StructSpec> = this.RULE("structSpec", (): StructSpec => {
    const kw = this.CONSUME(L.StructOrUnion);
    const tag = this.opt(0, this.tok1.tokenTypeIdx === ID, () => this.CONSUME(L.Identifier));
    const members = this.opt(2, this.tok1.tokenTypeIdx === LBRACE, () => {
      const lb = this.CONSUME(L.LBrace);
      this.enter();
      const list: StructMemberDecl[] = [];
      for (;;) {
        this.MANY(() => {
          const m = this.SUBRULE(this.structMember);
          if (m !== null) list.push(m);
        });
        if (this.RECORDING_PHASE) break;
        const t = this.LA(1);
        if (t.tokenTypeIdx === RBRACE || t.tokenTypeIdx === EOF_IDX) break;
        this.err(t.startOffset, "type name requires a specifier or qualifier");
        this.skipStatement();
      }
      this.expectPunct(0, L.RBrace, "expected '}'", lb);
      this.nest--;
      return list;
    });
    const isUnion = kw.tokenType === L.Union;
    if (tag !== undefined && !this.RECORDING_PHASE) this.tagsSeen.set(tag.image, isUnion ? "union" : "struct");
    if (!this.RECORDING_PHASE && tag === undefined && members === undefined) {
      const t = this.LA(1);
      this.fail(t.startOffset, t.tokenTypeIdx === SEMI ? `declaration of anonymous ${isUnion ? "union" : "struct"} must be a definition` : "expected identifier or '{'");
    }
    return { kind: "structSpec", pos: kw.startOffset, isUnion, tag: tag?.image ?? null, members: members ?? null };
  });

  private readonly structMember: ParserMethod<[], StructMemberDecl | null> = this.RULE("structMember", (): StructMemberDecl | null => {
    const depth = this.scopes.length;
    const nest = this.nest;
    try {
      return this.SUBRULE(this.memberDecl);
    } catch (e) {
      this.handle(e);
      this.scopes.length = depth;
      this.nest = nest;
      this.skipStatement();
      return null;
    }
  });

  private readonly memberDecl: ParserMethod<[], StructMemberDecl | null> = this.RULE("memberDecl", (): StructMemberDecl | null => {
    const spec = this.SUBRULE(this.declSpec, ARGS_PARAM);
    if (!this.RECORDING_PHASE && specIsEmpty(spec)) {
      const t = this.LA(1);
      if (t.tokenTypeIdx !== SEMI) this.fail(t.startOffset, "type name requires a specifier or qualifier");
      this.SKIP_TOKEN(); // an extra ';' inside a struct
      return null;
    }
    const decls: StructMemberDecl["declarators"] = [];
    this.opt(0, IS_MEMBER_DECLARATOR_START[this.tok1.tokenTypeIdx]!, () => {
      decls.push(this.SUBRULE(this.memberDeclarator));
      this.loop(0, IS_COMMA, () => {
        this.CONSUME(L.Comma);
        decls.push(this.SUBRULE2(this.memberDeclarator));
      });
    });
    this.expectSemi(0, "expected ';' at end of declaration list");
    return { pos: spec.pos, spec, declarators: decls };
  });

  private readonly memberDeclarator: ParserMethod<[], StructMemberDecl["declarators"][number]> = this.RULE("memberDeclarator", () =>
    this.OR(this.memberDeclAlts),
  );

  private readonly memberDeclAlts: IOrAlt<StructMemberDecl["declarators"][number]>[] = [
      {
        ALT: () => {
          const c = this.CONSUME(L.Colon);
          const w = this.SUBRULE(this.conditional);
          return { declarator: { kind: "ident" as const, pos: c.startOffset, name: null }, bitWidth: w, pos: c.startOffset };
        },
      },
      {
        ALT: () => {
          const d = this.SUBRULE(this.declarator);
          const w = this.opt(0, this.tok1.tokenTypeIdx === COLON, () => {
            this.CONSUME2(L.Colon);
            return this.SUBRULE2(this.conditional);
          });
          return { declarator: d, bitWidth: w ?? null, pos: d?.pos };
        },
      },
  ];

  private readonly enumSpec: ParserMethod<[], EnumSpec> = this.RULE("enumSpec", (): EnumSpec => {
    const kw = this.CONSUME(L.Enum);
    const tag = this.opt(0, this.tok1.tokenTypeIdx === ID, () => this.CONSUME(L.Identifier));
    const list = this.opt(2, this.tok1.tokenTypeIdx === LBRACE, () => {
      const lb = this.CONSUME(L.LBrace);
      const items: NonNullable<EnumSpec["enumerators"]> = [];
      items.push(this.SUBRULE(this.enumerator));
      this.loopWhile(
        0,
        () => this.tok1.tokenTypeIdx === COMMA && this.LA(2).tokenTypeIdx !== RBRACE,
        () => {
          this.CONSUME(L.Comma);
          items.push(this.SUBRULE2(this.enumerator));
        },
      );
      this.opt(3, this.tok1.tokenTypeIdx === COMMA, () => this.CONSUME2(L.Comma));
      this.expectPunct(0, L.RBrace, "expected '= constant-expression' or end of enumerator definition", lb);
      return items;
    });
    if (tag !== undefined && !this.RECORDING_PHASE) this.tagsSeen.set(tag.image, "enum");
    if (!this.RECORDING_PHASE && tag === undefined && list === undefined) this.fail(this.LA(1).startOffset, "expected identifier or '{'");
    return { kind: "enumSpec", pos: kw.startOffset, tag: tag?.image ?? null, enumerators: list ?? null };
  });

  private readonly enumerator: ParserMethod<[], { name: string; value: Expr | null; pos: number }> = this.RULE("enumerator", () => {
    const n = this.expectTok(0, L.Identifier, "expected identifier");
    const v = this.opt(0, this.tok1.tokenTypeIdx === ASSIGN, () => {
      this.CONSUME(L.Assign);
      return this.SUBRULE(this.conditional);
    });
    if (!this.RECORDING_PHASE) this.declareName(n.image);
    return { name: n.image, value: v ?? null, pos: n.startOffset };
  });

  // ------------------------------------------------------------------ declarators

  /** A declarator that must name something (declarations, members, definitions). */
  private readonly declarator: ParserMethod<[], Declarator> = this.RULE("declarator", (): Declarator => this.declaratorBody(0));

  /** A declarator that may (params) or must (type names) omit the name. */
  private readonly absDeclarator: ParserMethod<[number], Declarator> = this.RULE("absDeclarator", (mode: number): Declarator =>
    this.declaratorBody(mode ?? MODE_ABSTRACT),
  );

  /** Inputs of the cached declarator alternatives (read at the start of each ALT). */
  private declMode = 0;
  private declStart = 0;
  private declInner: Declarator = { kind: "ident", pos: 0, name: null };

  private readonly concreteBaseAlts: OrMethodOpts<Declarator> = {
    DEF: [
      {
        ALT: (): Declarator => {
          const t = this.CONSUME(L.Identifier);
          return { kind: "ident", pos: t.startOffset, name: t.image };
        },
      },
      {
        ALT: (): Declarator => {
          const lp = this.CONSUME(L.LParen);
          this.enter();
          const inner = this.SUBRULE(this.declarator);
          this.expectPunct(0, L.RParen, "expected ')'", lp);
          this.nest--;
          return inner;
        },
      },
    ],
    ERR_MSG: "expected identifier or '('",
  };

  private readonly abstractBaseAlts: OrMethodOpts<Declarator> = {
    DEF: [
      {
        GATE: () => this.declMode !== MODE_ABSTRACT,
        ALT: (): Declarator => {
          const t = this.CONSUME(L.Identifier);
          return { kind: "ident", pos: t.startOffset, name: t.image };
        },
      },
      {
        GATE: () => this.nestedDeclaratorAhead(this.declMode),
        ALT: (): Declarator => {
          const args = this.declMode === MODE_PARAM ? ARGS_MODE_PARAM : ARGS_ABSTRACT;
          const lp = this.CONSUME(L.LParen);
          this.enter();
          const inner = this.SUBRULE(this.absDeclarator, args);
          this.expectPunct(0, L.RParen, "expected ')'", lp);
          this.nest--;
          return inner;
        },
      },
      { ALT: (): Declarator => ({ kind: "ident", pos: this.declStart, name: null }) },
    ],
    ERR_MSG: "expected identifier or '('",
  };

  private readonly arraySizeAlts: IOrAlt<Expr | null>[] = [
    {
      GATE: () => this.tok1.tokenTypeIdx === STAR && this.LA(2).tokenTypeIdx === RBRACKET,
      ALT: () => {
        this.CONSUME2(L.Star);
        return null; // `[*]`
      },
    },
    { ALT: () => this.SUBRULE(this.assignment) },
  ];

  private readonly declSuffixAlts: IOrAlt<Declarator>[] = [
    {
      ALT: (): Declarator => {
        const inner = this.declInner;
        const start = this.declStart;
        const lb = this.CONSUME(L.LBracket);
        this.loop(4, IS_QUAL_OR_STATIC, () => this.OR3([{ ALT: () => this.CONSUME2(L.TypeQualKw) }, { ALT: () => this.CONSUME(L.Static) }]));
        const size = this.opt(0, this.tok1.tokenTypeIdx !== RBRACKET, () => this.OR4(this.arraySizeAlts));
        this.expectPunct(1, L.RBracket, "expected ']'", lb);
        return { kind: "array", pos: start, size: size ?? null, inner };
      },
    },
    {
      ALT: (): Declarator => {
        const inner = this.declInner;
        const start = this.declStart;
        const pl = this.SUBRULE(this.paramList);
        const fn: FunctionDeclarator = {
          kind: "function",
          pos: start,
          params: pl.params,
          variadic: pl.variadic,
          oldStyle: pl.oldStyle,
          identifiers: pl.identifiers,
          inner,
        };
        if (!this.RECORDING_PHASE && pl.scope !== null) this.fnScopes.push({ fn, scope: pl.scope });
        return fn;
      },
    },
  ];

  /**
   * Shared by the two declarator rules; `mode` 0 (concrete) records no empty alternative.
   * Pointers wrap everything after them; suffixes wrap what precedes them.
   */
  private declaratorBody(mode: number): Declarator {
    let ptrs: { pos: number; isConst: boolean; isVolatile: boolean }[] | null = null;
    this.loop(0, IS_STAR, () => {
      const s = this.CONSUME(L.Star);
      const p = { pos: s.startOffset, isConst: false, isVolatile: false };
      this.loop(2, IS_QUAL, () => {
        const q = this.CONSUME(L.TypeQualKw);
        if (q.tokenType === L.Const) p.isConst = true;
        else if (q.tokenType === L.Volatile) p.isVolatile = true;
      });
      (ptrs ??= []).push(p);
    });
    const start = this.tok1.startOffset;
    let d: Declarator;
    if (mode === 0) {
      d = this.OR(this.concreteBaseAlts);
    } else {
      this.declMode = mode;
      this.declStart = start;
      d = this.OR(this.abstractBaseAlts);
    }
    this.loop(3, IS_DECL_SUFFIX, () => {
      this.declInner = d;
      this.declStart = start;
      d = this.OR2(this.declSuffixAlts);
    });
    // (assigned inside the loop closure, which TypeScript's narrowing cannot see)
    const ps = ptrs as { pos: number; isConst: boolean; isVolatile: boolean }[] | null;
    if (ps !== null) {
      for (let i = ps.length - 1; i >= 0; i--) {
        const p = ps[i]!;
        d = { kind: "pointer", pos: p.pos, isConst: p.isConst, isVolatile: p.isVolatile, inner: d };
      }
    }
    return d;
  }

  private readonly paramListAlts: OrMethodOpts<ParamListResult> = {
    DEF: [
      {
        GATE: () => {
          const t = this.tok1;
          if (t.tokenTypeIdx !== ID || this.isTypedefName(t.image)) return false;
          const k2 = this.LA(2).tokenTypeIdx;
          return k2 === COMMA || k2 === RPAREN;
        },
        ALT: () => this.SUBRULE(this.identifierList),
      },
      { ALT: () => this.SUBRULE(this.paramDecls) },
    ],
    ERR_MSG: "expected parameter declarator",
  };

  private readonly paramList: ParserMethod<[], ParamListResult> = this.RULE("paramList", (): ParamListResult => {
    const lp = this.CONSUME(L.LParen);
    if (!this.RECORDING_PHASE) this.scopes.push(null);
    const r = this.opt(0, this.tok1.tokenTypeIdx !== RPAREN, () => this.OR(this.paramListAlts));
    this.expectPunct(0, L.RParen, "expected ')'", lp);
    const scope = this.RECORDING_PHASE ? null : this.scopes.pop()!;
    if (r === undefined || this.RECORDING_PHASE) return { params: [], variadic: false, oldStyle: true, identifiers: [], scope };
    r.scope = scope;
    return r;
  });

  private readonly identifierList: ParserMethod<[], ParamListResult> = this.RULE("identifierList", (): ParamListResult => {
    const ids: { name: string; pos: number }[] = [];
    const first = this.CONSUME(L.Identifier);
    ids.push({ name: first.image, pos: first.startOffset });
    this.loop(0, IS_COMMA, () => {
      this.CONSUME(L.Comma);
      const t = this.expectTok(1, L.Identifier, "expected identifier");
      ids.push({ name: t.image, pos: t.startOffset });
    });
    if (!this.RECORDING_PHASE) for (const id of ids) this.declareName(id.name);
    return { params: [], variadic: false, oldStyle: true, identifiers: ids, scope: null };
  });

  /** A parameter declaration or `...` (returned as its token), with DSL index i. */
  private paramOrEllipsis(i: number): IOrAlt<ParamDecl | IToken>[] {
    return [{ ALT: () => this.consume(i, L.Ellipsis) }, { ALT: () => this.subrule(i, this.paramDecl) }];
  }
  private readonly paramAlts0 = { DEF: this.paramOrEllipsis(0), ERR_MSG: "expected parameter declarator" };
  private readonly paramAlts1 = { DEF: this.paramOrEllipsis(1), ERR_MSG: "expected parameter declarator" };

  private readonly paramDecls: ParserMethod<[], ParamListResult> = this.RULE("paramDecls", (): ParamListResult => {
    const params: ParamDecl[] = [];
    let variadic = false;
    const take = (p: ParamDecl | IToken): void => {
      if (this.RECORDING_PHASE) return;
      if (!("tokenType" in p)) {
        params.push(p);
        return;
      }
      if (params.length === 0) this.err(p.startOffset, "ISO C requires a named parameter before '...'");
      variadic = true;
    };
    take(this.or(0, this.paramAlts0));
    this.loopWhile(
      0,
      () => !variadic && this.tok1.tokenTypeIdx === COMMA,
      () => {
        this.CONSUME(L.Comma);
        take(this.or(1, this.paramAlts1));
      },
    );
    if (!this.RECORDING_PHASE && params.length === 1 && !variadic) {
      // `(void)`: no parameters
      const p = params[0]!;
      const s = p.spec;
      if (
        p.declarator.kind === "ident" &&
        p.declarator.name === null &&
        s.typeWords.length === 1 &&
        s.typeWords[0]!.word === "void" &&
        s.tagged === null &&
        s.storage === null &&
        !s.isConst &&
        !s.isVolatile
      ) {
        params.length = 0;
      }
    }
    return { params, variadic, oldStyle: false, identifiers: [], scope: null };
  });

  private readonly paramDecl: ParserMethod<[], ParamDecl> = this.RULE("paramDecl", (): ParamDecl => {
    const spec = this.SUBRULE(this.declSpec, ARGS_PARAM);
    if (!this.RECORDING_PHASE && specIsEmpty(spec)) this.fail(this.LA(1).startOffset, "expected parameter declarator");
    const d = this.SUBRULE(this.absDeclarator, ARGS_MODE_PARAM);
    if (!this.RECORDING_PHASE) this.declare(d, false);
    return { pos: spec.pos, spec, declarator: d };
  });

  private readonly typeName: ParserMethod<[], TypeName> = this.RULE("typeName", (): TypeName => {
    const spec = this.SUBRULE(this.declSpec, ARGS_BLOCK);
    if (!this.RECORDING_PHASE && spec.storage !== null) this.err(spec.storagePos, "type name does not allow storage class to be specified");
    const d = this.SUBRULE(this.absDeclarator, ARGS_ABSTRACT);
    return { pos: spec.pos, spec, declarator: d };
  });

  // ------------------------------------------------------------------ initializers

  private readonly initializerAlts: OrMethodOpts<Initializer> = {
    DEF: [
      { ALT: (): Initializer => this.SUBRULE(this.initList) },
      {
        ALT: (): Initializer => {
          const e = this.SUBRULE(this.assignment);
          return { kind: "initExpr", pos: e.pos, expr: e };
        },
      },
    ],
    ERR_MSG: "expected expression",
  };

  private readonly initializer: ParserMethod<[], Initializer> = this.RULE("initializer", (): Initializer => this.OR(this.initializerAlts));

  private readonly initList: ParserMethod<[], InitList> = this.RULE("initList", (): InitList => {
    const lb = this.CONSUME(L.LBrace);
    this.enter();
    const items: InitList["items"] = [];
    this.opt(0, this.tok1.tokenTypeIdx !== RBRACE, () => {
      items.push(this.SUBRULE(this.initItem));
      this.loopWhile(
        0,
        () => this.tok1.tokenTypeIdx === COMMA && this.LA(2).tokenTypeIdx !== RBRACE,
        () => {
          this.CONSUME(L.Comma);
          items.push(this.SUBRULE2(this.initItem));
        },
      );
      this.opt(2, this.tok1.tokenTypeIdx === COMMA, () => this.CONSUME2(L.Comma));
    });
    this.expectPunct(0, L.RBrace, "expected '}'", lb);
    this.nest--;
    return { kind: "initList", pos: lb.startOffset, items };
  });

  private readonly designatorAlts: IOrAlt<Designator>[] = [
    {
      ALT: (): Designator => {
        const d = this.CONSUME(L.Dot);
        const n = this.expectTok(0, L.Identifier, "expected a field designator, such as '.field = 4'");
        return { kind: "field", name: n.image, pos: d.startOffset };
      },
    },
    {
      ALT: (): Designator => {
        const lb = this.CONSUME(L.LBracket);
        const e = this.SUBRULE(this.conditional);
        this.expectPunct(0, L.RBracket, "expected ']'", lb);
        return { kind: "index", index: e, pos: lb.startOffset };
      },
    },
  ];

  private readonly initItem: ParserMethod<[], InitList["items"][number]> = this.RULE("initItem", () => {
    const desigs: Designator[] = [];
    this.loop(0, IS_DESIGNATOR, () => {
      desigs.push(this.OR(this.designatorAlts));
    });
    const eq = this.opt(0, desigs.length > 0 && this.tok1.tokenTypeIdx === ASSIGN, () => this.CONSUME(L.Assign));
    if (!this.RECORDING_PHASE && desigs.length > 0 && eq === undefined) this.fail(this.prevEnd(), "expected '=' or another designator");
    const init = this.SUBRULE(this.initializer);
    return { designators: desigs, init, pos: desigs.length > 0 ? desigs[0]!.pos : init?.pos };
  });

  // =================================================================== statements

  private readonly compoundStatement: ParserMethod<[boolean], Block> = this.RULE("compoundStatement", (newScope: boolean): Block => {
    const lb = this.CONSUME(L.LBrace);
    if (newScope && !this.RECORDING_PHASE) this.scopes.push(null);
    const items: Stmt[] = [];
    for (;;) {
      this.MANY(() => {
        const s = this.SUBRULE(this.blockItem);
        if (s !== null) items.push(s);
      });
      if (this.RECORDING_PHASE) break;
      const t = this.LA(1);
      if (t.tokenTypeIdx === RBRACE || t.tokenTypeIdx === EOF_IDX) break;
      // a token that cannot start a statement, such as ')' or 'else'
      this.err(t.startOffset, "expected expression");
      this.skipStatement();
      if (this.LA(1) === t) this.SKIP_TOKEN();
    }
    const rb = this.expectPunct(0, L.RBrace, "expected '}'", lb);
    if (newScope && !this.RECORDING_PHASE) this.scopes.pop();
    return { kind: "block", pos: lb.startOffset, items, endPos: rb.startOffset };
  });

  private readonly blockItemAlts: IOrAlt<Stmt>[] = [
    {
      GATE: () => this.startsDeclaration(),
      ALT: (): Stmt => {
        const d = this.SUBRULE(this.declaration);
        return { kind: "declStmt", pos: d.pos, decl: d };
      },
    },
    { ALT: (): Stmt => this.SUBRULE(this.statement) },
  ];

  private readonly blockItem: ParserMethod<[], Stmt | null> = this.RULE("blockItem", (): Stmt | null => {
    const depth = this.scopes.length;
    const nest = this.nest;
    try {
      if (this.RECORDING_PHASE) return this.OR(this.blockItemAlts);
      // same decision as the gated OR, without its per-call allocations
      if (!this.startsDeclaration()) return this.SUBRULE(this.statement);
      const d = this.SUBRULE(this.declaration);
      return { kind: "declStmt", pos: d.pos, decl: d };
    } catch (e) {
      this.handle(e);
      this.scopes.length = depth;
      this.nest = nest;
      this.skipStatement();
      return null;
    }
  });

  private readonly statementAlts: OrMethodOpts<Stmt> = {
    DEF: [
      { ALT: (): Stmt => this.SUBRULE(this.compoundStatement, ARGS_TRUE) },
      { ALT: (): Stmt => this.SUBRULE(this.ifStatement) },
      { ALT: (): Stmt => this.SUBRULE(this.whileStatement) },
      { ALT: (): Stmt => this.SUBRULE(this.doStatement) },
      { ALT: (): Stmt => this.SUBRULE(this.forStatement) },
      { ALT: (): Stmt => this.SUBRULE(this.switchStatement) },
      { ALT: (): Stmt => this.SUBRULE(this.caseStatement) },
      { ALT: (): Stmt => this.SUBRULE(this.defaultStatement) },
      { ALT: (): Stmt => this.SUBRULE(this.jumpStatement) },
      { ALT: (): Stmt => this.SUBRULE(this.returnStatement) },
      {
        ALT: (): Stmt => {
          const t = this.CONSUME(L.Semi);
          return { kind: "empty", pos: t.startOffset };
        },
      },
      { ALT: (): Stmt => this.SUBRULE(this.exprOrLabelStatement) },
    ],
    ERR_MSG: "expected expression",
  };

  private readonly statement: ParserMethod<[], Stmt> = this.RULE("statement", (): Stmt => {
    if (!this.RECORDING_PHASE) {
      const t = this.LA(1);
      if (t.tokenTypeIdx === RBRACE || t.tokenTypeIdx === EOF_IDX) this.fail(t.startOffset, "expected statement");
    }
    this.enter();
    const s = this.OR(this.statementAlts);
    this.nest--;
    return s;
  });

  /** The statement after a label: C99 wants one even at the end of a block. */
  private labelBody(): Stmt {
    if (!this.RECORDING_PHASE && this.LA(1).tokenTypeIdx === RBRACE) {
      const pos = this.LA(1).startOffset;
      this.err(pos, "label at end of compound statement: expected statement");
      return { kind: "empty", pos };
    }
    return this.SUBRULE(this.statement);
  }

  private readonly ifStatement: ParserMethod<[], Stmt> = this.RULE("ifStatement", (): Stmt => {
    const t = this.CONSUME(L.If);
    const lp = this.expectPunct(0, L.LParen, "expected '(' after 'if'");
    const cond = this.SUBRULE(this.expression);
    this.expectPunct(0, L.RParen, "expected ')'", lp);
    const then = this.SUBRULE(this.statement);
    const els = this.opt(0, this.tok1.tokenTypeIdx === ELSE, () => {
      this.CONSUME(L.Else);
      return this.SUBRULE2(this.statement);
    });
    return { kind: "if", pos: t.startOffset, cond, then, else: els ?? null };
  });

  private readonly whileStatement: ParserMethod<[], Stmt> = this.RULE("whileStatement", (): Stmt => {
    const t = this.CONSUME(L.While);
    const lp = this.expectPunct(0, L.LParen, "expected '(' after 'while'");
    const cond = this.SUBRULE(this.expression);
    this.expectPunct(0, L.RParen, "expected ')'", lp);
    const body = this.SUBRULE(this.statement);
    return { kind: "while", pos: t.startOffset, cond, body };
  });

  private readonly doStatement: ParserMethod<[], Stmt> = this.RULE("doStatement", (): Stmt => {
    const t = this.CONSUME(L.Do);
    const body = this.SUBRULE(this.statement);
    this.expectTok(0, L.While, "expected 'while' in do/while loop");
    const lp = this.expectPunct(0, L.LParen, "expected '(' after 'while'");
    const cond = this.SUBRULE(this.expression);
    this.expectPunct(0, L.RParen, "expected ')'", lp);
    this.expectSemi(0, "expected ';' after do/while statement");
    return { kind: "doWhile", pos: t.startOffset, body, cond };
  });

  private readonly forInitAlts: OrMethodOpts<ExprStmt | DeclStmt | null> = {
    DEF: [
      {
        GATE: () => this.startsDeclaration(),
        ALT: (): DeclStmt => {
          const d = this.SUBRULE(this.declaration);
          return { kind: "declStmt", pos: d.pos, decl: d };
        },
      },
      {
        ALT: (): null => {
          this.CONSUME1(L.Semi);
          return null;
        },
      },
      {
        ALT: (): ExprStmt => {
          const e = this.SUBRULE(this.expression);
          this.expectSemi(2, "expected ';' in 'for' statement specifier", false);
          return { kind: "exprStmt", pos: e.pos, expr: e };
        },
      },
    ],
    ERR_MSG: "expected expression",
  };

  private readonly forStatement: ParserMethod<[], Stmt> = this.RULE("forStatement", (): Stmt => {
    const t = this.CONSUME(L.For);
    const lp = this.expectPunct(0, L.LParen, "expected '(' after 'for'");
    if (!this.RECORDING_PHASE) this.scopes.push(null);
    const init = this.OR(this.forInitAlts);
    const cond = this.opt(0, this.tok1.tokenTypeIdx !== SEMI, () => this.SUBRULE2(this.expression));
    this.expectSemi(3, "expected ';' in 'for' statement specifier", false);
    const step = this.opt(2, this.tok1.tokenTypeIdx !== RPAREN, () => this.SUBRULE3(this.expression));
    this.expectPunct(0, L.RParen, "expected ')'", lp);
    const body = this.SUBRULE(this.statement);
    if (!this.RECORDING_PHASE) this.scopes.pop();
    return { kind: "for", pos: t.startOffset, init, cond: cond ?? null, step: step ?? null, body };
  });

  private readonly switchStatement: ParserMethod<[], Stmt> = this.RULE("switchStatement", (): Stmt => {
    const t = this.CONSUME(L.Switch);
    const lp = this.expectPunct(0, L.LParen, "expected '(' after 'switch'");
    const cond = this.SUBRULE(this.expression);
    this.expectPunct(0, L.RParen, "expected ')'", lp);
    const body = this.SUBRULE(this.statement);
    return { kind: "switch", pos: t.startOffset, cond, body };
  });

  private readonly caseStatement: ParserMethod<[], Stmt> = this.RULE("caseStatement", (): Stmt => {
    const t = this.CONSUME(L.Case);
    const value = this.SUBRULE(this.conditional);
    this.expectPunct(0, L.Colon, "expected ':' after 'case'");
    const body = this.labelBody();
    return { kind: "case", pos: t.startOffset, value, body };
  });

  private readonly defaultStatement: ParserMethod<[], Stmt> = this.RULE("defaultStatement", (): Stmt => {
    const t = this.CONSUME(L.Default);
    this.expectPunct(0, L.Colon, "expected ':' after 'default'");
    const body = this.labelBody();
    return { kind: "default", pos: t.startOffset, body };
  });

  private readonly jumpStatement: ParserMethod<[], Stmt> = this.RULE("jumpStatement", (): Stmt => this.OR(this.jumpAlts));

  private readonly jumpAlts: IOrAlt<Stmt>[] = [
      {
        ALT: (): Stmt => {
          const t = this.CONSUME(L.Break);
          this.expectSemi(0, "expected ';' after break statement");
          return { kind: "break", pos: t.startOffset };
        },
      },
      {
        ALT: (): Stmt => {
          const t = this.CONSUME(L.Continue);
          this.expectSemi(1, "expected ';' after continue statement");
          return { kind: "continue", pos: t.startOffset };
        },
      },
      {
        ALT: (): Stmt => {
          const t = this.CONSUME(L.Goto);
          const l = this.expectTok(0, L.Identifier, "expected identifier");
          this.expectSemi(2, "expected ';' after goto statement");
          return { kind: "goto", pos: t.startOffset, label: l.image };
        },
      },
    ];

  private readonly returnStatement: ParserMethod<[], Stmt> = this.RULE("returnStatement", (): Stmt => {
    const t = this.CONSUME(L.Return);
    const value = this.opt(0, this.tok1.tokenTypeIdx !== SEMI, () => this.SUBRULE(this.expression));
    this.expectSemi(0, "expected ';' after return statement");
    return { kind: "return", pos: t.startOffset, value: value ?? null };
  });

  private readonly exprOrLabelStatement: ParserMethod<[], Stmt> = this.RULE("exprOrLabelStatement", (): Stmt => {
    // `name :` is a label (labels have their own namespace: a typedef name is fine)
    const label = this.opt(0, this.tok1.tokenTypeIdx === ID && this.LA(2).tokenTypeIdx === COLON, () => {
      const t = this.CONSUME(L.Identifier);
      this.CONSUME(L.Colon);
      return { t, body: this.labelBody() };
    });
    if (label !== undefined && !this.RECORDING_PHASE) return { kind: "labeled", pos: label.t.startOffset, label: label.t.image, body: label.body };
    const e = this.SUBRULE(this.expression);
    this.expectSemi(0, "expected ';' after expression");
    return { kind: "exprStmt", pos: e?.pos, expr: e };
  });

  // =================================================================== expressions
  //
  // The C grammar nests 15 levels per operand; here an operand costs two rule calls
  // (binary, castExpr): assignment/conditional bodies are inlined into `expression`, the
  // binary levels are one flat loop folded by precedence, and unary/postfix/primary are
  // one alternation inside castExpr. At run time the common "no operator follows" case
  // returns before entering chevrotain's OPTION/MANY (same decision, no closures).

  private readonly expression: ParserMethod<[], Expr> = this.RULE("expression", (): Expr => {
    let e = this.assignmentBody();
    this.loop(0, IS_COMMA, () => {
      this.CONSUME(L.Comma);
      const r = this.SUBRULE2(this.assignment);
      e = { kind: "comma", pos: e?.pos, left: e, right: r };
    });
    return e;
  });

  private readonly assignment: ParserMethod<[], Expr> = this.RULE("assignment", (): Expr => this.assignmentBody());

  /** Uses DSL indices 9 (and 8 through conditionalBody). */
  private assignmentBody(): Expr {
    const lhs = this.conditionalBody();
    const r = this.opt(9, IS_ASSIGN[this.tok1.tokenTypeIdx]!, () => {
      const op = this.CONSUME9(L.AssignOpTok);
      this.enter();
      const value = this.SUBRULE9(this.assignment);
      this.nest--;
      return { op, value };
    });
    if (r === undefined || this.RECORDING_PHASE) return lhs;
    return { kind: "assign", pos: lhs.pos, op: ASSIGN_OP[r.op.tokenTypeIdx]!, target: lhs, value: r.value, opPos: r.op.startOffset };
  }

  private readonly conditional: ParserMethod<[], Expr> = this.RULE("conditional", (): Expr => this.conditionalBody());

  /** Uses DSL index 8 (and 6, 0, 3, 5, 7 through binaryBody). */
  private conditionalBody(): Expr {
    const c = this.binaryBody();
    const r = this.opt(8, this.tok1.tokenTypeIdx === QUESTION, () => {
      const q = this.CONSUME8(L.Question);
      this.enter();
      const t = this.SUBRULE8(this.expression);
      this.expectPunct(8, L.Colon, "expected ':'", q);
      const f = this.SUBRULE8(this.conditional);
      this.nest--;
      return { t, f };
    });
    if (r === undefined || this.RECORDING_PHASE) return c;
    return { kind: "cond", pos: c.pos, cond: c, then: r.t, else: r.f };
  }

  /** The binary operator levels, flat (DSL index 6; the first operand is castBody inline). */
  private binaryBody(): Expr {
    const first = this.castBody();
    if (!this.RECORDING_PHASE && BIN_PREC[this.tok1.tokenTypeIdx] === 0) return first;
    let ops: IToken[] | null = null;
    let operands: Expr[] | null = null;
    this.loop(6, IS_BINARY, () => {
      const op = this.take(6, L.BinaryOpTok);
      const r = this.SUBRULE6(this.castExpr);
      if (ops === null || operands === null) {
        ops = [op];
        operands = [first, r];
      } else {
        ops.push(op);
        operands.push(r);
      }
    });
    const os = ops as IToken[] | null;
    if (os === null || this.RECORDING_PHASE) return first;
    return foldBinary(operands as unknown as Expr[], os);
  }

  private readonly castAlts: OrMethodOpts<Expr> = {
    DEF: [
      {
        GATE: () => this.castAhead(),
        ALT: (): Expr => {
          const lp = this.CONSUME(L.LParen);
          this.enter();
          const tn = this.SUBRULE(this.typeName);
          this.expectPunct(0, L.RParen, "expected ')'", lp);
          const e = this.OR2({
            DEF: [
              {
                ALT: (): Expr => {
                  const init = this.SUBRULE(this.initList);
                  const lit: CompoundLit = { kind: "compoundLit", pos: lp.startOffset, typeName: tn, init };
                  return this.suffixes(5, this.suffixAlts5, lit);
                },
              },
              {
                ALT: (): Expr => {
                  const operand = this.SUBRULE(this.castExpr);
                  return { kind: "cast", pos: lp.startOffset, typeName: tn, operand };
                },
              },
            ],
            ERR_MSG: "expected expression",
          });
          this.nest--;
          return e;
        },
      },
      { ALT: (): Expr => this.unaryBody() },
    ],
    ERR_MSG: "expected expression",
  };

  private readonly castExpr: ParserMethod<[], Expr> = this.RULE("castExpr", (): Expr => this.castBody());

  /** A cast expression (DSL indices 0, 2, 3, 5, 7). */
  private castBody(): Expr {
    if (!this.RECORDING_PHASE && !this.castAhead()) return this.unaryBody();
    return this.OR(this.castAlts);
  }

  /** For `++x` and `sizeof x`, whose operands cannot be casts. */
  private readonly unary: ParserMethod<[], Expr> = this.RULE("unary", (): Expr => this.unaryBody());

  /**
   * Unary operators, primary expressions and their postfix operators (DSL indices 3, 7).
   * The postfix loop runs after any alternative: after a unary operator's operand it finds
   * nothing left to take, as that operand already took its own postfix operators.
   */
  private unaryBody(): Expr {
    return this.suffixes(7, this.suffixAlts7, this.OR3(this.unaryAlts));
  }

  private readonly unaryAlts: OrMethodOpts<Expr> = {
    DEF: [
      {
        ALT: (): Expr => {
          const t = this.CONSUME3(L.IncDecTok);
          this.enter();
          const operand = this.SUBRULE3(this.unary);
          this.nest--;
          return { kind: "incDec", pos: t.startOffset, op: t.tokenType === L.PlusPlus ? "++" : "--", prefix: true, operand };
        },
      },
      {
        ALT: (): Expr => {
          const t = this.CONSUME3(L.UnaryOpTok);
          this.enter();
          const operand = this.SUBRULE3(this.castExpr);
          this.nest--;
          return { kind: "unary", pos: t.startOffset, op: UNARY_OP[t.tokenTypeIdx]!, operand };
        },
      },
      { ALT: (): Expr => this.SUBRULE3(this.sizeofExpr) },
      {
        ALT: (): Expr => {
          const t = this.CONSUME3(L.Identifier);
          if (!this.RECORDING_PHASE && this.isTypedefName(t.image)) this.err(t.startOffset, `unexpected type name '${t.image}': expected expression`);
          return { kind: "ident", pos: t.startOffset, name: t.image };
        },
      },
      {
        ALT: (): Expr => {
          const t = this.CONSUME3(L.IntLit);
          if (this.RECORDING_PHASE) return { kind: "intLit", pos: 0, value: 0n, suffix: "", nonDecimal: false };
          const v = L.decodeInt(t.image, t.startOffset, this.report);
          return { kind: "intLit", pos: t.startOffset, value: v.value, suffix: v.suffix, nonDecimal: v.nonDecimal };
        },
      },
      {
        ALT: (): Expr => {
          const t = this.CONSUME3(L.CharLit);
          const value = this.RECORDING_PHASE ? 0 : L.decodeCharLit(t.image, t.startOffset, !this.unterminated.has(t), this.report);
          return { kind: "charLit", pos: t.startOffset, value };
        },
      },
      {
        ALT: (): Expr => {
          const t = this.CONSUME3(L.WideChar);
          const value = this.RECORDING_PHASE ? 0 : L.decodeCharLit(t.image, t.startOffset, true, this.report);
          return { kind: "charLit", pos: t.startOffset, value };
        },
      },
      {
        ALT: (): Expr => {
          const t = this.CONSUME3(L.FloatLit);
          return { kind: "floatLit", pos: t.startOffset, text: t.image };
        },
      },
      { ALT: (): Expr => this.SUBRULE3(this.stringLit) },
      {
        ALT: (): Expr => {
          const t = this.CONSUME3(L.WideString);
          if (!this.RECORDING_PHASE) this.err(t.startOffset, "wide string literals are not supported");
          return { kind: "stringLit", pos: t.startOffset, bytes: [] };
        },
      },
      {
        ALT: (): Expr => {
          const lp = this.CONSUME3(L.LParen);
          this.enter();
          const e = this.SUBRULE3(this.expression);
          this.expectPunct(3, L.RParen, "expected ')'", lp);
          this.nest--;
          return e;
        },
      },
    ],
    ERR_MSG: "expected expression",
  };

  private readonly sizeofExpr: ParserMethod<[], Expr> = this.RULE("sizeofExpr", (): Expr => {
    const s = this.CONSUME(L.Sizeof);
    this.enter();
    const e = this.OR({
      DEF: [
        {
          GATE: () => this.castAhead(),
          ALT: (): Expr => {
            const lp = this.CONSUME(L.LParen);
            const tn = this.SUBRULE(this.typeName);
            this.expectPunct(0, L.RParen, "expected ')'", lp);
            const init = this.opt(0, this.tok1.tokenTypeIdx === LBRACE, () => this.SUBRULE(this.initList));
            if (init === undefined && !this.RECORDING_PHASE) return { kind: "sizeofType", pos: s.startOffset, typeName: tn };
            const lit: CompoundLit = { kind: "compoundLit", pos: lp.startOffset, typeName: tn, init: init! };
            return { kind: "sizeofExpr", pos: s.startOffset, operand: this.suffixes(7, this.suffixAlts7, lit) };
          },
        },
        {
          ALT: (): Expr => {
            const operand = this.SUBRULE(this.unary);
            return { kind: "sizeofExpr", pos: s.startOffset, operand };
          },
        },
      ],
      ERR_MSG: "expected expression",
    });
    this.nest--;
    return e;
  });

  /** Postfix operator alternatives using DSL indices i and i + 1. */
  private makeSuffixAlts(i: number): IOrAlt<Expr>[] {
    return [
      {
        ALT: (): Expr => {
          const base = this.sfxBase;
          const lb = this.consume(i, L.LBracket);
          const index = this.subrule(i, this.expression);
          this.expectPunct(i, L.RBracket, "expected ']'", lb);
          return { kind: "index", pos: base.pos, base, index };
        },
      },
      {
        ALT: (): Expr => {
          const base = this.sfxBase;
          const lp = this.consume(i, L.LParen);
          const args = this.subrule(i, this.argList);
          this.expectPunct(i, L.RParen, "expected ')'", lp);
          return { kind: "call", pos: base.pos, callee: base, args };
        },
      },
      {
        ALT: (): Expr => {
          const base = this.sfxBase;
          this.consume(i, L.Dot);
          const n = this.expectTok(i, L.Identifier, "expected identifier");
          return { kind: "member", pos: base.pos, base, name: n.image, arrow: false, namePos: n.startOffset };
        },
      },
      {
        ALT: (): Expr => {
          const base = this.sfxBase;
          this.consume(i, L.Arrow);
          const n = this.expectTok(i + 1, L.Identifier, "expected identifier");
          return { kind: "member", pos: base.pos, base, name: n.image, arrow: true, namePos: n.startOffset };
        },
      },
      {
        ALT: (): Expr => {
          const base = this.sfxBase;
          const t = this.consume(i, L.IncDecTok);
          return { kind: "incDec", pos: base.pos, op: t.tokenType === L.PlusPlus ? "++" : "--", prefix: false, operand: base };
        },
      },
    ];
  }

  private readonly suffixAlts5 = this.makeSuffixAlts(5);
  private readonly suffixAlts7 = this.makeSuffixAlts(7);

  /** Postfix operators after a primary expression or a compound literal. */
  private suffixes(i: number, alts: IOrAlt<Expr>[], start: Expr): Expr {
    if (!this.RECORDING_PHASE && !IS_SUFFIX[this.tok1.tokenTypeIdx]) return start;
    let e = start;
    this.loop(i, IS_SUFFIX, () => {
      this.sfxBase = e;
      e = this.or(i, alts);
    });
    return e;
  }

  private readonly argList: ParserMethod<[], Expr[]> = this.RULE("argList", (): Expr[] => {
    const args: Expr[] = [];
    this.opt(0, this.tok1.tokenTypeIdx !== RPAREN, () => {
      args.push(this.SUBRULE(this.assignment));
      this.loop(0, IS_COMMA, () => {
        this.CONSUME(L.Comma);
        args.push(this.SUBRULE2(this.assignment));
      });
    });
    return args;
  });

  private readonly stringLit: ParserMethod<[], StringLit> = this.RULE("stringLit", (): StringLit => {
    const first = this.CONSUME(L.StringLit);
    let more: IToken[] | null = null;
    this.loop(0, IS_STRING, () => {
      const t = this.CONSUME2(L.StringLit);
      (more ??= []).push(t);
    });
    if (this.RECORDING_PHASE) return { kind: "stringLit", pos: 0, bytes: [] };
    let bytes = L.decodeStringLit(first.image, first.startOffset, !this.unterminated.has(first), this.report);
    const rest = more as IToken[] | null;
    if (rest !== null) {
      for (const t of rest) bytes = bytes.concat(L.decodeStringLit(t.image, t.startOffset, !this.unterminated.has(t), this.report));
    }
    return { kind: "stringLit", pos: first.startOffset, bytes };
  });
}

function newSpec(pos: number): DeclSpec {
  return { pos, storage: null, storagePos: -1, isConst: false, isVolatile: false, isInline: false, typeWords: [], tagged: null };
}

let instance: CParser | null = null;

/**
 * Parses preprocessed text into a translation unit. Errors go to `diags` (sorted by
 * position); the returned tree holds whatever could be parsed.
 */
export function parse(text: string, diags: Diagnostics): TranslationUnit {
  instance ??= new CParser(false);
  return instance.run(text, diags);
}

/** Builds a parser with chevrotain's grammar validations on; throws on a grammar defect. */
export function validateGrammar(): void {
  new CParser(true);
}
