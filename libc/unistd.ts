/**
 * @fileoverview unistd.o (sbrk, brk, read, write, _exit) and errno.o (the `errno` int),
 * thin wrappers over the machine's traps. The kernel convention (negative errno results)
 * is turned into the C one (-1 and errno) here, as glibc's syscall wrappers do.
 */

import type { LibcMember, NativeContext } from "./abi.js";
import { Trap } from "../vm/isa.js";

export const EPERM = 1;
export const ENOENT = 2;
export const EIO = 5;
export const EBADF = 9;
export const ENOMEM = 12;
export const EFAULT = 14;
export const EINVAL = 22;
export const ENOSPC = 28;
export const ESPIPE = 29;
export const EDOM = 33;
export const ERANGE = 34;
export const EOVERFLOW = 75;

/** Linux's messages for the errno values minic can produce (strerror, perror). */
export const ERRNO_MESSAGES: Record<number, string> = {
  0: "Success",
  [EPERM]: "Operation not permitted",
  [ENOENT]: "No such file or directory",
  [EIO]: "Input/output error",
  [EBADF]: "Bad file descriptor",
  [ENOMEM]: "Cannot allocate memory",
  [EFAULT]: "Bad address",
  [EINVAL]: "Invalid argument",
  [ENOSPC]: "No space left on device",
  [ESPIPE]: "Illegal seek",
  [EDOM]: "Numerical argument out of domain",
  [ERANGE]: "Numerical result out of range",
  [EOVERFLOW]: "Value too large for defined data type",
};

export function errnoMessage(e: number): string {
  return ERRNO_MESSAGES[e] ?? `Unknown error ${e}`;
}

/** Sets errno if errno.o is linked (members that set it list "errno" in needs). */
export function setErrno(ctx: NativeContext, e: number): void {
  const a = ctx.symbol("errno");
  if (a !== undefined) ctx.mem.store32(a, e);
}

export function getErrno(ctx: NativeContext): number {
  const a = ctx.symbol("errno");
  return a === undefined ? 0 : ctx.mem.load32(a);
}

export const ERRNO_MEMBER: LibcMember = {
  name: "errno.o",
  functions: {},
  data: [{ name: "errno", size: 4, align: 4 }],
};

/** A trap result below 0 is -errno: set errno and return -1, as the C wrappers do. */
function sysResult(ctx: NativeContext, r: number): number {
  if (r < 0) {
    setErrno(ctx, -r);
    return -1;
  }
  return r;
}

export const UNISTD_MEMBER: LibcMember = {
  name: "unistd.o",
  needs: ["errno"],
  functions: {
    /** void *sbrk(intptr_t increment): the old break, or (void *)-1 with errno ENOMEM. */
    sbrk(ctx) {
      const inc = ctx.arg(0) | 0;
      const cur = ctx.trap(Trap.BRK, 0, 0, 0) >>> 0;
      if (inc === 0) return cur;
      const want = cur + inc;
      if (want <= 0 || want > 0xffffffff) {
        setErrno(ctx, ENOMEM);
        return -1;
      }
      const got = ctx.trap(Trap.BRK, want, 0, 0) >>> 0;
      if (got !== want) {
        setErrno(ctx, ENOMEM);
        return -1;
      }
      return cur;
    },
    /** int brk(void *addr): 0, or -1 with errno ENOMEM. */
    brk(ctx) {
      const want = ctx.arg(0) >>> 0;
      const got = want === 0 ? -1 : ctx.trap(Trap.BRK, want, 0, 0) >>> 0;
      if (got !== want) {
        setErrno(ctx, ENOMEM);
        return -1;
      }
      return 0;
    },
    /** ssize_t write(int fd, const void *buf, size_t n) */
    write(ctx) {
      return sysResult(ctx, ctx.trap(Trap.WRITE, ctx.arg(0), ctx.arg(1), ctx.arg(2)));
    },
    /** ssize_t read(int fd, void *buf, size_t n) */
    read(ctx) {
      return sysResult(ctx, ctx.trap(Trap.READ, ctx.arg(0), ctx.arg(1), ctx.arg(2)));
    },
    /** void _exit(int status): ends the process without flushing stdio. */
    _exit(ctx) {
      ctx.trap(Trap.EXIT, ctx.arg(0), 0, 0);
    },
  },
};
