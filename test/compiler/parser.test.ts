/**
 * @fileoverview Tests of the C parser: AST shapes (declarators, precedence, casts and
 * sizeof with typedef names, literals, initializers, statements), typedef scoping,
 * positions, and diagnostics with exact file:line:col plus recovery (each independent
 * error reported once), robustness on random token soup and deep nesting.
 *
 * Shapes are compared through a compact printer: `(+ a (* b c))` for expressions and
 * `ptr(arr[3](a))` for declarators (outermost node first, as ast.ts nests them).
 */

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Declaration, Declarator, DeclSpec, Expr, ExternalDecl, FunctionDef, Initializer, Stmt, TranslationUnit, TypeName } from "../../compiler/ast.js";
import { CompileError, Diagnostics } from "../../compiler/diagnostics.js";
import { parse, validateGrammar } from "../../compiler/parser.js";
import { SourceMap } from "../../compiler/source.js";

// ---------------------------------------------------------------------------------------
// Printers
// ---------------------------------------------------------------------------------------

function dec(d: Declarator): string {
  switch (d.kind) {
    case "ident":
      return d.name ?? "_";
    case "pointer":
      return `ptr${d.isConst ? " const" : ""}${d.isVolatile ? " volatile" : ""}(${dec(d.inner)})`;
    case "array":
      return `arr[${d.size ? ex(d.size) : ""}](${dec(d.inner)})`;
    case "function": {
      const ps = d.oldStyle ? `old ${d.identifiers.map((i) => i.name).join(",")}` : d.params.map((p) => `${spec(p.spec)} ${dec(p.declarator)}`).join(", ");
      return `fn(${ps}${d.variadic ? ", ..." : ""})(${dec(d.inner)})`;
    }
  }
}

function spec(s: DeclSpec): string {
  const words = [s.storage, s.isConst ? "const" : null, s.isVolatile ? "volatile" : null, s.isInline ? "inline" : null, ...s.typeWords.map((w) => w.word)];
  let r = words.filter((w) => w !== null).join(" ");
  const t = s.tagged;
  if (t !== null) {
    let x: string;
    if (t.kind === "typedefName") x = t.name;
    else if (t.kind === "enumSpec") x = `enum ${t.tag ?? ""}${t.enumerators ? `{${t.enumerators.map((e) => e.name + (e.value ? `=${ex(e.value)}` : "")).join(",")}}` : ""}`;
    else {
      const ms = t.members?.map((m) => `${spec(m.spec)} ${m.declarators.map((d) => dec(d.declarator) + (d.bitWidth ? `:${ex(d.bitWidth)}` : "")).join(",")};`);
      x = `${t.isUnion ? "union" : "struct"} ${t.tag ?? ""}${ms ? `{${ms.join("")}}` : ""}`;
    }
    r += (r ? " " : "") + x;
  }
  return r;
}

const tn = (t: TypeName): string => `${spec(t.spec)} ${dec(t.declarator)}`;

function init(i: Initializer): string {
  if (i.kind === "initExpr") return ex(i.expr);
  const items = i.items.map((it) => it.designators.map((d) => (d.kind === "field" ? `.${d.name}` : `[${ex(d.index)}]`)).join("") + (it.designators.length ? "=" : "") + init(it.init));
  return `{${items.join(", ")}}`;
}

function ex(e: Expr): string {
  switch (e.kind) {
    case "intLit":
      return `${e.value}${e.suffix}`;
    case "charLit":
      return `'${e.value}'`;
    case "floatLit":
      return `F${e.text}`;
    case "stringLit":
      return JSON.stringify(String.fromCharCode(...e.bytes));
    case "ident":
      return e.name;
    case "binary":
      return `(${e.op} ${ex(e.left)} ${ex(e.right)})`;
    case "assign":
      return `(${e.op} ${ex(e.target)} ${ex(e.value)})`;
    case "unary":
      return `(${e.op}u ${ex(e.operand)})`;
    case "incDec":
      return `(${e.prefix ? "pre" : "post"}${e.op} ${ex(e.operand)})`;
    case "cond":
      return `(? ${ex(e.cond)} ${ex(e.then)} ${ex(e.else)})`;
    case "call":
      return `(call ${ex(e.callee)}${e.args.map((a) => ` ${ex(a)}`).join("")})`;
    case "index":
      return `(idx ${ex(e.base)} ${ex(e.index)})`;
    case "member":
      return `(${e.arrow ? "->" : "."} ${ex(e.base)} ${e.name})`;
    case "cast":
      return `(cast [${tn(e.typeName)}] ${ex(e.operand)})`;
    case "sizeofType":
      return `(sizeof [${tn(e.typeName)}])`;
    case "sizeofExpr":
      return `(sizeof ${ex(e.operand)})`;
    case "comma":
      return `(, ${ex(e.left)} ${ex(e.right)})`;
    case "compoundLit":
      return `(lit [${tn(e.typeName)}] ${init(e.init)})`;
    case "implicitCast":
      return `(implicit ${ex(e.operand)})`;
  }
}

function st(s: Stmt): string {
  switch (s.kind) {
    case "block":
      return `{${s.items.map(st).join(" ")}}`;
    case "exprStmt":
      return `${ex(s.expr)};`;
    case "declStmt":
      return decl(s.decl);
    case "if":
      return `if ${ex(s.cond)} ${st(s.then)}${s.else ? ` else ${st(s.else)}` : ""}`;
    case "while":
      return `while ${ex(s.cond)} ${st(s.body)}`;
    case "doWhile":
      return `do ${st(s.body)} while ${ex(s.cond)};`;
    case "for":
      return `for(${s.init ? st(s.init) : ";"} ${s.cond ? ex(s.cond) : ""}; ${s.step ? ex(s.step) : ""}) ${st(s.body)}`;
    case "switch":
      return `switch ${ex(s.cond)} ${st(s.body)}`;
    case "case":
      return `case ${ex(s.value)}: ${st(s.body)}`;
    case "default":
      return `default: ${st(s.body)}`;
    case "break":
      return "break;";
    case "continue":
      return "continue;";
    case "goto":
      return `goto ${s.label};`;
    case "labeled":
      return `${s.label}: ${st(s.body)}`;
    case "return":
      return `return${s.value ? ` ${ex(s.value)}` : ""};`;
    case "empty":
      return ";";
  }
}

function decl(d: Declaration): string {
  const ds = d.declarators.map((x) => dec(x.declarator) + (x.init ? ` = ${init(x.init)}` : ""));
  return `${spec(d.spec)}${ds.length ? " " : ""}${ds.join(", ")};`;
}

function top(it: ExternalDecl): string {
  if (it.kind === "declaration") return decl(it);
  return `${spec(it.spec)} ${dec(it.declarator)} ${it.oldStyleDecls.map(decl).join(" ")}${st(it.body)}`;
}

// ---------------------------------------------------------------------------------------
// Running the parser
// ---------------------------------------------------------------------------------------

interface Run {
  tu: TranslationUnit;
  out: string[];
  /** "line:col: severity: message" */
  msgs: string[];
}

function run(src: string): Run {
  const d = new Diagnostics();
  d.map = new SourceMap({
    text: src,
    lineOrigins: src.split("\n").map((_, i) => ({ file: "t.c", line: i + 1 })),
    files: new Map([["t.c", src]]),
  });
  const tu = parse(src, d);
  return { tu, out: tu.items.map(top), msgs: d.list.map((m) => `${m.loc.line}:${m.loc.col}: ${m.severity}: ${m.message}`) };
}

/** Parses text that must be error-free and returns the printed items. */
function ok(src: string): string[] {
  const r = run(src);
  expect(r.msgs).toEqual([]);
  return r.out;
}

/** The printed expression of `(e)` inside a function, with `T` a typedef for int. */
function expr(e: string): string {
  const r = run(`typedef int T; void f(void) { ${e}; }`);
  expect(r.msgs).toEqual([]);
  const fd = r.tu.items[1] as FunctionDef;
  const s = fd.body.items[0]!;
  if (s.kind !== "exprStmt") throw new Error(`not an expression statement: ${st(s)}`);
  return ex(s.expr);
}

/** The printed declarator of the (single) file-scope declaration `src`. */
function declarator(src: string): string {
  const r = run(src);
  expect(r.msgs).toEqual([]);
  const d = r.tu.items[r.tu.items.length - 1] as Declaration;
  return dec(d.declarators[0]!.declarator);
}

function body(src: string): string[] {
  const r = run(src);
  const fd = r.tu.items.find((i): i is FunctionDef => i.kind === "functionDef");
  return fd ? fd.body.items.map(st) : [];
}

// ---------------------------------------------------------------------------------------

describe("grammar", () => {
  it("passes chevrotain's grammar validations", () => {
    expect(() => validateGrammar()).not.toThrow();
  });
});

describe("declarators", () => {
  it("builds int *a[3] as pointer over array, with positions", () => {
    const r = run("int *a[3];");
    expect(r.msgs).toEqual([]);
    const d = r.tu.items[0] as Declaration;
    expect(d.declarators[0]!.declarator).toEqual({
      kind: "pointer",
      pos: 4,
      isConst: false,
      isVolatile: false,
      restrictPos: null,
      inner: { kind: "array", pos: 5, size: { kind: "intLit", pos: 7, value: 3n, suffix: "", nonDecimal: false }, inner: { kind: "ident", pos: 5, name: "a" } },
    });
  });

  it("nests function pointers, multi-dimensional arrays and tables", () => {
    expect(declarator("int (*fp)(int);")).toBe("fn(int _)(ptr(fp))");
    expect(declarator("int a[2][3];")).toBe("arr[3](arr[2](a))");
    expect(declarator("char *(*tbl[4])(void);")).toBe("ptr(fn()(ptr(arr[4](tbl))))");
    expect(declarator("void (*signal(int sig, void (*func)(int)))(int);")).toBe("fn(int _)(ptr(fn(int sig, void fn(int _)(ptr(func)))(signal)))");
    expect(declarator("int (*(*x)[5])(char *s, ...);")).toBe("fn(char ptr(s), ...)(ptr(arr[5](ptr(x))))");
    expect(declarator("const char * const * volatile p;")).toBe("ptr const(ptr volatile(p))");
    expect(declarator("int ((x));")).toBe("x");
    expect(declarator("int a[];")).toBe("arr[](a)");
  });

  it("tells (void), () and identifier lists apart", () => {
    const fn = (src: string): Declarator => (run(src).tu.items[0] as Declaration).declarators[0]!.declarator;
    expect(fn("int f(void);")).toMatchObject({ kind: "function", params: [], oldStyle: false, variadic: false });
    expect(fn("int f();")).toMatchObject({ kind: "function", params: [], oldStyle: true, identifiers: [] });
    expect(fn("int f(int, char *);")).toMatchObject({ kind: "function", oldStyle: false, params: [{ pos: 6 }, { pos: 11 }] });
    expect(declarator("void g(const void *p, int n[static 3], int m[const], int k[*]);")).toBe("fn(const void ptr(p), int arr[3](n), int arr[](m), int arr[](k))(g)");
  });

  it("parses abstract declarators in casts and sizeof", () => {
    expect(expr("(int (*)(int))0")).toBe("(cast [int fn(int _)(ptr(_))] 0)");
    expect(expr("sizeof(int[3])")).toBe("(sizeof [int arr[3](_)])");
    expect(expr("sizeof(char (*)[4])")).toBe("(sizeof [char arr[4](ptr(_))])");
    expect(expr("sizeof(int (*)(void))")).toBe("(sizeof [int fn()(ptr(_))])");
    expect(expr("(const T **)0")).toBe("(cast [const T ptr(ptr(_))] 0)");
    expect(expr("(struct s *)p")).toBe("(cast [struct s ptr(_)] p)");
    expect(expr("(unsigned)x")).toBe("(cast [unsigned _] x)");
  });

  it("parses all declaration specifiers", () => {
    expect(ok("static const unsigned long long int v; extern inline volatile int w; register short r; auto signed char c; _Bool b; typedef long double LD;")).toEqual([
      "static const unsigned long long int v;",
      "extern volatile inline int w;",
      "register short r;",
      "auto signed char c;",
      "_Bool b;",
      "typedef long double LD;",
    ]);
    expect(ok("int * restrict p; float f; double d;")).toEqual(["int ptr(p);", "float f;", "double d;"]);
  });

  it("parses struct, union and enum specifiers with bodies and references", () => {
    expect(ok("struct P { int x : 3, y : 5; unsigned : 2; struct { int q; }; struct P *next; } p;")).toEqual([
      "struct P{int x:3,y:5;unsigned _:2;struct {int q;} ;struct P ptr(next);} p;",
    ]);
    expect(ok("union U { int i; char c[4]; }; union U u; struct S; struct S *sp; struct {} e;")).toEqual([
      "union U{int i;char arr[4](c);};",
      "union U u;",
      "struct S;",
      "struct S ptr(sp);",
      "struct {} e;",
    ]);
    expect(ok("enum E { A, B = 3, C, } e = B; enum E f; enum { X } g;")).toEqual(["enum E{A,B=3,C} e = B;", "enum E f;", "enum {X} g;"]);
  });

  it("parses initializers with nested braces, designators and trailing commas", () => {
    expect(ok("struct P p = { .x = 1, .y = { 2, 3, }, }, q[3] = { [0] = { 1, 2 }, [2].x = 5, [1] = 4 };")).toEqual([
      "struct P p = {.x=1, .y={2, 3}}, arr[3](q) = {[0]={1, 2}, [2].x=5, [1]=4};",
    ]);
    expect(ok("int a[] = { 1, 2 }, n = 3, m[2][2] = { { 1 }, 2 }; char s[] = \"hi\";")).toEqual([
      "int arr[](a) = {1, 2}, n = 3, arr[2](arr[2](m)) = {{1}, 2};",
      'char arr[](s) = "hi";',
    ]);
  });

  it("parses old-style (K&R) definitions", () => {
    const r = run("int f(a, b) int a; char *b; { return a + *b; }");
    expect(r.msgs).toEqual([]);
    expect(r.out).toEqual(["int fn(old a,b)(f) int a; char ptr(b);{return (+ a (*u b));}"]);
    const fd = r.tu.items[0] as FunctionDef;
    expect(fd.declarator).toMatchObject({ kind: "function", oldStyle: true, params: [], identifiers: [{ name: "a", pos: 6 }, { name: "b", pos: 9 }] });
    expect(fd.oldStyleDecls).toHaveLength(2);
  });

  it("accepts implicit int with a warning", () => {
    const r = run("main() { static x = 1; return x; }");
    expect(r.msgs).toEqual(["1:1: warning: type specifier missing, defaults to 'int'", "1:10: warning: type specifier missing, defaults to 'int'"]);
    expect(r.out).toEqual(["int fn(old )(main) {static int x = 1; return x;}"]);
  });
});

describe("expressions", () => {
  it("follows C precedence and associativity", () => {
    expect(expr("a + b * c")).toBe("(+ a (* b c))");
    expect(expr("a = b = c")).toBe("(= a (= b c))");
    expect(expr("a ? b : c ? d : e")).toBe("(? a b (? c d e))");
    expect(expr("a - b - c")).toBe("(- (- a b) c)");
    expect(expr("a || b && c | d ^ e & f == g < h << i + j * k")).toBe("(|| a (&& b (| c (^ d (& e (== f (< g (<< h (+ i (* j k))))))))))");
    expect(expr("a * b + c << d > e != f & g ^ h | i && j || k")).toBe("(|| (&& (| (^ (& (!= (> (<< (+ (* a b) c) d) e) f) g) h) i) j) k)");
    expect(expr("a < b == c > d")).toBe("(== (< a b) (> c d))");
    expect(expr("a += b -= c")).toBe("(+= a (-= b c))");
    expect(expr("x <<= 1, y >>= 2, z %= 3")).toBe("(, (, (<<= x 1) (>>= y 2)) (%= z 3))");
    expect(expr("a &= b |= c ^= d *= e /= f")).toBe("(&= a (|= b (^= c (*= d (/= e f)))))");
    expect(expr("a ? b = 1 : c")).toBe("(? a (= b 1) c)");
    expect(expr("a ? b, c : d")).toBe("(? a (, b c) d)");
    expect(expr("a || b ? c : d")).toBe("(? (|| a b) c d)");
  });

  it("parses unary and postfix operators", () => {
    expect(expr("-a[1]")).toBe("(-u (idx a 1))");
    expect(expr("*p++")).toBe("(*u (post++ p))");
    expect(expr("++*p")).toBe("(pre++ (*u p))");
    expect(expr("--x-- - -y")).toBe("(- (pre-- (post-- x)) (-u y))");
    expect(expr("&s->m[2].k")).toBe("(&u (. (idx (-> s m) 2) k))");
    expect(expr("!~+x")).toBe("(!u (~u (+u x)))");
    expect(expr("f(a, b = 2)(c)")).toBe("(call (call f a (= b 2)) c)");
    expect(expr("g()")).toBe("(call g)");
    expect(expr("(*fp)(1)")).toBe("(call (*u fp) 1)");
  });

  it("tells casts from parenthesised expressions using the typedef table", () => {
    expect(expr("(T)x")).toBe("(cast [T _] x)");
    expect(expr("(x)")).toBe("x");
    expect(expr("(T)-1")).toBe("(cast [T _] (-u 1))");
    expect(expr("(x)-1")).toBe("(- x 1)");
    expect(expr("(T *)(T)x")).toBe("(cast [T ptr(_)] (cast [T _] x))");
    expect(expr("(x)(y)")).toBe("(call x y)");
  });

  it("parses every form of sizeof", () => {
    expect(expr("sizeof(T)")).toBe("(sizeof [T _])");
    expect(expr("sizeof x")).toBe("(sizeof x)");
    expect(expr("sizeof(x)")).toBe("(sizeof x)");
    expect(expr("sizeof x + 1")).toBe("(+ (sizeof x) 1)");
    expect(expr("sizeof(int) * 2")).toBe("(* (sizeof [int _]) 2)");
    expect(expr("sizeof (T) * p")).toBe("(* (sizeof [T _]) p)");
    expect(expr("sizeof *p")).toBe("(sizeof (*u p))");
    expect(expr("sizeof a[0]")).toBe("(sizeof (idx a 0))");
    expect(expr("sizeof sizeof x")).toBe("(sizeof (sizeof x))");
    expect(expr("sizeof (T){1}")).toBe("(sizeof (lit [T _] {1}))");
  });

  it("parses compound literals with postfix operators", () => {
    expect(expr("(T){1, 2}[1]")).toBe("(idx (lit [T _] {1, 2}) 1)");
    expect(expr("(struct p){ .x = 1 }.x")).toBe("(. (lit [struct p _] {.x=1}) x)");
    expect(expr("(int[]){1, 2,}")).toBe("(lit [int arr[](_)] {1, 2})");
  });

  it("records operator, member and call positions", () => {
    const r = run("void f(void) { a.b = c -> d + e(1); }");
    expect(r.msgs).toEqual([]);
    const s = (r.tu.items[0] as FunctionDef).body.items[0]!;
    expect(s).toMatchObject({
      kind: "exprStmt",
      pos: 15,
      expr: {
        kind: "assign",
        pos: 15,
        opPos: 19,
        target: { kind: "member", pos: 15, name: "b", arrow: false, namePos: 17 },
        value: {
          kind: "binary",
          op: "+",
          pos: 21,
          opPos: 28,
          left: { kind: "member", pos: 21, name: "d", arrow: true, namePos: 26 },
          right: { kind: "call", pos: 30, callee: { kind: "ident", pos: 30, name: "e" }, args: [{ kind: "intLit", pos: 32 }] },
        },
      },
    });
  });
});

describe("literals", () => {
  const lit = (e: string): Expr => {
    const r = run(`int x = ${e};`);
    expect(r.msgs).toEqual([]);
    const i = (r.tu.items[0] as Declaration).declarators[0]!.init!;
    if (i.kind !== "initExpr") throw new Error("not an expression");
    return i.expr;
  };

  it("decodes integer literals, suffixes and bases", () => {
    expect(lit("0")).toEqual({ kind: "intLit", pos: 8, value: 0n, suffix: "", nonDecimal: false });
    expect(lit("42")).toMatchObject({ value: 42n, suffix: "", nonDecimal: false });
    expect(lit("017")).toMatchObject({ value: 15n, suffix: "", nonDecimal: true });
    expect(lit("0x1F")).toMatchObject({ value: 31n, nonDecimal: true });
    expect(lit("0XffFFffFF")).toMatchObject({ value: 4294967295n, nonDecimal: true });
    expect(lit("0xFFFFFFFFFFFFFFFFull")).toMatchObject({ value: 18446744073709551615n, suffix: "ull" });
    const sfx = ["1u", "1U", "1l", "1L", "1ul", "1LU", "1lU", "1ll", "1LL", "1ull", "1LLU", "1uLL", "1Ull"].map((s) => (lit(s) as { suffix: string }).suffix);
    expect(sfx).toEqual(["u", "u", "l", "l", "ul", "ul", "ul", "ll", "ll", "ull", "ull", "ull", "ull"]);
  });

  it("decodes character constants as signed char values", () => {
    const v = (s: string): number => (lit(s) as { value: number }).value;
    expect(v("'a'")).toBe(97);
    expect(v("'\\xff'")).toBe(-1);
    expect(v("'\\377'")).toBe(-1);
    expect(v("'\\x7f'")).toBe(127);
    expect(v("'\\101'")).toBe(65);
    expect(v("'\\0'")).toBe(0);
    expect(["\\n", "\\t", "\\r", "\\a", "\\b", "\\f", "\\v", "\\\\", "\\'", '\\"', "\\?", '"'].map((e) => v(`'${e}'`))).toEqual([10, 9, 13, 7, 8, 12, 11, 92, 39, 34, 63, 34]);
    expect(v("L'\\xff'")).toBe(255);
    const r = run("int x = 'ab';");
    expect(r.msgs).toEqual(["1:9: warning: multi-character character constant"]);
    expect(ex((((r.tu.items[0] as Declaration).declarators[0]!.init as { expr: Expr }).expr))).toBe(`'${0x6162}'`);
  });

  it("decodes and concatenates string literals", () => {
    const bytes = (s: string): number[] => (lit(s) as { bytes: number[] }).bytes;
    expect(bytes('"ab" "cd"')).toEqual([97, 98, 99, 100]);
    expect(bytes('"a\\tb\\x41\\101\\0\\"\\\\"')).toEqual([97, 9, 98, 65, 65, 0, 34, 92]);
    expect(bytes('""')).toEqual([]);
    // Many pieces (generated code): appended in order, the escapes of each decoded on its own.
    const pieces = Array.from({ length: 3000 }, (_, i) => `"${i % 10}\\x4${i % 10}"`).join(" ");
    const want = Array.from({ length: 3000 }, (_, i) => [48 + (i % 10), 0x40 + (i % 10)]).flat();
    expect(bytes(pieces)).toEqual(want);
    // One wide piece makes the whole literal wide: 4-byte little-endian units, escapes and
    // UCNs as code points (C99 6.4.5p4-5).
    expect(lit('"a" L"\\u20ac" "\\x41"')).toEqual({ kind: "stringLit", pos: 8, bytes: [97, 0, 0, 0, 0xac, 0x20, 0, 0, 0x41, 0, 0, 0], wide: true });
  });

  it("encodes non-ASCII source characters as UTF-8", () => {
    expect((lit('"é€"') as { bytes: number[] }).bytes).toEqual([0xc3, 0xa9, 0xe2, 0x82, 0xac]);
  });

  it("keeps floating literals as text", () => {
    expect(lit("1.5e3")).toEqual({ kind: "floatLit", pos: 8, text: "1.5e3" });
    expect(ex(lit(".5f"))).toBe("F.5f");
  });
});

describe("statements", () => {
  it("parses every statement kind", () => {
    expect(
      body(`void f(void) {
        lbl: goto lbl;
        switch (a) { case 1: case 2: break; default: ; }
        do x++; while (x < 10);
        for (int i = 0, j; i < 3; i++) continue;
        for (;;) break;
        for (i = 0; ; ) ;
        while (x) if (a) b; else if (c) d; else e;
        if (a) if (b) c; else d;
        { int y; }
        return;
        return x + 1;
      }`),
    ).toEqual([
      "lbl: goto lbl;",
      "switch a {case 1: case 2: break; default: ;}",
      "do (post++ x); while (< x 10);",
      "for(int i = 0, j; (< i 3); (post++ i)) continue;",
      "for(; ; ) break;",
      "for((= i 0); ; ) ;",
      "while x if a b; else if c d; else e;",
      "if a if b c; else d;",
      "{int y;}",
      "return;",
      "return (+ x 1);",
    ]);
  });

  it("records block and function end positions", () => {
    const r = run("int f(void) {\n  { }\n}\n");
    const fd = r.tu.items[0] as FunctionDef;
    expect(fd).toMatchObject({ pos: 0, endPos: 20, body: { pos: 12, endPos: 20, items: [{ kind: "block", pos: 16, endPos: 18 }] } });
  });
});

describe("typedef names", () => {
  it("lets an inner declaration hide a typedef", () => {
    expect(ok("typedef int T; int main(){ int T = 3; return T; }")).toEqual(["typedef int T;", "int fn(old )(main) {int T = 3; return T;}"]);
  });

  it("decides T * x by what T is in the current scope", () => {
    expect(body("typedef int T; void f(void) { T * x; { int T = 2; T * x; } T * y; }")).toEqual(["T ptr(x);", "{int T = 2; (* T x);}", "T ptr(y);"]);
  });

  it("ends a block-scope typedef with its block", () => {
    const r = run("void f(void) { { typedef int U; U * a; } U * b; }");
    expect(r.msgs).toEqual([]);
    expect(body("void f(void) { { typedef int U; U * a; } U * b; }")).toEqual(["{typedef int U; U ptr(a);}", "(* U b);"]);
  });

  it("puts parameters in the function body's scope only", () => {
    expect(body("typedef int T; void f(int T) { T * x; }")).toEqual(["(* T x);"]);
    expect(ok("typedef int T; void g(int T); T h;")).toEqual(["typedef int T;", "void fn(int T)(g);", "T h;"]);
    expect(body("typedef int T; int k(T) { T * y; }")).toEqual(["T ptr(y);"]);
  });

  it("lets enumerators hide typedefs and labels reuse typedef names", () => {
    expect(body("typedef int T; void f(void) { enum { T }; T * 2; }")).toEqual(["enum {T};", "(* T 2);"]);
    expect(body("typedef int T; void f(void) { T: goto T; T * p; }")).toEqual(["T: goto T;", "T ptr(p);"]);
  });

  it("accepts typedef names as struct tags and members", () => {
    expect(ok("typedef int T; struct T { T T; } s; int v = s.T;")).toEqual(["typedef int T;", "struct T{T T;} s;", "int v = (. s T);"]);
  });
});

describe("diagnostics", () => {
  it("reports a missing ';' just after the previous token and carries on", () => {
    const r = run("int main() {\n  int x = 1\n  x = x + 2\n  return x\n}\n");
    expect(r.msgs).toEqual([
      "2:12: error: expected ';' after declaration",
      "3:12: error: expected ';' after expression",
      "4:11: error: expected ';' after return statement",
    ]);
    expect(r.out).toEqual(["int fn(old )(main) {int x = 1; (= x (+ x 2)); return x;}"]);
  });

  it("reports each independent error once and recovers", () => {
    const r = run(
      [
        "int main() {", //
        "  foo(1, 2;",
        "  if (x { return 1; }",
        "  y = 3;",
        "}",
        "int g() { return 1 +; }",
        "int h(int a, b) { return a; }",
        "struct S { int a; int b } s;",
        "int k = 3 int m;",
        "int ok;",
      ].join("\n"),
    );
    expect(r.msgs).toEqual([
      "2:11: error: expected ')'",
      "2:6: note: to match this '('",
      "3:8: error: expected ')'",
      "3:6: note: to match this '('",
      "6:21: error: expected expression",
      "7:14: error: unknown type name 'b'",
      "8:24: error: expected ';' at end of declaration list",
      "9:10: error: expected ';' after declaration",
    ]);
    expect(r.out).toEqual(["int fn(old )(main) {(= y 3);}", "int fn(old )(g) {}", "int fn(int a, b _)(h) {return a;}", "struct S{int a;int b;} s;", "int ok;"]);
  });

  it("reports a missing '}' at the end of the file with its opening brace", () => {
    expect(run("int main() {\n  while (1) {\n    x = 3;\n").msgs).toEqual(["3:11: error: expected '}'", "2:13: note: to match this '{'"]);
  });

  it("reports stray tokens at block and file level", () => {
    const r = run("int f() { ) ; x = 1; } }\nint y;\n3;\nint z;");
    expect(r.msgs).toEqual(["1:11: error: expected expression", "1:24: error: extraneous closing brace ('}')", "3:1: error: expected identifier or '('"]);
    expect(r.out).toEqual(["int fn(old )(f) {(= x 1);}", "int y;", "int z;"]);
  });

  it("reports clang-style messages for statements", () => {
    const msgs = (s: string): string[] => run(`void f(void) {\n${s}\n}`).msgs;
    expect(msgs("if x) y;")).toEqual(["2:3: error: expected '(' after 'if'"]);
    expect(msgs("while (1 2) ;")).toEqual(["2:9: error: expected ')'", "2:7: note: to match this '('"]);
    expect(msgs("do x++; (x);")).toEqual(["2:9: error: expected 'while' in do/while loop"]);
    expect(msgs("do x++; while (x)")).toEqual(["2:18: error: expected ';' after do/while statement"]);
    expect(msgs("for (i = 0; i < n, i++) ;")).toEqual(["2:23: error: expected ';' in 'for' statement specifier"]);
    expect(msgs("switch (x) { case 1 x; }")).toEqual(["2:20: error: expected ':' after 'case'"]);
    expect(msgs("switch (x) { default x; }")).toEqual(["2:21: error: expected ':' after 'default'"]);
    expect(msgs("break x;")).toEqual(["2:6: error: expected ';' after break statement"]);
    expect(msgs("continue x;")).toEqual(["2:9: error: expected ';' after continue statement"]);
    expect(msgs("goto 3;")).toEqual(["2:6: error: expected identifier"]);
    expect(msgs("goto a b;")).toEqual(["2:7: error: expected ';' after goto statement"]);
    expect(msgs("a[1 = 2;")).toEqual(["2:8: error: expected ']'", "2:2: note: to match this '['"]);
    expect(msgs("x = a ? b;")).toEqual(["2:10: error: expected ':'", "2:7: note: to match this '?'"]);
    expect(msgs("s->3;")).toEqual(["2:4: error: expected identifier"]);
    expect(msgs("s.3;")).toEqual(["2:2: error: expected ';' after expression"]); // `.3` is a number
    expect(msgs("x = ;")).toEqual(["2:5: error: expected expression"]);
    expect(msgs("if (1) }")).toEqual(["2:8: error: expected statement", "3:1: error: extraneous closing brace ('}')"]);
    expect(msgs("{ l: }")).toEqual(["2:6: error: label at end of compound statement: expected statement"]);
    expect(msgs("int (x;")).toEqual(["2:7: error: expected ')'", "2:5: note: to match this '('"]);
    expect(msgs("int 3;")).toEqual(["2:5: error: expected identifier or '('"]);
    expect(msgs("int g(void) { }")).toEqual(["2:13: error: function definition is not allowed here"]);
    expect(msgs("foo bar;")).toEqual(["2:1: error: unknown type name 'foo'"]);
    expect(msgs("struct S { int a; }; S s; enum E { A }; E e;")).toEqual(["2:22: error: must use 'struct' tag to refer to type 'S'", "2:41: error: must use 'enum' tag to refer to type 'E'"]);
    expect(msgs("f(a));")).toEqual(["2:5: error: extraneous ')' before ';'"]);
    expect(msgs("typedef int T; T + 1;")).toEqual(["2:16: error: unexpected type name 'T': expected expression"]);
    expect(msgs("static extern int q;")).toEqual(["2:8: error: cannot combine with previous 'static' declaration specifier"]);
    expect(msgs("x = (static int)1;")).toEqual(["2:6: error: type name does not allow storage class to be specified"]);
  });

  it("reports declaration-level problems", () => {
    expect(run("struct S { int a; }\nint main() { return 0; }").msgs).toEqual(["1:20: error: expected ';' after struct"]);
    expect(run("enum E { A B };").msgs).toEqual(["1:11: error: expected '= constant-expression' or end of enumerator definition", "1:8: note: to match this '{'"]);
    expect(run("struct;").msgs).toEqual(["1:7: error: declaration of anonymous struct must be a definition"]);
    expect(run("int f(a, b);").msgs).toEqual(["1:7: error: a parameter list without types is only allowed in a function definition"]);
    expect(run("int f(int, ...); int g(...);").msgs).toEqual(["1:24: error: ISO C requires a named parameter before '...'"]);
    expect(run("int f(3);").msgs).toEqual(["1:7: error: expected parameter declarator"]);
    expect(run("struct { x; } s;").msgs).toEqual(["1:10: error: unknown type name 'x'"]);
    expect(run("struct { int a; 3; } s;").msgs).toEqual(["1:17: error: type name requires a specifier or qualifier"]);
    expect(run("int x[2] = { [0] 1 };").msgs).toEqual(["1:17: error: expected '=' or another designator"]);
    expect(run("*x = 3;").msgs).toEqual(["1:1: error: expected identifier or '('"]);
  });

  it("reports lexical and literal errors", () => {
    const r = run('int a = 08;\nint b = 0x + 12abc;\nchar *s = "abc;\nint c = @1;\nchar d = \'\';\nint e = 99999999999999999999;\nchar *f = "\\x4142\\777";\nint g = \'\\q\';');
    expect(r.msgs).toEqual([
      "1:10: error: invalid digit '8' in octal constant",
      "2:9: error: invalid suffix 'x' on integer constant",
      "2:16: error: invalid suffix 'abc' on integer constant",
      "3:11: error: missing terminating \" character",
      "4:9: error: stray '@' in program",
      "5:10: error: empty character constant",
      "6:9: error: integer literal is too large to be represented in any integer type",
      "7:12: error: hex escape sequence out of range",
      "7:18: error: octal escape sequence out of range",
      "8:10: warning: unknown escape sequence '\\q'",
    ]);
  });

  it("skips an unterminated comment to the end of the file", () => {
    expect(run("int a;\n/* oops\nint b;").msgs).toEqual(["2:1: error: unterminated /* comment"]);
  });

  it("stops with a CompileError after 20 errors", () => {
    const src = Array.from({ length: 30 }, (_, i) => `int v${i} = ;`).join("\n");
    const d = new Diagnostics();
    expect(() => parse(src, d)).toThrow(CompileError);
    expect(d.errorCount).toBe(20);
    expect(d.list[0]!.message).toBe("expected expression");
    expect(d.list.at(-1)!.message).toBe("too many errors emitted, stopping now");
  });
});

describe("robustness", () => {
  it("limits nesting instead of overflowing the stack", () => {
    const deep = (n: number): string => `int x = ${"(".repeat(n)}1${")".repeat(n)};`;
    expect(run(deep(200)).msgs).toEqual([]);
    expect(run(deep(300)).msgs).toEqual(["1:266: error: bracket nesting level exceeded maximum of 256"]);
    // 50000 `--` tokens: the 257th is at column 521, the error at the token after it
    expect(run(`int x = ${"-".repeat(100000)}1;`).msgs).toEqual(["1:523: error: bracket nesting level exceeded maximum of 256"]);
    expect(run(`int x = ${"- ".repeat(100000)}1;`).msgs).toEqual(["1:523: error: bracket nesting level exceeded maximum of 256"]);
    expect(run(`void f(void) ${"{".repeat(100000)}`).msgs).toEqual([
      "1:271: error: bracket nesting level exceeded maximum of 256",
      "1:100014: error: expected '}'",
      "1:270: note: to match this '{'",
    ]);
    expect(run(`int x = ${"a?b:".repeat(5000)}c;`).msgs).toEqual(["1:1035: error: bracket nesting level exceeded maximum of 256"]);
    expect(run(`int ${"(".repeat(5000)}x;`).msgs).toEqual(["1:262: error: bracket nesting level exceeded maximum of 256"]);
  });

  it("returns normally on random token soup", () => {
    const words = ["int", "char", "typedef", "struct", "union", "enum", "T", "x", "y", "f", "(", ")", "[", "]", "{", "}", ";", ",", "*", "=", "+", "-", "?", ":", ".", "->", "...", "1", "'a'", '"s"', "if", "else", "for", "while", "do", "return", "sizeof", "static", "const", "void", "case", "default", "goto", "break", "&&", "++", "@", "/*", "'", '"', "\n"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 60 }), (toks) => {
        const d = new Diagnostics();
        try {
          parse(toks.join(" "), d);
        } catch (e) {
          if (!(e instanceof CompileError)) throw e;
        }
      }),
      { numRuns: 400, seed: 12345 },
    );
  });

  it("reuses the parser across inputs without leaking state", () => {
    run("typedef int T; void f(void) { T * x; }");
    expect(body("void g(void) { T * x; }")).toEqual(["(* T x);"]);
  });
});
