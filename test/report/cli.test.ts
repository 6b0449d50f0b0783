/**
 * The report on the command line (the compiled dist/cli/minic.js, built by `npm test`):
 * --report, --report-svg, --alloc lists, `minic report` on a core and on a dump, and the
 * messages for bad input.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { eventLogFromDump } from "../../cli/report/command.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const cli = join(root, "dist", "cli", "minic.js");
const walkthrough = join(root, "examples", "malloc-walkthrough.c");
let work = "";

function minic(args: string[]): { stdout: string; stderr: string; status: number } {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: work, input: "", encoding: "utf8" });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status ?? -1 };
}

/** The data a report page embeds. */
function pageData(file: string): { runs: { policy: string; reconstructed: boolean; ev: { op: number[] } }[]; title: string; command: string } {
  const html = readFileSync(file, "utf8");
  const m = /<script type="application\/json" id="report-data">([\s\S]*?)<\/script>/.exec(html);
  if (!m) throw new Error(`${file}: no report data`);
  return JSON.parse(m[1]!);
}

const WALK_OUT =
  "A = malloc(1000) -> 0x15008\nB = malloc(1000) -> 0x153f8 (just after A)\nC = malloc(1500) -> 0x157e8 (just after B)\nfree(B): a 1008-byte hole now sits between A and C\nD = malloc(1200) -> 0x15dd0 (above C: B's hole was too small)\n";

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "minic-report-cli-"));
});

describe("minic run --report", () => {
  it("writes the page and the figures, and the program runs as usual", () => {
    const r = minic(["run", walkthrough, "--report", "r.html", "--report-svg", "figs"]);
    expect(r).toEqual({ stdout: WALK_OUT, stderr: "", status: 0 });
    const d = pageData(join(work, "r.html"));
    expect(d.title).toBe(walkthrough);
    expect(d.runs.map((x) => [x.policy, x.reconstructed, x.ev.op.length])).toEqual([["first-fit", false, 7]]);
    const html = readFileSync(join(work, "r.html"), "utf8");
    expect(html.match(/https?:\/\/[^"' )]+/g)).toEqual(["http://www.w3.org/2000/svg", "http://www.w3.org/2000/svg"]);
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=/);
    expect(readdirSync(join(work, "figs")).sort()).toEqual(["address-space.svg", "brk-1.svg", "brk-2.svg", "final.svg", "heap-timeline.svg"]);
  });

  it("runs each policy of an --alloc list, side by side", () => {
    const r = minic(["run", walkthrough, "--alloc", "first-fit,best-fit", "--report", "two.html", "--report-svg", "two"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(WALK_OUT);
    expect(pageData(join(work, "two.html")).runs.map((x) => x.policy)).toEqual(["first-fit", "best-fit"]);
    expect(readdirSync(join(work, "two")).filter((f) => f.startsWith("best-fit-")).sort()).toEqual([
      "best-fit-address-space.svg",
      "best-fit-brk-1.svg",
      "best-fit-brk-2.svg",
      "best-fit-final.svg",
      "best-fit-heap-timeline.svg",
    ]);
  });

  it("rejects bad --alloc lists and unwritable outputs", () => {
    expect(minic(["run", walkthrough, "--alloc", "first-fit,bogus", "--report", "x.html"])).toEqual({
      stdout: "",
      stderr: "minic: invalid --alloc 'bogus': choose from first-fit, next-fit, best-fit, segregated\nTry 'minic --help' for more information.\n",
      status: 2,
    });
    expect(minic(["run", walkthrough, "--alloc", "first-fit,best-fit"])).toEqual({
      stdout: "",
      stderr: "minic: --alloc takes one policy; a list only with --report or --report-svg\nTry 'minic --help' for more information.\n",
      status: 2,
    });
    const r = minic(["run", walkthrough, "--report", join(work, "no", "such", "dir", "x.html")]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`minic: error: cannot write ${join(work, "no", "such", "dir", "x.html")}: no such directory\n`);
  });
});

describe("minic report", () => {
  it("builds the page from a core file and from a --dump-json file", () => {
    expect(minic(["run", walkthrough, "--core", "w.core", "--dump-json", "w.json"]).status).toBe(0);
    expect(minic(["report", "w.core", "-o", "core.html", "--svg", "core-figs"])).toEqual({ stdout: "", stderr: "", status: 0 });
    const c = pageData(join(work, "core.html"));
    expect(c.runs.map((x) => [x.policy, x.reconstructed, x.ev.op.length])).toEqual([["first-fit", true, 7]]);
    expect(c.title).toBe(walkthrough);
    expect(readdirSync(join(work, "core-figs")).length).toBe(5);
    expect(minic(["report", "w.json"])).toEqual({ stdout: "", stderr: "", status: 0 });
    expect(pageData(join(work, "report.html")).runs[0]!.ev.op.length).toBe(7);
  });

  it("says what is wrong with its input", () => {
    expect(minic(["report", "missing.core"])).toEqual({ stdout: "", stderr: "minic report: error: missing.core: no such file or directory\n", status: 1 });
    writeFileSync(join(work, "bad.json"), '{"a": 1}\n');
    expect(minic(["report", "bad.json"])).toEqual({
      stdout: "",
      stderr: "minic report: error: bad.json: not a minic dump (missing segments, brk, heap, events or exit)\n",
      status: 1,
    });
    writeFileSync(join(work, "text.txt"), "hello\n");
    expect(minic(["report", "text.txt"])).toEqual({ stdout: "", stderr: "minic report: error: text.txt: not a core file or a --dump-json file\n", status: 1 });
    expect(existsSync(join(work, "text.html"))).toBe(false);
  });

  it("checks every field of a --dump-json file it reads (a damaged one crashed the SVG writer)", () => {
    expect(minic(["run", walkthrough, "--dump-json", "good.json"]).status).toBe(0);
    const good = JSON.parse(readFileSync(join(work, "good.json"), "utf8")) as { segments: { name: unknown }[]; events: unknown[]; heap: { blocks: unknown[] } };
    const damaged = (f: (d: typeof good) => void): string => {
      const d = structuredClone(good);
      f(d);
      try {
        eventLogFromDump(d, "d.json");
        return "accepted";
      } catch (e) {
        return (e as Error).message;
      }
    };
    expect(damaged(() => undefined)).toBe("accepted");
    const not = (what: string) => `minic report: error: d.json: not a minic dump (${what})`;
    expect(damaged((d) => (d.segments[0]!.name = -1))).toBe(not("segment 0 has no name or permissions"));
    expect(damaged((d) => d.events.push({ op: "malloc", size: "8", result: 4096 }))).toBe(not(`event ${good.events.length}'s size is not a 32-bit value`));
    expect(damaged((d) => d.events.push({ op: "free", ptr: 8, site: { pc: 1, function: 3 } }))).toBe(not(`event ${good.events.length}'s site is not a call site`));
    expect(damaged((d) => (d.heap.blocks = [null]))).toBe(not("a heap block is not an object"));
    // the command says the same, with status 1
    const d = structuredClone(good);
    d.segments[0]!.name = -1;
    writeFileSync(join(work, "seg.json"), JSON.stringify(d));
    expect(minic(["report", "seg.json", "--svg", "figs"])).toEqual({ stdout: "", stderr: not("segment 0 has no name or permissions").replace("d.json", "seg.json") + "\n", status: 1 });
  });
});
