/** @fileoverview VM tests: Calls, frames, backtraces and every control-flow fault kind with its exact report. */
import { describe, expect, it } from "vitest";
import { Op } from "../../vm/isa.js";
import {
  FP,
  SP,
  br1,
  call,
  callr,
  enter,
  halt,
  ins,
  jmp,
  label,
  ld,
  leave,
  li,
  line,
  ret,
  rri,
  rrr,
  runMain,
  runProg,
  st,
  push,
  pop,
} from "./asm.js";

const first = (report: string) => report.split("\n")[0];

describe("calls and frames", () => {
  it("passes cdecl arguments and keeps i386-like frames", () => {
    // f(a, b) = a - b; main returns f(50, 8)
    const { info, m } = runProg({
      funcs: [
        { name: "main", body: [enter(0), li(1, 8), push(1), li(1, 50), push(1), call("f"), rri(Op.ADDI, SP, SP, 8), leave(), ret()] },
        { name: "f", body: [enter(4), ld(Op.LDW, 1, FP, 8), ld(Op.LDW, 2, FP, 12), rrr(Op.SUB, 0, 1, 2), st(Op.STW, FP, -4, 0), leave(), ret()] },
      ],
    });
    expect(info.status).toBe(42);
    expect(info.steps).toBe(18);
    // main's frame: initial sp 0xfffe0, _start's call pushed 0xfffdc, main's enter saved fp at 0xfffd8
    expect(m.regs[SP]).toBe(0xfffe0 - 4 + 4);
    expect(m.mem.load32(0xfffdc)).toBe(0x10008); // return address into _start
    expect(m.mem.load32(0xfffd4)).toBe(8); // second argument, pushed first
    expect(m.mem.load32(0xfffd0)).toBe(50);
    expect(m.mem.load32(0xfffcc)).toBe(0x10040); // f's return address (after the call at 0x10038)
    expect(m.mem.load32(0xfffc8)).toBe(0xfffd8); // f's saved fp = main's fp
    expect(m.mem.load32(0xfffc4)).toBe(42); // f's local
  });

  it("pushes true return addresses and pops with POP", () => {
    const { m } = runMain([call("g"), halt(), label("g"), pop(3), halt()]);
    expect(m.regs[3]).toBe(0x10018);
  });

  it("prints a backtrace innermost first with the call lines", () => {
    const { info } = runProg({
      funcs: [
        { name: "main", file: "list.c", body: [enter(0), line(30), call("list_push"), leave(), ret()] },
        { name: "list_push", file: "list.c", body: [enter(8), line(14), li(1, 0), ld(Op.LDW, 0, 1, 0), leave(), ret()] },
      ],
    });
    expect(info.report).toBe(
      "Segmentation fault: read of 4 bytes at 0x00000000 (NULL page) in list_push at list.c:14\n" +
        "  #0 0x00010040 in list_push at list.c:14\n" +
        "  #1 0x00010020 in main at list.c:30\n",
    );
    expect(info.fault?.pc).toBe(0x10040);
  });

  it("walks frameless positions: first instruction and RET", () => {
    // Fault at a function's first instruction (bad opcode) and check the caller is found via [sp].
    const a = runProg({
      funcs: [
        { name: "main", body: [enter(0), line(7), call("h"), leave(), ret()] },
        { name: "h", body: [line(2), ins(0xee as Op), ret()] },
      ],
    });
    expect(a.info.report).toBe(
      "Illegal instruction: undefined opcode 0xee at 0x00010030 in h at t.c:2\n  #0 0x00010030 in h at t.c:2\n  #1 0x00010020 in main at t.c:7\n",
    );
    expect(a.info.status).toBe(132);
  });
});

describe("faults and their reports", () => {
  it("stack overflow by infinite recursion", () => {
    const { info } = runProg({
      funcs: [
        { name: "main", body: [enter(0), line(9), call("recurse"), leave(), ret()] },
        { name: "recurse", body: [line(4), enter(8), call("recurse"), leave(), ret()] },
      ],
    });
    expect(info.status).toBe(139);
    expect(info.fault?.kind).toBe("stack-overflow");
    const lines = info.report.split("\n");
    expect(lines[0]).toBe("Stack overflow: stack pointer 0x000efff8 passed the stack limit 0x000f0000 after 4095 frames in recurse at t.c:4");
    expect(lines[1]).toBe("  #0 0x00010030 in recurse at t.c:4");
    expect(lines[2]).toBe("  #1 0x00010040 in recurse at t.c:4");
    expect(lines[64]).toBe("  #63 0x00010040 in recurse at t.c:4");
    expect(lines[65]).toBe("  ... (4031 more frames)");
    expect(lines[66]).toBe("");
    expect(lines.length).toBe(67);
  });

  it("division by zero and INT_MIN / -1", () => {
    const a = runMain([li(1, 5), li(2, 0), line(6), rrr(Op.DIV, 0, 1, 2), ret()]);
    expect(a.info.status).toBe(136);
    expect(a.info.report).toBe("Floating point exception: division by zero in main at t.c:6\n  #0 0x00010020 in main at t.c:6\n");
    const b = runMain([li(1, -2147483648), li(2, -1), line(6), rrr(Op.REM, 0, 1, 2), ret()]);
    expect(first(b.info.report)).toBe("Floating point exception: integer overflow in division (INT_MIN / -1) in main at t.c:6");
    const c = runMain([li(1, 5), li(2, 0), line(2), rrr(Op.REMU, 0, 1, 2), ret()]);
    expect(first(c.info.report)).toBe("Floating point exception: division by zero in main at t.c:2");
    const d = runMain([li(1, 5), li(2, 0), line(2), rrr(Op.DIVU, 0, 1, 2), ret()]);
    expect(d.info.fault?.kind).toBe("div-by-zero");
  });

  it("calling a NULL function pointer", () => {
    const { info } = runMain([enter(0), li(1, 0), line(9), callr(1), leave(), ret()]);
    expect(info.status).toBe(139);
    expect(info.fault).toEqual({
      kind: "bad-jump",
      message: "pc 0x00000000 is not an instruction in text",
      pc: 0x10020,
      addr: 0,
      access: "exec",
      size: 8,
    });
    expect(info.report).toBe(
      "Illegal jump: pc 0x00000000 is not an instruction in text (called from main at t.c:9)\n  #0 0x00010020 in main at t.c:9\n",
    );
  });

  it("returning to a smashed return address", () => {
    const { info } = runMain([enter(0), li(1, 0x1234), st(Op.STW, FP, 4, 1), line(9), leave(), ret()]);
    expect(first(info.report)).toBe("Illegal jump: pc 0x00001234 is not an instruction in text (returning from main at t.c:9)");
    expect(info.report.split("\n")[2]).toBe("  #1 0x00001234 in ??");
  });

  it("branches outside text fault only when taken", () => {
    const ok = runMain([li(1, 1), br1(Op.BZ, 1, 0x4000), li(0, 3), ret()]);
    expect(ok.info.status).toBe(3);
    const bad = runMain([li(1, 0), line(3), br1(Op.BZ, 1, 0x4000), li(0, 3), ret()]);
    expect(first(bad.info.report)).toBe("Illegal jump: pc 0x00014020 is not an instruction in text (jumped from main at t.c:3)");
    expect(bad.info.fault?.pc).toBe(0x10018);
    expect(bad.info.steps).toBe(3);
    const mis = runMain([line(5), jmp(4), ret()]);
    expect(first(mis.info.report)).toBe("Illegal jump: pc 0x0001001c is not an instruction in text (jumped from main at t.c:5)");
    const callBad = runMain([line(5), call(-0x20), ret()]);
    expect(first(callBad.info.report)).toBe("Illegal jump: pc 0x0000fff8 is not an instruction in text (called from main at t.c:5)");
  });

  it("running off the end of text", () => {
    const { info } = runMain([line(2), li(0, 1)]);
    expect(first(info.report)).toBe("Illegal jump: pc 0x00010018 is not an instruction in text (ran off the end of text after main at t.c:2)");
    expect(info.fault?.pc).toBe(0x10010);
    expect(info.steps).toBe(2);
  });

  it("illegal instructions: bad register field", () => {
    const { info } = runMain([line(3), rrr(Op.ADD, 16, 0, 0), ret()]);
    expect(info.status).toBe(132);
    expect(first(info.report)).toBe("Illegal instruction: bad register operand in 'add' at 0x00010010 in main at t.c:3");
  });

  it("step limit", () => {
    const { info } = runMain([li(0, 0), label("L"), line(12), rri(Op.ADDI, 0, 0, 1), jmp("L")], { maxSteps: 100 });
    expect(info.status).toBe(137);
    expect(info.steps).toBe(100);
    expect(info.report).toBe("Step limit reached: 100 instructions executed (--max-steps) in main at t.c:12\n  #0 0x00010018 in main at t.c:12\n");
  });

  it("a step limit exactly large enough lets the program finish", () => {
    const body = [li(0, 7), ret()];
    expect(runMain(body, { maxSteps: 4 }).info).toEqual({ status: 7, reason: "exit", fault: null, report: "", steps: 4 });
    const short = runMain(body, { maxSteps: 3 }).info;
    expect(short.fault?.kind).toBe("step-limit");
    expect(short.steps).toBe(3);
    expect(short.fault?.pc).toBe(0x10008);
  });

  it("a step limit reached by a jump to a bad target is reported at the jump", () => {
    const { info } = runMain([li(1, 0), line(3), br1(Op.BZ, 1, 0x4000), ret()], { maxSteps: 3 });
    expect(info.steps).toBe(3);
    expect(info.fault?.pc).toBe(0x10018);
    expect(first(info.report)).toBe("Step limit reached: 3 instructions executed (--max-steps) in main at t.c:3");
  });

  it("COPY moves bytes and checks both ranges", () => {
    const ok = runProg({
      funcs: [{ name: "main", body: [li(1, "dst"), li(2, "src"), ins(Op.COPY, 1, 2, 0, 6), ld(Op.LDW, 0, 1, 2), halt()] }],
      data: [{ name: "src", bytes: [1, 2, 3, 4, 5, 6] }, { name: "dst", size: 8 }],
    });
    expect(ok.m.regs[0]).toBe(0x06050403);
    const bad = runProg({
      funcs: [{ name: "main", body: [li(1, "dst"), li(2, 0), line(4), ins(Op.COPY, 1, 2, 0, 6), halt()] }],
      data: [{ name: "dst", size: 8 }],
    });
    expect(first(bad.info.report)).toBe("Segmentation fault: read of 1 byte at 0x00000000 (NULL page) in main at t.c:4");
  });
});
