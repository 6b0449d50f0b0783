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
 *
 * Layout: the class is a chain of layers, each in its own file, so each grammar area reads
 * on its own: parser-base.ts (state, token stream, diagnostics, scopes) -> parser-expr.ts ->
 * parser-declarator.ts -> parser-decl.ts -> parser-stmt.ts -> CParser here, which runs
 * chevrotain's self-analysis once every layer's rule fields exist. A layer that calls a rule
 * of a later layer declares it abstract. Shared tables live in parser-tables.ts.
 *
 * Start-up: the bundle's parser skips the self-analysis (recording the grammar and setting up
 * lookahead) and answers each decision from the lookahead tables saved at build time; a
 * twin that did record the grammar is built only if something needs it (a decision looking
 * past one token, or the wording of a failed alternative).
 */

import type { ExternalDecl, TranslationUnit } from "./ast.js";
import type { Diagnostics } from "./diagnostics.js";
import type { Rule } from "chevrotain";
import { LazyLookaheadStrategy, lookaheadFromTables, tabulateLookahead, type LookaheadTables } from "./lazy-lookahead.js";
import * as L from "./lexer.js";
import { StmtParser } from "./parser-stmt.js";

/** Lookahead tables saved by the bundle build (scripts/bundle.mjs); absent elsewhere. */
declare const __MINIC_LOOKAHEAD__: string | undefined;

/** One more than the largest token type index: the width of a lookahead table. */
const TOKEN_TYPES = Math.max(L.EOF.tokenTypeIdx!, ...L.allTokenTypes.map((t) => t.tokenTypeIdx!)) + 1;

/** chevrotain internals (absent from its typings) that a parser without a recorded grammar uses. */
interface Internals {
  selfAnalysisDone: boolean;
  lookAheadFuncsCache: Map<number, unknown>;
  shortRuleNameToFull: Record<number, string>;
}

class CParser extends StmtParser {
  /** Without a recorded grammar (see `parse`): lookahead comes from the tables. */
  private readonly deferred: boolean;
  /** A twin that recorded the grammar, built the first time something needs the grammar. */
  private recorded: CParser | null = null;

  /**
   * `validate` runs chevrotain's grammar checks (slow: tests only); `tables` are saved
   * lookahead answers (compiler/lazy-lookahead.ts), used when they fit these token types.
   * `deferred` (with usable tables) skips chevrotain's self-analysis.
   */
  constructor(
    validate: boolean,
    tables: LookaheadTables | null,
    deferred = false,
    readonly lookahead = new LazyLookaheadStrategy(1, tables !== null && tables.tokenTypes === TOKEN_TYPES ? tables : null),
  ) {
    super(validate, lookahead);
    this.deferred = deferred && !validate && lookahead.tables !== null;
    // after every layer's field initialisers: all rules are defined by now
    if (this.deferred) (this as unknown as Internals).selfAnalysisDone = true;
    else this.performSelfAnalysis();
  }

  /**
   * chevrotain's lookup of a decision's lookahead function (every OR, OPTION, MANY): a
   * deferred parser fills its cache on a miss, from the tables, or else from the twin
   * (whose function is called with this parser as `this`, as its own would be).
   */
  getLaFuncFromCache(key: number): unknown {
    const internals = this as unknown as Internals;
    const f = internals.lookAheadFuncsCache.get(key);
    if (f !== undefined || !this.deferred) return f;
    const g = lookaheadFromTables(this.lookahead.tables!, key, internals.shortRuleNameToFull) ?? this.twin().getLaFuncFromCache(key);
    internals.lookAheadFuncsCache.set(key, g);
    return g;
  }

  /** The recorded grammar: chevrotain reads it to word a failed OR or AT_LEAST_ONE. */
  override getGAstProductions(): Record<string, Rule> {
    return this.deferred ? this.twin().getGAstProductions() : super.getGAstProductions();
  }

  /** Whether the grammar was recorded (always, unless deferred). */
  hasRecordedGrammar(): boolean {
    return !this.deferred || this.recorded !== null;
  }

  private twin(): CParser {
    return (this.recorded ??= new CParser(false, this.lookahead.tables));
  }
}

function savedTables(): LookaheadTables | null {
  return typeof __MINIC_LOOKAHEAD__ === "string" ? (JSON.parse(__MINIC_LOOKAHEAD__) as LookaheadTables) : null;
}

let instance: CParser | null = null;

/**
 * Parses preprocessed text into a translation unit. Errors go to `diags` (sorted by
 * position); the returned tree holds whatever could be parsed. With a `sink`, each external
 * declaration goes to it as soon as it is complete, until the first error, and the
 * returned tree is empty.
 */
export function parse(text: string, diags: Diagnostics, sink: ((d: ExternalDecl) => void) | null = null): TranslationUnit {
  // Deferred: chevrotain's grammar recording and lookahead set-up are a quarter of a
  // `minic run hello.c`; the bundle's tables answer what a parse asks (docs/performance.md).
  instance ??= new CParser(false, savedTables(), true);
  return instance.run(text, diags, sink);
}

/** Builds a parser with chevrotain's grammar validations on; throws on a grammar defect. */
export function validateGrammar(): void {
  new CParser(true, null);
}

/** Every lookahead decision of the grammar, answered for every token type (bundle build). */
export function lookaheadTables(): LookaheadTables {
  return tabulateLookahead(new CParser(false, null).lookahead, TOKEN_TYPES);
}

/**
 * A parse function whose parser answers lookahead from `tables` (tests); `deferred`: as the
 * bundle's, without a recorded grammar.
 */
export function parserWithTables(
  tables: LookaheadTables,
  deferred = false,
): { parse: (text: string, diags: Diagnostics) => TranslationUnit; lookahead: LazyLookaheadStrategy; recorded: () => boolean } {
  const p = new CParser(false, tables, deferred);
  return { parse: (text, diags) => p.run(text, diags), lookahead: p.lookahead, recorded: () => p.hasRecordedGrammar() };
}
