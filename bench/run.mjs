#!/usr/bin/env node
// minic's own benchmarks (`npm run bench`): the programs in bench/programs/ run under minic
// and, when gcc is installed, natively with gcc -O0; minic's output must equal gcc's.
// Prints the median wall time of each, the ratio minic/gcc and the geometric mean, plus
// start-up (hello, world against `node -e 0`), compile speed on a generated file and the
// peak RSS of each minic run. Without gcc it prints minic's absolute figures only.
//
//   node bench/run.mjs [--runs 3] [--only tak,crc] [--json] [--no-compile]
//
// Run from the project root after `npm run build` (it runs dist/minic.cjs, the "bin").
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "..");
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const runs = Number(opt("--runs", "3"));
const only = (opt("--only", "") ?? "").split(",").filter(Boolean);
const json = args.includes("--json");
const log = (s) => {
  if (!json) console.log(s);
};

const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const bin = resolve(root, typeof pkg.bin === "string" ? pkg.bin : pkg.bin.minic);
if (!existsSync(bin)) {
  console.error(`bench: ${bin} does not exist; run 'npm run build' first`);
  process.exit(2);
}
// Run as a user runs `minic`: the bin itself, whose #! line gives node its flags.
const minic = process.platform === "win32" ? [process.execPath, bin] : [bin];
const work = mkdtempSync(join(tmpdir(), "minic-bench-"));
const hasGcc = spawnSync("gcc", ["--version"]).status === 0;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Wall time of one run, with the peak RSS from /proc when the child is measured by `time`. */
function timeRun(cmd, argv) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, { maxBuffer: 1 << 26, timeout: 600_000 });
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  return { secs, status: r.status, stdout: r.stdout?.toString() ?? "", stderr: r.stderr?.toString() ?? "" };
}

/** Peak RSS in KiB of one minic run (GNU time when present). */
function peakRss(argv) {
  const r = spawnSync("/usr/bin/time", ["-f", "%M", ...minic, ...argv], { maxBuffer: 1 << 26 });
  if (r.status === null || r.error) return null;
  const lines = (r.stderr?.toString() ?? "").trim().split("\n");
  const kb = Number(lines[lines.length - 1]);
  return Number.isFinite(kb) ? kb : null;
}

const progDir = join(here, "programs");
const programs = readdirSync(progDir)
  .filter((f) => f.endsWith(".c"))
  .map((f) => f.slice(0, -2))
  .filter((p) => only.length === 0 || only.includes(p))
  .sort();

const rows = [];
for (const p of programs) {
  const src = join(progDir, `${p}.c`);
  let expected = null;
  let native = null;
  if (hasGcc) {
    const exe = join(work, p);
    execFileSync("gcc", ["-O0", "-w", "-o", exe, src]);
    timeRun(exe, []);
    const ts = [];
    for (let i = 0; i < runs; i++) {
      const r = timeRun(exe, []);
      ts.push(r.secs);
      expected = r.stdout;
    }
    native = median(ts);
  }
  const ts = [];
  let ok = true;
  let note = "";
  for (let i = 0; i < runs; i++) {
    const r = timeRun(minic[0], [...minic.slice(1), "run", src]);
    ts.push(r.secs);
    if (r.status !== 0 || (expected !== null && r.stdout !== expected)) {
      ok = false;
      note = r.status !== 0 ? `exit ${r.status}: ${r.stderr.split("\n")[0]}` : "output differs from gcc's";
      break;
    }
  }
  const m = median(ts);
  const rss = peakRss(["run", src]);
  const row = { program: p, minic: m, gcc: native, ratio: native ? m / native : null, ok, note, rssKiB: rss };
  rows.push(row);
  log(
    `${p.padEnd(10)} minic ${m.toFixed(3)}s` +
      (native !== null ? `  gcc-O0 ${native.toFixed(3)}s  ratio ${(m / native).toFixed(2)}x` : "") +
      `  peak RSS ${rss === null ? "?" : (rss / 1024).toFixed(0) + " MiB"}  ${ok ? "ok" : "FAIL " + note}`,
  );
}

// Start-up: hello, world end to end against node -e 0.
const hello = join(work, "hello.c");
writeFileSync(hello, '#include <stdio.h>\nint main(void) { printf("hello, world\\n"); return 0; }\n');
timeRun(minic[0], [...minic.slice(1), "run", hello]); // first run writes the code cache
// Interleaved pairs, so that both medians see the same neighbours on a shared machine.
const helloTimes = [];
const nodeTimes = [];
for (let i = 0; i < Math.max(21, runs); i++) {
  helloTimes.push(timeRun(minic[0], [...minic.slice(1), "run", hello]).secs);
  nodeTimes.push(timeRun(process.execPath, ["-e", "0"]).secs);
}
const helloT = median(helloTimes);
const nodeT = median(nodeTimes);
log(`startup    hello ${(helloT * 1000).toFixed(0)} ms, node -e 0 ${(nodeT * 1000).toFixed(0)} ms, ratio ${(helloT / nodeT).toFixed(2)}x`);

// Compile speed: `minic cc -c` on a generated file of many small functions.
let compile = null;
if (!args.includes("--no-compile")) {
  const big = join(work, "big.c");
  writeFileSync(big, generateBig(3000));
  const lines = readFileSync(big, "utf8").split("\n").length;
  const ts = [0, 1, 2].map(() => timeRun(minic[0], [...minic.slice(1), "cc", "-c", big, "-o", join(work, "big.o")]));
  const okc = ts.every((r) => r.status === 0);
  const secs = median(ts.map((r) => r.secs));
  compile = { lines, secs, linesPerSec: okc ? lines / secs : null };
  log(`compile    ${lines} lines in ${secs.toFixed(2)} s: ${okc ? (lines / secs / 1000).toFixed(0) + "k lines/s" : "FAILED " + ts[0].stderr.split("\n")[0]}`);
}

const timed = rows.filter((r) => r.ok && r.ratio !== null);
const geo = timed.length ? Math.exp(timed.reduce((s, r) => s + Math.log(r.ratio), 0) / timed.length) : null;
if (geo !== null) log(`geomean ratio minic/gcc-O0 over ${timed.length} programs: ${geo.toFixed(2)}x`);
if (json) console.log(JSON.stringify({ gcc: hasGcc, runs, programs: rows, geomean: geo, startup: { helloSecs: helloT, nodeSecs: nodeT, ratio: helloT / nodeT }, compile }, null, 1));
process.exit(rows.every((r) => r.ok) ? 0 : 1);

/** A C file of `units` groups of small functions (loops, switch, structs, strings). */
function generateBig(units) {
  const out = ["/* generated by bench/run.mjs */", "int total;"];
  for (let u = 0; u < units; u++) {
    out.push(
      `struct P${u} { int x; int y; char tag[4]; };`,
      `static int sum${u}(const int *a, int n) {`,
      `    int i, s = ${u % 7};`,
      `    for (i = 0; i < n; i++) {`,
      `        s += a[i] * ${(u % 5) + 1};`,
      `        if (s > 50000) s -= 49999;`,
      `    }`,
      `    return s;`,
      `}`,
      `int step${u}(struct P${u} *p, int k) {`,
      `    int v[3];`,
      `    switch (k % 3) {`,
      `    case 0: p->x += k; break;`,
      `    case 1: p->y -= k; break;`,
      `    default: p->x = p->x ^ p->y; break;`,
      `    }`,
      `    v[0] = p->x; v[1] = p->y; v[2] = k;`,
      `    p->tag[0] = 'a' + (char)(k & 15);`,
      `    total += sum${u}(v, 3);`,
      `    return p->x > p->y ? p->x - p->y : p->y - p->x;`,
      `}`,
    );
  }
  out.push("int main(void) { return total; }", "");
  return out.join("\n");
}
