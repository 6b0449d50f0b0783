/**
 * @fileoverview The core of the C parser (see compiler/parser.ts for the overview): the
 * chevrotain EmbeddedActionsParser subclass that holds the parse state and everything the
 * rule layers share, but no grammar rules of its own.
 *
 * Tokens are pulled lazily from the lexer's Scanner (chevrotain's lexer adapter methods are
 * overridden), diagnostics are buffered and emitted sorted by position, a failed expectation
 * reports a clang-style message and throws ParseAbort for the nearest resynchronising rule,
 * and the typedef-name scopes answer the gates that tell declarations from expressions.
 */

import {
  EmbeddedActionsParser,
  isRecognitionException,
  type IParserErrorMessageProvider,
  type IRecognitionException,
  type IToken,
  type ParserMethod,
  type TokenType,
} from "chevrotain";
import type { DeclSpec, Declarator, ExternalDecl, FunctionDeclarator, TranslationUnit } from "./ast.js";
import { MAX_ERRORS, type Diagnostics } from "./diagnostics.js";
import * as L from "./lexer.js";
import type { LazyLookaheadStrategy } from "./lazy-lookahead.js";
import {
  CTX_PARAM,
  CTX_TOP,
  DECL_KW,
  DECL_START,
  EOF_IDX,
  ID,
  LBRACE,
  LBRACKET,
  LPAREN,
  MODE_PARAM,
  RBRACE,
  RBRACKET,
  RPAREN,
  SEMI,
  STAR,
  TYPE_SPEC,
  TYPE_WORD,
  specIsEmpty,
  type Scope,
} from "./parser-tables.js";

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
/** Labels in a row (`case 1: case 2: ...`), counted apart from brackets: a label is not a bracket. */
export const MAX_LABEL_RUN = 256;

interface Pending {
  pos: number;
  severity: "error" | "warning";
  message: string;
  note: { pos: number; message: string } | null;
}

const errorMessageProvider: IParserErrorMessageProvider = {
  buildMismatchTokenMessage: ({ expected }) => `expected ${expected.LABEL ?? expected.name}`,
  buildNotAllInputParsedMessage: () => "expected identifier or '('",
  buildNoViableAltMessage: ({ customUserDescription }) => customUserDescription ?? "expected expression",
  buildEarlyExitMessage: ({ customUserDescription }) => customUserDescription ?? "expected expression",
};

/**
 * The class core shared by the rule layers (parser-expr.ts, parser-declarator.ts,
 * parser-decl.ts, parser-stmt.ts): parse state, the lazy token stream chevrotain reads,
 * diagnostics, fast LL(1) repetition, expectations, resynchronisation, typedef scopes.
 */
export abstract class ParserBase extends EmbeddedActionsParser {
  private text = "";
  protected scopes: Scope[] = [null];
  /** Every name ever declared as a typedef: most identifiers skip the scope walk. */
  protected typedefSeen = new Set<string>();
  /** struct/union/enum tags seen so far, for "must use 'struct' tag" (not scoped). */
  protected tagsSeen = new Map<string, string>();
  /** Parameter scopes of the function declarators of the current external declaration. */
  protected fnScopes: { fn: FunctionDeclarator; scope: Scope }[] = [];
  private pending: Pending[] = [];
  private reported = new Set<number>();
  private errorCount = 0;
  private errorBase = 0;
  protected unterminated = new Set<IToken>();
  protected items: ExternalDecl[] = [];
  /** Receives each external declaration instead of `items` while no error was reported. */
  private sink: ((d: ExternalDecl) => void) | null = null;
  private anyError = false;
  protected nest = 0;
  /** Labels (`name:`, `case`, `default`) enclosing the statement being parsed, in a row. */
  protected labelRun = 0;

  /** Errors in (quietFrom, quietTo] are follow-ons of an unterminated literal: dropped. */
  private quietFrom = -1;
  private quietTo = -1;

  protected readonly report = (pos: number, message: string, severity: "error" | "warning"): void => {
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

  /**
   * `validate` runs chevrotain's grammar checks (slow: tests only). The most derived class
   * calls performSelfAnalysis, once every layer's rule fields exist.
   */
  constructor(validate: boolean, lookahead: LazyLookaheadStrategy) {
    // Lookahead functions are built on first use or read from saved tables
    // (compiler/lazy-lookahead.ts): start-up time.
    super(L.allTokenTypes, { recoveryEnabled: false, maxLookahead: 1, errorMessageProvider, skipValidations: !validate, lookaheadStrategy: lookahead });
  }

  /** The start rule (parser-decl.ts). */
  protected abstract readonly translationUnit: ParserMethod<[], void>;

  // ------------------------------------------------------------------ driver

  run(text: string, diags: Diagnostics, sink: ((d: ExternalDecl) => void) | null = null): TranslationUnit {
    this.text = text;
    this.sink = sink;
    this.anyError = false;
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
    this.labelRun = 0;
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
    this.sink = null;
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
  protected tok1: IToken = this.EOF_TOKEN;
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

  /**
   * A complete external declaration. With a sink, it is handed on (and not kept) as long as
   * the parse is clean: after an error only the diagnostics matter.
   */
  protected emitItem(d: ExternalDecl): void {
    if (this.sink === null) this.items.push(d);
    else if (!this.anyError) this.sink(d);
  }

  protected err(pos: number, message: string, note: { pos: number; message: string } | null = null): void {
    this.anyError = true;
    if (this.reported.has(pos) || (pos > this.quietFrom && pos <= this.quietTo)) return;
    this.reported.add(pos);
    this.pending.push({ pos, severity: "error", message, note });
    if (++this.errorCount + this.errorBase >= MAX_ERRORS) throw STOP;
  }

  protected warn(pos: number, message: string): void {
    this.pending.push({ pos, severity: "warning", message, note: null });
  }

  protected fail(pos: number, message: string, note: { pos: number; message: string } | null = null): never {
    this.err(pos, message, note);
    throw ABORT;
  }

  /** A token's offset; chevrotain's own EOF token (never expected here) has none. */
  private tokPos(t: IToken): number {
    return Number.isNaN(t.startOffset) ? this.prevEnd() : t.startOffset;
  }

  /** Just after the previous token: where clang reports a missing punctuator. */
  protected prevEnd(): number {
    const p = this.LA(0);
    if (p.tokenTypeIdx === EOF_IDX) return this.LA(1).startOffset;
    return p.startOffset + p.image.length;
  }

  protected handle(e: unknown): void {
    if (e === ABORT) return;
    if (e instanceof Error && isRecognitionException(e)) {
      const ex = e as IRecognitionException;
      this.err(this.tokPos(ex.token), ex.message);
      return;
    }
    throw e;
  }

  protected enter(): void {
    if (++this.nest > MAX_NEST) this.fail(this.LA(1).startOffset, `bracket nesting level exceeded maximum of ${MAX_NEST}`);
  }

  // ------------------------------------------------------------------ fast repetition

  /*
   * Chevrotain's MANY/OPTION look their decision up in a cache and keep bookkeeping on
   * every call. Where the decision is plain LL(1) (or a gate), these record the same MANY
   * or OPTION for the grammar but decide with a table lookup at run time. A loop body
   * must start by consuming a token of `more`, so it always advances.
   */
  protected loop(i: number, more: boolean[], body: () => void): void {
    if (this.RECORDING_PHASE) this.many(i, body);
    else while (more[this.tok1.tokenTypeIdx]) body();
  }

  protected loopWhile(i: number, more: () => boolean, body: () => void): void {
    if (this.RECORDING_PHASE) this.many(i, body);
    else while (more()) body();
  }

  /** CONSUME for a token already known to be next (recorded as CONSUME). */
  protected take(i: number, tt: TokenType): IToken {
    if (this.RECORDING_PHASE) return this.consume(i, tt);
    const t = this.tok1;
    this.consumeToken();
    return t;
  }

  protected opt<T>(i: number, yes: boolean, body: () => T): T | undefined {
    if (this.RECORDING_PHASE) return this.option(i, body);
    return yes ? body() : undefined;
  }

  // ------------------------------------------------------------------ expectations

  /** A punctuator that must come next; reported just after the previous token. */
  protected expectPunct(i: number, tt: TokenType, message: string, open?: IToken): IToken {
    if (this.RECORDING_PHASE || this.tok1.tokenTypeIdx === tt.tokenTypeIdx) return this.take(i, tt);
    const note = open === undefined ? null : { pos: open.startOffset, message: `to match this '${open.image}'` };
    return this.fail(this.prevEnd(), message, note);
  }

  /** A token that must come next; reported at the offending token. */
  protected expectTok(i: number, tt: TokenType, message: string): IToken {
    if (this.RECORDING_PHASE || this.tok1.tokenTypeIdx === tt.tokenTypeIdx) return this.take(i, tt);
    return this.fail(this.tok1.startOffset, message);
  }

  /**
   * A terminating ';'. When it is missing at the end of a line (or before '}'), report and
   * carry on as if it were there: the usual slip, and no tokens need skipping. A statement
   * ending `...)) ;` gets clang's "extraneous ')'" (not inside a `for (...)` header).
   */
  protected expectSemi(i: number, message: string, endsStatement = true): void {
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
  protected skipStatement(): void {
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

  protected skipTopLevel(): void {
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

  protected isTypedefName(name: string): boolean {
    if (!this.typedefSeen.has(name)) return false;
    const s = this.scopes;
    for (let i = s.length - 1; i >= 0; i--) {
      const v = s[i]?.get(name);
      if (v !== undefined) return v;
    }
    return false;
  }

  protected declare(d: Declarator, isTypedef: boolean): void {
    let x = d;
    while (x.kind !== "ident") x = x.inner;
    if (x.name === null) return;
    this.currentScope().set(x.name, isTypedef);
    if (isTypedef) this.typedefSeen.add(x.name);
  }

  protected declareName(name: string): void {
    this.currentScope().set(name, false);
  }

  private currentScope(): Map<string, boolean> {
    const i = this.scopes.length - 1;
    return (this.scopes[i] ??= new Map());
  }

  // ------------------------------------------------------------------ lookahead predicates

  protected startsDeclaration(): boolean {
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
  protected castAhead(): boolean {
    return this.LA(1).tokenTypeIdx === LPAREN && this.isTypeStart(this.LA(2));
  }

  protected specContinues(spec: DeclSpec, ctx: number): boolean {
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

  protected nestedDeclaratorAhead(mode: number): boolean {
    if (this.LA(1).tokenTypeIdx !== LPAREN) return false;
    const t2 = this.LA(2);
    const k2 = t2.tokenTypeIdx;
    if (k2 === STAR || k2 === LPAREN || k2 === LBRACKET) return true;
    return mode === MODE_PARAM && k2 === ID && !this.isTypedefName(t2.image);
  }
}
