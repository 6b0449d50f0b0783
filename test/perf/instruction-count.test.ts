/**
 * @fileoverview CI guard on code quality: the number of VM instructions a fixed program
 * executes (ExitInfo.steps, exact and independent of the machine's speed) must not grow
 * unexpectedly. A code generator change that makes the count grow past the tolerance fails
 * here; one that shrinks it a lot fails too, so that the expected count is lowered with it
 * and the guard stays tight. Update EXPECTED with the count the failure message prints.
 * The count is the same with and without the JIT (test/vm/jit.test.ts checks that).
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { buildAndRun } from "../../cli/driver.js";

const here = dirname(fileURLToPath(import.meta.url));

/** Steps of test/perf/mix.c when this guard was last updated. */
const EXPECTED = 556_035;
/** Allowed growth before the guard fails. */
const GROWTH = 0.01;
/** A drop beyond this means EXPECTED should be lowered. */
const DROP = 0.1;

describe("instruction count guard", () => {
  it("runs mix.c in the expected number of VM instructions", () => {
    const r = buildAndRun([join(here, "mix.c")]);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("1345735\n");
    const steps = r.exit!.steps;
    expect(steps, `mix.c took ${steps} instructions, more than ${EXPECTED} + ${GROWTH * 100}%`).toBeLessThanOrEqual(Math.floor(EXPECTED * (1 + GROWTH)));
    expect(steps, `mix.c took ${steps} instructions: update EXPECTED in ${fileURLToPath(import.meta.url)} to ${steps}`).toBeGreaterThanOrEqual(Math.ceil(EXPECTED * (1 - DROP)));
  });
});
