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
 * Speed: the hot ORs use cached alternative arrays (no per-call closures) and every
 * decision is LL(1) plus gates; binary operators are parsed flat and folded by precedence.
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

type Scope = Map<string, boolean>;

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
  private scopes: Scope[] = [new Map()];
  /** Every name ever declared as a typedef: most identifiers skip the scope walk. */
  private typedefSeen = new Set<string>();
  private fnScopes = new WeakMap<FunctionDeclarator, Scope>();
  private pending: Pending[] = [];
  private reported = new Set<number>();
  private errorCount = 0;
  private errorBase = 0;
  private unterminated = new Set<IToken>();
  private items: ExternalDecl[] = [];
  private nest = 0;
  private eofPos = 0;
  /** Operands handed to cached alternatives (read at the start of the ALT). */
  private sfxBase: Expr = { kind: "ident", pos: 0, name: "" };
  private curSpec: DeclSpec = newSpec(0);
  private curMode = 0;

  private readonly report = (pos: number, message: string, severity: "error" | "warning"): void => {
    if (severity === "error") this.err(pos, message);
    else this.warn(pos, message);
  };

  constructor() {
    super(L.allTokenTypes, { recoveryEnabled: false, maxLookahead: 1, errorMessageProvider });
    this.performSelfAnalysis();
  }

  // ------------------------------------------------------------------ driver

  run(text: string, lexed: L.LexResult, diags: Diagnostics): TranslationUnit {
    this.text = text;
    this.scopes = [new Map()];
    this.typedefSeen = new Set();
    this.fnScopes = new WeakMap();
    this.pending = [];
    this.reported = new Set();
    this.errorCount = 0;
    this.errorBase = diags.errorCount;
    this.unterminated = lexed.unterminated;
    this.items = [];
    this.nest = 0;
    const toks = lexed.tokens;
    const last = toks[toks.length - 1];
    this.eofPos = last === undefined ? 0 : last.startOffset + last.image.length;
    for (const p of lexed.problems) {
      if (p.severity === "error") this.errorCount++;
      this.pending.push({ pos: p.pos, severity: p.severity, message: p.message, note: null });
      this.reported.add(p.pos);
    }
    this.input = toks;
    let stoppedAt = Infinity;
    try {
      if (this.errorCount + this.errorBase >= MAX_ERRORS) throw STOP;
      this.translationUnit();
    } catch (e) {
      if (e === STOP) {
        stoppedAt = this.tokPos(this.LA(1));
      } else if (e instanceof RangeError) {
        // Recursion guard of last resort; MAX_NEST normally fires first.
        stoppedAt = this.tokPos(this.LA(1));
        this.pending.push({ pos: stoppedAt, severity: "error", message: "program too deeply nested", note: null });
      } else {
        throw e;
      }
    }
    const items = this.items;
    const out = this.pending.filter((p) => p.pos <= stoppedAt).sort((a, b) => a.pos - b.pos);
    this.input = [];
    this.items = [];
    this.pending = [];
    for (const d of out) {
      if (d.severity === "error") diags.error(d.pos, d.message);
      else diags.warning(d.pos, d.message);
      if (d.note !== null) diags.note(d.note.pos, d.note.message);
    }
    return { items };
  }

  // ------------------------------------------------------------------ diagnostics

  private err(pos: number, message: string, note: { pos: number; message: string } | null = null): void {
    if (this.reported.has(pos)) return;
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

  private tokPos(t: IToken): number {
    return t.tokenTypeIdx === EOF_IDX ? this.eofPos : t.startOffset;
  }

  /** Just after the previous token: where clang reports a missing punctuator. */
  private prevEnd(): number {
    const p = this.LA(0);
    if (p.tokenTypeIdx === EOF_IDX) return this.tokPos(this.LA(1));
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
    if (++this.nest > MAX_NEST) this.fail(this.tokPos(this.LA(1)), `bracket nesting level exceeded maximum of ${MAX_NEST}`);
  }

  // ------------------------------------------------------------------ expectations

  /** A punctuator that must come next; reported just after the previous token. */
  private expectPunct(i: number, tt: TokenType, message: string, open?: IToken): IToken {
    if (this.RECORDING_PHASE || this.LA(1).tokenTypeIdx === tt.tokenTypeIdx) return this.consume(i, tt);
    const note = open === undefined ? null : { pos: open.startOffset, message: `to match this '${open.image}'` };
    return this.fail(this.prevEnd(), message, note);
  }

  /** A token that must come next; reported at the offending token. */
  private expectTok(i: number, tt: TokenType, message: string): IToken {
    if (this.RECORDING_PHASE || this.LA(1).tokenTypeIdx === tt.tokenTypeIdx) return this.consume(i, tt);
    return this.fail(this.tokPos(this.LA(1)), message);
  }

  /**
   * A terminating ';'. When it is missing at the end of a line (or before '}'), report and
   * carry on as if it were there: the usual slip, and no tokens need skipping.
   */
  private expectSemi(i: number, message: string): void {
    if (this.RECORDING_PHASE || this.LA(1).tokenTypeIdx === SEMI) {
      this.consume(i, L.Semi);
      return;
    }
    const pos = this.prevEnd();
    this.err(pos, message);
    const next = this.LA(1);
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
      const v = s[i]!.get(name);
      if (v !== undefined) return v;
    }
    return false;
  }

  private declare(d: Declarator, isTypedef: boolean): void {
    let x = d;
    while (x.kind !== "ident") x = x.inner;
    if (x.name === null) return;
    this.scopes[this.scopes.length - 1]!.set(x.name, isTypedef);
    if (isTypedef) this.typedefSeen.add(x.name);
  }

  private declareName(name: string): void {
    this.scopes[this.scopes.length - 1]!.set(name, false);
  }

  // ------------------------------------------------------------------ lookahead predicates

  private startsDeclaration(): boolean {
    const t = this.LA(1);
    const k = t.tokenTypeIdx;
    if (DECL_START[k]) return true;
    if (k !== ID) return false;
    const k2 = this.LA(2).tokenTypeIdx;
    if (this.isTypedefName(t.image)) return k2 !== COLON;
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
    const spec = this.SUBRULE(this.declSpec, ARGS_TOP);
    if (!this.RECORDING_PHASE) {
      const t = this.LA(1);
      if (specIsEmpty(spec)) {
        if (t.tokenTypeIdx === SEMI) {
          this.SKIP_TOKEN(); // a stray ';' at file scope
          return null;
        }
        if (t.tokenTypeIdx !== ID) this.fail(this.tokPos(t), "expected identifier or '('");
        this.warn(t.startOffset, "type specifier missing, defaults to 'int'");
        spec.typeWords.push({ word: "int", pos: t.startOffset });
      }
      const early = this.missingSemiAfterTag(spec);
      if (early !== null) return early;
    }
    return this.OR({
      DEF: [
        {
          ALT: (): ExternalDecl => {
            this.CONSUME(L.Semi);
            return { kind: "declaration", pos: spec.pos, spec, declarators: [] };
          },
        },
        { ALT: (): ExternalDecl => this.SUBRULE(this.declaratorsOrFunction, { ARGS: [spec] }) },
      ],
      ERR_MSG: "expected identifier or '('",
    });
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
      this.ACTION(() => this.declare(first, spec.storage === "typedef"));
      const fd = this.OPTION({
        GATE: () => {
          const fn = declaredFunction(first);
          if (fn === null) return false;
          const k = this.LA(1).tokenTypeIdx;
          return k === LBRACE || (fn.identifiers.length > 0 && this.startsDeclaration());
        },
        DEF: () => this.SUBRULE(this.functionDefRest, { ARGS: [spec, first] }),
      });
      if (fd !== undefined && !this.RECORDING_PHASE) return fd;
      const init = this.OPTION2(() => {
        this.CONSUME(L.Assign);
        return this.SUBRULE(this.initializer);
      });
      const decls: InitDeclarator[] = [{ pos: first?.pos, declarator: first, init: init ?? null }];
      this.MANY(() => {
        this.CONSUME(L.Comma);
        decls.push(this.SUBRULE(this.initDeclarator, { ARGS: [spec] }));
      });
      this.ACTION(() => this.checkDeclarators(decls));
      this.expectSemi(0, "expected ';' after declaration");
      return { kind: "declaration", pos: spec?.pos, spec, declarators: decls };
    },
  );

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
      this.ACTION(() => {
        const fn = declaredFunction(d);
        this.scopes.push((fn !== null && this.fnScopes.get(fn)) || new Map());
      });
      const olds: Declaration[] = [];
      this.MANY({
        GATE: () => this.LA(1).tokenTypeIdx !== LBRACE,
        DEF: () => {
          olds.push(this.SUBRULE(this.declaration));
        },
      });
      if (!this.RECORDING_PHASE && this.LA(1).tokenTypeIdx !== LBRACE) this.fail(this.tokPos(this.LA(1)), "expected function body after function declarator");
      const body = this.SUBRULE(this.compoundStatement, ARGS_FALSE);
      this.ACTION(() => this.scopes.pop());
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
    this.OPTION(() => {
      decls.push(this.SUBRULE(this.initDeclarator, { ARGS: [spec] }));
      this.MANY(() => {
        this.CONSUME(L.Comma);
        decls.push(this.SUBRULE2(this.initDeclarator, { ARGS: [spec] }));
      });
    });
    if (!this.RECORDING_PHASE) {
      if (decls.length === 0) {
        if (this.LA(1).tokenTypeIdx !== SEMI) this.fail(this.tokPos(this.LA(1)), "expected identifier or '('");
      } else {
        this.checkDeclarators(decls);
      }
    }
    this.expectSemi(0, "expected ';' after declaration");
    return { kind: "declaration", pos: spec.pos, spec, declarators: decls };
  });

  private readonly initDeclarator: ParserMethod<[DeclSpec], InitDeclarator> = this.RULE("initDeclarator", (spec: DeclSpec): InitDeclarator => {
    const d = this.SUBRULE(this.declarator);
    this.ACTION(() => this.declare(d, spec.storage === "typedef"));
    const init = this.OPTION(() => {
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
        if (!this.RECORDING_PHASE && !this.isTypedefName(t.image)) this.err(t.startOffset, `unknown type name '${t.image}'`);
        spec.tagged = { kind: "typedefName", pos: t.startOffset, name: t.image };
      },
    },
  ];

  private readonly declSpec: ParserMethod<[number], DeclSpec> = this.RULE("declSpec", (ctx: number): DeclSpec => {
    const spec = newSpec(this.RECORDING_PHASE ? 0 : this.tokPos(this.LA(1)));
    this.MANY({
      GATE: () => this.specContinues(spec, ctx),
      DEF: () => {
        this.curSpec = spec;
        this.OR(this.specAlts);
      },
    });
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
    const tag = this.OPTION(() => this.CONSUME(L.Identifier));
    const members = this.OPTION2(() => {
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
    if (!this.RECORDING_PHASE && tag === undefined && members === undefined) {
      const t = this.LA(1);
      this.fail(this.tokPos(t), t.tokenTypeIdx === SEMI ? `declaration of anonymous ${isUnion ? "union" : "struct"} must be a definition` : "expected identifier or '{'");
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
      if (t.tokenTypeIdx !== SEMI) this.fail(this.tokPos(t), "type name requires a specifier or qualifier");
      this.SKIP_TOKEN(); // an extra ';' inside a struct
      return null;
    }
    const decls: StructMemberDecl["declarators"] = [];
    this.OPTION(() => {
      decls.push(this.SUBRULE(this.memberDeclarator));
      this.MANY(() => {
        this.CONSUME(L.Comma);
        decls.push(this.SUBRULE2(this.memberDeclarator));
      });
    });
    this.expectSemi(0, "expected ';' at end of declaration list");
    return { pos: spec.pos, spec, declarators: decls };
  });

  private readonly memberDeclarator: ParserMethod<[], StructMemberDecl["declarators"][number]> = this.RULE("memberDeclarator", () =>
    this.OR([
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
          const w = this.OPTION(() => {
            this.CONSUME2(L.Colon);
            return this.SUBRULE2(this.conditional);
          });
          return { declarator: d, bitWidth: w ?? null, pos: d?.pos };
        },
      },
    ]),
  );

  private readonly enumSpec: ParserMethod<[], EnumSpec> = this.RULE("enumSpec", (): EnumSpec => {
    const kw = this.CONSUME(L.Enum);
    const tag = this.OPTION(() => this.CONSUME(L.Identifier));
    const list = this.OPTION2(() => {
      const lb = this.CONSUME(L.LBrace);
      const items: NonNullable<EnumSpec["enumerators"]> = [];
      items.push(this.SUBRULE(this.enumerator));
      this.MANY({
        GATE: () => this.LA(2).tokenTypeIdx !== RBRACE,
        DEF: () => {
          this.CONSUME(L.Comma);
          items.push(this.SUBRULE2(this.enumerator));
        },
      });
      this.OPTION3(() => this.CONSUME2(L.Comma));
      this.expectPunct(0, L.RBrace, "expected '= constant-expression' or end of enumerator definition", lb);
      return items;
    });
    if (!this.RECORDING_PHASE && tag === undefined && list === undefined) this.fail(this.tokPos(this.LA(1)), "expected identifier or '{'");
    return { kind: "enumSpec", pos: kw.startOffset, tag: tag?.image ?? null, enumerators: list ?? null };
  });

  private readonly enumerator: ParserMethod<[], { name: string; value: Expr | null; pos: number }> = this.RULE("enumerator", () => {
    const n = this.expectTok(0, L.Identifier, "expected identifier");
    const v = this.OPTION(() => {
      this.CONSUME(L.Assign);
      return this.SUBRULE(this.conditional);
    });
    this.ACTION(() => this.declareName(n.image));
    return { name: n.image, value: v ?? null, pos: n.startOffset };
  });

  // ------------------------------------------------------------------ declarators

  /** A declarator that must name something (declarations, members, definitions). */
  private readonly declarator: ParserMethod<[], Declarator> = this.RULE("declarator", (): Declarator => this.declaratorBody(0));

  /** A declarator that may (params) or must (type names) omit the name. */
  private readonly absDeclarator: ParserMethod<[number], Declarator> = this.RULE("absDeclarator", (mode: number): Declarator =>
    this.declaratorBody(mode ?? MODE_ABSTRACT),
  );

  /** Shared by the two declarator rules; `mode` 0 records no empty alternative. */
  private declaratorBody(mode: number): Declarator {
    let ptrs: { pos: number; isConst: boolean; isVolatile: boolean }[] | null = null;
    this.MANY(() => {
      const s = this.CONSUME(L.Star);
      const p = { pos: s.startOffset, isConst: false, isVolatile: false };
      this.MANY2(() => {
        const q = this.CONSUME(L.TypeQualKw);
        if (q.tokenType === L.Const) p.isConst = true;
        else if (q.tokenType === L.Volatile) p.isVolatile = true;
      });
      (ptrs ??= []).push(p);
    });
    const start = this.RECORDING_PHASE ? 0 : this.tokPos(this.LA(1));
    let d: Declarator;
    if (mode === 0) {
      d = this.OR({
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
      });
    } else {
      this.curMode = mode;
      d = this.OR({
        DEF: [
          {
            GATE: () => this.curMode !== MODE_ABSTRACT,
            ALT: (): Declarator => {
              const t = this.CONSUME(L.Identifier);
              return { kind: "ident", pos: t.startOffset, name: t.image };
            },
          },
          {
            GATE: () => this.nestedDeclaratorAhead(this.curMode),
            ALT: (): Declarator => {
              const lp = this.CONSUME(L.LParen);
              this.enter();
              const inner = this.SUBRULE(this.absDeclarator, { ARGS: [mode] });
              this.expectPunct(0, L.RParen, "expected ')'", lp);
              this.nest--;
              return inner;
            },
          },
          { ALT: (): Declarator => ({ kind: "ident", pos: start, name: null }) },
        ],
        ERR_MSG: "expected identifier or '('",
      });
    }
    this.MANY3(() => {
      const inner = d;
      d = this.OR2([
        {
          ALT: (): Declarator => {
            const lb = this.CONSUME(L.LBracket);
            this.MANY4(() => this.OR3([{ ALT: () => this.CONSUME2(L.TypeQualKw) }, { ALT: () => this.CONSUME(L.Static) }]));
            const size = this.OPTION(() =>
              this.OR4([
                {
                  GATE: () => this.LA(1).tokenTypeIdx === STAR && this.LA(2).tokenTypeIdx === RBRACKET,
                  ALT: () => {
                    this.CONSUME2(L.Star);
                    return null;
                  },
                },
                { ALT: () => this.SUBRULE(this.assignment) },
              ]),
            );
            this.expectPunct(1, L.RBracket, "expected ']'", lb);
            return { kind: "array", pos: start, size: size ?? null, inner };
          },
        },
        {
          ALT: (): Declarator => {
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
            this.ACTION(() => this.fnScopes.set(fn, pl.scope));
            return fn;
          },
        },
      ]);
    });
    // (assigned inside the MANY closure, which TypeScript's narrowing cannot see)
    const ps = ptrs as { pos: number; isConst: boolean; isVolatile: boolean }[] | null;
    if (ps !== null) {
      for (let i = ps.length - 1; i >= 0; i--) {
        const p = ps[i]!;
        d = { kind: "pointer", pos: p.pos, isConst: p.isConst, isVolatile: p.isVolatile, inner: d };
      }
    }
    return d;
  }

  private readonly paramList: ParserMethod<[], ParamListResult> = this.RULE("paramList", (): ParamListResult => {
    const lp = this.CONSUME(L.LParen);
    const scope: Scope = new Map();
    this.ACTION(() => this.scopes.push(scope));
    const r = this.OPTION({
      GATE: () => this.LA(1).tokenTypeIdx !== RPAREN,
      DEF: () =>
        this.OR({
          DEF: [
            {
              GATE: () => {
                const t = this.LA(1);
                if (t.tokenTypeIdx !== ID || this.isTypedefName(t.image)) return false;
                const k2 = this.LA(2).tokenTypeIdx;
                return k2 === COMMA || k2 === RPAREN;
              },
              ALT: () => this.SUBRULE(this.identifierList),
            },
            { ALT: () => this.SUBRULE(this.paramDecls) },
          ],
          ERR_MSG: "expected parameter declarator",
        }),
    });
    this.expectPunct(0, L.RParen, "expected ')'", lp);
    this.ACTION(() => this.scopes.pop());
    if (r === undefined || this.RECORDING_PHASE) return { params: [], variadic: false, oldStyle: true, identifiers: [], scope };
    r.scope = scope;
    return r;
  });

  private readonly identifierList: ParserMethod<[], ParamListResult> = this.RULE("identifierList", (): ParamListResult => {
    const ids: { name: string; pos: number }[] = [];
    const first = this.CONSUME(L.Identifier);
    ids.push({ name: first.image, pos: first.startOffset });
    this.MANY(() => {
      this.CONSUME(L.Comma);
      const t = this.expectTok(1, L.Identifier, "expected identifier");
      ids.push({ name: t.image, pos: t.startOffset });
    });
    this.ACTION(() => {
      for (const id of ids) this.declareName(id.name);
    });
    return { params: [], variadic: false, oldStyle: true, identifiers: ids, scope: new Map() };
  });

  private readonly paramDecls: ParserMethod<[], ParamListResult> = this.RULE("paramDecls", (): ParamListResult => {
    const params: ParamDecl[] = [];
    let variadic = false;
    const ellipsisOr = (i: number): void => {
      this.or(i, {
        DEF: [
          {
            ALT: () => {
              const e = this.consume(i, L.Ellipsis);
              if (!this.RECORDING_PHASE && params.length === 0) this.err(e.startOffset, "ISO C requires a named parameter before '...'");
              variadic = true;
            },
          },
          {
            ALT: () => {
              params.push(this.subrule(i, this.paramDecl));
            },
          },
        ],
        ERR_MSG: "expected parameter declarator",
      });
    };
    ellipsisOr(0);
    this.MANY({
      GATE: () => !variadic,
      DEF: () => {
        this.CONSUME(L.Comma);
        ellipsisOr(1);
      },
    });
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
    return { params, variadic, oldStyle: false, identifiers: [], scope: new Map() };
  });

  private readonly paramDecl: ParserMethod<[], ParamDecl> = this.RULE("paramDecl", (): ParamDecl => {
    const spec = this.SUBRULE(this.declSpec, ARGS_PARAM);
    if (!this.RECORDING_PHASE && specIsEmpty(spec)) this.fail(this.tokPos(this.LA(1)), "expected parameter declarator");
    const d = this.SUBRULE(this.absDeclarator, ARGS_MODE_PARAM);
    this.ACTION(() => this.declare(d, false));
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
    this.OPTION(() => {
      items.push(this.SUBRULE(this.initItem));
      this.MANY({
        GATE: () => this.LA(2).tokenTypeIdx !== RBRACE,
        DEF: () => {
          this.CONSUME(L.Comma);
          items.push(this.SUBRULE2(this.initItem));
        },
      });
      this.OPTION2(() => this.CONSUME2(L.Comma));
    });
    this.expectPunct(0, L.RBrace, "expected '}'", lb);
    this.nest--;
    return { kind: "initList", pos: lb.startOffset, items };
  });

  private readonly initItem: ParserMethod<[], InitList["items"][number]> = this.RULE("initItem", () => {
    const desigs: Designator[] = [];
    this.MANY(() => {
      desigs.push(
        this.OR([
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
        ]),
      );
    });
    const eq = this.OPTION({ GATE: () => desigs.length > 0, DEF: () => this.CONSUME(L.Assign) });
    if (!this.RECORDING_PHASE && desigs.length > 0 && eq === undefined) this.fail(this.prevEnd(), "expected '=' or another designator");
    const init = this.SUBRULE(this.initializer);
    return { designators: desigs, init, pos: desigs.length > 0 ? desigs[0]!.pos : init?.pos };
  });

  // =================================================================== statements

  private readonly compoundStatement: ParserMethod<[boolean], Block> = this.RULE("compoundStatement", (newScope: boolean): Block => {
    const lb = this.CONSUME(L.LBrace);
    if (newScope) this.ACTION(() => this.scopes.push(new Map()));
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
    if (newScope) this.ACTION(() => this.scopes.pop());
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
      return this.OR(this.blockItemAlts);
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
      if (t.tokenTypeIdx === RBRACE || t.tokenTypeIdx === EOF_IDX) this.fail(this.tokPos(t), "expected statement");
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
    const els = this.OPTION(() => {
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
          this.expectSemi(2, "expected ';' in 'for' statement specifier");
          return { kind: "exprStmt", pos: e.pos, expr: e };
        },
      },
    ],
    ERR_MSG: "expected expression",
  };

  private readonly forStatement: ParserMethod<[], Stmt> = this.RULE("forStatement", (): Stmt => {
    const t = this.CONSUME(L.For);
    const lp = this.expectPunct(0, L.LParen, "expected '(' after 'for'");
    this.ACTION(() => this.scopes.push(new Map()));
    const init = this.OR(this.forInitAlts);
    const cond = this.OPTION(() => this.SUBRULE2(this.expression));
    this.expectSemi(3, "expected ';' in 'for' statement specifier");
    const step = this.OPTION2(() => this.SUBRULE3(this.expression));
    this.expectPunct(0, L.RParen, "expected ')'", lp);
    const body = this.SUBRULE(this.statement);
    this.ACTION(() => this.scopes.pop());
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

  private readonly jumpStatement: ParserMethod<[], Stmt> = this.RULE("jumpStatement", (): Stmt =>
    this.OR([
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
    ]),
  );

  private readonly returnStatement: ParserMethod<[], Stmt> = this.RULE("returnStatement", (): Stmt => {
    const t = this.CONSUME(L.Return);
    const value = this.OPTION(() => this.SUBRULE(this.expression));
    this.expectSemi(0, "expected ';' after return statement");
    return { kind: "return", pos: t.startOffset, value: value ?? null };
  });

  private readonly exprOrLabelStatement: ParserMethod<[], Stmt> = this.RULE("exprOrLabelStatement", (): Stmt => {
    const e = this.SUBRULE(this.expression);
    const body = this.OPTION({
      GATE: () => e.kind === "ident",
      DEF: () => {
        this.CONSUME(L.Colon);
        return this.labelBody();
      },
    });
    if (body !== undefined && !this.RECORDING_PHASE && e.kind === "ident") return { kind: "labeled", pos: e.pos, label: e.name, body };
    this.expectSemi(0, "expected ';' after expression");
    return { kind: "exprStmt", pos: e?.pos, expr: e };
  });

  // =================================================================== expressions

  private readonly expression: ParserMethod<[], Expr> = this.RULE("expression", (): Expr => {
    let e = this.SUBRULE(this.assignment);
    this.MANY(() => {
      this.CONSUME(L.Comma);
      const r = this.SUBRULE2(this.assignment);
      e = { kind: "comma", pos: e?.pos, left: e, right: r };
    });
    return e;
  });

  private readonly assignment: ParserMethod<[], Expr> = this.RULE("assignment", (): Expr => {
    const lhs = this.SUBRULE(this.conditional);
    const r = this.OPTION(() => {
      const op = this.CONSUME(L.AssignOpTok);
      this.enter();
      const value = this.SUBRULE(this.assignment);
      this.nest--;
      return { op, value };
    });
    if (r === undefined || this.RECORDING_PHASE) return lhs;
    return { kind: "assign", pos: lhs.pos, op: ASSIGN_OP[r.op.tokenTypeIdx]!, target: lhs, value: r.value, opPos: r.op.startOffset };
  });

  private readonly conditional: ParserMethod<[], Expr> = this.RULE("conditional", (): Expr => {
    const c = this.SUBRULE(this.binary);
    const r = this.OPTION(() => {
      const q = this.CONSUME(L.Question);
      this.enter();
      const t = this.SUBRULE(this.expression);
      this.expectPunct(0, L.Colon, "expected ':'", q);
      const f = this.SUBRULE(this.conditional);
      this.nest--;
      return { t, f };
    });
    if (r === undefined || this.RECORDING_PHASE) return c;
    return { kind: "cond", pos: c.pos, cond: c, then: r.t, else: r.f };
  });

  private readonly binary: ParserMethod<[], Expr> = this.RULE("binary", (): Expr => {
    const first = this.SUBRULE(this.castExpr);
    let ops: IToken[] | null = null;
    let operands: Expr[] | null = null;
    this.MANY(() => {
      const op = this.CONSUME(L.BinaryOpTok);
      const r = this.SUBRULE2(this.castExpr);
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
  });

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
                  return this.suffixes(lit);
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
      { ALT: (): Expr => this.SUBRULE(this.unary) },
    ],
    ERR_MSG: "expected expression",
  };

  private readonly castExpr: ParserMethod<[], Expr> = this.RULE("castExpr", (): Expr => this.OR(this.castAlts));

  private readonly unaryAlts: OrMethodOpts<Expr> = {
    DEF: [
      {
        ALT: (): Expr => {
          const t = this.CONSUME(L.IncDecTok);
          this.enter();
          const operand = this.SUBRULE(this.unary);
          this.nest--;
          return { kind: "incDec", pos: t.startOffset, op: t.tokenType === L.PlusPlus ? "++" : "--", prefix: true, operand };
        },
      },
      {
        ALT: (): Expr => {
          const t = this.CONSUME(L.UnaryOpTok);
          this.enter();
          const operand = this.SUBRULE(this.castExpr);
          this.nest--;
          return { kind: "unary", pos: t.startOffset, op: UNARY_OP[t.tokenTypeIdx]!, operand };
        },
      },
      { ALT: (): Expr => this.SUBRULE(this.sizeofExpr) },
      { ALT: (): Expr => this.SUBRULE(this.postfix) },
    ],
    ERR_MSG: "expected expression",
  };

  private readonly unary: ParserMethod<[], Expr> = this.RULE("unary", (): Expr => this.OR(this.unaryAlts));

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
            const init = this.OPTION(() => this.SUBRULE(this.initList));
            if (init === undefined && !this.RECORDING_PHASE) return { kind: "sizeofType", pos: s.startOffset, typeName: tn };
            const lit: CompoundLit = { kind: "compoundLit", pos: lp.startOffset, typeName: tn, init: init! };
            return { kind: "sizeofExpr", pos: s.startOffset, operand: this.suffixes(lit) };
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

  private readonly postfix: ParserMethod<[], Expr> = this.RULE("postfix", (): Expr => this.suffixes(this.SUBRULE(this.primary)));

  private readonly suffixAlts: IOrAlt<Expr>[] = [
    {
      ALT: (): Expr => {
        const base = this.sfxBase;
        const lb = this.consume(7, L.LBracket);
        const index = this.subrule(7, this.expression);
        this.expectPunct(7, L.RBracket, "expected ']'", lb);
        return { kind: "index", pos: base.pos, base, index };
      },
    },
    {
      ALT: (): Expr => {
        const base = this.sfxBase;
        const lp = this.consume(7, L.LParen);
        const args = this.subrule(7, this.argList);
        this.expectPunct(7, L.RParen, "expected ')'", lp);
        return { kind: "call", pos: base.pos, callee: base, args };
      },
    },
    {
      ALT: (): Expr => {
        const base = this.sfxBase;
        this.consume(7, L.Dot);
        const n = this.expectTok(7, L.Identifier, "expected identifier");
        return { kind: "member", pos: base.pos, base, name: n.image, arrow: false, namePos: n.startOffset };
      },
    },
    {
      ALT: (): Expr => {
        const base = this.sfxBase;
        this.consume(7, L.Arrow);
        const n = this.expectTok(8, L.Identifier, "expected identifier");
        return { kind: "member", pos: base.pos, base, name: n.image, arrow: true, namePos: n.startOffset };
      },
    },
    {
      ALT: (): Expr => {
        const base = this.sfxBase;
        const t = this.consume(7, L.IncDecTok);
        return { kind: "incDec", pos: base.pos, op: t.tokenType === L.PlusPlus ? "++" : "--", prefix: false, operand: base };
      },
    },
  ];

  /** Postfix operators after a primary expression or a compound literal. */
  private suffixes(start: Expr): Expr {
    let e = start;
    this.many(7, () => {
      this.sfxBase = e;
      e = this.or(7, this.suffixAlts);
    });
    return e;
  }

  private readonly argList: ParserMethod<[], Expr[]> = this.RULE("argList", (): Expr[] => {
    const args: Expr[] = [];
    this.OPTION(() => {
      args.push(this.SUBRULE(this.assignment));
      this.MANY(() => {
        this.CONSUME(L.Comma);
        args.push(this.SUBRULE2(this.assignment));
      });
    });
    return args;
  });

  private readonly primaryAlts: OrMethodOpts<Expr> = {
    DEF: [
      {
        ALT: (): Expr => {
          const t = this.CONSUME(L.Identifier);
          if (!this.RECORDING_PHASE && this.isTypedefName(t.image)) this.err(t.startOffset, `unexpected type name '${t.image}': expected expression`);
          return { kind: "ident", pos: t.startOffset, name: t.image };
        },
      },
      {
        ALT: (): Expr => {
          const t = this.CONSUME(L.IntLit);
          if (this.RECORDING_PHASE) return { kind: "intLit", pos: 0, value: 0n, suffix: "", nonDecimal: false };
          const v = L.decodeInt(t.image, t.startOffset, this.report);
          return { kind: "intLit", pos: t.startOffset, value: v.value, suffix: v.suffix, nonDecimal: v.nonDecimal };
        },
      },
      {
        ALT: (): Expr => {
          const t = this.CONSUME(L.CharLit);
          const value = this.RECORDING_PHASE ? 0 : L.decodeCharLit(t.image, t.startOffset, !this.unterminated.has(t), this.report);
          return { kind: "charLit", pos: t.startOffset, value };
        },
      },
      {
        ALT: (): Expr => {
          const t = this.CONSUME(L.WideChar);
          const value = this.RECORDING_PHASE ? 0 : L.decodeCharLit(t.image, t.startOffset, true, this.report);
          return { kind: "charLit", pos: t.startOffset, value };
        },
      },
      {
        ALT: (): Expr => {
          const t = this.CONSUME(L.FloatLit);
          return { kind: "floatLit", pos: t.startOffset, text: t.image };
        },
      },
      { ALT: (): Expr => this.SUBRULE(this.stringLit) },
      {
        ALT: (): Expr => {
          const t = this.CONSUME(L.WideString);
          if (!this.RECORDING_PHASE) this.err(t.startOffset, "wide string literals are not supported");
          return { kind: "stringLit", pos: t.startOffset, bytes: [] };
        },
      },
      {
        ALT: (): Expr => {
          const lp = this.CONSUME(L.LParen);
          this.enter();
          const e = this.SUBRULE(this.expression);
          this.expectPunct(0, L.RParen, "expected ')'", lp);
          this.nest--;
          return e;
        },
      },
    ],
    ERR_MSG: "expected expression",
  };

  private readonly primary: ParserMethod<[], Expr> = this.RULE("primary", (): Expr => this.OR(this.primaryAlts));

  private readonly stringLit: ParserMethod<[], StringLit> = this.RULE("stringLit", (): StringLit => {
    const first = this.CONSUME(L.StringLit);
    let more: IToken[] | null = null;
    this.MANY(() => {
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
  const lexed = L.lex(text);
  instance ??= new CParser();
  return instance.run(text, lexed, diags);
}
