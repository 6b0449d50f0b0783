/**
 * The conformance corpus: every program under test/programs runs through the whole
 * pipeline and must print exactly what gcc -m32 printed (NAME.out) and exit with the same
 * status (NAME.exit). Programs listed in test/programs/known-failures.txt are expected to
 * fail today (features not built yet); the test fails if one of them starts passing, so
 * the list can only shrink.
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { buildAndRun } from "../cli/driver.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "programs");

interface Case {
  name: string;
  files: string[];
  base: string;
}

function collect(dir: string, out: Case[]): void {
  for (const e of readdirSync(dir).sort()) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) {
      if (relative(root, dir) === "multifile") {
        const files = readdirSync(p).filter((f) => f.endsWith(".c")).sort().map((f) => join(p, f));
        out.push({ name: relative(root, p), files, base: p });
      } else collect(p, out);
    } else if (e.endsWith(".c")) {
      out.push({ name: relative(root, p).slice(0, -2), files: [p], base: p.slice(0, -2) });
    }
  }
}

const cases: Case[] = [];
collect(root, cases);
const knownPath = join(root, "known-failures.txt");
const known = new Set(
  existsSync(knownPath)
    ? readFileSync(knownPath, "utf8")
        .split("\n")
        .map((l) => l.replace(/#.*/, "").trim())
        .filter(Boolean)
    : [],
);

function runCase(c: Case): { stdout: string; status: number; stderr: string } {
  const stdin = existsSync(c.base + ".in") ? readFileSync(c.base + ".in") : undefined;
  const args = existsSync(c.base + ".args") ? readFileSync(c.base + ".args", "utf8").trim().split(/\s+/).filter(Boolean) : [];
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
