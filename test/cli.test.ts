/**
 * The `minic` command as a user runs it (the compiled dist/cli/minic.js, built by
 * `npm test` before vitest starts): the README's examples, the CLI contract of exit
 * statuses and messages, object files and the dump.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const cli = join(root, "dist", "cli", "minic.js");
let work = "";

function minic(args: string[], input?: string): { stdout: string; stderr: string; status: number } {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: work, input: input ?? "", encoding: "utf8" });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status ?? -1 };
}

function write(name: string, text: string): string {
  const p = join(work, name);
  writeFileSync(p, text);
  return p;
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "minic-cli-"));
});

describe("minic run", () => {
  it("runs hello.c", () => {
    const r = minic(["run", join(root, "examples/hello.c")]);
    expect(r).toEqual({ stdout: "hello, world\n", stderr: "", status: 0 });
  });

  it("runs small-objects.c: 40-byte nodes in 48-byte blocks, or in slab slots with --alloc segregated", () => {
    const ex = join(root, "examples/small-objects.c");
    const nodes = "5000 nodes of 40 bytes: 200000 bytes of payload\n";
    expect(minic(["run", ex])).toEqual({ stdout: nodes + "heap: 241664 bytes, 82.7% of it payload\n", stderr: "", status: 0 });
    expect(minic(["run", ex, "--alloc", "segregated"])).toEqual({ stdout: nodes + "heap: 208896 bytes, 95.7% of it payload\n", stderr: "", status: 0 });
  });

  it("passes stdin, arguments and the exit status through", () => {
    const p = write(
      "echo.c",
      `#include <stdio.h>
int main(int argc, char **argv) {
    int c, n = 0;
    while ((c = getchar()) != EOF) { putchar(c); n++; }
    printf("%d %s %s\\n", argc, argv[1], argv[2]);
    return n;
}
`,
    );
    const r = minic(["run", p, "--", "one", "two"], "abc\n");
    expect(r).toEqual({ stdout: "abc\n3 one two\n", stderr: "", status: 4 });
  });

  it("takes -D and -I in gcc's one-word spelling as well as in two words", () => {
    mkdirSync(join(work, "inc"), { recursive: true });
    write("inc/size.h", "");
    const p = write("defs.c", `#include <stdio.h>\n#include "size.h"\nint main(void) { printf("%d %d\\n", N, M); return 0; }\n`);
    expect(minic(["run", "-DN=42", "-D", "M=7", `-I${join(work, "inc")}`, p])).toEqual({ stdout: "42 7\n", stderr: "", status: 0 });
    expect(minic(["run", "-D", "N=1", "-DM", "-I", join(work, "inc"), p])).toEqual({ stdout: "1 1\n", stderr: "", status: 0 });
  });

  it("reports a compile error at file:line:col with a caret and exits 1", () => {
    const p = write("err.c", "int main(void) {\n    int x = 1;\n    return x + y;\n}\n");
    const r = minic(["run", p]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(`${p}:3:16: error: use of undeclared identifier 'y'\n    3 |     return x + y;\n      |                ^\n`);
  });

  it("reports an undefined function like ld and exits 1", () => {
    const p = write("undef.c", "int helper(int x);\nint main(void) {\n    return helper(3);\n}\n");
    const r = minic(["run", p]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`minic ld: ${p}: in function 'main':\n${p}:3: undefined reference to 'helper'\n`);
  });

  it("reports a NULL dereference with the C line, a backtrace and status 139", () => {
    const p = write(
      "null.c",
      `#include <stdio.h>
struct node { int value; struct node *next; };
int sum(struct node *n) {
    int s = 0;
    while (1) {
        s += n->value;
        n = n->next;
    }
    return s;
}
int main(void) {
    struct node b = { 2, 0 };
    struct node a = { 1, &b };
    printf("sum: %d\\n", sum(&a));
    return 0;
}
`,
    );
    const r = minic(["run", p]);
    expect(r.status).toBe(139);
    const lines = r.stderr.split("\n");
    expect(lines[0]).toBe(`Segmentation fault: read of 4 bytes at 0x00000000 (NULL page) in sum at ${p}:6`);
    expect(lines[1]).toMatch(new RegExp(`^  #0 0x[0-9a-f]{8} in sum at ${p}:6$`));
    expect(lines[2]).toMatch(new RegExp(`^  #1 0x[0-9a-f]{8} in main at ${p}:14$`));
  });

  it("faults on a write into a string literal (rodata)", () => {
    const p = write("ro.c", 'int main(void) {\n    char *s = "hello";\n    s[0] = \'j\';\n    return 0;\n}\n');
    const r = minic(["run", p]);
    expect(r.status).toBe(139);
    expect(r.stderr.split("\n")[0]).toMatch(/^Segmentation fault: write of 1 byte at 0x[0-9a-f]{8} \(rodata, read-only\) in main at .*ro\.c:3$/);
  });

  it("stops a runaway program at --max-steps", () => {
    const p = write("loop.c", "int main(void) {\n    for (;;) {}\n}\n");
    const r = minic(["run", p, "--max-steps", "1000"]);
    expect(r.status).toBe(137);
    expect(r.stderr.split("\n")[0]).toMatch(/^Step limit reached: 1000 instructions executed \(--max-steps\) in main at .*loop\.c:2$/);
  });

  it("rejects bad flags and missing files with a clear message", () => {
    expect(minic(["run", "--memory", "lots", "x.c"])).toEqual({
      stdout: "",
      stderr: "minic: invalid size for --memory: 'lots' (use e.g. 16M, 512K or a byte count)\nTry 'minic --help' for more information.\n",
      status: 2,
    });
    expect(minic(["run", "nosuch.c"])).toEqual({ stdout: "", stderr: "minic: error: nosuch.c: no such file or directory\n", status: 1 });
    expect(minic(["frobnicate"]).status).toBe(2);
  });

  it("rejects an option given twice or without its value (exit 2), and a core it cannot write (exit 1)", () => {
    const p = write("quiet.c", "int main(void) { return 0; }\n");
    const usage = (msg: string) => ({ stdout: "", stderr: `minic: ${msg}\nTry 'minic --help' for more information.\n`, status: 2 });
    expect(minic(["run", p, "--core", "a.core", "--core", "b.core"])).toEqual(usage("option --core given more than once"));
    expect(minic(["cc", "-c", p, "-o", "a.o", "-o", "b.o"])).toEqual(usage("option -o given more than once"));
    expect(minic(["heap-bench", "--alloc", "first-fit", "--alloc", "best-fit", "x.rep"])).toEqual(usage("option --alloc given more than once"));
    expect(minic(["run", p, "-I"])).toEqual(usage("option -I needs a value"));
    expect(minic(["run", p, "--max-steps"])).toEqual(usage("option --max-steps needs a value"));
    expect(minic(["run", p, "--max-steps", "1e3"])).toEqual(usage("invalid --max-steps '1e3'"));
    expect(minic(["run", p, "--dump-json"])).toEqual(usage("option --dump-json needs a value"));
    expect(minic(["run", p, "--trace-heap", ""])).toEqual(usage("option --trace-heap needs a value"));
    expect(minic(["run", p, "-I", "inc", "-D", "X=1", "-I", "more"]).status).toBe(0);
    const r = minic(["run", p, "--core", join(work, "no-such-dir", "x.core")]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^minic: error: cannot write core file .*x\.core: ENOENT/);
  });

  it("refuses a directory or an endless device as an input or an #include, instead of reading forever", () => {
    expect(minic(["run", work])).toEqual({ stdout: "", stderr: `minic: error: ${work}: is a directory\n`, status: 1 });
    const limit = "file too large (inputs are limited to 256 MiB)";
    expect(minic(["nm", "/dev/zero"])).toEqual({ stdout: "", stderr: `minic: error: /dev/zero: ${limit}\n`, status: 1 });
    expect(minic(["heap-bench", "/dev/zero"]).stderr).toBe(`minic heap-bench: error: /dev/zero: ${limit}\n`);
    const p = write("incdir.c", `#include "${work}"\nint main(void) { return 0; }\n`);
    const r = minic(["run", p]);
    expect(r.status).toBe(1);
    expect(r.stderr.split("\n")[0]).toBe(`${p}:1:10: error: '${work}': is a directory`);
  });

  it("prints its version", () => {
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
    expect(minic(["--version"])).toEqual({ stdout: `minic ${pkg.version}\n`, stderr: "", status: 0 });
  });

  it("rejects a malformed object file without a stack trace", () => {
    write("bad.o", '{"magic":"minic-object","version":1,"name":"x","text":"zz"}');
    const r = minic(["run", "bad.o"]);
    expect(r).toEqual({ stdout: "", stderr: "minic: error: bad.o: malformed file: text is not hex bytes\n", status: 1 });
    write("junk.o", "\u0000\u0001ELF junk");
    expect(minic(["run", "junk.o"]).stderr).toBe("minic: error: junk.o: file format not recognized (expected a .c file, a minic object or a minic executable)\n");
  });
});

describe("the installed command (the bundle, dist/minic.cjs)", () => {
  const bundled = (args: string[]): { stdout: string; stderr: string; status: number } => {
    const r = spawnSync(process.execPath, [join(root, "dist", "minic.cjs"), ...args], { cwd: work, input: "", encoding: "utf8" });
    return { stdout: r.stdout, stderr: r.stderr, status: r.status ?? -1 };
  };

  it("runs programs and reports errors exactly as the module build does", () => {
    // a short run, a run long enough for the JIT (and the launcher's V8 tuning), a parse
    // error worded from chevrotain's grammar (which the bundle's parser records only then)
    const loop = write("loop.c", "#include <stdio.h>\nint main(void) {\n    long s = 0;\n    for (int i = 0; i < 300000; i++) s += i % 7;\n    printf(\"%ld\\n\", s);\n    return 0;\n}\n");
    const bad = write("bad.c", "int f(void) { return (1 + ; }\nint main(void) { return f(); }\n");
    for (const args of [["run", join(root, "examples/hello.c")], ["run", loop], ["run", bad], ["cc", "-c", bad]]) {
      const want = minic(args);
      expect(bundled(args)).toEqual(want);
    }
    expect(minic(["run", loop]).stdout).toBe("899997\n");
    expect(minic(["run", bad])).toEqual({ stdout: "", stderr: expect.stringContaining("bad.c:1:27: error: expected expression"), status: 1 });
  });
});

describe("separate compilation: cc -c, nm, ld, objdump", () => {
  it("links the two-file example and runs the executable", () => {
    const ex = join(root, "examples/linking");
    expect(minic(["cc", "-c", join(ex, "main.c"), join(ex, "greet.c")]).status).toBe(0);
    const nm = minic(["nm", "main.o"]);
    expect(nm.stdout).toBe("         U greet\n         U greetings\n00000000 T main\n         U printf\n");
    expect(minic(["nm", "greet.o"]).stdout).toBe("00000000 T greet\n00000000 B greetings\n         U printf\n00000000 d salute\n");
    expect(minic(["ld", "main.o", "greet.o", "-o", "greet-prog"])).toEqual({ stdout: "", stderr: "", status: 0 });
    expect(minic(["run", "greet-prog"])).toEqual({ stdout: "Hello, world!\nHello, linker!\n2 greetings\n", stderr: "", status: 0 });
    const od = minic(["objdump", "main.o"]).stdout;
    expect(od).toContain("Disassembly of section .text:");
    expect(od).toMatch(/\.text\s+[0-9a-f]{8} pc32\s+greet-4/);
  });

  it("reports a multiple definition naming both objects", () => {
    write("a.c", "int x = 1;\nint main(void) { return x; }\n");
    write("b.c", "int x = 2;\n");
    expect(minic(["cc", "-c", "a.c", "b.c"]).status).toBe(0);
    expect(minic(["ld", "a.o", "b.o"])).toEqual({ stdout: "", stderr: "minic ld: b.c: multiple definition of 'x'; a.c: first defined here\n", status: 1 });
  });

  it("uses the program's own malloc instead of libc's", () => {
    const p = write(
      "mymalloc.c",
      `#include <stdio.h>
#include <stddef.h>
static char pool[64];
void *malloc(size_t n) { (void)n; return pool; }
int main(void) {
    char *p = malloc(10);
    printf("%d\\n", p == pool);
    return 0;
}
`,
    );
    const r = minic(["run", p, "--dump-json", "mm.json"]);
    expect(r).toEqual({ stdout: "1\n", stderr: "", status: 0 });
    const d = JSON.parse(readFileSync(join(work, "mm.json"), "utf8"));
    expect(d.heap.policy).toBe("none");
    expect(d.events).toEqual([]);
  });

  it("prints the preprocessed text with -E", () => {
    const p = write("pp.c", "#define TWICE(x) ((x) + (x))\nint y = TWICE(3);\n");
    const r = minic(["cc", "-E", p]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("int y = ((3) + (3));");
  });
});

interface Dump {
  exit: { status: number; reason: string };
  segments: { name: string; start: number; end: number; perm: string }[];
  brk: { start: number; end: number };
  heap: { policy: string; blocks: { header: number; size: number; payload: number; free: boolean }[] };
  events: { op: string; size?: number; ptr?: number; result?: number; from?: number; to?: number }[];
}

describe("the walkthrough's dump", () => {
  let d: Dump;
  let text = "";
  beforeAll(() => {
    const r = minic(["run", join(root, "examples/malloc-walkthrough.c"), "--dump-json", "walk.json", "--dump"]);
    expect(r.status).toBe(0);
    text = r.stderr;
    d = JSON.parse(readFileSync(join(work, "walk.json"), "utf8")) as Dump;
  });

  it("records the segments in address order", () => {
    expect(d.segments.map((s) => s.name)).toEqual(["text", "rodata", "data", "bss", "heap", "stack"]);
    const s = Object.fromEntries(d.segments.map((x) => [x.name, x]));
    expect(s.text!.start).toBeLessThan(s.rodata!.start);
    expect(s.rodata!.start).toBeLessThan(s.data!.start);
    expect(s.data!.start).toBeLessThanOrEqual(s.bss!.start);
    expect(s.bss!.end).toBeLessThanOrEqual(s.heap!.start);
    expect(s.heap!.end).toBeLessThan(s.stack!.start);
    expect(s.text!.perm).toBe("r-x");
    expect(s.rodata!.perm).toBe("r--");
    expect(d.brk.start).toBe(s.heap!.start);
    expect(d.brk.end - d.brk.start).toBe(8192);
  });

  it("shows B's hole between A and C, and D above C", () => {
    const mallocs = d.events.filter((e) => e.op === "malloc");
    const [a, b, c, dd] = mallocs.map((e) => e.result!);
    const block = (p: number) => d.heap.blocks.find((x) => x.payload === p)!;
    expect(block(a!).free).toBe(false);
    expect(block(b!).free).toBe(true);
    expect(block(b!).size).toBe(1008);
    expect(block(c!).free).toBe(false);
    expect(a!).toBeLessThan(b!);
    expect(b!).toBeLessThan(c!);
    expect(dd!).toBeGreaterThan(c!);
    expect(block(dd!).free).toBe(false);
  });

  it("records a brk that grew the heap between free(B) and malloc(D)", () => {
    const ops = d.events.map((e) => e.op);
    expect(ops).toEqual(["brk", "malloc", "malloc", "malloc", "free", "brk", "malloc"]);
    const grow = d.events[5]!;
    expect(grow.result!).toBeGreaterThan(grow.from!);
    expect(grow.result! - grow.from!).toBe(4096);
  });

  it("prints the same story as text", () => {
    expect(text).toContain("Segments (address order):");
    expect(text).toMatch(/0x[0-9a-f]{8}\s+1008\s+0x[0-9a-f]{8}\s+FREE/);
    expect(text).toMatch(/brk\(0x[0-9a-f]{8}\) = 0x[0-9a-f]{8}  heap grew by 4096 bytes  at .*malloc-walkthrough\.c:36 \(main\)/);
  });
});
