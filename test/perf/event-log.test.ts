/**
 * @fileoverview The allocator event log costs memory per call, so `minic run` keeps it only
 * when something reads it (MachineOptions.recordEvents): without it nothing is logged, and
 * the program's behaviour, output and step count are the same.
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { buildExecutable, captureIO, createMachine } from "../../cli/driver.js";

const here = dirname(fileURLToPath(import.meta.url));

describe("the allocator event log", () => {
  const exe = buildExecutable([join(here, "mix.c")], {}, () => undefined);
  const run = (recordEvents: boolean | undefined) => {
    const io = captureIO("");
    const m = createMachine(exe, "mix.c", { recordEvents }, io);
    const info = m.run();
    return { m, info, out: Buffer.concat(io.out).toString("latin1") };
  };

  it("is kept by default: one malloc and one free event per call, with call sites", () => {
    const { m, out } = run(undefined);
    expect(out).toBe("1345735\n");
    expect(m.events.filter((e) => e.op === "malloc")).toHaveLength(100);
    expect(m.events.filter((e) => e.op === "free")).toHaveLength(100);
    const first = m.events.find((e) => e.op === "malloc")!;
    expect(first.site?.function).toBe("main");
    expect(first.site?.file).toBe(join(here, "mix.c"));
  });

  it("is empty with recordEvents false, and the run is otherwise identical", () => {
    const a = run(undefined);
    const b = run(false);
    expect(b.m.events).toEqual([]);
    expect(b.out).toBe(a.out);
    expect(b.info).toEqual(a.info);
  });
});
