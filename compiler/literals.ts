/**
 * @fileoverview Decoding of literal spellings, as the lexer leaves them: integer literals
 * (value, suffix, base) and the characters of character and string literals (escapes,
 * UTF-8 for wide ones). Problems are reported at their exact offset in the token.
 */

import type { Report } from "./lexer.js";

const SUFFIX_RE = /^(?:[uU](?:ll|LL|[lL])?|(?:ll|LL|[lL])[uU]?)?$/;
const MAX_U64 = (1n << 64n) - 1n;

export interface IntValue {
  value: bigint;
  suffix: string;
  nonDecimal: boolean;
}

/** Decodes an integer literal spelling such as `0x1Fu`, `017`, `42LL`. */
export function decodeInt(image: string, pos: number, report: Report): IntValue {
  let i = 0;
  let digits: string;
  let prefix: string;
  const isHex = image.length > 1 && image[0] === "0" && (image[1] === "x" || image[1] === "X");
  if (isHex) {
    i = 2;
    while (i < image.length && hexVal(image.charCodeAt(i)) >= 0) i++;
    digits = image.slice(2, i);
    prefix = "0x";
    if (digits.length === 0) {
      report(pos, `invalid suffix '${image.slice(1)}' on integer constant`, "error");
      return { value: 0n, suffix: "", nonDecimal: true };
    }
  } else {
    while (i < image.length && image.charCodeAt(i) >= 48 && image.charCodeAt(i) <= 57) i++;
    digits = image.slice(0, i);
    prefix = "";
    if (digits.length > 1 && digits[0] === "0") {
      prefix = "0o";
      const bad = /[89]/.exec(digits);
      if (bad) {
        report(pos + bad.index, `invalid digit '${bad[0]}' in octal constant`, "error");
        return { value: 0n, suffix: "", nonDecimal: true };
      }
    }
  }
  const rawSuffix = image.slice(i);
  let suffix = "";
  if (rawSuffix.length > 0) {
    if (!SUFFIX_RE.test(rawSuffix)) {
      report(pos + i, `invalid suffix '${rawSuffix}' on integer constant`, "error");
    } else {
      const low = rawSuffix.toLowerCase();
      const u = low.includes("u") ? "u" : "";
      const l = low.includes("ll") ? "ll" : low.includes("l") ? "l" : "";
      suffix = u + l;
    }
  }
  let value = BigInt(prefix + digits);
  if (value > MAX_U64) {
    report(pos, "integer literal is too large to be represented in any integer type", "error");
    value = value & MAX_U64;
  }
  return { value, suffix, nonDecimal: prefix !== "" };
}

const SIMPLE_ESCAPES: Record<string, number> = {
  n: 10,
  t: 9,
  r: 13,
  a: 7,
  b: 8,
  f: 12,
  v: 11,
  e: 27,
  "\\": 92,
  "'": 39,
  '"': 34,
  "?": 63,
};

function isOctal(c: number): boolean {
  return c >= 48 && c <= 55;
}
function hexVal(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

function pushUtf8(out: number[], cp: number): void {
  if (cp < 0x80) out.push(cp);
  else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
  else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
}

/**
 * Decodes the characters between the quotes of a char or string literal into units.
 * Escapes give one unit each (a byte, or up to 32 bits when `wide`); other characters
 * are UTF-8 encoded (one unit per code point when `wide`).
 */
export function decodeChars(image: string, start: number, end: number, tokPos: number, wide: boolean, report: Report): number[] {
  const out: number[] = [];
  const max = wide ? 0xffffffff : 0xff;
  let i = start;
  while (i < end) {
    const c = image.charCodeAt(i);
    if (c !== 92) {
      const cp = image.codePointAt(i)!;
      if (wide) out.push(cp);
      else pushUtf8(out, cp);
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const escPos = tokPos + i;
    const e = image[i + 1];
    i += 2;
    if (e === undefined) break;
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== undefined) {
      out.push(simple);
    } else if (isOctal(e.charCodeAt(0))) {
      let v = e.charCodeAt(0) - 48;
      for (let n = 0; n < 2 && i < end && isOctal(image.charCodeAt(i)); n++, i++) v = v * 8 + image.charCodeAt(i) - 48;
      if (v > max) {
        report(escPos, "octal escape sequence out of range", "error");
        v &= max;
      }
      out.push(v);
    } else if (e === "x") {
      let v = 0;
      let n = 0;
      let overflow = false;
      for (; i < end && hexVal(image.charCodeAt(i)) >= 0; i++, n++) {
        v = v * 16 + hexVal(image.charCodeAt(i));
        if (v > max) overflow = true;
        v = v % 0x100000000;
      }
      if (n === 0) report(escPos, "\\x used with no following hex digits", "error");
      else if (overflow) report(escPos, "hex escape sequence out of range", "error");
      out.push(overflow ? v & max : v);
    } else if (e === "u" || e === "U") {
      // C99 6.4.3 universal character names: the character, encoded as if written directly.
      const want = e === "u" ? 4 : 8;
      let cp = 0;
      let n = 0;
      for (; n < want && i < end && hexVal(image.charCodeAt(i)) >= 0; i++, n++) cp = cp * 16 + hexVal(image.charCodeAt(i));
      if (n < want) {
        report(escPos, `incomplete universal character name \\${e}${image.slice(i - n, i)}`, "error");
        continue;
      }
      const name = `\\${e}${image.slice(i - want, i)}`;
      if ((cp < 0xa0 && cp !== 0x24 && cp !== 0x40 && cp !== 0x60) || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) {
        report(escPos, `${name} is not a valid universal character`, "error");
        continue;
      }
      if (wide) out.push(cp);
      else pushUtf8(out, cp);
    } else {
      report(escPos, `unknown escape sequence '\\${e}'`, "warning");
      const cp = image.codePointAt(i - 1)!;
      if (wide) out.push(cp);
      else pushUtf8(out, cp);
      if (cp > 0xffff) i++;
    }
  }
  return out;
}

/** The value of a character constant; plain char is signed, as with gcc on x86. */
export function decodeCharLit(image: string, pos: number, terminated: boolean, report: Report): number {
  if (!terminated) return 0; // already reported; its contents are anyone's guess
  const wide = image[0] === "L";
  const units = decodeChars(image, wide ? 2 : 1, image.length - 1, pos, wide, report);
  if (units.length === 0) {
    report(pos, "empty character constant", "error");
    return 0;
  }
  if (wide) {
    if (units.length > 1) report(pos, "extraneous characters in character constant ignored", "warning");
    return units[0]! | 0;
  }
  if (units.length === 1) {
    const b = units[0]!;
    return b >= 128 ? b - 256 : b;
  }
  // gcc: 'ab' == ('a' << 8) | 'b', truncated to int
  report(pos, "multi-character character constant", "warning");
  let v = 0;
  for (const b of units) v = ((v << 8) | b) | 0;
  return v;
}

/**
 * The units of one string literal token, `"..."` or `L"..."`, without the terminating NUL:
 * bytes, or code points when `wide` (the literal it belongs to is wide).
 */
export function decodeStringLit(image: string, pos: number, terminated: boolean, report: Report, wide = false): number[] {
  const end = terminated ? image.length - 1 : image.length;
  return decodeChars(image, image[0] === "L" ? 2 : 1, end, pos, wide, report);
}
