/**
 * @fileoverview Tests of the lexer: the hand-written Scanner the parser uses must agree
 * token for token (and problem for problem) with the chevrotain lexer built from the same
 * token definitions; plus the decoding of integer, character and string literals.
 */

import fc from "fast-check";
import { createTokenInstance, tokenMatcher, type IToken } from "chevrotain";
import { describe, expect, it } from "vitest";
import { allTokenTypes, lex, Scanner, type LexProblem } from "../../compiler/lexer.js";
import { decodeCharLit, decodeInt, decodeStringLit } from "../../compiler/literals.js";

interface Lexed {
  tokens: string[];
  problems: string[];
  unterminated: number[];
}

const show = (t: IToken): string => `${t.tokenType.name}:${t.image}@${t.startOffset}`;
const showProblem = (p: LexProblem): string => `${p.pos}: ${p.severity}: ${p.message}`;

function viaChevrotain(text: string): Lexed {
  const r = lex(text);
  return {
    tokens: r.tokens.map(show),
    problems: r.problems.map(showProblem).sort(),
    unterminated: [...r.unterminated].map((t) => t.startOffset),
  };
}

function viaScanner(text: string): Lexed {
  const problems: LexProblem[] = [];
  const sc = new Scanner(text, (pos, message, severity) => problems.push({ pos, message, severity }));
  const tokens: string[] = [];
  for (let t = sc.next(); t.tokenType.name !== "EOF"; t = sc.next()) tokens.push(show(t));
  return { tokens, problems: problems.map(showProblem).sort(), unterminated: [...sc.unterminated].map((t) => t.startOffset) };
}

describe("Scanner", () => {
  it("lexes every kind of token", () => {
    const src = "int x_1 = 0x1Fu + 'a' - L'b' + \"s\\\"t\" L\"w\" 1.5e3 .5 ... -> ++ -- <<= >>= << >> <= >= == != && || *= /= %= += -= &= ^= |= [](){}.&*+-~!/%<>^|?:;=, _Bool sizeof typedef";
    expect(viaScanner(src).tokens).toEqual([
      "kw_int:int@0",
      "Identifier:x_1@4",
      "Assign:=@8",
      "IntLit:0x1Fu@10",
      "Plus:+@16",
      "CharLit:'a'@18",
      "Minus:-@22",
      "WideChar:L'b'@24",
      "Plus:+@29",
      'StringLit:"s\\"t"@31',
      'WideString:L"w"@38',
      "FloatLit:1.5e3@43",
      "FloatLit:.5@49",
      "Ellipsis:...@52",
      "Arrow:->@56",
      "PlusPlus:++@59",
      "MinusMinus:--@62",
      "ShlAssign:<<=@65",
      "ShrAssign:>>=@69",
      "Shl:<<@73",
      "Shr:>>@76",
      "Le:<=@79",
      "Ge:>=@82",
      "EqEq:==@85",
      "NotEq:!=@88",
      "AndAnd:&&@91",
      "OrOr:||@94",
      "MulAssign:*=@97",
      "DivAssign:/=@100",
      "ModAssign:%=@103",
      "AddAssign:+=@106",
      "SubAssign:-=@109",
      "AndAssign:&=@112",
      "XorAssign:^=@115",
      "OrAssign:|=@118",
      "LBracket:[@121",
      "RBracket:]@122",
      "LParen:(@123",
      "RParen:)@124",
      "LBrace:{@125",
      "RBrace:}@126",
      "Dot:.@127",
      "Amp:&@128",
      "Star:*@129",
      "Plus:+@130",
      "Minus:-@131",
      "Tilde:~@132",
      "Bang:!@133",
      "Slash:/@134",
      "Percent:%@135",
      "Lt:<@136",
      "Gt:>@137",
      "Caret:^@138",
      "Pipe:|@139",
      "Question:?@140",
      "Colon::@141",
      "Semi:;@142",
      "Assign:=@143",
      "Comma:,@144",
      "kw__Bool:_Bool@146",
      "kw_sizeof:sizeof@152",
      "kw_typedef:typedef@159",
    ]);
  });

  it("skips comments and reports stray characters, unterminated literals and comments", () => {
    const r = viaScanner("a /* c */ b // d\n@@ c $ 'x \"y\n/* e");
    // a run of characters no token starts with is reported once, at its start
    expect(viaScanner("é\u0001 😀x").problems).toEqual(["0: error: stray 'é' in program", "3: error: stray '😀' in program"]);
    expect(viaScanner("\u0001").problems).toEqual(["0: error: stray '\\x01' in program"]);
    expect(r.tokens).toEqual(["Identifier:a@0", "Identifier:b@10", "Identifier:c@20", "CharLit:'x \"y@24"]);
    expect(r.problems).toEqual(["17: error: stray '@' in program", "22: error: stray '$' in program", "24: error: missing terminating ' character", "30: error: unterminated /* comment"]);
    expect(r.unterminated).toEqual([24]);
  });

  it("reads the digraphs <: :> <% %> as brackets and braces, keeping their spelling", () => {
    const r = viaScanner("a<:1:> <%%> <= :: %= %");
    expect(r.tokens).toEqual([
      "Identifier:a@0",
      "LBracket:<:@1",
      "IntLit:1@3",
      "RBracket::>@4",
      "LBrace:<%@7",
      "RBrace:%>@9",
      "Le:<=@12",
      "Colon::@15",
      "Colon::@16",
      "ModAssign:%=@18",
      "Percent:%@21",
    ]);
    expect(r).toEqual(viaChevrotain("a<:1:> <%%> <= :: %= %"));
  });

  it("agrees with the chevrotain lexer on the same definitions", () => {
    const pieces = ["int", "L", "Lx", "x", "_y9", "0", "07", "0x", "0x1fULL", "12abc", "1.", "1.5e+3f", "1e5", ".5", "0x1p3", "e", "E", "p", "P", "+", "3", "0xe", "1_e", "'", "'a'", "'\\''", '"', '"s"', '"\\"', "\\", "/", "*", "/*", "*/", "//", "\n", " ", "\t", "\v", "...", "..", ".", "-", ">", "<", "=", "&", "|", "+", "#", "@", "$", "é", "`", "(", "}", ";", ":", "%", "<:", ":>", "<%", "%>"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (ps) => {
        const text = ps.join("");
        expect(viaScanner(text)).toEqual(viaChevrotain(text));
      }),
      { numRuns: 1500, seed: 42 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        expect(viaScanner(text)).toEqual(viaChevrotain(text));
      }),
      { numRuns: 500, seed: 7 },
    );
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), (text) => {
        expect(viaScanner(text)).toEqual(viaChevrotain(text));
      }),
      { numRuns: 500, seed: 8 },
    );
  });
});

describe("literal decoding", () => {
  const collect = (): { report: (pos: number, m: string, s: string) => void; msgs: string[] } => {
    const msgs: string[] = [];
    return { report: (pos, m, s) => msgs.push(`${pos}: ${s}: ${m}`), msgs };
  };

  it("decodes integers", () => {
    const c = collect();
    expect(decodeInt("0", 0, c.report)).toEqual({ value: 0n, suffix: "", nonDecimal: false });
    expect(decodeInt("4294967295U", 0, c.report)).toEqual({ value: 4294967295n, suffix: "u", nonDecimal: false });
    expect(decodeInt("0777", 0, c.report)).toEqual({ value: 511n, suffix: "", nonDecimal: true });
    expect(decodeInt("0x7fffffffLL", 0, c.report)).toEqual({ value: 2147483647n, suffix: "ll", nonDecimal: true });
    expect(decodeInt("10lu", 0, c.report)).toEqual({ value: 10n, suffix: "ul", nonDecimal: false });
    expect(c.msgs).toEqual([]);
    expect(decodeInt("1lL", 5, c.report)).toEqual({ value: 1n, suffix: "", nonDecimal: false });
    expect(decodeInt("1uu", 9, c.report).value).toBe(1n);
    expect(decodeInt("0x", 20, c.report).value).toBe(0n);
    expect(decodeInt("019", 30, c.report).value).toBe(0n);
    expect(decodeInt("18446744073709551616", 40, c.report).value).toBe(0n);
    expect(c.msgs).toEqual([
      "6: error: invalid suffix 'lL' on integer constant",
      "10: error: invalid suffix 'uu' on integer constant",
      "20: error: invalid suffix 'x' on integer constant",
      "32: error: invalid digit '9' in octal constant",
      "40: error: integer literal is too large to be represented in any integer type",
    ]);
  });

  it("decodes characters (plain char is signed)", () => {
    const c = collect();
    const v = (s: string): number => decodeCharLit(s, 0, true, c.report);
    expect([v("'a'"), v("'\\xff'"), v("'\\200'"), v("'\\e'"), v("'é'"), v("L'é'"), v("L'\\x1234'")]).toEqual([97, -1, -128, 27, 0xc3a9, 233, 0x1234]);
    expect(c.msgs).toEqual(["0: warning: multi-character character constant"]);
    expect(decodeCharLit("'abcde'", 3, true, c.report)).toBe(0x62636465);
    expect(decodeCharLit("'x", 3, false, c.report)).toBe(0);
  });

  it("decodes strings", () => {
    const c = collect();
    expect(decodeStringLit('"\\1234\\x41g\\?\\a"', 0, true, c.report)).toEqual([0o123, 52, 0x41, 103, 63, 7]);
    expect(decodeStringLit('"abc', 0, false, c.report)).toEqual([97, 98, 99]);
    expect(decodeStringLit('"😀"', 0, true, c.report)).toEqual([0xf0, 0x9f, 0x98, 0x80]);
    expect(decodeStringLit('"\\x"', 10, true, c.report)).toEqual([0]);
    expect(c.msgs).toEqual(["11: error: \\x used with no following hex digits"]);
  });

  it("decodes universal character names and reports malformed ones as gcc does", () => {
    const c = collect();
    expect(decodeStringLit('"\\u00e9\\U0001F600$"', 0, true, c.report)).toEqual([0xc3, 0xa9, 0xf0, 0x9f, 0x98, 0x80, 0x24]);
    expect(decodeCharLit("L'\\u20ac'", 0, true, c.report)).toBe(0x20ac);
    expect(c.msgs).toEqual([]);
    decodeStringLit('"a\\u12"', 100, true, c.report);
    decodeStringLit('"\\u0041"', 200, true, c.report);
    decodeStringLit('"\\ud800"', 300, true, c.report);
    expect(c.msgs).toEqual([
      "102: error: incomplete universal character name \\u12",
      "201: error: \\u0041 is not a valid universal character",
      "301: error: \\ud800 is not a valid universal character",
    ]);
  });
});

describe("token categories", () => {
  it("list exactly the token types that name them, and match them (as chevrotain's createToken sets them up)", () => {
    const categories = allTokenTypes.filter((t) => allTokenTypes.some((u) => u.CATEGORIES?.includes(t)));
    expect(categories.map((c) => c.name).sort()).toEqual(["AssignOp", "BinaryOp", "DeclSpecKw", "IncDec", "StorageKw", "StructOrUnion", "TypeQualKw", "TypeWordKw", "UnaryOp"]);
    for (const c of categories) {
      const members = allTokenTypes.filter((t) => t.CATEGORIES?.includes(c)).map((t) => t.tokenTypeIdx!);
      expect([...c.categoryMatches!].sort((a, b) => a - b)).toEqual(members.sort((a, b) => a - b));
      expect(Object.keys(c.categoryMatchesMap!).map(Number).sort((a, b) => a - b)).toEqual(members);
      expect(c.isParent).toBe(true);
      for (const t of allTokenTypes) {
        const tok = createTokenInstance(t, "x", 0, 0, 1, 1, 1, 1);
        expect(tokenMatcher(tok, c)).toBe(t === c || members.includes(t.tokenTypeIdx!));
      }
    }
  });
});
