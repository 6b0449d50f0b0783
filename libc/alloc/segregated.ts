/**
 * @fileoverview segregated: size-class free lists in the style of dlmalloc, aiming at
 * high utilization. Allocated blocks carry only a header (4 bytes of overhead, not 8):
 * the footer is needed only to coalesce with a FREE block below, so only free blocks have
 * one, and each header says whether the block below is in use (PREV_ALLOC).
 *
 *   allocated block                      free block                     epilogue
 *   +------------------------+ <- h      +------------------------+     +---------------+
 *   | size | F | P | 1       |  header   | size | 0 | 1 | 0       |     | 0 | 0 | P | 1 |
 *   +------------------------+ <- p      +------------------------+     +---------------+
 *   |                        |           | next in bin (payload)  |      at the limit: a
 *   |  size - 4 bytes        |           | prev in bin (payload)  |      zero-size "block"
 *   |  for the program       |           |  (old bytes ...)       |      whose P bit says
 *   |                        |           +------------------------+      if the last block
 *   |                        |           | size | 0 | 1 | 0       |      is in use
 *   +------------------------+           +------------------------+
 *   P = PREV_ALLOC (bit 1), F = fence (bit 2), bit 0 = allocated.
 *
 * A request of n bytes takes max(16, round8(n + 4)). Free blocks sit in one of 155 bins
 * (`__malloc_bins`, with a bitmap of the non-empty ones in `__malloc_binmap`): 63 exact
 * bins for 16..512 bytes (LIFO), then four bins per power of two, each kept sorted by size
 * (then address). malloc takes the head of the exact bin, or the first block big enough
 * in its sorted bin, or the head of the next non-empty bin: that is the best fit over the
 * whole heap, found in a few steps. The rest of a split block goes back to its bin. The
 * free block that ends the heap, the "top chunk", is in no bin and is used only when no
 * bin fits (dlmalloc's "top"): small requests then fill holes instead of landing right
 * after a block that grows in place with realloc.
 * Growth (brk by 4096-byte multiples), trimming (128 KiB), coalescing, realloc in place
 * and the integrity checks follow the same rules as the tagged policies (tagged.ts).
 * Coalescing clears the header of the block that disappears, so a second free of it is
 * reported as a double free rather than taken for a live block.
 * This class is the block heap; the policy as linked is SlabHeap (slab.ts), which serves
 * requests of at most SLAB_MAX bytes from slabs: blocks of this heap cut into slots.
 */

import type { NativeContext } from "../abi.js";
import { diagnose } from "../heap-walk.js";
import {
  ALIGN,
  ALLOC_BIT,
  ALLOCATOR_SYMBOLS,
  BINMAP_WORDS,
  BRK_INCREMENT,
  HeapBase,
  MAX_REQUEST,
  MIN_BLOCK,
  PREV_ALLOC_BIT,
  SEG_FENCE_BIT,
  SEG_OVERHEAD,
  TRIM_THRESHOLD,
  binIndex,
  roundUp,
  segLimit,
  type Allocator,
} from "./common.js";

const SMALL_BINS = 63;

export function segBlockSize(n: number): number | null {
  if (n > MAX_REQUEST) return null;
  return Math.max(MIN_BLOCK, roundUp(n + SEG_OVERHEAD, ALIGN));
}

export class SegregatedHeap extends HeapBase implements Allocator {
  private readonly sBins: number;
  private readonly sMap: number;

  constructor(ctx: NativeContext, op: string) {
    super(ctx, op);
    this.sBins = this.stateSymbol(ALLOCATOR_SYMBOLS.bins);
    this.sMap = this.stateSymbol(ALLOCATOR_SYMBOLS.binmap);
  }

  protected readonly overhead = SEG_OVERHEAD;
  protected blockSize(n: number): number | null {
    return segBlockSize(n);
  }
  protected limitFor(start: number, end: number): number {
    return segLimit(start, end);
  }
  /** No block yet (only before the first growth, or when it failed). */
  protected get empty(): boolean {
    return this.end === this.start;
  }

  protected diagnose(addr: number): ReturnType<typeof diagnose> {
    return diagnose(this.ctx.mem, this.start, this.end, addr, "segregated");
  }

  /** Size of the block at h after checking its header (and footer when free). */
  sizeAt(h: number): number {
    const first = this.first;
    const limit = this.limit;
    if (h < first || h >= limit || ((h - first) & (ALIGN - 1)) !== 0) this.corrupted(h);
    const w = this.ld(h);
    const size = w & ~7;
    const free = (w & ALLOC_BIT) === 0;
    if (size < MIN_BLOCK || h + size > limit || (free && ((w & SEG_FENCE_BIT) !== 0 || this.ld(h + size - 4) !== w))) this.corrupted(h);
    return size;
  }
  isFree(h: number): boolean {
    return (this.ld(h) & ALLOC_BIT) === 0;
  }
  protected setFree(h: number, size: number, prevBit: number): void {
    this.st(h, size | prevBit);
    this.st(h + size - 4, size | prevBit);
  }
  protected setAlloc(h: number, size: number, prevBit: number): void {
    this.st(h, size | prevBit | ALLOC_BIT);
  }
  private writeEpilogue(limit: number, prevAlloc: boolean): void {
    this.st(limit, ALLOC_BIT | (prevAlloc ? PREV_ALLOC_BIT : 0));
  }
  /** Sets or clears PREV_ALLOC in the block at nh (or the epilogue), footer included. */
  protected setPrevAlloc(nh: number, on: boolean): void {
    const w = this.ld(nh);
    const nw = on ? w | PREV_ALLOC_BIT : w & ~PREV_ALLOC_BIT;
    this.st(nh, nw);
    if ((w & ALLOC_BIT) === 0) this.st(nh + (w & ~7) - 4, nw);
  }

  // -- bins -------------------------------------------------------------------------------

  protected binHead(i: number): number {
    return this.ld(this.sBins + 4 * i);
  }
  protected setBinHead(i: number, p: number): void {
    this.st(this.sBins + 4 * i, p);
    const wa = this.sMap + 4 * (i >>> 5);
    const bit = 1 << (i & 31);
    const w = this.ld(wa);
    this.st(wa, p !== 0 ? w | bit : w & ~bit);
  }
  protected next(p: number): number {
    return this.ld(p);
  }
  protected prev(p: number): number {
    return this.ld(p + 4);
  }
  /** The first non-empty bin at or above i, or -1. */
  protected nonEmptyFrom(i: number): number {
    for (let w = i >>> 5; w < BINMAP_WORDS; w++) {
      let bits = this.ld(this.sMap + 4 * w);
      if (w === i >>> 5) bits &= ~((1 << (i & 31)) - 1);
      if (bits !== 0) return w * 32 + (31 - Math.clz32(bits & -bits));
    }
    return -1;
  }
  /** Checks a bin entry: a free block of bin i whose prev link is as expected; returns its size. */
  protected checkNode(p: number, i: number, expectPrev: number): number {
    const h = p - 4;
    const size = this.sizeAt(h);
    if (!this.isFree(h) || binIndex(size) !== i || this.prev(p) !== expectPrev) this.corrupted(h);
    return size;
  }

  /** The top chunk: the free block that ends the heap (it is in no bin). */
  private isTop(p: number, size: number): boolean {
    return p - 4 + size === this.limit;
  }

  /**
   * The size in the header of a block on a sorted bin's list, for a walk that only passes
   * it by: a lighter checkNode. The address must be a header slot of the heap (so no read
   * can stray), the prev link must point back, and every step must go up in (size,
   * address), the bin's invariant. The footer and the free bit are checked by checkNode
   * where the walk stops.
   */
  private passedSize(p: number, prev: number, prevSize: number): number {
    const h = p - 4;
    if (h < this.first || h >= this.limit || ((h - this.first) & (ALIGN - 1)) !== 0) this.corrupted(h);
    const size = this.ld(h) & ~7;
    if (this.prev(p) !== prev || (prev !== 0 && (size < prevSize || (size === prevSize && p <= prev)))) this.corrupted(h);
    return size;
  }

  protected insert(p: number, size: number): void {
    if (this.isTop(p, size)) return;
    const i = binIndex(size);
    let prev = 0;
    let cur = this.binHead(i);
    if (i >= SMALL_BINS) {
      // Sorted by size, then address: the first block that fits is the best fit. The two
      // blocks p goes between get the full check (their links are about to change).
      let before = 0;
      let prevSize = 0;
      while (cur !== 0) {
        const cs = this.passedSize(cur, prev, prevSize);
        if (cs > size || (cs === size && cur > p)) break;
        before = prev;
        prev = cur;
        prevSize = cs;
        cur = this.next(cur);
      }
      if (prev !== 0) this.checkNode(prev, i, before);
      if (cur !== 0) this.checkNode(cur, i, prev);
    }
    this.st(p, cur);
    this.st(p + 4, prev);
    if (prev !== 0) this.st(prev, p);
    else this.setBinHead(i, p);
    if (cur !== 0) this.st(cur + 4, p);
  }

  protected unlink(p: number, size: number): void {
    if (this.isTop(p, size)) return;
    const n = this.next(p);
    const pv = this.prev(p);
    if (pv !== 0) this.st(pv, n);
    else {
      const i = binIndex(size);
      if (this.binHead(i) !== p) this.corrupted(p - 4);
      this.setBinHead(i, n);
    }
    if (n !== 0) this.st(n + 4, pv);
  }

  /** The best-fitting free block for asize (payload), or 0. */
  protected find(asize: number): number {
    const i = binIndex(asize);
    if (i < SMALL_BINS) {
      // An exact bin: its head fits, if there is one.
      const p = this.binHead(i);
      if (p !== 0) {
        this.checkNode(p, i, 0);
        return p;
      }
    } else {
      // Sorted: the first block that fits, checked in full before it is handed out.
      let before = 0;
      let prev = 0;
      let prevSize = 0;
      for (let p = this.binHead(i); p !== 0; p = this.next(p)) {
        const size = this.passedSize(p, prev, prevSize);
        if (size >= asize) {
          this.checkNode(p, i, prev);
          if (prev !== 0) this.checkNode(prev, i, before);
          return p;
        }
        before = prev;
        prev = p;
        prevSize = size;
      }
    }
    const j = this.nonEmptyFrom(i + 1);
    if (j < 0) return 0;
    const p = this.binHead(j);
    this.checkNode(p, j, 0);
    return p;
  }

  /** Marks the low asize bytes of free block p allocated; the rest goes back to a bin. */
  protected place(p: number, asize: number): number {
    const h = p - 4;
    const size = this.sizeAt(h);
    const prevBit = this.ld(h) & PREV_ALLOC_BIT;
    this.unlink(p, size);
    if (size - asize >= MIN_BLOCK) {
      this.setAlloc(h, asize, prevBit);
      this.setFree(h + asize, size - asize, PREV_ALLOC_BIT);
      this.insert(h + asize + 4, size - asize);
    } else {
      this.setAlloc(h, size, prevBit);
      this.setPrevAlloc(h + size, true);
    }
    return p;
  }

  /** The free block that ends at the limit (the epilogue's PREV_ALLOC is clear), or 0. */
  topFree(): number {
    if (this.empty) return 0;
    const limit = this.limit;
    if ((this.ld(limit) & PREV_ALLOC_BIT) !== 0) return 0;
    const h = limit - (this.ld(limit - 4) & ~7);
    this.sizeAt(h);
    if (!this.isFree(h)) this.corrupted(h);
    return h;
  }

  /** Like TaggedHeap.grow, for this layout: the top free block absorbs the new space. */
  protected grow(want: number): boolean {
    const start = this.start;
    const end = this.end;
    const cur = this.currentBreak();
    if (cur < end) return false;
    if (cur !== end && this.empty) {
      // Nothing allocated yet and the program moved the break: start the heap there.
      this.start = cur;
      this.end = cur;
      return this.grow(want);
    }
    const oldLimit = this.limit;
    if (cur === end) {
      const top = this.topFree();
      const need = want - (top !== 0 ? this.sizeAt(top) : 0);
      let newEnd = end + roundUp(Math.max(need, 1), BRK_INCREMENT);
      while (segLimit(start, newEnd) - oldLimit < need) newEnd += BRK_INCREMENT;
      if (!this.setBreak(newEnd)) return false;
      const h = top !== 0 ? top : oldLimit;
      const prevBit = this.empty ? PREV_ALLOC_BIT : this.ld(h) & PREV_ALLOC_BIT;
      this.end = newEnd;
      const newLimit = segLimit(start, newEnd);
      this.setFree(h, newLimit - h, prevBit); // the (new or grown) top chunk
      this.writeEpilogue(newLimit, false);
      return true;
    }
    // Foreign sbrk: a fence block from the old epilogue up to the first header slot at or
    // above the foreign break; its header is the old epilogue word (ours, below `end`).
    const first = this.first;
    let fenceEnd = first + roundUp(cur - first, ALIGN);
    if (fenceEnd - oldLimit < MIN_BLOCK) fenceEnd = oldLimit + MIN_BLOCK;
    let newEnd = cur + roundUp(fenceEnd - cur + want + 4, BRK_INCREMENT);
    while (segLimit(start, newEnd) - fenceEnd < want) newEnd += BRK_INCREMENT;
    const oldTop = this.topFree();
    if (!this.setBreak(newEnd)) return false;
    const prevBit = this.ld(oldLimit) & PREV_ALLOC_BIT;
    this.end = newEnd;
    const newLimit = segLimit(start, newEnd);
    this.st(oldLimit, (fenceEnd - oldLimit) | ALLOC_BIT | SEG_FENCE_BIT | prevBit);
    this.setFree(fenceEnd, newLimit - fenceEnd, PREV_ALLOC_BIT);
    this.writeEpilogue(newLimit, false);
    if (oldTop !== 0) this.insert(oldTop + 4, this.sizeAt(oldTop)); // no longer the top: into its bin
    return true;
  }

  /** Lowers the break when the free block ending the heap reaches TRIM_THRESHOLD. */
  protected trim(): void {
    const top = this.topFree();
    if (top === 0) return;
    const size = this.sizeAt(top);
    if (size < TRIM_THRESHOLD) return;
    const start = this.start;
    const end = this.end;
    if (this.currentBreak() !== end) return;
    let newEnd = roundUp(top, BRK_INCREMENT);
    let newLimit = segLimit(start, newEnd);
    if (newLimit !== top && newLimit - top < MIN_BLOCK) {
      newEnd += BRK_INCREMENT;
      newLimit = segLimit(start, newEnd);
    }
    if (newEnd >= end) return;
    const prevBit = this.ld(top) & PREV_ALLOC_BIT;
    // Move the epilogue first: once the break is lowered, the old one is gone.
    if (newLimit !== top) this.setFree(top, newLimit - top, prevBit);
    this.writeEpilogue(newLimit, newLimit === top);
    if (!this.setBreak(newEnd)) {
      // Cannot happen with the VM's brk (lowering always succeeds); undo to stay sound.
      this.setFree(top, size, prevBit);
      this.writeEpilogue(segLimit(start, end), false);
      return;
    }
    this.end = newEnd;
  }

  malloc(n: number): number {
    const asize = segBlockSize(n);
    if (asize === null) return this.fail();
    this.initState();
    const p = this.find(asize);
    if (p !== 0) return this.place(p, asize);
    // No bin fits: the top chunk, grown with brk when it is too small.
    let top = this.topFree();
    if (top === 0 || this.sizeAt(top) < asize) {
      if (!this.grow(asize)) return this.fail();
      top = this.topFree();
      if (top === 0 || this.sizeAt(top) < asize) return this.fail(); // a fence left no room
    }
    return this.place(top + 4, asize);
  }

  /**
   * Checks that p is the payload of a live block: a sane allocated header whose next
   * block (or the epilogue) says PREV_ALLOC. Otherwise the heap is walked to say why, as
   * in TaggedHeap.liveBlock.
   */
  protected liveBlock(p: number): number {
    const first = this.first;
    const limit = this.limit;
    const h = p - 4;
    if (this.start === 0 || this.empty || (p & (ALIGN - 1)) !== 0 || h < first || h >= limit) this.invalid(p);
    const w = this.ld(h);
    const size = w & ~7;
    if ((w & (ALLOC_BIT | SEG_FENCE_BIT)) === ALLOC_BIT && size >= MIN_BLOCK && h + size <= limit) {
      const nw = this.ld(h + size);
      const nsize = nw & ~7;
      const nextOk = h + size === limit ? nsize === 0 && (nw & ALLOC_BIT) !== 0 : nsize >= MIN_BLOCK && h + size + nsize <= limit;
      if (nextOk && (nw & PREV_ALLOC_BIT) !== 0) return h;
    }
    this.notLive(p, h);
  }

  usable(p: number): number {
    return this.sizeAt(p - 4) - SEG_OVERHEAD;
  }

  /** Frees the live block at h, coalescing with free neighbours. */
  protected release(h: number): void {
    const w = this.ld(h);
    let size = this.sizeAt(h);
    const limit = this.limit;
    let start = h;
    let prevBit = w & PREV_ALLOC_BIT;
    if (prevBit === 0) {
      if (h <= this.first) this.corrupted(h);
      const fsize = this.ld(h - 4) & ~7;
      const ph = h - fsize;
      if (ph < this.first || this.sizeAt(ph) !== fsize || !this.isFree(ph)) this.corrupted(ph < this.first ? h : ph);
      this.unlink(ph + 4, fsize);
      prevBit = this.ld(ph) & PREV_ALLOC_BIT;
      start = ph;
      size += fsize;
      this.st(h, 0); // the merged block's old header: a second free is a double free
    }
    const nh = h + (w & ~7);
    if (nh < limit) {
      const nsize = this.sizeAt(nh);
      if (this.isFree(nh)) {
        this.unlink(nh + 4, nsize);
        size += nsize;
        this.st(nh, 0);
      }
    }
    this.setFree(start, size, prevBit);
    this.setPrevAlloc(start + size, false);
    this.insert(start + 4, size);
  }

  protected splitTail(h: number, size: number, asize: number): void {
    this.setAlloc(h, asize, this.ld(h) & PREV_ALLOC_BIT);
    this.setAlloc(h + asize, size - asize, PREV_ALLOC_BIT);
  }

  /** Grows the block at h in place to asize by absorbing the free block after it. */
  protected absorbNext(h: number, size: number, asize: number): boolean {
    const nh = h + size;
    if (nh >= this.limit || !this.isFree(nh)) return false;
    const nsize = this.sizeAt(nh);
    if (size + nsize < asize) return false;
    const prevBit = this.ld(h) & PREV_ALLOC_BIT;
    this.unlink(nh + 4, nsize);
    this.st(nh, 0); // now inside h's payload: a stale header must not pass for a block
    const total = size + nsize;
    if (total - asize >= MIN_BLOCK) {
      this.setAlloc(h, asize, prevBit);
      this.setFree(h + asize, total - asize, PREV_ALLOC_BIT);
      this.insert(h + asize + 4, total - asize);
    } else {
      this.setAlloc(h, total, prevBit);
      this.setPrevAlloc(h + total, true);
    }
    return true;
  }
}
