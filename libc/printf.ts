/**
 * @fileoverview The printf and scanf engines shared by every member of the families
 * (printf/fprintf/sprintf/snprintf and their v- forms, scanf/sscanf). They read the
 * format and the arguments from VM memory and produce bytes; where the bytes go (a FILE
 * buffer, a string) is the caller's business.
 *
 * printf follows glibc's output exactly for: %d %i %u %o %x %X %c %s %p %n %m %%, the
 * flags `-+ #0`, width and precision (digits or `*`), and the length modifiers
 * hh h l ll z j t L q (j, ll, L and q read 64 bits: two stack words, low first).
 * The compiler has no floating point, so %f %F %e %E %g %G %a %A are written out as
 * their spec text (e.g. "%5.2f") and consume no argument. An unknown conversion is
 * echoed the way glibc echoes it ("%-5y" -> "%-5y", "%ly" -> "%y"); positional arguments
 * (%1$d) are not supported and echo too.
 */

import type { MemoryAccess } from "./abi.js";

/** Successive variadic arguments, read from 4-byte stack slots (a va_list walk). */
export interface ArgSource {
  /** Next 32-bit slot (unsigned). */
  word(): number;
  /** Next 64-bit argument (two slots, low word first). */
  dword(): bigint;
}

export function vaArgs(mem: MemoryAccess, addr: number): ArgSource {
  let p = addr >>> 0;
  return {
    word() {
      const v = mem.load32(p) >>> 0;
      p = (p + 4) >>> 0;
      return v;
    },
    dword() {
      const lo = mem.load32(p) >>> 0;
      const hi = mem.load32(p + 4) >>> 0;
      p = (p + 8) >>> 0;
      return (BigInt(hi) << 32n) | BigInt(lo);
    },
  };
}

/**
 * Most bytes one printf call may produce. glibc would go on to INT_MAX; a `%999999999d`
 * typo should end in a clear error (-1, errno EOVERFLOW), not exhaust the host's memory.
 */
export const MAX_PRINTF_OUTPUT = 16 * 1024 * 1024;

class OutputOverflow extends Error {}

/** A growable byte buffer (bounded by MAX_PRINTF_OUTPUT). */
class ByteSink {
  private buf = new Uint8Array(64);
  length = 0;
  push(b: number): void {
    if (this.length === this.buf.length) this.grow(1);
    this.buf[this.length++] = b & 0xff;
  }
  pushAll(bytes: ArrayLike<number>): void {
    this.grow(bytes.length);
    for (let i = 0; i < bytes.length; i++) this.buf[this.length++] = bytes[i]! & 0xff;
  }
  pushStr(s: string): void {
    for (let i = 0; i < s.length; i++) this.push(s.charCodeAt(i));
  }
  pad(ch: number, n: number): void {
    if (n <= 0) return;
    this.grow(n);
    this.buf.fill(ch, this.length, this.length + n);
    this.length += n;
  }
  private grow(extra: number): void {
    if (this.length + extra <= this.buf.length) return;
    if (this.length + extra > MAX_PRINTF_OUTPUT) throw new OutputOverflow();
    let cap = this.buf.length * 2;
    while (cap < this.length + extra) cap *= 2;
    const nb = new Uint8Array(cap);
    nb.set(this.buf.subarray(0, this.length));
    this.buf = nb;
  }
  reset(): void {
    this.length = 0;
  }
  result(overflow: boolean, truncatedSpec: boolean): Formatted {
    return { buffer: this.buf, length: this.length, overflow, truncatedSpec };
  }
}

type Length = "hh" | "h" | "" | "l" | "ll" | "j" | "z" | "t";

interface Spec {
  left: boolean;
  plus: boolean;
  space: boolean;
  alt: boolean;
  zero: boolean;
  width: number;
  /** -1 when absent. */
  prec: number;
  length: Length;
}

const SPACE = 0x20;
const ZERO = 0x30;

/** Hooks for the conversions that need more than memory: %m reads errno. */
export interface PrintfEnv {
  errnoText(): string;
}

function asciiBytes(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) out.push(s.charCodeAt(i));
  return out;
}

/** Emits body with padding to spec.width: left-justified, or right with spaces. */
function padded(out: ByteSink, spec: Spec, body: ArrayLike<number>): void {
  const fill = Math.max(0, spec.width - body.length);
  if (!spec.left) out.pad(SPACE, fill);
  out.pushAll(body);
  if (spec.left) out.pad(SPACE, fill);
}

/** Integer conversions: sign or prefix, precision zeros, width padding (glibc rules). */
function formatInt(out: ByteSink, spec: Spec, conv: string, value: number | bigint, negative: boolean): void {
  const base = conv === "o" ? 8 : conv === "x" || conv === "X" || conv === "p" ? 16 : 10;
  const zero = value === 0 || value === 0n;
  let digits = zero && spec.prec === 0 ? "" : value.toString(base);
  if (conv === "X") digits = digits.toUpperCase();
  if (spec.prec > digits.length) digits = "0".repeat(spec.prec - digits.length) + digits;
  if (conv === "o" && spec.alt && !digits.startsWith("0")) digits = "0" + digits;
  let prefix = "";
  const signed = conv === "d" || conv === "i" || conv === "p";
  if (negative) prefix = "-";
  else if (signed && spec.plus) prefix = "+";
  else if (signed && spec.space) prefix = " ";
  if ((conv === "x" || conv === "X" || conv === "p") && spec.alt && !zero) prefix += conv === "X" ? "0X" : "0x";
  const len = prefix.length + digits.length;
  const fill = Math.max(0, spec.width - len);
  if (spec.left) {
    out.pushStr(prefix + digits);
    out.pad(SPACE, fill);
  } else if (spec.zero && spec.prec < 0) {
    out.pushStr(prefix);
    out.pad(ZERO, fill);
    out.pushStr(digits);
  } else {
    out.pad(SPACE, fill);
    out.pushStr(prefix + digits);
  }
}

/** The next integer argument: a number when it has 32 bits or fewer, a bigint for 64. */
function readInt(args: ArgSource, length: Length, signed: boolean): number | bigint {
  if (length === "ll" || length === "j") {
    const v = args.dword();
    return signed ? BigInt.asIntN(64, v) : v;
  }
  const w = args.word();
  switch (length) {
    case "hh":
      return signed ? (w << 24) >> 24 : w & 0xff;
    case "h":
      return signed ? (w << 16) >> 16 : w & 0xffff;
    case "":
    case "l":
    case "z":
    case "t":
      return signed ? w | 0 : w >>> 0;
  }
}

/** Reads at most max bytes of a C string (max < 0: up to the NUL). */
function readString(mem: MemoryAccess, addr: number, max: number): Uint8Array {
  if (max < 0) return mem.readCString(addr);
  const out: number[] = [];
  for (let i = 0; i < max; i++) {
    const b = mem.load8(addr + i);
    if (b === 0) break;
    out.push(b);
  }
  return Uint8Array.from(out);
}

/**
 * Where every printf formats (one call at a time: formatting never runs program code), so
 * that a call allocates no buffer of its own. Formatted's bytes are views into it.
 */
const sink = new ByteSink();

export interface Formatted {
  /**
   * What to print, everything up to the problem when there was one: bytes [0, length) of
   * `buffer`, which is shared by every call (valid until the next one; no copy is made).
   */
  buffer: Uint8Array;
  length: number;
  /** More than MAX_PRINTF_OUTPUT bytes: the call fails with EOVERFLOW. */
  overflow: boolean;
  /**
   * The format ended inside a conversion spec ("50%"): glibc still prints what came before
   * it but returns -1.
   */
  truncatedSpec: boolean;
}

/**
 * Formats like printf. fmt is the format's address in VM memory; %n stores go to VM memory
 * as they are met.
 */
export function formatPrintf(mem: MemoryAccess, fmt: number, args: ArgSource, env: PrintfEnv): Formatted {
  const flen = readFormat(mem, fmt);
  const out = sink;
  out.reset();
  try {
    return formatInto(out, mem, formatBuf, flen, args, env);
  } catch (e) {
    if (e instanceof OutputOverflow) return out.result(true, false);
    throw e;
  }
}

/**
 * The format string, copied into a reused buffer (small typed arrays are the costliest
 * thing a libc call can allocate), followed by NULs so that looking one or two bytes past
 * its end reads 0. Returns its length; faults like any read of the string.
 */
let formatBuf = new Uint8Array(256);
function readFormat(mem: MemoryAccess, fmt: number): number {
  const n = mem.strlen(fmt);
  if (n + 3 > formatBuf.length) formatBuf = new Uint8Array(Math.max(n + 3, 2 * formatBuf.length));
  for (let i = 0; i < n; i++) formatBuf[i] = mem.load8(fmt + i);
  formatBuf.fill(0, n, n + 3);
  return n;
}

function formatInto(out: ByteSink, mem: MemoryAccess, f: Uint8Array, flen: number, args: ArgSource, env: PrintfEnv): Formatted {
  let i = 0;
  while (i < flen) {
    const c = f[i]!;
    if (c !== 0x25 /* % */) {
      out.push(c);
      i++;
      continue;
    }
    i++;
    const spec: Spec = { left: false, plus: false, space: false, alt: false, zero: false, width: 0, prec: -1, length: "" };
    for (;;) {
      const ch = String.fromCharCode(f[i] ?? 0);
      if (ch === "-") spec.left = true;
      else if (ch === "+") spec.plus = true;
      else if (ch === " ") spec.space = true;
      else if (ch === "#") spec.alt = true;
      else if (ch === "0") spec.zero = true;
      else break;
      i++;
    }
    if (f[i] === 0x2a /* * */) {
      const w = args.word() | 0;
      if (w < 0) {
        spec.left = true;
        spec.width = -w;
      } else spec.width = w;
      i++;
    } else {
      while (i < flen && f[i]! >= 0x30 && f[i]! <= 0x39) spec.width = spec.width * 10 + (f[i++]! - 0x30);
    }
    if (f[i] === 0x2e /* . */) {
      i++;
      if (f[i] === 0x2a) {
        const p = args.word() | 0;
        spec.prec = p < 0 ? -1 : p;
        i++;
      } else {
        spec.prec = 0;
        while (i < flen && f[i]! >= 0x30 && f[i]! <= 0x39) spec.prec = spec.prec * 10 + (f[i++]! - 0x30);
      }
    }
    const lenStart = i;
    const l0 = String.fromCharCode(f[i] ?? 0);
    const l1 = String.fromCharCode(f[i + 1] ?? 0);
    if ((l0 === "h" || l0 === "l") && l1 === l0) {
      spec.length = (l0 + l1) as Length;
      i += 2;
    } else if (l0 === "h" || l0 === "l" || l0 === "j" || l0 === "z" || l0 === "t") {
      spec.length = l0;
      i++;
    } else if (l0 === "L" || l0 === "q") {
      spec.length = "ll";
      i++;
    }
    if (i >= flen) return out.result(false, true);
    const conv = String.fromCharCode(f[i]!);
    i++;
    switch (conv) {
      case "d":
      case "i": {
        const v = readInt(args, spec.length, true);
        const negative = v < 0;
        formatInt(out, spec, conv, negative ? -v : v, negative);
        break;
      }
      case "u":
      case "o":
      case "x":
      case "X":
        formatInt(out, spec, conv, readInt(args, spec.length, false), false);
        break;
      case "p": {
        const v = args.word();
        if (v === 0) padded(out, spec, asciiBytes("(nil)"));
        else formatInt(out, { ...spec, alt: true }, "p", v, false);
        break;
      }
      case "c":
        padded(out, spec, [args.word() & 0xff]);
        break;
      case "s": {
        const a = args.word();
        if (a === 0) padded(out, spec, spec.prec >= 0 && spec.prec < 6 ? [] : asciiBytes("(null)"));
        else padded(out, spec, readString(mem, a, spec.prec));
        break;
      }
      case "m":
        padded(out, spec, asciiBytes(spec.prec >= 0 ? env.errnoText().slice(0, spec.prec) : env.errnoText()));
        break;
      case "n": {
        const a = args.word();
        const n = out.length;
        if (spec.length === "hh") mem.store8(a, n);
        else if (spec.length === "h") mem.store16(a, n);
        else if (spec.length === "ll" || spec.length === "j") {
          mem.store32(a, n);
          mem.store32(a + 4, 0);
        } else mem.store32(a, n);
        break;
      }
      case "%":
        out.push(0x25);
        break;
      case "f":
      case "F":
      case "e":
      case "E":
      case "g":
      case "G":
      case "a":
      case "A":
        // No floating point in minic: show the spec as written, consume nothing.
        out.push(0x25);
        out.pushAll(f.subarray(specStart(f, lenStart), i));
        break;
      default:
        echoUnknown(out, spec, conv);
        break;
    }
  }
  return out.result(false, false);
}

/** Start of the flags of the spec whose length modifier starts at lenStart (just after its '%'). */
function specStart(f: Uint8Array, lenStart: number): number {
  let s = lenStart;
  while (s > 0 && f[s - 1] !== 0x25) s--;
  return s;
}

/** glibc re-prints an unknown spec from its parsed parts, in this canonical order. */
function echoUnknown(out: ByteSink, spec: Spec, conv: string): void {
  let s = "%";
  if (spec.alt) s += "#";
  if (spec.plus) s += "+";
  else if (spec.space) s += " ";
  if (spec.left) s += "-";
  if (spec.zero && !spec.left) s += "0";
  if (spec.width !== 0) s += String(spec.width);
  if (spec.prec !== -1) s += "." + String(spec.prec);
  out.pushStr(s);
  out.push(conv.charCodeAt(0));
}

// ---------------------------------------------------------------------------------------
// scanf
// ---------------------------------------------------------------------------------------

/** Input for scanf: one character of lookahead, so nothing read is ever lost. */
export interface CharSource {
  /** The next byte without consuming it, or -1 at end of input. */
  peek(): number;
  /** Consumes the byte peek() returned. */
  advance(): void;
}

function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

function digitValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x7a) return c - 0x61 + 10;
  if (c >= 0x41 && c <= 0x5a) return c - 0x41 + 10;
  return 99;
}

function storeInt(mem: MemoryAccess, addr: number, length: Length, v: bigint): void {
  const u = BigInt.asUintN(64, v);
  switch (length) {
    case "hh":
      mem.store8(addr, Number(u & 0xffn));
      break;
    case "h":
      mem.store16(addr, Number(u & 0xffffn));
      break;
    case "ll":
    case "j":
      mem.store32(addr, Number(u & 0xffffffffn));
      mem.store32(addr + 4, Number(u >> 32n));
      break;
    case "":
    case "l":
    case "z":
    case "t":
      mem.store32(addr, Number(u & 0xffffffffn));
      break;
  }
}

/**
 * Scans like scanf and returns what scanf returns: the number of assignments, or -1 (EOF)
 * when the input ended before the first conversion. Supports %d %i %u %o %x %X %p %s %c
 * %[set] %n %% with `*`, widths and the length modifiers hh h l ll j z t; integers that
 * overflow clamp like strtol/strtoul.
 */
export function formatScanf(mem: MemoryAccess, fmt: number, args: ArgSource, src: CharSource): number {
  const f = mem.readCString(fmt);
  let assigned = 0;
  let conversions = 0;
  let consumed = 0;
  const take = (): number => {
    const c = src.peek();
    if (c >= 0) {
      src.advance();
      consumed++;
    }
    return c;
  };
  const skipSpace = (): void => {
    while (isSpace(src.peek())) take();
  };
  const inputFailure = (): number => (conversions === 0 ? -1 : assigned);
  let i = 0;
  while (i < f.length) {
    const c = f[i]!;
    if (isSpace(c)) {
      skipSpace();
      i++;
      continue;
    }
    if (c !== 0x25) {
      const got = src.peek();
      if (got < 0) return inputFailure();
      if (got !== c) return assigned;
      take();
      i++;
      continue;
    }
    i++;
    let suppress = false;
    if (f[i] === 0x2a) {
      suppress = true;
      i++;
    }
    let width = 0;
    while (i < f.length && f[i]! >= 0x30 && f[i]! <= 0x39) width = width * 10 + (f[i++]! - 0x30);
    let length: Length = "";
    const l0 = String.fromCharCode(f[i] ?? 0);
    if ((l0 === "h" || l0 === "l") && f[i + 1] === f[i]) {
      length = (l0 + l0) as Length;
      i += 2;
    } else if (l0 === "h" || l0 === "l" || l0 === "j" || l0 === "z" || l0 === "t") {
      length = l0;
      i++;
    } else if (l0 === "L" || l0 === "q") {
      length = "ll";
      i++;
    }
    if (i >= f.length) return assigned;
    const conv = String.fromCharCode(f[i]!);
    i++;
    const max = width > 0 ? width : Infinity;
    switch (conv) {
      case "%":
        skipSpace();
        if (src.peek() < 0) return inputFailure();
        if (src.peek() !== 0x25) return assigned;
        take();
        break;
      case "n":
        if (!suppress) storeInt(mem, args.word(), length, BigInt(consumed));
        break;
      case "d":
      case "i":
      case "u":
      case "o":
      case "x":
      case "X":
      case "p": {
        skipSpace();
        if (src.peek() < 0) return inputFailure();
        let base = conv === "d" || conv === "u" ? 10 : conv === "o" ? 8 : conv === "i" ? 0 : 16;
        let n = 0;
        let neg = false;
        if (n < max && (src.peek() === 0x2b || src.peek() === 0x2d)) {
          neg = take() === 0x2d;
          n++;
        }
        let value = 0n;
        let digits = 0;
        if (n < max && src.peek() === 0x30 && (base === 0 || base === 16)) {
          take();
          n++;
          digits++;
          if (n < max && (src.peek() | 0x20) === 0x78) {
            take();
            n++;
            base = 16;
          } else if (base === 0) base = 8;
        }
        if (base === 0) base = 10;
        while (n < max && digitValue(src.peek()) < base) {
          value = value * BigInt(base) + BigInt(digitValue(take()));
          n++;
          digits++;
        }
        if (digits === 0) return n > 0 || src.peek() >= 0 ? assigned : inputFailure();
        conversions++;
        if (!suppress) {
          const wide = length === "ll" || length === "j";
          const signed = conv === "d" || conv === "i";
          let v: bigint;
          if (signed) {
            const lim = wide ? 1n << 63n : 1n << 31n;
            v = neg ? (value > lim ? -lim : -value) : value > lim - 1n ? lim - 1n : value;
          } else {
            const lim = wide ? (1n << 64n) - 1n : 0xffffffffn;
            v = value > lim ? lim : neg ? -value : value;
          }
          storeInt(mem, args.word(), conv === "p" ? "" : length, v);
          assigned++;
        }
        break;
      }
      case "s": {
        skipSpace();
        if (src.peek() < 0) return inputFailure();
        const buf: number[] = [];
        while (buf.length < max && src.peek() >= 0 && !isSpace(src.peek())) buf.push(take());
        conversions++;
        if (!suppress) {
          buf.push(0);
          mem.writeBytes(args.word(), Uint8Array.from(buf));
          assigned++;
        }
        break;
      }
      case "c": {
        const want = width > 0 ? width : 1;
        const buf: number[] = [];
        while (buf.length < want && src.peek() >= 0) buf.push(take());
        if (buf.length < want) return inputFailure();
        conversions++;
        if (!suppress) {
          mem.writeBytes(args.word(), Uint8Array.from(buf));
          assigned++;
        }
        break;
      }
      case "[": {
        let negate = false;
        if (f[i] === 0x5e) {
          negate = true;
          i++;
        }
        const set = new Set<number>();
        let first = true;
        while (i < f.length && (f[i] !== 0x5d || first)) {
          if (f[i + 1] === 0x2d && i + 2 < f.length && f[i + 2] !== 0x5d) {
            for (let ch = f[i]!; ch <= f[i + 2]!; ch++) set.add(ch);
            i += 3;
          } else set.add(f[i++]!);
          first = false;
        }
        if (i >= f.length) return assigned; // unterminated set
        i++;
        if (src.peek() < 0) return inputFailure();
        const buf: number[] = [];
        while (buf.length < max && src.peek() >= 0 && set.has(src.peek()) !== negate) buf.push(take());
        if (buf.length === 0) return assigned;
        conversions++;
        if (!suppress) {
          buf.push(0);
          mem.writeBytes(args.word(), Uint8Array.from(buf));
          assigned++;
        }
        break;
      }
      default:
        return assigned; // unknown conversion: a matching failure
    }
  }
  return assigned;
}
