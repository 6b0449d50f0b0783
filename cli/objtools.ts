/**
 * @fileoverview `minic objdump` and `minic nm`: readable views of object modules and
 * executables, in the spirit of binutils.
 */

import type { ObjSymbol, ObjectModule } from "../linker/object.js";
import { disassemble, disassembleExecutable } from "../vm/disasm.js";
import { hex32 } from "../vm/memory.js";
import type { Input } from "./driver.js";

const hex8 = (n: number) => (n >>> 0).toString(16).padStart(8, "0");

/** nm's one-letter type: upper case for global symbols. */
function nmType(section: string, binding: string): string {
  const c = section === "text" ? "t" : section === "data" ? "d" : section === "bss" ? "b" : section === "rodata" ? "r" : "u";
  return binding === "global" || c === "u" ? c.toUpperCase() : c;
}

export function formatNm(input: Input): string {
  const rows: { addr: number | null; type: string; name: string }[] = [];
  if (input.kind === "object") {
    for (const s of input.object.symbols) {
      if (s.name.startsWith(".")) continue;
      rows.push({ addr: s.section === "undef" ? null : s.offset, type: nmType(s.section, s.binding), name: s.name });
    }
  } else {
    for (const s of input.exe.symbols) rows.push({ addr: s.addr, type: nmType(s.section, s.binding), name: s.name });
  }
  rows.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return rows.map((r) => `${r.addr === null ? " ".repeat(8) : hex8(r.addr)} ${r.type} ${r.name}\n`).join("");
}

function objectDump(m: ObjectModule, file: string): string {
  const out: string[] = [];
  out.push(`${file}:     file format minic-object`, "");
  out.push("Sections:", "Idx Name          Size      Align");
  const sizes: [string, number, number][] = [
    ["text", m.text.length, m.align.text],
    ["rodata", m.rodata.length, m.align.rodata],
    ["data", m.data.length, m.align.data],
    ["bss", m.bssSize, m.align.bss],
  ];
  sizes.forEach(([n, s, a], i) => out.push(`${String(i).padStart(3)} .${n.padEnd(12)} ${hex8(s)}  2**${Math.log2(a)}`));
  out.push("", "SYMBOL TABLE:");
  for (const s of m.symbols) {
    if (s.name.startsWith(".")) continue;
    out.push(`${hex8(s.offset)} ${s.binding === "global" ? "g" : "l"} ${s.kind === "func" ? "F" : s.kind === "object" ? "O" : " "} ${(s.section === "undef" ? "*UND*" : "." + s.section).padEnd(8)} ${hex8(s.size)} ${s.name}`);
  }
  if (m.relocations.length) {
    out.push("", "RELOCATION RECORDS:", "SECTION  OFFSET   TYPE     VALUE");
    for (const r of m.relocations) {
      const v = typeof r.symbol === "number" ? symName(m.symbols[r.symbol]!) : String(r.symbol);
      out.push(`.${r.section.padEnd(7)} ${hex8(r.offset)} ${r.type.padEnd(8)} ${v}${r.addend ? (r.addend > 0 ? `+${r.addend}` : `${r.addend}`) : ""}`);
    }
  }
  out.push("", "Disassembly of section .text:");
  const byOffset = new Map<number, string>();
  for (const s of m.symbols) if (s.section === "text") byOffset.set(s.offset, s.name);
  const relocAt = new Map<number, string>();
  for (const r of m.relocations) {
    if (r.section !== "text") continue;
    relocAt.set(r.offset - 4, typeof r.symbol === "number" ? symName(m.symbols[r.symbol]!) : `native ${String(r.symbol)}`);
  }
  const text = disassemble(m.text, 0, {
    symbolAt: (a) => byOffset.get(a) ?? null,
    lines: m.lines.map((l) => ({ addr: l.offset, file: l.file, line: l.line })),
    annotateTarget: () => null,
  });
  // a loop, not push(...lines): a big program's lines would overflow the argument stack
  for (const line of text) {
    const mm = /^([0-9a-f]{8}):/.exec(line);
    const rel = mm ? relocAt.get(parseInt(mm[1]!, 16)) : undefined;
    out.push(rel ? `${line.padEnd(48)} ; reloc ${rel}` : line);
  }
  return out.join("\n") + "\n";
}

function symName(s: ObjSymbol): string {
  return s.name;
}

export function formatObjdump(input: Input, file: string): string {
  if (input.kind === "object") return objectDump(input.object, file);
  const e = input.exe;
  const out: string[] = [];
  out.push(`${file}:     file format minic-executable`, "", `entry point: ${hex32(e.entry)}`, "");
  out.push("Segments:", "Name      Start       End         Size      Perm");
  for (const s of e.segments) out.push(`${s.name.padEnd(9)} ${hex32(s.start)}  ${hex32(s.start + s.size)}  ${hex8(s.size)}  ${s.perm}`);
  out.push("", "SYMBOL TABLE:");
  for (const s of e.symbols) out.push(`${hex8(s.addr)} ${s.binding === "global" ? "g" : "l"} ${s.kind === "func" ? "F" : s.kind === "object" ? "O" : " "} .${s.section.padEnd(7)} ${hex8(s.size)} ${s.name}  (${s.module})`);
  if (e.natives.length) out.push("", `libc natives: ${e.natives.join(", ")}`);
  out.push("", "Disassembly of section .text:");
  for (const line of disassembleExecutable(e)) out.push(line);
  return out.join("\n") + "\n";
}
