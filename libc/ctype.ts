/**
 * @fileoverview ctype.o: character classes of the C locale. The is* functions return the
 * same nonzero values as glibc (its table's bit for the class, e.g. isalpha('a') == 1024),
 * so a program that prints them shows what it would show on Linux. EOF and every value
 * outside 0..127 belong to no class. toupper/tolower change only letters, except that
 * like glibc's they read -128..-2 (a plain char holding a byte >= 0x80) as that unsigned
 * byte: toupper((char)0xe9) is 0xe9, not -23.
 */

import type { LibcMember, NativeContext, NativeFn } from "./abi.js";

// glibc's class bits as laid out in its table on a little-endian machine.
export const C_UPPER = 256;
export const C_LOWER = 512;
export const C_ALPHA = 1024;
export const C_DIGIT = 2048;
export const C_XDIGIT = 4096;
export const C_SPACE = 8192;
export const C_PRINT = 16384;
export const C_GRAPH = 32768;
export const C_BLANK = 1;
export const C_CNTRL = 2;
export const C_PUNCT = 4;
export const C_ALNUM = 8;

/** isspace in the C locale, for the library's own parsers (strtol, scanf). */
export function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

/** The value of c as a digit in any base up to 36 (0-9, a-z, A-Z), 99 for anything else. */
export function digitValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x7a) return c - 0x61 + 10;
  if (c >= 0x41 && c <= 0x5a) return c - 0x41 + 10;
  return 99;
}

/** The class bits of c (0 outside ASCII). */
export function ctypeBits(c: number): number {
  if (c < 0 || c > 127) return 0;
  let m = 0;
  const upper = c >= 0x41 && c <= 0x5a;
  const lower = c >= 0x61 && c <= 0x7a;
  const digit = c >= 0x30 && c <= 0x39;
  if (upper) m |= C_UPPER;
  if (lower) m |= C_LOWER;
  if (upper || lower) m |= C_ALPHA;
  if (digit) m |= C_DIGIT;
  if (digit || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66)) m |= C_XDIGIT;
  if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) m |= C_SPACE;
  if (c >= 0x20 && c < 0x7f) m |= C_PRINT;
  if (c > 0x20 && c < 0x7f) m |= C_GRAPH;
  if (c === 0x20 || c === 0x09) m |= C_BLANK;
  if (c < 0x20 || c === 0x7f) m |= C_CNTRL;
  if (c > 0x20 && c < 0x7f && !upper && !lower && !digit) m |= C_PUNCT;
  if (upper || lower || digit) m |= C_ALNUM;
  return m;
}

/**
 * The argument as glibc's toupper/tolower tables see it: they span -128..255 and their
 * entries for -128..-2 are those of the unsigned byte (EOF, -1, stays); outside the
 * tables c comes back as is.
 */
function caseArg(c: number): number {
  return c >= -128 && c <= -2 ? c + 256 : c;
}

const cls =
  (bit: number): NativeFn =>
  (ctx: NativeContext) =>
    ctypeBits(ctx.arg(0) | 0) & bit;

export const CTYPE_MEMBER: LibcMember = {
  name: "ctype.o",
  functions: {
    isalpha: cls(C_ALPHA),
    isdigit: cls(C_DIGIT),
    isalnum: cls(C_ALNUM),
    isspace: cls(C_SPACE),
    isupper: cls(C_UPPER),
    islower: cls(C_LOWER),
    isprint: cls(C_PRINT),
    ispunct: cls(C_PUNCT),
    isxdigit: cls(C_XDIGIT),
    iscntrl: cls(C_CNTRL),
    isgraph: cls(C_GRAPH),
    isblank: cls(C_BLANK),
    toupper(ctx) {
      const c = caseArg(ctx.arg(0) | 0);
      return c >= 0x61 && c <= 0x7a ? c - 0x20 : c;
    },
    tolower(ctx) {
      const c = caseArg(ctx.arg(0) | 0);
      return c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
    },
  },
};
