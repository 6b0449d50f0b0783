/**
 * @fileoverview A tiny assembler for VM tests: builds an Executable from functions made of
 * instructions (encoded with isa.ts `encode`), labels, line markers and data symbols.
 */

import type { NativeFn, HostIO } from "../../libc/abi.js";
import type { Executable, ExeSymbol, Segment } from "../../linker/object.js";
import { INSN_SIZE, Op, Trap, encode, isPcRelative } from "../../vm/isa.js";
import { TEXT_BASE, pageAlign } from "../../vm/layout.js";
import { Machine, type ExitInfo, type MachineOptions } from "../../vm/machine.js";

export interface Ins {
  op: Op;
  a?: number;
  b?: number;
  c?: number;
  /** A number, or a label/symbol name: PC-relative for branches/calls, absolute otherwise. */
  imm?: number | string;
}
export type Item = Ins | { label: string } | { line: number };

export interface FuncSpec {
  name: string;
  body: Item[];
  file?: string;
  line?: number;
  /** false: no funcs entry (like a libc stub). */
  debug?: boolean;
}

export interface DataSpec {
  name: string;
  bytes?: number[] | Uint8Array | string;
  size?: number;
}

export interface ProgSpec {
  funcs: FuncSpec[];
  rodata?: DataSpec[];
  data?: DataSpec[];
  bss?: DataSpec[];
  natives?: string[];
  /** Prepend `_start: call main; trap EXIT` (default true). */
  start?: boolean;
}

export const FP = 14;
export const SP = 15;

export const ins = (op: Op, a = 0, b = 0, c = 0, imm: number | string = 0): Ins => ({ op, a, b, c, imm });
export const li = (a: number, imm: number | string): Ins => ({ op: Op.LI, a, imm });
export const rrr = (op: Op, a: number, b: number, c: number): Ins => ({ op, a, b, c });
export const rri = (op: Op, a: number, b: number, imm: number): Ins => ({ op, a, b, imm });
export const rr = (op: Op, a: number, b: number): Ins => ({ op, a, b });
export const ld = (op: Op, a: number, b: number, imm: number): Ins => ({ op, a, b, imm });
export const st = (op: Op, b: number, imm: number, a: number): Ins => ({ op, a, b, imm });
export const jmp = (target: string | number): Ins => ({ op: Op.JMP, imm: target });
export const br1 = (op: Op, a: number, target: string | number): Ins => ({ op, a, imm: target });
export const br2 = (op: Op, a: number, b: number, target: string | number): Ins => ({ op, a, b, imm: target });
export const call = (target: string | number): Ins => ({ op: Op.CALL, imm: target });
export const callr = (a: number): Ins => ({ op: Op.CALLR, a });
export const ret = (): Ins => ({ op: Op.RET });
export const enter = (n: number): Ins => ({ op: Op.ENTER, imm: n });
export const leave = (): Ins => ({ op: Op.LEAVE });
export const push = (a: number): Ins => ({ op: Op.PUSH, a });
export const pop = (a: number): Ins => ({ op: Op.POP, a });
export const native = (n: number): Ins => ({ op: Op.NATIVE, imm: n });
export const trap = (n: Trap): Ins => ({ op: Op.TRAP, imm: n });
export const halt = (): Ins => ({ op: Op.HALT });
export const label = (l: string): Item => ({ label: l });
export const line = (n: number): Item => ({ line: n });

/** A libc-like stub: `NATIVE n; RET`, no debug info. */
export function nativeStub(name: string, n: number): FuncSpec {
  return { name, debug: false, body: [native(n), ret()] };
}

function dataBytes(d: DataSpec): Uint8Array {
  if (typeof d.bytes === "string") return new TextEncoder().encode(d.bytes + "\0");
  if (d.bytes) return Uint8Array.from(d.bytes);
  return new Uint8Array(d.size ?? 0);
}

const isIns = (x: Item): x is Ins => "op" in x;

/** Assembles a program. Layout: text at TEXT_BASE, then rodata, data, bss on page boundaries. */
export function assemble(spec: ProgSpec): Executable {
  const funcs: FuncSpec[] = [];
  if (spec.start !== false) funcs.push({ name: "_start", debug: false, body: [call("main"), trap(Trap.EXIT)] });
  funcs.push(...spec.funcs);

  // Pass 1: addresses of labels and functions.
  const addr = new Map<string, number>();
  let pc = TEXT_BASE;
  const fnRanges: { f: FuncSpec; start: number; end: number }[] = [];
  for (const f of funcs) {
    addr.set(f.name, pc);
    const start = pc;
    for (const it of f.body) {
      if ("label" in it) addr.set(it.label, pc);
      else if (isIns(it)) pc += INSN_SIZE;
    }
    fnRanges.push({ f, start, end: pc });
  }
  const textSize = pc - TEXT_BASE;
  const symbols: ExeSymbol[] = [];
  const placeData = (list: DataSpec[] | undefined, start: number, section: "rodata" | "data" | "bss") => {
    let p = start;
    const chunks: { at: number; b: Uint8Array }[] = [];
    for (const d of list ?? []) {
      p = (p + 3) & ~3;
      const b = dataBytes(d);
      addr.set(d.name, p);
      symbols.push({ name: d.name, addr: p, size: b.length, kind: "object", section, binding: "global", module: "t.o" });
      chunks.push({ at: p, b });
      p += b.length;
    }
    const bytes = new Uint8Array(p - start);
    for (const c of chunks) bytes.set(c.b, c.at - start);
    return { start, size: p - start, bytes };
  };
  const ro = placeData(spec.rodata, pageAlign(TEXT_BASE + textSize), "rodata");
  const da = placeData(spec.data, pageAlign(ro.start + ro.size), "data");
  const bs = placeData(spec.bss, (da.start + da.size + 3) & ~3, "bss");

  // Pass 2: encode.
  const text = new Uint8Array(textSize);
  const lines: Executable["lines"] = [];
  const exeFuncs: Executable["funcs"] = [];
  const resolve = (v: number | string | undefined): number => {
    if (v === undefined) return 0;
    if (typeof v === "number") return v;
    const a = addr.get(v);
    if (a === undefined) throw new Error(`asm: undefined label ${v}`);
    return a;
  };
  for (const { f, start, end } of fnRanges) {
    const file = f.file ?? "t.c";
    let p = start;
    for (const it of f.body) {
      if ("line" in it) lines.push({ addr: p, file, line: it.line });
      else if (isIns(it)) {
        let imm = resolve(it.imm);
        if (isPcRelative(it.op) && typeof it.imm === "string") imm = imm - (p + INSN_SIZE);
        encode(text, p - TEXT_BASE, it.op, it.a ?? 0, it.b ?? 0, it.c ?? 0, imm);
        p += INSN_SIZE;
      }
    }
    symbols.push({ name: f.name, addr: start, size: end - start, kind: "func", section: "text", binding: "global", module: "t.o" });
    if (f.debug !== false)
      exeFuncs.push({ name: f.name, start: start - TEXT_BASE, end: end - TEXT_BASE, addr: start, endAddr: end, file, line: f.line ?? 1, vars: [] });
  }
  const segments: Segment[] = [{ name: "text", start: TEXT_BASE, bytes: text, size: textSize, perm: "r-x" }];
  if (ro.size > 0) segments.push({ name: "rodata", start: ro.start, bytes: ro.bytes, size: ro.size, perm: "r--" });
  if (da.size > 0) segments.push({ name: "data", start: da.start, bytes: da.bytes, size: da.size, perm: "rw-" });
  if (bs.size > 0) segments.push({ name: "bss", start: bs.start, bytes: new Uint8Array(0), size: bs.size, perm: "rw-" });
  lines.sort((x, y) => x.addr - y.addr);
  return { entry: TEXT_BASE, segments, symbols, lines, funcs: exeFuncs, natives: spec.natives ?? [] };
}

export interface CapturedIO extends HostIO {
  out: number[];
  err: number[];
  stdin: Uint8Array;
  stdout(): string;
  stderr(): string;
}

export function captureIO(stdin = ""): CapturedIO {
  const io: CapturedIO = {
    out: [],
    err: [],
    stdin: new TextEncoder().encode(stdin),
    write(fd, bytes) {
      (fd === 1 ? io.out : io.err).push(...bytes);
      return bytes.length;
    },
    read(_fd, max) {
      const r = io.stdin.slice(0, max);
      io.stdin = io.stdin.slice(r.length);
      return r;
    },
    stdout: () => new TextDecoder().decode(Uint8Array.from(io.out)),
    stderr: () => new TextDecoder().decode(Uint8Array.from(io.err)),
  };
  return io;
}

export interface RunOut {
  m: Machine;
  info: ExitInfo;
  io: CapturedIO;
}

/** Assembles and runs with small defaults (1 MiB memory, 64 KiB stack). */
export function runProg(spec: ProgSpec, opts: MachineOptions & { natives?: Record<string, NativeFn>; stdin?: string } = {}): RunOut {
  const io = captureIO(opts.stdin ?? "");
  const m = new Machine(assemble(spec), { memory: 1 << 20, stack: 64 * 1024, argv: ["t"], io, ...opts });
  const info = m.run();
  return { m, info, io };
}

/** main body only: `main: <body>` with status from r0 via _start. */
export function runMain(body: Item[], opts: Parameters<typeof runProg>[1] = {}): RunOut {
  return runProg({ funcs: [{ name: "main", body }] }, opts);
}
