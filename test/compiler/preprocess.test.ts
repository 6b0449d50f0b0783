/**
 * @fileoverview Tests of the C preprocessor: macro expansion (incl. the C99 6.10.3.5
 * examples, whose expected text is what gcc -E prints), conditionals, includes, line origins,
 * column preservation and diagnostics with exact file:line:col.
 */

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CompileError, Diagnostics } from "../../compiler/diagnostics.js";
import { formatPreprocessed, preprocess, type PreprocessOptions } from "../../compiler/preprocess.js";
import { SourceMap } from "../../compiler/source.js";

interface Run {
  text: string;
  origins: string[];
  msgs: string[];
  files: Map<string, string>;
  reads: string[];
}

function pp(files: Record<string, string>, opts: Partial<PreprocessOptions> = {}, main = "main.c"): Run {
  const diags = new Diagnostics();
  const reads: string[] = [];
  const src = preprocess(
    main,
    files[main]!,
    {
      includeDirs: [],
      systemIncludeDir: "/sys",
      defines: new Map(),
      readFile: (p) => {
        reads.push(p);
        return files[p] ?? null;
      },
      ...opts,
    },
    diags,
  );
  return {
    text: src.text,
    origins: src.lineOrigins.map((o) => `${o.file}:${o.line}`),
    msgs: diags.list.map((d) => `${d.loc.file}:${d.loc.line}:${d.loc.col}: ${d.severity}: ${d.message}`),
    files: src.files,
    reads,
  };
}

const TOKEN =
  /[A-Za-z_]\w*|\.?\d(?:[eEpP][+-]|[\w.])*|L?"(?:\\.|[^"\\\n])*"|L?'(?:\\.|[^'\\\n])*'|\.\.\.|<<=|>>=|->|\+\+|--|<<|>>|<=|>=|==|!=|&&|\|\||[-*\/%+&^|!=<>]=|##|\S/g;

/**
 * Output normalised where C allows it: each line's tokens joined by single spaces (so
 * `x+1` and `x + 1` compare equal, `+ +` and `++` do not), blank lines dropped.
 */
function norm(s: string): string {
  return s
    .split("\n")
    .map((l) => (l.match(TOKEN) ?? []).join(" "))
    .filter((l) => l !== "")
    .join("\n");
}

function expectSame(actual: string, expected: string): void {
  expect(norm(actual)).toBe(norm(expected));
}

/** Preprocesses one file and returns its normalised output (expects no diagnostics). */
function expand(text: string): string {
  const r = pp({ "main.c": text });
  expect(r.msgs).toEqual([]);
  return norm(r.text);
}

/** Checks the normalised output against text as gcc -E prints it. */
function expectExpand(text: string, gcc: string): void {
  expect(expand(text)).toBe(norm(gcc));
}

describe("object-like and function-like macros", () => {
  it("expands object-like macros and rescans the result", () => {
    expectExpand("#define N 10\n#define M (N + 1)\nint a[M];\n", "int a[(10 + 1)];");
  });

  it("substitutes arguments, with parentheses and commas inside them", () => {
    expectExpand(
      "#define MAX(a, b) ((a) > (b) ? (a) : (b))\nMAX(f(1, 2), (3, 4))\n",
      "((f(1, 2)) > ((3, 4)) ? (f(1, 2)) : ((3, 4)))",
    );
  });

  it("does not expand a function-like macro name without (", () => {
    expectExpand("#define f(x) [x]\nint f; f + f(1);\n", "int f; f + [1];");
  });

  it("takes arguments spanning lines and keeps the following lines in place", () => {
    const r = pp({ "main.c": "#define ADD(a, b) a + b\nx = ADD(1,\n  2) * 3;\ny;\n" });
    // `* 3;` stays at its source column on its own line.
    expect(r.text).toBe("\nx = 1 + 2\n     * 3;\ny;\n");
    expect(r.origins).toEqual(["main.c:1", "main.c:2", "main.c:3", "main.c:4"]);
  });

  it("finds the ( on a later line", () => {
    const r = pp({ "main.c": "#define f(x) <x>\nf\n\n(1) f\n;\n" });
    expect(r.text).toBe("\n<1>\n\n    f\n;\n");
  });

  it("handles empty arguments and zero-parameter macros", () => {
    expectExpand("#define f(a, b) [a|b]\n#define g() G\nf(,) f( , 2) g() g( )\n", "[|] [|2] G G");
  });

  it("pre-expands arguments but not operands of # and ##", () => {
    expectExpand('#define N 4\n#define s(x) #x\n#define xs(x) s(x)\n#define c(a) a##N\ns(N) xs(N) c(1)\n', '"N" "4" 1N');
  });

  it("leaves macro names inside string and character literals alone", () => {
    expectExpand("#define X 1\n\"X\" 'X' L\"X\" X\n", "\"X\" 'X' L\"X\" 1");
  });

  it("stringizes with escaping of quotes and backslashes inside literals", () => {
    expectExpand(
      "#define s(x) #x\ns(  a   +   b  ) s(\"a\\n\" '\\'' \"\\\\\") s() s('\"')\n",
      String.raw`"a + b" "\"a\\n\" '\\'' \"\\\\\"" "" "'\"'"`,
    );
  });

  it("pastes tokens and handles placemarkers (C99 6.10.3.5 EXAMPLE 5)", () => {
    const text = "#define t(x,y,z) x ## y ## z\nint j[] = { t(1,2,3), t(,4,5), t(6,,7), t(8,9,),\n t(10,,), t(,11,), t(,,12), t(,,) };\n";
    expectExpand(text, "int j[] = { 123, 45, 67, 89,\n10, 11, 12, };");
  });

  it("reads `a ## ## b` as one paste, like gcc", () => {
    expectExpand("#define C A ## ## G\nC\n", "AG");
  });

  it("reports an invalid paste and keeps both tokens", () => {
    const r = pp({ "main.c": "#define c(a, b) a ## b\nc(., .) c(+, -)\n" });
    expectSame(r.text, ". . + -");
    expect(r.msgs).toEqual([
      "main.c:2:1: error: pasting formed '..', an invalid preprocessing token",
      "main.c:2:9: error: pasting formed '+-', an invalid preprocessing token",
    ]);
  });

  it("keeps tokens apart that would otherwise glue together", () => {
    expectExpand("#define P +\n#define M -\n#define E\n+P -M x E+E+ P=\n", "+ + - - x + + + =");
  });

  it("warns on a redefinition with a different body only", () => {
    const r = pp({ "main.c": "#define A 1\n#define A   1\n#define A 2\n#define F(x) x\n#define F(y) y\n" });
    expect(r.msgs).toEqual(["main.c:3:9: warning: 'A' macro redefined", "main.c:5:9: warning: 'F' macro redefined"]);
  });

  it("#undef removes a macro", () => {
    expectExpand("#define A 1\nA\n#undef A\nA\n", "1\nA");
  });
});

describe("recursion prevention (blue paint)", () => {
  it("does not re-expand a macro inside its own expansion", () => {
    expectExpand("#define foo foo + 1\n#define a a b\n#define b a\nfoo a b\n", "foo + 1 a a a b");
  });

  it("handles mutual recursion of function-like macros", () => {
    expectExpand("#define f(x) g(x)\n#define g(x) f(x)\nf(1) g(2)\n", "f(1) g(2)");
  });

  it("follows gcc on the unspecified case of 6.10.3.4p4", () => {
    expectExpand("#define f(a) a*g\n#define g(a) f(a)\nf(2)(9)\n", "2*9*g");
  });

  it("expands a macro whose name comes from an argument", () => {
    expectExpand(
      "#define ID(x) x\n#define F(x) [x]\nID(F)(2) ID(ID)(3)\n#define NIL(x) x\n#define G0(a) NIL(G1)(a)\n#define G1(a) NIL(a)\nG0(42)\n",
      "[2] ID(3)\n42",
    );
  });
});

describe("C99 6.10.3.5 examples", () => {
  it("EXAMPLE 3", () => {
    const text = [
      "#define x 3",
      "#define f(a) f(x * (a))",
      "#undef x",
      "#define x 2",
      "#define g f",
      "#define z z[0]",
      "#define h g(~",
      "#define m(a) a(w)",
      "#define w 0,1",
      "#define t(a) a",
      "#define p() int",
      "#define q(x) x",
      "#define r(x,y) x ## y",
      "#define str(x) # x",
      "f(y+1) + f(f(z)) % t(t(g)(0) + t)(1);",
      "g(x+(3,4)-w) | h 5) & m",
      "(f)^m(m);",
      "p() i[q()] = { q(1), r(2,3), r(4,), r(,5), r(,) };",
      "char c[2][q(x)] = { str(x), str(2), str(y) };",
      "",
    ].join("\n");
    // gcc -E output, whitespace-normalised.
    expectExpand(text,
      [
        "f(2 * (y+1)) + f(2 * (f(2 * (z[0])))) % f(2 * (0)) + t(1);",
        "f(2 * (2+(3,4)-0,1)) | f(2 * (~ 5)) & f(2 * (0,1))",
        "^m(0,1);",
        "int i[ ] = { 1 , 23 , 4 , 5 , };",
        'char c[2][2 ] = { "x" , "2" , "y" };',
      ].join("\n"),
    );
  });

  it("EXAMPLE 4", () => {
    const text = [
      "#define str(s) # s",
      "#define xstr(s) str(s)",
      '#define debug(s, t) printf("x" # s "= %d, x" # t "= %s", \\',
      " x ## s, x ## t)",
      "#define INCFILE(n) vers ## n",
      "#define glue(a, b) a ## b",
      "#define xglue(a, b) glue(a, b)",
      '#define HIGHLOW "hello"',
      '#define LOW LOW ", world"',
      "debug(1, 2);",
      'fputs(str(strncmp("abc\\0d", "abc", \'\\4\') // this goes away',
      " == 0) str(: @\\n), s);",
      "#include xstr(INCFILE(2).h)",
      "glue(HIGH, LOW);",
      "xglue(HIGH, LOW)",
      "",
    ].join("\n");
    const r = pp({ "main.c": text, "vers2.h": "int vers2;\n" });
    expect(r.msgs).toEqual([]);
    expectSame(r.text, 
      [
        'printf("x" "1" "= %d, x" "2" "= %s", x1, x2);',
        'fputs("strncmp(\\"abc\\\\0d\\", \\"abc\\", \'\\\\4\') == 0"',
        '": @\\n", s);',
        "int vers2;",
        '"hello" ;',
        '"hello" ", world"',
      ].join("\n"),
    );
  });

  it("EXAMPLE 7 (variadic macros)", () => {
    const text = [
      "#define debug(...) fprintf(stderr, __VA_ARGS__)",
      "#define showlist(...) puts(#__VA_ARGS__)",
      "#define report(test, ...) ((test)?puts(#test):\\",
      " printf(__VA_ARGS__))",
      'debug("Flag");',
      'debug("X = %d\\n", x);',
      "showlist(The first, second, and third items.);",
      'report(x>y, "x is %d but y is %d", x, y);',
      "",
    ].join("\n");
    expectExpand(text,
      [
        'fprintf(stderr, "Flag");',
        'fprintf(stderr, "X = %d\\n", x);',
        'puts("The first, second, and third items.") ;',
        '((x>y)?puts("x>y"): printf("x is %d but y is %d", x, y));',
      ].join("\n"),
    );
  });
});

describe("variadic macros", () => {
  it("collects the variable arguments with their commas", () => {
    expectExpand(
      "#define v(a, ...) <a|__VA_ARGS__|#__VA_ARGS__>\nv(1) v(1,) v(1,2, 3) v((a,b),c)\n",
      '<1| |""> <1| |""> <1|2, 3|"2, 3"> <(a,b)|c|"c">',
    );
  });

  it("supports GNU , ## __VA_ARGS__ and named variadic parameters like gcc", () => {
    const text = "#define F(fmt, ...) f(fmt, ## __VA_ARGS__)\n#define G(...) g(0, ## __VA_ARGS__)\n#define H(fmt, args...) h(fmt, ##args)\nF(x) F(x,) F(x, 1, 2) G() G(1) H(y) H(y, 2)\n";
    expectExpand(text, "f(x) f(x,) f(x,1, 2) g(0) g(0,1) h(y) h(y,2)");
  });

  it("reports wrong argument counts", () => {
    const r = pp({ "main.c": "#define F(a, b) a\n#define G() g\n#define V(a, b, ...) v\nF(1) F(1, 2, 3) G(1) V(1)\n" });
    expect(r.msgs).toEqual([
      "main.c:4:1: error: macro 'F' requires 2 arguments, but only 1 given",
      "main.c:4:6: error: macro 'F' passed 3 arguments, but takes just 2",
      "main.c:4:17: error: macro 'G' passed 1 arguments, but takes just 0",
      "main.c:4:22: error: macro 'V' requires 3 arguments, but only 1 given",
    ]);
  });
});

describe("conditionals", () => {
  it("evaluates defined, arithmetic and #elif chains", () => {
    const text = [
      "#define X 5",
      "#if defined X && defined(X) && !defined Y && X * 2 == 10 && Y == 0",
      "ok1",
      "#endif",
      "#ifdef Y",
      "bad",
      "#elif X > 4",
      "ok2",
      "#elif 1",
      "bad",
      "#else",
      "bad",
      "#endif",
      "#ifndef Y",
      "ok3",
      "#else",
      "bad",
      "#endif",
      "#define D defined(X)",
      "#if D",
      "ok4",
      "#endif",
      "",
    ].join("\n");
    expectExpand(text, "ok1\nok2\nok3\nok4");
  });

  it("uses intmax_t / uintmax_t semantics", () => {
    const cases: [string, boolean][] = [
      ["-1 < 0", true],
      ["-1 < 0u", false],
      ["-1 > 0u", true],
      ["18446744073709551615u == -1", true],
      ["0xffffffffffffffff > 0", true],
      ["9223372036854775807 + 1 < 0", true],
      ["(-1 >> 63) == -1", true],
      ["(1 << 63) < 0", true],
      ["-7 / 2 == -3 && -7 % 2 == -1", true],
      ["(2, 3) == 3", true],
      ["~0 == -1 && (3 & 5) == 1 && (3 | 5) == 7 && (3 ^ 5) == 6", true],
      ["1 ? 2 : 0", true],
      ["0 ? 1 : 0u - 1 > 0", true],
      ["'a' == 97 && '\\377' < 0 && '\\n' == 10 && '\\x41' == 65 && L'\\xff' == 255", true],
      ["'ab' == 24930", true],
      ["010 == 8 && 0x10 == 16 && 10L == 10 && 10ull == 10", true],
      ["undefined_name", false],
    ];
    for (const [e, v] of cases) {
      expect(expand(`#if ${e}\nyes\n#else\nno\n#endif\n`), e).toBe(v ? "yes" : "no");
    }
  });

  it("short-circuits && || ?: without division-by-zero errors", () => {
    expectExpand("#if 0 && 1/0\nbad\n#elif 1 || 1/0\nok\n#endif\n#if 1 ? 1 : 1/0\nok2\n#endif\n", "ok\nok2");
  });

  it("does not evaluate skipped groups and ignores bad directives there", () => {
    const text = "#if 0\n#if garbage (((\n#elif 1/0\n#else\n#endif\n#error not this\n#foo\n#else\nok\n#endif\n";
    // The #elif belongs to the #if nested in the skipped group, so it is not evaluated either.
    expectExpand(text, "ok");
  });

  it("does not evaluate #elif after a taken branch", () => {
    expectExpand("#if 1\na\n#elif 1/0\nb\n#endif\n", "a");
  });

  it("reports expression errors", () => {
    const text = "#if 1/0\n#endif\n#if (1\n#endif\n#if defined\n#endif\n#if 1 2\n#endif\n#if\n#endif\n#if 1.5\n#endif\n#if 1 ?\n#endif\n#if defined(X\n#endif\n";
    expect(pp({ "main.c": text }).msgs).toEqual([
      "main.c:1:6: error: division by zero in preprocessor expression",
      "main.c:3:5: error: missing ')' in expression",
      "main.c:5:5: error: 'defined' without an identifier",
      "main.c:7:7: error: missing binary operator before token '2'",
      "main.c:9:4: error: #if with no expression",
      "main.c:11:5: error: floating constant in preprocessor expression",
      "main.c:13:7: error: expected value in expression",
      "main.c:15:13: error: missing ')' after 'defined'",
    ]);
  });

  it("reports misplaced #else/#elif/#endif and unterminated groups", () => {
    const r = pp({ "main.c": "#endif\n#else\n#elif 1\n#if 1\n#else\n#else\n#elif 1\n#endif\n#ifdef A\n#if 0\n" });
    expect(r.msgs).toEqual([
      "main.c:1:2: error: #endif without #if",
      "main.c:2:2: error: #else without #if",
      "main.c:3:2: error: #elif without #if",
      "main.c:6:2: error: #else after #else",
      "main.c:7:2: error: #elif after #else",
      "main.c:9:2: error: unterminated conditional directive",
      "main.c:10:2: error: unterminated conditional directive",
    ]);
  });

  it("tracks comments inside skipped groups", () => {
    expectExpand("#if 0\n/* #endif */\nbad\n#endif\nok\n", "ok");
  });
});

describe("includes", () => {
  it("searches the including file's directory, then -I, then the system dir", () => {
    const files = {
      "src/main.c": '#include "a.h"\n#include "b.h"\n#include <b.h>\n#include <c.h>\n',
      "src/a.h": '#include "local.h"\nint a;\n',
      "src/local.h": "int local;\n",
      "src/b.h": "int b_src;\n",
      "inc/b.h": "int b_inc;\n",
      "/sys/c.h": "int c_sys;\n",
    };
    const r = pp(files, { includeDirs: ["inc"] }, "src/main.c");
    expect(r.msgs).toEqual([]);
    expectSame(r.text, "int local;\nint a;\nint b_src;\nint b_inc;\nint c_sys;");
    expect([...r.files.keys()]).toEqual(["src/main.c", "src/a.h", "src/local.h", "src/b.h", "inc/b.h", "/sys/c.h"]);
  });

  it("gives lines of included files their own origins", () => {
    const r = pp({ "main.c": "int x;\n#include \"h.h\"\nint y;\n", "h.h": "#define H 1\nint h = H;\n" });
    expect(r.text).toBe("int x;\n\n\nint h = 1;\nint y;\n");
    expect(r.origins).toEqual(["main.c:1", "main.c:2", "h.h:1", "h.h:2", "main.c:3"]);
  });

  it("skips a guarded header the second time without reading it again", () => {
    const files = {
      "main.c": '#include "g.h"\n#include "g.h"\nG\n',
      "g.h": "#ifndef G_H\n#define G_H\n#define G guarded\n#endif\n",
    };
    const r = pp(files);
    expectSame(r.text, "guarded");
    expect(r.reads).toEqual(["g.h"]);
  });

  it("re-includes a header whose guard was undefined or that is not fully guarded", () => {
    const files = {
      "main.c": '#include "g.h"\n#undef G_H\n#include "g.h"\n#include "n.h"\n#include "n.h"\n',
      "g.h": "#ifndef G_H\n#define G_H\nint g;\n#endif\n",
      "n.h": "#ifndef N_H\n#define N_H\n#endif\nint n;\n",
    };
    expectSame(pp(files).text, "int g;\nint g;\nint n;\nint n;");
  });

  it("supports #pragma once and _Pragma(\"once\")", () => {
    const files = {
      "main.c": '#include "o.h"\n#include "o.h"\n#include "p.h"\n#include "./p.h"\n',
      "o.h": "#pragma once\nint o;\n",
      "p.h": '_Pragma("once") int p;\n',
    };
    expectSame(pp(files).text, "int o;\nint p;");
  });

  it("supports #include_next", () => {
    const files = { "main.c": "#include <a.h>\n", "inc/a.h": "int inc;\n#include_next <a.h>\n", "/sys/a.h": "int sys;\n" };
    expectSame(pp(files, { includeDirs: ["inc"] }).text, "int inc;\nint sys;");
  });

  it("supports computed includes", () => {
    const files = { "main.c": '#define H <x.h>\n#define Q "y.h"\n#include H\n#include Q\n', "/sys/x.h": "int x;\n", "y.h": "int y;\n" };
    expectSame(pp(files).text, "int x;\nint y;");
  });

  it("reports a missing file at the file name and carries on", () => {
    const r = pp({ "main.c": 'int a;\n  #  include "nope.h"\n#include <nope2.h>\nint b;\n' });
    expect(r.msgs).toEqual(["main.c:2:14: error: 'nope.h' file not found", "main.c:3:10: error: 'nope2.h' file not found"]);
    expectSame(r.text, "int a;\nint b;");
  });

  it("limits the include depth", () => {
    const r = pp({ "main.c": '#include "self.h"\n', "self.h": '#include "self.h"\n' });
    expect(r.msgs).toEqual(["self.h:1:10: error: #include nested too deeply"]);
  });

  it("expands __FILE__ and __LINE__ to the current file and line", () => {
    const files = { "main.c": "__LINE__ __FILE__\n#include \"d/h.h\"\n__LINE__ __FILE__\n", "d/h.h": "\n__LINE__ __FILE__\n" };
    expectSame(pp(files).text, '1 "main.c"\n2 "d/h.h"\n3 "main.c"');
  });
});

describe("lines and columns", () => {
  it("copies lines without macros character for character", () => {
    const text = "\tint  x =\t1 ;   \nchar *s = \"a /* b */ c\"; // tail\n  y = 1.0e+5f / 2;\n";
    expect(pp({ "main.c": text }).text).toBe("\tint  x =\t1 ;   \nchar *s = \"a /* b */ c\";\n  y = 1.0e+5f / 2;\n");
  });

  it("replaces a comment inside a line by blanks so later columns stay right", () => {
    expect(pp({ "main.c": "a /* xy */ b;\n" }).text).toBe("a          b;\n");
  });

  it("keeps line accounting across multi-line comments and splices", () => {
    const r = pp({ "main.c": "a; /* one\ntwo\nthree */ b;\nin\\\nt c;\nd;\n" });
    // As gcc -E: a token after a splice stays on its own physical line and column.
    expect(r.text).toBe("a;\n\n         b;\nint\n  c;\nd;\n");
    expect(r.origins).toEqual(["main.c:1", "main.c:2", "main.c:3", "main.c:4", "main.c:5", "main.c:6"]);
  });

  it("gives tokens after a splice their physical line: __LINE__, and the output line", () => {
    const r = pp({ "main.c": "#define L __LINE__\nx = __LINE__ + \\\n  __LINE__ + \\\n L;\nf(\"a\\\nb\" y, \\\n__LINE__);\n" });
    // gcc -E prints the same lines (its `+` and `)` follow the shorter numbers closely).
    expect(r.text).toBe("\nx = 2        +\n  3        +\n 4;\nf(\"ab\"\n   y,\n7       );\n");
    expect(r.origins).toEqual(["main.c:1", "main.c:2", "main.c:3", "main.c:4", "main.c:5", "main.c:6", "main.c:7"]);
  });

  it("continues a directive over a comment spanning lines", () => {
    expectExpand("#define X 1 /* a\n b */ + 2\nX\n", "1 + 2");
  });

  it("puts source tokens after a shorter expansion back at their column", () => {
    const r = pp({ "main.c": "#define LONGNAME 1\n\tx = LONGNAME + y;\n" });
    expect(r.text).toBe("\n\tx = 1        + y;\n");
  });

  it("puts an expansion on the line and at the column of its macro name", () => {
    const r = pp({ "main.c": "#define f(x) <x>\n#define N 10\nf\n  N f(1);\n\tN;\n" });
    expect(r.text).toBe("\n\nf\n  10 <1>;\n\t10;\n");
  });

  it("turns directive lines into empty lines", () => {
    const r = pp({ "main.c": "#define A 1\n#if A\nint a;\n#endif\n" });
    expect(r.text).toBe("\n\nint a;\n\n");
    expect(r.origins).toEqual(["main.c:1", "main.c:2", "main.c:3", "main.c:4"]);
  });

  it("keeps one empty line per line of a skipped group", () => {
    const r = pp({ "main.c": "#if 0\na\n\nb /* c\n */ d\n#endif\ne\n" });
    expect(r.text).toBe("\n\n\n\n\n\ne\n");
    expect(r.origins).toEqual(["main.c:1", "main.c:2", "main.c:3", "main.c:4", "main.c:5", "main.c:6", "main.c:7"]);
  });

  it("applies #line to origins, __LINE__ and __FILE__", () => {
    const r = pp({ "main.c": "a\n#line 100\nb __LINE__\n#line 7 \"x.c\"\nc __FILE__\n" });
    expect(r.text).toBe("a\n\nb 100\n\nc \"x.c\"\n");
    expect(r.origins).toEqual(["main.c:1", "main.c:2", "main.c:100", "main.c:101", "x.c:7"]);
  });

  it("handles CRLF line ends", () => {
    const r = pp({ "main.c": "#define A 1\r\nint a = A;\r\nint b;\r\n" });
    expect(r.text).toBe("\nint a = 1;\nint b;\n");
  });

  it("maps offsets of the output back to source positions", () => {
    const diags = new Diagnostics();
    const files: Record<string, string> = { "main.c": '#include "h.h"\n  int x = BAD;\n', "h.h": "#define BAD 1\n" };
    const src = preprocess("main.c", files["main.c"]!, { includeDirs: [], systemIncludeDir: "/sys", defines: new Map(), readFile: (p) => files[p] ?? null }, diags);
    const map = new SourceMap(src);
    expect(map.locate(src.text.indexOf("x"))).toEqual({ file: "main.c", line: 2, col: 7 });
    expect(map.locate(src.text.indexOf(";"))).toEqual({ file: "main.c", line: 2, col: 14 });
  });
});

describe("directives and diagnostics", () => {
  it("reports #error with its text and #warning as a warning", () => {
    const r = pp({ "main.c": "#error this is   bad /* c */ \"s  t\"\n  #warning careful\n#error\n" });
    expect(r.msgs).toEqual([
      'main.c:1:2: error: #error this is bad "s  t"',
      "main.c:2:4: warning: #warning careful",
      "main.c:3:2: error: #error",
    ]);
  });

  it("reports invalid directives and bad #define lines", () => {
    const text = "#foo bar\n#define\n#define 3\n#define G(a,a) a\n#define H(a) #b\n#define I(a) ## a\n#define J(a\n#define defined 1\n#undef\n#ifdef\n#endif\n";
    expect(pp({ "main.c": text }).msgs).toEqual([
      "main.c:1:2: error: invalid preprocessing directive '#foo'",
      "main.c:2:8: error: macro name missing",
      "main.c:3:9: error: macro name must be an identifier",
      "main.c:4:13: error: duplicate macro parameter name 'a'",
      "main.c:5:14: error: '#' is not followed by a macro parameter",
      "main.c:6:14: error: '##' cannot appear at either end of a macro expansion",
      "main.c:7:11: error: missing ')' in macro parameter list",
      "main.c:8:9: error: 'defined' cannot be used as a macro name",
      "main.c:9:7: error: macro name missing",
      "main.c:10:7: error: macro name missing",
    ]);
  });

  it("warns about extra tokens", () => {
    expect(pp({ "main.c": "#ifdef X junk\n#else junk\n#endif junk\n" }).msgs).toEqual([
      "main.c:1:10: warning: extra tokens at end of #ifdef directive",
      "main.c:2:7: warning: extra tokens at end of #else directive",
      "main.c:3:8: warning: extra tokens at end of #endif directive",
    ]);
  });

  it("reports an unterminated invocation and an unterminated comment", () => {
    expect(pp({ "main.c": "#define F(x) x\nint a;\n  F(1,\n2\n" }).msgs).toEqual(["main.c:3:3: error: unterminated function-like macro invocation"]);
    expect(pp({ "main.c": "int a; /* open\nmore\n" }).msgs).toEqual(["main.c:1:8: error: unterminated /* comment"]);
  });

  it("ignores #pragma, #ident and the null directive", () => {
    const r = pp({ "main.c": "#pragma pack(1)\n#ident \"x\"\n#\n# /* c */\nx\n" });
    expect(r.msgs).toEqual([]);
    expect(r.text).toBe("\n\n\n\nx\n");
  });

  it("stops with a CompileError after too many errors", () => {
    const text = "#foo\n".repeat(30);
    expect(() => pp({ "main.c": text })).toThrow(CompileError);
  });
});

describe("predefined and command-line macros", () => {
  it("predefines the documented macros", () => {
    const text =
      "__STDC__ __STDC_VERSION__ __minic__ __i386__ __ILP32__ __CHAR_BIT__ __SIZEOF_INT__ __SIZEOF_LONG__ __SIZEOF_POINTER__ __SIZEOF_LONG_LONG__ __DATE__ __TIME__ __COUNTER__ __COUNTER__\n";
    expectExpand(text, '1 199901L 1 1 1 8 4 4 4 8 "Jan  1 2026" "00:00:00" 0 1');
  });

  it("applies -D definitions, including function-like ones", () => {
    const r = pp({ "main.c": "A B F(3)\n#ifdef A\nyes\n#endif\n" }, { defines: new Map([["A", "1"], ["B", "x y"], ["F(v)", "(v*2)"]]) });
    expectSame(r.text, "1 x y (3*2)\nyes");
  });
});

describe("digraphs and trigraphs (C99 6.4.6p3, 5.2.1.1)", () => {
  it("%: and %:%: are # and ## in directives and macros; other digraphs keep their spelling", () => {
    expectExpand("%:define S(x) %:x\n%:define P(a, b) a %:%: b\nP(x, y) S(<: 1 :>) S(<%)\n", 'xy "<: 1 :>" "<%"');
    expectExpand("#if 0\n%:error not seen\n%:endif\n  %:  define Z 3\nZ\n", "3");
  });

  it("keeps `<` and `:` from two tokens apart, so they do not become `<:`", () => {
    const r = pp({ "main.c": "#define L <\n#define C :\nL: L C\n" });
    expect(r.msgs).toEqual([]);
    expect(r.text.split("\n")[2]).toBe("< : < :");
  });

  it("replaces trigraphs everywhere before anything else, ??/ splicing lines", () => {
    const r = pp({ "main.c": '??=define T(x) x ??! 1\nint a??(2??) = T(2); char *s = "??<??>??-??\'??(" ; // ??/\nint hidden;\n"?? ??? ?\\?!";\n' });
    expect(r.msgs).toEqual([]);
    expect(norm(r.text)).toBe(norm('int a[2] = 2 | 1; char *s = "{}~^[" ;\n"?? ??? ?\\?!";'));
  });
});

describe("-E output", () => {
  it("renders line markers where the origin jumps", () => {
    const files = { "main.c": "int a;\n#include \"h.h\"\nint b;\n\n\n\n\n\n\n\n\n\n\nint c;\n", "h.h": "\nint h;\n" };
    const diags = new Diagnostics();
    const src = preprocess("main.c", files["main.c"], { includeDirs: [], systemIncludeDir: "/sys", defines: new Map(), readFile: (p) => (files as Record<string, string>)[p] ?? null }, diags);
    expect(formatPreprocessed(src)).toBe('# 1 "main.c"\nint a;\n# 2 "h.h"\nint h;\n# 3 "main.c"\nint b;\n# 14 "main.c"\nint c;\n');
  });
});

describe("robustness", () => {
  it("never throws a host exception on arbitrary input, and gives every output line an origin", () => {
    const pieces = [..."#()<>'\"/*\\\n\t,1+-?:", "define ", "F(x,...) ", "x", " ## ", "__VA_ARGS__", "if ", "elif ", "else", "endif", "include ", "defined ", "F", "\n#"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 120 }), (parts) => {
        try {
          const r = pp({ "main.c": parts.join("") });
          expect(r.text === "" ? 0 : r.text.split("\n").length - 1).toBe(r.origins.length);
        } catch (e) {
          if (!(e instanceof CompileError)) throw e;
        }
      }),
      { numRuns: 400 },
    );
  });

  it("reports absurd nesting instead of overflowing the stack", () => {
    const deep = (open: string, n = 1000) => `${open.repeat(n)}1${")".repeat(n)}`;
    const r = pp({ "main.c": `#define F(x) x\n#if ${deep("(", 20000)}\nx\n#endif\n${deep("F(")}\n#if ${deep("F(")}\n#endif\nok\n` });
    expect(r.msgs).toEqual([
      "main.c:2:261: error: expression nested too deeply",
      "main.c:5:1: error: macro invocations nested too deeply",
      "main.c:6:2: error: macro invocations nested too deeply",
    ]);
    expectSame(r.text, "ok");
  });
});
