/**
 * @fileoverview The narrow interface between the machine and the C library.
 *
 * libc functions are written in TypeScript but linked like any object: each archive member
 * is an object module whose functions are two instructions, `NATIVE n; RET`. When the
 * program calls one, the CPU runs the TypeScript function below with a NativeContext that
 * offers exactly what a real libc has: the program's memory (every access checked, so a bad
 * pointer faults just as it would in C), the arguments on the stack (cdecl), and traps.
 * All libc state that a dump should show (the allocator's free list, block headers, stdio
 * buffers' bookkeeping) lives in VM memory, in the member's data/bss symbols.
 */

import type { Trap } from "../vm/isa.js";

/** Checked access to the program's memory. Throws a vm Fault on a bad address. */
export interface MemoryAccess {
  /** Unsigned byte. */
  load8(addr: number): number;
  /** Unsigned 16-bit. */
  load16(addr: number): number;
  /** Signed 32-bit. */
  load32(addr: number): number;
  store8(addr: number, v: number): void;
  store16(addr: number, v: number): void;
  store32(addr: number, v: number): void;
  /** Copies len bytes out of VM memory (checked). */
  readBytes(addr: number, len: number): Uint8Array;
  writeBytes(addr: number, bytes: Uint8Array): void;
  /** Reads a NUL-terminated string's bytes (without the NUL), checked byte by byte. */
  readCString(addr: number): Uint8Array;
  /** Length of a NUL-terminated string (checked like readCString, nothing copied). */
  strlen(addr: number): number;
  /** Fills len bytes with v (checked). */
  fill(addr: number, v: number, len: number): void;
  /** memmove semantics (checked). */
  copyWithin(dst: number, src: number, len: number): void;
}

/** Where a libc function was called from, for the event log and error messages. */
export interface CallSite {
  /** Return address in the caller. */
  pc: number;
  function: string | null;
  file: string | null;
  line: number | null;
}

export type HeapEvent =
  | { op: "malloc"; size: number; result: number; site: CallSite | null }
  | { op: "calloc"; nmemb: number; size: number; result: number; site: CallSite | null }
  | { op: "realloc"; ptr: number; size: number; result: number; site: CallSite | null }
  | { op: "free"; ptr: number; site: CallSite | null }
  | { op: "brk"; from: number; to: number; result: number; site: CallSite | null };

export interface NativeContext {
  readonly mem: MemoryAccess;
  /** The i-th 32-bit argument (cdecl: at sp + 4 + 4*i when the native runs). */
  arg(i: number): number;
  /** Address of the i-th argument slot (for va_list style walking, e.g. printf). */
  argAddr(i: number): number;
  /** Performs a system call exactly as the TRAP instruction would. */
  trap(n: Trap, a0: number, a1: number, a2: number): number;
  /** Sets r1, the high word of a 64-bit result. */
  setHigh(v: number): void;
  /** Address of a linked symbol (libc state lives in data/bss symbols), or undefined. */
  symbol(name: string): number | undefined;
  /** The call site of the currently running native (the caller's return address). */
  callSite(): CallSite;
  /** Records an allocator event (the event log shown by --dump and reports). */
  event(e: HeapEvent): void;
  /**
   * False when nothing will read the event log (no --dump, core, trace or report): natives
   * then skip building events and call sites, which costs an allocation per call.
   */
  readonly logsEvents?: boolean;
  /**
   * Calls a function of the program (e.g. qsort's comparator) with 32-bit arguments and
   * returns r0. Runs the machine re-entrantly until that function returns.
   */
  callFunction(addr: number, args: number[]): number;
  /** Stops the program abnormally (abort, assert, heap corruption): exit status 134. */
  abort(message: string): never;
}

/** Host side of the standard streams, used only by the machine's read/write traps. */
export interface HostIO {
  write(fd: number, bytes: Uint8Array): number;
  read(fd: number, max: number): Uint8Array;
}

/** A libc function: returns r0 (undefined for void). */
export type NativeFn = (ctx: NativeContext) => number | void;

/**
 * One archive member: like `malloc.o` in libc.a, the linker pulls it in only when the
 * program references one of its functions or data symbols.
 */
export interface LibcMember {
  name: string;
  functions: Record<string, NativeFn>;
  /** Data symbols (bss when init is absent). */
  data?: { name: string; size: number; align?: number; init?: number[] }[];
  /** Other symbols this member references (so the linker pulls their members in too). */
  needs?: string[];
}
