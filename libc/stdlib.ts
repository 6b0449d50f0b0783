/**
 * @fileoverview stdlib.o: exit/_Exit/abort/atexit, number parsing (atoi, strtol family), abs/div,
 * qsort/bsearch (calling the program's comparator), rand/srand, getenv, and the
 * __assert_fail behind assert(). The malloc family is in malloc.o.
 *
 * rand() is the example generator printed in the C standard (next = next * 1103515245 +
 * 12345; return next / 65536 % 32768, RAND_MAX 32767), seeded with 1 until srand is
 * called. glibc uses a different generator, so the numbers differ from gcc's on Linux:
 * minic prefers the one students can compute by hand.
 */

import type { LibcMember, MemoryAccess, NativeContext } from "./abi.js";
import { Trap } from "../vm/isa.js";
import { flushAllStreams } from "./stdio.js";
import { digitValue, isSpace } from "./ctype.js";
import { EINVAL, ERANGE, setErrno } from "./unistd.js";

export const ATEXIT_MAX = 32;
export const RAND_MAX = 32767;
const ASSERT_BUFSIZE = 256;

export interface ParsedInt {
  value: bigint;
  /** Address just past the number (nptr itself when there was none). */
  end: number;
  /** 0, ERANGE or EINVAL. */
  errno: number;
}

/**
 * strtol/strtoul/strtoll/strtoull in one (glibc semantics): leading white space, a sign,
 * "0x" for base 16 or 0, base 0 picking 8/10/16; on overflow the value clamps and errno is
 * ERANGE; strtoul accepts a sign and negates modulo 2^bits; an invalid base gives EINVAL
 * and leaves endptr alone (end is then -1).
 */
export function parseInteger(mem: MemoryAccess, nptr: number, base: number, signed: boolean, bits: 32 | 64): ParsedInt {
  if (base !== 0 && (base < 2 || base > 36)) return { value: 0n, end: -1, errno: EINVAL };
  let p = nptr >>> 0;
  while (isSpace(mem.load8(p))) p++;
  let neg = false;
  const s = mem.load8(p);
  if (s === 0x2b || s === 0x2d) {
    neg = s === 0x2d;
    p++;
  }
  if ((base === 0 || base === 16) && mem.load8(p) === 0x30 && (mem.load8(p + 1) | 0x20) === 0x78 && digitValue(mem.load8(p + 2)) < 16) {
    p += 2;
    base = 16;
  } else if (base === 0) base = mem.load8(p) === 0x30 ? 8 : 10;
  const b = BigInt(base);
  let v = 0n;
  let digits = 0;
  for (;;) {
    const d = digitValue(mem.load8(p));
    if (d >= base) break;
    v = v * b + BigInt(d);
    p++;
    digits++;
  }
  if (digits === 0) return { value: 0n, end: nptr >>> 0, errno: 0 };
  let errno = 0;
  if (signed) {
    const lim = 1n << BigInt(bits - 1);
    if (neg && v > lim) {
      v = lim;
      errno = ERANGE;
    } else if (!neg && v > lim - 1n) {
      v = lim - 1n;
      errno = ERANGE;
    }
    return { value: neg ? -v : v, end: p, errno };
  }
  const max = (1n << BigInt(bits)) - 1n;
  if (v > max) return { value: max, end: p, errno: ERANGE };
  return { value: neg ? BigInt.asUintN(bits, -v) : v, end: p, errno };
}

function strto(ctx: NativeContext, signed: boolean, bits: 32 | 64, endArg: boolean, base: number | null): number {
  const nptr = ctx.arg(0) >>> 0;
  const r = parseInteger(ctx.mem, nptr, base ?? ctx.arg(2) | 0, signed, bits);
  const endptr = endArg ? ctx.arg(1) >>> 0 : 0;
  if (endptr !== 0 && r.end !== -1) ctx.mem.store32(endptr, r.end);
  if (r.errno !== 0) setErrno(ctx, r.errno);
  const u = BigInt.asUintN(64, r.value);
  if (bits === 64) ctx.setHigh(Number(u >> 32n));
  return Number(u & 0xffffffffn) | 0;
}

function stateSymbol(ctx: NativeContext, name: string): number {
  const a = ctx.symbol(name);
  if (a === undefined) ctx.abort(`stdlib: ${name} is not linked`);
  return a;
}

function exitProcess(ctx: NativeContext, status: number): void {
  // atexit handlers run in reverse order of registration; a handler may register more.
  const countAddr = stateSymbol(ctx, "__atexit_count");
  const fns = stateSymbol(ctx, "__atexit_fns");
  for (;;) {
    const n = ctx.mem.load32(countAddr);
    if (n <= 0) break;
    ctx.mem.store32(countAddr, n - 1);
    ctx.callFunction(ctx.mem.load32(fns + 4 * (n - 1)) >>> 0, []);
  }
  flushAllStreams(ctx);
  ctx.trap(Trap.EXIT, status, 0, 0);
}

/**
 * glibc's qsort (msort.c, glibc 2.36): a top-down merge sort, so equal elements keep their
 * order and the comparator sees the same pairs in the same order as under gcc.
 *
 *   sort(b, n):  n1 = n/2, n2 = n - n1; sort the halves; merge them, taking from the left
 *                half while cmp(left, right) <= 0, into a buffer; copy back.
 *
 * Elements larger than 32 bytes are sorted indirectly, as glibc does: an array of their
 * addresses is sorted (the comparator sees the elements where they are), then they are
 * moved once. glibc's merge buffer is on its stack or malloc'ed; here it is host memory,
 * so qsort leaves no trace in the heap or the allocator's log.
 */
function mergeSort(ctx: NativeContext, base: number, n: number, size: number, cmpFn: number): void {
  if (n <= 1 || size === 0) return;
  const mem = ctx.mem;
  // The array's last byte first: a bogus count faults here, as glibc's first access would,
  // instead of asking the host for a buffer no VM memory could fill.
  const last = base + n * size - 1;
  mem.load8(last > 0xffffffff ? 0xffffffff : last);
  const cmp = (a: number, b: number): number => ctx.callFunction(cmpFn, [a, b]) | 0;
  if (size > 32) {
    const ptrs = new Float64Array(n);
    for (let i = 0; i < n; i++) ptrs[i] = base + i * size;
    const tmp = new Float64Array(n);
    const sortPtrs = (lo: number, len: number): void => {
      if (len <= 1) return;
      const n1 = len >>> 1;
      sortPtrs(lo, n1);
      sortPtrs(lo + n1, len - n1);
      let i = lo;
      let j = lo + n1;
      const iEnd = j;
      const jEnd = lo + len;
      let t = 0;
      while (i < iEnd && j < jEnd) tmp[t++] = cmp(ptrs[i]!, ptrs[j]!) <= 0 ? ptrs[i++]! : ptrs[j++]!;
      while (i < iEnd) tmp[t++] = ptrs[i++]!;
      ptrs.set(tmp.subarray(0, t), lo);
    };
    sortPtrs(0, n);
    const before = mem.readBytes(base, n * size);
    for (let k = 0; k < n; k++) mem.writeBytes(base + k * size, before.subarray(ptrs[k]! - base, ptrs[k]! - base + size));
    return;
  }
  // The buffer holds words when the elements allow it (the common int and struct cases).
  const words = size % 4 === 0 && base % 4 === 0;
  const unit = words ? 4 : 1;
  const per = size / unit;
  const tmp = new Int32Array(n * per);
  const toTmp = (t: number, src: number, count: number): void => {
    const end = t + count * per;
    if (words) for (let a = src; t < end; a += 4) tmp[t++] = mem.load32(a);
    else for (let a = src; t < end; a++) tmp[t++] = mem.load8(a);
  };
  const sort = (b: number, len: number): void => {
    if (len <= 1) return;
    const n1 = len >>> 1;
    let m1 = n1;
    let m2 = len - n1;
    sort(b, m1);
    sort(b + m1 * size, m2);
    let b1 = b;
    let b2 = b + m1 * size;
    let t = 0;
    while (m1 > 0 && m2 > 0) {
      if (cmp(b1, b2) <= 0) {
        toTmp(t, b1, 1);
        b1 += size;
        m1--;
      } else {
        toTmp(t, b2, 1);
        b2 += size;
        m2--;
      }
      t += per;
    }
    if (m1 > 0) toTmp(t, b1, m1);
    // what is left of the right half is already in place
    const end = (len - m2) * per;
    if (words) for (let k = 0, a = b; k < end; k++, a += 4) mem.store32(a, tmp[k]!);
    else for (let k = 0, a = b; k < end; k++, a++) mem.store8(a, tmp[k]!);
  };
  sort(base, n);
}

export const STDLIB_MEMBER: LibcMember = {
  name: "stdlib.o",
  needs: ["errno"],
  data: [
    { name: "__rand_next", size: 4, align: 4 },
    { name: "__rand_seeded", size: 4, align: 4 },
    { name: "__atexit_count", size: 4, align: 4 },
    { name: "__atexit_fns", size: 4 * ATEXIT_MAX, align: 4 },
    /** char *: the program name for assert messages; the startup code may store argv[0] here. */
    { name: "__progname", size: 4, align: 4 },
    { name: "__assert_buf", size: ASSERT_BUFSIZE, align: 4 },
  ],
  functions: {
    /** void exit(int): atexit handlers, flush stdio (if linked), then the EXIT trap. */
    exit(ctx) {
      exitProcess(ctx, ctx.arg(0));
    },
    abort(ctx) {
      ctx.abort("abort() called");
    },
    atexit(ctx) {
      const countAddr = stateSymbol(ctx, "__atexit_count");
      const n = ctx.mem.load32(countAddr);
      if (n >= ATEXIT_MAX) return -1;
      ctx.mem.store32(stateSymbol(ctx, "__atexit_fns") + 4 * n, ctx.arg(0));
      ctx.mem.store32(countAddr, n + 1);
      return 0;
    },
    atoi: (ctx) => strto(ctx, true, 32, false, 10),
    atol: (ctx) => strto(ctx, true, 32, false, 10),
    atoll: (ctx) => strto(ctx, true, 64, false, 10),
    strtol: (ctx) => strto(ctx, true, 32, true, null),
    strtoul: (ctx) => strto(ctx, false, 32, true, null),
    strtoll: (ctx) => strto(ctx, true, 64, true, null),
    strtoull: (ctx) => strto(ctx, false, 64, true, null),
    abs: (ctx) => Math.abs(ctx.arg(0) | 0) | 0,
    labs: (ctx) => Math.abs(ctx.arg(0) | 0) | 0,
    // div_t/ldiv_t are returned by value: the caller passes a hidden pointer to the result
    // as the first argument and gets it back in r0 (minic's struct-return convention).
    div: (ctx) => divide(ctx),
    ldiv: (ctx) => divide(ctx),
    lldiv: (ctx) => divide64(ctx, "lldiv"),
    // <inttypes.h>: intmax_t is long long.
    imaxdiv: (ctx) => divide64(ctx, "imaxdiv"),
    imaxabs: (ctx) => abs64(ctx),
    strtoimax: (ctx) => strto(ctx, true, 64, true, null),
    strtoumax: (ctx) => strto(ctx, false, 64, true, null),
    /** void _Exit(int): ends the process at once: no atexit handlers, no stdio flush. */
    _Exit(ctx) {
      ctx.trap(Trap.EXIT, ctx.arg(0), 0, 0);
    },
    llabs: (ctx) => abs64(ctx),
    /** void qsort(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *)) */
    qsort(ctx) {
      mergeSort(ctx, ctx.arg(0) >>> 0, ctx.arg(1) >>> 0, ctx.arg(2) >>> 0, ctx.arg(3) >>> 0);
    },
    /** void *bsearch(const void *key, const void *base, size_t n, size_t size, cmp) */
    bsearch(ctx) {
      const key = ctx.arg(0) >>> 0;
      const base = ctx.arg(1) >>> 0;
      const size = ctx.arg(3) >>> 0;
      const cmp = ctx.arg(4) >>> 0;
      let lo = 0;
      let hi = ctx.arg(2) >>> 0;
      while (lo < hi) {
        const mid = lo + Math.floor((hi - lo) / 2);
        const c = ctx.callFunction(cmp, [key, base + mid * size]) | 0;
        if (c === 0) return base + mid * size;
        if (c < 0) hi = mid;
        else lo = mid + 1;
      }
      return 0;
    },
    rand(ctx) {
      const nextAddr = stateSymbol(ctx, "__rand_next");
      const seeded = stateSymbol(ctx, "__rand_seeded");
      let next = ctx.mem.load32(seeded) === 0 ? 1 : ctx.mem.load32(nextAddr) >>> 0;
      next = (Math.imul(next, 1103515245) + 12345) >>> 0;
      ctx.mem.store32(nextAddr, next);
      ctx.mem.store32(seeded, 1);
      return Math.floor(next / 65536) % 32768;
    },
    srand(ctx) {
      ctx.mem.store32(stateSymbol(ctx, "__rand_next"), ctx.arg(0));
      ctx.mem.store32(stateSymbol(ctx, "__rand_seeded"), 1);
    },
    /** There is no environment in minic: getenv always returns NULL. */
    getenv: () => 0,
    /**
     * void __assert_fail(const char *expr, const char *file, unsigned line, const char *func):
     * prints glibc's message, "prog: FILE:LINE: FUNC: Assertion `EXPR' failed." (without
     * "FUNC: " when func is NULL), on fd 2, then aborts. stdout is not flushed (as glibc).
     */
    __assert_fail(ctx) {
      const str = (a: number): string => Buffer.from(ctx.mem.readCString(a)).toString("latin1");
      const pn = ctx.mem.load32(stateSymbol(ctx, "__progname")) >>> 0;
      const prog = pn !== 0 ? str(pn) : "a.out";
      const func = ctx.arg(3) >>> 0;
      const msg = `${prog}: ${str(ctx.arg(1))}:${ctx.arg(2) >>> 0}: ${func !== 0 ? str(func) + ": " : ""}Assertion \`${str(ctx.arg(0))}' failed.\n`;
      writeStderr(ctx, msg);
      ctx.abort("abort() called");
    },
  },
};

/** Writes a message on fd 2 in slices through the bss buffer __assert_buf (stdio may not be linked). */
function writeStderr(ctx: NativeContext, msg: string): void {
  const buf = stateSymbol(ctx, "__assert_buf");
  const bytes = Uint8Array.from(Buffer.from(msg, "latin1"));
  for (let i = 0; i < bytes.length; i += ASSERT_BUFSIZE) {
    const chunk = bytes.subarray(i, i + ASSERT_BUFSIZE);
    ctx.mem.writeBytes(buf, chunk);
    ctx.trap(Trap.WRITE, 2, buf, chunk.length);
  }
}

function abs64(ctx: NativeContext): number {
  const v = BigInt.asIntN(64, (BigInt(ctx.arg(1) >>> 0) << 32n) | BigInt(ctx.arg(0) >>> 0));
  const r = BigInt.asUintN(64, v < 0n ? -v : v);
  ctx.setHigh(Number(r >> 32n) | 0);
  return Number(r & 0xffffffffn) | 0;
}

/** lldiv/imaxdiv: like divide, on long long halves (BigInt division truncates too). */
function divide64(ctx: NativeContext, name: string): number {
  const out = ctx.arg(0);
  const n = BigInt.asIntN(64, (BigInt(ctx.arg(2) >>> 0) << 32n) | BigInt(ctx.arg(1) >>> 0));
  const d = BigInt.asIntN(64, (BigInt(ctx.arg(4) >>> 0) << 32n) | BigInt(ctx.arg(3) >>> 0));
  if (d === 0n || (d === -1n && n === -(1n << 63n))) ctx.abort(d === 0n ? `${name}(): division by zero` : `${name}(): overflow (LLONG_MIN / -1)`);
  for (const [at, v] of [[0, n / d], [8, n % d]] as const) {
    const u = BigInt.asUintN(64, v);
    ctx.mem.store32(out + at, Number(u & 0xffffffffn));
    ctx.mem.store32(out + at + 4, Number(u >> 32n));
  }
  return out;
}

/** div/ldiv: quot and rem truncated toward zero, as C99 requires. */
function divide(ctx: NativeContext): number {
  const out = ctx.arg(0);
  const n = ctx.arg(1) | 0;
  const d = ctx.arg(2) | 0;
  if (d === 0 || (d === -1 && n === -2147483648)) ctx.abort(d === 0 ? "div(): division by zero" : "div(): overflow (INT_MIN / -1)");
  ctx.mem.store32(out, (n / d) | 0);
  ctx.mem.store32(out + 4, n % d | 0);
  return out;
}
