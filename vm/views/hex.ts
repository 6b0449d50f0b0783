/**
 * @fileoverview The `hex` view: `hexdump -C` of any address range, each row annotated
 * with what its bytes belong to: globals and functions (symbols), heap block headers,
 * links, payloads and footers, and on the stack saved frame pointers, return addresses
 * and named variables ("main:buf"). A continuing object is shown as "name+16". Rows
 * equal to the one before collapse to "*" as in hexdump, unless something starts there;
 * unmapped stretches are one line saying what the gap is.
 */

import { SLAB_BITMAP_OFF } from "../../libc/alloc/slab-layout.js";
import type { CoreImage } from "../core.js";
import { regionLabel } from "../memory.js";
import { Inspector, ViewError, asciiOf, canRead, hex32, plural, type Interval } from "./common.js";

export interface HexJson {
  addr: number;
  length: number;
  /** What the first byte is, e.g. "counter (data)". */
  what: string;
  /** One entry per byte: its value, or null when unmapped. */
  bytes: (number | null)[];
  /** Everything overlapping the range that a row can be labelled with. */
  annotations: Interval[];
}

const MAX_LEN = 1 << 20;
const DEFAULT_LEN = 64;

function parseNumber(s: string): number | null {
  if (/^0x[0-9a-f]+$/i.test(s)) return parseInt(s.slice(2), 16);
  if (/^\d+$/.test(s)) return Number(s);
  return null;
}

/** Resolves ADDR|SYMBOL[+-N]|FUNC:VAR|sp|fp|pc to an address and a default length. */
export function resolveAddress(ins: Inspector, spec: string): { addr: number; len: number } {
  const n = parseNumber(spec);
  if (n !== null) {
    if (n > 0xffffffff) throw new ViewError(`address ${spec} is beyond 32 bits`);
    return { addr: n, len: DEFAULT_LEN };
  }
  const v = /^([A-Za-z_]\w*):([A-Za-z_]\w*)$/.exec(spec);
  if (v) {
    const hit = ins.stackVars().find((s) => s.frame.frame.fn?.name === v[1] && s.v.name === v[2]);
    if (!hit) throw new ViewError(`no variable '${v[2]}' in a frame of '${v[1]}' on the stack`);
    return { addr: hit.addr, len: Math.max(hit.v.size, 1) };
  }
  const m = /^([A-Za-z_.$][\w.$]*)(?:([+-])(0x[0-9a-f]+|\d+))?$/i.exec(spec);
  if (m) {
    const off = m[3] === undefined ? 0 : (m[2] === "-" ? -1 : 1) * parseNumber(m[3])!;
    const sym = ins.symbolByName(m[1]!);
    if (sym) return { addr: sym.addr + off, len: off === 0 && sym.size > 0 ? sym.size : DEFAULT_LEN };
    const reg = m[1] === "sp" ? ins.sp : m[1] === "fp" ? ins.fp : m[1] === "pc" ? ins.core.pc : null;
    if (reg !== null) return { addr: reg + off, len: DEFAULT_LEN };
  }
  throw new ViewError(`'${spec}' is not an address, a symbol, FUNCTION:VARIABLE or sp/fp/pc`);
}

/** Labels for symbols, heap block parts and stack frames. */
function intervals(ins: Inspector): Interval[] {
  const core = ins.core;
  const out: Interval[] = [];
  for (const s of ins.objects) out.push({ start: s.addr, end: s.addr + s.size, label: s.name });
  const segregated = core.heap?.policy === "segregated";
  const slabs = new Map((core.heap?.slabs ?? []).map((x) => [x.header, x]));
  for (const b of core.heap?.blocks ?? []) {
    const end = b.header + b.size;
    const slab = slabs.get(b.header);
    if (slab !== undefined) {
      out.push({ start: b.header, end: b.payload, label: `header(${b.size},slab)` });
      const words = ["slab magic", `slot size (${slab.slotSize})`, "next slab", "prev slab", "slots in use"];
      words.forEach((label, i) => out.push({ start: b.payload + 4 * i, end: b.payload + 4 * i + 4, label }));
      const bitmapEnd = b.payload + SLAB_BITMAP_OFF + 4 * Math.ceil(slab.slots / 32);
      out.push({ start: b.payload + SLAB_BITMAP_OFF, end: bitmapEnd, label: "slot bitmap" });
      const live = new Set(slab.live);
      for (let i = 0; i < slab.slots; i++) {
        const p = slab.firstSlot + i * slab.slotSize;
        out.push({ start: p, end: p + slab.slotSize, label: live.has(p) ? `slot ${hex32(p)}` : "free slot" });
      }
      continue;
    }
    const footer = !segregated || b.free;
    out.push({ start: b.header, end: b.header + 4, label: `header(${b.size},${b.free ? "free" : "used"})` });
    if (b.free) {
      out.push({ start: b.payload, end: b.payload + 4, label: "next" });
      out.push({ start: b.payload + 4, end: b.payload + 8, label: "prev" });
      if (b.payload + 8 < end - 4) out.push({ start: b.payload + 8, end: end - 4, label: `free ${hex32(b.payload)}` });
    } else out.push({ start: b.payload, end: footer ? end - 4 : end, label: `block ${hex32(b.payload)}` });
    if (footer) out.push({ start: end - 4, end, label: "footer" });
  }
  for (const iv of ins.stackIntervals()) out.push(iv); // deep recursion: too many for push(...)
  return out;
}

export function collectHex(core: CoreImage, args: string[]): HexJson {
  const ins = new Inspector(core);
  if (args.length < 1 || args.length > 2) throw new ViewError("usage: hex ADDR|SYMBOL [LEN]");
  const r = resolveAddress(ins, args[0]!);
  let len = r.len;
  if (args[1] !== undefined) {
    const n = parseNumber(args[1]);
    if (n === null || n < 1 || n > MAX_LEN) throw new ViewError(`invalid length '${args[1]}' (1 to ${MAX_LEN} bytes)`);
    len = n;
  }
  const addr = r.addr >>> 0;
  len = Math.min(len, 0x100000000 - addr);
  const bytes: (number | null)[] = [];
  for (let i = 0; i < len; i++) bytes.push(canRead(core.mem, addr + i, 1) ? core.mem.u8[addr + i]! : null);
  const annotations = intervals(ins)
    .filter((iv) => iv.start < addr + len && iv.end > addr)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  return { addr, length: len, what: ins.describe(addr), bytes, annotations };
}

function rowLabels(d: HexJson, from: number, to: number): { text: string; starts: boolean } {
  const labels: string[] = [];
  let starts = false;
  for (const iv of d.annotations) {
    if (iv.start >= to || iv.end <= from) continue;
    const first = Math.max(from, iv.start);
    const off = first - iv.start;
    if (off === 0) starts = true;
    const l = off === 0 ? iv.label : `${iv.label}+${off}`;
    if (!labels.includes(l)) labels.push(l);
  }
  return { text: labels.join(" "), starts };
}

export function formatHex(d: HexJson, core: CoreImage): string {
  const out: string[] = [`Memory at ${hex32(d.addr)}: ${d.what}, ${plural(d.length, "byte")}`];
  const end = d.addr + d.length;
  let prevKey: string | null = null;
  let starred = false;
  let gapFrom: number | null = null;
  const flushGap = (to: number) => {
    if (gapFrom === null) return;
    out.push(`${hex32(gapFrom).slice(2)}  ... ${to.toString(16).padStart(8, "0")}  unmapped (${regionLabel(core.mem.region(gapFrom), true)})`);
    gapFrom = null;
  };
  for (let row = d.addr - (d.addr % 16); row < end; row += 16) {
    const from = Math.max(row, d.addr);
    const to = Math.min(row + 16, end);
    const cells: string[] = [];
    const chars: string[] = [];
    let readable = 0;
    for (let a = row; a < row + 16; a++) {
      if (a < from || a >= to) {
        cells.push("  ");
        chars.push(" ");
        continue;
      }
      const b = d.bytes[a - d.addr]!;
      if (b === null) {
        cells.push("??");
        chars.push(" ");
      } else {
        readable++;
        cells.push(b.toString(16).padStart(2, "0"));
        chars.push(asciiOf(Uint8Array.of(b)));
      }
    }
    if (readable === 0) {
      gapFrom ??= from;
      prevKey = null;
      starred = false;
      continue;
    }
    flushGap(from);
    const labels = rowLabels(d, from, to);
    const key = cells.join(" ");
    const last = row + 16 >= end;
    if (key === prevKey && !labels.starts && !last && to - from === 16) {
      if (!starred) out.push("*");
      starred = true;
      continue;
    }
    starred = false;
    prevKey = key;
    const hexPart = `${cells.slice(0, 8).join(" ")}  ${cells.slice(8).join(" ")}`;
    const line = `${hex32(row).slice(2)}  ${hexPart}  |${chars.join("")}|`;
    out.push(labels.text ? `${line}  ${labels.text}` : line);
  }
  flushGap(end);
  return out.join("\n") + "\n";
}
