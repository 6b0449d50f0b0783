/**
 * @fileoverview stdlib.o, ctype.o and unistd.o: strtol family edge cases (expected values
 * from glibc), qsort/bsearch through the program's comparator, the C standard's rand,
 * assert's message, abort, sbrk/brk/read/write, character classes.
 */

import { describe, expect, test } from "vitest";
import { Harness } from "./harness.js";

function errno(h: Harness): number {
  return h.mem.load32(h.sym("errno"));
}

describe("strtol family (glibc's results)", () => {
  test.each([
    // [input, base, value, end offset (-1: endptr untouched), errno]
    ["  -0x1fz", 0, -31, 7, 0],
    ["99999999999", 10, 2147483647, 11, 34],
    ["-99999999999", 10, -2147483648, 12, 34],
    ["0x", 16, 0, 1, 0],
    ["  +", 10, 0, 0, 0],
    ["z", 36, 35, 1, 0],
    ["12", 1, 0, -1, 22],
    ["12", 37, 0, -1, 22],
    ["0755", 0, 493, 4, 0],
    ["08", 0, 0, 1, 0],
    ["\t\n 42abc", 10, 42, 5, 0],
    ["-2147483648", 10, -2147483648, 11, 0],
    ["2147483647", 0, 2147483647, 10, 0],
    ["0X7fffffff", 16, 2147483647, 10, 0],
    ["1010", 2, 10, 4, 0],
    ["", 10, 0, 0, 0],
  ] as [string, number, number, number, number][])("strtol(%j, base %i)", (s, base, value, end, err) => {
    const h = new Harness();
    const p = h.literal(s);
    const endp = h.staticAlloc(4);
    h.mem.store32(endp, 0x1234);
    expect(h.calli("strtol", p, endp, base)).toBe(value);
    expect(h.u32(endp)).toBe(end === -1 ? 0x1234 : p + end);
    expect(errno(h)).toBe(err);
  });

  test("strtoul negates modulo 2^32 and clamps at ULONG_MAX", () => {
    const h = new Harness();
    expect(h.call("strtoul", h.literal("-1"), 0, 10)).toBe(4294967295);
    expect(errno(h)).toBe(0);
    expect(h.call("strtoul", h.literal("4294967296"), 0, 10)).toBe(4294967295);
    expect(errno(h)).toBe(34);
    h.mem.store32(h.sym("errno"), 0);
    expect(h.call("strtoul", h.literal("-4294967296"), 0, 10)).toBe(4294967295);
    expect(errno(h)).toBe(34);
    expect(h.call("strtoul", h.literal("ffffffff"), 0, 16)).toBe(0xffffffff);
  });

  test("64-bit versions return the high word in r1", () => {
    const h = new Harness();
    expect(h.call("strtoll", h.literal("-9223372036854775809"), 0, 10)).toBe(0);
    expect(h.high >>> 0).toBe(0x80000000);
    expect(errno(h)).toBe(34);
    expect(h.call("strtoull", h.literal("0x123456789"), 0, 0)).toBe(0x23456789);
    expect(h.high).toBe(1);
    expect(h.calli("atoll", h.literal("-5"))).toBe(-5);
    expect(h.high | 0).toBe(-1);
  });

  test("atoi/atol are strtol(s, NULL, 10): they clamp too", () => {
    const h = new Harness();
    expect(h.calli("atoi", h.literal("  42abc"))).toBe(42);
    expect(h.calli("atoi", h.literal("3000000000"))).toBe(2147483647);
    expect(h.calli("atol", h.literal("-17"))).toBe(-17);
    expect(h.calli("atoi", h.literal("x"))).toBe(0);
  });

  test("abs, labs, llabs (the most negative value stays negative, as on x86)", () => {
    const h = new Harness();
    expect(h.calli("abs", -5)).toBe(5);
    expect(h.calli("abs", -2147483648)).toBe(-2147483648);
    expect(h.calli("labs", 7)).toBe(7);
    expect(h.calli("llabs", -5n)).toBe(5);
    expect(h.high).toBe(0);
    expect(h.call("llabs", -0x100000000n)).toBe(0);
    expect(h.high).toBe(1);
  });
});

describe("qsort and bsearch", () => {
  function intArray(h: Harness, values: number[]): number {
    const a = h.staticAlloc(values.length * 4 + 4, 4);
    values.forEach((v, i) => h.mem.store32(a + 4 * i, v));
    return a;
  }
  function read(h: Harness, a: number, n: number): number[] {
    return Array.from({ length: n }, (_, i) => h.mem.load32(a + 4 * i));
  }
  function intCmp(h: Harness): { addr: number; calls: () => number } {
    let calls = 0;
    const addr = h.defineFunction(([x, y]) => {
      calls++;
      const a = h.mem.load32(x!);
      const b = h.mem.load32(y!);
      return a < b ? -1 : a > b ? 1 : 0;
    });
    return { addr, calls: () => calls };
  }

  test("sorts in place through the comparator, duplicates and all", () => {
    const h = new Harness();
    const values = [5, -3, 9, 0, 5, 2, 2, 8, -3, 7, 1, 6, 4, 3, 5, 0, -1, 11, 10, 2];
    const a = intArray(h, values);
    const cmp = intCmp(h);
    h.call("qsort", a, values.length, 4, cmp.addr);
    expect(read(h, a, values.length)).toEqual([...values].sort((x, y) => x - y));
    expect(cmp.calls()).toBeGreaterThan(0);
  });

  test("a large random array, and 0 or 1 element without calling the comparator", () => {
    const h = new Harness();
    let seed = 12345;
    const values = Array.from({ length: 2000 }, () => ((seed = (seed * 1103515245 + 12345) >>> 0) % 1000) - 500);
    const a = intArray(h, values);
    const cmp = intCmp(h);
    h.call("qsort", a, values.length, 4, cmp.addr);
    expect(read(h, a, values.length)).toEqual([...values].sort((x, y) => x - y));
    const before = cmp.calls();
    h.call("qsort", a, 1, 4, cmp.addr);
    h.call("qsort", a, 0, 4, cmp.addr);
    expect(cmp.calls()).toBe(before);
  });

  test("elements larger than a word move as a whole", () => {
    const h = new Harness();
    const n = 12;
    const a = h.staticAlloc(n * 12, 4);
    for (let i = 0; i < n; i++) {
      h.mem.store32(a + 12 * i, (i * 7) % n);
      h.mem.store32(a + 12 * i + 4, 1000 + ((i * 7) % n));
      h.mem.store32(a + 12 * i + 8, -((i * 7) % n));
    }
    const cmp = h.defineFunction(([x, y]) => h.mem.load32(x!) - h.mem.load32(y!));
    h.call("qsort", a, n, 12, cmp);
    for (let i = 0; i < n; i++) expect([h.mem.load32(a + 12 * i), h.mem.load32(a + 12 * i + 4), h.mem.load32(a + 12 * i + 8)]).toEqual([i, 1000 + i, 0 - i]);
  });

  test("bsearch finds the element or returns NULL", () => {
    const h = new Harness();
    const a = intArray(h, [1, 3, 5, 7, 9, 11]);
    const key = h.staticAlloc(4, 4);
    const cmp = intCmp(h);
    h.mem.store32(key, 7);
    expect(h.call("bsearch", key, a, 6, 4, cmp.addr)).toBe(a + 12);
    h.mem.store32(key, 1);
    expect(h.call("bsearch", key, a, 6, 4, cmp.addr)).toBe(a);
    h.mem.store32(key, 4);
    expect(h.call("bsearch", key, a, 6, 4, cmp.addr)).toBe(0);
    expect(h.call("bsearch", key, a, 0, 4, cmp.addr)).toBe(0);
  });
});

describe("rand", () => {
  test("the C standard's generator, seeded with 1 by default", () => {
    const h = new Harness();
    const first = [16838, 5758, 10113, 17515, 31051];
    expect(first.map(() => h.calli("rand"))).toEqual(first);
    h.call("srand", 1);
    expect(first.map(() => h.calli("rand"))).toEqual(first);
    h.call("srand", 42);
    const a = [1, 2, 3].map(() => h.calli("rand"));
    h.call("srand", 42);
    expect([1, 2, 3].map(() => h.calli("rand"))).toEqual(a);
    expect(h.u32(h.sym("__rand_next"))).toBe(h.u32(h.sym("__rand_next")));
  });
});

describe("abort and assert", () => {
  test("abort stops with its message; getenv has no environment", () => {
    const h = new Harness();
    expect(h.abortMessage("abort")).toBe("abort() called");
    expect(h.call("getenv", h.literal("HOME"))).toBe(0);
  });

  test("__assert_fail prints glibc's line on stderr and aborts, leaving stdout unflushed", () => {
    const h = new Harness();
    h.call("printf", h.literal("buffered"));
    expect(h.abortMessage("__assert_fail", h.literal("x > 0"), h.literal("t.c"), 12, 0)).toBe("abort() called");
    expect(h.out(2)).toBe("a.out: t.c:12: Assertion `x > 0' failed.\n");
    expect(h.out(1)).toBe("");
    h.mem.store32(h.sym("__progname"), h.literal("./prog"));
    h.abortMessage("__assert_fail", h.literal("p != NULL"), h.literal("list.c"), 7, h.literal("push"));
    expect(h.out(2)).toBe("a.out: t.c:12: Assertion `x > 0' failed.\n./prog: list.c:7: push: Assertion `p != NULL' failed.\n");
  });
});

describe("unistd", () => {
  test("sbrk returns the old break and the BRK trap logs the move", () => {
    const h = new Harness();
    expect(h.call("sbrk", 0)).toBe(0x24000);
    expect(h.call("sbrk", 4096)).toBe(0x24000);
    expect(h.call("sbrk", 0)).toBe(0x25000);
    expect(h.call("sbrk", -4096)).toBe(0x25000);
    expect(h.eventLog()).toEqual(["brk 0x24000 -> 0x25000 = 0x25000", "brk 0x25000 -> 0x24000 = 0x24000"]);
  });

  test("sbrk and brk failures: -1 and ENOMEM", () => {
    const h = new Harness({ maxBrk: 0x30000 });
    expect(h.calli("sbrk", 0x100000)).toBe(-1);
    expect(errno(h)).toBe(12);
    expect(h.call("sbrk", 0)).toBe(0x24000);
    expect(h.calli("brk", 0x28000)).toBe(0);
    expect(h.call("sbrk", 0)).toBe(0x28000);
    expect(h.calli("brk", 0x40000)).toBe(-1);
  });

  test("write and read go straight to the traps; errors set errno", () => {
    const h = new Harness({ stdin: "in" });
    const b = h.str("out!");
    expect(h.calli("write", 1, b, 4)).toBe(4);
    expect(h.out(1)).toBe("out!");
    expect(h.calli("write", 7, b, 4)).toBe(-1);
    expect(errno(h)).toBe(9);
    expect(h.calli("read", 0, b, 4)).toBe(2);
    expect(h.cstring(b)).toBe("int!");
    expect(h.calli("read", 0, b, 4)).toBe(0);
  });

  test("_exit does not flush stdio", () => {
    const h = new Harness();
    h.call("printf", h.literal("lost"));
    h.call("_exit", 2);
    expect(h.exitStatus).toBe(2);
    expect(h.out(1)).toBe("");
  });
});

describe("ctype (glibc's values)", () => {
  test("classes return glibc's table bits; EOF and non-ASCII are in none", () => {
    const h = new Harness();
    const r = (f: string, c: number) => h.calli(f, c);
    expect([
      r("isalpha", 0x61),
      r("isdigit", 0x35),
      r("isalnum", 0x7a),
      r("isspace", 0x20),
      r("isupper", 0x41),
      r("islower", 0x61),
      r("isprint", 0x20),
      r("ispunct", 0x21),
      r("isxdigit", 0x66),
      r("iscntrl", 0x0a),
      r("isgraph", 0x21),
      r("isblank", 0x09),
    ]).toEqual([1024, 2048, 8, 8192, 256, 512, 16384, 4, 4096, 2, 32768, 1]);
    for (const f of ["isalpha", "isspace", "isprint", "iscntrl", "ispunct"]) {
      expect(r(f, -1)).toBe(0);
      expect(r(f, 200)).toBe(0);
    }
    expect([r("isdigit", 0x61), r("isgraph", 0x20), r("isprint", 0x7f), r("iscntrl", 0x7f), r("ispunct", 0x41)]).toEqual([0, 0, 0, 2, 0]);
    expect([r("isxdigit", 0x47), r("isspace", 0x0b), r("isupper", 0x61)]).toEqual([0, 8192, 0]);
  });

  test("toupper/tolower change letters only", () => {
    const h = new Harness();
    expect([0x61, 0x7a, 0x41, 0x31, -1, 0xe9].map((c) => h.calli("toupper", c))).toEqual([0x41, 0x5a, 0x41, 0x31, -1, 0xe9]);
    expect([0x41, 0x5a, 0x61, 0x5b].map((c) => h.calli("tolower", c))).toEqual([0x61, 0x7a, 0x61, 0x5b]);
  });
});
