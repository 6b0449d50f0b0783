/**
 * @fileoverview C values read out of memory for the views. Locals come with their C type
 * as the compiler printed it ("int", "struct node *", "char [8]"); this file parses such
 * a string just far enough to choose a rendering. Globals have only a size, so they are
 * shown as integers of that size (`sizedValue`).
 */

import { assertNever } from "../../compiler/types.js";
import { canRead, cLiteral, hex32, hexBytes, peekCString, peekU32, type Inspector } from "./common.js";

type Shape =
  | { kind: "int"; size: 1 | 2 | 4 | 8; signed: boolean; char: boolean }
  | { kind: "pointer"; charTarget: boolean; fn: boolean }
  | { kind: "array"; elem: string; count: number }
  | { kind: "bytes" };

const INTS: Record<string, { size: 1 | 2 | 4 | 8; signed: boolean; char?: boolean }> = {
  _Bool: { size: 1, signed: false },
  char: { size: 1, signed: true, char: true },
  "signed char": { size: 1, signed: true, char: true },
  "unsigned char": { size: 1, signed: false, char: true },
  short: { size: 2, signed: true },
  "unsigned short": { size: 2, signed: false },
  int: { size: 4, signed: true },
  "unsigned int": { size: 4, signed: false },
  long: { size: 4, signed: true },
  "unsigned long": { size: 4, signed: false },
  "long long": { size: 8, signed: true },
  "unsigned long long": { size: 8, signed: false },
};

function stripQualifiers(t: string): string {
  let s = t.trim();
  for (;;) {
    const m = /^(const|volatile)\s+/.exec(s);
    if (!m) return s;
    s = s.slice(m[0].length);
  }
}

/** Index of the first '[' outside parentheses, or -1. */
function topLevelBracket(t: string): number {
  let depth = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "[" && depth === 0) return i;
  }
  return -1;
}

export function shapeOf(type: string): Shape {
  const t = stripQualifiers(type);
  // Pointers to functions or arrays print as "int (*)(int)", "int (*)[4]".
  if (/\(\*\s*(const\s*)?\)/.test(t)) return { kind: "pointer", charTarget: false, fn: /\)\s*\(/.test(t) };
  if (/\*\s*(const|volatile)?\s*$/.test(t)) {
    const to = stripQualifiers(t.slice(0, t.lastIndexOf("*")));
    return { kind: "pointer", charTarget: to === "char" || to === "signed char" || to === "unsigned char", fn: false };
  }
  const br = topLevelBracket(t);
  if (br >= 0 && t.endsWith("]")) {
    const close = t.indexOf("]", br);
    const count = Number(t.slice(br + 1, close));
    if (close > br + 1 && Number.isInteger(count)) return { kind: "array", elem: (t.slice(0, br).trim() + " " + t.slice(close + 1)).trim(), count };
    return { kind: "bytes" };
  }
  if (/^enum\s/.test(t)) return { kind: "int", size: 4, signed: true, char: false };
  const i = INTS[t];
  if (i) return { kind: "int", size: i.size, signed: i.signed, char: i.char === true };
  return { kind: "bytes" };
}

function intValue(ins: Inspector, addr: number, size: 1 | 2 | 4 | 8, signed: boolean): bigint | null {
  if (!canRead(ins.mem, addr, size)) return null;
  let v = 0n;
  for (let i = size - 1; i >= 0; i--) v = (v << 8n) | BigInt(ins.mem.u8[addr + i]!);
  return signed ? BigInt.asIntN(size * 8, v) : v;
}

function charName(c: number): string {
  const b = c & 0xff;
  if (b === 0) return "'\\0'";
  if (b === 10) return "'\\n'";
  if (b === 39) return "'\\''";
  if (b >= 32 && b < 127) return `'${String.fromCharCode(b)}'`;
  return `'\\x${b.toString(16).padStart(2, "0")}'`;
}

function unreadable(ins: Inspector, addr: number): string {
  return `<unreadable: ${hex32(addr)} is ${ins.describe(addr).replace(/^unmapped: /, "")}>`;
}

/** "0x00015008 -> heap block 0x00015008 (used)", with the string for char pointers. */
export function pointerValue(ins: Inspector, p: number, charTarget: boolean): string {
  if (p === 0) return "0x00000000 (NULL)";
  const where = ins.describe(p);
  if (charTarget && !where.startsWith("unmapped")) {
    const s = peekCString(ins.mem, p);
    if (s !== null) return `${hex32(p)} -> ${cLiteral(s)} in ${where}`;
  }
  return `${hex32(p)} -> ${where}`;
}

function bytesPreview(ins: Inspector, addr: number, size: number): string {
  const n = Math.min(size, 16);
  if (!canRead(ins.mem, addr, n)) return unreadable(ins, addr);
  return `{ ${hexBytes(ins.mem.u8.subarray(addr, addr + n))}${size > n ? " ..." : ""} }`;
}

/** The value of an object of C type `type` (and `size` bytes) at addr, as one line. */
export function typedValue(ins: Inspector, addr: number, type: string, size: number, depth = 0): string {
  const sh = shapeOf(type);
  switch (sh.kind) {
    case "int": {
      const v = intValue(ins, addr, sh.size, sh.signed);
      if (v === null) return unreadable(ins, addr);
      return sh.char ? `${v} ${charName(Number(v))}` : String(v);
    }
    case "pointer": {
      const p = peekU32(ins.mem, addr);
      if (p === null) return unreadable(ins, addr);
      return pointerValue(ins, p, sh.charTarget);
    }
    case "array": {
      const elem = shapeOf(sh.elem);
      if (elem.kind === "int" && elem.char) {
        const n = Math.min(size, 64);
        if (!canRead(ins.mem, addr, n)) return unreadable(ins, addr);
        const bytes = ins.mem.u8.subarray(addr, addr + n);
        const nul = bytes.indexOf(0);
        return cLiteral(nul >= 0 ? bytes.subarray(0, nul) : bytes) + (nul < 0 && size > n ? "..." : "");
      }
      if (depth > 0 || sh.count === 0) return bytesPreview(ins, addr, size);
      const esize = size / sh.count;
      if (!Number.isInteger(esize) || esize <= 0) return bytesPreview(ins, addr, size);
      const shown = Math.min(sh.count, 8);
      const items: string[] = [];
      for (let i = 0; i < shown; i++) items.push(typedValue(ins, addr + i * esize, sh.elem, esize, depth + 1));
      return `{${items.join(", ")}${sh.count > shown ? `, ... (${sh.count} elements)` : ""}}`;
    }
    case "bytes":
      return bytesPreview(ins, addr, size);
    default:
      return assertNever(sh, "value shape");
  }
}

/** A global's value from its size alone: integers for 1, 2, 4 and 8 bytes, a string or bytes otherwise. */
export function sizedValue(ins: Inspector, addr: number, size: number): string {
  if (size === 1 || size === 2 || size === 4 || size === 8) {
    const v = intValue(ins, addr, size, true);
    if (v === null) return unreadable(ins, addr);
    const u = BigInt.asUintN(size * 8, v);
    let s = `${v} (0x${u.toString(16).padStart(size * 2, "0")})`;
    if (size === 4 && u >= 0x10000n) {
      const where = ins.describe(Number(u));
      // Unnamed rodata is almost always a string literal: show it.
      const str = where === "rodata" ? peekCString(ins.mem, Number(u), 64) : null;
      if (str !== null) s += ` -> ${cLiteral(str)} in rodata`;
      else if (!where.startsWith("unmapped")) s += ` -> ${where}`;
    }
    if (size !== 8) return s;
    const text = printablePrefix(ins, addr, size);
    return text === null ? s : cLiteral(text);
  }
  if (!canRead(ins.mem, addr, Math.min(size, 64))) return unreadable(ins, addr);
  return cLiteralOrNull(printablePrefix(ins, addr, size)) ?? bytesPreview(ins, addr, size);
}

function cLiteralOrNull(b: Uint8Array | null): string | null {
  return b === null ? null : cLiteral(b);
}

/**
 * The text of a char array: at least two printable characters, then a NUL and nothing
 * but NULs after it (within the first 64 bytes); null when the bytes do not look so.
 */
function printablePrefix(ins: Inspector, addr: number, size: number): Uint8Array | null {
  const n = Math.min(size, 64);
  if (!canRead(ins.mem, addr, n)) return null;
  const bytes = ins.mem.u8.subarray(addr, addr + n);
  const nul = bytes.indexOf(0);
  if (nul < 2) return null;
  const text = bytes.subarray(0, nul);
  if (!text.every((b) => (b >= 32 && b < 127) || b === 10 || b === 9)) return null;
  if (!bytes.subarray(nul).every((b) => b === 0)) return null;
  return text;
}
