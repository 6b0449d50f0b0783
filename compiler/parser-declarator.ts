/**
 * @fileoverview Declarator rules of the C parser (see compiler/parser.ts): concrete and
 * abstract declarators with their pointer, array and function parts, parameter lists (both
 * prototype and K&R identifier lists), type names, and initializers with designators.
 *
 * A function declarator's parameters get their own typedef scope; it is kept in `fnScopes`
 * so that a function definition can reopen it as the body's scope (parser-decl.ts).
 */

import type { IOrAlt, IToken, OrMethodOpts, ParserMethod } from "chevrotain";
import type { Declarator, DeclSpec, Designator, Expr, FunctionDeclarator, Initializer, InitList, ParamDecl, TypeName } from "./ast.js";
import * as L from "./lexer.js";
import { ExprParser } from "./parser-expr.js";
import {
  ARGS_ABSTRACT,
  ARGS_BLOCK,
  ARGS_MODE_PARAM,
  ARGS_PARAM,
  ASSIGN,
  COMMA,
  ID,
  IS_COMMA,
  IS_DECL_SUFFIX,
  IS_DESIGNATOR,
  IS_QUAL,
  IS_QUAL_OR_STATIC,
  IS_STAR,
  MODE_ABSTRACT,
  MODE_PARAM,
  RBRACE,
  RBRACKET,
  RPAREN,
  STAR,
  specIsEmpty,
  type ParamListResult,
} from "./parser-tables.js";

/** A `*` and the qualifiers after it, before the declarator node is built. */
type PointerQuals = { pos: number; isConst: boolean; isVolatile: boolean; restrictPos: number | null };

/** Declarators, parameters, type names and initializers: the layer over expressions. */
export abstract class DeclaratorParser extends ExprParser {
  /** A rule of a later layer (parser-decl.ts) that parameters and type names use. */
  protected abstract readonly declSpec: ParserMethod<[number], DeclSpec>;

  /** A declarator that must name something (declarations, members, definitions). */
  // declarator = ("*" type-qualifier*)* (ident | "(" declarator ")") declarator-suffix*
  protected readonly declarator: ParserMethod<[], Declarator> = this.RULE("declarator", (): Declarator => this.declaratorBody(0));

  /** A declarator that may (params) or must (type names) omit the name. */
  // abs-declarator = ("*" type-qualifier*)* (ident | "(" abs-declarator ")")? declarator-suffix*
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

  // declarator-suffix = "[" ("static" | type-qualifier)* ("*" | assign)? "]" | param-list
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
    let ptrs: PointerQuals[] | null = null;
    this.loop(0, IS_STAR, () => {
      const s = this.CONSUME(L.Star);
      const p: PointerQuals = { pos: s.startOffset, isConst: false, isVolatile: false, restrictPos: null };
      this.loop(2, IS_QUAL, () => {
        const q = this.CONSUME(L.TypeQualKw);
        if (q.tokenType === L.Const) p.isConst = true;
        else if (q.tokenType === L.Volatile) p.isVolatile = true;
        else if (q.tokenType === L.Restrict) p.restrictPos ??= q.startOffset;
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
    const ps = ptrs as PointerQuals[] | null;
    if (ps !== null) {
      for (let i = ps.length - 1; i >= 0; i--) {
        const p = ps[i]!;
        d = { kind: "pointer", pos: p.pos, isConst: p.isConst, isVolatile: p.isVolatile, restrictPos: p.restrictPos, inner: d };
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

  // param-list = "(" (identifier-list | param-decls)? ")"
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

  // identifier-list = ident ("," ident)*
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

  // param-decls = (param-decl | "...") ("," (param-decl | "..."))*
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

  // param-decl = declspec abs-declarator
  private readonly paramDecl: ParserMethod<[], ParamDecl> = this.RULE("paramDecl", (): ParamDecl => {
    const spec = this.SUBRULE(this.declSpec, ARGS_PARAM);
    if (!this.RECORDING_PHASE && specIsEmpty(spec)) this.fail(this.LA(1).startOffset, "expected parameter declarator");
    const d = this.SUBRULE(this.absDeclarator, ARGS_MODE_PARAM);
    if (!this.RECORDING_PHASE) this.declare(d, false);
    return { pos: spec.pos, spec, declarator: d };
  });

  // type-name = declspec abs-declarator
  protected readonly typeName: ParserMethod<[], TypeName> = this.RULE("typeName", (): TypeName => {
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

  // initializer = init-list | assign
  protected readonly initializer: ParserMethod<[], Initializer> = this.RULE("initializer", (): Initializer => this.OR(this.initializerAlts));

  // init-list = "{" (init-item ("," init-item)* ","?)? "}"
  protected readonly initList: ParserMethod<[], InitList> = this.RULE("initList", (): InitList => {
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

  // designator = "." ident | "[" conditional "]"
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

  // init-item = (designator+ "=")? initializer
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
}
