/**
 * @fileoverview Memory you can inspect, on the command line:
 *
 *   minic run prog.c --core FILE          write the final state to FILE (after exit or fault)
 *   minic run prog.c --core-on-fault      write prog.core only if the program faults
 *   minic run prog.c --dump=heap,stack    print views to stderr when the program ends
 *   minic dump CORE|EXE VIEW [ARGS] [--json]
 *
 * `minic dump` reads a core file, or loads an executable (or .c/.o inputs) without running
 * it and shows its initial image. cli/minic.ts registers all this with a few lines.
 */

import { writeFileSync } from "node:fs";
import { readInputOrNull } from "./files.js";
import { basename } from "node:path";
import type { Argv, CommandModule } from "yargs";
import { walkHeapFromSymbols } from "../libc/heap-walk.js";
import { CoreFormatError, coreFromMachine, isCoreText, readCore, writeCore, type CoreImage } from "../vm/core.js";
import { parseSize } from "../vm/layout.js";
import type { Machine } from "../vm/machine.js";
import { VIEW_HELP, VIEW_NAMES, ViewError, isViewName, renderView, type ViewName, type ViewOptions, type ViewOutput } from "../vm/views/index.js";
import { BuildError, buildExecutable, createMachine } from "./driver.js";

/** libc's heap walker, as the core and the views want it. */
export function describeLibcHeap(m: Machine) {
  return walkHeapFromSymbols(m.mem, (n) => m.symbol(n));
}

/** The CoreImage of a machine (after run(), or before it for the initial image). */
export function machineCore(m: Machine): CoreImage {
  return coreFromMachine(m, describeLibcHeap);
}

/** Source lines for disasm: the file as named in the line table, if it can be read. */
export function readSourceFile(file: string): string | null {
  return readInputOrNull(file);
}

const viewList = () => VIEW_NAMES.map((v) => `  ${v.padEnd(9)} ${VIEW_HELP[v]}`).join("\n");

/**
 * Takes `--dump=VIEWS` out of the arguments (yargs would read `--dump VALUE` as eating the
 * next file name, so plain `--dump` stays a boolean and the view list needs the `=`).
 */
export function splitDumpViews(argv: string[]): { argv: string[]; views: ViewName[] | null; error: string | null } {
  let views: ViewName[] | null = null;
  const rest: string[] = [];
  for (const a of argv) {
    const m = /^--dump=(.*)$/.exec(a);
    if (!m) {
      rest.push(a);
      continue;
    }
    const names = m[1]!.split(",").map((s) => s.trim()).filter((s) => s !== "");
    const bad = names.find((n) => !isViewName(n) || n === "hex" || n === "disasm");
    if (names.length === 0 || bad !== undefined) {
      const what = names.length === 0 ? "--dump= needs view names" : `unknown view '${bad}' in --dump`;
      const usable = VIEW_NAMES.filter((v) => v !== "hex" && v !== "disasm").join(", ");
      return { argv: rest, views: null, error: `${what} (choose from ${usable}; hex and disasm need 'minic dump')` };
    }
    views = [...(views ?? []), ...(names as ViewName[])];
  }
  return { argv: rest, views, error: null };
}

/** The run command's options for cores, for its builder's `.options()`. */
export const CORE_OPTIONS = {
  core: { type: "string", describe: "write the machine's final state to FILE (docs/core-format.md); with --core-on-fault only on a fault" },
  "core-on-fault": { type: "boolean", describe: "if the program faults, write a core (NAME.core, or the --core FILE) and say so" },
} as const;

export interface AfterRunOptions {
  core?: string;
  coreOnFault?: boolean;
  views: ViewName[] | null;
  /** The first input file: names the default core file. */
  input: string;
}

/**
 * After `minic run`: print the --dump=VIEWS views, write the core. Messages go to `err`;
 * false when the core could not be written.
 */
export function afterRun(m: Machine, o: AfterRunOptions, err: (s: string) => void): boolean {
  const core = machineCore(m);
  const opts: ViewOptions = { readSource: readSourceFile };
  for (const v of o.views ?? []) err(renderView(core, v, [], opts).text);
  const faulted = core.exit?.reason === "fault";
  const file = o.core ?? (o.coreOnFault ? basename(o.input).replace(/\.[co]$/, "") + ".core" : null);
  if (file === null || (o.coreOnFault && !faulted)) return true;
  try {
    writeFileSync(file, writeCore(core));
  } catch (e) {
    err(`minic: error: cannot write core file ${file}: ${e instanceof Error ? e.message : String(e)}\n`);
    return false;
  }
  if (faulted) err(`core written to ${file}\n`);
  return true;
}

export interface DumpIO {
  out(s: string): void;
  err(s: string): void;
  setStatus(n: number): void;
}

function sizeOption(v: unknown, name: string): number | undefined | string {
  if (v === undefined) return undefined;
  const n = parseSize(String(v));
  if (n === null || n <= 0) return `invalid size for --${name}: '${String(v)}' (use e.g. 16M, 512K or a byte count)`;
  return n;
}

/** Loads FILE as a core, or builds it (executable, .c, .o) into an image that has not run. */
export function loadForDump(file: string, memory: number | undefined, stack: number | undefined, warn: (s: string) => void): CoreImage {
  // buildExecutable reports a missing or unreadable file in the usual words
  const text = readInputOrNull(file, "latin1");
  if (text !== null && isCoreText(text)) {
    try {
      return readCore(text, file);
    } catch (e) {
      if (e instanceof CoreFormatError) throw new BuildError(`minic: error: ${e.message}`);
      throw e;
    }
  }
  const exe = buildExecutable([file], {}, warn);
  const m = createMachine(exe, file, { memory, stack }, { write: (_fd, b) => b.length, read: () => new Uint8Array(0) });
  return machineCore(m);
}

/** `minic dump CORE|EXE VIEW [ARGS...] [--json]`. */
export function dumpCommand(io: DumpIO): CommandModule {
  return {
    command: "dump <file> [view] [args..]",
    describe: "show a core file (or an executable before it runs): segments, symbols, hex, heap, stack, disasm, summary",
    builder: (y: Argv) =>
      y
        .positional("file", { type: "string", describe: "a core file (run --core), or an executable, .c or .o file" })
        .positional("view", { type: "string", describe: `one of: ${VIEW_NAMES.join(", ")}` })
        .positional("args", { type: "string", array: true, describe: "the view's arguments (hex: ADDR [LEN]; disasm: FUNCTION)" })
        .option("json", { type: "boolean", describe: "print the view's data as JSON" })
        .option("all", { type: "boolean", describe: "symbols: include libc's symbols" })
        .option("memory", { type: "string", describe: "memory size for an executable's image (default 16M)" })
        .option("stack", { type: "string", describe: "stack size for an executable's image (default 1M)" })
        .epilogue(`Views:\n${viewList()}`),
    handler: (a) => {
      const usage = (msg: string) => {
        io.err(`minic dump: ${msg}\nViews:\n${viewList()}\n`);
        io.setStatus(2);
      };
      const view = a.view === undefined ? undefined : String(a.view);
      if (view === undefined) return usage("give a view");
      if (!isViewName(view)) return usage(`unknown view '${view}'`);
      const memory = sizeOption(a.memory, "memory");
      const stack = sizeOption(a.stack, "stack");
      if (typeof memory === "string") return usage(memory);
      if (typeof stack === "string") return usage(stack);
      const core = loadForDump(String(a.file), memory, stack, io.err);
      const args = Array.isArray(a.args) ? a.args.map(String) : [];
      let r: ViewOutput;
      try {
        r = renderView(core, view, args, { readSource: readSourceFile, all: a.all === true });
      } catch (e) {
        if (e instanceof ViewError) {
          io.err(`minic dump: error: ${e.message}\n`);
          io.setStatus(1);
          return;
        }
        throw e;
      }
      io.out(a.json ? JSON.stringify(r.json, null, 2) + "\n" : r.text);
    },
  };
}
