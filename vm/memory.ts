/**
 * @fileoverview The machine's memory: one ArrayBuffer with typed-array views and a page
 * permission table covering the whole 32-bit address space, plus checked accessors.
 *
 * The table has one byte per 4 KiB page of the 4 GiB space (1M entries) so that
 * `perm[addr >>> 12]` never goes out of bounds: pages past the end of the buffer simply
 * stay 0 (unmapped). The CPU inlines the aligned fast paths itself; everything here is the
 * general (checked, possibly misaligned) path, also used by libc through MemoryAccess.
 *
 * The layout fields (segments, heap start, break, stack limit) live here too because
 * classifying an address for a report needs all of them.
 */

import type { MemoryAccess } from "../libc/abi.js";
import type { SectionName } from "../linker/object.js";
import { Fault, type Access } from "./fault.js";
import { PAGE_SHIFT, PAGE_SIZE, pageAlign } from "./layout.js";

export const PERM_R = 1;
export const PERM_W = 2;
export const PERM_X = 4;

/** Number of pages in the 32-bit address space. */
const NUM_PAGES = 1 << (32 - PAGE_SHIFT);

/** A loaded segment as the memory sees it: [start, end) with its permission bits. */
export interface SegmentInfo {
  name: SectionName;
  start: number;
  end: number;
  perm: number;
}

/** Where an address lies in the address space, for reports and dumps. */
export type Region =
  | "null"
  | "below-text"
  | "text"
  | "rodata"
  | "data"
  | "bss"
  | "segment-gap"
  | "heap"
  | "gap"
  | "guard"
  | "stack"
  | "beyond";

/** The words used for each region. `report` shapes the gap for a parenthesis. */
export function regionLabel(r: Region, report = false): string {
  switch (r) {
    case "null":
      return "NULL page";
    case "below-text":
      return "below text";
    case "text":
    case "rodata":
    case "data":
    case "bss":
    case "heap":
    case "stack":
      return r;
    case "segment-gap":
      return "unmapped gap between segments";
    case "gap":
      return report ? "above the program break, between heap and stack" : "above the program break (between heap and stack)";
    case "guard":
      return "stack guard page";
    case "beyond":
      return "beyond the end of memory";
  }
}

export function hex32(n: number): string {
  return "0x" + (n >>> 0).toString(16).padStart(8, "0");
}

function accessWords(access: Access, addr: number, size: number): string {
  return `${access} of ${size} byte${size === 1 ? "" : "s"} at ${hex32(addr)}`;
}

export class Memory implements MemoryAccess {
  readonly size: number;
  readonly buffer: ArrayBuffer;
  readonly u8: Uint8Array;
  readonly i8: Int8Array;
  readonly u16: Uint16Array;
  readonly i16: Int16Array;
  readonly i32: Int32Array;
  /** Permission bits (PERM_R | PERM_W | PERM_X) of every page of the 32-bit space. */
  readonly perm = new Uint8Array(NUM_PAGES);

  /** Loaded segments, sorted by address. */
  segments: SegmentInfo[] = [];
  /** First heap byte: the page-aligned end of the highest segment. */
  heapStart = 0;
  /** The current program break (pages up to pageAlign(brk) are mapped rw-). */
  brk = 0;
  /** Lowest stack address; the guard page lies just below it. */
  stackLimit = 0;

  /** `size` must be a multiple of the page size (the loader checks). */
  constructor(size: number) {
    this.size = size;
    this.buffer = new ArrayBuffer(size);
    this.u8 = new Uint8Array(this.buffer);
    this.i8 = new Int8Array(this.buffer);
    this.u16 = new Uint16Array(this.buffer);
    this.i16 = new Int16Array(this.buffer);
    this.i32 = new Int32Array(this.buffer);
  }

  /** Sets the permission of every page touching [start, end) (clamped to the buffer). */
  map(start: number, end: number, perm: number): void {
    const first = Math.floor(start / PAGE_SIZE);
    const last = Math.min(Math.ceil(end / PAGE_SIZE), this.size / PAGE_SIZE);
    for (let p = first; p < last; p++) this.perm[p] = perm;
  }

  /** Unmaps the pages of [start, end) and zeroes them, so that a later map sees zeros as Linux does. */
  unmap(start: number, end: number): void {
    const s = Math.floor(start / PAGE_SIZE) * PAGE_SIZE;
    const e = Math.min(pageAlign(end), this.size);
    if (e <= s) return;
    this.perm.fill(0, s >>> PAGE_SHIFT, e >>> PAGE_SHIFT);
    this.u8.fill(0, s, e);
  }

  // -------------------------------------------------------------------------------------
  // Faults
  // -------------------------------------------------------------------------------------

  /** The segv for an access of `size` bytes at `addr`, whose byte `bad` is not accessible. */
  fault(access: Access, addr: number, size: number, bad = addr): Fault {
    let msg = accessWords(access, addr, size);
    const r = this.region(bad);
    msg += ` (${regionLabel(r, true)}${this.readOnlyNote(access, bad)})`;
    return new Fault("segv", msg, addr >>> 0, access, size);
  }

  /** ", read-only" when a write hit a mapped page without the W bit. */
  readOnlyNote(access: Access, addr: number): string {
    const p = this.perm[addr >>> PAGE_SHIFT]!;
    return access === "write" && (p & PERM_R) !== 0 && (p & PERM_W) === 0 ? ", read-only" : "";
  }

  // -------------------------------------------------------------------------------------
  // Checked scalar accessors (misaligned allowed, as on x86)
  // -------------------------------------------------------------------------------------

  /** Unsigned byte. */
  load8(addr: number): number {
    const a = addr >>> 0;
    if ((this.perm[a >>> PAGE_SHIFT]! & PERM_R) === 0) throw this.fault("read", a, 1);
    return this.u8[a]!;
  }

  /** Signed byte. */
  load8s(addr: number): number {
    const a = addr >>> 0;
    if ((this.perm[a >>> PAGE_SHIFT]! & PERM_R) === 0) throw this.fault("read", a, 1);
    return this.i8[a]!;
  }

  /** Unsigned 16-bit. */
  load16(addr: number): number {
    const a = addr >>> 0;
    if ((a & 1) === 0 && (this.perm[a >>> PAGE_SHIFT]! & PERM_R) !== 0) return this.u16[a >>> 1]!;
    return this.loadSlow(a, 2);
  }

  /** Signed 16-bit. */
  load16s(addr: number): number {
    return (this.load16(addr) << 16) >> 16;
  }

  /** Signed 32-bit. */
  load32(addr: number): number {
    const a = addr >>> 0;
    if ((a & 3) === 0 && (this.perm[a >>> PAGE_SHIFT]! & PERM_R) !== 0) return this.i32[a >>> 2]!;
    return this.loadSlow(a, 4) | 0;
  }

  store8(addr: number, v: number): void {
    const a = addr >>> 0;
    if ((this.perm[a >>> PAGE_SHIFT]! & PERM_W) === 0) throw this.fault("write", a, 1);
    this.u8[a] = v;
  }

  store16(addr: number, v: number): void {
    const a = addr >>> 0;
    if ((a & 1) === 0 && (this.perm[a >>> PAGE_SHIFT]! & PERM_W) !== 0) this.u16[a >>> 1] = v;
    else this.storeSlow(a, 2, v);
  }

  store32(addr: number, v: number): void {
    const a = addr >>> 0;
    if ((a & 3) === 0 && (this.perm[a >>> PAGE_SHIFT]! & PERM_W) !== 0) this.i32[a >>> 2] = v;
    else this.storeSlow(a, 4, v);
  }

  /** Byte-by-byte little-endian load; every byte's page is checked before anything is read. */
  private loadSlow(a: number, size: number): number {
    for (let i = 0; i < size; i++) {
      const b = (a + i) >>> 0;
      if ((this.perm[b >>> PAGE_SHIFT]! & PERM_R) === 0) throw this.fault("read", a, size, b);
    }
    let v = 0;
    for (let i = size - 1; i >= 0; i--) v = (v << 8) | this.u8[(a + i) >>> 0]!;
    return v >>> 0;
  }

  /** All bytes are checked first so that a faulting store writes nothing, like x86. */
  private storeSlow(a: number, size: number, v: number): void {
    for (let i = 0; i < size; i++) {
      const b = (a + i) >>> 0;
      if ((this.perm[b >>> PAGE_SHIFT]! & PERM_W) === 0) throw this.fault("write", a, size, b);
    }
    for (let i = 0; i < size; i++) this.u8[(a + i) >>> 0] = v >>> (8 * i);
  }

  // -------------------------------------------------------------------------------------
  // Checked block operations (used by libc and COPY)
  // -------------------------------------------------------------------------------------

  /**
   * The first byte of [addr, addr + len) lacking permission `bit`, or -1. Checked page by
   * page; the range may run past 4 GiB, in which case it hits an unmapped page first.
   */
  firstBad(addr: number, len: number, bit: number): number {
    if (len <= 0) return -1;
    const a = addr >>> 0;
    const end = a + len; // may exceed 2^32: the pages past the buffer are unmapped
    for (let p = a >>> PAGE_SHIFT; p * PAGE_SIZE < end; p++) {
      if (p >= NUM_PAGES) return 0; // wrapped around the address space
      if ((this.perm[p]! & bit) === 0) return Math.max(a, p * PAGE_SIZE);
    }
    return -1;
  }

  readBytes(addr: number, len: number): Uint8Array {
    const a = addr >>> 0;
    const n = len >>> 0;
    const bad = this.firstBad(a, n, PERM_R);
    if (bad >= 0) throw this.fault("read", bad, 1);
    return this.u8.slice(a, a + n);
  }

  /** Writes what fits before the first bad byte, then faults there (as a byte loop would). */
  writeBytes(addr: number, bytes: Uint8Array): void {
    const a = addr >>> 0;
    const bad = this.firstBad(a, bytes.length, PERM_W);
    if (bad >= 0) {
      this.u8.set(bytes.subarray(0, bad - a), a);
      throw this.fault("write", bad, 1);
    }
    this.u8.set(bytes, a);
  }

  readCString(addr: number): Uint8Array {
    const a = addr >>> 0;
    return this.u8.slice(a, a + this.strlen(a));
  }

  /**
   * Length of the NUL-terminated string at addr, without copying it; faults where
   * readCString would (the first unreadable byte before the NUL).
   */
  strlen(addr: number): number {
    const a = addr >>> 0;
    const nul = a < this.u8.length ? this.u8.indexOf(0, a) : -1;
    const last = nul < 0 ? Math.max(a, this.u8.length) : nul; // unmapped from u8.length on
    for (let page = a >>> PAGE_SHIFT; page <= last >>> PAGE_SHIFT; page++) {
      if ((this.perm[page]! & PERM_R) === 0) throw this.fault("read", Math.max(a, page * PAGE_SIZE), 1);
    }
    if (nul < 0) throw this.fault("read", Math.max(a, this.u8.length), 1);
    return nul - a;
  }

  fill(addr: number, v: number, len: number): void {
    const a = addr >>> 0;
    const n = len >>> 0;
    const bad = this.firstBad(a, n, PERM_W);
    if (bad >= 0) {
      this.u8.fill(v, a, bad);
      throw this.fault("write", bad, 1);
    }
    this.u8.fill(v, a, a + n);
  }

  copyWithin(dst: number, src: number, len: number): void {
    const d = dst >>> 0;
    const s = src >>> 0;
    const n = len >>> 0;
    const badS = this.firstBad(s, n, PERM_R);
    const badD = this.firstBad(d, n, PERM_W);
    if (badS < 0 && badD < 0) {
      this.u8.copyWithin(d, s, s + n);
      return;
    }
    // Copy the prefix a forward byte loop would have copied, then fault at the first bad byte.
    const okS = badS < 0 ? n : badS - s;
    const okD = badD < 0 ? n : badD - d;
    const ok = Math.min(okS, okD);
    this.u8.copyWithin(d, s, s + ok);
    if (okS <= okD) throw this.fault("read", s + ok, 1);
    throw this.fault("write", d + ok, 1);
  }

  // -------------------------------------------------------------------------------------
  // Address classification
  // -------------------------------------------------------------------------------------

  region(addr: number): Region {
    const a = addr >>> 0;
    if (a < PAGE_SIZE) return "null";
    if (a >= this.size) return "beyond";
    if (a >= this.stackLimit) return "stack";
    if (a >= this.stackLimit - PAGE_SIZE) return "guard";
    for (const s of this.segments) if (a >= s.start && a < s.end) return s.name;
    // The tail of a segment's last page is mapped with it: name it after that segment.
    for (let i = this.segments.length - 1; i >= 0; i--) {
      const s = this.segments[i]!;
      if (a >= s.end && a < pageAlign(s.end) && s.end > s.start) return s.name;
    }
    if (a >= this.heapStart) return a < pageAlign(this.brk) ? "heap" : "gap";
    const lowest = this.segments.length > 0 ? this.segments[0]!.start : this.heapStart;
    if (a < lowest) return "below-text";
    return "segment-gap";
  }

  /** E.g. "NULL page", "heap", "above the program break (between heap and stack)". */
  describeAddress(addr: number): string {
    return regionLabel(this.region(addr));
  }
}
