/**
 * @fileoverview The allocator lab's command line (dist/cli/minic.js, built by `npm test`):
 * --alloc on run and cc, --trace-heap, heap-bench's table and JSON, bad choices.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const cli = join(root, "dist", "cli", "minic.js");
const work = mkdtempSync(join(tmpdir(), "minic-alloc-cli-"));
const walkthrough = join(root, "examples", "malloc-walkthrough.c");

function minic(args: string[]): { stdout: string; stderr: string; status: number } {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: work, input: "", encoding: "utf8" });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status ?? -1 };
}

describe("minic run --alloc, --trace-heap", () => {
  it("runs the walkthrough with the segregated allocator and records its trace", () => {
    const r = minic(["run", walkthrough, "--alloc", "segregated", "--dump-json", "seg.json", "--trace-heap", "walk.rep"]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    const d = JSON.parse(readFileSync(join(work, "seg.json"), "utf8")) as { heap: { policy: string; top: number; bins: { index: number }[] } };
    expect(d.heap.policy).toBe("segregated");
    expect(d.heap.bins.map((b) => b.index)).toEqual([66]);
    expect(readFileSync(join(work, "walk.rep"), "utf8")).toBe("8192\n4\n5\n1\na 0 1000\na 1 1000\na 2 1500\nf 1\na 3 1200\n");
  });

  it("rejects an unknown policy as a usage error", () => {
    const r = minic(["run", walkthrough, "--alloc", "worst-fit"]);
    expect(r.status).toBe(2);
    expect(r.stderr.split("\n")[0]).toBe("minic: invalid --alloc 'worst-fit': choose from first-fit, next-fit, best-fit, segregated");
  });

  it("cc --alloc links the policy into the executable; run cannot change it", () => {
    expect(minic(["cc", walkthrough, "--alloc", "best-fit", "-o", "walk"]).status).toBe(0);
    expect(minic(["run", "walk", "--alloc", "best-fit"]).status).toBe(0);
    expect(minic(["run", "walk", "--alloc", "first-fit"])).toEqual({
      stdout: "",
      stderr: "minic: error: walk was linked with the best-fit allocator; --alloc applies when linking (relink its objects with --alloc first-fit)\n",
      status: 1,
    });
  });
});

describe("minic heap-bench", () => {
  it("prints JSON records for a trace and a policy", () => {
    const r = minic(["heap-bench", join(root, "bench", "traces", "recorded", "walkthrough.rep"), "--alloc", "best-fit", "--json"]);
    expect(r.status).toBe(0);
    const rs = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(rs).toHaveLength(1);
    expect(Object.keys(rs[0]!)).toEqual(["trace", "policy", "utilization", "heapBytes", "brkCalls", "fragmentation", "opsPerSec"]);
    expect(rs[0]).toMatchObject({ trace: "walkthrough.rep", policy: "best-fit", utilization: 3700 / 8192, heapBytes: 8192, brkCalls: 2 });
  });

  it("reports a malformed trace with its line, exit status 1", () => {
    const r = minic(["heap-bench", join(root, "README.md")]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`minic heap-bench: error: ${join(root, "README.md")}:1: expected a number in the header, found '# minic'\n`);
  });
});
