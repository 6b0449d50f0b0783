/** @fileoverview VM tests: Natives (NativeContext), traps (write/read/brk and the brk event log) and the loader's checks. */
import { describe, expect, it } from "vitest";
import type { CallSite, NativeContext, NativeFn } from "../../libc/abi.js";
import { Op, Trap } from "../../vm/isa.js";
import { LoadError, Machine } from "../../vm/machine.js";
import {
  FP,
  SP,
  assemble,
  call,
  enter,
  halt,
  ld,
  leave,
  li,
  line,
  nativeStub,
  push,
  ret,
  rri,
  rrr,
  runProg,
  st,
  trap,
  type FuncSpec,
  type Item,
} from "./asm.js";

const first = (report: string) => report.split("\n")[0];

/** main calls native stub `name` (index 0) with args (pushed right to left) at line 5. */
function callNative(name: string, args: number[], after: Item[] = [halt()]): FuncSpec[] {
  const body: Item[] = [enter(0)];
  for (let i = args.length - 1; i >= 0; i--) body.push(li(1, args[i]!), push(1));
  body.push(li(5, 555), line(5), call(name), rri(Op.ADDI, SP, SP, 4 * args.length), ...after);
  return [{ name: "main", body }, nativeStub(name, 0)];
}

describe("natives", () => {
  it("passes arguments and returns r0 (and r1 with setHigh)", () => {
    const natives: Record<string, NativeFn> = {
      add3: (c) => {
        c.setHigh(c.argAddr(2));
        return c.arg(0) + c.arg(1) + c.arg(2);
      },
    };
    const { info, m } = runProg({ funcs: callNative("add3", [1, 20, 300]), natives: ["add3"] }, { natives });
    expect(info.reason).toBe("exit");
    expect(m.regs[0]).toBe(321);
    expect(m.regs[1]).toBe(0xfffd8 - 12 + 8); // sp at the native = fp - 12 - 4, arg 2 at sp + 12
    expect(m.regs[5]).toBe(555);
  });

  it("leaves r0 alone for a void native", () => {
    const { m } = runProg(
      { funcs: callNative("nothing", [], [li(0, 9), call("nothing"), halt()]), natives: ["nothing"] },
      { natives: { nothing: () => undefined } },
    );
    expect(m.regs[0]).toBe(9);
  });

  it("calls back into the program re-entrantly (callFunction)", () => {
    // apply(fn, x) = fn(x, 10) + 1; sub(a, b) = twice(a) - b; twice is another native.
    const natives: Record<string, NativeFn> = {
      apply: (c) => {
        c.setHigh(77); // clobbered registers must come back as the native left them
        return c.callFunction(c.arg(0), [c.arg(1), 10]) + 1;
      },
      twice: (c) => 2 * c.arg(0),
    };
    const sub: FuncSpec = {
      name: "sub",
      body: [enter(0), ld(Op.LDW, 1, FP, 8), push(1), call("twice"), rri(Op.ADDI, SP, SP, 4), ld(Op.LDW, 2, FP, 12), rrr(Op.SUB, 0, 0, 2), li(5, -1), leave(), ret()],
    };
    const main: FuncSpec = {
      name: "main",
      body: [enter(0), li(1, 21), push(1), li(1, "sub"), push(1), li(5, 555), call("apply"), rri(Op.ADDI, SP, SP, 8), halt()],
    };
    const { info, m } = runProg({ funcs: [main, sub, nativeStub("apply", 0), nativeStub("twice", 1)], natives: ["apply", "twice"] }, { natives });
    expect(info.reason).toBe("exit");
    expect(m.regs[0]).toBe(2 * 21 - 10 + 1);
    expect(m.regs[5]).toBe(555);
    expect(m.regs[1]).toBe(77);
    expect(m.regs[SP]).toBe(0xfffd8);
    expect(m.regs[FP]).toBe(0xfffd8);
  });

  it("reports a fault inside a callback with the native in the backtrace", () => {
    const natives: Record<string, NativeFn> = { apply: (c) => c.callFunction(c.arg(0), []) };
    const bad: FuncSpec = { name: "bad", body: [enter(0), li(1, 0), line(3), ld(Op.LDW, 0, 1, 0), leave(), ret()] };
    const main: FuncSpec = { name: "main", body: [enter(0), li(1, "bad"), push(1), line(8), call("apply"), halt()] };
    const { info } = runProg({ funcs: [main, bad, nativeStub("apply", 0)], natives: ["apply"] }, { natives });
    // apply's stub is at 0x10060: the sentinel return address is its NATIVE + 4
    expect(info.report).toBe(
      "Segmentation fault: read of 4 bytes at 0x00000000 (NULL page) in bad at t.c:3\n" +
        "  #0 0x00010048 in bad at t.c:3\n" +
        "  #1 0x00010064 in apply (libc)\n" +
        "  #2 0x00010030 in main at t.c:8\n",
    );
  });

  it("callFunction with a NULL function pointer is an illegal jump", () => {
    const natives: Record<string, NativeFn> = { qsort: (c) => c.callFunction(0, [1, 2]) };
    const { info } = runProg({ funcs: callNative("qsort", []), natives: ["qsort"] }, { natives });
    expect(info.report).toBe(
      "Illegal jump: pc 0x00000000 is not an instruction in text (called back from qsort (libc), called from main at t.c:5)\n" +
        "  #0 0x00010038 in qsort (libc)\n" +
        "  #1 0x00010028 in main at t.c:5\n",
    );
  });

  it("exit() from inside a native unwinds it and stops cleanly", () => {
    let after = false;
    const natives: Record<string, NativeFn> = {
      exit: (c) => {
        const buf = c.symbol("buf")!;
        c.mem.writeBytes(buf, new TextEncoder().encode("bye\n"));
        expect(c.trap(Trap.WRITE, 1, buf, 4)).toBe(4);
        c.trap(Trap.EXIT, c.arg(0), 0, 0);
        after = true;
      },
    };
    const { info, io } = runProg({ funcs: callNative("exit", [258]), natives: ["exit"], bss: [{ name: "buf", size: 16 }] }, { natives });
    expect(info).toEqual({ status: 2, reason: "exit", fault: null, report: "", steps: 7 });
    expect(after).toBe(false);
    expect(io.stdout()).toBe("bye\n");
  });

  it("gives natives symbols, call sites and the event log", () => {
    let site: CallSite | null = null;
    let sym: number | undefined;
    const natives: Record<string, NativeFn> = {
      malloc: (c: NativeContext) => {
        site = c.callSite();
        sym = c.symbol("heap_state");
        c.event({ op: "malloc", size: c.arg(0), result: 0x1234, site });
        return 0x1234;
      },
    };
    const { m } = runProg({ funcs: callNative("malloc", [24]), natives: ["malloc"], bss: [{ name: "heap_state", size: 8 }] }, { natives });
    expect(site).toEqual({ pc: 0x10038, function: "main", file: "t.c", line: 5 });
    expect(sym).toBe(0x11000);
    expect(m.symbol("nope")).toBeUndefined();
    expect(m.events).toEqual([{ op: "malloc", size: 24, result: 0x1234, site }]);
  });

  it("abort() stops with status 134 and the message", () => {
    const natives: Record<string, NativeFn> = { free: (c) => c.abort("free(): invalid pointer 0x00000010") };
    const { info } = runProg({ funcs: callNative("free", [16]), natives: ["free"] }, { natives });
    expect(info.status).toBe(134);
    expect(info.fault?.kind).toBe("abort");
    expect(info.report).toBe(
      "Aborted: free(): invalid pointer 0x00000010\n  #0 0x00010048 in free (libc)\n  #1 0x00010038 in main at t.c:5\n",
    );
  });

  it("a bad pointer in a native faults in the native, called from the program", () => {
    const natives: Record<string, NativeFn> = { strlen: (c) => c.mem.readCString(c.arg(0)).length };
    const { info } = runProg({ funcs: callNative("strlen", [0]), natives: ["strlen"] }, { natives });
    expect(info.status).toBe(139);
    expect(first(info.report)).toBe(
      "Segmentation fault: read of 1 byte at 0x00000000 (NULL page) in strlen (libc), called from main at t.c:5",
    );
    expect(info.fault?.pc).toBe(0x10048);
  });
});

describe("traps", () => {
  it("writes to stdout and stderr, refuses other fds", () => {
    const body: Item[] = [
      li(0, 1), li(1, "msg"), li(2, 6), trap(Trap.WRITE), rr0(6),
      li(0, 2), li(1, "msg"), li(2, 3), trap(Trap.WRITE), rr0(7),
      li(0, 3), li(1, "msg"), li(2, 3), trap(Trap.WRITE), rr0(8),
      li(0, 1), li(1, 0), li(2, 0), trap(Trap.WRITE), rr0(9),
      li(0, 1), li(1, "msg"), li(2, -1), trap(Trap.WRITE), rr0(10),
      trap(99 as Trap), halt(),
    ];
    const { m, io } = runProg({ funcs: [{ name: "main", body }], rodata: [{ name: "msg", bytes: "hello\n" }] });
    expect(io.stdout()).toBe("hello\n");
    expect(io.stderr()).toBe("hel");
    expect(Array.from(m.regs.subarray(6, 11))).toEqual([6, 3, -9, 0, -22]);
    expect(m.regs[0]).toBe(-38);
  });

  it("a write from a bad buffer faults", () => {
    const { info } = runProg({ funcs: [{ name: "main", body: [li(0, 1), li(1, 0x100), li(2, 4), line(4), trap(Trap.WRITE), halt()] }] });
    expect(first(info.report)).toBe("Segmentation fault: read of 1 byte at 0x00000100 (NULL page) in main at t.c:4");
  });

  it("reads stdin into memory", () => {
    const body: Item[] = [li(0, 0), li(1, "buf"), li(2, 8), trap(Trap.READ), rr0(6), li(0, 0), li(1, "buf"), li(2, 8), trap(Trap.READ), rr0(7), li(0, 1), trap(Trap.READ), halt()];
    const { m } = runProg({ funcs: [{ name: "main", body }], bss: [{ name: "buf", size: 8 }] }, { stdin: "abc" });
    expect(m.regs[6]).toBe(3);
    expect(m.regs[7]).toBe(0);
    expect(m.regs[0]).toBe(-9);
    expect(Array.from(m.mem.u8.subarray(0x11000, 0x11004))).toEqual([0x61, 0x62, 0x63, 0]);
  });

  it("moves the program break, maps and unmaps pages, logs events", () => {
    const brk = (v: number, save: number, l: number): Item[] => [li(0, v), line(l), trap(Trap.BRK), rr0(save)];
    const body: Item[] = [
      ...brk(0, 3, 1), // query: 0x11000
      ...brk(0x11000 + 5000, 4, 2), // grow: maps 0x11000..0x13000
      li(1, 0x12ffc), li(2, 42), st(Op.STW, 1, 0, 2), ld(Op.LDW, 5, 1, 0),
      ...brk(0x11000 + 10, 6, 3), // shrink: unmaps 0x12000..0x13000
      ...brk(0x10000, 7, 4), // below the heap start: fails
      ...brk(0xef001, 8, 5), // into the guard page: fails
      ...brk(0x13000, 9, 6), // grow again: the old page comes back zeroed
      ld(Op.LDW, 10, 1, 0),
      ...brk(0xef000, 11, 7), // right up to the guard page
      halt(),
    ];
    const { m, info } = runProg({ funcs: [{ name: "main", body }] });
    expect(info.reason).toBe("exit");
    expect(Array.from(m.regs.subarray(3, 12))).toEqual([0x11000, 0x12388, 42, 0x1100a, 0x1100a, 0x1100a, 0x13000, 0, 0xef000]);
    const site = (pc: number, l: number) => ({ pc, function: "main", file: "t.c", line: l });
    expect(m.events).toEqual([
      { op: "brk", from: 0x11000, to: 0x12388, result: 0x12388, site: site(0x10030, 2) },
      { op: "brk", from: 0x12388, to: 0x1100a, result: 0x1100a, site: site(0x10068, 3) },
      { op: "brk", from: 0x1100a, to: 0x10000, result: 0x1100a, site: site(0x10080, 4) },
      { op: "brk", from: 0x1100a, to: 0xef001, result: 0x1100a, site: site(0x10098, 5) },
      { op: "brk", from: 0x1100a, to: 0x13000, result: 0x13000, site: site(0x100b0, 6) },
      { op: "brk", from: 0x13000, to: 0xef000, result: 0xef000, site: site(0x100d0, 7) },
    ]);
    expect(m.mem.describeAddress(0xeeffc)).toBe("heap");
    expect(m.mem.describeAddress(0xef000)).toBe("stack guard page");
  });

  it("unmapped heap pages fault after shrinking", () => {
    const body: Item[] = [li(0, 0x13000), trap(Trap.BRK), li(0, 0x11000), trap(Trap.BRK), li(1, 0x11000), line(8), st(Op.STB, 1, 0, 1), halt()];
    const { info } = runProg({ funcs: [{ name: "main", body }] });
    expect(first(info.report)).toBe("Segmentation fault: write of 1 byte at 0x00011000 (above the program break, between heap and stack) in main at t.c:8");
  });

  it("a brk issued by libc is attributed to the native's caller", () => {
    const natives: Record<string, NativeFn> = { sbrk: (c) => c.trap(Trap.BRK, 0x11000 + c.arg(0), 0, 0) };
    const { m } = runProg({ funcs: callNative("sbrk", [64]), natives: ["sbrk"] }, { natives });
    expect(m.regs[0]).toBe(0x11040);
    expect(m.events).toEqual([{ op: "brk", from: 0x11000, to: 0x11040, result: 0x11040, site: { pc: 0x10038, function: "main", file: "t.c", line: 5 } }]);
  });
});

/** mov rN, r0 */
function rr0(n: number): Item {
  return { op: Op.MOV, a: n, b: 0 };
}

describe("loader", () => {
  const tiny = () => assemble({ funcs: [{ name: "main", body: [li(0, 0), ret()] }] });

  it("builds argc/argv on the stack", () => {
    const m = new Machine(tiny(), { memory: 1 << 20, stack: 65536, argv: ["prog", "x", "hello"] });
    const sp = m.regs[SP]!;
    expect(sp).toBe(0xfffd0);
    expect(m.mem.load32(sp)).toBe(3);
    const argv = m.mem.load32(sp + 4);
    expect(argv).toBe(sp + 8);
    const str = (a: number) => new TextDecoder().decode(m.mem.readCString(a));
    expect([0, 1, 2].map((i) => str(m.mem.load32(argv + 4 * i)))).toEqual(["prog", "x", "hello"]);
    expect(m.mem.load32(argv + 12)).toBe(0);
    expect(m.mem.load32(argv)).toBe(0x100000 - 13);
    expect(m.pc).toBe(0x10000);
  });

  it("rejects unknown natives, bad sizes and broken images", () => {
    const exe = { ...tiny(), natives: ["foo"] };
    expect(() => new Machine(exe, { argv: ["prog"] })).toThrow(new LoadError("prog: unknown libc function 'foo' (executable built by another minic version?)"));
    expect(() => new Machine(tiny(), { memory: 1000, argv: ["p"] })).toThrow(
      "p: invalid memory size 1000 (must be a multiple of 4096 between 256 KiB and 1024 MiB)",
    );
    expect(() => new Machine(tiny(), { memory: 1 << 20, stack: 1 << 20, argv: ["p"] })).toThrow("p: stack of 1 MiB does not fit in 1 MiB of memory");
    const big = assemble({ funcs: [{ name: "main", body: [ret()] }], bss: [{ name: "arr", size: 2 << 20 }] });
    expect(() => new Machine(big, { memory: 1 << 20, stack: 65536, argv: ["p"] })).toThrow(
      "p: program image (bss ends at 0x00211000) does not fit below the stack at 0x000f0000: 1 MiB of memory with a 64 KiB stack is too small (--memory)",
    );
    const badEntry = { ...tiny(), entry: 0x10004 };
    expect(() => new Machine(badEntry, { argv: ["p"] })).toThrow("p: entry point 0x00010004 is not an instruction in text");
    const t = tiny();
    const overlap = { ...t, segments: [...t.segments, { name: "data" as const, start: 0x10008, bytes: new Uint8Array(4), size: 4, perm: "rw-" as const }] };
    expect(() => new Machine(overlap, { argv: ["p"] })).toThrow("p: segments text and data overlap");
    const low = { ...t, segments: [...t.segments, { name: "data" as const, start: 0x8000, bytes: new Uint8Array(4), size: 4, perm: "rw-" as const }] };
    expect(() => new Machine(low, { argv: ["p"] })).toThrow("p: segment data starts at 0x00008000, below 0x00010000");
    expect(() => new Machine(tiny(), { maxSteps: -1, argv: ["p"] })).toThrow("p: invalid step limit -1");
  });

  it("runs a program once; run() again returns the same result", () => {
    const m = new Machine(tiny(), {});
    const a = m.run();
    expect(m.run()).toBe(a);
    expect(a.status).toBe(0);
  });
});
