#!/usr/bin/env node
// Puts minic's allocators beside the host's glibc malloc on the same traces:
// utilization and operations per second. Run from the project root after `npx tsc -p .`:
//
//   node bench/malloc-compare.mjs [TRACE...]        (default: bench/traces/*.rep)
//
// glibc's side is bench/malloc-replay.c, built here with `gcc -O2` (skipped, with a note,
// when gcc is missing): one process per trace, mmap disabled so that all blocks live in
// the brk heap as in minic, ops/sec the best of 5 runs. minic's side is
// `minic heap-bench --json --alloc POLICY`, one process per policy. Timings are wall-clock on
// a shared machine: expect a few percent of noise on glibc's side and more on minic's.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const traces = args.length > 0 ? args : readdirSync(join(root, "bench/traces")).filter((f) => f.endsWith(".rep")).sort().map((f) => join(root, "bench/traces", f));

let replay = null;
if (spawnSync("gcc", ["--version"], { stdio: "ignore" }).status === 0) {
  replay = join(mkdtempSync(join(tmpdir(), "malloc-replay-")), "malloc-replay");
  execFileSync("gcc", ["-O2", "-o", replay, join(root, "bench/malloc-replay.c")]);
} else {
  console.log("gcc not found: glibc's columns are left empty");
}

const glibc = new Map();
for (const t of traces) {
  if (!replay) break;
  const line = execFileSync(replay, [t], { encoding: "utf8" });
  const f = Object.fromEntries([...line.matchAll(/(\w+)=([\d.]+)/g)].map((m) => [m[1], Number(m[2])]));
  glibc.set(t, f);
}

// One process per policy, as a program links one: in a process that runs all four, the
// allocator code shared by the policies is compiled for four classes and runs slower.
const policies = ["first-fit", "next-fit", "best-fit", "segregated"];
const minic = policies.flatMap((p) =>
  JSON.parse(execFileSync(process.execPath, [join(root, "dist/cli/minic.js"), "heap-bench", "--json", "--alloc", p, ...traces], { encoding: "utf8", maxBuffer: 1 << 26 })),
);
const pct = (x) => (x === undefined ? "" : `${(x * 100).toFixed(1)}%`);
const num = (x) => (x === undefined ? "" : Math.round(x).toLocaleString("en-US"));

const head = ["trace", "glibc util", ...policies.map((p) => `${p} util`), "glibc ops/s", ...policies.map((p) => `${p} ops/s`), "glibc/segregated"];
const rows = [];
const ratios = [];
for (const t of traces) {
  const name = t.split("/").pop();
  const g = glibc.get(t);
  const by = Object.fromEntries(minic.filter((r) => r.trace === name).map((r) => [r.policy, r]));
  const seg = by.segregated;
  const ratio = g && seg && seg.opsPerSec > 0 ? g.ops_per_sec / seg.opsPerSec : undefined;
  if (ratio !== undefined) ratios.push(ratio);
  rows.push([
    name,
    pct(g?.utilization),
    ...policies.map((p) => pct(by[p]?.utilization)),
    num(g?.ops_per_sec),
    ...policies.map((p) => num(by[p]?.opsPerSec)),
    ratio === undefined ? "" : `${ratio.toFixed(1)}x`,
  ]);
}
const avg = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
rows.push([
  "average",
  glibc.size ? pct(avg([...glibc.values()].map((g) => g.utilization))) : "",
  ...policies.map((p) => pct(avg(minic.filter((r) => r.policy === p).map((r) => r.utilization)))),
  "",
  ...policies.map(() => ""),
  ratios.length ? `${Math.exp(avg(ratios.map(Math.log))).toFixed(1)}x (geomean)` : "",
]);
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const fmt = (r) => "| " + r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(" | ") + " |";
console.log(fmt(head));
console.log("|" + widths.map((w, i) => (i === 0 ? "-".repeat(w + 2) : "-".repeat(w + 1) + ":")).join("|") + "|");
for (const r of rows) console.log(fmt(r));
