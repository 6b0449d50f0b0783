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
 */

import type { TranslationUnit } from "./ast.js";
import type { Diagnostics } from "./diagnostics.js";
import { StmtParser } from "./parser-stmt.js";

class CParser extends StmtParser {
  /** `validate` runs chevrotain's grammar checks (slow: tests only). */
  constructor(validate: boolean) {
    super(validate);
    // after every layer's field initialisers: all rules are defined by now
    this.performSelfAnalysis();
  }
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
