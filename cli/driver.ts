/**
 * @fileoverview The pipeline as a library, used by the CLI and the tests:
 *
 *   .c --preprocess--> text --parse--> AST --check--> typed AST --codegen--> object
 *   objects + libc.a --link--> executable --load--> machine --run--> exit info
 *
 * Every stage reports through Diagnostics or a typed error; nothing here lets a bad input
 * surface as a host exception.
 */

import { existsSync } from "node:fs";
import { readInputFile } from "./files.js";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { compileUnit } from "../compiler/compile.js";
import { CompileError, Diagnostics } from "../compiler/diagnostics.js";
import { formatPreprocessed, preprocess } from "../compiler/preprocess.js";
import { SourceMap } from "../compiler/source.js";
import type { HostIO, NativeFn } from "../libc/abi.js";
import { archiveFromMembers } from "../libc/archive.js";
import { DEFAULT_POLICY, initLibcState, libcMembers, libcNatives, readAllocatorState, type AllocPolicy } from "../libc/index.js";
import { R_SP } from "../vm/isa.js";
import { allocatorConflictNote } from "../libc/malloc.js";
import { LinkError, link } from "../linker/link.js";
import { FormatError, parseExecutable, parseObject, sniffFormat, type Executable, type ObjectModule } from "../linker/object.js";
import { LoadError, Machine, type ExitInfo } from "../vm/machine.js";

export interface CompileOptions {
  includeDirs?: string[];
  defines?: Record<string, string>;
}

/** Link-time choices (docs/allocators.md). */
export interface LinkOptions {
  /** The allocator policy of libc's malloc.o (default first-fit). */
  alloc?: AllocPolicy;
}

export interface RunOptions extends CompileOptions, LinkOptions {
  /** Walk and check the whole heap around every allocator call (--heap-check). */
  heapCheck?: boolean;
  /** Keep the allocator event log (default true; see MachineOptions.recordEvents). */
  recordEvents?: boolean;
  /** Bytes given to the program's stdin. */
  stdin?: Uint8Array | string;
  /** argv[1..] of the program. */
  args?: string[];
  memory?: number;
  stack?: number;
  maxSteps?: number;
  /** Wraps the libc natives before the machine is built (the report recorder watches allocator calls this way). */
  wrapNatives?: (natives: Record<string, NativeFn>) => Record<string, NativeFn>;
}

export interface RunResult {
  stdout: string;
  /** Compiler/linker diagnostics and fault reports. */
  stderr: string;
  /** Exit status as a shell sees it (0..255; 139 for a segfault, 1 for a compile error). */
  status: number;
  exit: ExitInfo | null;
  machine: Machine | null;
}

/** A failure of a build step, with the text to print; the exit status is 1. */
export class BuildError extends Error {}

let systemIncludeDir: string | null = null;

/** libc/include, found relative to this file both in the sources and in dist/. */
export function libcIncludeDir(): string {
  if (systemIncludeDir) return systemIncludeDir;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const cand = join(dir, "libc", "include");
    if (existsSync(join(cand, "stdio.h"))) return (systemIncludeDir = cand);
    dir = dirname(dir);
  }
  throw new Error("internal error: cannot find libc/include");
}

function ppOptions(opts: CompileOptions) {
  return {
    includeDirs: opts.includeDirs ?? [],
    systemIncludeDir: libcIncludeDir(),
    defines: new Map(Object.entries(opts.defines ?? {})),
    // a missing header lets the search go on; any other problem is the #include's error
    readFile: (path: string) => {
      const r = readInputFile(path);
      return typeof r === "string" || r.problem !== "no such file or directory" ? r : null;
    },
  };
}

export interface CompileResult {
  object: ObjectModule | null;
  /** Formatted diagnostics (errors and warnings), possibly empty. */
  messages: string;
}

/** Compiles one C source text into an object module. */
export function compileC(file: string, text: string, opts: CompileOptions = {}): CompileResult {
  const diags = new Diagnostics();
  let object: ObjectModule | null = null;
  try {
    const pp = preprocess(file, text, ppOptions(opts), diags);
    const map = new SourceMap(pp);
    diags.map = map;
    // parse, check and generate function by function (compiler/compile.ts)
    if (!diags.hasErrors()) object = compileUnit(pp.text, file, diags, map);
  } catch (e) {
    if (!(e instanceof CompileError)) throw e;
  }
  return { object, messages: diags.format() };
}

/** `cc -E`: the preprocessed text with line markers. */
export function preprocessOnly(file: string, text: string, opts: CompileOptions = {}): { text: string; messages: string; ok: boolean } {
  const diags = new Diagnostics();
  try {
    const pp = preprocess(file, text, ppOptions(opts), diags);
    diags.map = new SourceMap(pp);
    return { text: formatPreprocessed(pp), messages: diags.format(), ok: !diags.hasErrors() };
  } catch (e) {
    if (!(e instanceof CompileError)) throw e;
    return { text: "", messages: diags.format(), ok: false };
  }
}

export type Input = { kind: "object"; object: ObjectModule } | { kind: "executable"; exe: Executable };

/**
 * Reads one input: C sources are compiled, objects and executables are parsed. Warnings
 * go to `warn`; errors throw BuildError with the formatted messages.
 */
export function loadInput(path: string, opts: CompileOptions, warn: (s: string) => void): Input {
  const text = readInputFile(path);
  if (typeof text !== "string") throw new BuildError(`minic: error: ${path}: ${text.problem}`);
  if (path.endsWith(".c") || path.endsWith(".h")) {
    const r = compileC(path, text, opts);
    if (!r.object) throw new BuildError(r.messages.trimEnd());
    if (r.messages) warn(r.messages);
    return { kind: "object", object: r.object };
  }
  try {
    const kind = sniffFormat(text);
    if (kind === "object") return { kind: "object", object: parseObject(text, path) };
    if (kind === "executable") return { kind: "executable", exe: parseExecutable(text, path) };
  } catch (e) {
    if (e instanceof FormatError) throw new BuildError(`minic: error: ${e.message}`);
    throw e;
  }
  throw new BuildError(`minic: error: ${path}: file format not recognized (expected a .c file, a minic object or a minic executable)`);
}

const archiveCache = new Map<AllocPolicy, ObjectModule[]>();
/** libc.a with the malloc.o of an allocator policy. */
export function libcArchive(policy: AllocPolicy = DEFAULT_POLICY): ObjectModule[] {
  let a = archiveCache.get(policy);
  if (!a) archiveCache.set(policy, (a = archiveFromMembers(libcMembers(policy))));
  return a;
}

/** Links objects with libc; link errors throw BuildError in ld's words. */
export function linkObjects(objects: ObjectModule[], opts: LinkOptions = {}): Executable {
  try {
    return link(objects, libcArchive(opts.alloc));
  } catch (e) {
    if (e instanceof LinkError) {
      const undef = new Set(objects.flatMap((o) => o.symbols.filter((s) => s.section === "undef").map((s) => s.name)));
      const notes = allocatorConflictNote(e.messages, undef);
      throw new BuildError([...e.messages, ...notes].map((m) => `minic ld: ${m}`).join("\n"));
    }
    throw e;
  }
}

/** Builds an executable from any mix of .c files and objects, or loads a single executable. */
export function buildExecutable(paths: string[], opts: CompileOptions & LinkOptions, warn: (s: string) => void): Executable {
  if (paths.length === 0) throw new BuildError("minic: error: no input files");
  const inputs = paths.map((p) => loadInput(p, opts, warn));
  const exes = inputs.filter((i) => i.kind === "executable");
  if (exes.length > 0) {
    if (inputs.length > 1) throw new BuildError("minic: error: an executable cannot be linked with other inputs");
    return (exes[0] as { exe: Executable }).exe;
  }
  return linkObjects(
    inputs.map((i) => (i as { object: ObjectModule }).object),
    opts,
  );
}

/**
 * libc's start-up state (__progname), and --alloc given with a ready executable: its
 * malloc.o fixed the policy when it was linked.
 */
function startLibc(m: Machine, alloc: AllocPolicy | undefined): Machine {
  const s = alloc === undefined ? null : readAllocatorState(m.mem, (n) => m.symbol(n));
  if (s !== null && s.policy !== alloc) {
    throw new BuildError(`minic: error: ${m.argv[0]} was linked with the ${s.policy} allocator; --alloc applies when linking (relink its objects with --alloc ${alloc})`);
  }
  initLibcState(m.mem, m.regs[R_SP]!, (n) => m.symbol(n));
  return m;
}

/** Creates the machine for an executable; LoadError becomes BuildError. */
export function createMachine(exe: Executable, programName: string, opts: RunOptions, io: HostIO): Machine {
  try {
    return startLibc(new Machine(exe, {
      memory: opts.memory,
      stack: opts.stack,
      maxSteps: opts.maxSteps,
      argv: [programName, ...(opts.args ?? [])],
      io,
      recordEvents: opts.recordEvents,
      natives: opts.wrapNatives ? opts.wrapNatives(libcNatives({ heapCheck: opts.heapCheck })) : libcNatives({ heapCheck: opts.heapCheck }),
    }), opts.alloc);
  } catch (e) {
    if (e instanceof LoadError) throw new BuildError(`minic: error: ${e.message}`);
    throw e;
  }
}

/** Host I/O that captures output and serves stdin from a buffer (for tests and reports). */
export function captureIO(stdin: Uint8Array | string | undefined): HostIO & { out: Uint8Array[]; err: Uint8Array[] } {
  let input = typeof stdin === "string" ? new Uint8Array(Buffer.from(stdin)) : (stdin ?? new Uint8Array(0));
  const out: Uint8Array[] = [];
  const err: Uint8Array[] = [];
  return {
    out,
    err,
    write(fd, bytes) {
      (fd === 2 ? err : out).push(bytes.slice());
      return bytes.length;
    },
    read(_fd, max) {
      const chunk = input.slice(0, max);
      input = input.slice(chunk.length);
      return chunk;
    },
  };
}

const text = (chunks: Uint8Array[]) => Buffer.concat(chunks).toString("latin1");

/** Compiles, links and runs, capturing everything: the library form of `minic run`. */
export function buildAndRun(paths: string[], opts: RunOptions = {}): RunResult {
  const warnings: string[] = [];
  let exe: Executable;
  let machine: Machine;
  const io = captureIO(opts.stdin);
  try {
    exe = buildExecutable(paths, opts, (w) => warnings.push(w));
    machine = createMachine(exe, resolve(paths[0] ?? "a.out"), opts, io);
  } catch (e) {
    if (e instanceof BuildError) return { stdout: "", stderr: warnings.join("") + e.message + "\n", status: 1, exit: null, machine: null };
    throw e;
  }
  const exit = machine.run();
  return {
    stdout: text(io.out),
    stderr: warnings.join("") + text(io.err) + exit.report,
    status: exit.status,
    exit,
    machine,
  };
}
