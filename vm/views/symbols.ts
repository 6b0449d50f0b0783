/**
 * @fileoverview The `symbols` view: the program's functions and globals in address order
 * with their current values, shown by C type when the compiler recorded it (globals of C
 * programs); otherwise (libc's own state) by size: a 1-, 2-, 4- or 8-byte object as a
 * signed integer of that size (with its hex, and where a 4-byte value is a mapped address,
 * what it points at), anything else as a string or its first bytes. libc's own symbols
 * are left out unless asked for (--all).
 */

import type { CoreImage } from "../core.js";
import { Inspector, canRead, exitWords, hex32, isLibc, plural, programName, type ViewOptions } from "./common.js";
import { sizedValue, typedValue } from "./values.js";

export interface SymbolRow {
  name: string;
  addr: number;
  size: number;
  section: string;
  kind: string;
  binding: string;
  module: string;
  /** The value as shown (null for functions). */
  value: string | null;
  /** Hex of the first bytes (up to 64) of an object; "" for functions. */
  bytes: string;
}

export interface SymbolsJson {
  program: string;
  state: string;
  symbols: SymbolRow[];
  /** libc symbols left out (0 with --all). */
  hidden: number;
}

export function collectSymbols(core: CoreImage, opts: ViewOptions = {}): SymbolsJson {
  const ins = new Inspector(core);
  const all = core.exe.symbols.slice().sort((a, b) => a.addr - b.addr || a.name.localeCompare(b.name));
  const shown = opts.all ? all : all.filter((s) => !isLibc(s));
  const rows = shown.map((s): SymbolRow => {
    let value: string | null = null;
    let bytes = "";
    if (s.kind !== "func") {
      value = s.type !== undefined ? typedValue(ins, s.addr, s.type, s.size) : s.size > 0 ? sizedValue(ins, s.addr, s.size) : "(size unknown)";
      const n = Math.min(s.size, 64);
      if (canRead(core.mem, s.addr, n)) bytes = Buffer.from(core.mem.u8.subarray(s.addr, s.addr + n)).toString("hex");
    }
    return { name: s.name, addr: s.addr, size: s.size, section: s.section, kind: s.kind, binding: s.binding, module: s.module, value, bytes };
  });
  return { program: programName(core), state: exitWords(core), symbols: rows, hidden: all.length - shown.length };
}

function funcNote(core: CoreImage, r: SymbolRow): string {
  if (r.module.startsWith("libc.a(")) return `libc function [${r.module}]`;
  const dbg = core.exe.funcs.find((f) => f.addr === r.addr);
  return dbg ? `function, ${dbg.file}:${dbg.line}` : "function";
}

export function formatSymbols(d: SymbolsJson, core: CoreImage): string {
  const out: string[] = [];
  const hidden = d.hidden > 0 ? `; ${plural(d.hidden, "libc symbol")} not shown (--all shows them)` : "";
  out.push(`Symbols of ${d.program} (${d.state})${hidden}:`);
  const w = Math.max(4, ...d.symbols.map((s) => s.name.length));
  out.push(`  address       size  section  bind    ${"name".padEnd(w)}  value`);
  for (const s of d.symbols) {
    const value = s.kind === "func" ? funcNote(core, s) : s.value!;
    const mod = s.kind !== "func" && s.module.startsWith("libc.a(") ? `  [${s.module}]` : "";
    out.push(`  ${hex32(s.addr)}  ${String(s.size).padStart(6)}  ${s.section.padEnd(7)}  ${s.binding.padEnd(6)}  ${s.name.padEnd(w)}  ${value}${mod}`);
  }
  return out.join("\n") + "\n";
}
