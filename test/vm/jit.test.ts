/**
 * @fileoverview The second tier (vm/jit.ts) must be invisible: every program gives the
 * same output, exit status, step count, fault report and final registers with compiled
 * code as with the interpreter alone. Compiled code is forced from the first transfer
 * (threshold 0) so that even short programs run almost entirely in it.
 */
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildAndRun, buildExecutable, captureIO, createMachine } from "../../cli/driver.js";
import { Op } from "../../vm/isa.js";
import { jitOptions } from "../../vm/jit.js";
import { CORPUS_ROOT, corpusCases, corpusInput } from "../corpus.js";
import { FP, SP, br1, br2, call, callr, enter, jmp, label, ld, leave, li, line, push, ret, rri, rrr, runProg, st, type ProgSpec } from "./asm.js";

const saved = { ...jitOptions };
afterEach(() => Object.assign(jitOptions, saved));

function withJit<T>(on: boolean, f: () => T): T {
  const before = { ...jitOptions };
  jitOptions.enabled = on;
  jitOptions.threshold = 0;
  try {
    return f();
  } finally {
    Object.assign(jitOptions, before);
  }
}

/** Runs a hand-assembled program both ways; returns both results. */
function both(spec: ProgSpec, opts: Parameters<typeof runProg>[1] = {}) {
  const interp = withJit(false, () => runProg(spec, opts));
  const jit = withJit(true, () => runProg(spec, opts));
  return { interp, jit };
}

function same(spec: ProgSpec, opts: Parameters<typeof runProg>[1] = {}) {
  const { interp, jit } = both(spec, opts);
  expect(jit.info).toEqual(interp.info);
  expect(Array.from(jit.m.regs)).toEqual(Array.from(interp.m.regs));
  expect(jit.m.pc).toBe(interp.m.pc);
  return interp;
}

// sum(n) = n + (n-1) + ... + 1 with a counting loop: a hot backward branch.
const loopMain = (n: number): ProgSpec => ({
  funcs: [
    {
      name: "main",
      file: "loop.c",
      body: [
        enter(8),
        line(2),
        li(1, 0),
        st(Op.STW, FP, -4, 1),
        li(1, n),
        st(Op.STW, FP, -8, 1),
        label("top"),
        line(3),
        ld(Op.LDW, 1, FP, -4),
        ld(Op.LDW, 2, FP, -8),
        rrr(Op.ADD, 1, 1, 2),
        st(Op.STW, FP, -4, 1),
        rri(Op.ADDI, 2, 2, -1),
        st(Op.STW, FP, -8, 2),
        br1(Op.BNZ, 2, "top"),
        line(4),
        ld(Op.LDW, 0, FP, -4),
        rri(Op.ANDI, 0, 0, 127),
        leave(),
        ret(),
      ],
    },
  ],
});

// f(n) = n < 1 ? 0 : 1 + f(n - 1): recursion through compiled calls.
const recMain = (n: number): ProgSpec => ({
  funcs: [
    { name: "main", file: "rec.c", body: [enter(0), line(1), li(1, n), push(1), call("f"), rri(Op.ADDI, SP, SP, 4), rri(Op.ANDI, 0, 0, 255), leave(), ret()] },
    {
      name: "f",
      file: "rec.c",
      line: 5,
      body: [
        enter(0),
        line(6),
        ld(Op.LDW, 1, FP, 8),
        br1(Op.BZ, 1, "base"),
        rri(Op.ADDI, 1, 1, -1),
        push(1),
        line(7),
        call("f"),
        rri(Op.ADDI, SP, SP, 4),
        rri(Op.ADDI, 0, 0, 1),
        jmp("out"),
        label("base"),
        li(0, 0),
        label("out"),
        leave(),
        ret(),
      ],
    },
  ],
});

describe("compiled code matches the interpreter", () => {
  it("runs a hot loop to the same result, steps and registers", () => {
    const r = same(loopMain(5000));
    expect(r.info.status).toBe((5000 * 5001) / 2 & 127);
    expect(r.info.steps).toBe(11 + 7 * 5000); // _start 2, prologue 5, loop 7 per iteration, epilogue 4
  });

  it("stops at exactly the same instruction for every --max-steps", () => {
    // Limits inside the entry block, inside the loop and around the exit path.
    for (const max of [1, 2, 3, 7, 8, 9, 10, 100, 101, 102, 103, 104, 105, 106, 999, 1000, 3504, 3505, 3506, 3507, 3508, 3509, 3510]) {
      const { interp, jit } = both(loopMain(500), { maxSteps: max });
      expect(jit.info, `maxSteps ${max}`).toEqual(interp.info);
      expect(Array.from(jit.m.regs), `maxSteps ${max}`).toEqual(Array.from(interp.m.regs));
    }
  });

  it("counts recursion through compiled calls exactly", () => {
    const r = same(recMain(300));
    expect(r.info.status).toBe(300 & 255);
    for (const max of [50, 51, 52, 53, 54, 55, 56, 2000, 2001, 2002, 2003, 2004]) {
      const { interp, jit } = both(recMain(300), { maxSteps: max });
      expect(jit.info, `maxSteps ${max}`).toEqual(interp.info);
    }
  });

  it("reports a stack overflow from deep compiled recursion identically", () => {
    const r = same(recMain(100000));
    expect(r.info.fault?.kind).toBe("stack-overflow");
    expect(r.info.report.split("\n")[0]).toBe("Stack overflow: stack pointer 0x000efffc passed the stack limit 0x000f0000 after 5459 frames in f at rec.c:6");
  });

  it("reports a NULL dereference in a hot loop identically", () => {
    const spec: ProgSpec = {
      funcs: [
        {
          name: "main",
          file: "null.c",
          body: [
            enter(0),
            line(2),
            li(1, 100),
            label("top"),
            rri(Op.ADDI, 1, 1, -1),
            br1(Op.BNZ, 1, "top"),
            line(3),
            ld(Op.LDW, 0, 1, 0),
            leave(),
            ret(),
          ],
        },
      ],
    };
    const r = same(spec);
    expect(r.info.report).toBe("Segmentation fault: read of 4 bytes at 0x00000000 (NULL page) in main at null.c:3\n  #0 0x00010030 in main at null.c:3\n");
  });

  it("reports a smashed return address identically", () => {
    const spec: ProgSpec = {
      funcs: [
        { name: "main", file: "smash.c", body: [enter(0), line(1), call("g"), leave(), ret()] },
        { name: "g", file: "smash.c", line: 4, body: [enter(0), line(5), li(1, 0x12345678), st(Op.STW, FP, 4, 1), leave(), ret()] },
      ],
    };
    const r = same(spec);
    expect(r.info.fault?.kind).toBe("bad-jump");
    expect(r.info.fault?.addr).toBe(0x12345678);
  });

  it("divides by zero in compiled code like the interpreter", () => {
    const spec: ProgSpec = {
      funcs: [{ name: "main", file: "div.c", body: [enter(0), line(2), li(1, 10), label("top"), rri(Op.ADDI, 1, 1, -1), rrr(Op.DIV, 0, 1, 1), jmp("top")] }],
    };
    const r = same(spec);
    expect(r.info.report.split("\n")[0]).toBe("Floating point exception: division by zero in main at div.c:2");
  });
});

describe("the first-region hook (host tuning for long runs)", () => {
  it("is called once, when the first region is compiled, and not for a short run", () => {
    let calls = 0;
    jitOptions.onFirstRegion = () => calls++;
    runProg(loopMain(10)); // 10 transfers: below the threshold of 40
    expect(calls).toBe(0);
    expect(jitOptions.onFirstRegion).not.toBeNull();
    runProg(loopMain(5000));
    expect(calls).toBe(1);
    expect(jitOptions.onFirstRegion).toBeNull();
    runProg(loopMain(5000));
    expect(calls).toBe(1);
  });
});

describe("copied blocks and indirect calls inside a region", () => {
  // main calls f and g directly once (so both are functions of main's region), then
  // alternates between them through a pointer with no profile (threshold 0): the call goes
  // to the callee's case through the region's table of function entries. f and g return
  // through jmps to shared epilogues, which are copied at each jump (f's also through a jmp
  // to a jmp); g stores through NULL, in a copied block, when its argument is `crashAt`.
  const prog = (n: number, crashAt = -1): ProgSpec => ({
    funcs: [
      {
        name: "main",
        file: "dup.c",
        body: [
          enter(8),
          line(2),
          li(1, 0),
          st(Op.STW, FP, -4, 1),
          li(1, 3),
          push(1),
          call("f"),
          rri(Op.ADDI, SP, SP, 4),
          push(1),
          call("g"),
          rri(Op.ADDI, SP, SP, 4),
          li(1, n),
          st(Op.STW, FP, -8, 1),
          label("top"),
          line(3),
          ld(Op.LDW, 1, FP, -8),
          rri(Op.ANDI, 2, 1, 1),
          li(3, "f"),
          br1(Op.BNZ, 2, "call"),
          li(3, "g"),
          label("call"),
          push(1),
          callr(3),
          rri(Op.ADDI, SP, SP, 4),
          ld(Op.LDW, 1, FP, -4),
          rrr(Op.ADD, 1, 1, 0),
          st(Op.STW, FP, -4, 1),
          ld(Op.LDW, 1, FP, -8),
          rri(Op.ADDI, 1, 1, -1),
          st(Op.STW, FP, -8, 1),
          br1(Op.BNZ, 1, "top"),
          line(4),
          ld(Op.LDW, 0, FP, -4),
          rri(Op.ANDI, 0, 0, 255),
          leave(),
          ret(),
        ],
      },
      {
        name: "f",
        file: "dup.c",
        line: 6,
        body: [
          enter(0),
          line(7),
          ld(Op.LDW, 1, FP, 8),
          rri(Op.ANDI, 2, 1, 2),
          br1(Op.BZ, 2, "fz"),
          li(0, 5),
          jmp("fout"),
          label("fz"),
          li(0, 7),
          jmp("fj"),
          label("fj"),
          jmp("fout"),
          label("fout"),
          leave(),
          ret(),
        ],
      },
      {
        name: "g",
        file: "dup.c",
        line: 10,
        body: [
          enter(0),
          line(11),
          ld(Op.LDW, 1, FP, 8),
          li(2, crashAt),
          br2(Op.BEQ, 1, 2, "crash"),
          rri(Op.ADDI, 0, 1, 1),
          jmp("gout"),
          label("crash"),
          line(12),
          li(2, 0),
          st(Op.STW, 2, 0, 1),
          jmp("gout"),
          label("gout"),
          leave(),
          ret(),
        ],
      },
    ],
  });
  const expected = (n: number): number => {
    let s = 0;
    for (let i = n; i >= 1; i--) s += (i & 1) !== 0 ? ((i & 2) !== 0 ? 5 : 7) : i + 1;
    return s & 255;
  };

  it("runs to the same result, steps and registers", () => {
    const r = same(prog(300));
    expect(r.info.status).toBe(expected(300));
    expect(r.info.reason).toBe("exit");
  });

  it("stops at exactly the same instruction for every --max-steps", () => {
    const total = same(prog(60)).info.steps;
    const limits = [...Array.from({ length: 120 }, (_, i) => i + 1), total - 3, total - 2, total - 1, total, total + 1];
    for (const max of limits) {
      const { interp, jit } = both(prog(60), { maxSteps: max });
      expect(jit.info, `maxSteps ${max}`).toEqual(interp.info);
      expect(Array.from(jit.m.regs), `maxSteps ${max}`).toEqual(Array.from(interp.m.regs));
    }
  });

  it("reports a fault in a copied block identically", () => {
    const r = same(prog(300, 120));
    expect(r.info.report).toBe(
      "Segmentation fault: write of 4 bytes at 0x00000000 (NULL page) in g at dup.c:12\n" +
        "  #0 0x00010198 in g at dup.c:12\n  #1 0x000100a8 in main at dup.c:3\n",
    );
  });
});

describe("jump tables (jtab)", () => {
  // r0 = v; jtab r1 = v - 2 over 4 entries: 2 -> 10, 3 -> 20, 4 -> default, 5 -> 40; default -> 99
  const prog = (v: number): ProgSpec => ({
    funcs: [
      {
        name: "main",
        file: "sw.c",
        body: [
          enter(0),
          line(2),
          li(1, v),
          rri(Op.ADDI, 1, 1, -2),
          { op: Op.JTAB, a: 1, imm: 4 },
          jmp("c2"),
          jmp("c3"),
          jmp("dflt"),
          jmp("c5"),
          jmp("dflt"),
          label("c2"),
          li(0, 10),
          jmp("out"),
          label("c3"),
          li(0, 20),
          jmp("out"),
          label("c5"),
          li(0, 40),
          jmp("out"),
          label("dflt"),
          li(0, 99),
          label("out"),
          leave(),
          ret(),
        ],
      },
    ],
  });
  it("dispatches in range, and takes the default path below, inside and above it", () => {
    const want: [number, number][] = [[2, 10], [3, 20], [4, 99], [5, 40], [1, 99], [6, 99], [-5, 99], [0x7fffffff, 99], [-0x80000000, 99]];
    for (const [v, status] of want) {
      const r = same(prog(v));
      expect(r.info.status, `v = ${v}`).toBe(status);
      // _start 1, enter li addi jtab 4, table entry 1, case body 1 (+ jmp out), leave ret 2, exit 1
      expect(r.info.steps, `v = ${v}`).toBe(status === 99 ? 10 : 11);
    }
  });
  it("refuses a table that runs past the end of text", () => {
    const r = same({ funcs: [{ name: "main", body: [li(1, 0), { op: Op.JTAB, a: 1, imm: 5 }, jmp("x"), label("x"), ret()] }] });
    expect(r.info.fault?.kind).toBe("illegal-instruction");
  });
});

describe("64-bit operations written out in compiled code", () => {
  const edge = [0, 1, -1, 2, 0x7fffffff, -0x80000000, 0x12345678, -0x12345678, 31, 32, 33, 63, 64, 65535, 65536];
  let seed = 12345;
  const rnd = (): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) | 0;
    return seed ^ (seed << 7);
  };
  const word = (): number => (rnd() & 3) === 0 ? edge[(rnd() >>> 0) % edge.length]! : rnd();
  const ops = [Op.ADD64, Op.SUB64, Op.MUL64, Op.SHL64, Op.SHR64, Op.SHRU64, Op.NEG64, Op.SLT64, Op.SLTU64, Op.SLE64, Op.SLEU64, Op.DIV64, Op.REMU64];
  for (const op of ops) {
    it(`op ${op} gives the interpreter's results, with overlapping register pairs too`, () => {
      const body: ReturnType<typeof li>[] = [enter(0), li(13, "out")];
      const n = 120;
      for (let i = 0; i < n; i++) {
        const [bl, bh, cl, ch] = [word(), word(), word(), (op === Op.DIV64 || op === Op.REMU64) && i % 2 === 0 ? 1 : word()];
        // destination: fresh pair, the first source, the second source
        const [d, sb, sc] = i % 3 === 0 ? [6, 2, 4] : i % 3 === 1 ? [2, 2, 4] : [4, 2, 4];
        body.push(li(2, bl), li(3, bh), li(4, cl), li(5, ch), li(6, 0x5a5a5a5a), li(7, 0x3c3c3c3c), rrr(op, d, sb, sc));
        body.push(st(Op.STW, 13, 8 * i, d), st(Op.STW, 13, 8 * i + 4, d + 1));
      }
      body.push(li(0, 0), leave(), ret());
      const spec: ProgSpec = { funcs: [{ name: "main", body }], bss: [{ name: "out", size: 8 * n }] };
      const { interp, jit } = both(spec);
      expect(jit.info).toEqual(interp.info);
      const at = interp.m.symbol("out")!;
      expect(Array.from(jit.m.mem.u8.subarray(at, at + 8 * n))).toEqual(Array.from(interp.m.mem.u8.subarray(at, at + 8 * n)));
    });
  }
});

// --- the C corpus, both ways -----------------------------------------------------------

const cases = corpusCases();

describe("the C corpus with compiled code", () => {
  it("has programs", () => {
    expect(cases.length).toBeGreaterThan(100);
  });
  for (const c of cases) {
    it(c.name, () => {
      const { stdin, args } = corpusInput(c);
      let exe;
      try {
        exe = buildExecutable(c.files, {}, () => undefined);
      } catch {
        return; // compile errors are the corpus test's business
      }
      const run = (on: boolean) =>
        withJit(on, () => {
          const io = captureIO(stdin);
          const m = createMachine(exe, c.files[0]!, { args, maxSteps: 2_000_000_000 }, io);
          const info = m.run();
          return { info, out: Buffer.concat(io.out).toString("latin1"), err: Buffer.concat(io.err).toString("latin1"), events: m.events.length, regs: Array.from(m.regs) };
        });
      const a = run(false);
      const b = run(true);
      expect(b).toEqual(a);
    });
  }
});

describe("buildAndRun keeps the event log with compiled code", () => {
  it("logs the same allocator events", () => {
    const p = join(CORPUS_ROOT, "..", "..", "examples", "malloc-walkthrough.c");
    const a = withJit(false, () => buildAndRun([p]));
    const b = withJit(true, () => buildAndRun([p]));
    expect(b.machine?.events).toEqual(a.machine?.events);
    expect(b.stdout).toBe(a.stdout);
    expect(b.exit?.steps).toBe(a.exit?.steps);
  });
});
