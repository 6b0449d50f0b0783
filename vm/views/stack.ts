/**
 * @fileoverview The `stack` view: the frames at the moment the program stopped, innermost
 * first, each with its frame pointer, the saved fp and return address it holds, and its
 * parameters and locals by name, C type and value (from the compiler's FuncDebug: every
 * variable is at a fixed offset from fp). Deep recursion is shortened to its first and
 * last frames.
 */

import type { CoreImage } from "../core.js";
import { INSN_SIZE } from "../isa.js";
import { isInstruction } from "../report.js";
import { Inspector, canRead, exitWords, hex32, human, plural, programName, type FrameInfo } from "./common.js";
import { typedValue } from "./values.js";

export interface StackVarRow {
  name: string;
  type: string;
  size: number;
  param: boolean;
  fpOffset: number;
  addr: number;
  /** The value as shown. */
  value: string;
  /** Hex of the variable's bytes (up to 64), "" when unreadable. */
  bytes: string;
}

export interface StackFrameRow {
  index: number;
  pc: number;
  function: string | null;
  file: string | null;
  line: number | null;
  libc: boolean;
  fp: number | null;
  savedFp: number | null;
  returnAddress: number | null;
  returnAddressAt: number | null;
  /** Where the return address leads, e.g. "main at t.c:9". */
  returnsTo: string | null;
  vars: StackVarRow[];
  /** Why a frame shows no variables, or null. */
  note: string | null;
}

export interface StackJson {
  program: string;
  state: string;
  /** First line of the fault report, "" after a normal exit or before running. */
  report: string;
  stack: { limit: number; top: number; sp: number; fp: number; used: number };
  frames: StackFrameRow[];
  /** All frames, including those left out of `frames`. */
  total: number;
  /** Frame numbers left out (deep recursion), or null. */
  omitted: { from: number; to: number } | null;
}

const KEEP_FIRST = 10;
const KEEP_LAST = 3;

/** `int *p`, `char buf[16]`, `int (*f)(int)`: a C declaration of name with the printed type. */
export function declaration(type: string, name: string): string {
  const fp = type.indexOf("(*");
  if (fp >= 0) {
    const close = type.indexOf(")", fp);
    if (close > fp) return type.slice(0, close) + (type[close - 1] === "*" ? "" : " ") + name + type.slice(close);
  }
  let depth = 0;
  for (let i = 0; i < type.length; i++) {
    const c = type[i];
    if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "[" && depth === 0) {
      const head = type.slice(0, i).trimEnd();
      return head + (head.endsWith("*") ? "" : " ") + name + type.slice(i);
    }
  }
  return type.endsWith("*") ? type + name : `${type} ${name}`;
}

function frameRow(ins: Inspector, f: FrameInfo): StackFrameRow {
  const fn = f.frame.fn;
  const vars: StackVarRow[] = [];
  let note: string | null = null;
  if (!fn) note = "not a code address: the stack may have been overwritten";
  else if (fn.libc) note = "libc function (written in TypeScript): no frame of its own";
  else if (!f.debug) note = "no debug information";
  else if (f.frame.fp === null) note = "no frame yet: stopped at the function's first instruction, before ENTER";
  else {
    const fp = f.frame.fp;
    for (const v of f.debug.vars.slice().sort((a, b) => b.fpOffset - a.fpOffset)) {
      const addr = (fp + v.fpOffset) >>> 0;
      const n = Math.min(v.size, 64);
      vars.push({
        name: v.name,
        type: v.type,
        size: v.size,
        param: v.param,
        fpOffset: v.fpOffset,
        addr,
        value: typedValue(ins, addr, v.type, v.size),
        bytes: canRead(ins.mem, addr, n) ? Buffer.from(ins.mem.u8.subarray(addr, addr + n)).toString("hex") : "",
      });
    }
  }
  return {
    index: f.index,
    pc: f.frame.pc,
    function: fn ? fn.name : null,
    file: f.frame.file,
    line: f.frame.line,
    libc: fn ? fn.libc : false,
    fp: f.frame.fp,
    savedFp: f.savedFp,
    returnAddress: f.returnAddress,
    returnAddressAt: f.returnAddressAt,
    // A callback's return address is a sentinel inside the native, not after a CALL.
    returnsTo: f.returnAddress === null ? null : ins.codeLocation(isInstruction(ins.core.exe, f.returnAddress) ? f.returnAddress - INSN_SIZE : f.returnAddress),
    vars,
    note,
  };
}

export function collectStack(core: CoreImage): StackJson {
  const ins = new Inspector(core);
  const { frames, total } = ins.frames();
  let shown = frames;
  let omitted: StackJson["omitted"] = null;
  if (frames.length > KEEP_FIRST + KEEP_LAST + 1) {
    shown = [...frames.slice(0, KEEP_FIRST), ...frames.slice(frames.length - KEEP_LAST)];
    omitted = { from: KEEP_FIRST, to: frames.length - KEEP_LAST - 1 };
  }
  const report = core.exit?.report ?? "";
  return {
    program: programName(core),
    state: exitWords(core),
    report: report.split("\n")[0] ?? "",
    stack: { limit: core.mem.stackLimit, top: core.mem.size, sp: ins.sp, fp: ins.fp, used: core.mem.size - ins.sp },
    frames: shown.map((f) => frameRow(ins, f)),
    total,
    omitted,
  };
}

function offset(n: number): string {
  return n >= 0 ? `[fp+${n}]` : `[fp${n}]`;
}

export function formatStack(d: StackJson): string {
  const out: string[] = [];
  const s = d.stack;
  out.push(`Stack of ${d.program} (${d.state}): ${hex32(s.limit)}-${hex32(s.top)}, sp ${hex32(s.sp)}, fp ${hex32(s.fp)}, ${human(s.used)} in use`);
  if (d.report) out.push(d.report);
  out.push("");
  if (d.total === 0) out.push("No frames: the program has not run (sp points at argc, argv and the argument strings).");
  for (const f of d.frames) {
    if (d.omitted && f.index === d.omitted.to + 1) {
      out.push(`... ${plural(d.omitted.to - d.omitted.from + 1, "frame")} left out (#${d.omitted.from}-#${d.omitted.to}) ...`);
    }
    const where = f.function === null ? "??" : f.libc ? `${f.function} (libc)` : f.line !== null ? `${f.function} at ${f.file}:${f.line}` : f.function;
    out.push(`#${f.index}  ${where}  (${f.index === 0 ? "pc" : "return address"} ${hex32(f.pc)})`);
    if (f.fp !== null) {
      const ra = f.returnAddress === null ? "unreadable" : `${hex32(f.returnAddress)}${f.returnsTo ? ` -> ${f.returnsTo}` : ""}`;
      out.push(`      frame at fp ${hex32(f.fp)}: saved fp ${f.savedFp === null ? "unreadable" : hex32(f.savedFp)}, return address ${ra}`);
    } else if (f.index === 0 && f.returnAddress !== null && f.returnAddressAt !== null) {
      out.push(`      return address ${hex32(f.returnAddress)}${f.returnsTo ? ` -> ${f.returnsTo}` : ""} at [sp] ${hex32(f.returnAddressAt)}`);
    }
    if (f.note) out.push(`      ${f.note}`);
    for (const v of f.vars) {
      out.push(`      ${offset(v.fpOffset).padEnd(8)} ${declaration(v.type, v.name)} = ${v.value}`);
    }
  }
  if (d.frames.length > 0 && d.total > d.frames.length && !d.omitted) out.push(`... ${plural(d.total - d.frames.length, "more frame")}`);
  if (d.total > 0) {
    out.push("");
    out.push(`(above the last frame: _start, then argc, argv and the argument strings up to ${hex32(s.top)})`);
  }
  return out.join("\n") + "\n";
}
