/**
 * @fileoverview What every allocator policy shares: the policy names and their ids (the
 * value of malloc.o's `__malloc_policy` word, so that dumps know which layout to decode),
 * the names of the state words, the geometry of the heap (first header, limit), the brk
 * increment and trim threshold, and HeapBase, the part of an allocator operation that
 * does not depend on the block format (state words, brk, errors).
 *
 * Geometry, for every policy: the heap runs from the initial break (page aligned) to the
 * allocator's break. Payloads are 8-aligned and headers are 4 bytes, so headers sit at
 * 8k + 4; the first one 4 bytes above the heap start. Blocks tile [first, limit) exactly.
 */

import type { MemoryAccess, NativeContext } from "../abi.js";
import type { HeapBlock } from "../heap-walk.js";
import { Trap } from "../../vm/isa.js";
import { ENOMEM, setErrno } from "../unistd.js";

export type AllocPolicy = "first-fit" | "next-fit" | "best-fit" | "segregated";

/** In id order: the id of a policy is its index (first-fit is 0, so its word can be bss). */
export const ALLOC_POLICIES: readonly AllocPolicy[] = ["first-fit", "next-fit", "best-fit", "segregated"];
export const DEFAULT_POLICY: AllocPolicy = "first-fit";

export function isAllocPolicy(s: string): s is AllocPolicy {
  return (ALLOC_POLICIES as readonly string[]).includes(s);
}
export function policyId(p: AllocPolicy): number {
  return ALLOC_POLICIES.indexOf(p);
}
export function policyFromId(n: number): AllocPolicy | null {
  return ALLOC_POLICIES[n] ?? null;
}

/** Header/footer bit: the block is allocated. */
export const ALLOC_BIT = 1;
/**
 * Tagged layouts: the block is a fence the allocator built around memory that someone
 * else took with sbrk() between two heap extensions (never free, never handed out).
 */
export const FENCE_BIT = 2;
/** Tagged layouts: bits that must be clear in a valid header. */
export const RESERVED_BITS = 4;
/** Segregated layout: the block just below is allocated (so this block has no footer to read). */
export const PREV_ALLOC_BIT = 2;
/** Segregated layout: the fence bit (bit 1 is taken by PREV_ALLOC). */
export const SEG_FENCE_BIT = 4;
/** Header + next + prev + footer: a free block must hold its two list links. */
export const MIN_BLOCK = 16;
export const ALIGN = 8;
/** Tagged layouts: header word + footer word in every block. */
export const OVERHEAD = 8;
/** Segregated layout: only the header word in an allocated block. */
export const SEG_OVERHEAD = 4;
/** The allocator asks brk for multiples of this. */
export const BRK_INCREMENT = 4096;
/** free() gives memory back to the system when the free block ending the heap reaches this. */
export const TRIM_THRESHOLD = 128 * 1024;
/** Largest request we try to satisfy (keeps size arithmetic inside 32 bits). */
export const MAX_REQUEST = 0x7ffffff0;

/** Where malloc.o keeps its state (4-byte words; bins is an array). */
export const ALLOCATOR_SYMBOLS = {
  /** The initial break, 0 until the first call. */
  heapStart: "__malloc_heap_start",
  /** The break as the allocator last set it. */
  heapEnd: "__malloc_heap_end",
  /** Tagged layouts: head of the address-ordered free list (a payload address, 0 if empty). */
  freeList: "__malloc_free_list",
  /** The policy id (data word; bss, so 0, for first-fit). */
  policy: "__malloc_policy",
  /** next-fit: where the next search starts (a free block's payload, 0 = the list head). */
  rover: "__malloc_rover",
  /** segregated: SEG_BINS list heads. */
  bins: "__malloc_bins",
  /** segregated: one bit per non-empty bin. */
  binmap: "__malloc_binmap",
  /** segregated: per slab class, the first slab with a free slot (slab-layout.ts). */
  slabs: "__malloc_slabs",
} as const;

/** Segregated size classes: 63 exact small bins (16..512 by 8), then 4 bins per power of two. */
export const SMALL_BIN_MAX = 512;
export const SEG_BINS = 155;
export const BINMAP_WORDS = Math.ceil(SEG_BINS / 32);

/** The bin of a free block of `size` bytes (a multiple of 8, at least 16). */
export function binIndex(size: number): number {
  if (size <= SMALL_BIN_MAX) return size / 8 - 2;
  const k = 31 - Math.clz32(size);
  return 63 + (k - 9) * 4 + ((size >>> (k - 2)) & 3);
}

/** The smallest and largest block size that bin i holds. */
export function binRange(i: number): [number, number] {
  if (i < 63) return [(i + 2) * 8, (i + 2) * 8];
  const k = 9 + Math.floor((i - 63) / 4);
  const sub = (i - 63) % 4;
  const lo = 2 ** k + sub * 2 ** (k - 2);
  return [i === 63 ? SMALL_BIN_MAX + 8 : lo, Math.min(lo + 2 ** (k - 2) - 8, 0xfffffff8)];
}

export function roundUp(n: number, m: number): number {
  return Math.ceil(n / m) * m;
}

/** Address of the first block header for a heap that starts at heapStart. */
export function firstHeader(heapStart: number): number {
  return ((heapStart + 4 + ALIGN - 1) & ~(ALIGN - 1)) - 4;
}

/** End of the block area for a break: the highest first + 8k not above the break. */
export function heapLimit(heapStart: number, brk: number): number {
  const first = firstHeader(heapStart);
  if (brk <= first) return first;
  const d = brk - first;
  return first + d - (d % ALIGN);
}

/** Segregated layout: the block area ends 4 bytes earlier, leaving room for the epilogue word. */
export function segLimit(heapStart: number, brk: number): number {
  return heapLimit(heapStart, brk - 4);
}

export function hex32(n: number): string {
  return "0x" + (n >>> 0).toString(16).padStart(8, "0");
}

/** One operation of some policy, as the natives use it. */
export interface Allocator {
  /** Starts an operation named `op` (re-reads the allocator's state words). */
  begin(op: string): void;
  malloc(n: number): number;
  free(p: number): void;
  realloc(p: number, n: number): number;
  /** Payload bytes of the live block at p (calloc zeroes them all). */
  usable(p: number): number;
}

/**
 * The format-independent part of an allocator operation: the state words in VM memory,
 * first-use initialisation, brk, and the error paths. `op` names the C function in abort
 * messages ("free(): invalid pointer ...").
 */
export abstract class HeapBase {
  protected readonly sStart: number;
  protected readonly sEnd: number;
  /** The C function being run, for messages ("free(): invalid pointer ..."); set by begin(). */
  protected op: string;
  /**
   * The state words as of the start of the operation. Only the allocator writes them while
   * it runs (through the setters below), so they are read from VM memory once per
   * operation instead of in every block check.
   */
  private cStart = 0;
  private cEnd = 0;
  private cFirst = 0;
  private cLimit = 0;

  /** ctx.mem, one load nearer for the dozens of accesses an operation makes. */
  protected readonly mem: MemoryAccess;

  constructor(
    protected readonly ctx: NativeContext,
    op: string,
  ) {
    this.mem = ctx.mem;
    this.op = op;
    this.sStart = this.stateSymbol(ALLOCATOR_SYMBOLS.heapStart);
    this.sEnd = this.stateSymbol(ALLOCATOR_SYMBOLS.heapEnd);
    this.begin(op);
  }

  /**
   * Starts one operation named `op`: the allocator object lives as long as the machine
   * (libc/malloc.ts keeps one per context), its state stays in VM memory.
   */
  begin(op: string): void {
    this.op = op;
    const start = this.ld(this.sStart);
    const end = this.ld(this.sEnd);
    if (start === this.cStart && end === this.cEnd) return;
    this.cStart = start;
    this.cEnd = end;
    this.bounds();
  }

  /** End of the block area for the layout (heapLimit or segLimit). */
  protected abstract limitFor(start: number, end: number): number;

  private bounds(): void {
    this.cFirst = firstHeader(this.cStart);
    this.cLimit = this.limitFor(this.cStart, this.cEnd);
  }

  protected stateSymbol(name: string): number {
    const a = this.ctx.symbol(name);
    if (a === undefined) this.ctx.abort(`${this.op}(): allocator state is not linked`);
    return a;
  }

  protected ld(a: number): number {
    return this.mem.load32(a) >>> 0;
  }
  protected st(a: number, v: number): void {
    this.mem.store32(a, v);
  }

  get start(): number {
    return this.cStart;
  }
  protected set start(v: number) {
    this.st(this.sStart, v);
    this.cStart = v;
    this.bounds();
  }
  get end(): number {
    return this.cEnd;
  }
  protected set end(v: number) {
    this.st(this.sEnd, v);
    this.cEnd = v;
    this.bounds();
  }
  /** The first block header. */
  get first(): number {
    return this.cFirst;
  }
  /** Where the block area ends (blocks tile [first, limit)). */
  get limit(): number {
    return this.cLimit;
  }

  /** The current break, as the kernel sees it. */
  protected currentBreak(): number {
    return this.ctx.trap(Trap.BRK, 0, 0, 0) >>> 0;
  }

  /** Moves the break to newEnd; false (break unchanged) when brk refuses. */
  protected setBreak(newEnd: number): boolean {
    if (newEnd > 0xffffffff) return false;
    return (this.ctx.trap(Trap.BRK, newEnd, 0, 0) >>> 0) === newEnd;
  }

  /** First use: the heap starts empty at the current break. Returns false if it was already set up. */
  protected initState(): boolean {
    if (this.start !== 0) return false;
    const b = this.currentBreak();
    this.start = b;
    this.end = b;
    return true;
  }

  fail(): number {
    setErrno(this.ctx, ENOMEM);
    return 0;
  }

  // -- what each layout provides (tagged.ts, segregated.ts) ----------------------------

  abstract malloc(n: number): number;
  /** Block size for a request of n bytes, or null when it can never be satisfied. */
  protected abstract blockSize(n: number): number | null;
  /** Bytes of a block that are not payload (header, and footer in the tagged layout). */
  protected abstract readonly overhead: number;
  /** Size of the block at h after checking it; aborts when inconsistent. */
  abstract sizeAt(h: number): number;
  abstract isFree(h: number): boolean;
  /** The header of the live block whose payload is p; aborts (invalid, double free, corrupted) otherwise. */
  protected abstract liveBlock(p: number): number;
  /** Frees the live block at h, coalescing with free neighbours. */
  protected abstract release(h: number): void;
  /** Lowers the break when the free block ending the heap is large enough. */
  protected abstract trim(): void;
  /** Extends the heap so that its top free block holds at least `want` bytes; false when brk refuses. */
  protected abstract grow(want: number): boolean;
  /** Grows the block at h (size bytes) in place to asize by absorbing the free block after it. */
  protected abstract absorbNext(h: number, size: number, asize: number): boolean;
  /** Cuts the live block at h (size bytes) into a live block of asize bytes and a live tail, for release. */
  protected abstract splitTail(h: number, size: number, asize: number): void;

  free(p: number): void {
    if (p === 0) return;
    this.release(this.liveBlock(p));
    this.trim();
  }

  /**
   * realloc, the same for every layout: NULL is malloc, 0 frees; a block shrinks in place
   * (a tail that can stand as a free block is freed), grows in place into a free next
   * block or, as the last block, with brk; otherwise malloc + copy + free.
   */
  realloc(p: number, n: number): number {
    if (p === 0) return this.malloc(n);
    const h = this.liveBlock(p);
    if (n === 0) {
      this.release(h);
      this.trim();
      return 0;
    }
    const asize = this.blockSize(n);
    if (asize === null) return this.fail();
    const size = this.sizeAt(h);
    if (asize <= size) {
      if (size - asize >= MIN_BLOCK) {
        this.splitTail(h, size, asize);
        this.release(h + asize);
        this.trim();
      }
      return p;
    }
    if (this.absorbNext(h, size, asize)) return p;
    // Last block (or followed only by the top free block): extend the heap under it.
    const nh = h + size;
    const lastish = nh === this.limit || (this.isFree(nh) && nh + this.sizeAt(nh) === this.limit);
    if (lastish && this.grow(asize - size) && this.absorbNext(h, size, asize)) return p;
    const q = this.malloc(n);
    if (q === 0) return 0;
    this.ctx.mem.copyWithin(q, p, Math.min(size - this.overhead, n));
    this.release(h);
    this.trim();
    return q;
  }

  /**
   * The heap walked in this layout (heap-walk.ts `diagnose`), for the error paths: the
   * first block with broken tags, and the sound block containing addr.
   */
  protected abstract diagnose(addr: number): { brokenAt: number | null; container: HeapBlock | null };

  /**
   * Aborts for a broken heap. The block reported is the first one (by address) whose
   * boundary tags are broken, found by walking the heap: that is where the damage is, even
   * when the operation tripped over it elsewhere (say, reading the footer of the block
   * below). If all tags are sound, the trouble is in the free list at h.
   */
  corrupted(h: number): never {
    this.corruptedAt((this.diagnose(h).brokenAt ?? h) + 4);
  }

  /**
   * Aborts for a p whose quick liveBlock check failed (h = p - 4), saying why: broken tags
   * at or below h are corruption; a p inside a free block was freed already (its block may
   * have been merged into a neighbour since); anything else is not a pointer malloc returned.
   */
  protected notLive(p: number, h: number): never {
    const d = this.diagnose(h);
    if (d.brokenAt !== null && d.brokenAt <= h) this.corruptedAt(d.brokenAt + 4);
    if (d.container !== null && d.container.free) this.doubleFree(p);
    this.invalid(p);
  }

  /** Called before an operation aborts, half done: host-side caches of the heap are stale. */
  protected onAbort(): void {}

  invalid(p: number): never {
    this.onAbort();
    this.ctx.abort(`${this.op}(): invalid pointer ${hex32(p)}`);
  }
  doubleFree(p: number): never {
    this.onAbort();
    this.ctx.abort(`${this.op}(): double free detected (${hex32(p)})`);
  }
  corruptedAt(payload: number): never {
    this.onAbort();
    this.ctx.abort(`${this.op}(): corrupted heap block at ${hex32(payload)}`);
  }
}
