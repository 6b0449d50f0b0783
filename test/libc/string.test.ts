/**
 * @fileoverview string.o: results, faults through checked memory, strtok's state in VM
 * memory, strdup's allocation event (and its fallback to a program-defined malloc).
 */

import { describe, expect, test } from "vitest";
import { STRING_MEMBER } from "../../libc/string.js";
import { ERRNO_MEMBER } from "../../libc/unistd.js";
import { Harness } from "./harness.js";

describe("copying and measuring", () => {
  test("strlen, strnlen, strcpy, strcat", () => {
    const h = new Harness();
    const buf = h.staticAlloc(32);
    expect(h.call("strlen", h.literal("hello"))).toBe(5);
    expect(h.call("strlen", h.literal(""))).toBe(0);
    expect(h.call("strnlen", h.literal("hello"), 3)).toBe(3);
    expect(h.call("strcpy", buf, h.literal("abc"))).toBe(buf);
    expect(h.call("strcat", buf, h.literal("def"))).toBe(buf);
    expect(h.cstring(buf)).toBe("abcdef");
    expect(h.call("strncat", buf, h.literal("ghijk"), 2)).toBe(buf);
    expect(h.cstring(buf)).toBe("abcdefgh");
  });

  test("strncpy pads with NULs and does not terminate a long source", () => {
    const h = new Harness();
    const buf = h.staticAlloc(16);
    h.mem.fill(buf, 0x55, 16);
    h.call("strncpy", buf, h.literal("ab"), 5);
    expect([...h.mem.readBytes(buf, 6)]).toEqual([0x61, 0x62, 0, 0, 0, 0x55]);
    h.call("strncpy", buf, h.literal("abcdefgh"), 3);
    expect([...h.mem.readBytes(buf, 4)]).toEqual([0x61, 0x62, 0x63, 0]);
  });

  test("strcpy into a string literal faults (read-only memory)", () => {
    const h = new Harness();
    const lit = h.literal("constant");
    expect(() => h.call("strcpy", lit, h.literal("x"))).toThrow(/segmentation fault: write of 2 bytes at 0x11000/);
    expect(() => h.call("strlen", 0)).toThrow(/read of 1 bytes at 0x0/);
  });

  test("memcpy, memmove (overlap), memset, memchr, memcmp", () => {
    const h = new Harness();
    const b = h.str("0123456789");
    h.call("memmove", b + 2, b, 5);
    expect(h.cstring(b)).toBe("0101234789");
    h.call("memmove", b, b + 2, 5);
    expect(h.cstring(b)).toBe("0123434789");
    expect(h.call("memset", b, 0x2a, 3)).toBe(b);
    expect(h.cstring(b)).toBe("***3434789");
    expect(h.call("memcpy", b, h.literal("ab"), 2)).toBe(b);
    expect(h.cstring(b)).toBe("ab*3434789");
    expect(h.call("memchr", b, 0x34, 10)).toBe(b + 4);
    expect(h.call("memchr", b, 0x34, 4)).toBe(0);
    expect(h.calli("memcmp", h.literal("abc"), h.literal("abz"), 3)).toBe(-1);
    expect(h.calli("memcmp", h.literal("abz"), h.literal("abc"), 3)).toBe(1);
    expect(h.calli("memcmp", h.literal("abz"), h.literal("abc"), 2)).toBe(0);
  });
});

describe("comparing and searching", () => {
  test("strcmp returns -1/0/1 and strncmp the byte difference (as i386 glibc)", () => {
    const h = new Harness();
    const l = (s: string) => h.literal(s);
    expect(h.calli("strcmp", l("abc"), l("abd"))).toBe(-1);
    expect(h.calli("strcmp", l("b"), l("a"))).toBe(1);
    expect(h.calli("strcmp", l("a"), l("abc"))).toBe(-1);
    expect(h.calli("strcmp", l("same"), l("same"))).toBe(0);
    expect(h.calli("strcmp", l("\xff"), l("a"))).toBe(1);
    expect(h.calli("strncmp", l("abcz"), l("abcd"), 4)).toBe(22);
    expect(h.calli("strncmp", l("abcz"), l("abcd"), 3)).toBe(0);
  });

  test("strchr finds the terminator; strrchr the last; strstr", () => {
    const h = new Harness();
    const s = h.literal("hello world");
    expect(h.call("strchr", s, 0x6f)).toBe(s + 4);
    expect(h.call("strchr", s, 0)).toBe(s + 11);
    expect(h.call("strchr", s, 0x7a)).toBe(0);
    expect(h.call("strchr", s, 0x16f)).toBe(s + 4); // converted to char
    expect(h.call("strrchr", s, 0x6f)).toBe(s + 7);
    expect(h.call("strrchr", s, 0)).toBe(s + 11);
    expect(h.call("strrchr", s, 0x7a)).toBe(0);
    expect(h.call("strstr", s, h.literal("wor"))).toBe(s + 6);
    expect(h.call("strstr", s, h.literal(""))).toBe(s);
    expect(h.call("strstr", s, h.literal("worlds"))).toBe(0);
  });

  test("strspn, strcspn, strpbrk", () => {
    const h = new Harness();
    const s = h.literal("abc123,def");
    expect(h.call("strspn", s, h.literal("cba"))).toBe(3);
    expect(h.call("strcspn", s, h.literal("0123456789"))).toBe(3);
    expect(h.call("strcspn", s, h.literal("xyz"))).toBe(10);
    expect(h.call("strpbrk", s, h.literal(",;"))).toBe(s + 6);
    expect(h.call("strpbrk", s, h.literal("XY"))).toBe(0);
  });

  test("strtok splits in place and keeps its position in __strtok_next", () => {
    const h = new Harness();
    const s = h.str("  one,two,,three  ");
    const d = h.literal(", ");
    const toks: string[] = [];
    for (let p = h.call("strtok", s, d); p !== 0; p = h.call("strtok", 0, d)) toks.push(h.cstring(p));
    expect(toks).toEqual(["one", "two", "three"]);
    expect(h.u32(h.sym("__strtok_next"))).toBe(0);
    expect(h.call("strtok", 0, d)).toBe(0);
    expect(h.call("strtok", h.str(",,,"), d)).toBe(0);
  });

  test("strerror: a known message has its own place, unknown ones share a static buffer", () => {
    const h = new Harness();
    const p = h.call("strerror", 12);
    const q = h.call("strerror", 34);
    expect(h.cstring(p)).toBe("Cannot allocate memory");
    expect(h.cstring(q)).toBe("Numerical result out of range");
    expect(h.call("strerror", 12)).toBe(p);
    const u = h.call("strerror", 999);
    expect(u).toBe(h.sym("__strerror_buf"));
    expect(h.cstring(u)).toBe("Unknown error 999");
    expect(h.call("strerror", -1)).toBe(u);
    expect(h.cstring(u)).toBe("Unknown error -1");
    expect(h.cstring(p)).toBe("Cannot allocate memory");
  });
});

describe("strdup", () => {
  test("allocates with malloc.o and logs one malloc event at strdup's call site", () => {
    const h = new Harness();
    h.site = { pc: 0x10040, function: "main", file: "dup.c", line: 9 };
    const p = h.call("strdup", h.literal("copy me"));
    expect(h.cstring(p)).toBe("copy me");
    expect(h.events.filter((e) => e.op !== "brk")).toEqual([{ op: "malloc", size: 8, result: p, site: h.site }]);
    const q = h.call("strndup", h.literal("truncate"), 3);
    expect(h.cstring(q)).toBe("tru");
    expect(h.eventLog().slice(-1)).toEqual([`malloc(4) = 0x${q.toString(16)}`]);
    expect(STRING_MEMBER.needs).toContain("malloc");
  });

  test("calls a program-defined malloc when malloc.o is not linked", () => {
    const h = new Harness({ members: [STRING_MEMBER, ERRNO_MEMBER] });
    const area = h.staticAlloc(64);
    const asked: number[] = [];
    h.defineFunction(([n]) => (asked.push(n!), area), "malloc");
    expect(h.call("strdup", h.literal("mine"))).toBe(area);
    expect(asked).toEqual([5]);
    expect(h.cstring(area)).toBe("mine");
    expect(h.events).toEqual([]);
  });
});
