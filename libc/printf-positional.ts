/**
 * @fileoverview Positional printf arguments (POSIX `%n$` and `*m$`), as glibc handles them.
 *
 * Variadic arguments sit on the stack in call order, each as wide as its type (a `long
 * long` takes two 4-byte slots), so the n-th one can only be found once the types of all
 * before it are known. A format that numbers its arguments is therefore read twice:
 *
 *   "%2$lld %1$d"   1. the conversions give each position a type: 1 int, 2 long long
 *                   2. the arguments are read in stack order:  [int][long long]
 *                   3. the ordinary engine formats "%lld %d" and is served
 *                      position 2, then position 1
 *
 * A conversion without a number takes the next unnumbered position, counted on its own
 * from 1 (glibc's rule; POSIX leaves mixing the two forms undefined). A position that no
 * conversion names is read as an int. The floating conversions, which minic prints as
 * their spec text without reading anything, still give their position the 8 bytes of a
 * double, so that the positions after it are found where C put them.
 */

import type { ArgSource } from "./printf.js";
import { FLAG_CHARS, readLength, type Length } from "./printf-spec.js";

/** How many stack words an argument position takes (0: none names it yet). */
type Width = 0 | 1 | 2;

/** Positions beyond this are refused (printf fails with EINVAL) rather than read. */
export const MAX_POSITION = 65536;

const PERCENT = 0x25;
const DOLLAR = 0x24;
const STAR = 0x2a;
const DOT = 0x2e;

const isDigit = (b: number | undefined): boolean => b !== undefined && b >= 0x30 && b <= 0x39;

/** The format rewritten without positions, and its arguments in the order it reads them. */
export interface Positional {
  format: Uint8Array;
  length: number;
  args: ArgSource;
}

/** Whether any conversion of the format (bytes [0, flen) of f) numbers its argument. */
export function hasPositions(f: Uint8Array, flen: number): boolean {
  for (let i = 0; i < flen; i++) {
    if (f[i] !== PERCENT) continue;
    if (f[i + 1] === PERCENT) i++;
    else if (readPosition(f, i + 1) !== null) return true;
  }
  return false;
}

/**
 * A positive decimal number followed by `$` at f[i], as glibc reads one: returns the
 * position (1-based) and where it ends, or null (the digits are something else: a flag,
 * a width).
 */
function readPosition(f: Uint8Array, i: number): { n: number; end: number } | null {
  let j = i;
  let n = 0;
  while (isDigit(f[j])) {
    n = Math.min(n * 10 + (f[j]! - 0x30), MAX_POSITION + 1);
    j++;
  }
  return j > i && n > 0 && f[j] === DOLLAR ? { n, end: j + 1 } : null;
}

/** A floating conversion: minic prints its spec text and reads no argument. */
const isFloat = (conv: number): boolean => "fFeEgGaA".includes(String.fromCharCode(conv));

/** The stack words the value of a conversion takes: 0 for none (%%, %m, an unknown one). */
function valueWidth(conv: number, length: Length): Width {
  const c = String.fromCharCode(conv);
  if ("diuoxXbB".includes(c)) return length === "ll" || length === "j" ? 2 : 1;
  if ("cCsSpn".includes(c)) return 1;
  return isFloat(conv) ? 2 : 0;
}

/**
 * Rewrites a format that numbers its arguments (hasPositions) and reads the arguments it
 * names from `src`; null when a position is past MAX_POSITION.
 */
export function positional(f: Uint8Array, flen: number, src: ArgSource): Positional | null {
  const out = new Uint8Array(flen + 3);
  let o = 0;
  /** Argument positions (0-based) in the order the rewritten format reads them. */
  const order: number[] = [];
  const widths: Width[] = [];
  let next = 0; // the next unnumbered position
  const use = (pos: number, w: Width): boolean => {
    if (pos >= MAX_POSITION) return false;
    while (widths.length <= pos) widths.push(0);
    if (w !== 0) widths[pos] = w;
    return true;
  };
  let i = 0;
  while (i < flen) {
    const c = f[i]!;
    out[o++] = c;
    i++;
    if (c !== PERCENT) continue;
    const p = readPosition(f, i);
    if (p !== null) i = p.end;
    while (i < flen && FLAG_CHARS.includes(String.fromCharCode(f[i]!))) out[o++] = f[i++]!;
    // width and precision: digits, `*` or `*m$`
    for (let part = 0; part < 2; part++) {
      if (part === 1) {
        if (f[i] !== DOT) break;
        out[o++] = f[i++]!;
      }
      if (f[i] === STAR) {
        out[o++] = f[i++]!;
        const q = readPosition(f, i);
        const pos = q !== null ? q.n - 1 : next++;
        if (q !== null) i = q.end;
        if (!use(pos, 1)) return null;
        order.push(pos);
      } else {
        while (isDigit(f[i])) out[o++] = f[i++]!;
      }
    }
    const { length, end } = readLength(f, i);
    while (i < end) out[o++] = f[i++]!;
    if (i >= flen) break;
    const conv = f[i]!;
    out[o++] = conv;
    i++;
    const w = valueWidth(conv, length); // 0 for %%
    if (w === 0) continue;
    const pos = p !== null ? p.n - 1 : next++;
    if (!use(pos, w)) return null;
    if (!isFloat(conv)) order.push(pos);
  }
  // Read every position in stack order, each as wide as its type (int when unnamed).
  const values: (number | bigint)[] = widths.map((w) => (w === 2 ? src.dword() : src.word()));
  let k = 0;
  const nextValue = (): number | bigint => {
    const pos = order[k++];
    return pos === undefined ? 0 : values[pos]!;
  };
  return {
    format: out,
    length: o,
    args: {
      word() {
        const v = nextValue();
        return typeof v === "bigint" ? Number(v & 0xffffffffn) : v;
      },
      dword() {
        const v = nextValue();
        return typeof v === "bigint" ? v : BigInt(v >>> 0);
      },
    },
  };
}
