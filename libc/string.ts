/**
 * @fileoverview string.o: the <string.h> functions. Every byte goes through ctx.mem, so
 * a strcpy into read-only data or past the end of a mapping faults exactly where C would.
 * strcmp and memcmp return -1/0/1 and strncmp the difference of the first differing
 * bytes. Only the sign is portable, and gcc -m32 is not consistent either: it folds
 * strncmp of two literals to the difference, while i386 glibc's strncmp returns -1/0/1
 * and its memcmp the difference when n is 1 (glibc 2.36 under qemu-i386).
 *
 * strerror is a member of its own (strerror.o), so that only programs calling it carry its
 * message table.
 *
 * strdup/strndup allocate with malloc.o's allocator and log a malloc event of their own
 * (the member lists "malloc" in needs so the linker pulls malloc.o in). If the program
 * defines its own malloc, they call that one through ctx.callFunction, as real C would.
 */

import type { LibcMember, MemoryAccess, NativeContext } from "./abi.js";
import { allocatorLinked, mallocInternal } from "./malloc.js";
import { ERRNO_MESSAGES, errnoMessage } from "./unistd.js";

const sign = (n: number): number => (n < 0 ? -1 : n > 0 ? 1 : 0);

/**
 * Length of a C string, at most max (checked byte by byte, nothing copied). The string
 * functions copy inside VM memory after it: a host array sized by the program's counts
 * ran the host out of memory on a 120 MiB strncpy.
 */
function strnlen(mem: MemoryAccess, addr: number, max: number): number {
  let i = 0;
  while (i < max && mem.load8(addr + i) !== 0) i++;
  return i;
}

/** malloc(n) for library code: logs a malloc event with the caller's site. */
export function libcMalloc(ctx: NativeContext, n: number): number {
  if (allocatorLinked(ctx)) {
    const result = mallocInternal(ctx, n);
    if (ctx.logsEvents !== false) ctx.event({ op: "malloc", size: n >>> 0, result, site: ctx.callSite() });
    return result;
  }
  const user = ctx.symbol("malloc");
  if (user === undefined) ctx.abort("strdup(): no malloc is linked");
  return ctx.callFunction(user, [n]) >>> 0;
}

function stateSymbol(ctx: NativeContext, name: string): number {
  const a = ctx.symbol(name);
  if (a === undefined) ctx.abort(`string.o: ${name} is not linked`);
  return a;
}

/** strdup/strndup: a malloc'd copy of the len bytes at s, NUL-terminated. */
function dup(ctx: NativeContext, s: number, len: number): number {
  const p = libcMalloc(ctx, len + 1);
  if (p !== 0) {
    ctx.mem.copyWithin(p, s, len);
    ctx.mem.store8(p + len, 0);
  }
  return p;
}

/** Bytes of the set string, as a lookup table. */
function byteSet(mem: MemoryAccess, addr: number): Uint8Array {
  const set = new Uint8Array(256);
  for (const b of mem.readCString(addr)) set[b] = 1;
  return set;
}

/** Length of the initial run of s whose bytes are (accept) or are not (reject) in the set. */
function span(mem: MemoryAccess, s: number, setAddr: number, inSet: boolean): number {
  const set = byteSet(mem, setAddr);
  let i = 0;
  for (;;) {
    const b = mem.load8(s + i);
    if (b === 0 || (set[b] === 1) !== inSet) return i;
    i++;
  }
}

function indexOf(hay: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/** strcmp (and strcoll in the C locale): -1, 0 or 1 by the first differing byte. */
function compareStrings(mem: MemoryAccess, a: number, b: number): number {
  for (let i = 0; ; i++) {
    const x = mem.load8(a + i);
    const y = mem.load8(b + i);
    if (x !== y) return sign(x - y);
    if (x === 0) return 0;
  }
}

export const STRING_MEMBER: LibcMember = {
  name: "string.o",
  needs: ["malloc"],
  data: [{ name: "__strtok_next", size: 4, align: 4 }],
  functions: {
    strlen: (ctx) => ctx.mem.strlen(ctx.arg(0)),
    strnlen: (ctx) => strnlen(ctx.mem, ctx.arg(0) >>> 0, ctx.arg(1) >>> 0),
    strcpy(ctx) {
      const d = ctx.arg(0) >>> 0;
      const s = ctx.arg(1) >>> 0;
      ctx.mem.copyWithin(d, s, ctx.mem.strlen(s) + 1);
      return d;
    },
    /** Copies at most n bytes and pads with NULs up to n (no NUL if src is longer). */
    strncpy(ctx) {
      const d = ctx.arg(0) >>> 0;
      const n = ctx.arg(2) >>> 0;
      const s = ctx.arg(1) >>> 0;
      const len = strnlen(ctx.mem, s, n);
      ctx.mem.copyWithin(d, s, len);
      ctx.mem.fill(d + len, 0, n - len);
      return d;
    },
    strcat(ctx) {
      const d = ctx.arg(0) >>> 0;
      const s = ctx.arg(1) >>> 0;
      const end = d + ctx.mem.strlen(d);
      ctx.mem.copyWithin(end, s, ctx.mem.strlen(s) + 1);
      return d;
    },
    strncat(ctx) {
      const d = ctx.arg(0) >>> 0;
      const end = d + ctx.mem.strlen(d);
      const s = ctx.arg(1) >>> 0;
      const len = strnlen(ctx.mem, s, ctx.arg(2) >>> 0);
      ctx.mem.copyWithin(end, s, len);
      ctx.mem.store8(end + len, 0);
      return d;
    },
    strcmp: (ctx) => compareStrings(ctx.mem, ctx.arg(0) >>> 0, ctx.arg(1) >>> 0),
    strncmp(ctx) {
      const a = ctx.arg(0) >>> 0;
      const b = ctx.arg(1) >>> 0;
      const n = ctx.arg(2) >>> 0;
      for (let i = 0; i < n; i++) {
        const x = ctx.mem.load8(a + i);
        const y = ctx.mem.load8(b + i);
        if (x !== y) return x - y;
        if (x === 0) return 0;
      }
      return 0;
    },
    /** The terminating NUL counts as part of the string: strchr(s, 0) finds it. */
    strchr(ctx) {
      const s = ctx.arg(0) >>> 0;
      const c = ctx.arg(1) & 0xff;
      for (let i = 0; ; i++) {
        const b = ctx.mem.load8(s + i);
        if (b === c) return s + i;
        if (b === 0) return 0;
      }
    },
    strrchr(ctx) {
      const s = ctx.arg(0) >>> 0;
      const c = ctx.arg(1) & 0xff;
      const bytes = ctx.mem.readCString(s);
      if (c === 0) return s + bytes.length;
      const i = bytes.lastIndexOf(c);
      return i < 0 ? 0 : s + i;
    },
    strstr(ctx) {
      const h = ctx.arg(0) >>> 0;
      const i = indexOf(ctx.mem.readCString(h), ctx.mem.readCString(ctx.arg(1)));
      return i < 0 ? 0 : h + i;
    },
    /** The C locale collates by byte value: strcoll is strcmp, strxfrm a bounded copy. */
    strcoll: (ctx) => compareStrings(ctx.mem, ctx.arg(0) >>> 0, ctx.arg(1) >>> 0),
    /** size_t strxfrm(char *dst, const char *src, size_t n): copies only if all of src fits. */
    strxfrm(ctx) {
      const d = ctx.arg(0) >>> 0;
      const s = ctx.arg(1) >>> 0;
      const n = ctx.arg(2) >>> 0;
      const len = ctx.mem.strlen(s);
      if (len < n) ctx.mem.copyWithin(d, s, len + 1);
      else if (n > 0) ctx.mem.copyWithin(d, s, n); // glibc fills dst; its contents are indeterminate
      return len;
    },
    strspn: (ctx) => span(ctx.mem, ctx.arg(0) >>> 0, ctx.arg(1) >>> 0, true),
    strcspn: (ctx) => span(ctx.mem, ctx.arg(0) >>> 0, ctx.arg(1) >>> 0, false),
    strpbrk(ctx) {
      const s = ctx.arg(0) >>> 0;
      const i = span(ctx.mem, s, ctx.arg(1) >>> 0, false);
      return ctx.mem.load8(s + i) === 0 ? 0 : s + i;
    },
    /** Keeps its position in the bss word __strtok_next (visible in a dump). */
    strtok(ctx) {
      const save = stateSymbol(ctx, "__strtok_next");
      let s = ctx.arg(0) >>> 0;
      if (s === 0) s = ctx.mem.load32(save) >>> 0;
      if (s === 0) return 0;
      const delim = ctx.arg(1) >>> 0;
      s += span(ctx.mem, s, delim, true);
      if (ctx.mem.load8(s) === 0) {
        ctx.mem.store32(save, 0);
        return 0;
      }
      const end = s + span(ctx.mem, s, delim, false);
      if (ctx.mem.load8(end) === 0) ctx.mem.store32(save, 0);
      else {
        ctx.mem.store8(end, 0);
        ctx.mem.store32(save, end + 1);
      }
      return s;
    },
    strdup: (ctx) => dup(ctx, ctx.arg(0) >>> 0, ctx.mem.strlen(ctx.arg(0) >>> 0)),
    strndup: (ctx) => dup(ctx, ctx.arg(0) >>> 0, strnlen(ctx.mem, ctx.arg(0) >>> 0, ctx.arg(1) >>> 0)),
    memcpy(ctx) {
      const d = ctx.arg(0) >>> 0;
      ctx.mem.copyWithin(d, ctx.arg(1) >>> 0, ctx.arg(2) >>> 0);
      return d;
    },
    memmove(ctx) {
      const d = ctx.arg(0) >>> 0;
      ctx.mem.copyWithin(d, ctx.arg(1) >>> 0, ctx.arg(2) >>> 0);
      return d;
    },
    memset(ctx) {
      const d = ctx.arg(0) >>> 0;
      ctx.mem.fill(d, ctx.arg(1) & 0xff, ctx.arg(2) >>> 0);
      return d;
    },
    memcmp(ctx) {
      const a = ctx.arg(0) >>> 0;
      const b = ctx.arg(1) >>> 0;
      const n = ctx.arg(2) >>> 0;
      for (let i = 0; i < n; i++) {
        const x = ctx.mem.load8(a + i);
        const y = ctx.mem.load8(b + i);
        if (x !== y) return sign(x - y);
      }
      return 0;
    },
    memchr(ctx) {
      const s = ctx.arg(0) >>> 0;
      const c = ctx.arg(1) & 0xff;
      const n = ctx.arg(2) >>> 0;
      for (let i = 0; i < n; i++) if (ctx.mem.load8(s + i) === c) return s + i;
      return 0;
    },
  },
};

/** Where each known errno's message sits in __strerror_msgs (NUL-terminated, back to back). */
const MESSAGE_AT = new Map<number, number>();
let messagesSize = 0;
for (const [n, msg] of Object.entries(ERRNO_MESSAGES)) {
  MESSAGE_AT.set(Number(n), messagesSize);
  messagesSize += msg.length + 1;
}

export const STRERROR_MEMBER: LibcMember = {
  name: "strerror.o",
  data: [
    { name: "__strerror_msgs", size: messagesSize, align: 1 },
    { name: "__strerror_buf", size: 64, align: 4 },
  ],
  functions: {
    /**
     * Like glibc, a known errno's message has a place of its own (the message is written
     * there at each call), so strerror(EDOM) and strerror(ERANGE) can be printed
     * side by side; "Unknown error N" goes to the one static buffer __strerror_buf.
     */
    strerror(ctx) {
      const n = ctx.arg(0) | 0;
      const at = MESSAGE_AT.get(n);
      const buf = at === undefined ? stateSymbol(ctx, "__strerror_buf") : stateSymbol(ctx, "__strerror_msgs") + at;
      const msg = Uint8Array.from(Buffer.from(errnoMessage(n), "latin1")).subarray(0, 63);
      ctx.mem.writeBytes(buf, msg);
      ctx.mem.store8(buf + msg.length, 0);
      return buf;
    },
  },
};
