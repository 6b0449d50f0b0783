/** @fileoverview VM tests: Source lookup helpers, callbacks in backtraces and the step budget across nested calls. */
import { describe, expect, it } from "vitest";
import type { NativeFn } from "../../libc/abi.js";
import { Op, Trap } from "../../vm/isa.js";
import { functionAt, lineAt, callSiteOf } from "../../vm/report.js";
import { assemble, call, enter, halt, jmp, label, leave, li, line, nativeStub, push, ret, rri, runProg, trap, type FuncSpec } from "./asm.js";

describe("source lookup", () => {
  const exe = assemble({
    funcs: [
      { name: "main", file: "m.c", line: 2, body: [enter(0), line(3), li(0, 1), line(4), call("strlen"), leave(), ret()] },
      nativeStub("strlen", 0),
    ],
    natives: ["strlen"],
  });

  it("finds functions from debug info and from symbols", () => {
    expect(functionAt(exe, 0x10018)).toEqual({ name: "main", addr: 0x10010, end: 0x10038, file: "m.c", line: 2, debug: true, libc: false });
    expect(functionAt(exe, 0x1003c)).toEqual({ name: "strlen", addr: 0x10038, end: 0x10048, file: null, line: null, debug: false, libc: true });
    expect(functionAt(exe, 0x10000)?.name).toBe("_start");
    expect(functionAt(exe, 0x10048)).toBeNull();
    expect(functionAt(exe, 0x100)).toBeNull();
  });

  it("maps addresses to lines without leaking into the next function", () => {
    expect(lineAt(exe, 0x10010)).toBeNull(); // enter comes before the first line entry
    expect(lineAt(exe, 0x10018)).toEqual({ file: "m.c", line: 3 });
    expect(lineAt(exe, 0x10020)).toEqual({ file: "m.c", line: 4 });
    expect(lineAt(exe, 0x10030)).toEqual({ file: "m.c", line: 4 });
    expect(lineAt(exe, 0x10038)).toBeNull(); // strlen (libc) has no lines
  });

  it("describes a return address by its call instruction", () => {
    expect(callSiteOf(exe, 0x10028)).toEqual({ pc: 0x10028, function: "main", file: "m.c", line: 4 });
  });
});

describe("callbacks and the step budget", () => {
  const natives: Record<string, NativeFn> = { apply: (c) => c.callFunction(c.arg(0), []) };
  const main: FuncSpec = { name: "main", body: [enter(0), li(1, "cb"), push(1), line(8), call("apply"), halt()] };

  it("counts steps of nested code against --max-steps", () => {
    const cb: FuncSpec = { name: "cb", body: [enter(0), label("L"), line(2), rri(Op.ADDI, 0, 0, 1), jmp("L")] };
    const { info } = runProg({ funcs: [main, cb, nativeStub("apply", 0)], natives: ["apply"] }, { natives, maxSteps: 50 });
    expect(info.steps).toBe(50);
    expect(info.report).toBe(
      "Step limit reached: 50 instructions executed (--max-steps) in cb at t.c:2\n" +
        "  #0 0x00010048 in cb at t.c:2\n" +
        "  #1 0x00010054 in apply (libc)\n" +
        "  #2 0x00010030 in main at t.c:8\n",
    );
  });

  it("exit from inside a callback ends the whole program", () => {
    const cb: FuncSpec = { name: "cb", body: [enter(0), li(0, 3), trap(Trap.EXIT)] };
    const { info } = runProg({ funcs: [main, cb, nativeStub("apply", 0)], natives: ["apply"] }, { natives });
    expect(info).toEqual({ status: 3, reason: "exit", fault: null, report: "", steps: 9 });
  });

  it("walks nested callbacks from the same native", () => {
    const cb1: FuncSpec = { name: "cb1", body: [enter(0), li(1, "cb2"), push(1), line(20), call("apply"), leave(), ret()] };
    const cb2: FuncSpec = { name: "cb2", body: [enter(0), li(1, 0), line(30), { op: Op.STW, a: 1, b: 1, imm: 0 }, leave(), ret()] };
    const main1: FuncSpec = { name: "main", body: [enter(0), li(1, "cb1"), push(1), line(8), call("apply"), halt()] };
    const { info } = runProg({ funcs: [main1, cb1, cb2, nativeStub("apply", 0)], natives: ["apply"] }, { natives });
    expect(info.report).toBe(
      "Segmentation fault: write of 4 bytes at 0x00000000 (NULL page) in cb2 at t.c:30\n" +
        "  #0 0x00010078 in cb2 at t.c:30\n" +
        "  #1 0x00010094 in apply (libc)\n" +
        "  #2 0x00010058 in cb1 at t.c:20\n" +
        "  #3 0x00010094 in apply (libc)\n" +
        "  #4 0x00010030 in main at t.c:8\n",
    );
  });
});
