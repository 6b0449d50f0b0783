/**
 * @fileoverview Expression rules of the C parser (see compiler/parser.ts): comma,
 * assignment, conditional, the binary operators, casts, unary operators, sizeof, postfix
 * operators and primary expressions.
 *
 * The C grammar nests 15 levels per operand; here an operand costs two rule calls
 * (binary, castExpr): assignment/conditional bodies are inlined into `expression`, the
 * binary levels are one flat loop folded by precedence, and unary/postfix/primary are
 * one alternation inside castExpr. At run time the common "no operator follows" case
 * returns before entering chevrotain's OPTION/MANY (same decision, no closures).
 */

import type { IOrAlt, IToken, OrMethodOpts, ParserMethod } from "chevrotain";
import type { CompoundLit, Expr, InitList, StringLit, TypeName } from "./ast.js";
import * as L from "./lexer.js";
import { decodeCharLit, decodeInt, decodeStringLit } from "./literals.js";
import { ParserBase } from "./parser-base.js";
import { ASSIGN_OP, BIN_OP, BIN_PREC, IS_ASSIGN, IS_BINARY, IS_COMMA, IS_STRING, IS_SUFFIX, LBRACE, QUESTION, RPAREN, UNARY_OP } from "./parser-tables.js";

/** Folds `a op b op c ...` into binary nodes by precedence (left-associative). */
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

/** Expressions: the first rule layer over ParserBase. */
export abstract class ExprParser extends ParserBase {
  /** Operands handed to cached alternatives (read at the start of the ALT). */
  private sfxBase: Expr = { kind: "ident", pos: 0, name: "" };

  /** Rules of later layers (parser-declarator.ts) that expressions use. */
  protected abstract readonly typeName: ParserMethod<[], TypeName>;
  protected abstract readonly initList: ParserMethod<[], InitList>;

  // expr = assign ("," assign)*
  protected readonly expression: ParserMethod<[], Expr> = this.RULE("expression", (): Expr => {
    let e = this.assignmentBody();
    this.loop(0, IS_COMMA, () => {
      this.CONSUME(L.Comma);
      const r = this.SUBRULE2(this.assignment);
      e = { kind: "comma", pos: e?.pos, left: e, right: r };
    });
    return e;
  });

  // assign = conditional (assign-op assign)?
  protected readonly assignment: ParserMethod<[], Expr> = this.RULE("assignment", (): Expr => this.assignmentBody());

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

  // conditional = binary ("?" expr ":" conditional)?
  protected readonly conditional: ParserMethod<[], Expr> = this.RULE("conditional", (): Expr => this.conditionalBody());

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
  // binary = cast (binary-op cast)*   (folded by precedence, "*" tightest to "||" loosest)
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

  // cast = "(" type-name ")" (init-list postfix* | cast) | unary
  private readonly castExpr: ParserMethod<[], Expr> = this.RULE("castExpr", (): Expr => this.castBody());

  /** A cast expression (DSL indices 0, 2, 3, 5, 7). */
  private castBody(): Expr {
    if (!this.RECORDING_PHASE && !this.castAhead()) return this.unaryBody();
    return this.OR(this.castAlts);
  }

  /** For `++x` and `sizeof x`, whose operands cannot be casts. */
  // unary = ("++" | "--") unary | unary-op cast | sizeof | primary postfix*
  private readonly unary: ParserMethod<[], Expr> = this.RULE("unary", (): Expr => this.unaryBody());

  /**
   * Unary operators, primary expressions and their postfix operators (DSL indices 3, 7).
   * The postfix loop runs after any alternative: after a unary operator's operand it finds
   * nothing left to take, as that operand already took its own postfix operators.
   */
  private unaryBody(): Expr {
    return this.suffixes(7, this.suffixAlts7, this.OR3(this.unaryAlts));
  }

  // primary = ident | int | char | float | string-lit | wide-string | "(" expr ")"
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
          const v = decodeInt(t.image, t.startOffset, this.report);
          return { kind: "intLit", pos: t.startOffset, value: v.value, suffix: v.suffix, nonDecimal: v.nonDecimal };
        },
      },
      {
        ALT: (): Expr => {
          const t = this.CONSUME3(L.CharLit);
          const value = this.RECORDING_PHASE ? 0 : decodeCharLit(t.image, t.startOffset, !this.unterminated.has(t), this.report);
          return { kind: "charLit", pos: t.startOffset, value };
        },
      },
      {
        ALT: (): Expr => {
          const t = this.CONSUME3(L.WideChar);
          const value = this.RECORDING_PHASE ? 0 : decodeCharLit(t.image, t.startOffset, true, this.report);
          return { kind: "charLit", pos: t.startOffset, value, wide: true };
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

  // sizeof = "sizeof" ("(" type-name ")" (init-list postfix*)? | unary)
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
  // postfix = "[" expr "]" | "(" arg-list ")" | "." ident | "->" ident | "++" | "--"
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

  // arg-list = (assign ("," assign)*)?
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

  // string-lit = (string-literal | wide-string-literal)+
  private readonly stringLit: ParserMethod<[], StringLit> = this.RULE("stringLit", (): StringLit => {
    const first = this.OR([{ ALT: () => this.CONSUME(L.StringLit) }, { ALT: () => this.CONSUME(L.WideString) }]);
    let more: IToken[] | null = null;
    this.loop(0, IS_STRING, () => {
      const t = this.OR2([{ ALT: () => this.CONSUME2(L.StringLit) }, { ALT: () => this.CONSUME2(L.WideString) }]);
      (more ??= []).push(t);
    });
    if (this.RECORDING_PHASE) return { kind: "stringLit", pos: 0, bytes: [] };
    const pieces = more === null ? [first] : [first, ...(more as IToken[])];
    // One wide piece makes the whole literal wide (C99 6.4.5p4): every piece then decodes
    // to code points, stored as wchar_t (4 bytes, little-endian).
    const wide = pieces.some((t) => t.tokenType === L.WideString);
    // Appended in place: concat would copy the whole string so far for every piece.
    const bytes: number[] = [];
    for (const t of pieces) {
      for (const u of decodeStringLit(t.image, t.startOffset, !this.unterminated.has(t), this.report, wide)) {
        if (wide) bytes.push(u & 255, (u >>> 8) & 255, (u >>> 16) & 255, u >>> 24);
        else bytes.push(u);
      }
    }
    return wide ? { kind: "stringLit", pos: first.startOffset, bytes, wide } : { kind: "stringLit", pos: first.startOffset, bytes };
  });
}
