#!/usr/bin/env node
/**
 * @fileoverview The `minic` command: run, cc, ld, objdump, nm. Exit statuses: the program's
 * own for `run` (139 segfault, 134 abort, 136 SIGFPE), 1 for compile/link/load errors,
 * 2 for bad command-line usage.
 */

import { closeSync, openSync, readSync, writeFileSync, writeSync } from "node:fs";
import { basename } from "node:path";
import yargs, { type Argv, type MiddlewareFunction } from "yargs";
import { hideBin } from "yargs/helpers";
import type { HostIO } from "../libc/abi.js";
import { walkHeapFromSymbols } from "../libc/heap-walk.js";
import { serializeExecutable, serializeObjectPieces, type ObjectModule } from "../linker/object.js";
import { parseSize } from "../vm/layout.js";
import { collectDump, formatDump } from "../vm/dump.js";
import type { Machine } from "../vm/machine.js";
import { BuildError, buildExecutable, compileC, createMachine, linkObjects, loadInput, preprocessOnly, type CompileOptions } from "./driver.js";
import { formatNm, formatObjdump } from "./objtools.js";
import { heapBenchCommand } from "./heap-bench.js";
import { ALLOC_OPTION, HEAP_RUN_OPTIONS, allocOpt, writeHeapTrace } from "./trace.js";
import { CORE_OPTIONS, afterRun, dumpCommand, splitDumpViews } from "./dump-command.js";
import { raiseInliningBudget, skipYargsHelpCache } from "./startup.js";
import { jitOptions } from "../vm/jit.js";
import { REPORT_RUN_OPTIONS, RUN_ALLOC_OPTION, reportCommand, reportSetup } from "./report/command.js";
import { readFileSync } from "node:fs";
import { optionValueProblem, yargsUsageMessage } from "./options.js";
import { readInputFile } from "./files.js";

class UsageError extends Error {}

function writeAll(fd: number, bytes: Uint8Array): void {
  let off = 0;
  while (off < bytes.length) {
    try {
      off += writeSync(fd, bytes, off, bytes.length - off);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "EAGAIN") continue;
      if (code === "EPIPE") return;
      throw e;
    }
  }
}

const stderr = (s: string) => writeAll(2, Buffer.from(s));

/** `cc -c`'s output: the object written piece by piece (serializeObjectPieces says why). */
function writeObjectFile(path: string, m: ObjectModule): void {
  const fd = openSync(path, "w");
  try {
    serializeObjectPieces(m, (p) => {
      if (typeof p !== "string") return writeAll(fd, p);
      const n = writeSync(fd, p);
      // a short write (disk nearly full): the rest goes through the checked byte loop
      if (n < Buffer.byteLength(p)) writeAll(fd, Buffer.from(p).subarray(n));
    });
  } finally {
    closeSync(fd);
  }
}

/** The real terminal/pipe I/O for a running program. */
const processIO: HostIO = {
  write(fd, bytes) {
    writeAll(fd === 2 ? 2 : 1, bytes);
    return bytes.length;
  },
  read(_fd, max) {
    const buf = Buffer.alloc(Math.max(1, Math.min(max, 65536)));
    for (;;) {
      try {
        const n = readSync(0, buf, 0, buf.length, null);
        return new Uint8Array(buf.subarray(0, n));
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === "EAGAIN") continue;
        return new Uint8Array(0); // EOF or no stdin
      }
    }
  },
};

function compileOpts(argv: { I?: string[]; D?: string[] }): CompileOptions {
  const defines: Record<string, string> = {};
  for (const d of argv.D ?? []) {
    const eq = d.indexOf("=");
    if (eq === 0 || d.length === 0) throw new UsageError(`invalid macro definition '-D${d}'`);
    if (eq < 0) defines[d] = "1";
    else defines[d.slice(0, eq)] = d.slice(eq + 1);
  }
  return { includeDirs: argv.I ?? [], defines };
}

function sizeOpt(v: string | undefined, name: string): number | undefined {
  if (v === undefined) return undefined;
  const n = parseSize(String(v));
  if (n === null || n <= 0) throw new UsageError(`invalid size for --${name}: '${v}' (use e.g. 16M, 512K or a byte count)`);
  return n;
}

const warn = (s: string) => stderr(s);

function withCompileFlags<T>(y: Argv<T>) {
  return y
    .option("I", { type: "string", array: true, describe: "add a directory to the include search path", nargs: 1 })
    .option("D", { type: "string", array: true, describe: "define a macro (NAME or NAME=VALUE)", nargs: 1 });
}

/** The positional arguments of minic's commands (not options, so not checked as options). */
const POSITIONALS = ["files", "file", "view", "args", "traces"];

async function main(): Promise<number> {
  let status = 0;
  const argv = hideBin(process.argv);
  if (argv.length === 1 && argv[0] === "--version") {
    // dist/cli/minic.js (or the bundle standing in for it) sits two levels below package.json
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version?: unknown };
    writeAll(1, Buffer.from(`minic ${String(pkg.version)}\n`));
    return 0;
  }
  const dashdash = argv.indexOf("--");
  const programArgs = dashdash >= 0 ? argv.slice(dashdash + 1) : [];
  const split = splitDumpViews(dashdash >= 0 ? argv.slice(0, dashdash) : argv);
  if (split.error) throw new UsageError(split.error);
  // gcc spells -DNAME=VALUE and -Idir in one word; yargs would read "-DN=1" as -D -N=1.
  const own = split.argv.flatMap((a) => (/^-[DI]./.test(a) ? [a.slice(0, 2), a.slice(2)] : [a]));

  const parser = yargs(own)
    .scriptName("minic")
    .usage("$0 <command> [options]\n\nA C toolchain and virtual machine that shows how a C program becomes running memory.")
    .strict()
    .parserConfiguration({ "duplicate-arguments-array": true })
    .command(
      "run <files..>",
      "compile, link and run a program (FILE.c, FILE.o or an executable); program arguments after --",
      (y) =>
        withCompileFlags(y)
          .positional("files", { type: "string", array: true, describe: "inputs" })
          .option("dump", { type: "boolean", describe: "after the program ends, print segments, break, heap blocks, events and globals to stderr; --dump=heap,stack prints chosen views (minic dump --help)" })
          .option("dump-json", { type: "string", describe: "write the same dump as JSON to FILE (docs/dump-format.md)" })
          .option("memory", { type: "string", describe: "memory size (default 16M)" })
          .option("stack", { type: "string", describe: "stack size (default 1M)" })
          .option("max-steps", { type: "string", describe: "stop after N instructions (0 = unlimited)" })
          .options(CORE_OPTIONS)
          .options(RUN_ALLOC_OPTION)
          .options(HEAP_RUN_OPTIONS)
          .options(REPORT_RUN_OPTIONS),
      (a) => {
        const opts = compileOpts(a);
        const memory = sizeOpt(a.memory, "memory");
        const stack = sizeOpt(a.stack, "stack");
        const maxSteps = a["max-steps"] === undefined ? undefined : Number(a["max-steps"]);
        if (maxSteps !== undefined && (!/^\s*\d+\s*$/.test(String(a["max-steps"])) || !Number.isSafeInteger(maxSteps))) throw new UsageError(`invalid --max-steps '${a["max-steps"]}'`);
        const files = (a.files ?? []).map(String);
        const { alloc, session: report } = reportSetup(a, files, (msg) => {
          throw new UsageError(msg);
        });
        const exe = buildExecutable(files, { ...opts, alloc }, warn);
        // The event log is kept only when something after the run reads it.
        const recordEvents = Boolean(a.dump || a["dump-json"] || split.views || a.core || a["core-on-fault"] || a["trace-heap"] !== undefined || report);
        const m: Machine = createMachine(exe, files[0]!, { memory, stack, maxSteps, args: programArgs, alloc, heapCheck: a["heap-check"], wrapNatives: report?.wrap, recordEvents }, report ? report.io(processIO) : processIO);
        report?.attach(m);
        const exit = m.run();
        if (a["trace-heap"] !== undefined) writeHeapTrace(m.events, String(a["trace-heap"]));
        if (exit.report) stderr(exit.report.endsWith("\n") ? exit.report : exit.report + "\n");
        if (a.dump || a["dump-json"]) {
          const d = collectDump(m, exit, (mm) => walkHeapFromSymbols(mm.mem, (n) => mm.exe.symbols.find((s) => s.name === n)?.addr));
          if (a.dump) stderr(formatDump(d));
          if (a["dump-json"]) writeFileSync(String(a["dump-json"]), JSON.stringify(d, null, 1) + "\n");
        }
        const coreWritten = afterRun(m, { core: a.core, coreOnFault: a["core-on-fault"], views: split.views, input: files[0]! }, stderr);
        report?.finish(exit, (policy, io, wrap) =>
          createMachine(buildExecutable(files, { ...opts, alloc: policy }, () => undefined), files[0]!, { memory, stack, maxSteps, args: programArgs, alloc: policy, heapCheck: a["heap-check"], wrapNatives: wrap }, io),
        );
        // an output file that could not be written fails the command, as --dump-json's does
        status = coreWritten ? exit.status : 1;
      },
    )
    .command(
      "cc <files..>",
      "compile C files: -c to objects, -E to preprocessed text, otherwise to an executable",
      (y) =>
        withCompileFlags(y)
          .positional("files", { type: "string", array: true })
          .option("c", { type: "boolean", describe: "compile only: write FILE.o for each FILE.c" })
          .option("E", { type: "boolean", describe: "preprocess only, to stdout" })
          .option("o", { type: "string", describe: "output file" })
          .options(ALLOC_OPTION),
      (a) => {
        const opts = compileOpts(a);
        const files = (a.files ?? []).map(String);
        if (a.E) {
          for (const f of files) {
            const text = readInputFile(f);
            if (typeof text !== "string") throw new BuildError(`minic: error: ${f}: ${text.problem}`);
            const r = preprocessOnly(f, text, opts);
            if (r.messages) stderr(r.messages);
            if (!r.ok) {
              status = 1;
              return;
            }
            if (a.o) writeFileSync(a.o, r.text);
            else writeAll(1, Buffer.from(r.text));
          }
          return;
        }
        if (a.c) {
          if (a.o && files.length > 1) throw new UsageError("cannot specify -o with -c and multiple files");
          for (const f of files) {
            if (!f.endsWith(".c")) throw new UsageError(`${f}: -c expects .c files`);
            const text = readInputFile(f);
            if (typeof text !== "string") throw new BuildError(`minic: error: ${f}: ${text.problem}`);
            const r = compileC(f, text, opts);
            if (r.messages) stderr(r.messages);
            if (!r.object) {
              status = 1;
              continue;
            }
            writeObjectFile(a.o ?? basename(f).replace(/\.c$/, ".o"), r.object);
          }
          return;
        }
        const exe = buildExecutable(files, { ...opts, alloc: allocOpt(a) }, warn);
        writeFileSync(a.o ?? "a.out", serializeExecutable(exe));
      },
    )
    .command(
      "ld <files..>",
      "link object files with libc into an executable",
      (y) => y.positional("files", { type: "string", array: true }).option("o", { type: "string", describe: "output file (default a.out)" }).options(ALLOC_OPTION),
      (a) => {
        const objects = (a.files ?? []).map((f) => {
          const input = loadInput(String(f), {}, warn);
          if (input.kind !== "object") throw new BuildError(`minic ld: error: ${f}: is an executable, not an object file`);
          return input.object;
        });
        writeFileSync(a.o ?? "a.out", serializeExecutable(linkObjects(objects, { alloc: allocOpt(a) })));
      },
    )
    .command(
      "objdump <file>",
      "show an object or executable: sections, symbols, relocations and disassembly",
      (y) => y.positional("file", { type: "string" }),
      (a) => {
        writeAll(1, Buffer.from(formatObjdump(loadInput(String(a.file), {}, warn), String(a.file))));
      },
    )
    .command(
      "nm <file>",
      "list the symbols of an object or executable, like nm(1)",
      (y) => y.positional("file", { type: "string" }),
      (a) => {
        writeAll(1, Buffer.from(formatNm(loadInput(String(a.file), {}, warn))));
      },
    )
    .command(reportCommand())
    .command(dumpCommand({ out: (s) => writeAll(1, Buffer.from(s)), err: stderr, setStatus: (n) => (status = n) }))
    .command(heapBenchCommand)
    .demandCommand(1, "give a command: run, cc, ld, objdump, nm or dump")
    .help()
    .version(false)
    // yargs passes its instance as a second argument, which @types/yargs does not declare
    .middleware(((parsed: Record<string, unknown>, y: { getOptions(): Parameters<typeof optionValueProblem>[1] }) => {
      const problem = optionValueProblem(parsed, y.getOptions(), POSITIONALS);
      if (problem) throw new UsageError(problem);
    }) as unknown as MiddlewareFunction)
    .fail((msg, err) => {
      if (err instanceof UsageError || err instanceof BuildError) throw err;
      if (err && err.name !== "YError") throw err;
      throw new UsageError(yargsUsageMessage(err ? err.message : msg));
    });
  skipYargsHelpCache(parser);
  jitOptions.onFirstRegion = raiseInliningBudget;
  await parser.parseAsync();
  return status;
}

main().then(
  (status) => process.exit(status),
  (e: unknown) => {
    if (e instanceof BuildError) {
      stderr(e.message.endsWith("\n") ? e.message : e.message + "\n");
      process.exit(1);
    }
    if (e instanceof UsageError) {
      stderr(`minic: ${e.message}\nTry 'minic --help' for more information.\n`);
      process.exit(2);
    }
    const err = e as NodeJS.ErrnoException;
    if (err && typeof err.code === "string" && err.syscall) {
      stderr(`minic: error: ${err.message}\n`);
      process.exit(1);
    }
    stderr(`minic: internal error: ${err instanceof Error ? err.message : String(e)}\nPlease report this with the program that caused it.\n`);
    process.exit(70);
  },
);
