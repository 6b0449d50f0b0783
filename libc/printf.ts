/**
 * @fileoverview The printf engine shared by every member of the family (printf/fprintf/
 * sprintf/snprintf and their v- forms; scanf's is in scanf.ts). It reads the format and
 * the arguments from VM memory and produces bytes; where the bytes go (a FILE buffer, a
 * string) is the caller's business.
 *
 * printf follows glibc's output exactly for: %d %i %u %o %x %X %b %B %c %s %p %n %m %%, the
 * flags `-+ #0` (and glibc's `'` and `I`, which change nothing in the C locale), width and
 * precision (digits or `*`), and the length modifiers hh h l ll z Z j t L q (j, ll, L and
 * q read 64 bits: two stack words, low first). %lc/%C and %ls/%S take wchar_t (4 bytes);
 * as in glibc's C locale, only ASCII converts and anything else fails with EILSEQ.
 * The compiler has no floating point, so %f %F %e %E %g %G %a %A are written out as
 * their spec text (e.g. "%5.2f") and consume no argument. An unknown conversion is
 * echoed the way glibc echoes it ("%-5y" -> "%-5y", "%ly" -> "%y"). Positional arguments
 * (`%2$d`, `*1$`) are read as glibc reads them (printf-positional.ts).
 */

import type { MemoryAccess } from "./abi.js";
import { hasPositions, positional } from "./printf-positional.js";
import { readLength, type Length } from "./printf-spec.js";
import { EILSEQ, EINVAL } from "./unistd.js";

export type { Length } from "./printf-spec.js";

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
/** A wide character outside ASCII: glibc's C locale cannot convert it (EILSEQ). */
class IllegalSequence extends Error {}

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
  result(overflow: boolean, error: 0 | typeof EINVAL | typeof EILSEQ): Formatted {
    return { buffer: this.buf, length: this.length, overflow, error };
  }
}


interface Spec {
  left: boolean;
  plus: boolean;
  space: boolean;
  alt: boolean;
  zero: boolean;
  /** glibc's `'` (grouping) and `I` (locale digits) flags: no effect, but echoed. */
  group: boolean;
  i18n: boolean;
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
  const base = conv === "o" ? 8 : conv === "x" || conv === "X" || conv === "p" ? 16 : conv === "b" || conv === "B" ? 2 : 10;
  const zero = value === 0 || value === 0n;
  // Checked before "0".repeat: a precision of 2^31 must fail cleanly, not throw RangeError.
  if (spec.prec > MAX_PRINTF_OUTPUT) throw new OutputOverflow();
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
  if ((conv === "b" || conv === "B") && spec.alt && !zero) prefix += conv === "B" ? "0B" : "0b";
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
  // measured first, then copied: a host array of a 150,000,000-byte precision's string
  // ran the host out of memory before the output limit was looked at
  let n = 0;
  while (n < max && mem.load8(addr + n) !== 0) {
    if (++n > MAX_PRINTF_OUTPUT) throw new OutputOverflow();
  }
  return mem.readBytes(addr, n);
}

/** %C, %S, and %c/%s with glibc's "long" modifiers (l, ll, L, q, j) take wide characters. */
export function wide(conv: string, length: Length): boolean {
  return conv === "C" || conv === "S" || length === "l" || length === "ll" || length === "j";
}

/** A wchar_t as the C locale's one byte; anything outside ASCII cannot be converted. */
function wideToAscii(v: number): number {
  if (v >>> 0 > 0x7f) throw new IllegalSequence();
  return v;
}

/** A wchar_t string converted to bytes: at most max of them (max < 0: up to the L'\0'). */
function readWideString(mem: MemoryAccess, addr: number, max: number): number[] {
  const out: number[] = [];
  for (let p = addr >>> 0; max < 0 || out.length < max; p = (p + 4) >>> 0) {
    const w = mem.load32(p);
    if (w === 0) break;
    if (out.length >= MAX_PRINTF_OUTPUT) throw new OutputOverflow();
    out.push(wideToAscii(w));
  }
  return out;
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
   * A failure after which glibc still prints what came before but returns -1 with this
   * errno: EINVAL when the format ends inside a conversion spec ("50%"), EILSEQ for a wide
   * character outside ASCII. 0 when there was none.
   */
  error: 0 | typeof EINVAL | typeof EILSEQ;
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
    if (!formatDollar || !hasPositions(formatBuf, flen)) return formatInto(out, mem, formatBuf, flen, args, env);
    const p = positional(formatBuf, flen, args);
    return p === null ? out.result(false, EINVAL) : formatInto(out, mem, p.format, p.length, p.args, env);
  } catch (e) {
    if (e instanceof OutputOverflow) return out.result(true, 0);
    if (e instanceof IllegalSequence) return out.result(false, EILSEQ);
    throw e;
  }
}

/**
 * The format string, copied into a reused buffer (small typed arrays are the costliest
 * thing a libc call can allocate), followed by NULs so that looking one or two bytes past
 * its end reads 0. Returns its length; faults like any read of the string. Notes whether
 * the format has a '$' at all, so that only those are searched for positional arguments.
 */
let formatBuf = new Uint8Array(256);
let formatDollar = false;
function readFormat(mem: MemoryAccess, fmt: number): number {
  const n = mem.strlen(fmt);
  if (n + 3 > formatBuf.length) formatBuf = new Uint8Array(Math.max(n + 3, 2 * formatBuf.length));
  let dollar = false;
  for (let i = 0; i < n; i++) {
    const b = mem.load8(fmt + i);
    formatBuf[i] = b;
    dollar ||= b === 0x24;
  }
  formatBuf.fill(0, n, n + 3);
  formatDollar = dollar;
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
    const spec: Spec = { left: false, plus: false, space: false, alt: false, zero: false, group: false, i18n: false, width: 0, prec: -1, length: "" };
    for (;;) {
      const ch = String.fromCharCode(f[i] ?? 0);
      if (ch === "-") spec.left = true;
      else if (ch === "+") spec.plus = true;
      else if (ch === " ") spec.space = true;
      else if (ch === "#") spec.alt = true;
      else if (ch === "0") spec.zero = true;
      else if (ch === "'") spec.group = true;
      else if (ch === "I") spec.i18n = true;
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
    // glibc refuses a width or precision past INT_MAX (EOVERFLOW) before reading the argument.
    if (spec.width > 0x7fffffff || spec.prec > 0x7fffffff) throw new OutputOverflow();
    const lenStart = i;
    const lm = readLength(f, i);
    spec.length = lm.length;
    i = lm.end;
    if (i >= flen) return out.result(false, EINVAL);
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
      case "b":
      case "B":
        formatInt(out, spec, conv, readInt(args, spec.length, false), false);
        break;
      case "p": {
        const v = args.word();
        if (v === 0) padded(out, spec, asciiBytes("(nil)"));
        else formatInt(out, { ...spec, alt: true }, "p", v, false);
        break;
      }
      case "c":
      case "C": {
        const v = args.word();
        padded(out, spec, [wide(conv, spec.length) ? wideToAscii(v) : v & 0xff]);
        break;
      }
      case "s":
      case "S": {
        const a = args.word();
        if (a === 0) padded(out, spec, spec.prec >= 0 && spec.prec < 6 ? [] : asciiBytes("(null)"));
        else if (wide(conv, spec.length)) padded(out, spec, readWideString(mem, a, spec.prec));
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
  return out.result(false, 0);
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
  if (spec.group) s += "'";
  if (spec.plus) s += "+";
  else if (spec.space) s += " ";
  if (spec.left) s += "-";
  if (spec.zero && !spec.left) s += "0";
  if (spec.i18n) s += "I";
  if (spec.width !== 0) s += String(spec.width);
  if (spec.prec !== -1) s += "." + String(spec.prec);
  out.pushStr(s);
  out.push(conv.charCodeAt(0));
}
