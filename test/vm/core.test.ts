/**
 * @fileoverview Core files: write, read back, and check that every view renders the same
 * from the core as from the live machine (text and JSON); the JSON views' shapes; the
 * validating reader's messages for damaged cores; and the command line (--core,
 * --core-on-fault, --dump=VIEWS, minic dump) as a user runs it.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { buildExecutable, captureIO, createMachine, type LinkOptions } from "../../cli/driver.js";
import { machineCore, readSourceFile } from "../../cli/dump-command.js";
import { CoreFormatError, readCore, writeCore, type CoreImage } from "../../vm/core.js";
import { PAGE_SIZE } from "../../vm/layout.js";
import { MAX_SAVED_EVENTS } from "../../vm/dump.js";
import { eventLogFromCore } from "../../cli/report/command.js";
import { renderView, type ViewName } from "../../vm/views/index.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
let dir = "";

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "minic-core-"));
});

/** Builds and (unless `run` is false) runs a program under a fixed argv[0], so layouts do not depend on paths. */
function machineFor(paths: string[], run = true, opts: { stack?: number } = {}, link: LinkOptions = {}) {
  const exe = buildExecutable(paths, link, () => {});
  const m = createMachine(exe, "prog", opts, captureIO(undefined));
  if (run) m.run();
  return m;
}

function source(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

/** Small objects in a slab (segregated), one of them freed, and one ordinary block. */
function slabsProgram(): string {
  return source(
    "slabs.c",
    "#include <stdlib.h>\nstruct node { int key; struct node *next; char name[32]; };\nstruct node *head;\n" +
      "int main(void) {\n    for (int i = 0; i < 3; i++) {\n        struct node *n = malloc(sizeof *n);\n        n->key = i;\n        n->next = head;\n        head = n;\n    }\n" +
      "    free(head->next);\n    head->next = 0;\n    char *buf = malloc(100);\n    buf[0] = 0;\n    return 0;\n}\n",
  );
}

const VIEWS: [ViewName, string[]][] = [
  ["summary", []],
  ["segments", []],
  ["symbols", []],
  ["hex", ["head"]],
  ["hex", ["sp", "96"]],
  ["hex", ["0x00011000", "300"]],
  ["heap", []],
  ["hex", ["0x00012ff8", "64"]],
  ["stack", []],
  ["disasm", []],
];

function render(core: CoreImage, view: ViewName, args: string[], all = false) {
  return renderView(core, view, args, { readSource: readSourceFile, all });
}

function roundTrip(core: CoreImage): { text: string; back: CoreImage } {
  const text = writeCore(core);
  return { text, back: readCore(text, "t.core") };
}

describe("round trip: every view is the same from the core as from the machine", () => {
  const cases: [string, () => CoreImage][] = [
    ["a crash (list-crash.c)", () => machineCore(machineFor([join(root, "examples/list-crash.c")]))],
    ["a normal exit with stdio (malloc-walkthrough.c)", () => machineCore(machineFor([join(root, "examples/malloc-walkthrough.c")]))],
    ["an image that has not run (hello.c)", () => machineCore(machineFor([join(root, "examples/hello.c")], false))],
    ["segregated slabs (slabs.c)", () => machineCore(machineFor([slabsProgram()], true, {}, { alloc: "segregated" }))],
    [
      "a fault inside a qsort callback",
      () =>
        machineCore(
          machineFor([
            source(
              "cb.c",
              "#include <stdlib.h>\nint *head;\nint cmp(const void *a, const void *b) {\n    int *bad = 0;\n    return *(const int *)a - *(const int *)b + *bad;\n}\n" +
                "int main(void) {\n    int v[3] = {3, 1, 2};\n    head = v;\n    qsort(v, 3, sizeof v[0], cmp);\n    return 0;\n}\n",
            ),
          ]),
        ),
    ],
  ];
  for (const [name, make] of cases) {
    it(name, () => {
      const live = make();
      const { text, back } = roundTrip(live);
      expect(back.exit).toEqual(live.exit);
      expect(back.pc).toBe(live.pc);
      expect(Array.from(back.regs)).toEqual(Array.from(live.regs));
      expect(back.events).toEqual(live.events);
      expect(back.callbacks).toEqual(live.callbacks);
      expect(back.heap).toEqual(live.heap);
      expect(Buffer.from(back.mem.perm).equals(Buffer.from(live.mem.perm))).toBe(true);
      expect(Buffer.from(back.mem.u8).equals(Buffer.from(live.mem.u8))).toBe(true);
      expect(back.exe).toEqual(live.exe);
      for (const [view, args] of VIEWS) {
        if (view === "hex" && args[0] === "head" && !live.exe.symbols.some((s) => s.name === "head")) continue;
        const a = render(live, view, args);
        const b = render(back, view, args);
        expect(b.text, `${view} ${args.join(" ")}`).toBe(a.text);
        expect(b.json, `${view} ${args.join(" ")} --json`).toEqual(a.json);
      }
      expect(render(back, "symbols", [], true)).toEqual(render(live, "symbols", [], true));
      // Writing the core read back gives the same file.
      expect(writeCore(back)).toBe(text);
    });
  }

  it("keeps the first 500,000 allocator events and counts the rest (6 million made a core too long to write)", () => {
    const live = machineCore(machineFor([join(root, "examples/malloc-walkthrough.c")]));
    const extra = MAX_SAVED_EVENTS + 3 - live.events.length;
    const big: CoreImage = { ...live, events: [...live.events, ...Array.from({ length: extra }, () => ({ op: "free" as const, ptr: 0, site: null }))] };
    const back = readCore(writeCore(big), "big.core");
    expect(back.events.length).toBe(MAX_SAVED_EVENTS);
    expect(back.eventsOmitted).toBe(3);
    expect(back.events.slice(0, live.events.length)).toEqual(live.events);
    expect(render(back, "heap", []).text.split("\n")[0]).toContain(", 2 brk calls among the allocator events kept (the core left out the last 3),");
    expect(render(back, "summary", []).text).toContain(`Allocator events (${MAX_SAVED_EVENTS}, program order; 3 later ones not kept):`);
    expect(() => eventLogFromCore(back, "big.core")).toThrow(`minic report: error: big.core: the program made ${MAX_SAVED_EVENTS + 3} allocator calls; a report follows at most ${MAX_SAVED_EVENTS}`);
  });

  it("keeps a 16 MiB machine's core small (zero runs are left out)", () => {
    const live = machineCore(machineFor([join(root, "examples/malloc-walkthrough.c")]));
    expect(live.mem.size).toBe(16 * 1024 * 1024);
    const text = writeCore(live);
    expect(text.length).toBeLessThan(64 * 1024);
    const o = JSON.parse(text) as { chunks: { addr: number; bytes: string }[]; maps: { start: number; end: number; perm: string }[] };
    // The stack's 1 MiB is one mapping; only its used top is in the chunks.
    expect(o.maps.at(-1)).toEqual({ start: 0x00f00000, end: 0x01000000, perm: "rw-" });
    const stackBytes = o.chunks.filter((c) => c.addr >= 0x00f00000).reduce((n, c) => n + c.bytes.length / 2, 0);
    expect(stackBytes).toBeGreaterThan(0);
    expect(stackBytes).toBeLessThan(PAGE_SIZE);
  });
});

/** The JSON's skeleton: objects by sorted keys, arrays by their first element, leaves by typeof. */
function shape(v: unknown): unknown {
  if (v === null) return "null";
  if (Array.isArray(v)) return v.length === 0 ? [] : [shape(v[0])];
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    return Object.fromEntries(Object.keys(o).sort().map((k) => [k, shape(o[k])]));
  }
  return typeof v;
}

describe("the JSON views' schema (list-crash.c)", () => {
  let core: CoreImage;
  beforeAll(() => {
    core = readCore(writeCore(machineCore(machineFor([join(root, "examples/list-crash.c")]))), "list.core");
  });

  it("segments", () => {
    const seg = { end: "number", name: "string", perm: "string", size: "number", start: "number" };
    expect(shape(render(core, "segments", []).json)).toEqual({
      brk: { current: "number", initial: "number" },
      guard: { end: "number", start: "number" },
      memory: "number",
      program: "string",
      segments: [seg],
      sp: "number",
      state: "string",
    });
  });

  it("symbols", () => {
    const row = { addr: "number", binding: "string", bytes: "string", kind: "string", module: "string", name: "string", section: "string", size: "number", value: "null" };
    expect(shape(render(core, "symbols", []).json)).toEqual({ hidden: "number", program: "string", state: "string", symbols: [row] });
  });

  it("hex", () => {
    expect(shape(render(core, "hex", ["0x12000", "32"]).json)).toEqual({
      addr: "number",
      annotations: [{ end: "number", label: "string", start: "number" }],
      bytes: ["number"],
      length: "number",
      what: "string",
    });
  });

  it("heap", () => {
    const block = {
      fence: "boolean",
      header: "number",
      headerBytes: "string",
      headerWord: "number",
      inUse: "boolean",
      index: "number",
      next: "null",
      origin: "string",
      payload: "number",
      payloadSize: "number",
      preview: "string",
      prev: "null",
      prevInUse: "null",
      size: "number",
      slab: "null",
    };
    const summary = {
      blocks: "number",
      freeBlocks: "number",
      freeBytes: "number",
      fragmentation: "number",
      heapSize: "number",
      largestFree: "number",
      outside: "number",
      usedBlocks: "number",
      usedBytes: "number",
    };
    const d = render(core, "heap", []).json;
    expect(shape(d)).toEqual({
      blocks: [block],
      bins: "null",
      brk: "number",
      brkCalls: "number",
      eventsOmitted: "number",
      error: "null",
      freeList: ["number"],
      freeListHead: "string",
      policy: "string",
      program: "string",
      rover: "null",
      start: "number",
      state: "string",
      summary,
    });
    expect((d as { summary: unknown }).summary).toEqual({
      heapSize: 4096,
      blocks: 5,
      usedBlocks: 3,
      usedBytes: 48,
      freeBlocks: 2,
      freeBytes: 4040,
      largestFree: 3944,
      fragmentation: 1 - 3944 / 4040,
      outside: 8,
    });
  });

  it("stack", () => {
    const v = { addr: "number", bytes: "string", fpOffset: "number", name: "string", param: "boolean", size: "number", type: "string", value: "string" };
    const frame = {
      file: "string",
      fp: "number",
      function: "string",
      index: "number",
      libc: "boolean",
      line: "number",
      note: "null",
      pc: "number",
      returnAddress: "number",
      returnAddressAt: "number",
      returnsTo: "string",
      savedFp: "number",
      vars: [v],
    };
    expect(shape(render(core, "stack", []).json)).toEqual({
      frames: [frame],
      omitted: "null",
      program: "string",
      report: "string",
      stack: { fp: "number", limit: "number", sp: "number", top: "number", used: "number" },
      state: "string",
      total: "number",
    });
  });

  it("disasm and summary", () => {
    expect(shape(render(core, "disasm", ["sum"]).json)).toEqual({ function: "string", lines: ["string"], pc: "number" });
    expect(Object.keys(render(core, "summary", []).json as object).sort()).toEqual(["brk", "events", "eventsOmitted", "exit", "heap", "registers", "segments", "symbols"]);
  });
});

describe("damaged cores are clear errors", () => {
  let good: Record<string, unknown>;
  beforeAll(() => {
    good = JSON.parse(writeCore(machineCore(machineFor([join(root, "examples/list-crash.c")])))) as Record<string, unknown>;
  });
  const edit = (f: (o: Record<string, unknown>) => void): string => {
    const o = structuredClone(good);
    f(o);
    return JSON.stringify(o);
  };
  const fails = (text: string) => {
    try {
      readCore(text, "t.core");
    } catch (e) {
      expect(e).toBeInstanceOf(CoreFormatError);
      return (e as Error).message;
    }
    return "no error";
  };

  it("names what is wrong", () => {
    expect(fails("hello")).toBe("t.core: not a minic core file (not JSON)");
    expect(fails(writeCore(machineCore(machineFor([join(root, "examples/list-crash.c")]))).slice(0, 200))).toBe(
      "t.core: malformed core file: not valid JSON (truncated?)",
    );
    expect(fails('{"magic":"minic-executable"}')).toBe("t.core: not a minic core file (bad magic)");
    expect(fails(edit((o) => (o.version = 2)))).toBe("t.core: malformed core file: unsupported core format version 2");
    expect(fails(edit((o) => ((o.registers as Record<string, unknown>).sp = "top")))).toBe("t.core: malformed core file: registers.sp is not an integer in range");
    expect(fails(edit((o) => (o.chunks = [{ addr: 0x800000, bytes: "01" }])))).toBe("t.core: malformed core file: chunks[0] lies outside the mapped pages");
    expect(fails(edit((o) => (o.chunks = [{ addr: 0x12000, bytes: "xyz" }])))).toBe("t.core: malformed core file: chunks[0].bytes is not hex bytes");
    expect(fails(edit((o) => ((o.layout as Record<string, unknown>).memory = 12345)))).toBe("t.core: malformed core file: layout.memory is not an integer in range");
    expect(fails(edit((o) => ((o.exit as Record<string, unknown>).reason = "exit")))).toBe("t.core: malformed core file: exit.reason does not match exit.fault");
    expect(fails(edit((o) => ((o.events as Record<string, unknown>[])[0]!.op = "mmap")))).toBe(
      "t.core: malformed core file: events[0].op must be one of malloc, calloc, realloc, free, brk",
    );
    expect(fails(edit((o) => ((o.executable as Record<string, unknown>).segments = 3)))).toBe("t.core (executable): malformed file: segments is not an array");
    expect(fails(edit((o) => ((o.heap as Record<string, unknown>).blocks = [{ header: 1 }])))).toBe("t.core: malformed core file: heap.blocks[0].size is not an integer in range");
  });
});

describe("the command line", () => {
  const cli = join(root, "dist", "cli", "minic.js");
  const minic = (args: string[]) => {
    const r = spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: "utf8" });
    return { stdout: r.stdout, stderr: r.stderr, status: r.status ?? -1 };
  };

  it("--core-on-fault writes NAME.core only on a fault, and says so", () => {
    const ok = source("fine.c", "int main(void) { return 3; }\n");
    expect(minic(["run", ok, "--core-on-fault"])).toEqual({ stdout: "", stderr: "", status: 3 });
    expect(existsSync(join(dir, "fine.core"))).toBe(false);
    const bad = source("crash.c", "int main(void) {\n    int *p = 0;\n    return *p;\n}\n");
    const r = minic(["run", bad, "--core-on-fault"]);
    expect(r.status).toBe(139);
    expect(r.stderr).toBe(
      `Segmentation fault: read of 4 bytes at 0x00000000 (NULL page) in main at ${bad}:3\n  #0 0x00010048 in main at ${bad}:3\ncore written to crash.core\n`,
    );
    const d = minic(["dump", "crash.core", "stack"]);
    expect(d.status).toBe(0);
    expect(d.stdout.split("\n").slice(1, 5)).toEqual([
      `Segmentation fault: read of 4 bytes at 0x00000000 (NULL page) in main at ${bad}:3`,
      "",
      `#0  main at ${bad}:3  (pc 0x00010048)`,
      expect.stringMatching(/^ {6}frame at fp 0x00ffff[0-9a-f]{2}: saved fp 0x00000000, return address 0x00010008 -> _start$/),
    ]);
  });

  it("--core FILE writes the core after a normal exit too, silently", () => {
    const p = source("three.c", "int g = 7;\nint main(void) { return g; }\n");
    expect(minic(["run", p, "--core", "three.core"])).toEqual({ stdout: "", stderr: "", status: 7 });
    const s = minic(["dump", "three.core", "symbols"]);
    expect(s.stdout).toContain("  0x00011000       4  data     global  g       7\n");
    const j = JSON.parse(minic(["dump", "three.core", "hex", "g", "--json"]).stdout) as { addr: number; bytes: number[] };
    expect(j).toMatchObject({ addr: 0x11000, bytes: [7, 0, 0, 0] });
  });

  it("--dump=VIEWS prints the chosen views after the program ends; plain --dump is unchanged", () => {
    const p = source("views.c", "#include <stdlib.h>\nint main(void) {\n    char *p = malloc(5);\n    return p == 0;\n}\n");
    const r = minic(["run", p, "--dump=heap,segments"]);
    expect(r.status).toBe(0);
    expect(r.stderr.startsWith("Heap of views.c (exited with status 0): ")).toBe(true);
    expect(r.stderr).toContain("\nSegments of views.c (exited with status 0), 16 MiB of memory:\n");
    expect(minic(["run", p, "--dump"]).stderr.startsWith("== minic dump: exited with status 0 ==\n")).toBe(true);
    expect(minic(["run", p, "--dump=frob"])).toEqual({
      stdout: "",
      stderr:
        "minic: unknown view 'frob' in --dump (choose from summary, segments, symbols, heap, stack; hex and disasm need 'minic dump')\nTry 'minic --help' for more information.\n",
      status: 2,
    });
  });

  it("minic dump: an executable's initial image, bad views and damaged cores", () => {
    const p = source("img.c", "int main(void) { return 0; }\n");
    expect(minic(["cc", p, "-o", "img"]).status).toBe(0);
    expect(minic(["dump", "img", "stack"]).stdout).toBe(
      "Stack of img (not run yet: initial image): 0x00f00000-0x01000000, sp 0x00ffffe0, fp 0x00000000, 32 B in use\n\n" +
        "No frames: the program has not run (sp points at argc, argv and the argument strings).\n",
    );
    const v = minic(["dump", "img", "frob"]);
    expect(v.status).toBe(2);
    expect(v.stderr.split("\n")[0]).toBe("minic dump: unknown view 'frob'");
    expect(minic(["dump", "img", "hex", "nosuch"])).toEqual({
      stdout: "",
      stderr: "minic dump: error: 'nosuch' is not an address, a symbol, FUNCTION:VARIABLE or sp/fp/pc\n",
      status: 1,
    });
    writeFileSync(join(dir, "bad.core"), '{"magic":"minic-core","version":1,"argv":[]}');
    expect(minic(["dump", "bad.core", "heap"])).toEqual({ stdout: "", stderr: "minic: error: bad.core: malformed core file: executable is not an object\n", status: 1 });
    expect(readFileSync(join(dir, "crash.core"), "utf8").startsWith('{\n "magic": "minic-core",\n "version": 1,\n')).toBe(true);
  });
});

describe("segregated slabs in the views", () => {
  it("the heap view lists a slab's slots, the hex view labels them, pointers name them", () => {
    const core = machineCore(machineFor([slabsProgram()], true, {}, { alloc: "segregated" }));
    const heap = render(core, "heap", []).text;
    expect(heap).toContain(
      [
        "  #3  SLAB  block 0x00012ffc, 4096 bytes; payload 0x00013000 (4092 bytes)",
        "       header [05 10 00 00] = 0x00001005 = size 4096 | 5 (in use, slab, block below free)",
        "       101 slots of 40 bytes from 0x00013028 (no headers), 2 in use:",
        `         slot 0x00013028  from malloc(40) at ${dir}/slabs.c:6 (main)`,
        `         slot 0x00013078  from malloc(40) at ${dir}/slabs.c:6 (main)`,
      ].join("\n"),
    );
    const hex = render(core, "hex", ["0x00013000", "48"]).text;
    expect(hex).toContain("slab magic");
    expect(hex).toContain("slot bitmap");
    expect(hex).toContain("slot 0x00013028");
    expect(hex).toContain("00013000  ab 61 aa 51 28 00 00 00  00 00 00 00 00 00 00 00  |.a.Q(...........|  slab magic slot size (40) next slab prev slab");
    expect(render(core, "hex", ["0x00013050", "8"]).text).toContain("free slot");
    expect(render(core, "symbols", []).text).toContain("head    0x00013078 -> slot 0x00013078 of slab 0x00013000 (used)");
    const summary = render(core, "summary", []).text;
    expect(summary).toContain("  0x00012ffc    4096  0x00013000  slab: 40-byte slots, 2 of 101 in use\n");
  });
});
