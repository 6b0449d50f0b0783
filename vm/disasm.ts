/**
 * @fileoverview The disassembler, objdump-style:
 *
 *   <fib>:
 *   00010040:  enter   8
 *   00010048:  ldw     r1, [fp+8]
 *   00010050:  call    0x00010040 <fib>
 *
 * PC-relative targets are shown as absolute addresses with the symbol they fall in, so a
 * student can follow the control flow without doing the next-instruction arithmetic.
 */

import type { Executable } from "../linker/object.js";
import { INSN_SIZE, OPS, Op, Trap, decode, regName, type Insn } from "./isa.js";
import { hex32 } from "./memory.js";

export interface DisasmOptions {
  /** Name of a symbol starting exactly at addr (prints a `<name>:` label line), or null. */
  symbolAt?(addr: number): string | null;
  /** Text for a code address, e.g. "fib" or "main+0x18" (shown as `<...>`), or null. */
  annotateTarget?(addr: number): string | null;
  /** Annotation for an `li` immediate that is an address, e.g. "msg" (shown as `<...>`). */
  annotateImm?(value: number): string | null;
  /** Name of native function number n, shown as a comment. */
  nativeName?(n: number): string | null;
  /** Source lines by address: a `; file:line` comment precedes the first instruction of each. */
  lines?: { addr: number; file: string; line: number }[];
}

export class DisasmError extends Error {}

const MNEMONIC_WIDTH = 8;
const COMMENT_COLUMN = 40;

function trapName(n: number): string | null {
  switch (n) {
    case Trap.EXIT:
      return "exit";
    case Trap.WRITE:
      return "write";
    case Trap.READ:
      return "read";
    case Trap.BRK:
      return "brk";
    default:
      return null;
  }
}

function mem(base: number, off: number): string {
  const r = regName(base);
  return off === 0 ? `[${r}]` : off > 0 ? `[${r}+${off}]` : `[${r}${off}]`;
}

function regsValid(insn: Insn, n: number): boolean {
  return (n < 1 || insn.a < 16) && (n < 2 || insn.b < 16) && (n < 3 || insn.c < 16);
}

/** Operands and an optional comment of one valid instruction at `addr`. */
function operands(insn: Insn, addr: number, opts: DisasmOptions): { text: string; comment: string | null; ok: boolean } {
  const info = OPS[insn.op]!;
  const r = regName;
  const target = (): string => {
    const t = (addr + INSN_SIZE + insn.imm) >>> 0;
    const note = opts.annotateTarget?.(t) ?? null;
    return note ? `${hex32(t)} <${note}>` : hex32(t);
  };
  switch (info.format) {
    case "none":
      return { text: "", comment: null, ok: true };
    case "r":
      return { text: r(insn.a), comment: null, ok: regsValid(insn, 1) };
    case "rr":
      return { text: `${r(insn.a)}, ${r(insn.b)}`, comment: null, ok: regsValid(insn, 2) };
    case "rrr":
      return { text: `${r(insn.a)}, ${r(insn.b)}, ${r(insn.c)}`, comment: null, ok: regsValid(insn, 3) };
    case "ri": {
      const note = insn.op === Op.LI ? (opts.annotateImm?.(insn.imm >>> 0) ?? null) : null;
      const v = note ? `${hex32(insn.imm)} <${note}>` : String(insn.imm);
      return { text: `${r(insn.a)}, ${v}`, comment: null, ok: regsValid(insn, 1) };
    }
    case "rri":
      return { text: `${r(insn.a)}, ${r(insn.b)}, ${insn.imm}`, comment: null, ok: regsValid(insn, 2) };
    case "load":
      return { text: `${r(insn.a)}, ${mem(insn.b, insn.imm)}`, comment: null, ok: regsValid(insn, 2) };
    case "store":
      return { text: `${mem(insn.b, insn.imm)}, ${r(insn.a)}`, comment: null, ok: regsValid(insn, 2) };
    case "copy":
      return { text: `[${r(insn.a)}], [${r(insn.b)}], ${insn.imm}`, comment: null, ok: regsValid(insn, 2) };
    case "jump":
      return { text: target(), comment: null, ok: true };
    case "br1":
      return { text: `${r(insn.a)}, ${target()}`, comment: null, ok: regsValid(insn, 1) };
    case "br2":
      return { text: `${r(insn.a)}, ${r(insn.b)}, ${target()}`, comment: null, ok: regsValid(insn, 2) };
    case "imm": {
      const comment = insn.op === Op.TRAP ? trapName(insn.imm) : insn.op === Op.NATIVE ? (opts.nativeName?.(insn.imm) ?? null) : null;
      return { text: String(insn.imm), comment, ok: true };
    }
  }
}

function word(bytes: Uint8Array, at: number): string {
  const v = (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0;
  return "0x" + v.toString(16).padStart(8, "0");
}

/** Disassembles `bytes` located at address `base`, one text line per instruction (plus labels). */
export function disassemble(bytes: Uint8Array, base: number, opts: DisasmOptions = {}): string[] {
  const out: string[] = [];
  const lines = opts.lines ? [...opts.lines].sort((x, y) => x.addr - y.addr) : [];
  let li = 0;
  const n = Math.floor(bytes.length / INSN_SIZE);
  for (let i = 0; i < n; i++) {
    const addr = base + i * INSN_SIZE;
    const label = opts.symbolAt?.(addr) ?? null;
    if (label !== null) {
      if (out.length > 0) out.push("");
      out.push(`<${label}>:`);
    }
    while (li < lines.length && lines[li]!.addr < addr) li++;
    let lastLine = "";
    while (li < lines.length && lines[li]!.addr === addr) {
      const l = lines[li++]!;
      const text = `; ${l.file}:${l.line}`;
      if (text !== lastLine) out.push(`          ${text}`);
      lastLine = text;
    }
    const at = i * INSN_SIZE;
    const insn = decode(bytes, at);
    const prefix = `${hex32(addr).slice(2)}:  `;
    const info = insn.op < OPS.length ? OPS[insn.op] : undefined;
    const ops = info ? operands(insn, addr, opts) : null;
    if (!info || !ops || !ops.ok) {
      out.push(`${prefix}${".word".padEnd(MNEMONIC_WIDTH)}${word(bytes, at)}, ${word(bytes, at + 4)}`);
      continue;
    }
    let s = (prefix + (ops.text ? info.name.padEnd(MNEMONIC_WIDTH) + ops.text : info.name)).trimEnd();
    if (ops.comment) s = s.padEnd(COMMENT_COLUMN) + "; " + ops.comment;
    out.push(s);
  }
  const rest = bytes.length - n * INSN_SIZE;
  if (rest > 0) {
    const tail = Array.from(bytes.subarray(n * INSN_SIZE), (b) => "0x" + b.toString(16).padStart(2, "0")).join(", ");
    out.push(`${hex32(base + n * INSN_SIZE).slice(2)}:  ${".byte".padEnd(MNEMONIC_WIDTH)}${tail}`);
  }
  return out;
}

/** Disassembles an executable's text, or only function `fnName`, with symbols and lines. */
export function disassembleExecutable(exe: Executable, fnName?: string): string[] {
  const text = exe.segments.find((s) => s.name === "text");
  if (!text) throw new DisasmError("executable has no text segment");
  const textEnd = text.start + text.size;
  const funcs = exe.symbols
    .filter((s) => s.kind === "func" && s.addr >= text.start && s.addr < textEnd)
    .sort((x, y) => x.addr - y.addr || (x.binding === "global" ? -1 : 1));
  const starts = new Map<number, string>();
  for (const f of funcs) if (!starts.has(f.addr)) starts.set(f.addr, f.name);
  const objects = new Map<number, string>();
  for (const s of exe.symbols) if (s.kind !== "func" && !objects.has(s.addr)) objects.set(s.addr, s.name);

  const containing = (addr: number): { name: string; addr: number } | null => {
    let best: { name: string; addr: number } | null = null;
    for (const f of funcs) {
      if (f.addr > addr) break;
      if (addr < f.addr + Math.max(f.size, 1) || f.size === 0) best = f;
    }
    return best;
  };
  const opts: DisasmOptions = {
    symbolAt: (a) => starts.get(a) ?? null,
    annotateTarget: (a) => {
      const f = containing(a);
      if (!f) return null;
      return a === f.addr ? f.name : `${f.name}+0x${(a - f.addr).toString(16)}`;
    },
    annotateImm: (v) => objects.get(v) ?? (v >= text.start ? (starts.get(v) ?? null) : null),
    nativeName: (n) => exe.natives[n] ?? null,
    lines: exe.lines,
  };
  let from = text.start;
  let to = textEnd;
  if (fnName !== undefined) {
    const f = funcs.find((s) => s.name === fnName);
    if (!f) throw new DisasmError(`no function named '${fnName}' in the executable`);
    const dbg = exe.funcs.find((d) => d.name === fnName && d.addr === f.addr);
    from = f.addr;
    to = dbg ? dbg.endAddr : f.size > 0 ? f.addr + f.size : (funcs.find((s) => s.addr > f.addr)?.addr ?? textEnd);
  }
  return disassemble(text.bytes.subarray(from - text.start, to - text.start), from, opts);
}
