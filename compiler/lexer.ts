/**
 * @fileoverview The C99 tokens (chevrotain token types) and two lexers over them. What
 * a literal's spelling means (its value, its bytes) is decoded in literals.ts.
 *
 * - `lex`: the chevrotain Lexer built from the token definitions; returns every token.
 *   It is the reference definition (tests compare the Scanner with it).
 * - `Scanner`: a hand-written lexer producing the very same tokens one at a time, which the
 *   parser pulls lazily (see the note above the class for why).
 *
 * Keywords are not lexer patterns: every word is lexed as an Identifier and then looked up
 * in a Map, which is much cheaper than letting chevrotain try ~40 keyword regexes with
 * `longer_alt`. The keyword token types still exist (pattern NA) so the parser can match
 * them, and they carry categories (DeclSpecKw, TypeWordKw, ...) that let the parser
 * decide with a single-token lookup instead of a wide alternation.
 *
 * Positions: tokens only carry `startOffset` (positionTracking "onlyOffset"); everything
 * else derives from it, see compiler/source.ts.
 */

import { createToken, EOF, Lexer, type IToken, type TokenType } from "chevrotain";

// ---------------------------------------------------------------------------------------
// Categories (never produced directly)
// ---------------------------------------------------------------------------------------

const cat = (name: string): TokenType => createToken({ name, pattern: Lexer.NA });

/**
 * Puts a token type in categories, as createToken does when given them, but without its
 * rebuilding of each category's whole member list at every new member (quadratic in
 * lodash: 4-5 ms of every start). The parser's construction derives the same lists again.
 */
function inCategories(t: TokenType, categories: TokenType[]): TokenType {
  if (categories.length === 0) return t;
  t.CATEGORIES = categories;
  for (const c of categories) {
    c.categoryMatchesMap![t.tokenTypeIdx!] = true;
    c.categoryMatches!.push(t.tokenTypeIdx!);
    c.isParent = true;
  }
  return t;
}

/** Every keyword that can appear in declaration specifiers (storage, qualifiers, types, inline). */
export const DeclSpecKw = cat("DeclSpecKw");
/** Basic type keywords: void char short int long signed unsigned _Bool float double. */
export const TypeWordKw = cat("TypeWordKw");
export const StorageKw = cat("StorageKw");
/** const volatile restrict */
export const TypeQualKw = cat("TypeQualKw");
export const StructOrUnion = cat("StructOrUnion");
export const BinaryOpTok = cat("BinaryOp");
export const UnaryOpTok = cat("UnaryOp");
export const AssignOpTok = cat("AssignOp");
export const IncDecTok = cat("IncDec");

// ---------------------------------------------------------------------------------------
// Keywords
// ---------------------------------------------------------------------------------------

const keywordMap = new Map<string, TokenType>();
const kw = (word: string, categories: TokenType[] = []): TokenType => {
  const t = inCategories(createToken({ name: `kw_${word}`, pattern: Lexer.NA, label: `'${word}'` }), categories);
  keywordMap.set(word, t);
  return t;
};
const storage = (w: string): TokenType => kw(w, [DeclSpecKw, StorageKw]);
const typeWord = (w: string): TokenType => kw(w, [DeclSpecKw, TypeWordKw]);
const qual = (w: string): TokenType => kw(w, [DeclSpecKw, TypeQualKw]);

export const Typedef = storage("typedef");
export const Extern = storage("extern");
export const Static = storage("static");
export const Auto = storage("auto");
export const Register = storage("register");
export const Const = qual("const");
export const Volatile = qual("volatile");
export const Restrict = qual("restrict");
export const Inline = kw("inline", [DeclSpecKw]);
export const Void = typeWord("void");
export const Char = typeWord("char");
export const Short = typeWord("short");
export const Int = typeWord("int");
export const Long = typeWord("long");
export const Signed = typeWord("signed");
export const Unsigned = typeWord("unsigned");
export const Bool = typeWord("_Bool");
export const Float = typeWord("float");
export const Double = typeWord("double");
export const Struct = kw("struct", [StructOrUnion]);
export const Union = kw("union", [StructOrUnion]);
export const Enum = kw("enum");
export const Sizeof = kw("sizeof");
export const If = kw("if");
export const Else = kw("else");
export const While = kw("while");
export const Do = kw("do");
export const For = kw("for");
export const Switch = kw("switch");
export const Case = kw("case");
export const Default = kw("default");
export const Break = kw("break");
export const Continue = kw("continue");
export const Goto = kw("goto");
export const Return = kw("return");

// ---------------------------------------------------------------------------------------
// Lexed tokens (order matters: chevrotain takes the first pattern that matches)
// ---------------------------------------------------------------------------------------

const WhiteSpace = createToken({ name: "WhiteSpace", pattern: /[ \t\r\n\f\v]+/, group: Lexer.SKIPPED, line_breaks: true });
const BlockComment = createToken({ name: "BlockComment", pattern: /\/\*[\s\S]*?\*\//, group: Lexer.SKIPPED, line_breaks: true });
const UnterminatedComment = createToken({ name: "UnterminatedComment", pattern: /\/\*[\s\S]*/, group: "bad", line_breaks: true });
const LineComment = createToken({ name: "LineComment", pattern: /\/\/[^\n]*/, group: Lexer.SKIPPED });

// Patterns shared by the chevrotain token definitions and the hand-written Scanner.
const WIDE_STRING_RE = /L"(?:[^"\\\n]|\\[^\n])*"/;
const WIDE_CHAR_RE = /L'(?:[^'\\\n]|\\[^\n])*'/;
const FLOAT_RE =
  /(?:\d+\.\d*|\.\d+)(?:[eE][+-]?\d+)?[A-Za-z0-9_]*|\d+[eE][+-]?\d+[A-Za-z0-9_]*|0[xX][0-9A-Fa-f]*(?:\.[0-9A-Fa-f]*)?[pP][+-]?\d+[A-Za-z0-9_]*/;
/** Digits plus any letters after them: the parser reports bad suffixes ("123abc"). */
const INT_RE = /\d[A-Za-z0-9_]*/;
const CHAR_RE = /'(?:[^'\\\n]|\\[^\n])*'/;
const BAD_CHAR_RE = /'(?:[^'\\\n]|\\[^\n])*/;
const STRING_RE = /"(?:[^"\\\n]|\\[^\n])*"/;
const BAD_STRING_RE = /"(?:[^"\\\n]|\\[^\n])*/;

export const WideString = createToken({ name: "WideString", pattern: WIDE_STRING_RE });
export const WideChar = createToken({ name: "WideChar", pattern: WIDE_CHAR_RE });
export const Identifier = createToken({ name: "Identifier", pattern: /[A-Za-z_][A-Za-z0-9_]*/, label: "identifier" });
export const FloatLit = createToken({ name: "FloatLit", pattern: FLOAT_RE });
export const IntLit = createToken({ name: "IntLit", pattern: INT_RE });
export const CharLit = createToken({ name: "CharLit", pattern: CHAR_RE });
const BadChar = createToken({ name: "BadChar", pattern: BAD_CHAR_RE });
export const StringLit = createToken({ name: "StringLit", pattern: STRING_RE });
const BadString = createToken({ name: "BadString", pattern: BAD_STRING_RE });

const punct = (name: string, image: string, categories: TokenType[] = []): TokenType =>
  inCategories(createToken({ name, pattern: image, label: `'${image}'` }), categories);

export const Ellipsis = punct("Ellipsis", "...");
export const ShlAssign = punct("ShlAssign", "<<=", [AssignOpTok]);
export const ShrAssign = punct("ShrAssign", ">>=", [AssignOpTok]);
export const Arrow = punct("Arrow", "->");
export const PlusPlus = punct("PlusPlus", "++", [IncDecTok]);
export const MinusMinus = punct("MinusMinus", "--", [IncDecTok]);
export const Shl = punct("Shl", "<<", [BinaryOpTok]);
export const Shr = punct("Shr", ">>", [BinaryOpTok]);
export const Le = punct("Le", "<=", [BinaryOpTok]);
export const Ge = punct("Ge", ">=", [BinaryOpTok]);
export const EqEq = punct("EqEq", "==", [BinaryOpTok]);
export const NotEq = punct("NotEq", "!=", [BinaryOpTok]);
export const AndAnd = punct("AndAnd", "&&", [BinaryOpTok]);
export const OrOr = punct("OrOr", "||", [BinaryOpTok]);
export const MulAssign = punct("MulAssign", "*=", [AssignOpTok]);
export const DivAssign = punct("DivAssign", "/=", [AssignOpTok]);
export const ModAssign = punct("ModAssign", "%=", [AssignOpTok]);
export const AddAssign = punct("AddAssign", "+=", [AssignOpTok]);
export const SubAssign = punct("SubAssign", "-=", [AssignOpTok]);
export const AndAssign = punct("AndAssign", "&=", [AssignOpTok]);
export const XorAssign = punct("XorAssign", "^=", [AssignOpTok]);
export const OrAssign = punct("OrAssign", "|=", [AssignOpTok]);
/** A punctuator that also has a digraph spelling (C99 6.4.6p3: `<:` is `[`, and so on). */
const digraphed = (name: string, image: string, pattern: RegExp): TokenType => createToken({ name, pattern, label: `'${image}'` });
export const LBracket = digraphed("LBracket", "[", /\[|<:/);
export const RBracket = digraphed("RBracket", "]", /\]|:>/);
export const LParen = punct("LParen", "(");
export const RParen = punct("RParen", ")");
export const LBrace = digraphed("LBrace", "{", /\{|<%/);
export const RBrace = digraphed("RBrace", "}", /\}|%>/);
export const Dot = punct("Dot", ".");
export const Amp = punct("Amp", "&", [BinaryOpTok, UnaryOpTok]);
export const Star = punct("Star", "*", [BinaryOpTok, UnaryOpTok]);
export const Plus = punct("Plus", "+", [BinaryOpTok, UnaryOpTok]);
export const Minus = punct("Minus", "-", [BinaryOpTok, UnaryOpTok]);
export const Tilde = punct("Tilde", "~", [UnaryOpTok]);
export const Bang = punct("Bang", "!", [UnaryOpTok]);
export const Slash = punct("Slash", "/", [BinaryOpTok]);
export const Percent = punct("Percent", "%", [BinaryOpTok]);
export const Lt = punct("Lt", "<", [BinaryOpTok]);
export const Gt = punct("Gt", ">", [BinaryOpTok]);
export const Caret = punct("Caret", "^", [BinaryOpTok]);
export const Pipe = punct("Pipe", "|", [BinaryOpTok]);
export const Question = punct("Question", "?");
export const Colon = punct("Colon", ":");
export const Semi = punct("Semi", ";");
export const Assign = punct("Assign", "=", [AssignOpTok]);
export const Comma = punct("Comma", ",");

const lexedTokens: TokenType[] = [
  WhiteSpace,
  BlockComment,
  UnterminatedComment,
  LineComment,
  WideString,
  WideChar,
  Identifier,
  FloatLit,
  IntLit,
  CharLit,
  BadChar,
  StringLit,
  BadString,
  Ellipsis,
  ShlAssign,
  ShrAssign,
  Arrow,
  PlusPlus,
  MinusMinus,
  Shl,
  Shr,
  Le,
  Ge,
  EqEq,
  NotEq,
  AndAnd,
  OrOr,
  MulAssign,
  DivAssign,
  ModAssign,
  AddAssign,
  SubAssign,
  AndAssign,
  XorAssign,
  OrAssign,
  LBracket,
  RBracket,
  LParen,
  RParen,
  LBrace,
  RBrace,
  Dot,
  Amp,
  Star,
  Plus,
  Minus,
  Tilde,
  Bang,
  Slash,
  Percent,
  Lt,
  Gt,
  Caret,
  Pipe,
  Question,
  Colon,
  Semi,
  Assign,
  Comma,
];

/** The whole vocabulary, for the parser. */
export const allTokenTypes: TokenType[] = [
  DeclSpecKw,
  TypeWordKw,
  StorageKw,
  TypeQualKw,
  StructOrUnion,
  BinaryOpTok,
  UnaryOpTok,
  AssignOpTok,
  IncDecTok,
  ...keywordMap.values(),
  ...lexedTokens.filter((t) => t !== BadChar && t !== BadString && t !== UnterminatedComment),
];

export { EOF };

// ---------------------------------------------------------------------------------------
// Lexing
// ---------------------------------------------------------------------------------------

/** Where problems go (the scanner's and literals.ts's): offset, message, severity. */
export type Report = (pos: number, message: string, severity: "error" | "warning") => void;

/** A problem found while lexing or decoding, reported by the parser in source order. */
export interface LexProblem {
  pos: number;
  message: string;
  severity: "error" | "warning";
}

export interface LexResult {
  tokens: IToken[];
  problems: LexProblem[];
  /** Char/string tokens missing their closing quote (already reported). */
  unterminated: Set<IToken>;
}

let lexerInstance: Lexer | null = null;

function getLexer(): Lexer {
  lexerInstance ??= new Lexer(lexedTokens, { positionTracking: "onlyOffset", ensureOptimizations: true });
  return lexerInstance;
}

/** The character at `offset` as a message shows it: itself, or an escape if invisible. */
function describeChar(text: string, offset: number): string {
  const code = text.codePointAt(offset) ?? 0;
  if (code < 0x20 || (code >= 0x7f && code < 0xa0) || (code >= 0xd800 && code < 0xe000)) return `\\x${code.toString(16).padStart(2, "0")}`;
  return String.fromCodePoint(code);
}

export function lex(text: string): LexResult {
  const res = getLexer().tokenize(text);
  const problems: LexProblem[] = [];
  const unterminated = new Set<IToken>();
  for (const e of res.errors) {
    problems.push({ pos: e.offset, severity: "error", message: `stray '${describeChar(text, e.offset)}' in program` });
  }
  for (const t of res.groups["bad"] ?? []) {
    problems.push({ pos: t.startOffset, severity: "error", message: "unterminated /* comment" });
  }
  const tokens = res.tokens;
  const identIdx = Identifier.tokenTypeIdx;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.tokenTypeIdx === identIdx) {
      const k = keywordMap.get(t.image);
      if (k !== undefined) {
        t.tokenType = k;
        t.tokenTypeIdx = k.tokenTypeIdx!;
      }
    } else if (t.tokenType === BadChar || t.tokenType === BadString) {
      const isChar = t.tokenType === BadChar;
      problems.push({ pos: t.startOffset, severity: "error", message: `missing terminating ${isChar ? "'" : '"'} character` });
      const good = isChar ? CharLit : StringLit;
      t.tokenType = good;
      t.tokenTypeIdx = good.tokenTypeIdx!;
      unterminated.add(t);
    }
  }
  return { tokens, problems, unterminated };
}

// ---------------------------------------------------------------------------------------
// The fast path: a lazy hand-written scanner
// ---------------------------------------------------------------------------------------

/*
 * The parser pulls tokens one at a time from a Scanner instead of taking the vector `lex`
 * builds: a 100k-line file has over a million tokens, and keeping them all alive made the
 * garbage collector the dominant cost. Pulled tokens die young. The Scanner follows the
 * token definitions above exactly (a test compares it with `lex` on random input); the
 * literal patterns are the very same regular expressions, made sticky.
 */

const sticky = (re: RegExp): RegExp => new RegExp(re.source, "y");
const S_FLOAT = sticky(FLOAT_RE);
const S_INT = sticky(INT_RE);
const S_CHAR = sticky(CHAR_RE);
const S_BAD_CHAR = sticky(BAD_CHAR_RE);
const S_STRING = sticky(STRING_RE);
const S_BAD_STRING = sticky(BAD_STRING_RE);
const S_WIDE_STRING = sticky(WIDE_STRING_RE);
const S_WIDE_CHAR = sticky(WIDE_CHAR_RE);

/** Character classes for codes < 128: 1 identifier start, 2 digit, 4 whitespace, 8 starts a token. */
const CC = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z_]/.test(ch)) CC[c] = 1 | 8;
  else if (/[0-9]/.test(ch)) CC[c] = 2 | 8;
  else if (/[ \t\r\n\f\v]/.test(ch)) CC[c] = 4 | 8;
  else if ("()[]{}.,;:?~!%^&*-+=<>|/'\"".includes(ch)) CC[c] = 8;
}

interface Word {
  type: TokenType;
  idx: number;
  image: string;
}

const baseWords = new Map<string, Word>();
for (const [w, t] of keywordMap) baseWords.set(w, { type: t, idx: t.tokenTypeIdx!, image: w });

const P = (t: TokenType, image = t.PATTERN as string): Word => ({ type: t, idx: t.tokenTypeIdx!, image });
const pLParen = P(LParen), pRParen = P(RParen), pLBracket = P(LBracket, "["), pRBracket = P(RBracket, "]");
const pLBrace = P(LBrace, "{"), pRBrace = P(RBrace, "}");
const dLBracket = P(LBracket, "<:"), dRBracket = P(RBracket, ":>"), dLBrace = P(LBrace, "<%"), dRBrace = P(RBrace, "%>");
const pComma = P(Comma), pSemi = P(Semi), pColon = P(Colon);
const pQuestion = P(Question), pTilde = P(Tilde), pDot = P(Dot), pEllipsis = P(Ellipsis);
const pMinus = P(Minus), pMinusMinus = P(MinusMinus), pSubAssign = P(SubAssign), pArrow = P(Arrow);
const pPlus = P(Plus), pPlusPlus = P(PlusPlus), pAddAssign = P(AddAssign);
const pStar = P(Star), pMulAssign = P(MulAssign), pSlash = P(Slash), pDivAssign = P(DivAssign);
const pPercent = P(Percent), pModAssign = P(ModAssign);
const pLt = P(Lt), pLe = P(Le), pShl = P(Shl), pShlAssign = P(ShlAssign);
const pGt = P(Gt), pGe = P(Ge), pShr = P(Shr), pShrAssign = P(ShrAssign);
const pAssign = P(Assign), pEqEq = P(EqEq), pBang = P(Bang), pNotEq = P(NotEq);
const pAmp = P(Amp), pAndAnd = P(AndAnd), pAndAssign = P(AndAssign);
const pPipe = P(Pipe), pOrOr = P(OrOr), pOrAssign = P(OrAssign), pCaret = P(Caret), pXorAssign = P(XorAssign);
const ID_IDX = Identifier.tokenTypeIdx!;

export class Scanner {
  private pos = 0;
  private lastEnd = 0;
  private eofTok: IToken | null = null;
  /** Keywords plus every identifier seen, so each distinct name is one string. */
  private readonly words = new Map(baseWords);
  /** Char/string tokens missing their closing quote (already reported). */
  readonly unterminated = new Set<IToken>();

  constructor(
    private readonly text: string,
    private readonly report: Report,
  ) {}

  private tok(image: string, start: number, type: TokenType, idx: number): IToken {
    this.lastEnd = start + image.length;
    return { image, startOffset: start, tokenTypeIdx: idx, tokenType: type };
  }

  private punct(w: Word, start: number): IToken {
    this.pos = start + w.image.length;
    return this.tok(w.image, start, w.type, w.idx);
  }

  private regex(re: RegExp, start: number, type: TokenType): IToken | null {
    re.lastIndex = start;
    if (!re.test(this.text)) return null;
    this.pos = re.lastIndex;
    return this.tok(this.text.slice(start, this.pos), start, type, type.tokenTypeIdx!);
  }

  private quoted(start: number, isChar: boolean): IToken {
    const good = this.regex(isChar ? S_CHAR : S_STRING, start, isChar ? CharLit : StringLit);
    if (good !== null) return good;
    const t = this.regex(isChar ? S_BAD_CHAR : S_BAD_STRING, start, isChar ? CharLit : StringLit)!;
    this.report(start, `missing terminating ${isChar ? "'" : '"'} character`, "error");
    this.unterminated.add(t);
    return t;
  }

  /** The token at the end of input (returned again on every later call). */
  eof(): IToken {
    this.eofTok ??= { image: "", startOffset: this.lastEnd, tokenTypeIdx: EOF.tokenTypeIdx!, tokenType: EOF };
    return this.eofTok;
  }

  next(): IToken {
    const s = this.text;
    const n = s.length;
    for (;;) {
      let i = this.pos;
      let c = s.charCodeAt(i);
      while (c < 128 && CC[c]! & 4) c = s.charCodeAt(++i);
      if (i >= n) {
        this.pos = n;
        return this.eof();
      }
      const start = i;
      if (c < 128 && CC[c]! & 1) {
        if (c === 76 /* L */) {
          const q = s.charCodeAt(i + 1);
          if (q === 34 || q === 39) {
            const w = this.regex(q === 34 ? S_WIDE_STRING : S_WIDE_CHAR, start, q === 34 ? WideString : WideChar);
            if (w !== null) return w;
          }
        }
        for (c = s.charCodeAt(++i); c < 128 && CC[c]! & 3; c = s.charCodeAt(++i));
        this.pos = i;
        const image = s.slice(start, i);
        let w = this.words.get(image);
        if (w === undefined) {
          w = { type: Identifier, idx: ID_IDX, image };
          this.words.set(image, w);
        }
        return this.tok(w.image, start, w.type, w.idx);
      }
      const c1 = s.charCodeAt(i + 1);
      switch (c) {
        case 40: return this.punct(pLParen, start);
        case 41: return this.punct(pRParen, start);
        case 91: return this.punct(pLBracket, start);
        case 93: return this.punct(pRBracket, start);
        case 123: return this.punct(pLBrace, start);
        case 125: return this.punct(pRBrace, start);
        case 44: return this.punct(pComma, start);
        case 59: return this.punct(pSemi, start);
        case 58: return this.punct(c1 === 62 ? dRBracket : pColon, start);
        case 63: return this.punct(pQuestion, start);
        case 126: return this.punct(pTilde, start);
        case 34: return this.quoted(start, false);
        case 39: return this.quoted(start, true);
        case 46: // .
          if (c1 >= 48 && c1 <= 57) return this.regex(S_FLOAT, start, FloatLit)!;
          return this.punct(c1 === 46 && s.charCodeAt(i + 2) === 46 ? pEllipsis : pDot, start);
        case 45: // -
          return this.punct(c1 === 45 ? pMinusMinus : c1 === 61 ? pSubAssign : c1 === 62 ? pArrow : pMinus, start);
        case 43: // +
          return this.punct(c1 === 43 ? pPlusPlus : c1 === 61 ? pAddAssign : pPlus, start);
        case 42: // *
          return this.punct(c1 === 61 ? pMulAssign : pStar, start);
        case 47: // /
          if (c1 === 42) {
            const e = s.indexOf("*/", i + 2);
            if (e === -1) {
              this.report(start, "unterminated /* comment", "error");
              this.pos = n;
            } else {
              this.pos = e + 2;
            }
            continue;
          }
          if (c1 === 47) {
            const e = s.indexOf("\n", i + 2);
            this.pos = e === -1 ? n : e;
            continue;
          }
          return this.punct(c1 === 61 ? pDivAssign : pSlash, start);
        case 37: // %
          return this.punct(c1 === 61 ? pModAssign : c1 === 62 ? dRBrace : pPercent, start);
        case 60: // <
          if (c1 === 60) return this.punct(s.charCodeAt(i + 2) === 61 ? pShlAssign : pShl, start);
          return this.punct(c1 === 61 ? pLe : c1 === 58 ? dLBracket : c1 === 37 ? dLBrace : pLt, start);
        case 62: // >
          if (c1 === 62) return this.punct(s.charCodeAt(i + 2) === 61 ? pShrAssign : pShr, start);
          return this.punct(c1 === 61 ? pGe : pGt, start);
        case 61: // =
          return this.punct(c1 === 61 ? pEqEq : pAssign, start);
        case 33: // !
          return this.punct(c1 === 61 ? pNotEq : pBang, start);
        case 38: // &
          return this.punct(c1 === 38 ? pAndAnd : c1 === 61 ? pAndAssign : pAmp, start);
        case 124: // |
          return this.punct(c1 === 124 ? pOrOr : c1 === 61 ? pOrAssign : pPipe, start);
        case 94: // ^
          return this.punct(c1 === 61 ? pXorAssign : pCaret, start);
        default:
          break;
      }
      if (c >= 48 && c <= 57) return this.regex(S_FLOAT, start, FloatLit) ?? this.regex(S_INT, start, IntLit)!;
      // Characters no token starts with: one report per run, like the chevrotain lexer.
      this.report(start, `stray '${describeChar(s, start)}' in program`, "error");
      for (c = s.charCodeAt(++i); i < n && !(c < 128 && CC[c]! & 8); c = s.charCodeAt(++i));
      this.pos = i;
    }
  }
}
