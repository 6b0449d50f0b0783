/**
 * @fileoverview Every kind of fault, end to end from a C program through buildAndRun: the
 * exit status a shell would see, the report's first line (what, where, why, naming the C
 * line) and the backtrace under it. Nothing here may surface as a host exception.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildAndRun, type RunOptions, type RunResult } from "../../cli/driver.js";

let dir = "";

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "minic-faults-"));
});

/** Writes `name` and runs it; returns the result and the path (reports name it). */
function run(name: string, source: string, opts: RunOptions = {}): RunResult & { p: string; lines: string[] } {
  const p = join(dir, name);
  writeFileSync(p, source);
  const r = buildAndRun([p], opts);
  return { ...r, p, lines: r.stderr.split("\n") };
}

describe("segmentation faults (status 139)", () => {
  it("NULL dereference: names the NULL page, the function and the line", () => {
    const r = run("null.c", "struct node { int value; struct node *next; };\nint first(struct node *n) {\n    return n->value;\n}\nint main(void) {\n    return first(0);\n}\n");
    expect(r.status).toBe(139);
    expect(r.exit?.fault?.kind).toBe("segv");
    expect(r.lines[0]).toBe(`Segmentation fault: read of 4 bytes at 0x00000000 (NULL page) in first at ${r.p}:3`);
    expect(r.lines[1]).toMatch(new RegExp(`^  #0 0x[0-9a-f]{8} in first at ${r.p}:3$`));
    expect(r.lines[2]).toMatch(new RegExp(`^  #1 0x[0-9a-f]{8} in main at ${r.p}:6$`));
    expect(r.lines[3]).toBe("");
  });

  it("write into text: names the segment and says it is read-only", () => {
    const r = run("text.c", "int main(void) {\n    int *p = (int *)main;\n    *p = 1;\n    return 0;\n}\n");
    expect(r.status).toBe(139);
    expect(r.lines[0]).toMatch(new RegExp(`^Segmentation fault: write of 4 bytes at 0x000100[0-9a-f]{2} \\(text, read-only\\) in main at ${r.p}:3$`));
  });

  it("write into a string literal: rodata, read-only", () => {
    const r = run("rodata.c", 'int main(void) {\n    char *s = "hello";\n    s[0] = \'j\';\n    return 0;\n}\n');
    expect(r.status).toBe(139);
    expect(r.lines[0]).toMatch(new RegExp(`^Segmentation fault: write of 1 byte at 0x000[0-9a-f]{5} \\(rodata, read-only\\) in main at ${r.p}:3$`));
  });

  it("past the end of the heap: above the program break, between heap and stack", () => {
    const r = run("gap.c", "#include <stdlib.h>\nint main(void) {\n    char *p = malloc(16);\n    p[8000] = 1;\n    return 0;\n}\n");
    expect(r.status).toBe(139);
    const brk = r.machine!.mem.brk;
    const addr = r.exit!.fault!.addr;
    expect(addr).toBeGreaterThanOrEqual(brk);
    expect(r.lines[0]).toBe(
      `Segmentation fault: write of 1 byte at 0x${addr.toString(16).padStart(8, "0")} (above the program break, between heap and stack) in main at ${r.p}:4`,
    );
  });

  it("strncpy with a count of (size_t)-1: pads with NULs to the end of bss and faults there, as under gcc", () => {
    // it used to ask the host for a 4 GB buffer first (an internal error)
    const r = run("strncpy.c", "#include <string.h>\nchar dst[8];\nint main(void) {\n    strncpy(dst, \"ab\", (size_t)-1);\n    return 0;\n}\n");
    expect(r.status).toBe(139);
    expect(r.lines[0]).toMatch(/^Segmentation fault: write of 1 byte at 0x[0-9a-f]{8} \(above the program break, between heap and stack\) in strncpy \(libc\), called from main at .*strncpy\.c:4$/);
    expect(r.machine!.mem.u8[r.machine!.exe.symbols.find((s) => s.name === "dst")!.addr]).toBe(0x61);
  });

  it("just below the stack: the guard page", () => {
    const r = run("guard.c", "int main(void) {\n    char *p = (char *)0x00eff800;\n    return *p;\n}\n");
    expect(r.status).toBe(139);
    expect(r.lines[0]).toBe(`Segmentation fault: read of 1 byte at 0x00eff800 (stack guard page) in main at ${r.p}:3`);
  });

  it("a wild pointer far into the gap", () => {
    const r = run("wild.c", "int main(void) {\n    int *p = (int *)0x00800000;\n    *p = 1;\n    return 0;\n}\n");
    expect(r.lines[0]).toBe(`Segmentation fault: write of 4 bytes at 0x00800000 (above the program break, between heap and stack) in main at ${r.p}:3`);
  });
});

describe("stack overflow (status 139)", () => {
  it("says Stack overflow, how deep, and which function recursed", () => {
    const src = "int depth(int n) {\n    int buf[16];\n    buf[0] = n;\n    return depth(n + 1) + buf[0];\n}\nint main(void) {\n    return depth(0);\n}\n";
    const r = run("rec.c", src, { stack: 64 * 1024 });
    expect(r.status).toBe(139);
    expect(r.exit?.fault?.kind).toBe("stack-overflow");
    const m = new RegExp(`^Stack overflow: stack pointer 0x[0-9a-f]{8} passed the stack limit 0x00ff0000 after (\\d+) frames in depth at ${r.p}:1$`).exec(r.lines[0]!);
    expect(m).not.toBeNull();
    const frames = Number(m![1]);
    // 64 KiB / (16 ints + fp + return address + argument = 76 bytes) is about 860 frames.
    expect(frames).toBeGreaterThan(800);
    expect(frames).toBeLessThan(900);
    expect(r.lines[2]).toMatch(new RegExp(`^  #1 0x[0-9a-f]{8} in depth at ${r.p}:4$`));
    expect(r.lines[65]).toBe(`  ... (${frames - 64} more frames)`);
  });
});

describe("bad jumps (status 139)", () => {
  it("calling a pointer into data", () => {
    const r = run("jump.c", "int main(void) {\n    void (*f)(void) = (void (*)(void))0x12345;\n    f();\n    return 0;\n}\n");
    expect(r.status).toBe(139);
    expect(r.lines[0]).toBe(`Illegal jump: pc 0x00012345 is not an instruction in text (called from main at ${r.p}:3)`);
  });

  it("returning through a smashed return address", () => {
    const r = run("smash.c", "void clobber(void) {\n    int a[1];\n    a[2] = 0x12345;\n}\nint main(void) {\n    clobber();\n    return 0;\n}\n");
    expect(r.status).toBe(139);
    expect(r.lines.slice(0, 3)).toEqual([
      `Illegal jump: pc 0x00012345 is not an instruction in text (returning from clobber at ${r.p}:4)`,
      expect.stringMatching(new RegExp(`^  #0 0x[0-9a-f]{8} in clobber at ${r.p}:4$`)),
      "  #1 0x00012345 in ??",
    ]);
  });
});

describe("other ways to stop", () => {
  it("division by zero: status 136 and the line", () => {
    const r = run("div.c", "int divide(int a, int b) {\n    return a / b;\n}\nint main(void) {\n    return divide(1, 0);\n}\n");
    expect(r.status).toBe(136);
    expect(r.lines[0]).toBe(`Floating point exception: division by zero in divide at ${r.p}:2`);
    expect(r.lines[2]).toMatch(new RegExp(`^  #1 0x[0-9a-f]{8} in main at ${r.p}:5$`));
  });

  it("--max-steps: its own message and status 137", () => {
    const r = run("loop.c", "int main(void) {\n    for (;;) {}\n}\n", { maxSteps: 1000 });
    expect(r.status).toBe(137);
    expect(r.lines[0]).toBe(`Step limit reached: 1000 instructions executed (--max-steps) in main at ${r.p}:2`);
  });

  it("a double free: Aborted, status 134, from free (libc) called in main", () => {
    const r = run("dfree.c", "#include <stdlib.h>\nint main(void) {\n    char *p = malloc(10);\n    free(p);\n    free(p);\n    return 0;\n}\n");
    expect(r.status).toBe(134);
    expect(r.lines[0]).toMatch(/^Aborted: free\(\): double free detected \(0x[0-9a-f]{8}\)$/);
    expect(r.lines[1]).toMatch(/^  #0 0x[0-9a-f]{8} in free \(libc\)$/);
    expect(r.lines[2]).toMatch(new RegExp(`^  #1 0x[0-9a-f]{8} in main at ${r.p}:5$`));
  });
});
