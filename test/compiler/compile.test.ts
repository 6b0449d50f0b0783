/**
 * @fileoverview compiler/compile.ts compiles function by function (each function checked
 * and generated as soon as it is parsed); it must give exactly what the stage-by-stage
 * pipeline gives (parse all, then check all, then generate all): the same diagnostics in
 * the same order, notes included, and the same object bytes. Checked over the error corpus
 * (test/errors), the conformance programs (test/programs) and hand-written units whose
 * errors fall in different stages and places. Also: the object writer's bytes equal
 * serializeObject's text.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { libcIncludeDir } from "../../cli/driver.js";
import { Checker } from "../../compiler/check.js";
import { generate } from "../../compiler/codegen.js";
import { compileUnit } from "../../compiler/compile.js";
import { CompileError, Diagnostics } from "../../compiler/diagnostics.js";
import { parse } from "../../compiler/parser.js";
import { preprocess } from "../../compiler/preprocess.js";
import { SourceMap } from "../../compiler/source.js";
import { parseObject, serializeObject, serializeObjectPieces, type ObjectModule } from "../../linker/object.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

type Pipeline = (text: string, name: string, diags: Diagnostics, map: SourceMap) => ObjectModule | null;

/** The stage-by-stage pipeline, as the driver ran it before compile.ts. */
const staged: Pipeline = (text, name, diags, map) => {
  const tu = parse(text, diags);
  if (diags.hasErrors()) return null;
  const unit = new Checker(diags).checkUnit(tu);
  if (diags.hasErrors()) return null;
  const obj = generate(unit, name, diags, map);
  return diags.hasErrors() ? null : obj;
};

function run(file: string, source: string, pipeline: Pipeline): { messages: string; object: string | null } {
  const diags = new Diagnostics();
  let object: ObjectModule | null = null;
  try {
    const readFile = (p: string): string | null => {
      try {
        return readFileSync(p, "utf8");
      } catch {
        return null;
      }
    };
    const pp = preprocess(file, source, { includeDirs: [], systemIncludeDir: libcIncludeDir(), defines: new Map(), readFile }, diags);
    const map = new SourceMap(pp);
    diags.map = map;
    if (!diags.hasErrors()) object = pipeline(pp.text, file, diags, map);
  } catch (e) {
    if (!(e instanceof CompileError)) throw e;
  }
  return { messages: diags.format(), object: object === null ? null : serializeObject(object) };
}

function expectSame(file: string, source: string): { messages: string; object: string | null } {
  const a = run(file, source, staged);
  const b = run(file, source, compileUnit);
  expect(b.messages).toBe(a.messages);
  expect(b.object).toBe(a.object);
  return b;
}

function cFiles(dir: string): string[] {
  const out: string[] = [];
  for (const f of readdirSync(dir).sort()) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) out.push(...cFiles(p));
    else if (f.endsWith(".c")) out.push(p);
  }
  return out;
}

describe("function-by-function compilation equals the staged pipeline", () => {
  it("on the error corpus", () => {
    const files = cFiles(join(root, "errors"));
    expect(files.length).toBeGreaterThan(100);
    let failed = 0;
    for (const f of files) if (expectSame(f, readFileSync(f, "utf8")).object === null) failed++;
    expect(failed).toBeGreaterThan(100); // the corpus is mostly invalid programs
  });

  it("on the conformance programs", () => {
    const files = cFiles(join(root, "programs"));
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) expect(expectSame(f, readFileSync(f, "utf8")).object).not.toBeNull();
  });

  const fn = (i: number): string => `int f${i}(int x) { int unused${i}; return x + ${i}; }\n`;
  const many = (n: number, at: number, bad: string): string => Array.from({ length: n }, (_, i) => (i === at ? bad : fn(i))).join("");

  it.each([
    ["a parse error after clean functions", many(6, 4, "int g( { return 0; }\n")],
    ["a parse error before clean functions", many(6, 0, "int g() { return 0 }\nint h(int x) { x = ; }\n")],
    ["a check error among clean functions", many(6, 3, "int g(void) { return y; }\n")],
    ["check errors and warnings, no parse error", many(6, 2, "int g(void) { int u; return undeclared1 + undeclared2; }\n")],
    ["more check errors than the limit", many(30, -1, "") + Array.from({ length: 25 }, (_, i) => `int e${i}(void) { return z${i}; }\n`).join("")],
    ["more parse errors than the limit", Array.from({ length: 25 }, (_, i) => `int p${i}( { }\n`).join("")],
    ["an unterminated string late in the file", many(5, -1, "") + 'char *s = "abc;\n'],
    ["an array completed after use", "int a[];\nint f(void) { return a[2]; }\nint a[10];\n"],
    ["a prototype refined after a call", "int g();\nint f(void) { return g(1, 2); }\nint g(int a, int b) { return a + b; }\n"],
    ["a tentative array without size", "int t[];\nint f(void) { return t[0]; }\n"],
    ["static locals and strings in several functions", 'int f(void) { static int n = 3; char *s = "x"; return n + s[0]; }\nchar *g(void) { static char b[4] = "ab"; return b; }\nchar *p = "x";\n'],
    ["an internal static function never defined", "static int h(void);\nint f(void) { return h(); }\n"],
    ["an expression deeper than the registers (spilled)", `int f(int a) { return ${Array.from({ length: 20 }, () => "(a + ").join("")}a${")".repeat(20)}; }\n`],
  ])("with %s", (_what, source) => {
    expectSame("unit.c", source);
  });
});

/** serializeObjectPieces's output as UTF-8 bytes (byte pieces copied: their buffer is reused). */
function pieceBytes(obj: ObjectModule): Buffer {
  const parts: Buffer[] = [];
  serializeObjectPieces(obj, (p) => parts.push(typeof p === "string" ? Buffer.from(p, "utf8") : Buffer.from(p)));
  return Buffer.concat(parts);
}

describe("serializeObjectPieces", () => {
  it("gives the UTF-8 bytes of serializeObject, which the reader accepts", () => {
    const src = 'int g = 5; char *s = "h\\xe9llo"; int main(void) { return g + s[0]; }\n';
    const diags = new Diagnostics();
    const pp = preprocess("naïve ☃.c", src, { includeDirs: [], systemIncludeDir: libcIncludeDir(), defines: new Map(), readFile: () => null }, diags);
    const map = new SourceMap(pp);
    diags.map = map;
    const obj = compileUnit(pp.text, "naïve ☃.c", diags, map);
    expect(diags.format()).toBe("");
    if (obj === null) throw new Error("no object");
    const text = serializeObject(obj);
    const bytes = pieceBytes(obj);
    expect(bytes.equals(Buffer.from(text, "utf8"))).toBe(true);
    expect(serializeObject(parseObject(bytes.toString("utf8"), "x.o"))).toBe(text);
    // odd-length sections, a text longer than one 32 KB chunk of the reused buffer, and
    // tables longer than one JSON piece (512 elements)
    const big = new Uint8Array(100_003).map((_, i) => (i * 37) & 255);
    const lines = Array.from({ length: 1300 }, (_, i) => ({ offset: 8 * i, file: i % 2 ? "a.c" : "é.c", line: i }));
    const odd: ObjectModule = { ...obj, text: big, rodata: new Uint8Array([0, 255, 16]), data: new Uint8Array([7]), lines, symbols: [], relocations: [] };
    expect(pieceBytes(odd).toString("utf8")).toBe(serializeObject(odd));
  });
});
