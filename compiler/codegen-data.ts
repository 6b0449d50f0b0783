/**
 * @fileoverview Static storage: globals, static locals and string literals become bytes in
 * data, rodata or bss, with abs32 relocations for addresses (`int *p = &x;`,
 * `char *s = "hi";`). Initializers must be constant: anything else is reported.
 */

import { stringUnit, type Expr, type StringLit } from "./ast.js";
import type { Assembler } from "./asm.js";
import type { Diagnostics } from "./diagnostics.js";
import { evalConstant, wrap } from "./consteval.js";
import type { VarSym } from "./symbols.js";
import { alignOf, sizeOf, typeToString, type CType } from "./types.js";

/** Interns string literals into rodata as local symbols `.LC<n>`. */
export class StringPool {
  private readonly map = new Map<string, string>();
  private n = 0;
  constructor(private readonly asm: Assembler) {}

  symbolFor(s: StringLit): string {
    const unit = stringUnit(s);
    const key = (unit === 4 ? "L" : "") + s.bytes.join(",");
    let name = this.map.get(key);
    if (name === undefined) {
      name = `.LC${this.n++}`;
      // A wide literal is an array of 4-byte wchar_t: aligned as one, ended by a 4-byte NUL.
      const at = this.asm.alignSection("rodata", unit).push([...s.bytes, ...new Array<number>(unit).fill(0)]);
      this.asm.define(name, "rodata", at, s.bytes.length + unit, "object", "local");
      this.map.set(key, name);
    }
    return name;
  }
}

type StaticValue = { kind: "int"; value: bigint } | { kind: "addr"; sym: string; offset: number };

/** Evaluates a static initializer expression to a number or a symbol + offset. */
export function evalStatic(e: Expr, strings: StringPool): StaticValue | null {
  switch (e.kind) {
    case "intLit":
      return { kind: "int", value: e.value };
    case "charLit":
      return { kind: "int", value: BigInt(e.value) };
    case "stringLit":
      return { kind: "addr", sym: strings.symbolFor(e), offset: 0 };
    case "implicitCast":
    case "cast": {
      const to = e.ty!;
      const from = e.operand.ty!;
      // offsetof's `(size_t)&((T *)0)->m` is a number, not an address.
      if (to.kind === "int" && from.kind === "pointer") {
        const r = evalConstant(e);
        if (r.ok) return { kind: "int", value: r.value };
      }
      // Decay and address-preserving conversions.
      if (from.kind === "array" || from.kind === "function") return addrOf(e.operand, strings);
      const v = evalStatic(e.operand, strings);
      if (!v) return null;
      if (v.kind === "int") return { kind: "int", value: wrap(v.value, to) };
      if (to.kind === "pointer" || (to.kind === "int" && to.size === 4)) return v;
      return null;
    }
    case "unary":
      if (e.op === "&") return addrOf(e.operand, strings);
      if (e.op === "-" || e.op === "~" || e.op === "+" || e.op === "!") {
        const v = evalStatic(e.operand, strings);
        if (!v || v.kind !== "int") return null;
        const r = e.op === "-" ? -v.value : e.op === "~" ? ~v.value : e.op === "!" ? (v.value === 0n ? 1n : 0n) : v.value;
        return { kind: "int", value: wrap(r, e.ty!) };
      }
      return null;
    case "binary": {
      const a = evalStatic(e.left, strings);
      // && and || stop at a left operand that decides (`1 || 1 / 0` is the constant 1)
      if (a && (e.op === "&&" || e.op === "||")) {
        const truth = a.kind === "addr" || a.value !== 0n;
        if (truth === (e.op === "||")) return { kind: "int", value: truth ? 1n : 0n };
      }
      const b = evalStatic(e.right, strings);
      if (!a || !b) return null;
      if (a.kind === "addr" && b.kind === "int" && (e.op === "+" || e.op === "-")) {
        const lt = e.left.ty!;
        const scale = lt.kind === "pointer" ? sizeOf(lt.to) : 1;
        const d = Number(b.value) * scale;
        return { kind: "addr", sym: a.sym, offset: a.offset + (e.op === "+" ? d : -d) };
      }
      if (a.kind !== "int" || b.kind !== "int") return null;
      const x = a.value;
      const y = b.value;
      let r: bigint;
      switch (e.op) {
        case "+": r = x + y; break;
        case "-": r = x - y; break;
        case "*": r = x * y; break;
        case "/": if (y === 0n) return null; r = x / y; break;
        case "%": if (y === 0n) return null; r = x % y; break;
        case "<<": r = x << (y & 63n); break;
        case ">>": r = x >> (y & 63n); break;
        case "&": r = x & y; break;
        case "|": r = x | y; break;
        case "^": r = x ^ y; break;
        case "<": r = x < y ? 1n : 0n; break;
        case ">": r = x > y ? 1n : 0n; break;
        case "<=": r = x <= y ? 1n : 0n; break;
        case ">=": r = x >= y ? 1n : 0n; break;
        case "==": r = x === y ? 1n : 0n; break;
        case "!=": r = x !== y ? 1n : 0n; break;
        case "&&": r = x !== 0n && y !== 0n ? 1n : 0n; break;
        case "||": r = x !== 0n || y !== 0n ? 1n : 0n; break;
      }
      return { kind: "int", value: wrap(r, e.ty!) };
    }
    case "cond": {
      const c = evalStatic(e.cond, strings);
      if (!c || c.kind !== "int") return null;
      return evalStatic(c.value !== 0n ? e.then : e.else, strings);
    }
    case "ident":
      return null;
    default:
      return null;
  }
}

function addrOf(e: Expr, strings: StringPool): StaticValue | null {
  switch (e.kind) {
    case "ident": {
      const s = e.sym;
      if (s?.kind === "func") return { kind: "addr", sym: s.linkName, offset: 0 };
      if (s?.kind === "var" && (s.storage === "global" || s.storage === "static")) return { kind: "addr", sym: s.linkName, offset: 0 };
      return null;
    }
    case "stringLit":
      return { kind: "addr", sym: strings.symbolFor(e), offset: 0 };
    case "member": {
      if (e.arrow) {
        const b = evalStatic(e.base, strings);
        return b && b.kind === "addr" ? { ...b, offset: b.offset + (e.member?.offset ?? 0) } : null;
      }
      const b = addrOf(e.base, strings);
      return b && b.kind === "addr" ? { ...b, offset: b.offset + (e.member?.offset ?? 0) } : null;
    }
    case "index": {
      const b = evalStatic(e.base, strings);
      const i = evalStatic(e.index, strings);
      if (!b || b.kind !== "addr" || !i || i.kind !== "int") return null;
      return { ...b, offset: b.offset + Number(i.value) * sizeOf(e.ty!) };
    }
    case "unary":
      if (e.op === "*") {
        const v = evalStatic(e.operand, strings);
        return v && v.kind === "addr" ? v : null;
      }
      return null;
    case "implicitCast":
    case "cast":
      return addrOf(e.operand, strings);
    default:
      return null;
  }
}

function isReadOnly(t: CType): boolean {
  if (t.isConst) return true;
  if (t.kind === "array") return isReadOnly(t.of);
  return false;
}

/**
 * The largest static object: the machine's largest memory (vm/layout.ts MAX_MEMORY), so a
 * bigger one could never be loaded; caught here before its bytes are built.
 */
const MAX_STATIC_BYTES = 1024 * 1024 * 1024;

/** Lays out one static variable into data, rodata or bss and defines its symbol. */
export function emitStatic(asm: Assembler, v: VarSym, strings: StringPool, diags: Diagnostics): void {
  const size = Math.max(sizeOf(v.type), 0);
  const align = alignOf(v.type);
  if (size > MAX_STATIC_BYTES) {
    diags.error(v.pos, `'${v.name}' is too large: ${size} bytes, and the machine's memory is at most 1 GiB`);
    return;
  }
  if (!v.init || v.init.length === 0) {
    asm.bssSize = Math.ceil(asm.bssSize / align) * align;
    asm.align.bss = Math.max(asm.align.bss, align);
    asm.define(v.linkName, "bss", asm.bssSize, size, "object", v.binding, typeToString(v.type));
    asm.bssSize += size;
    return;
  }
  const bytes = new Uint8Array(size);
  const relocs: { offset: number; sym: string; addend: number }[] = [];
  for (const item of v.init) {
    if (item.expr.kind === "stringLit" && item.type.kind === "array") {
      const n = Math.min(item.expr.bytes.length + stringUnit(item.expr), sizeOf(item.type));
      for (let i = 0; i < n; i++) bytes[item.offset + i] = i < item.expr.bytes.length ? item.expr.bytes[i]! : 0;
      continue;
    }
    const val = evalStatic(item.expr, strings);
    if (!val) {
      diags.error(item.expr.pos, "initializer element is not a compile-time constant");
      continue;
    }
    const sz = sizeOf(item.type);
    if (item.type.kind === "struct") {
      diags.error(item.expr.pos, "initializer element is not a compile-time constant");
      continue;
    }
    if (val.kind === "addr") {
      if (sz !== 4) {
        diags.error(item.expr.pos, "initializer element is not a compile-time constant");
        continue;
      }
      for (let i = 0; i < 4; i++) bytes[item.offset + i] = 0;
      const prev = relocs.findIndex((r) => r.offset === item.offset);
      if (prev >= 0) relocs.splice(prev, 1);
      relocs.push({ offset: item.offset, sym: val.sym, addend: val.offset });
    } else {
      let x = BigInt.asUintN(64, val.value);
      for (let i = 0; i < sz; i++) {
        bytes[item.offset + i] = Number(x & 0xffn);
        x >>= 8n;
      }
      const prev = relocs.findIndex((r) => r.offset === item.offset);
      if (prev >= 0) relocs.splice(prev, 1);
    }
  }
  const allZero = relocs.length === 0 && bytes.every((b) => b === 0);
  if (allZero && !isReadOnly(v.type)) {
    v.init = null;
    emitStatic(asm, v, strings, diags);
    return;
  }
  const section = isReadOnly(v.type) && relocs.length === 0 ? "rodata" : "data";
  const at = asm.alignSection(section, align).push(bytes);
  asm.define(v.linkName, section, at, size, "object", v.binding, typeToString(v.type));
  for (const r of relocs) asm.dataReloc(section, at + r.offset, r.sym, r.addend);
}
