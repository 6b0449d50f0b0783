/**
 * @fileoverview The report on the command line, registered from cli/minic.ts:
 *
 *   minic run prog.c --report report.html                  record the run, write the page
 *   minic run prog.c --report-svg DIR                      SVG figures of the key moments
 *   minic run prog.c --alloc first-fit,best-fit --report r.html
 *                                                          one run per policy, side by side
 *   minic report CORE|DUMP.json -o report.html [--svg DIR] from a core file or a --dump-json
 *                                                          file (heap inferred from the events)
 *
 * With several policies, the first run is the program's real run (terminal I/O, exit
 * status, --dump/--core); the others replay the same stdin silently.
 */

import { mkdirSync, writeFileSync } from "node:fs";
import { readInputFile, readInputOrNull } from "../files.js";
import { join } from "node:path";
import type { Argv, CommandModule } from "yargs";
import type { HeapEvent, HostIO, NativeFn } from "../../libc/abi.js";
import { ALLOC_POLICIES, isAllocPolicy, type AllocPolicy } from "../../libc/alloc/common.js";
import { firstHeader } from "../../libc/heap-walk.js";
import { CoreFormatError, isCoreText, readCore, type CoreImage } from "../../vm/core.js";
import { MAX_SAVED_EVENTS, type DumpData } from "../../vm/dump.js";
import type { ExitInfo, Machine } from "../../vm/machine.js";
import { BuildError, captureIO } from "../driver.js";
import { buildReportData, renderReportHtml } from "./html.js";
import type { RawTrace, RunLayout } from "./model.js";
import { createRecorder, type Recorder } from "./record.js";
import { reconstruct, type EventLog } from "./reconstruct.js";
import { keyMomentSvgs } from "./svg.js";

export const REPORT_RUN_OPTIONS = {
  report: { type: "string", describe: "write a visual walkthrough of the heap to FILE (one self-contained HTML page)" },
  "report-svg": { type: "string", describe: "write SVG figures of the key moments (every brk, the final heap) into DIR" },
} as const;

/** `--alloc` for run: one policy, or with --report/--report-svg a comma-separated list. */
export const RUN_ALLOC_OPTION = {
  alloc: {
    type: "string",
    describe: `allocator policy linked into libc's malloc.o: ${ALLOC_POLICIES.join(", ")} (default first-fit; docs/allocators.md). With --report or --report-svg, a comma-separated list compares them side by side`,
  },
} as const;

function readText(file: string): string | null {
  return readInputOrNull(file);
}

/** The command line as typed, for the page's header. */
function commandLine(): string {
  return ["minic", ...process.argv.slice(2)].map((a) => (/^[\w./,=:+-]+$/.test(a) ? a : JSON.stringify(a))).join(" ");
}

export interface ReportOutputs {
  html?: string;
  svgDir?: string;
}

/** Writes the page and/or the figures for some traces. */
export function writeReport(traces: RawTrace[], title: string, out: ReportOutputs, command = commandLine()): void {
  const data = buildReportData(traces, title, command, readText);
  const write = (file: string, text: string) => {
    try {
      writeFileSync(file, text);
    } catch (e) {
      throw new BuildError(`minic: error: cannot write ${file}: ${(e as NodeJS.ErrnoException).code === "ENOENT" ? "no such directory" : (e as Error).message}`);
    }
  };
  if (out.html) write(out.html, renderReportHtml(data));
  if (out.svgDir) {
    try {
      mkdirSync(out.svgDir, { recursive: true });
    } catch (e) {
      throw new BuildError(`minic: error: cannot create ${out.svgDir}: ${(e as Error).message}`);
    }
    const many = data.runs.length > 1;
    const name = title.replace(/^.*\//, "");
    for (const run of data.runs) {
      for (const f of keyMomentSvgs(run, name, many ? `${run.policy}-` : "")) write(join(out.svgDir, f.name), f.svg);
    }
  }
}

/** Builds a machine for another policy (the CLI supplies it: same files, flags and options). */
export type MachineFactory = (policy: AllocPolicy, io: HostIO, wrap: (n: Record<string, NativeFn>) => Record<string, NativeFn>) => Machine;

export interface ReportSession {
  /** The policies to run, the first being the real run. */
  policies: AllocPolicy[];
  /** For RunOptions.wrapNatives of the real run. */
  wrap: (n: Record<string, NativeFn>) => Record<string, NativeFn>;
  /** Wraps the real run's I/O so that stdin can be replayed to the other policies. */
  io(base: HostIO): HostIO;
  attach(m: Machine): void;
  /** After the real run: runs the other policies and writes the outputs. */
  finish(exit: ExitInfo, again: MachineFactory): void;
}

/**
 * Reads --report, --report-svg and --alloc of `minic run`. `alloc` is the policy of the
 * real run (undefined: the default); `session` is null when no report was asked for.
 */
export function reportSetup(
  a: { report?: string; "report-svg"?: string; alloc?: string },
  files: string[],
  usage: (msg: string) => never,
): { alloc: AllocPolicy | undefined; session: ReportSession | null } {
  const wanted = a.report !== undefined || a["report-svg"] !== undefined;
  const list = a.alloc === undefined ? [] : String(a.alloc).split(",").map((s) => s.trim());
  for (const p of list) {
    if (!isAllocPolicy(p)) usage(`invalid --alloc '${p}': choose from ${ALLOC_POLICIES.join(", ")}`);
  }
  const policies = [...new Set(list)] as AllocPolicy[];
  if (policies.length > 1 && !wanted) usage("--alloc takes one policy; a list only with --report or --report-svg");
  if (a.report === "" || a["report-svg"] === "") usage(`--${a.report === "" ? "report" : "report-svg"} needs a file name`);
  if (!wanted) return { alloc: policies[0], session: null };
  const recorders: Recorder[] = [createRecorder()];
  let stdin: Uint8Array[] = [];
  let machine: Machine | null = null;
  const session: ReportSession = {
    policies: policies.length > 0 ? policies : ["first-fit"],
    wrap: (n) => recorders[0]!.wrap(n),
    io(base) {
      return {
        write: (fd, b) => base.write(fd, b),
        read(fd, max) {
          const b = base.read(fd, max);
          stdin.push(b.slice());
          return b;
        },
      };
    },
    attach(m) {
      recorders[0]!.attach(m);
      machine = m;
    },
    finish(exit, again) {
      if (machine !== null) tooManyEvents(machine.events.length, 0, "the program made");
      const traces = [recorders[0]!.finish(exit)];
      const input = Buffer.concat(stdin);
      stdin = [];
      for (const policy of session.policies.slice(1)) {
        const rec = createRecorder();
        const m = again(policy, captureIO(input), (n) => rec.wrap(n));
        rec.attach(m);
        traces.push(rec.finish(m.run()));
      }
      writeReport(traces, files[0] ?? "a.out", { html: a.report, svgDir: a["report-svg"] });
    },
  };
  return { alloc: session.policies[0], session };
}

// ---------------------------------------------------------------------------------------
// minic report CORE|DUMP.json

function layoutFromCore(c: CoreImage): RunLayout {
  return {
    segments: c.exe.segments.map((s) => ({ name: s.name, start: s.start, end: s.start + s.size, perm: s.perm })),
    memSize: c.mem.size,
    stackLimit: c.mem.stackLimit,
    heapStart: c.mem.heapStart,
    firstHeader: firstHeader(c.mem.heapStart),
    spFinal: c.regs[15]! >>> 0,
  };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/**
 * A report replays every allocator call from the first; past MAX_SAVED_EVENTS the page
 * would be hundreds of megabytes, and a core or dump keeps no more than that anyway.
 */
function tooManyEvents(kept: number, omitted: number, what: string): void {
  const total = kept + omitted;
  if (total <= MAX_SAVED_EVENTS) return;
  throw new BuildError(`minic report: error: ${what} ${total} allocator calls; a report follows at most ${MAX_SAVED_EVENTS}`);
}

/** The numeric fields of each allocator event (libc/abi.ts HeapEvent). */
const EVENT_FIELDS: Record<HeapEvent["op"], readonly string[]> = {
  malloc: ["size", "result"],
  calloc: ["nmemb", "size", "result"],
  realloc: ["ptr", "size", "result"],
  free: ["ptr"],
  brk: ["from", "to", "result"],
};

/** A --dump-json file as an event log; throws BuildError when it is not one. */
export function eventLogFromDump(v: unknown, file: string): EventLog {
  const bad = (what: string): never => {
    throw new BuildError(`minic report: error: ${file}: not a minic dump (${what})`);
  };
  if (!isObject(v)) return bad("not a JSON object");
  const d = v as Partial<DumpData>;
  if (!Array.isArray(d.segments) || !isObject(d.brk) || !Array.isArray(d.events) || !isObject(d.exit) || !isObject(d.heap)) return bad("missing segments, brk, heap, events or exit");
  const num = (x: unknown, what: string): number => (typeof x === "number" && Number.isInteger(x) && x >= 0 && x <= 0xffffffff ? x : bad(`${what} is not an address`));
  // every field the report reads is checked here, so a hand-edited file fails with a message
  for (const [k, s] of d.segments.entries()) {
    if (!isObject(s) || typeof s.name !== "string" || typeof s.perm !== "string") bad(`segment ${k} has no name or permissions`);
    num(s.start, `segment ${k}'s start`);
    num(s.end, `segment ${k}'s end`);
  }
  const stack = d.segments.find((s) => s.name === "stack") ?? bad("no stack segment");
  const heapStart = num(d.brk.start, "brk.start");
  for (const [k, e] of d.events.entries()) {
    if (!isObject(e) || typeof e.op !== "string" || !(e.op in EVENT_FIELDS)) return bad(`event ${k} is not an allocator event`);
    for (const f of EVENT_FIELDS[e.op as HeapEvent["op"]]) {
      const x = (e as Record<string, unknown>)[f];
      if (typeof x !== "number" || !Number.isInteger(x) || x < 0 || x > 0xffffffff) bad(`event ${k}'s ${f} is not a 32-bit value`);
    }
    const site = e.site;
    if (site !== null && site !== undefined) {
      const ok = isObject(site) && typeof site.pc === "number" && [site.function, site.file].every((x) => x === null || typeof x === "string") && (site.line === null || typeof site.line === "number");
      if (!ok) bad(`event ${k}'s site is not a call site`);
    }
  }
  if (Array.isArray(d.heap.blocks) && !d.heap.blocks.every(isObject)) bad("a heap block is not an object");
  const omitted = (d as { eventsOmitted?: unknown }).eventsOmitted;
  tooManyEvents(d.events.length, typeof omitted === "number" ? omitted : 0, `${file}: the program made`);
  return {
    policy: typeof d.heap.policy === "string" && d.heap.policy !== "none" ? d.heap.policy : "first-fit",
    exit: { status: Number(d.exit.status ?? 0), reason: String(d.exit.reason ?? "exit"), message: typeof d.exit.message === "string" ? d.exit.message : null },
    layout: {
      segments: d.segments.filter((s) => s.name !== "heap" && s.name !== "stack").map((s) => ({ name: s.name, start: num(s.start, "segment start"), end: num(s.end, "segment end"), perm: String(s.perm) })),
      memSize: num(stack.end, "stack end"),
      stackLimit: num(stack.start, "stack start"),
      heapStart,
      firstHeader: firstHeader(heapStart),
      spFinal: isObject(d.registers) ? num(d.registers.sp, "registers.sp") : num(stack.end, "stack end"),
    },
    events: d.events as DumpData["events"],
    finalBlocks: Array.isArray(d.heap.blocks) ? d.heap.blocks.map((b) => ({ header: num(b.header, "block header"), size: num(b.size, "block size"), free: b.free === true })) : undefined,
    heapError: typeof d.heap.error === "string" ? d.heap.error : null,
  };
}

export function eventLogFromCore(c: CoreImage, file = "core"): EventLog {
  tooManyEvents(c.events.length, c.eventsOmitted, `${file}: the program made`);
  return {
    policy: c.heap?.policy && c.heap.policy !== "none" ? c.heap.policy : "first-fit",
    exit: c.exit
      ? { status: c.exit.status, reason: c.exit.fault ? c.exit.fault.kind : c.exit.reason, message: c.exit.fault ? c.exit.fault.message : null }
      : { status: 0, reason: "not run", message: null },
    layout: layoutFromCore(c),
    events: c.events,
    finalBlocks: c.heap?.blocks.map((b) => ({ header: b.header, size: b.size, free: b.free })),
    heapError: c.heap?.error ?? null,
  };
}

/** Reads a core file or a --dump-json file. */
export function loadEventLog(file: string): { log: EventLog; title: string } {
  const text = readInputFile(file);
  if (typeof text !== "string") throw new BuildError(`minic report: error: ${file}: ${text.problem}`);
  if (isCoreText(text)) {
    try {
      const core = readCore(text, file);
      return { log: eventLogFromCore(core, file), title: core.argv[0] ?? file };
    } catch (e) {
      if (e instanceof CoreFormatError) throw new BuildError(`minic report: error: ${e.message}`);
      throw e;
    }
  }
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    throw new BuildError(`minic report: error: ${file}: not a core file or a --dump-json file`);
  }
  return { log: eventLogFromDump(v, file), title: file.replace(/\.json$/, "") };
}

export function reportCommand(): CommandModule {
  return {
    command: "report <file>",
    describe: "write the visual heap walkthrough of a core file (run --core) or a --dump-json file",
    builder: (y: Argv) =>
      y
        .positional("file", { type: "string", describe: "a core file or a --dump-json file" })
        .option("o", { type: "string", describe: "output HTML file (default report.html)" })
        .option("svg", { type: "string", describe: "also write SVG figures of the key moments into DIR" }),
    handler: (a) => {
      const { log, title } = loadEventLog(String(a.file));
      writeReport([reconstruct(log)], title, { html: typeof a.o === "string" ? a.o : "report.html", svgDir: typeof a.svg === "string" ? a.svg : undefined });
    },
  };
}
