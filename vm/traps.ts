/**
 * @fileoverview System calls (the TRAP instruction and NativeContext.trap): exit, write,
 * read and brk. They are the only way a program (or libc on its behalf) reaches the host.
 *
 * Results follow the Linux conventions: a negative errno on failure (write to a bad fd is
 * -EBADF), and brk returns the old break unchanged when it cannot move it.
 */

import type { CallSite, HeapEvent, HostIO } from "../libc/abi.js";
import { Trap } from "./isa.js";
import { PAGE_SIZE, pageAlign } from "./layout.js";
import { PERM_R, PERM_W, type Memory } from "./memory.js";

export const EBADF = 9;
export const EINVAL = 22;
export const ENOSYS = 38;

/**
 * Thrown by EXIT (and HALT) to unwind everything up to Machine.run, including a native
 * that called exit() and any nested callFunction. Deliberately not an Error: no stack.
 */
export class ExitSignal {
  constructor(readonly status: number) {}
}

/** What a system call needs from the machine. */
export interface TrapHost {
  readonly mem: Memory;
  readonly io: HostIO;
  readonly events: HeapEvent[];
  /** Where the call came from: the native's caller if issued by libc, else the TRAP's pc. */
  trapSite(fromNative: boolean): CallSite;
}

/** Performs system call `n` with arguments a0..a2; returns the value for r0. */
export function systemCall(h: TrapHost, n: number, a0: number, a1: number, a2: number, fromNative: boolean): number {
  switch (n) {
    case Trap.EXIT:
      throw new ExitSignal(a0 & 255);
    case Trap.WRITE: {
      if (a0 !== 1 && a0 !== 2) return -EBADF;
      if (a2 < 0) return -EINVAL;
      if (a2 === 0) return 0;
      const bytes = h.mem.readBytes(a1, a2);
      return h.io.write(a0, bytes) | 0;
    }
    case Trap.READ: {
      if (a0 !== 0) return -EBADF;
      if (a2 < 0) return -EINVAL;
      if (a2 === 0) return 0;
      // Check the buffer before consuming input, so a bad pointer loses nothing.
      const bad = h.mem.firstBad(a1, a2, PERM_W);
      if (bad >= 0) throw h.mem.fault("write", bad, 1);
      const data = h.io.read(0, a2);
      const k = Math.min(data.length, a2);
      h.mem.writeBytes(a1, data.subarray(0, k));
      return k;
    }
    case Trap.BRK:
      return brk(h, a0 >>> 0, fromNative);
    default:
      return -ENOSYS;
  }
}

/**
 * Moves the program break to `req` (0 only asks). Pages up to the page-aligned break are
 * mapped rw-; shrinking unmaps (and zeroes) the pages above it. The heap may grow up to
 * the stack's guard page, never into it.
 */
function brk(h: TrapHost, req: number, fromNative: boolean): number {
  const mem = h.mem;
  const old = mem.brk;
  if (req === 0 || req === old) return old;
  const limit = mem.stackLimit - PAGE_SIZE;
  if (req < mem.heapStart || req > limit) {
    h.events.push({ op: "brk", from: old, to: req, result: old, site: h.trapSite(fromNative) });
    return old;
  }
  const oldEnd = pageAlign(old);
  const newEnd = pageAlign(req);
  if (newEnd > oldEnd) mem.map(oldEnd, newEnd, PERM_R | PERM_W);
  else if (newEnd < oldEnd) mem.unmap(newEnd, oldEnd);
  mem.brk = req;
  h.events.push({ op: "brk", from: old, to: req, result: req, site: h.trapSite(fromNative) });
  return req;
}
