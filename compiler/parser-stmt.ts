/**
 * @fileoverview Statement rules of the C parser (see compiler/parser.ts): blocks and block
 * items, selection, iteration, jump and labeled statements.
 *
 * A block item is where a failed statement resynchronises: the error has been reported,
 * scopes and nesting are restored, and parsing resumes after the broken statement.
 */

import type { IOrAlt, OrMethodOpts, ParserMethod } from "chevrotain";
import type { Block, DeclStmt, ExprStmt, Stmt } from "./ast.js";
import * as L from "./lexer.js";
import { MAX_LABEL_RUN } from "./parser-base.js";
import { DeclParser } from "./parser-decl.js";
import { ARGS_TRUE, COLON, ELSE, EOF_IDX, ID, RBRACE, RPAREN, SEMI } from "./parser-tables.js";

/** Statements: the last rule layer (CParser in parser.ts runs the self-analysis). */
export abstract class StmtParser extends DeclParser {
  // compound-stmt = "{" block-item* "}"
  protected readonly compoundStatement: ParserMethod<[boolean], Block> = this.RULE("compoundStatement", (newScope: boolean): Block => {
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

  // block-item = declaration | stmt
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

  // stmt = compound-stmt | if-stmt | while-stmt | do-stmt | for-stmt | switch-stmt | case-stmt | default-stmt | jump-stmt | return-stmt | ";" | expr-or-label-stmt
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

  /**
   * The statement after a label: C99 wants one even at the end of a block. A label is not
   * a level of nesting (`case 1: case 2: ... x;` is one statement to a reader): a run of
   * labels has its own, larger limit, which keeps the recursion over the chain (here, in
   * the checker and in code generation) far from the host's stack limit all the same.
   */
  private labelBody(): Stmt {
    if (!this.RECORDING_PHASE && this.LA(1).tokenTypeIdx === RBRACE) {
      const pos = this.LA(1).startOffset;
      this.err(pos, "label at end of compound statement: expected statement");
      return { kind: "empty", pos };
    }
    if (!this.RECORDING_PHASE && ++this.labelRun > MAX_LABEL_RUN) this.fail(this.LA(1).startOffset, `more than ${MAX_LABEL_RUN} labels in a row`);
    this.nest--;
    try {
      return this.SUBRULE(this.statement);
    } finally {
      this.nest++;
      if (!this.RECORDING_PHASE) this.labelRun--;
    }
  }

  // if-stmt = "if" "(" expr ")" stmt ("else" stmt)?
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

  // while-stmt = "while" "(" expr ")" stmt
  private readonly whileStatement: ParserMethod<[], Stmt> = this.RULE("whileStatement", (): Stmt => {
    const t = this.CONSUME(L.While);
    const lp = this.expectPunct(0, L.LParen, "expected '(' after 'while'");
    const cond = this.SUBRULE(this.expression);
    this.expectPunct(0, L.RParen, "expected ')'", lp);
    const body = this.SUBRULE(this.statement);
    return { kind: "while", pos: t.startOffset, cond, body };
  });

  // do-stmt = "do" stmt "while" "(" expr ")" ";"
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

  // for-stmt = "for" "(" (declaration | ";" | expr ";") expr? ";" expr? ")" stmt
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

  // switch-stmt = "switch" "(" expr ")" stmt
  private readonly switchStatement: ParserMethod<[], Stmt> = this.RULE("switchStatement", (): Stmt => {
    const t = this.CONSUME(L.Switch);
    const lp = this.expectPunct(0, L.LParen, "expected '(' after 'switch'");
    const cond = this.SUBRULE(this.expression);
    this.expectPunct(0, L.RParen, "expected ')'", lp);
    const body = this.SUBRULE(this.statement);
    return { kind: "switch", pos: t.startOffset, cond, body };
  });

  // case-stmt = "case" conditional ":" stmt
  private readonly caseStatement: ParserMethod<[], Stmt> = this.RULE("caseStatement", (): Stmt => {
    const t = this.CONSUME(L.Case);
    const value = this.SUBRULE(this.conditional);
    this.expectPunct(0, L.Colon, "expected ':' after 'case'");
    const body = this.labelBody();
    return { kind: "case", pos: t.startOffset, value, body };
  });

  // default-stmt = "default" ":" stmt
  private readonly defaultStatement: ParserMethod<[], Stmt> = this.RULE("defaultStatement", (): Stmt => {
    const t = this.CONSUME(L.Default);
    this.expectPunct(0, L.Colon, "expected ':' after 'default'");
    const body = this.labelBody();
    return { kind: "default", pos: t.startOffset, body };
  });

  // jump-stmt = "break" ";" | "continue" ";" | "goto" ident ";"
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

  // return-stmt = "return" expr? ";"
  private readonly returnStatement: ParserMethod<[], Stmt> = this.RULE("returnStatement", (): Stmt => {
    const t = this.CONSUME(L.Return);
    const value = this.opt(0, this.tok1.tokenTypeIdx !== SEMI, () => this.SUBRULE(this.expression));
    this.expectSemi(0, "expected ';' after return statement");
    return { kind: "return", pos: t.startOffset, value: value ?? null };
  });

  // expr-or-label-stmt = ident ":" stmt | expr ";"
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
}
