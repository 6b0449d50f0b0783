/** @fileoverview VM tests: Loads/stores (sign extension, misalignment), memory faults with their report lines, address classification, Memory's checked block operations. */
import { describe, expect, it } from "vitest";
import { Op } from "../../vm/isa.js";
import { Memory, PERM_R, PERM_W } from "../../vm/memory.js";
import { halt, ld, li, line, runProg, st, type Item, type ProgSpec } from "./asm.js";

/** main with an 8-byte data symbol `d` at 0x00012000 and a string in rodata at 0x00011000. */
function prog(body: Item[]): ProgSpec {
  return {
    funcs: [{ name: "main", body }],
    rodata: [{ name: "msg", bytes: "hi" }],
    data: [{ name: "d", bytes: [0x80, 0x01, 0x80, 0x04, 0x05, 0x06, 0x07, 0x08] }],
  };
}

function regsAfter(body: Item[]): number[] {
  const { info, m } = runProg(prog([...body, halt()]));
  expect(info.report).toBe("");
  return Array.from(m.regs);
}

describe("loads and stores", () => {
  it("places the test layout where the tests expect it", () => {
    const { m } = runProg(prog([halt()]));
    expect(m.symbol("msg")).toBe(0x11000);
    expect(m.symbol("d")).toBe(0x12000);
    expect(m.mem.heapStart).toBe(0x13000);
    expect(m.mem.brk).toBe(0x13000);
    expect(m.mem.stackLimit).toBe(0xf0000);
  });

  it("sign-extends LDB/LDH and zero-extends LDBU/LDHU", () => {
    const r = regsAfter([
      li(1, "d"),
      ld(Op.LDB, 2, 1, 0),
      ld(Op.LDBU, 3, 1, 0),
      ld(Op.LDH, 4, 1, 2),
      ld(Op.LDHU, 5, 1, 2),
      ld(Op.LDW, 6, 1, 4),
      ld(Op.LDB, 7, 1, 1),
    ]);
    expect(r.slice(2, 8)).toEqual([-128, 128, 0x0480, 0x0480, 0x08070605, 1]);
    const r2 = regsAfter([li(1, "d"), ld(Op.LDH, 2, 1, 1), ld(Op.LDHU, 3, 1, 1)]);
    expect(r2.slice(2, 4)).toEqual([-32767, 0x8001]); // misaligned halfword 0x8001
  });

  it("stores the low bits with STB/STH, little-endian", () => {
    const r = regsAfter([
      li(1, "d"),
      li(2, 0x12345678),
      st(Op.STB, 1, 0, 2),
      st(Op.STH, 1, 2, 2),
      ld(Op.LDW, 3, 1, 0),
      st(Op.STW, 1, 4, 2),
      ld(Op.LDBU, 4, 1, 4),
      ld(Op.LDBU, 5, 1, 7),
    ]);
    expect(r[3]! >>> 0).toBe(0x56780178);
    expect(r.slice(4, 6)).toEqual([0x78, 0x12]);
  });

  it("allows misaligned word accesses, as x86 does", () => {
    const r = regsAfter([li(1, "d"), ld(Op.LDW, 2, 1, 1), li(3, -2), st(Op.STW, 1, 3, 3), ld(Op.LDW, 4, 1, 0), ld(Op.LDW, 5, 1, 4)]);
    expect(r[2]! >>> 0).toBe(0x05048001);
    expect(r[4]! >>> 0).toBe(0xfe800180);
    expect(r[5]! >>> 0).toBe(0x08ffffff);
  });

  it("wraps base + offset around 32 bits", () => {
    const r = regsAfter([li(1, 0x12000 + 0x10), ld(Op.LDBU, 2, 1, -0x10), li(3, -1), ld(Op.LDBU, 4, 3, 0x12001)]);
    expect(r[2]).toBe(0x80);
    expect(r[4]).toBe(0x80); // -1 + 0x12001 = 0x12000
  });
});

describe("memory faults", () => {
  it("reports a NULL read", () => {
    const { info } = runProg(prog([li(1, 0), line(5), ld(Op.LDW, 0, 1, 0), halt()]));
    expect(info.status).toBe(139);
    expect(info.fault).toEqual({ kind: "segv", message: "read of 4 bytes at 0x00000000 (NULL page)", pc: 0x10018, addr: 0, access: "read", size: 4 });
    expect(info.report).toBe(
      "Segmentation fault: read of 4 bytes at 0x00000000 (NULL page) in main at t.c:5\n  #0 0x00010018 in main at t.c:5\n",
    );
  });

  it("refuses writes to rodata and text", () => {
    const a = runProg(prog([li(1, "msg"), li(2, 65), line(7), st(Op.STB, 1, 0, 2), halt()]));
    expect(a.info.report.split("\n")[0]).toBe("Segmentation fault: write of 1 byte at 0x00011000 (rodata, read-only) in main at t.c:7");
    expect(a.m.mem.u8[0x11000]).toBe(0x68); // 'h' untouched
    const b = runProg(prog([li(1, 0x10000), line(3), st(Op.STW, 1, 0, 1), halt()]));
    expect(b.info.report.split("\n")[0]).toBe("Segmentation fault: write of 4 bytes at 0x00010000 (text, read-only) in main at t.c:3");
  });

  it("names the region above the break, the guard page and the end of memory", () => {
    const gap = runProg(prog([li(1, 0xa0010), line(3), ld(Op.LDW, 0, 1, 0), halt()]));
    expect(gap.info.report.split("\n")[0]).toBe(
      "Segmentation fault: read of 4 bytes at 0x000a0010 (above the program break, between heap and stack) in main at t.c:3",
    );
    const guard = runProg(prog([li(1, 0xf0000 - 4), li(2, 9), line(4), st(Op.STW, 1, 0, 2), halt()]));
    expect(guard.info.report.split("\n")[0]).toBe("Segmentation fault: write of 4 bytes at 0x000efffc (stack guard page) in main at t.c:4");
    const beyond = runProg(prog([li(1, -4), line(2), ld(Op.LDBU, 0, 1, 0), halt()]));
    expect(beyond.info.report.split("\n")[0]).toBe("Segmentation fault: read of 1 byte at 0xfffffffc (beyond the end of memory) in main at t.c:2");
  });

  it("checks every byte of a misaligned access and writes nothing when one is bad", () => {
    const r = runProg(prog([li(1, 0x12ffe), li(2, -1), line(9), st(Op.STW, 1, 0, 2), halt()]));
    expect(r.info.fault?.addr).toBe(0x12ffe);
    expect(r.info.report.split("\n")[0]).toBe(
      "Segmentation fault: write of 4 bytes at 0x00012ffe (above the program break, between heap and stack) in main at t.c:9",
    );
    expect(r.m.mem.u8[0x12ffe]).toBe(0);
    expect(r.m.mem.u8[0x12fff]).toBe(0);
  });

  it("classifies addresses", () => {
    const { m } = runProg({ ...prog([halt()]), bss: [{ name: "b", size: 16 }] });
    const d = (a: number) => m.mem.describeAddress(a);
    expect(d(0)).toBe("NULL page");
    expect(d(0xfff)).toBe("NULL page");
    expect(d(0x1000)).toBe("below text");
    expect(d(0x10000)).toBe("text");
    expect(d(0x10ff0)).toBe("text");
    expect(d(0x11001)).toBe("rodata");
    expect(d(0x12004)).toBe("data");
    expect(m.symbol("b")).toBe(0x12008);
    expect(d(0x12008)).toBe("bss");
    expect(d(0x12800)).toBe("bss");
    expect(d(0x13000)).toBe("above the program break (between heap and stack)");
    expect(d(0xeffff)).toBe("stack guard page");
    expect(d(0xef000)).toBe("stack guard page");
    expect(d(0xeefff)).toBe("above the program break (between heap and stack)");
    expect(d(0xf0000)).toBe("stack");
    expect(d(0xfffff)).toBe("stack");
    expect(d(0x100000)).toBe("beyond the end of memory");
    expect(d(-1)).toBe("beyond the end of memory");
    m.mem.brk = 0x13010;
    m.mem.map(0x13000, 0x13010, PERM_R | PERM_W);
    expect(d(0x13fff)).toBe("heap");
    expect(d(0x14000)).toBe("above the program break (between heap and stack)");
  });
});

describe("Memory (checked block operations)", () => {
  function mem(): Memory {
    const m = new Memory(64 * 1024);
    m.map(0x1000, 0x3000, PERM_R | PERM_W);
    m.map(0x3000, 0x4000, PERM_R);
    m.segments = [
      { name: "data", start: 0x1000, end: 0x3000, perm: PERM_R | PERM_W },
      { name: "rodata", start: 0x3000, end: 0x4000, perm: PERM_R },
    ];
    m.heapStart = 0x4000;
    m.brk = 0x4000;
    m.stackLimit = 0xf000;
    return m;
  }

  it("reads C strings across pages and faults at the first unmapped byte", () => {
    const m = mem();
    m.u8.set([0x61, 0x62], 0x2ffe);
    m.u8.set([0x63, 0], 0x3000);
    expect(Array.from(m.readCString(0x2ffe))).toEqual([0x61, 0x62, 0x63]);
    m.u8.fill(0x41, 0x3f00, 0x4000);
    expect(() => m.readCString(0x3f00)).toThrow("read of 1 byte at 0x00004000 (above the program break, between heap and stack)");
  });

  it("measures C strings without copying, faulting where readCString does", () => {
    const m = mem();
    m.u8.set([0x61, 0x62], 0x2ffe);
    m.u8.set([0x63, 0], 0x3000);
    expect(m.strlen(0x2ffe)).toBe(3);
    expect(m.strlen(0x3001)).toBe(0);
    m.u8.fill(0x41, 0x3f00, 0x4000);
    expect(() => m.strlen(0x3f00)).toThrow("read of 1 byte at 0x00004000 (above the program break, between heap and stack)");
    expect(() => m.strlen(0x0ff0)).toThrow("read of 1 byte at 0x00000ff0 (NULL page)");
    expect(() => m.strlen(0xfffffff0)).toThrow("read of 1 byte at 0xfffffff0");
  });

  it("fills and writes up to the first bad byte, then faults there", () => {
    const m = mem();
    expect(() => m.fill(0x2ff0, 7, 0x20)).toThrow("write of 1 byte at 0x00003000 (rodata, read-only)");
    expect(m.u8[0x2fff]).toBe(7);
    expect(m.u8[0x2fef]).toBe(0);
    expect(m.u8[0x3000]).toBe(0);
    expect(() => m.writeBytes(0x0ffe, Uint8Array.of(1, 2, 3))).toThrow("write of 1 byte at 0x00000ffe (NULL page)");
  });

  it("copies with memmove semantics", () => {
    const m = mem();
    m.u8.set([1, 2, 3, 4, 5], 0x1000);
    m.copyWithin(0x1001, 0x1000, 4);
    expect(Array.from(m.u8.subarray(0x1000, 0x1005))).toEqual([1, 1, 2, 3, 4]);
    m.copyWithin(0x1000, 0x1001, 4);
    expect(Array.from(m.u8.subarray(0x1000, 0x1005))).toEqual([1, 2, 3, 4, 4]);
    expect(() => m.copyWithin(0x3ffe, 0x1000, 4)).toThrow("write of 1 byte at 0x00003ffe");
    expect(() => m.copyWithin(0x1000, 0x3ffe, 4)).toThrow("read of 1 byte at 0x00004000");
    expect(Array.from(m.u8.subarray(0x1000, 0x1002))).toEqual([0, 0]);
  });

  it("loads and stores scalars, checked", () => {
    const m = mem();
    m.store32(0x1001, -2);
    expect(m.load32(0x1001)).toBe(-2);
    expect(m.load16(0x1001)).toBe(0xfffe);
    expect(m.load16s(0x1001)).toBe(-2);
    expect(m.load8(0x1004)).toBe(0xff);
    expect(m.load8s(0x1004)).toBe(-1);
    m.store16(0x1fff, 0x1234);
    expect(m.load8(0x1fff)).toBe(0x34);
    expect(m.load8(0x2000)).toBe(0x12);
    expect(m.load16(0x3ffe)).toBe(0);
    expect(() => m.store16(0x2fff, 1)).toThrow("write of 2 bytes at 0x00002fff (rodata, read-only)");
    expect(() => m.load32(0xfffffffe)).toThrow("read of 4 bytes at 0xfffffffe (beyond the end of memory)");
    expect(m.readBytes(0x1000, 0).length).toBe(0);
  });
});
