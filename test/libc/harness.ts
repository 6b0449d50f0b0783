/**
 * @fileoverview A stand-alone NativeContext for unit-testing libc without the compiler,
 * linker or VM: a flat ArrayBuffer with the default layout's regions (text, rodata, data,
 * heap up to the break, stack), checked accesses that throw vm Faults, the four traps
 * (WRITE/READ captured, BRK with events as the VM logs them), the members' data symbols
 * laid out in the data region, and comparator functions written in TypeScript.
 */

import type { CallSite, HeapEvent, LibcMember, MemoryAccess, NativeContext, NativeFn } from "../../libc/abi.js";
import { walkHeapFromSymbols, type HeapWalk } from "../../libc/heap-walk.js";
import { LIBC_MEMBERS } from "../../libc/index.js";
import { Fault, type Access } from "../../vm/fault.js";

export const TEXT = 0x10000;
export const RODATA = 0x11000;
export const DATA = 0x14000;
export const PAGE = 4096;

/** Thrown by the EXIT trap to unwind the native, as the VM stops the machine. */
export class ExitSignal extends Error {
  constructor(readonly status: number) {
    super(`exit(${status})`);
  }
}
/** Thrown by ctx.abort. */
export class AbortSignal extends Error {}

const pageUp = (n: number): number => Math.ceil(n / PAGE) * PAGE;

export interface HarnessOptions {
  /** Members whose data symbols and functions are "linked" (default: all). */
  members?: LibcMember[];
  memory?: number;
  /** Highest break the BRK trap grants (default: 1 MiB below the stack). */
  maxBrk?: number;
  stdin?: string | Uint8Array;
  /** READ returns at most this many bytes per trap (to test refills). */
  readChunk?: number;
  /** Data bytes reserved before the heap (default 64 KiB). */
  dataSize?: number;
}

type Region = { lo: number; hi: number; perm: "r-x" | "r--" | "rw-" };

export class Harness {
  readonly buf: Uint8Array;
  readonly view: DataView;
  readonly size: number;
  readonly heapStart: number;
  brk: number;
  readonly maxBrk: number;
  readonly stackLo: number;
  readonly events: HeapEvent[] = [];
  readonly output = new Map<number, number[]>();
  /** Every trap, in order: for asserting on when writes and reads happen. */
  readonly traps: { n: number; a0: number; a1: number; a2: number; result: number }[] = [];
  readonly symbols = new Map<string, number>();
  readonly natives = new Map<number, NativeFn>();
  readonly tsFunctions = new Map<number, (args: number[]) => number>();
  exitStatus: number | null = null;
  high = 0;
  site: CallSite = { pc: TEXT + 8, function: "main", file: "t.c", line: 1 };
  private stdin: Uint8Array;
  private stdinPos = 0;
  private readonly readChunk: number;
  private dataTop = DATA;
  private rodataTop = RODATA;
  private textTop = TEXT;
  readonly mem: MemoryAccess;

  constructor(opts: HarnessOptions = {}) {
    this.size = opts.memory ?? 4 * 1024 * 1024;
    this.buf = new Uint8Array(this.size);
    this.view = new DataView(this.buf.buffer);
    this.heapStart = DATA + (opts.dataSize ?? 64 * 1024);
    this.brk = this.heapStart;
    this.stackLo = this.size - 64 * 1024;
    this.maxBrk = opts.maxBrk ?? this.stackLo - 1024 * 1024;
    this.stdin = typeof opts.stdin === "string" ? new TextEncoder().encode(opts.stdin) : (opts.stdin ?? new Uint8Array(0));
    this.readChunk = opts.readChunk ?? 1 << 30;
    for (const m of opts.members ?? LIBC_MEMBERS) {
      for (const d of m.data ?? []) {
        const a = this.staticAlloc(d.size, d.align ?? 4);
        if (d.init) this.buf.set(d.init, a);
        this.symbols.set(d.name, a);
      }
      for (const [name, fn] of Object.entries(m.functions)) {
        const a = this.textTop;
        this.textTop += 16;
        this.symbols.set(name, a);
        this.natives.set(a, fn);
      }
    }
    this.mem = this.makeMemory();
  }

  private regions(): Region[] {
    return [
      { lo: TEXT, hi: RODATA, perm: "r-x" },
      { lo: RODATA, hi: DATA, perm: "r--" },
      { lo: DATA, hi: this.heapStart, perm: "rw-" },
      { lo: this.heapStart, hi: pageUp(this.brk), perm: "rw-" },
      { lo: this.stackLo, hi: this.size, perm: "rw-" },
    ];
  }

  check(addr: number, len: number, access: Access): number {
    const a = addr >>> 0;
    for (const r of this.regions()) {
      if (a >= r.lo && a + len <= r.hi) {
        if (access === "write" && r.perm !== "rw-") break;
        return a;
      }
    }
    throw new Fault("segv", `segmentation fault: ${access} of ${len} bytes at 0x${a.toString(16)}`, a, access, len);
  }

  private makeMemory(): MemoryAccess {
    const h = this;
    return {
      load8: (a) => h.buf[h.check(a, 1, "read")]!,
      load16: (a) => h.view.getUint16(h.check(a, 2, "read"), true),
      load32: (a) => h.view.getInt32(h.check(a, 4, "read"), true),
      store8: (a, v) => void (h.buf[h.check(a, 1, "write")] = v & 0xff),
      store16: (a, v) => h.view.setUint16(h.check(a, 2, "write"), v & 0xffff, true),
      store32: (a, v) => h.view.setInt32(h.check(a, 4, "write"), v | 0, true),
      readBytes: (a, n) => (n === 0 ? new Uint8Array(0) : h.buf.slice(h.check(a, n, "read"), (a >>> 0) + n)),
      writeBytes: (a, bytes) => {
        if (bytes.length > 0) h.buf.set(bytes, h.check(a, bytes.length, "write"));
      },
      readCString: (a) => {
        const out: number[] = [];
        for (let p = a >>> 0; ; p++) {
          const b = h.buf[h.check(p, 1, "read")]!;
          if (b === 0) return Uint8Array.from(out);
          out.push(b);
        }
      },
      strlen: (a) => {
        for (let p = a >>> 0; ; p++) if (h.buf[h.check(p, 1, "read")] === 0) return p - (a >>> 0);
      },
      fill: (a, v, n) => {
        if (n > 0) h.buf.fill(v & 0xff, h.check(a, n, "write"), (a >>> 0) + n);
      },
      copyWithin: (d, s, n) => {
        if (n === 0) return;
        h.check(s, n, "read");
        h.check(d, n, "write");
        h.buf.copyWithin(d >>> 0, s >>> 0, (s >>> 0) + n);
      },
    };
  }

  staticAlloc(n: number, align = 8): number {
    this.dataTop = Math.ceil(this.dataTop / align) * align;
    const a = this.dataTop;
    this.dataTop += Math.max(n, 1);
    if (this.dataTop > this.heapStart) throw new Error("harness: data region full");
    return a;
  }

  /** A NUL-terminated string in the data region (writable). */
  str(s: string): number {
    const bytes = Buffer.from(s, "latin1");
    const a = this.staticAlloc(bytes.length + 1, 1);
    this.buf.set(bytes, a);
    return a;
  }

  /** A NUL-terminated string in read-only memory (a string literal). */
  literal(s: string): number {
    const bytes = Buffer.from(s, "latin1");
    const a = this.rodataTop;
    this.rodataTop += bytes.length + 1;
    this.buf.set(bytes, a);
    return a;
  }

  cstring(a: number): string {
    return Buffer.from(this.mem.readCString(a)).toString("latin1");
  }
  u32(a: number): number {
    return this.mem.load32(a) >>> 0;
  }
  sym(name: string): number {
    const a = this.symbols.get(name);
    if (a === undefined) throw new Error(`harness: no symbol ${name}`);
    return a;
  }
  /** The heap walked in the linked policy's layout (what dumps and --heap-check see). */
  walk(): HeapWalk {
    const w = walkHeapFromSymbols(this.mem, (n) => this.symbols.get(n));
    if (w === null) throw new Error("harness: allocator not linked");
    return w;
  }
  /** The heap as "size:a" / "size:f" per block, lowest address first; throws if the walk finds damage. */
  shape(): string {
    const w = this.walk();
    if (w.error !== null) throw new Error(`harness: heap walk: ${w.error}`);
    return w.blocks.map((b) => `${b.size}:${b.free ? "f" : "a"}`).join(" ");
  }
  out(fd: number): string {
    return Buffer.from(this.output.get(fd) ?? []).toString("latin1");
  }

  /** A program function (e.g. a qsort comparator) at a fresh text address. */
  defineFunction(fn: (args: number[]) => number, name?: string): number {
    const a = this.textTop;
    this.textTop += 16;
    this.tsFunctions.set(a, fn);
    if (name !== undefined) this.symbols.set(name, a);
    return a;
  }

  trap(n: number, a0: number, a1: number, a2: number): number {
    const r = this.doTrap(n, a0, a1, a2);
    this.traps.push({ n, a0, a1, a2, result: r });
    return r;
  }

  private doTrap(n: number, a0: number, a1: number, a2: number): number {
    switch (n) {
      case 1:
        this.exitStatus = a0 | 0;
        this.traps.push({ n, a0, a1, a2, result: 0 });
        throw new ExitSignal(a0 | 0);
      case 2: {
        if (a0 !== 1 && a0 !== 2) return -9;
        let bytes: Uint8Array;
        try {
          bytes = this.mem.readBytes(a1, a2 >>> 0);
        } catch {
          return -14;
        }
        const o = this.output.get(a0) ?? [];
        o.push(...bytes);
        this.output.set(a0, o);
        return bytes.length;
      }
      case 3: {
        if (a0 !== 0) return -9;
        const n2 = Math.min(a2 >>> 0, this.stdin.length - this.stdinPos, this.readChunk);
        try {
          this.mem.writeBytes(a1, this.stdin.subarray(this.stdinPos, this.stdinPos + n2));
        } catch {
          return -14;
        }
        this.stdinPos += n2;
        return n2;
      }
      case 4: {
        const want = a0 >>> 0;
        if (want === 0) return this.brk;
        const from = this.brk;
        if (want >= this.heapStart && want <= this.maxBrk) {
          if (pageUp(want) > pageUp(from)) this.buf.fill(0, pageUp(from), pageUp(want));
          this.brk = want;
        }
        this.events.push({ op: "brk", from, to: want, result: this.brk, site: this.site });
        return this.brk;
      }
      default:
        throw new Error(`harness: unknown trap ${n}`);
    }
  }

  /** A NativeContext whose arguments sit at sp + 4 (cdecl). */
  ctx(sp: number): NativeContext {
    const h = this;
    return {
      mem: h.mem,
      arg: (i) => h.mem.load32(sp + 4 + 4 * i),
      argAddr: (i) => sp + 4 + 4 * i,
      trap: (n, a0, a1, a2) => h.trap(n, a0, a1, a2),
      setHigh: (v) => {
        h.high = v;
      },
      symbol: (name) => h.symbols.get(name),
      callSite: () => h.site,
      event: (e) => void h.events.push(e),
      callFunction: (addr, args) => h.invoke(addr >>> 0, args, sp - 64),
      abort: (message) => {
        throw new AbortSignal(message);
      },
    };
  }

  private invoke(addr: number, args: (number | bigint)[], sp: number): number {
    const ts = this.tsFunctions.get(addr);
    if (ts) return ts(args.map((a) => Number(a)));
    const native = this.natives.get(addr);
    if (!native) throw new Fault("bad-jump", `call to 0x${addr.toString(16)}`, addr, "exec");
    let p = sp + 4;
    for (const a of args) {
      if (typeof a === "bigint") {
        const u = BigInt.asUintN(64, a);
        this.mem.store32(p, Number(u & 0xffffffffn));
        this.mem.store32(p + 4, Number(u >> 32n));
        p += 8;
      } else {
        this.mem.store32(p, a);
        p += 4;
      }
    }
    return (native(this.ctx(sp)) ?? 0) as number;
  }

  /**
   * Calls a libc function by name with 32-bit (number) and 64-bit (bigint) arguments and
   * returns r0 as an unsigned number; after exit() it returns 0 and sets exitStatus.
   */
  call(name: string, ...args: (number | bigint)[]): number {
    const addr = this.symbols.get(name);
    if (addr === undefined || !this.natives.has(addr)) throw new Error(`harness: ${name} is not a linked native`);
    try {
      return this.invoke(addr, args, this.size - 4096) >>> 0;
    } catch (e) {
      if (e instanceof ExitSignal) return 0;
      throw e;
    }
  }

  /** Same as call, r0 as a signed int. */
  calli(name: string, ...args: (number | bigint)[]): number {
    return this.call(name, ...args) | 0;
  }

  /** The abort message of a call that must abort. */
  abortMessage(name: string, ...args: (number | bigint)[]): string {
    try {
      this.call(name, ...args);
    } catch (e) {
      if (e instanceof AbortSignal) return e.message;
      throw e;
    }
    throw new Error(`${name} did not abort`);
  }

  /** Allocator events only (malloc/free/calloc/realloc/brk) with the sites dropped. */
  eventLog(): string[] {
    return this.events.map((e) => {
      switch (e.op) {
        case "malloc":
          return `malloc(${e.size}) = ${hex(e.result)}`;
        case "free":
          return `free(${hex(e.ptr)})`;
        case "calloc":
          return `calloc(${e.nmemb}, ${e.size}) = ${hex(e.result)}`;
        case "realloc":
          return `realloc(${hex(e.ptr)}, ${e.size}) = ${hex(e.result)}`;
        case "brk":
          return `brk ${hex(e.from)} -> ${hex(e.to)} = ${hex(e.result)}`;
      }
    });
  }
}

export function hex(n: number): string {
  return "0x" + (n >>> 0).toString(16);
}
