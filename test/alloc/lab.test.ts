/**
 * @fileoverview The allocator lab through the pipeline (driver API, in process): --alloc
 * links the chosen malloc.o and the heap walk names its policy, --heap-check catches a
 * heap overflow at the next allocator call, heap aborts name the C line, traces recorded
 * from the event log, heap-bench replays, and programs with their own allocator.
 */

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { BuildError, buildAndRun, buildExecutable, captureIO, createMachine } from "../../cli/driver.js";
import { DEFAULT_BENCH_MEMORY, formatBench, heapBench, replay, type BenchResult } from "../../cli/heap-bench.js";
import { TraceError, formatTrace, livePeak, parseTrace, traceFromEvents } from "../../cli/trace.js";
import { ALLOC_POLICIES } from "../../libc/alloc/common.js";
import { walkHeapFromSymbols } from "../../libc/heap-walk.js";
import type { Machine } from "../../vm/machine.js";
import { Memory } from "../../vm/memory.js";

const root = path.join(path.dirname(new URL(import.meta.url).pathname), "..", "..");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "minic-alloc-lab-"));
function program(name: string, text: string): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, text);
  return p;
}
const heapOf = (m: Machine) => walkHeapFromSymbols(m.mem, (n) => m.symbol(n));

const walkthrough = path.join(root, "examples", "malloc-walkthrough.c");

describe("--alloc", () => {
  test.each(ALLOC_POLICIES.map((p) => [p]))("%s: the walkthrough runs and the walker decodes the layout", (policy) => {
    const r = buildAndRun([walkthrough], { alloc: policy });
    expect(r.status).toBe(0);
    const w = heapOf(r.machine!)!;
    expect(w.policy).toBe(policy);
    expect(w.error).toBeNull();
    // A, B's hole, C, D, the rest of the top page: the same story in every policy.
    expect(w.blocks.map((b) => b.free)).toEqual([false, true, false, false, true]);
    expect(w.blocks.map((b) => b.size)).toEqual(policy === "segregated" ? [1008, 1008, 1504, 1208, 3456] : [1008, 1008, 1512, 1208, 3448]);
  });

  test("the default is first-fit, and its state words are unchanged (the policy word is bss)", () => {
    const r = buildAndRun([walkthrough]);
    const m = r.machine!;
    expect(heapOf(m)!.policy).toBe("first-fit");
    const mod = (n: string) => m.exe.symbols.find((s) => s.name === n);
    expect(mod("__malloc_policy")).toMatchObject({ section: "bss", module: "libc.a(malloc.o)" });
    expect(mod("__malloc_heap_start")!.addr + 8).toBe(mod("__malloc_free_list")!.addr);
  });

  test("an executable keeps the policy it was linked with; --alloc cannot change it", () => {
    const exe = buildExecutable([walkthrough], { alloc: "segregated" }, () => {});
    const io = captureIO("");
    const m = createMachine(exe, "walk", {}, io);
    m.run();
    expect(heapOf(m)!.policy).toBe("segregated");
    expect(() => createMachine(exe, "walk", { alloc: "best-fit" }, io)).toThrow(
      new BuildError("minic: error: walk was linked with the segregated allocator; --alloc applies when linking (relink its objects with --alloc best-fit)"),
    );
  });
});

describe("heap integrity in C", () => {
  const overflow = program(
    "overflow.c",
    `#include <stdlib.h>
#include <string.h>
int main(void) {
    char *a = malloc(8);
    char *b = malloc(8);
    strcpy(a, "0123456789AB");
    char *c = malloc(8);
    return b != 0 && c != 0 ? 0 : 1;
}
`,
  );

  test("without --heap-check the overflow goes unnoticed", () => {
    expect(buildAndRun([overflow]).status).toBe(0);
  });

  test("--heap-check aborts at the next allocator call, naming the damage and the line", () => {
    const r = buildAndRun([overflow], { heapCheck: true });
    expect(r.status).toBe(134);
    const lines = r.stderr.split("\n");
    expect(lines[0]).toMatch(/^Aborted: --heap-check: heap damaged before malloc\(\) was called: footer of the block at 0x[0-9a-f]{8} \(0x42413938\) does not match its header 0x00000011$/);
    expect(r.stderr).toContain(`in main at ${overflow}:7`);
  });

  test.each(ALLOC_POLICIES.map((p) => [p]))("%s: an invalid free aborts with glibc's message and the C line", (policy) => {
    const src = program("badfree.c", "#include <stdlib.h>\nint main(void) {\n    char *p = malloc(10);\n    free(p + 2);\n    return 0;\n}\n");
    const r = buildAndRun([src], { alloc: policy });
    expect(r.status).toBe(134);
    expect(r.stderr.split("\n")[0]).toMatch(/^Aborted: free\(\): invalid pointer 0x[0-9a-f]{8}$/);
    expect(r.stderr).toContain(`in main at ${src}:4`);
  });

  test("a double free", () => {
    const src = program("double.c", "#include <stdlib.h>\nint main(void) {\n    char *p = malloc(10);\n    malloc(10);\n    free(p);\n    free(p);\n    return 0;\n}\n");
    const r = buildAndRun([src], { alloc: "segregated" });
    expect(r.stderr.split("\n")[0]).toMatch(/^Aborted: free\(\): double free detected \(0x[0-9a-f]{8}\)$/);
    expect(r.stderr).toContain(`in main at ${src}:6`);
  });
});

describe("--trace-heap", () => {
  test("every allocator call becomes a malloc-lab operation", () => {
    const src = program(
      "calls.c",
      `#include <stdlib.h>
#include <string.h>
int main(void) {
    char *a = malloc(10);
    int *b = calloc(4, 6);
    char *s = strdup("hello");
    char *c = realloc(0, 30);
    a = realloc(a, 100);
    free(0);
    free(b);
    realloc(s, 0);
    c = realloc(c, 5000);
    free(a);
    free(c);
    return 0;
}
`,
    );
    const r = buildAndRun([src]);
    expect(r.status).toBe(0);
    expect(formatTrace(traceFromEvents(r.machine!.events))).toBe(
      ["8192", "4", "10", "1", "a 0 10", "a 1 24", "a 2 6", "a 3 30", "r 0 100", "f 1", "f 2", "r 3 5000", "f 0", "f 3", ""].join("\n"),
    );
  });

  test("parseTrace reads what formatTrace writes and names bad lines", () => {
    const text = "100\n2\n4\n1\na 0 10\nr 0 20\na 1 5\nf 0\n";
    const t = parseTrace(text, "t.rep");
    expect(formatTrace(t)).toBe(text);
    expect(livePeak(t)).toEqual({ peak: 25, at: 2 });
    const bad = (s: string) => () => parseTrace(s, "t.rep");
    expect(bad("100\n2\n")).toThrow(new TraceError("t.rep:2: the trace ends inside its 4-line header (heap size, ids, operations, weight)"));
    expect(bad("1\n1\n1\n1\nx 0 1\n")).toThrow(new TraceError("t.rep:5: expected 'a ID SIZE', 'r ID SIZE' or 'f ID', found 'x 0 1'"));
    expect(bad("1\n1\n1\n1\nf 0\n")).toThrow(new TraceError("t.rep:5: f 0: block 0 is not allocated"));
    expect(bad("1\n1\n2\n1\na 0 1\na 0 1\n")).toThrow(new TraceError("t.rep:6: a 0: block 0 is already allocated"));
    expect(bad("1\n1\n1\n1\na 1 1\n")).toThrow(new TraceError("t.rep:5: block id '1' is not below the header's id count 1"));
    expect(bad("1\n1\n2\n1\na 0 1\n")).toThrow(new TraceError("t.rep:3: the header announces 2 operations, the trace has 1 lines after it"));
    // header counts are checked before anything is sized by them (4294967295 ids made a 4 GB array)
    expect(bad("0\n4294967295\n1\n1\na 0 1\n")).toThrow(new TraceError("t.rep:2: the header's id count 4294967295 is more than its operation count 1"));
    expect(bad("0\n\n1\n4294967295\n1\na 0 1\n")).toThrow(new TraceError("t.rep:4: the header announces 4294967295 operations, the trace has 1 lines after it"));
    expect(bad(`1\n1\n1\n1\n${"x".repeat(1000000)}\n`)).toThrow(new TraceError(`t.rep:5: expected 'a ID SIZE', 'r ID SIZE' or 'f ID', found '${"x".repeat(60)}...'`));
  });
});

describe("heap-bench", () => {
  // 100 blocks of 1000 bytes, every other one freed, then 50 of 1200 bytes: no hole fits,
  // so 40 pages in all; 50 holes (one of 1016 bytes: a split would have left 8) and the
  // 2624 bytes left at the top are free at the end, where the live payload peaks.
  const lines: string[] = [];
  for (let i = 0; i < 100; i++) lines.push(`a ${i} 1000`);
  for (let i = 0; i < 100; i += 2) lines.push(`f ${i}`);
  for (let i = 100; i < 150; i++) lines.push(`a ${i} 1200`);
  const trace = parseTrace(["0", "150", String(lines.length), "1", ...lines].join("\n"), "holes.rep");

  test("utilization, heap size, brk calls and fragmentation per policy", () => {
    const rs = ALLOC_POLICIES.map((p) => replay("holes.rep", trace, p));
    const facts = rs.map(({ opsPerSec, ...rest }) => {
      expect(opsPerSec).toBeGreaterThan(0);
      return rest;
    });
    expect(facts).toEqual([
      { trace: "holes.rep", policy: "first-fit", utilization: 110000 / 163840, heapBytes: 163840, brkCalls: 40, fragmentation: 1 - 2624 / 53032 },
      { trace: "holes.rep", policy: "next-fit", utilization: 110000 / 163840, heapBytes: 163840, brkCalls: 40, fragmentation: 1 - 2624 / 53032 },
      { trace: "holes.rep", policy: "best-fit", utilization: 110000 / 163840, heapBytes: 163840, brkCalls: 40, fragmentation: 1 - 2624 / 53032 },
      { trace: "holes.rep", policy: "segregated", utilization: 110000 / 163840, heapBytes: 163840, brkCalls: 40, fragmentation: 1 - 2624 / 53032 },
    ]);
  });

  test("a replay in a memory an earlier replay used gives what a fresh memory gives", () => {
    const drop = ({ opsPerSec, ...rest }: BenchResult): Omit<BenchResult, "opsPerSec"> => (opsPerSec > 0 ? rest : { ...rest, trace: "no time" });
    const shipped = parseTrace(fs.readFileSync(path.join(root, "bench", "traces", "random.rep"), "utf8"), "random.rep");
    for (const policy of ALLOC_POLICIES) {
      const mem = new Memory(DEFAULT_BENCH_MEMORY);
      // The first replay leaves a big heap (and the trace's live blocks) behind; the second
      // must not see any of it, nor a break that is already high.
      const fresh = [drop(replay("random.rep", shipped, policy)), drop(replay("holes.rep", trace, policy))];
      const reused = [drop(replay("random.rep", shipped, policy, DEFAULT_BENCH_MEMORY, mem)), drop(replay("holes.rep", trace, policy, DEFAULT_BENCH_MEMORY, mem))];
      expect(reused).toEqual(fresh);
      expect(fresh[0]!.heapBytes).toBeGreaterThan(1024 * 1024);
    }
  });

  test("a replay that runs out of memory is reported, not thrown", () => {
    const big = parseTrace("0\n1\n1\n1\na 0 2000000\n", "big.rep");
    const r = replay("big.rep", big, "segregated", 1024 * 1024);
    expect(r.error).toBe("operation 1 (a 0 2000000): out of memory (1 MiB; try --memory)");
  });

  test("the table and the shipped traces", () => {
    const rs = heapBench([path.join(root, "bench", "traces", "recorded", "walkthrough.rep")], ["first-fit", "segregated"]);
    const text = formatBench(rs).split("\n");
    expect(text[0]).toBe("trace            policy      utilization  heap        brk calls  fragmentation  ops/sec");
    expect(text[1]).toMatch(/^walkthrough\.rep  first-fit         45\.2%       8 KiB          2          22\.6%  +[\d,]+$/);
    expect(text[2]).toMatch(/^walkthrough\.rep  segregated        45\.2%       8 KiB          2          22\.6%  +[\d,]+$/);
    expect(() => heapBench([path.join(dir, "missing.rep")], ["first-fit"])).toThrow(new BuildError(`minic heap-bench: error: ${path.join(dir, "missing.rep")}: no such file or directory`));
  });
});

describe("a program with its own allocator", () => {
  test("examples/kr-malloc.c: its brk calls are in the event log; calloc and strdup call its malloc", () => {
    const r = buildAndRun([path.join(root, "examples", "kr-malloc.c")]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout.split("\n").slice(1)).toEqual([
      "a = malloc(100) -> heap + 3992",
      "b = malloc(200) -> heap + 3784 (carved from the end: below a)",
      "c = malloc(300) -> heap + 3472",
      "free(b); d = malloc(150) -> heap + 3832 (inside b's old block)",
      "e = malloc(6000) -> heap + 4104 (needed more core: 2 sbrk calls so far)",
      'calloc: 0 0 0 0; strdup: "calloc and strdup use this malloc"',
      "the break is now heap + 10104: K&R's free never gives memory back",
      "",
    ]);
    const m = r.machine!;
    expect(heapOf(m)).toBeNull();
    expect(m.events.map((e) => (e.op === "brk" ? `brk +${e.result - e.from} in ${e.site?.function}` : e.op))).toEqual(["brk +4096 in morecore", "brk +6008 in morecore"]);
  });

  test("calling realloc links libc's malloc.o too: a clear link error", () => {
    const src = program(
      "own.c",
      `#include <stdlib.h>
static char pool[4096];
static int used;
void *malloc(size_t n) { void *p = pool + used; used += (n + 7) & ~7; return p; }
void free(void *p) { (void)p; }
int main(void) { char *p = malloc(10); p = realloc(p, 20); return p == 0; }
`,
    );
    const r = buildAndRun([src]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      [
        `minic ld: libc.a(malloc.o): multiple definition of 'malloc'; ${src}: first defined here`,
        `minic ld: libc.a(malloc.o): multiple definition of 'free'; ${src}: first defined here`,
        "minic ld: note: the program defines its own allocator but calls 'realloc', which only libc's malloc.o provides, so malloc.o was linked too; define it as well (calloc, strdup and strndup use your malloc)",
        "",
      ].join("\n"),
    );
  });
});
