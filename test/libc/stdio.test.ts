/**
 * @fileoverview The standard streams: buffering (when WRITE traps happen), the FILE structs
 * in VM memory, reading stdin with refills, ungetc, fgets, scanf/sscanf (expected values
 * from glibc), and errors on streams that cannot do what is asked.
 */

import { describe, expect, test } from "vitest";
import { STDIO_MEMBER } from "../../libc/stdio.js";
import { STDLIB_MEMBER } from "../../libc/stdlib.js";
import { ERRNO_MEMBER } from "../../libc/unistd.js";
import { Harness } from "./harness.js";

const WRITE = 2;
const READ = 3;

function writes(h: Harness): string[] {
  return h.traps.filter((t) => t.n === WRITE).map((t) => `${t.a0}:${Buffer.from(h.buf.subarray(t.a1, t.a1 + t.a2)).toString("latin1")}`);
}

describe("output buffering", () => {
  test("stdout is fully buffered until exit; stderr is written at once", () => {
    const h = new Harness();
    h.call("printf", h.literal("hello %s\n"), h.literal("world"));
    h.call("puts", h.literal("line 2"));
    expect(h.traps.filter((t) => t.n === WRITE)).toEqual([]);
    h.call("fprintf", h.sym("__minic_stderr"), h.literal("oops %d\n"), 1);
    expect(h.out(2)).toBe("oops 1\n");
    expect(h.out(1)).toBe("");
    h.call("exit", 7);
    expect(h.exitStatus).toBe(7);
    expect(writes(h)).toEqual(["2:oops 1\n", "1:hello world\nline 2\n"]);
  });

  test("the FILE struct and its buffer are in VM memory", () => {
    const h = new Harness();
    const f = h.sym("__minic_stdout");
    h.call("printf", h.literal("hi"));
    expect([0, 4, 8, 12, 16, 20, 24].map((o) => h.u32(f + o))).toEqual([1, 1 | 64, 2, 0, 0, 4096, f + 28]);
    expect(Buffer.from(h.mem.readBytes(f + 28, 2)).toString()).toBe("hi");
    h.call("fflush", f);
    expect(h.u32(f + 8)).toBe(0);
    expect(h.out(1)).toBe("hi");
  });

  test("a full buffer is written out: 5000 bytes = 4096 + 904", () => {
    const h = new Harness();
    const s = h.str("x".repeat(1000));
    for (let i = 0; i < 5; i++) h.call("fputs", s, h.sym("__minic_stdout"));
    expect(h.traps.filter((t) => t.n === WRITE).map((t) => t.a2)).toEqual([4096]);
    h.call("fflush", 0);
    expect(h.traps.filter((t) => t.n === WRITE).map((t) => t.a2)).toEqual([4096, 904]);
    expect(h.out(1)).toBe("x".repeat(5000));
  });

  test("setvbuf: unbuffered writes each call, line buffered flushes at newlines", () => {
    const h = new Harness();
    const out = h.sym("__minic_stdout");
    expect(h.calli("setvbuf", out, 0, 2, 0)).toBe(0);
    h.call("putchar", 0x41);
    expect(h.out(1)).toBe("A");
    h.call("setvbuf", out, 0, 1, 0);
    h.call("printf", h.literal("b"));
    expect(h.out(1)).toBe("A");
    h.call("printf", h.literal("c\nd"));
    expect(h.out(1)).toBe("Abc\nd");
    expect(h.calli("setvbuf", out, 0, 9, 0)).toBe(-1);
  });

  test("return values as glibc: puts counts, fputs 1, putchar the unsigned char", () => {
    const h = new Harness();
    expect(h.calli("puts", h.literal("hello"))).toBe(6);
    expect(h.calli("fputs", h.literal("xy\n"), h.sym("__minic_stdout"))).toBe(1);
    expect(h.calli("putchar", 300)).toBe(44);
    expect(h.calli("fputc", -1, h.sym("__minic_stdout"))).toBe(255);
    expect(h.calli("fwrite", h.literal("abcdef"), 2, 3, h.sym("__minic_stdout"))).toBe(3);
    h.call("fflush", 0);
    expect(h.out(1)).toBe("hello\nxy\n,\xffabcdef");
  });

  test("perror prints errno's message on stderr", () => {
    const h = new Harness();
    h.mem.store32(h.sym("errno"), 34);
    h.call("perror", h.literal("strtol"));
    h.call("perror", 0);
    expect(h.out(2)).toBe("strtol: Numerical result out of range\nNumerical result out of range\n");
  });

  test("exit works without stdio linked, and runs atexit handlers in reverse first", () => {
    const h = new Harness({ members: [STDLIB_MEMBER, ERRNO_MEMBER] });
    const order: number[] = [];
    h.call("atexit", h.defineFunction(() => (order.push(1), 0)));
    h.call("atexit", h.defineFunction(() => (order.push(2), 0)));
    h.call("exit", 3);
    expect(order).toEqual([2, 1]);
    expect(h.exitStatus).toBe(3);
    expect(h.traps.map((t) => t.n)).toEqual([1]);
  });
});

describe("input", () => {
  test("getchar refills from READ, and stdout is flushed before stdin is read", () => {
    const h = new Harness({ stdin: "ab\ncd", readChunk: 2 });
    h.call("printf", h.literal("name? "));
    const got: number[] = [];
    for (let i = 0; i < 7; i++) got.push(h.calli("getchar"));
    expect(got).toEqual([0x61, 0x62, 0x0a, 0x63, 0x64, -1, -1]);
    expect(h.traps.map((t) => (t.n === WRITE ? "W" : t.n === READ ? `R${t.result}` : "?")).join(" ")).toBe("W R2 R2 R1 R0");
    expect(h.out(1)).toBe("name? ");
    expect(h.calli("feof", h.sym("__minic_stdin"))).toBe(1);
  });

  test("ungetc pushes back characters (several, like glibc), last in first out, and clears EOF", () => {
    const h = new Harness({ stdin: "x" });
    const f = h.sym("__minic_stdin");
    expect(h.calli("getchar")).toBe(0x78);
    expect(h.calli("getchar")).toBe(-1);
    expect(h.calli("ungetc", 0x41, f)).toBe(0x41);
    expect(h.calli("ungetc", 0x42, f)).toBe(0x42);
    expect(h.calli("ungetc", 0x143, f)).toBe(0x43);
    expect(h.calli("feof", f)).toBe(0);
    expect([h.calli("getc", f), h.calli("getc", f), h.calli("getc", f)]).toEqual([0x43, 0x42, 0x41]);
    expect(h.calli("fgetc", f)).toBe(-1);
    expect(h.calli("ungetc", -1, f)).toBe(-1);
  });

  test("ungetc fails (EOF) only when the pushback cannot fit in front of a full buffer", () => {
    const h = new Harness({ stdin: "y".repeat(4096) + "z" });
    const f = h.sym("__minic_stdin");
    expect(h.calli("getchar")).toBe(0x79);
    expect(h.calli("ungetc", 0x61, f)).toBe(0x61);
    expect(h.calli("ungetc", 0x62, f)).toBe(0x62);
    expect(h.calli("ungetc", 0x63, f)).toBe(-1);
    expect([h.calli("getc", f), h.calli("getc", f), h.calli("getc", f)]).toEqual([0x62, 0x61, 0x79]);
  });

  test("fgets reads a line with its newline, respects n, and returns NULL at EOF", () => {
    const h = new Harness({ stdin: "first line\nsecond" });
    const f = h.sym("__minic_stdin");
    const buf = h.staticAlloc(32);
    expect(h.call("fgets", buf, 32, f)).toBe(buf);
    expect(h.cstring(buf)).toBe("first line\n");
    expect(h.call("fgets", buf, 4, f)).toBe(buf);
    expect(h.cstring(buf)).toBe("sec");
    expect(h.call("fgets", buf, 32, f)).toBe(buf);
    expect(h.cstring(buf)).toBe("ond");
    expect(h.call("fgets", buf, 32, f)).toBe(0);
    expect(h.cstring(buf)).toBe("ond");
  });

  test("scanf reads from stdin and leaves the lookahead for getchar", () => {
    const h = new Harness({ stdin: "  42 hello\nrest", readChunk: 3 });
    const n = h.staticAlloc(4);
    const s = h.staticAlloc(16);
    expect(h.calli("scanf", h.literal("%d %s"), n, s)).toBe(2);
    expect(h.mem.load32(n)).toBe(42);
    expect(h.cstring(s)).toBe("hello");
    expect(h.calli("getchar")).toBe(0x0a);
    expect(h.calli("scanf", h.literal("%d"), n)).toBe(0);
    expect(h.calli("scanf", h.literal("%s"), s)).toBe(1);
    expect(h.calli("scanf", h.literal("%s"), s)).toBe(-1);
    expect(h.cstring(s)).toBe("rest");
  });

  test("fread reads whole items", () => {
    const h = new Harness({ stdin: "abcdefg" });
    const buf = h.staticAlloc(16);
    expect(h.call("fread", buf, 3, 5, h.sym("__minic_stdin"))).toBe(2);
    expect(h.cstring(buf)).toBe("abcdefg");
  });
});

describe("sscanf (expected values from glibc)", () => {
  const ints = (h: Harness, a: number, n: number): number[] => Array.from({ length: n }, (_, i) => h.mem.load32(a + 4 * i));

  test.each([
    ["12 abc", "%d %d", 1, [12, -1]],
    ["", "%d", -1, [-1]],
    ["  ", "%d", -1, [-1]],
    ["abc", "%d", 0, [-1]],
    ["x", "x%d", -1, [-1]],
    ["99999999999 -99999999999", "%d %d", 2, [2147483647, -2147483648]],
    ["-1 0x1F", "%u %x", 2, [-1, 31]],
    ["0x", "%x%n", 1, [0, 2]],
    ["-", "%d%n", 0, [-1, -1]],
    ["010 0x10 10", "%i %i %i", 3, [8, 16, 10]],
    ["12 34 56", "%*d %d %n%d", 2, [34, 6, 56]],
    ["12345", "%3d%d", 2, [123, 45]],
    ["50%", "%d%%", 1, [50]],
    ["50 %", "%d%%", 1, [50]],
    ["abc", "ab%n", 0, [2]],
    ["ff", "%X", 1, [255]],
    ["0x10", "%p", 1, [16]],
    ["+12", "%u", 1, [12]],
    ["  42", " %d", 1, [42]],
    ["4 2", "%d%d", 2, [4, 2]],
    ["5 6 7", "%'d %Id %*'I'd", 2, [5, 6]],
  ] as [string, string, number, number[]][])("sscanf(%j, %j)", (input, fmt, ret, values) => {
    const h = new Harness();
    const a = h.staticAlloc(16);
    h.mem.fill(a, 0xff, 16);
    expect(h.calli("sscanf", h.literal(input), h.literal(fmt), a, a + 4, a + 8)).toBe(ret);
    expect(ints(h, a, values.length)).toEqual(values);
  });

  test("strings, chars, sets and sizes", () => {
    const h = new Harness();
    const c = h.staticAlloc(16);
    const n = h.staticAlloc(16);
    const lit = (s: string) => h.literal(s);
    expect(h.calli("sscanf", lit(" ab"), lit("%c%c"), c, c + 1)).toBe(2);
    expect(Buffer.from(h.mem.readBytes(c, 2)).toString()).toBe(" a");
    expect(h.calli("sscanf", lit("xyz"), lit("%2c%n"), c + 2, n)).toBe(1);
    expect(Buffer.from(h.mem.readBytes(c + 2, 2)).toString()).toBe("xy");
    expect(h.mem.load32(n)).toBe(2);
    expect(h.calli("sscanf", lit("hello world"), lit("%3s%n"), c, n)).toBe(1);
    expect(h.cstring(c)).toBe("hel");
    expect(h.mem.load32(n)).toBe(3);
    expect(h.calli("sscanf", lit("abc:def"), lit("%[^:]:%s"), c, c + 8)).toBe(2);
    expect([h.cstring(c), h.cstring(c + 8)]).toEqual(["abc", "def"]);
    expect(h.calli("sscanf", lit("a-b"), lit("%[a-z]"), c)).toBe(1);
    expect(h.cstring(c)).toBe("a");
    expect(h.calli("sscanf", lit("]x"), lit("%[]x]"), c)).toBe(1);
    expect(h.cstring(c)).toBe("]x");
    h.mem.fill(n, 0, 16);
    expect(h.calli("sscanf", lit("-9223372036854775808 300 -70000"), lit("%lld %hhd %hd"), n, n + 8, n + 10)).toBe(3);
    expect([h.u32(n), h.u32(n + 4), h.mem.load8(n + 8), h.mem.load16(n + 10)]).toEqual([0, 0x80000000, 44, 0x10000 - 4464]);
  });

  test("a %Nc cut short by the end of input still stores and counts (glibc)", () => {
    const h = new Harness();
    const c = h.staticAlloc(8);
    h.mem.fill(c, 0, 8);
    expect(h.calli("sscanf", h.literal("ab"), h.literal("%3c%d"), c, c + 4)).toBe(1);
    expect(h.cstring(c)).toBe("ab");
    expect(h.calli("sscanf", h.literal(""), h.literal("%3c"), c)).toBe(-1);
  });

  test("%ls, %lc, %l[ and %S store wchar_t; a byte outside ASCII fails with EILSEQ", () => {
    const h = new Harness();
    const w = h.staticAlloc(32);
    const wide = (n: number): number[] => Array.from({ length: n }, (_, i) => h.mem.load32(w + 4 * i));
    h.mem.fill(w, 0x55, 32);
    expect(h.calli("sscanf", h.literal("ab cd"), h.literal("%ls %2lc"), w, w + 12)).toBe(2);
    expect(wide(6)).toEqual([0x61, 0x62, 0, 0x63, 0x64, 0x55555555]);
    expect(h.calli("sscanf", h.literal("abcd"), h.literal("%l[a-c]"), w)).toBe(1);
    expect(wide(4)).toEqual([0x61, 0x62, 0x63, 0]);
    expect(h.calli("sscanf", h.literal("xy"), h.literal("%S"), w)).toBe(1);
    expect(wide(3)).toEqual([0x78, 0x79, 0]);
    // %js is narrow: j is not "long" for glibc's i386 scanf.
    expect(h.calli("sscanf", h.literal("qr"), h.literal("%js"), w)).toBe(1);
    expect(h.cstring(w)).toBe("qr");
    expect(h.calli("sscanf", h.literal("5 a\xe9 7"), h.literal("%d %ls %d"), w + 16, w, w + 20)).toBe(1);
    expect(h.mem.load32(h.sym("errno"))).toBe(84);
    expect(h.mem.load32(w)).toBe(0x61);
  });
});

describe("stream errors", () => {
  test("writing to stdin and reading from stdout fail with EOF", () => {
    const h = new Harness();
    expect(h.calli("fputc", 0x41, h.sym("__minic_stdin"))).toBe(-1);
    expect(h.calli("ferror", h.sym("__minic_stdin"))).toBe(1);
    expect(h.mem.load32(h.sym("errno"))).toBe(9);
    expect(h.calli("fgetc", h.sym("__minic_stdout"))).toBe(-1);
    h.call("clearerr", h.sym("__minic_stdin"));
    expect(h.calli("ferror", h.sym("__minic_stdin"))).toBe(0);
  });

  test("reading stdout sets its error flag and EBADF; fscanf on it fails without the flag (glibc)", () => {
    const h = new Harness();
    const out = h.sym("__minic_stdout");
    expect(h.calli("fgetc", out)).toBe(-1);
    expect(h.calli("ferror", out)).toBe(1);
    expect(h.mem.load32(h.sym("errno"))).toBe(9);
    h.call("clearerr", out);
    h.mem.store32(h.sym("errno"), 0);
    expect(h.calli("fscanf", out, h.literal("%d"), h.staticAlloc(4))).toBe(-1);
    expect(h.mem.load32(h.sym("errno"))).toBe(9);
    expect(h.calli("ferror", out)).toBe(0);
  });

  test("a FILE * that is not a stream: EBADF; NULL faults like glibc", () => {
    const h = new Harness();
    const fake = h.staticAlloc(64);
    expect(h.calli("fprintf", fake, h.literal("x"))).toBe(-1);
    expect(h.mem.load32(h.sym("errno"))).toBe(9);
    expect(() => h.call("fputs", h.literal("x"), 0)).toThrow(/segmentation fault: read of 4 bytes at 0x0/);
  });

  test("the member declares its streams as data symbols with their buffers", () => {
    expect(STDIO_MEMBER.data).toEqual([
      { name: "__minic_stdin", size: 28 + 4096, align: 4 },
      { name: "__minic_stdout", size: 28 + 4096, align: 4 },
      { name: "__minic_stderr", size: 28 + 1024, align: 4 },
    ]);
  });
});
