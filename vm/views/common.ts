/**
 * @fileoverview What every dump view shares: the Inspector, which answers "what is at this
 * address?" for a CoreImage (symbol, heap block part, stack variable, region), plus byte
 * formatting helpers. Views never read memory through the checked accessors: an unmapped
 * byte is something to show, not a fault.
 */

import type { ExeSymbol, FuncDebug, VarDebug } from "../../linker/object.js";
import type { CoreImage } from "../core.js";
import { R_FP, R_SP } from "../isa.js";
import { PERM_R, hex32, regionLabel, type Memory } from "../memory.js";
import { functionAt, lineAt, walkStack, type Frame, type StackState } from "../report.js";

export { hex32 };

export class ViewError extends Error {}

export interface ViewOptions {
  /** Source text of a file named in the line table, or null (disasm). */
  readSource?: (file: string) => string | null;
  /** Show libc's symbols too (symbols). */
  all?: boolean;
}

/** "1 MiB", "8 KiB", "9704 B": exact, as in the --dump summary. */
export function human(n: number): string {
  if (n >= 1024 * 1024 && n % (1024 * 1024) === 0) return `${n / (1024 * 1024)} MiB`;
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024} KiB`;
  return `${n} B`;
}

/** "14.9 MiB": rounded, for sizes that are only there to give a sense of scale. */
export function roughSize(n: number): string {
  if (n >= 1024 * 1024) return n % (1024 * 1024) === 0 ? `${n / (1024 * 1024)} MiB` : `${(n / (1024 * 1024)).toFixed(1)} MiB`;
  if (n >= 1024) return n % 1024 === 0 ? `${n / 1024} KiB` : `${(n / 1024).toFixed(1)} KiB`;
  return `${n} B`;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

export function isLibc(s: ExeSymbol): boolean {
  return s.module.startsWith("libc.a(");
}

export function canRead(mem: Memory, addr: number, len: number): boolean {
  return addr >= 0 && addr + len <= mem.size && mem.firstBad(addr, len, PERM_R) < 0;
}

/** Little-endian 32-bit word (unsigned), or null when unreadable. */
export function peekU32(mem: Memory, addr: number): number | null {
  if (!canRead(mem, addr, 4)) return null;
  return (mem.u8[addr]! | (mem.u8[addr + 1]! << 8) | (mem.u8[addr + 2]! << 16) | (mem.u8[addr + 3]! << 24)) >>> 0;
}

/** Unsigned little-endian integer of 1, 2 or 4 bytes, or null when unreadable. */
export function peekUnsigned(mem: Memory, addr: number, size: 1 | 2 | 4): number | null {
  if (!canRead(mem, addr, size)) return null;
  let v = 0;
  for (let i = size - 1; i >= 0; i--) v = v * 256 + mem.u8[addr + i]!;
  return v;
}

export function hexBytes(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join(" ");
}

export function asciiOf(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => (b >= 32 && b < 127 ? String.fromCharCode(b) : ".")).join("");
}

/** A C string literal for bytes, e.g. "hi\n", cut after `max` characters with "...". */
export function cLiteral(bytes: Uint8Array, max = 40): string {
  let s = "";
  const n = Math.min(bytes.length, max);
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0x22) s += '\\"';
    else if (b === 0x5c) s += "\\\\";
    else if (b === 10) s += "\\n";
    else if (b === 9) s += "\\t";
    else if (b === 13) s += "\\r";
    else if (b >= 32 && b < 127) s += String.fromCharCode(b);
    else s += "\\x" + b.toString(16).padStart(2, "0");
  }
  return `"${s}"${bytes.length > max ? "..." : ""}`;
}

/** The NUL-terminated string at addr (at most `max` bytes looked at), or null if unreadable/unterminated. */
export function peekCString(mem: Memory, addr: number, max = 256): Uint8Array | null {
  const out: number[] = [];
  for (let i = 0; i < max; i++) {
    if (!canRead(mem, addr + i, 1)) return null;
    const b = mem.u8[addr + i]!;
    if (b === 0) return Uint8Array.from(out);
    out.push(b);
  }
  return Uint8Array.from(out);
}

/** "exited with status 0", "stopped by segv (status 139)", "not run yet: initial image". */
export function exitWords(core: CoreImage): string {
  const e = core.exit;
  if (!e) return "not run yet: initial image";
  return e.reason === "exit" ? `exited with status ${e.status}` : `stopped by ${e.fault!.kind} (status ${e.status})`;
}

/** The program's name for headings: the last path component of argv[0]. */
export function programName(core: CoreImage): string {
  const a = core.argv[0] ?? "a.out";
  return a.slice(a.lastIndexOf("/") + 1);
}

/** One stack frame with what the debug info says about it. */
export interface FrameInfo {
  index: number;
  frame: Frame;
  /** Debug info of its function, when the compiler emitted some. */
  debug: FuncDebug | null;
  /** [fp] and [fp + 4] when the frame has a readable frame pointer. */
  savedFp: number | null;
  returnAddress: number | null;
  /** Where the return address is stored (fp + 4, or sp for a function without a frame yet). */
  returnAddressAt: number | null;
}

export interface StackVar {
  frame: FrameInfo;
  v: VarDebug;
  addr: number;
}

export interface Interval {
  start: number;
  end: number;
  label: string;
}

/** Answers questions about addresses in one core, caching what it had to compute. */
export class Inspector {
  private objectsCache: ExeSymbol[] | null = null;
  private framesCache: { frames: FrameInfo[]; total: number } | null = null;
  private stackVarsCache: StackVar[] | null = null;

  constructor(readonly core: CoreImage) {}

  get mem(): Memory {
    return this.core.mem;
  }

  get sp(): number {
    return this.core.regs[R_SP]! >>> 0;
  }

  get fp(): number {
    return this.core.regs[R_FP]! >>> 0;
  }

  stackState(): StackState {
    const c = this.core;
    return { exe: c.exe, mem: c.mem, pc: c.pc, sp: c.regs[R_SP]!, fp: c.regs[R_FP]!, callbacks: c.callbacks };
  }

  /** Symbols with a size, sorted by address (functions and objects). */
  get objects(): ExeSymbol[] {
    if (!this.objectsCache) {
      this.objectsCache = this.core.exe.symbols
        .filter((s) => s.size > 0)
        .slice()
        .sort((a, b) => a.addr - b.addr || (a.binding === "global" ? -1 : 1));
    }
    return this.objectsCache;
  }

  symbolContaining(addr: number): ExeSymbol | null {
    let best: ExeSymbol | null = null;
    for (const s of this.objects) {
      if (s.addr > addr) break;
      if (addr < s.addr + s.size) best = s;
    }
    return best;
  }

  symbolByName(name: string): ExeSymbol | null {
    const all = this.core.exe.symbols;
    return all.find((s) => s.name === name && s.binding === "global") ?? all.find((s) => s.name === name) ?? null;
  }

  /** The heap block whose [header, header + size) contains addr. */
  blockContaining(addr: number): { header: number; size: number; payload: number; free: boolean } | null {
    const h = this.core.heap;
    if (!h) return null;
    return h.blocks.find((b) => addr >= b.header && addr < b.header + b.size) ?? null;
  }

  /** All frames, innermost first (deep recursion included: frames are cheap). */
  frames(): { frames: FrameInfo[]; total: number } {
    if (!this.framesCache) {
      // Before the first instruction there are no frames: [sp] is argc, not a return address.
      const { frames, total } = this.core.exit ? walkStack(this.stackState(), 1_000_000, true) : { frames: [], total: 0 };
      const out: FrameInfo[] = frames.map((frame, index) => {
        const debug = frame.fn && frame.fn.debug ? (this.core.exe.funcs.find((f) => f.addr === frame.fn!.addr) ?? null) : null;
        let savedFp: number | null = null;
        let returnAddress: number | null = null;
        let returnAddressAt: number | null = null;
        if (frame.fp !== null) {
          savedFp = peekU32(this.mem, frame.fp);
          returnAddress = peekU32(this.mem, frame.fp + 4);
          returnAddressAt = frame.fp + 4;
        } else if (index === 0) {
          returnAddress = peekU32(this.mem, this.sp);
          returnAddressAt = returnAddress === null ? null : this.sp;
        }
        return { index, frame, debug, savedFp, returnAddress, returnAddressAt };
      });
      this.framesCache = { frames: out, total };
    }
    return this.framesCache;
  }

  /** Every named variable of every frame that has a frame pointer. */
  stackVars(): StackVar[] {
    if (!this.stackVarsCache) {
      const out: StackVar[] = [];
      for (const f of this.frames().frames) {
        if (f.frame.fp === null || !f.debug) continue;
        for (const v of f.debug.vars) out.push({ frame: f, v, addr: (f.frame.fp + v.fpOffset) >>> 0 });
      }
      this.stackVarsCache = out;
    }
    return this.stackVarsCache;
  }

  /** Frame labels on the stack: saved fp, return address and named variables. */
  stackIntervals(): Interval[] {
    const out: Interval[] = [];
    for (const f of this.frames().frames) {
      const name = f.frame.fn?.name ?? "??";
      if (f.frame.fp !== null) out.push({ start: f.frame.fp, end: f.frame.fp + 4, label: `saved fp (${name})` });
      if (f.returnAddressAt !== null) out.push({ start: f.returnAddressAt, end: f.returnAddressAt + 4, label: `return address (${name})` });
    }
    for (const s of this.stackVars()) out.push({ start: s.addr, end: s.addr + Math.max(s.v.size, 1), label: `${s.frame.frame.fn!.name}:${s.v.name}` });
    return out;
  }

  /** "main at ex.c:14", "strlen (libc)", "_start" for a code address. */
  codeLocation(addr: number): string | null {
    const fn = functionAt(this.core.exe, addr);
    if (!fn) return null;
    if (fn.libc) return `${fn.name} (libc)`;
    const l = lineAt(this.core.exe, addr);
    const off = addr - fn.addr;
    return l ? `${fn.name} at ${l.file}:${l.line}` : off === 0 ? fn.name : `${fn.name}+0x${off.toString(16)}`;
  }

  /**
   * What a pointer value points at, e.g. "NULL", "counter (data)", "main (text)",
   * "heap block 0x00015008 +4 (used)", "main:b (stack)", "unmapped: NULL page".
   */
  describe(addr: number): string {
    const a = addr >>> 0;
    const mem = this.mem;
    if (a === 0) return "NULL";
    const region = mem.region(a);
    switch (region) {
      case "null":
      case "below-text":
      case "segment-gap":
      case "gap":
      case "guard":
      case "beyond":
        return `unmapped: ${regionLabel(region)}`;
      case "text": {
        const fn = functionAt(this.core.exe, a);
        if (!fn) return "text";
        return a === fn.addr ? `${fn.name} (text)` : `${fn.name}+0x${(a - fn.addr).toString(16)} (text)`;
      }
      case "rodata":
      case "data":
      case "bss": {
        const s = this.symbolContaining(a);
        if (!s) return region;
        return a === s.addr ? `${s.name} (${region})` : `${s.name}+${a - s.addr} (${region})`;
      }
      case "heap": {
        const b = this.blockContaining(a);
        if (!b) return "heap";
        const state = b.free ? "free" : "used";
        if (a < b.payload) return `header of heap block ${hex32(b.payload)}`;
        const slab = this.core.heap?.slabs?.find((x) => x.header === b.header);
        if (slab !== undefined) {
          if (a < slab.firstSlot) return `descriptor of slab ${hex32(b.payload)} (${slab.slotSize}-byte slots)`;
          const i = Math.floor((a - slab.firstSlot) / slab.slotSize);
          if (i >= slab.slots) return `slab ${hex32(b.payload)}, after its last slot`;
          const slot = slab.firstSlot + i * slab.slotSize;
          return `slot ${hex32(slot)}${a === slot ? "" : ` +${a - slot}`} of slab ${hex32(b.payload)} (${slab.live.includes(slot) ? "used" : "free"})`;
        }
        const hasFooter = this.core.heap?.policy !== "segregated" || b.free;
        if (hasFooter && a >= b.header + b.size - 4) return `footer of heap block ${hex32(b.payload)}`;
        return `heap block ${hex32(b.payload)}${a === b.payload ? "" : ` +${a - b.payload}`} (${state})`;
      }
      case "stack": {
        const v = this.stackVars().find((s) => a >= s.addr && a < s.addr + Math.max(s.v.size, 1));
        if (!v) return a < this.sp ? "stack, below sp (unused)" : "stack";
        return `${v.frame.frame.fn!.name}:${v.v.name}${a === v.addr ? "" : `+${a - v.addr}`} (stack)`;
      }
    }
  }
}
