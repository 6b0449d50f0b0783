/**
 * @fileoverview The linker: object modules + the libc archive -> an executable image.
 *
 *  1. resolve: collect global definitions (a second definition is an error), then pull
 *     archive members that define still-undefined symbols, until nothing changes;
 *  2. lay out: all text first (the start-up routine `_start` leads), then rodata, data and
 *     bss, each output section page-aligned so that each gets its own permissions;
 *  3. relocate: patch every abs32 / pc32 / native field with final addresses.
 */

import { INSN_SIZE, Op, encode } from "../vm/isa.js";
import { TEXT_BASE, pageAlign } from "../vm/layout.js";
import type { ExeSymbol, Executable, ObjSymbol, ObjectModule, SectionName, Segment } from "./object.js";

export class LinkError extends Error {
  constructor(readonly messages: string[]) {
    super(messages.join("\n"));
  }
}

/** The start-up routine: main(argc, argv) with argc/argv left on the stack by the loader, then exit(status). */
export function crt0(): ObjectModule {
  const text = new Uint8Array(4 * INSN_SIZE);
  encode(text, 0, Op.CALL, 0, 0, 0, 0);
  encode(text, 8, Op.PUSH, 0, 0, 0, 0);
  encode(text, 16, Op.CALL, 0, 0, 0, 0);
  encode(text, 24, Op.HALT, 0, 0, 0, 0);
  return {
    name: "crt0.o",
    text,
    rodata: new Uint8Array(0),
    data: new Uint8Array(0),
    bssSize: 0,
    align: { text: 8, rodata: 1, data: 1, bss: 1 },
    symbols: [
      { name: "_start", binding: "global", section: "text", offset: 0, size: text.length, kind: "func" },
      { name: "main", binding: "global", section: "undef", offset: 0, size: 0, kind: "notype" },
      { name: "exit", binding: "global", section: "undef", offset: 0, size: 0, kind: "notype" },
    ],
    relocations: [
      { section: "text", offset: 4, type: "pc32", symbol: 1, addend: -4 },
      { section: "text", offset: 20, type: "pc32", symbol: 2, addend: -4 },
    ],
    lines: [],
    funcs: [],
  };
}

interface Placed {
  mod: ObjectModule;
  base: Record<SectionName, number>;
}

const quote = (s: string) => `'${s}'`;

/** Links `objects` (in command-line order) with members of `archive` pulled in on demand. */
export function link(objects: ObjectModule[], archive: ObjectModule[]): Executable {
  const errors: string[] = [];
  const modules: ObjectModule[] = [crt0(), ...objects];

  // --- resolve ------------------------------------------------------------------------
  const globals = new Map<string, { mod: ObjectModule; sym: ObjSymbol }>();
  const define = (mod: ObjectModule) => {
    for (const s of mod.symbols) {
      if (s.binding !== "global" || s.section === "undef") continue;
      const prev = globals.get(s.name);
      if (prev) {
        errors.push(`${mod.name}: multiple definition of ${quote(s.name)}; ${prev.mod.name}: first defined here`);
        continue;
      }
      globals.set(s.name, { mod, sym: s });
    }
  };
  modules.forEach(define);
  const memberOf = new Map<string, ObjectModule>();
  for (const m of archive) {
    for (const s of m.symbols) if (s.binding === "global" && s.section !== "undef" && !memberOf.has(s.name)) memberOf.set(s.name, m);
  }
  const pulled = new Set<ObjectModule>();
  for (let i = 0; i < modules.length; i++) {
    for (const s of modules[i]!.symbols) {
      if (s.section !== "undef" || globals.has(s.name)) continue;
      const m = memberOf.get(s.name);
      if (m && !pulled.has(m)) {
        pulled.add(m);
        modules.push(m);
        define(m);
      }
    }
  }
  // Undefined references, reported like ld: where each was referenced from.
  const seen = new Set<string>();
  for (const mod of modules) {
    for (const r of mod.relocations) {
      if (typeof r.symbol !== "number") continue;
      const s = mod.symbols[r.symbol]!;
      if (s.section !== "undef" || globals.has(s.name)) continue;
      const where = r.section === "text" ? functionAt(mod, r.offset) : null;
      const key = `${mod.name}\0${where ?? ""}\0${s.name}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const line = r.section === "text" ? lineAt(mod, r.offset) : null;
      const site = line ? `${line.file}:${line.line}` : `${mod.name}:(.${r.section}+0x${r.offset.toString(16)})`;
      errors.push(`${mod.name}: in function ${quote(where ?? "(unknown)")}:\n${site}: undefined reference to ${quote(s.name)}`);
    }
  }
  if (errors.length) throw new LinkError(errors);

  // --- lay out ------------------------------------------------------------------------
  const placed: Placed[] = modules.map((mod) => ({ mod, base: { text: 0, rodata: 0, data: 0, bss: 0 } }));
  const alignUp = (n: number, a: number) => Math.ceil(n / a) * a;
  let at = TEXT_BASE;
  for (const p of placed) {
    at = alignUp(at, Math.max(p.mod.align.text, INSN_SIZE));
    p.base.text = at;
    at += p.mod.text.length;
  }
  const textEnd = at;
  at = pageAlign(textEnd);
  const rodataStart = at;
  for (const p of placed) {
    at = alignUp(at, p.mod.align.rodata);
    p.base.rodata = at;
    at += p.mod.rodata.length;
  }
  const rodataEnd = at;
  at = pageAlign(rodataEnd === rodataStart ? rodataStart : rodataEnd);
  const dataStart = at;
  for (const p of placed) {
    at = alignUp(at, p.mod.align.data);
    p.base.data = at;
    at += p.mod.data.length;
  }
  const dataEnd = at;
  at = alignUp(dataEnd, 8);
  const bssStart = at;
  for (const p of placed) {
    at = alignUp(at, p.mod.align.bss);
    p.base.bss = at;
    at += p.mod.bssSize;
  }
  const bssEnd = at;
  if (bssEnd > 0x7fffffff) throw new LinkError([`program too large: ${bssEnd} bytes of code and data`]);

  const image: Record<SectionName, Uint8Array> = {
    text: new Uint8Array(textEnd - TEXT_BASE),
    rodata: new Uint8Array(rodataEnd - rodataStart),
    data: new Uint8Array(dataEnd - dataStart),
    bss: new Uint8Array(0),
  };
  const start: Record<SectionName, number> = { text: TEXT_BASE, rodata: rodataStart, data: dataStart, bss: bssStart };
  for (const p of placed) {
    image.text.set(p.mod.text, p.base.text - TEXT_BASE);
    image.rodata.set(p.mod.rodata, p.base.rodata - rodataStart);
    image.data.set(p.mod.data, p.base.data - dataStart);
  }

  // --- symbols and relocations ---------------------------------------------------------
  const symAddr = (p: Placed, s: ObjSymbol): number => {
    if (s.section === "undef") {
      const g = globals.get(s.name)!;
      const gp = placed.find((x) => x.mod === g.mod)!;
      return gp.base[g.sym.section as SectionName] + g.sym.offset;
    }
    return p.base[s.section] + s.offset;
  };
  const natives: string[] = [];
  const nativeIndex = new Map<string, number>();
  for (const p of placed) {
    for (const r of p.mod.relocations) {
      const field = p.base[r.section] + r.offset;
      let v: number;
      if (r.type === "native") {
        const name = String(r.symbol);
        let idx = nativeIndex.get(name);
        if (idx === undefined) {
          idx = natives.length;
          natives.push(name);
          nativeIndex.set(name, idx);
        }
        v = idx;
      } else {
        const s = p.mod.symbols[r.symbol as number]!;
        const S = symAddr(p, s);
        v = r.type === "abs32" ? S + r.addend : S + r.addend - field;
      }
      const buf = image[r.section];
      const o = field - start[r.section];
      buf[o] = v & 0xff;
      buf[o + 1] = (v >>> 8) & 0xff;
      buf[o + 2] = (v >>> 16) & 0xff;
      buf[o + 3] = (v >>> 24) & 0xff;
    }
  }

  const symbols: ExeSymbol[] = [];
  for (const p of placed) {
    for (const s of p.mod.symbols) {
      if (s.section === "undef" || s.name.startsWith(".")) continue;
      symbols.push({
        name: s.name,
        addr: p.base[s.section] + s.offset,
        size: s.size,
        kind: s.kind,
        section: s.section,
        binding: s.binding,
        module: p.mod.name,
        ...(s.type === undefined ? {} : { type: s.type }),
      });
    }
  }
  symbols.sort((a, b) => a.addr - b.addr);
  const lines = placed.flatMap((p) => p.mod.lines.map((l) => ({ addr: p.base.text + l.offset, file: l.file, line: l.line })));
  lines.sort((a, b) => a.addr - b.addr);
  const funcs = placed.flatMap((p) => p.mod.funcs.map((f) => ({ ...f, addr: p.base.text + f.start, endAddr: p.base.text + f.end })));

  const segments: Segment[] = [
    { name: "text", start: TEXT_BASE, bytes: image.text, size: image.text.length, perm: "r-x" },
    { name: "rodata", start: rodataStart, bytes: image.rodata, size: image.rodata.length, perm: "r--" },
    { name: "data", start: dataStart, bytes: image.data, size: image.data.length, perm: "rw-" },
    { name: "bss", start: bssStart, bytes: new Uint8Array(0), size: bssEnd - bssStart, perm: "rw-" },
  ];
  const entry = globals.get("_start")!;
  return { entry: placed[0]!.base.text + entry.sym.offset, segments, symbols, lines, funcs, natives };
}

function functionAt(mod: ObjectModule, offset: number): string | null {
  const f = mod.funcs.find((x) => offset >= x.start && offset < x.end);
  if (f) return f.name;
  let best: ObjSymbol | null = null;
  for (const s of mod.symbols) {
    if (s.section === "text" && s.kind === "func" && s.offset <= offset && offset < s.offset + s.size) best = s;
  }
  return best?.name ?? null;
}

function lineAt(mod: ObjectModule, offset: number): { file: string; line: number } | null {
  let best = null;
  for (const l of mod.lines) {
    if (l.offset <= offset) best = l;
    else break;
  }
  return best;
}
