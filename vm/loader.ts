/**
 * @fileoverview The loader: checks an Executable against the machine it is about to run
 * on, copies its segments into a fresh Memory, sets page permissions, places the heap and
 * the stack, and builds the initial stack (argc, argv) that the linker's `_start` expects.
 *
 * Everything that can be wrong with a file or an option is reported here as a LoadError
 * with a clear message, before a single instruction runs.
 */

import type { NativeFn } from "../libc/abi.js";
import type { Executable, Segment } from "../linker/object.js";
import { INSN_SIZE } from "./isa.js";
import { MAX_MEMORY, MIN_MEMORY, PAGE_SIZE, TEXT_BASE, pageAlign } from "./layout.js";
import { Memory, PERM_R, PERM_W, PERM_X, hex32, type SegmentInfo } from "./memory.js";

export class LoadError extends Error {}

export interface LoadOptions {
  memory: number;
  stack: number;
  argv: string[];
  natives: Record<string, NativeFn>;
}

export interface LoadedImage {
  mem: Memory;
  text: Segment;
  /** Initial stack pointer: [sp] = argc, [sp + 4] = argv. */
  sp: number;
  /** Resolved natives, indexed like exe.natives. */
  nativeFns: NativeFn[];
}

function permBits(p: Segment["perm"]): number {
  switch (p) {
    case "r-x":
      return PERM_R | PERM_X;
    case "r--":
      return PERM_R;
    case "rw-":
      return PERM_R | PERM_W;
  }
}

function kib(n: number): string {
  return n % (1024 * 1024) === 0 ? `${n / (1024 * 1024)} MiB` : n % 1024 === 0 ? `${n / 1024} KiB` : `${n} bytes`;
}

/** Loads `exe`; `prog` names the program in messages (argv[0]). */
export function loadImage(exe: Executable, opts: LoadOptions, prog: string): LoadedImage {
  const fail = (msg: string): never => {
    throw new LoadError(`${prog}: ${msg}`);
  };
  const { memory, stack } = opts;
  if (!Number.isInteger(memory) || memory < MIN_MEMORY || memory > MAX_MEMORY || memory % PAGE_SIZE !== 0)
    fail(`invalid memory size ${memory} (must be a multiple of ${PAGE_SIZE} between ${kib(MIN_MEMORY)} and ${kib(MAX_MEMORY)})`);
  if (!Number.isInteger(stack) || stack < PAGE_SIZE || stack % PAGE_SIZE !== 0)
    fail(`invalid stack size ${stack} (must be a positive multiple of ${PAGE_SIZE})`);
  if (stack > memory - TEXT_BASE - 2 * PAGE_SIZE) fail(`stack of ${kib(stack)} does not fit in ${kib(memory)} of memory`);
  const stackLimit = memory - stack;
  const guard = stackLimit - PAGE_SIZE;

  // Segments: in range, not overlapping, not sharing a page with different permissions.
  const segs = exe.segments.filter((s) => s.size > 0 || s.name === "text").slice().sort((x, y) => x.start - y.start);
  const texts = exe.segments.filter((s) => s.name === "text");
  if (texts.length !== 1) fail(`executable has ${texts.length} text segments (expected 1)`);
  const text = texts[0]!;
  let imageEnd = TEXT_BASE;
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i]!;
    const end = s.start + s.size;
    if (s.start < TEXT_BASE) fail(`segment ${s.name} starts at ${hex32(s.start)}, below ${hex32(TEXT_BASE)}`);
    if (s.bytes.length > s.size) fail(`segment ${s.name} has more bytes than its size`);
    if (end > guard)
      fail(
        `program image (${s.name} ends at ${hex32(end)}) does not fit below the stack at ${hex32(stackLimit)}: ` +
          `${kib(memory)} of memory with a ${kib(stack)} stack is too small (--memory)`,
      );
    const prev = segs[i - 1];
    if (prev) {
      const prevEnd = prev.start + prev.size;
      if (s.start < prevEnd) fail(`segments ${prev.name} and ${s.name} overlap`);
      if (Math.floor((prevEnd - 1) / PAGE_SIZE) === Math.floor(s.start / PAGE_SIZE) && prev.perm !== s.perm && prev.size > 0)
        fail(`segments ${prev.name} (${prev.perm}) and ${s.name} (${s.perm}) share a page`);
    }
    imageEnd = Math.max(imageEnd, end);
  }
  if (text.perm !== "r-x") fail(`text segment is not r-x`);
  if (text.size % INSN_SIZE !== 0) fail(`text size ${text.size} is not a multiple of ${INSN_SIZE}`);
  if (text.bytes.length !== text.size) fail(`text segment has ${text.bytes.length} bytes but size ${text.size}`);
  if (exe.entry < text.start || exe.entry >= text.start + text.size || (exe.entry - text.start) % INSN_SIZE !== 0)
    fail(`entry point ${hex32(exe.entry)} is not an instruction in text`);

  // Natives, resolved once so that NATIVE is an array index at run time.
  const nativeFns: NativeFn[] = [];
  for (const name of exe.natives) {
    const fn = Object.prototype.hasOwnProperty.call(opts.natives, name) ? opts.natives[name] : undefined;
    if (typeof fn !== "function") fail(`unknown libc function '${name}' (executable built by another minic version?)`);
    nativeFns.push(fn as NativeFn);
  }

  let mem: Memory;
  try {
    mem = new Memory(memory);
  } catch {
    return fail(`cannot allocate ${kib(memory)} of memory for the machine`);
  }
  const infos: SegmentInfo[] = [];
  for (const s of segs) {
    mem.u8.set(s.bytes, s.start); // bss (and the tail of data) stays zero
    const perm = permBits(s.perm);
    mem.map(s.start, s.start + s.size, perm);
    infos.push({ name: s.name, start: s.start, end: s.start + s.size, perm });
  }
  mem.segments = infos;
  mem.heapStart = pageAlign(imageEnd);
  mem.brk = mem.heapStart;
  mem.stackLimit = stackLimit;
  mem.map(stackLimit, memory, PERM_R | PERM_W);

  const sp = buildInitialStack(mem, opts.argv, stackLimit, fail);
  return { mem, text, sp, nativeFns };
}

/**
 * Strings at the very top, then (16-aligned) argc, argv, and the NULL-terminated argv array:
 *
 *   sp -> argc | argv | argv[0] ... argv[argc-1] | NULL | ... | "prog\0" "arg\0" | memSize
 */
function buildInitialStack(mem: Memory, argv: string[], stackLimit: number, fail: (m: string) => never): number {
  const enc = new TextEncoder();
  const strs = argv.map((a) => enc.encode(a));
  let top = mem.size;
  const addrs: number[] = [];
  const total = strs.reduce((n, s) => n + s.length + 1, 0);
  const words = 2 + argv.length + 1;
  if (total + 4 * words + 32 > mem.size - stackLimit) fail(`arguments too long for a ${kib(mem.size - stackLimit)} stack`);
  top -= total;
  let p = top;
  for (const s of strs) {
    addrs.push(p);
    mem.u8.set(s, p);
    mem.u8[p + s.length] = 0;
    p += s.length + 1;
  }
  const sp = (top - 4 * words) & ~15;
  mem.i32[sp >>> 2] = argv.length;
  mem.i32[(sp + 4) >>> 2] = sp + 8;
  addrs.forEach((a, i) => (mem.i32[(sp + 8 + 4 * i) >>> 2] = a));
  mem.i32[(sp + 8 + 4 * argv.length) >>> 2] = 0;
  return sp;
}
