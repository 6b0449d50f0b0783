/**
 * The conformance corpus: every program under test/programs runs through the whole
 * pipeline and must print exactly what gcc -m32 printed (NAME.out) and exit with the same
 * status (NAME.exit). Programs listed in test/programs/known-failures.txt are expected to
 * fail today (features not built yet); the test fails if one of them starts passing, so
 * the list can only shrink.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildAndRun } from "../cli/driver.js";
import { CORPUS_ROOT, corpusCases, corpusInput, type CorpusCase } from "./corpus.js";

const cases = corpusCases();
const knownPath = join(CORPUS_ROOT, "known-failures.txt");
const known = new Set(
  existsSync(knownPath)
    ? readFileSync(knownPath, "utf8")
        .split("\n")
        .map((l) => l.replace(/#.*/, "").trim())
        .filter(Boolean)
    : [],
);

function runCase(c: CorpusCase): { stdout: string; status: number; stderr: string } {
  const { stdin, args } = corpusInput(c);
  const r = buildAndRun(c.files, { stdin, args, maxSteps: 2_000_000_000 });
  return { stdout: r.stdout, status: r.status, stderr: r.stderr };
}

describe("conformance corpus (expected output from gcc -m32)", () => {
  it("has programs", () => {
    expect(cases.length).toBeGreaterThan(100);
  });
  for (const c of cases) {
    const expectedOut = readFileSync(c.base + ".out", "latin1");
    const expectedStatus = Number(readFileSync(c.base + ".exit", "utf8").trim());
    if (known.has(c.name)) {
      it(`${c.name} (known failure)`, () => {
        const r = runCase(c);
        const passes = r.stdout === expectedOut && r.status === expectedStatus;
        expect(passes, `${c.name} passes now: remove it from known-failures.txt`).toBe(false);
      });
    } else {
      it(c.name, () => {
        const r = runCase(c);
        expect({ stdout: r.stdout, status: r.status }, r.stderr).toEqual({ stdout: expectedOut, status: expectedStatus });
      });
    }
  }
});
