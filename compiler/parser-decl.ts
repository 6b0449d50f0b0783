/**
 * @fileoverview Declaration rules of the C parser (see compiler/parser.ts): the translation
 * unit, external declarations and function definitions (K&R ones included), block
 * declarations, declaration specifiers, and struct/union/enum specifiers.
 *
 * Declared names go into the typedef scopes as each declarator completes, so a typedef is
 * visible from the next declarator of the same declaration on. External declarations and
 * struct members are where a failed parse resynchronises (ParseAbort, see parser-base.ts).
 */

import type { IOrAlt, IToken, ParserMethod } from "chevrotain";
import type {
  Block,
  Declaration,
  Declarator,
  DeclSpec,
  EnumSpec,
  Expr,
  ExternalDecl,
  FunctionDeclarator,
  FunctionDef,
  InitDeclarator,
  StructMemberDecl,
  StructSpec,
} from "./ast.js";
import * as L from "./lexer.js";
import { DeclaratorParser } from "./parser-declarator.js";
import {
  ARGS_BLOCK,
  ARGS_FALSE,
  ARGS_PARAM,
  ARGS_TOP,
  ASSIGN,
  COLON,
  COMMA,
  EOF_IDX,
  ID,
  IS_COMMA,
  IS_DECLARATOR_START,
  IS_MEMBER_DECLARATOR_START,
  KW_INFO,
  LBRACE,
  LPAREN,
  RBRACE,
  SEMI,
  STAR,
  newSpec,
  specIsEmpty,
} from "./parser-tables.js";

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

/** Declarations and specifiers: the layer over declarators. */
export abstract class DeclParser extends DeclaratorParser {
  /** The spec being built, handed to the cached `specAlts` (read at the start of the ALT). */
  private curSpec: DeclSpec = newSpec(0);

  /** A rule of a later layer (parser-stmt.ts): a function definition's body. */
  protected abstract readonly compoundStatement: ParserMethod<[boolean], Block>;

  // translation-unit = external-decl*
  protected readonly translationUnit: ParserMethod<[], void> = this.RULE("translationUnit", (): void => {
    for (;;) {
      this.MANY(() => {
        const d = this.SUBRULE(this.externalDecl);
        if (d && !this.RECORDING_PHASE) this.emitItem(d);
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

  // external-decl = decl-or-function-def
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

  // decl-or-function-def = declspec (";" | declarators-or-function)
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

  // declarators-or-function = declarator (function-def-rest | ("=" initializer)? ("," init-declarator)* ";")
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

  // function-def-rest = declaration* compound-stmt
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
  // declaration = declspec (init-declarator ("," init-declarator)*)? ";"
  protected readonly declaration: ParserMethod<[], Declaration> = this.RULE("declaration", (): Declaration => {
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

  // init-declarator = declarator ("=" initializer)?
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

  // declspec = (decl-spec-keyword | struct-spec | enum-spec | typedef-name)*
  protected readonly declSpec: ParserMethod<[number], DeclSpec> = this.RULE("declSpec", (ctx: number): DeclSpec => {
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
        spec.restrictPos ??= t.startOffset;
        return;
      case "inline":
        spec.isInline = true;
        return;
      case "type":
        spec.typeWords.push({ word: info.word, pos: t.startOffset });
        return;
    }
  }

  // struct-spec = ("struct" | "union") ident? ("{" struct-member* "}")?
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

  // struct-member = member-decl
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

  // member-decl = declspec (member-declarator ("," member-declarator)*)? ";"
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

  // member-declarator = ":" conditional | declarator (":" conditional)?
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

  // enum-spec = "enum" ident? ("{" enumerator ("," enumerator)* ","? "}")?
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

  // enumerator = ident ("=" conditional)?
  private readonly enumerator: ParserMethod<[], { name: string; value: Expr | null; pos: number }> = this.RULE("enumerator", () => {
    const n = this.expectTok(0, L.Identifier, "expected identifier");
    const v = this.opt(0, this.tok1.tokenTypeIdx === ASSIGN, () => {
      this.CONSUME(L.Assign);
      return this.SUBRULE(this.conditional);
    });
    if (!this.RECORDING_PHASE) this.declareName(n.image);
    return { name: n.image, value: v ?? null, pos: n.startOffset };
  });
}
