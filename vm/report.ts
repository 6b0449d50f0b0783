/**
 * @fileoverview Turning machine state into words: source lookup (function and line of an
 * address), stack walking along the fp chain, and the fault reports printed on stderr.
 *
 * Frames are i386-like: [fp] = saved fp, [fp + 4] = return address. A function has no
 * frame of its own at its first instruction (before ENTER), at RET (after LEAVE) and
 * while a libc native runs (natives are `NATIVE n; RET` stubs without ENTER); there the
 * return address is at [sp]. For caller frames the line shown is that of the call
 * instruction (return address - 8), as gdb does.
 */

import type { CallSite } from "../libc/abi.js";
import type { Executable } from "../linker/object.js";
import { assertNever } from "../compiler/types.js";
import type { Fault } from "./fault.js";
import { INSN_SIZE, OPS, Op, decode } from "./isa.js";
import { PERM_R, hex32, type Memory } from "./memory.js";

export interface FunctionInfo {
  name: string;
  addr: number;
  /** One past the last byte. */
  end: number;
  /** Source position of the definition, null without debug info (libc, _start). */
  file: string | null;
  line: number | null;
  /** True when the compiler emitted debug info (a `funcs` entry) for it. */
  debug: boolean;
  /** A libc native stub (its first instruction is NATIVE). */
  libc: boolean;
}

interface Index {
  funcs: FunctionInfo[];
  syms: FunctionInfo[];
  text: { start: number; end: number } | null;
}

const indexes = new WeakMap<Executable, Index>();

function indexOf(exe: Executable): Index {
  let ix = indexes.get(exe);
  if (!ix) {
    const t = exe.segments.find((s) => s.name === "text");
    const isNative = (a: number) => t !== undefined && a >= t.start && a < t.start + t.bytes.length && t.bytes[a - t.start] === Op.NATIVE;
    const funcs = exe.funcs
      .map((f) => ({ name: f.name, addr: f.addr, end: f.endAddr, file: f.file, line: f.line, debug: true, libc: false }))
      .sort((x, y) => x.addr - y.addr);
    const syms = exe.symbols
      .filter((s) => s.kind === "func")
      .map((s) => ({ name: s.name, addr: s.addr, end: s.addr + s.size, file: null, line: null, debug: false, libc: isNative(s.addr) }))
      .sort((x, y) => x.addr - y.addr);
    ix = { funcs, syms, text: t ? { start: t.start, end: t.start + t.size } : null };
    indexes.set(exe, ix);
  }
  return ix;
}

/** Index of the last element with addr <= pc, or -1. */
function lastAtOrBelow<T extends { addr: number }>(list: readonly T[], pc: number): number {
  let lo = 0;
  let hi = list.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.addr <= pc) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The function containing `pc`: from debug info, else from func symbols (libc natives). */
export function functionAt(exe: Executable, pc: number): FunctionInfo | null {
  const ix = indexOf(exe);
  const i = lastAtOrBelow(ix.funcs, pc);
  if (i >= 0 && pc < ix.funcs[i]!.end) return ix.funcs[i]!;
  const j = lastAtOrBelow(ix.syms, pc);
  if (j >= 0) {
    const s = ix.syms[j]!;
    // A size-0 symbol (size unknown) is taken to extend to the next one.
    if (pc < s.end || s.end === s.addr) return s;
  }
  return null;
}

/** The source line whose code covers `pc` (never one from a preceding function). */
export function lineAt(exe: Executable, pc: number): { file: string; line: number } | null {
  const i = lastAtOrBelow(exe.lines, pc);
  if (i < 0) return null;
  const e = exe.lines[i]!;
  const fn = functionAt(exe, pc);
  if (fn && (!fn.debug || e.addr < fn.addr)) return null;
  return { file: e.file, line: e.line };
}

/** True if `addr` is the address of an instruction in text. */
export function isInstruction(exe: Executable, addr: number): boolean {
  const t = indexOf(exe).text;
  return t !== null && addr >= t.start && addr < t.end && (addr - t.start) % INSN_SIZE === 0;
}

/** Where instruction `pc` is, as a CallSite. */
export function siteAt(exe: Executable, pc: number): CallSite {
  const fn = functionAt(exe, pc);
  const l = lineAt(exe, pc);
  return { pc, function: fn ? fn.name : null, file: l ? l.file : null, line: l ? l.line : null };
}

/** The call site of return address `ra`: pc = ra, function and line of the call (ra - 8). */
export function callSiteOf(exe: Executable, ra: number): CallSite {
  const at = isInstruction(exe, ra) ? ra - INSN_SIZE : ra;
  const s = siteAt(exe, at);
  return { ...s, pc: ra };
}

/** "main at t.c:5", "strlen (libc)", "main", or "0x00012345". */
function describeLocation(exe: Executable, at: number): string {
  const fn = functionAt(exe, at);
  if (!fn) return hex32(at);
  if (fn.libc) return `${fn.name} (libc)`;
  const l = lineAt(exe, at);
  return l ? `${fn.name} at ${l.file}:${l.line}` : fn.name;
}

// ---------------------------------------------------------------------------------------
// Stack walking
// ---------------------------------------------------------------------------------------

export interface Frame {
  /** The pc (frame #0) or the return address (callers). */
  pc: number;
  /** Address used for source lookup: pc, or the call instruction for callers. */
  at: number;
  fn: FunctionInfo | null;
  file: string | null;
  line: number | null;
  /**
   * The frame's own frame pointer ([fp] = saved fp, [fp + 4] = return address, locals
   * below), null when it has none: a libc native, or a function stopped before its ENTER.
   */
  fp: number | null;
}

/** A callFunction in progress: RET to `sentinel` ends it; the native's own ra is at [nativeSp]. */
export interface CallbackRecord {
  sentinel: number;
  nativeSp: number;
}

export interface StackState {
  exe: Executable;
  mem: Memory;
  pc: number;
  sp: number;
  fp: number;
  callbacks?: readonly CallbackRecord[];
}

function peek32(mem: Memory, addr: number): number | null {
  const a = addr >>> 0;
  if ((a & 3) !== 0 || (mem.perm[a >>> 12]! & PERM_R) === 0) return null;
  return mem.i32[a >>> 2]!;
}

function frameless(s: StackState, fn: FunctionInfo | null): boolean {
  if (!fn) return false;
  if (!fn.debug || s.pc === fn.addr) return true;
  const a = s.pc >>> 0;
  return isInstruction(s.exe, a) && s.mem.u8[a] === Op.RET;
}

function makeFrame(exe: Executable, pc: number, at: number, fp: number | null): Frame {
  const fn = functionAt(exe, at);
  const l = fn && fn.debug ? lineAt(exe, at) : null;
  return { pc, at, fn, file: l ? l.file : null, line: l ? l.line : null, fp: fn && fn.debug && !fn.libc ? fp : null };
}

/**
 * Walks the stack, innermost first, up to `limit` frames. `total` counts all frames when
 * `countAll` is set (for "after N frames"), else equals frames.length.
 */
export function walkStack(s: StackState, limit = 64, countAll = false): { frames: Frame[]; total: number } {
  const { exe, mem } = s;
  const frames: Frame[] = [makeFrame(exe, s.pc, s.pc, s.fp)];
  let total = 1;
  const validFp = (fp: number | null, prev: number): fp is number =>
    fp !== null && (fp & 3) === 0 && fp >= mem.stackLimit && fp + 8 <= mem.size && fp > prev;
  let fp: number | null = s.fp;
  let prevFp = -1;
  let ra: number | null;
  if (frameless(s, frames[0]!.fn)) {
    frames[0]!.fp = null;
    ra = peek32(mem, s.sp);
  } else {
    if (!validFp(fp, prevFp)) return { frames, total };
    ra = peek32(mem, fp + 4);
    prevFp = fp;
    fp = peek32(mem, fp);
  }
  // Callbacks are met innermost first; nested calls from the same native share a sentinel.
  let cbi = (s.callbacks?.length ?? 0) - 1;
  while (ra !== null) {
    const cb = cbi >= 0 && s.callbacks![cbi]!.sentinel === ra ? s.callbacks![cbi--] : undefined;
    const at = isInstruction(exe, ra) ? ra - INSN_SIZE : ra;
    // A callback's sentinel returns into a native, which has no frame of its own.
    const f = makeFrame(exe, ra, at, cb ? null : fp);
    if (f.fn && f.fn.name === "_start") break; // below main, as gdb shows it
    if (!f.fn) {
      // Not a code address: a smashed stack. Show it and stop.
      total++;
      if (frames.length < limit) frames.push(f);
      break;
    }
    total++;
    if (frames.length < limit) frames.push(f);
    else if (!countAll) break;
    if (cb) {
      // A native called back into the program: continue with the native's caller.
      ra = peek32(mem, cb.nativeSp);
      continue;
    }
    if (!validFp(fp, prevFp)) break;
    ra = peek32(mem, fp + 4);
    prevFp = fp;
    fp = peek32(mem, fp);
  }
  return { frames, total };
}

export function formatFrame(i: number, f: Frame): string {
  let s = `  #${i} ${hex32(f.pc)} in `;
  if (!f.fn) return s + "??";
  s += f.fn.name;
  if (f.fn.libc) return s + " (libc)";
  return f.line !== null ? `${s} at ${f.file}:${f.line}` : s;
}

/** Backtrace lines, with "... (N more frames)" past `limit`. */
export function formatBacktrace(s: StackState, limit = 64): string[] {
  const { frames, total } = walkStack(s, limit, true);
  const out = frames.map((f, i) => formatFrame(i, f));
  if (total > frames.length) out.push(`  ... (${total - frames.length} more frames)`);
  return out;
}

// ---------------------------------------------------------------------------------------
// Fault reports
// ---------------------------------------------------------------------------------------

/** "in main at t.c:5", or for libc "in strlen (libc), called from main at t.c:5". */
export function whereIs(s: StackState): string {
  return "in " + locationWithCaller(s);
}

function locationWithCaller(s: StackState): string {
  const fn = functionAt(s.exe, s.pc);
  if (!fn) return `${hex32(s.pc)}`;
  const here = describeLocation(s.exe, s.pc);
  if (!fn.libc) return here;
  const ra = peek32(s.mem, s.sp);
  if (ra === null || !isInstruction(s.exe, ra)) return here;
  const caller = functionAt(s.exe, ra - INSN_SIZE);
  if (!caller || caller.name === "_start") return here;
  return `${here}, called from ${describeLocation(s.exe, ra - INSN_SIZE)}`;
}

function illegalDetail(s: StackState): string {
  const a = s.pc >>> 0;
  if ((s.mem.perm[a >>> 12]! & PERM_R) === 0) return `at ${hex32(a)}`;
  const insn = decode(s.mem.u8, a);
  const info = insn.op < OPS.length ? OPS[insn.op] : undefined;
  if (!info) return `undefined opcode ${"0x" + insn.op.toString(16).padStart(2, "0")} at ${hex32(a)}`;
  if (insn.op === Op.NATIVE) return `'native ${insn.imm}' names no libc function, at ${hex32(a)}`;
  return `bad register operand in '${info.name}' at ${hex32(a)}`;
}

function jumpHow(s: StackState, target: number): string {
  const a = s.pc >>> 0;
  const op = isInstruction(s.exe, a) ? s.mem.u8[a]! : -1;
  const where = locationWithCaller(s);
  switch (op) {
    case Op.CALL:
    case Op.CALLR:
      return `called from ${where}`;
    case Op.RET:
      return `returning from ${where}`;
    case Op.NATIVE:
      return `called back from ${where}`;
    case Op.JMP:
    case Op.BZ:
    case Op.BNZ:
    case Op.BEQ:
    case Op.BNE:
    case Op.BLT:
    case Op.BLE:
    case Op.BLTU:
    case Op.BLEU:
      return `jumped from ${where}`;
    default:
      return target === a + INSN_SIZE ? `ran off the end of text after ${where}` : `from ${where}`;
  }
}

/** The full report (first line + backtrace) for a fault, newline-terminated. */
export function faultReport(s: StackState, f: Fault, steps: number): string {
  const where = whereIs(s);
  let head: string;
  switch (f.kind) {
    case "segv":
      head = `Segmentation fault: ${f.message} ${where}`;
      break;
    case "stack-overflow": {
      const n = walkStack(s, 1, true).total;
      head =
        `Stack overflow: stack pointer ${hex32(f.addr)} passed the stack limit ${hex32(s.mem.stackLimit)} ` +
        `after ${n} frame${n === 1 ? "" : "s"} ${where}`;
      break;
    }
    case "div-by-zero":
      head = `Floating point exception: ${f.message} ${where}`;
      break;
    case "bad-jump":
      head = `Illegal jump: pc ${hex32(f.addr)} is not an instruction in text (${jumpHow(s, f.addr)})`;
      break;
    case "illegal-instruction":
      head = `Illegal instruction: ${illegalDetail(s)} ${where}`;
      break;
    case "step-limit":
      head = `Step limit reached: ${steps} instructions executed (--max-steps) ${where}`;
      break;
    case "abort":
      head = `Aborted: ${f.message}`;
      break;
    case "out-of-memory":
      head = `Out of memory: ${f.message}`;
      break;
    default:
      return assertNever(f.kind, "fault kind");
  }
  return [head, ...formatBacktrace(s)].join("\n") + "\n";
}
