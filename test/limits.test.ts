/**
 * Big and deep inputs: each ends in a result or in a clear error at the right place,
 * never in a host crash (a JavaScript stack overflow, an out-of-memory, an "internal error").
 * The sizes are the smallest that broke an earlier build.
 */
import { describe, expect, it } from "vitest";
import { compileC } from "../cli/driver.js";
import { formatObjdump } from "../cli/objtools.js";

describe("big programs", () => {
  it("objdump lists 20,000 functions (more lines than a call's arguments can hold)", () => {
    const src = Array.from({ length: 20000 }, (_, i) => `int f${i}(int x) { return x + ${i}; }\n`).join("");
    const r = compileC("many.c", src);
    expect(r.messages).toBe("");
    const text = formatObjdump({ kind: "object", object: r.object! }, "many.o");
    expect(text).toContain("<f19999>:");
    expect(text.split("\n").length).toBeGreaterThan(150000);
  });

  it("compiles a switch of 150,000 cases", () => {
    const cases = Array.from({ length: 150000 }, (_, i) => `case ${i}: return ${i % 7};\n`).join("");
    const r = compileC("switch.c", `int f(int x) { switch (x) {\n${cases}} return 9; }\n`);
    expect(r.messages).toBe("");
    expect(r.object).not.toBeNull();
  });
});

describe("deep programs", () => {
  const deepType = "type nests more than 256 levels of pointers, arrays and functions";

  it("rejects a pointer of 10,000 stars at the 257th", () => {
    const r = compileC("stars.c", `int ${"*".repeat(10000)}p;\n`);
    expect(r.object).toBeNull();
    expect(r.messages.split("\n")[0]).toBe(`stars.c:1:261: error: ${deepType}`);
  });

  it("rejects a chain of 20,000 typedefs, each a pointer to the last, every 257 links", () => {
    const src = "typedef int t0;\n" + Array.from({ length: 19999 }, (_, i) => `typedef t${i} *t${i + 1};\n`).join("") + "t19999 v;\n";
    const r = compileC("chain.c", src);
    expect(r.object).toBeNull();
    const errors = r.messages.split("\n").filter((l) => l.includes(": error: "));
    expect(errors[0]).toBe(`chain.c:258:14: error: ${deepType}`);
    expect(errors[1]).toBe(`chain.c:515:14: error: ${deepType}`); // t257 became an int: 257 more links
  });
});

describe("deep macros", () => {
  const chain = (n: number) => "#define m0 1\n" + Array.from({ length: n - 1 }, (_, i) => `#define m${i + 1} m${i}\n`).join("") + `int v = m${n - 1};\n`;

  it("expands a chain of 1,024 macros, each naming the next", () => {
    expect(compileC("chain.c", chain(1024)).messages).toBe("");
  });

  it("stops a chain of 20,000 at 1,024 with an error (it took minutes and gigabytes)", () => {
    const r = compileC("chain.c", chain(20000));
    expect(r.object).toBeNull();
    expect(r.messages.split("\n")[0]).toBe("chain.c:20001:9: error: macro expansion nested too deeply (more than 1024 macros inside one another)");
  });
});

describe("many diagnostics", () => {
  it("quotes a 66,000-character line 6,000 times as a window around each column", () => {
    const src = "int main(void) { " + Array.from({ length: 6000 }, (_, i) => `int u${i}; `).join("") + "return 0; }\n";
    const r = compileC("wide.c", src);
    expect(r.object).not.toBeNull();
    const lines = r.messages.split("\n");
    expect(lines.length).toBe(6000 * 3 + 1);
    expect(lines[0]).toBe("wide.c:1:22: warning: unused variable 'u0'");
    expect(lines[1]).toBe(`    1 | ${src.slice(0, 240)}...`);
    const last = lines[6000 * 3 - 3]!;
    expect(last).toMatch(/^wide\.c:1:\d+: warning: unused variable 'u5999'$/);
    const col = Number(last.split(":")[2]);
    const [quoted, caret] = [lines[6000 * 3 - 2]!, lines[6000 * 3 - 1]!];
    expect(quoted.slice(caret.indexOf("^"), caret.indexOf("^") + 5)).toBe(src.slice(col - 1, col + 4));
  });
});
