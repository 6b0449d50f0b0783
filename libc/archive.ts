/**
 * @fileoverview libc.a: each LibcMember becomes an object module like any other, so the
 * linker treats the C library exactly as it treats the program's own objects. A native
 * function's code is the two instructions that hand control to its TypeScript body:
 *
 *     malloc:  native  <index of "malloc">   ; patched by the linker (relocation "native")
 *              ret
 */

import { INSN_SIZE, Op, encode } from "../vm/isa.js";
import type { ObjSymbol, ObjectModule, Relocation } from "../linker/object.js";
import type { LibcMember } from "./abi.js";

export function memberToObject(m: LibcMember): ObjectModule {
  const names = Object.keys(m.functions);
  const text = new Uint8Array(names.length * 2 * INSN_SIZE);
  const symbols: ObjSymbol[] = [];
  const relocations: Relocation[] = [];
  names.forEach((name, i) => {
    const at = i * 2 * INSN_SIZE;
    encode(text, at, Op.NATIVE, 0, 0, 0, 0);
    encode(text, at + INSN_SIZE, Op.RET, 0, 0, 0, 0);
    symbols.push({ name, binding: "global", section: "text", offset: at, size: 2 * INSN_SIZE, kind: "func" });
    relocations.push({ section: "text", offset: at + 4, type: "native", symbol: name, addend: 0 });
  });
  const data: number[] = [];
  let bss = 0;
  let dataAlign = 1;
  let bssAlign = 1;
  for (const d of m.data ?? []) {
    const align = d.align ?? 4;
    if (d.init) {
      while (data.length % align) data.push(0);
      dataAlign = Math.max(dataAlign, align);
      symbols.push({ name: d.name, binding: "global", section: "data", offset: data.length, size: d.size, kind: "object" });
      for (let i = 0; i < d.size; i++) data.push(d.init[i] ?? 0);
    } else {
      bss = Math.ceil(bss / align) * align;
      bssAlign = Math.max(bssAlign, align);
      symbols.push({ name: d.name, binding: "global", section: "bss", offset: bss, size: d.size, kind: "object" });
      bss += d.size;
    }
  }
  for (const n of m.needs ?? []) symbols.push({ name: n, binding: "global", section: "undef", offset: 0, size: 0, kind: "notype" });
  return {
    name: `libc.a(${m.name})`,
    text,
    rodata: new Uint8Array(0),
    data: new Uint8Array(data),
    bssSize: bss,
    align: { text: 8, rodata: 1, data: dataAlign, bss: bssAlign },
    symbols,
    relocations,
    lines: [],
    funcs: [],
  };
}

export function archiveFromMembers(members: LibcMember[]): ObjectModule[] {
  return members.map(memberToObject);
}
