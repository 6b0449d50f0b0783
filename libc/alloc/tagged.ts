/**
 * @fileoverview The tagged layout shared by first-fit, next-fit and best-fit: a header and
 * a footer word in every block (boundary tags), and one explicit, ADDRESS-ORDERED, doubly
 * linked free list. The three policies differ only in which free block `find` picks
 * (first-fit.ts, next-fit.ts, best-fit.ts); splitting, coalescing, growing, trimming,
 * realloc and the integrity checks are here.
 *
 *   allocated block                          free block
 *   +--------------------+ <- h (8k + 4)     +--------------------+ <- h
 *   | size | 0 | 0 | 1   |   header          | size | 0 | 0 | 0   |   header
 *   +--------------------+ <- payload (p)    +--------------------+ <- p
 *   |                    |   8-aligned,      | next free (payload)|   p + 0
 *   |  size - 8 bytes    |   returned by     | prev free (payload)|   p + 4
 *   |  for the program   |   malloc          |  (old bytes ...)   |
 *   +--------------------+                   +--------------------+
 *   | size | 0 | 0 | 1   |   footer          | size | 0 | 0 | 0   |   footer
 *   +--------------------+ <- h + size       +--------------------+ <- h + size
 *
 * size counts the whole block (multiple of 8, at least 16 = header, next, prev, footer).
 * Bit 0 = allocated, bit 1 = fence (memory someone else took with sbrk, see grow),
 * bit 2 must be 0. The footer lets free() find the block below in O(1) to coalesce.
 *
 * Rules (documented for students in docs/allocators.md):
 * - The heap starts empty at the initial break (BRK 0 on the first call).
 * - A request of n bytes needs a block of max(16, round8(n + 8)); malloc(0) therefore
 *   returns a unique minimal 16-byte block (8 usable bytes), like glibc.
 * - The chosen free block is split when the rest can hold a minimal free block: the
 *   allocated part is the low end, the rest stays free in the list at the same position.
 * - When nothing fits, the heap grows with brk by what is missing beyond a free block at
 *   the top of the heap, rounded up to a multiple of 4096 bytes; the new space is
 *   coalesced with that top free block.
 * - free() coalesces at once with a free neighbour on either side, so no two free blocks
 *   are ever adjacent; when the free block that ends the heap reaches 128 KiB, the break
 *   is lowered to the first page boundary above the last block in use (brk shrinks).
 * - realloc(NULL, n) is malloc(n); realloc(p, 0) frees p and returns NULL (as glibc); a
 *   block grows in place when the next block is free and big enough, or when it is the
 *   last block (the heap is extended with brk); otherwise malloc + copy + free.
 * - Checks like glibc's: "free(): invalid pointer 0x...", "free(): double free detected
 *   (0x...)", and "<op>(): corrupted heap block at 0x<payload>".
 */

import type { NativeContext } from "../abi.js";
import { diagnose } from "../heap-walk.js";
import { FreeIndex } from "./free-index.js";
import {
  ALIGN,
  ALLOC_BIT,
  ALLOCATOR_SYMBOLS,
  BRK_INCREMENT,
  FENCE_BIT,
  HeapBase,
  MAX_REQUEST,
  MIN_BLOCK,
  OVERHEAD,
  RESERVED_BITS,
  TRIM_THRESHOLD,
  heapLimit,
  roundUp,
  type Allocator,
} from "./common.js";

/** Block size for a request, or null when the request can never be satisfied. */
export function taggedBlockSize(n: number): number | null {
  if (n > MAX_REQUEST) return null;
  return Math.max(MIN_BLOCK, roundUp(n + OVERHEAD, ALIGN));
}

export abstract class TaggedHeap extends HeapBase implements Allocator {
  private readonly sHead: number;

  constructor(ctx: NativeContext, op: string) {
    super(ctx, op);
    this.sHead = this.stateSymbol(ALLOCATOR_SYMBOLS.freeList);
  }

  /**
   * The policy: the position in the free list (its mirror, idx) of the free block to use
   * for a block of asize bytes, checked with `verify`; -1 when none fits.
   */
  protected abstract find(idx: FreeIndex, asize: number): number;
  /** Called before p leaves the list (next is its successor). */
  protected onUnlink(_p: number, _next: number): void {}
  /** Called when neu takes old's place in the list. */
  protected onReplace(_old: number, _neu: number): void {}
  /** Called after the allocated part of a split or whole free block was placed. */
  protected onPlaced(_rest: number, _next: number): void {}

  get head(): number {
    return this.ld(this.sHead);
  }
  set head(p: number) {
    this.st(this.sHead, p);
  }
  protected readonly overhead = OVERHEAD;
  protected blockSize(n: number): number | null {
    return taggedBlockSize(n);
  }
  protected limitFor(start: number, end: number): number {
    return heapLimit(start, end);
  }

  init(): void {
    if (this.initState()) this.head = 0;
  }

  protected diagnose(addr: number): ReturnType<typeof diagnose> {
    return diagnose(this.ctx.mem, this.start, this.end, addr);
  }


  /** Size of the block at h after checking its header and footer; aborts when inconsistent. */
  sizeAt(h: number): number {
    const first = this.first;
    const limit = this.limit;
    if (h < first || h >= limit || ((h - first) & (ALIGN - 1)) !== 0) this.corrupted(h);
    const w = this.ld(h);
    const size = w & ~7;
    if ((w & RESERVED_BITS) !== 0 || size < MIN_BLOCK || h + size > limit || this.ld(h + size - 4) !== w) this.corrupted(h);
    return size;
  }
  isFree(h: number): boolean {
    return (this.ld(h) & ALLOC_BIT) === 0;
  }
  setBlock(h: number, size: number, bits: number): void {
    this.st(h, size | bits);
    this.st(h + size - 4, size | bits);
  }

  // -- the free list (payload addresses, ascending) -------------------------------------
  //
  // The list is in VM memory; `index` mirrors it on the host (free-index.ts) so that
  // searches and insertions do not walk it. Every free block whose links are read or
  // written is checked against VM memory first, so damage is found where the allocator
  // touches the heap, as glibc finds it; --heap-check walks everything on every call.

  private index: FreeIndex | null = null;

  protected override onAbort(): void {
    this.index = null;
  }

  protected next(p: number): number {
    return this.ld(p);
  }
  protected prev(p: number): number {
    return this.ld(p + 4);
  }
  /** Checks a list node: a free block whose links are plausible; returns its size. */
  checkNode(p: number, expectPrev: number): number {
    const h = p - 4;
    const size = this.sizeAt(h);
    const n = this.next(p);
    if (!this.isFree(h) || this.prev(p) !== expectPrev || (n !== 0 && n <= p)) this.corrupted(h);
    return size;
  }

  /**
   * The mirror of the free list, rebuilt from VM memory (checking every node, as a walk
   * always did) when there is none yet or the list head is not the one it expects.
   */
  protected freeIndex(): FreeIndex {
    const head = this.head;
    let idx = this.index;
    if (idx !== null && idx.at(0) === head) return idx;
    idx = new FreeIndex();
    let prev = 0;
    for (let p = head; p !== 0; p = this.next(p)) {
      idx.insertAt(idx.n, p, this.checkNode(p, prev));
      prev = p;
    }
    this.index = idx;
    return idx;
  }

  /**
   * Checks the node at position i against VM memory: a sound free block of the size the
   * mirror says, linked to the mirror's neighbours. Returns its payload address.
   */
  protected verify(idx: FreeIndex, i: number): number {
    // sizeAt + checkNode + the mirror's size and next, each word read once (a hot path).
    const p = idx.addr[i]!;
    const h = p - 4;
    const first = this.first;
    const limit = this.limit;
    if (h < first || h >= limit || ((h - first) & (ALIGN - 1)) !== 0) this.corrupted(h);
    const w = this.ld(h);
    const size = w & ~7;
    if ((w & (RESERVED_BITS | ALLOC_BIT)) !== 0 || size < MIN_BLOCK || h + size > limit || this.ld(h + size - 4) !== w) this.corrupted(h);
    if (size !== idx.size[i] || this.ld(p) !== idx.at(i + 1) || this.ld(p + 4) !== idx.at(i - 1)) this.corrupted(h);
    return p;
  }

  /** Position of free block p in the mirror (checked); aborts when p is not in the list. */
  private position(idx: FreeIndex, p: number): number {
    const i = idx.indexOf(p);
    if (i < 0) this.corrupted(p - 4);
    this.verify(idx, i);
    return i;
  }

  /** Checks that the nodes around a link point at `at` (head when prev is 0) before it is rewritten. */
  private checkNeighbours(prev: number, next: number, at: number): void {
    if (prev !== 0 ? this.next(prev) !== at : this.head !== at) this.corrupted((prev !== 0 ? prev : at) - 4);
    if (next !== 0 && this.prev(next) !== at) this.corrupted(next - 4);
  }

  unlink(p: number): void {
    const idx = this.freeIndex();
    this.unlinkAt(idx, this.position(idx, p));
  }
  /** Unlinks the node at position i (already checked). */
  private unlinkAt(idx: FreeIndex, i: number): void {
    const p = idx.addr[i]!;
    const n = idx.at(i + 1);
    const pv = idx.at(i - 1);
    this.checkNeighbours(pv, n, p);
    this.onUnlink(p, n);
    if (pv !== 0) this.st(pv, n);
    else this.head = n;
    if (n !== 0) this.st(n + 4, pv);
    idx.removeAt(i);
  }
  /** `neu` (a free block of `size` bytes) takes the list position of `old` (neighbours keep the address order). */
  replace(old: number, neu: number, size: number): void {
    const idx = this.freeIndex();
    this.replaceAt(idx, this.position(idx, old), neu, size);
  }
  /** replace() for the node at position i (already checked). */
  private replaceAt(idx: FreeIndex, i: number, neu: number, size: number): void {
    const old = idx.addr[i]!;
    const n = idx.at(i + 1);
    const pv = idx.at(i - 1);
    this.checkNeighbours(pv, n, old);
    this.onReplace(old, neu);
    this.st(neu, n);
    this.st(neu + 4, pv);
    if (pv !== 0) this.st(pv, neu);
    else this.head = neu;
    if (n !== 0) this.st(n + 4, neu);
    idx.addr[i] = neu;
    idx.size[i] = size;
  }
  /** Links the free block p of `size` bytes in at its place in address order. */
  insertSorted(p: number, size: number): void {
    const idx = this.freeIndex();
    const i = idx.lowerBound(p);
    const prev = idx.at(i - 1);
    const cur = idx.at(i);
    // The two nodes' links to each other (the head is the mirror's, see freeIndex).
    if (prev !== 0) this.verify(idx, i - 1);
    if (cur !== 0) this.verify(idx, i);
    this.st(p, cur);
    this.st(p + 4, prev);
    if (prev !== 0) this.st(prev, p);
    else this.head = p;
    if (cur !== 0) this.st(cur + 4, p);
    idx.insertAt(i, p, size);
  }
  /** Gives the free block at h, which stays in the list, a new size. */
  resizeFree(h: number, size: number): void {
    const idx = this.freeIndex();
    const i = this.position(idx, h + 4);
    this.setBlock(h, size, 0);
    idx.size[i] = size;
  }

  /** The free block that ends at the limit, as a header address, or 0. */
  topFree(): number {
    const limit = this.limit;
    if (limit <= this.first) return 0;
    const w = this.ld(limit - 4);
    if ((w & ALLOC_BIT) !== 0) return 0;
    const h = limit - (w & ~7);
    this.sizeAt(h);
    return h;
  }

  /**
   * Extends the heap so that the free block at its top holds at least `want` bytes
   * (coalescing the new space with a free block already there). Returns false when brk
   * refuses. If someone else moved the break since our last extension (the program
   * called sbrk), their memory is wrapped in an allocated "fence" block that is never
   * touched, and the new space starts after it.
   */
  protected grow(want: number): boolean {
    const start = this.start;
    const end = this.end;
    const oldLimit = this.limit;
    const cur = this.currentBreak();
    if (cur < end) return false; // the program shrank the break under our blocks
    if (cur !== end && end === start) {
      // Nothing allocated yet and the program moved the break: start the heap there.
      this.start = cur;
      this.end = cur;
      return this.grow(want);
    }
    if (cur === end) {
      const top = this.topFree();
      const need = want - (top !== 0 ? this.sizeAt(top) : 0);
      let newEnd = end + roundUp(Math.max(need, 1), BRK_INCREMENT);
      while (heapLimit(start, newEnd) - oldLimit < need) newEnd += BRK_INCREMENT;
      if (!this.setBreak(newEnd)) return false;
      this.end = newEnd;
      const newLimit = heapLimit(start, newEnd);
      if (top !== 0) {
        this.resizeFree(top, newLimit - top); // the top block is already in the list
      } else {
        this.setBlock(oldLimit, newLimit - oldLimit, 0);
        this.insertSorted(oldLimit + 4, newLimit - oldLimit);
      }
      return true;
    }
    // Foreign sbrk: fence [oldLimit, fenceEnd) around [end, cur); its footer lies past cur.
    if (end - oldLimit < 4) return false; // no room for the fence header below the old break
    const first = this.first;
    let fenceEnd = first + roundUp(cur + 4 - first, ALIGN);
    if (fenceEnd - oldLimit < MIN_BLOCK) fenceEnd = oldLimit + MIN_BLOCK;
    let newEnd = cur + roundUp(fenceEnd - cur + want, BRK_INCREMENT);
    while (heapLimit(start, newEnd) - fenceEnd < want) newEnd += BRK_INCREMENT;
    if (!this.setBreak(newEnd)) return false;
    this.end = newEnd;
    this.setBlock(oldLimit, fenceEnd - oldLimit, ALLOC_BIT | FENCE_BIT);
    this.setBlock(fenceEnd, heapLimit(start, newEnd) - fenceEnd, 0);
    this.insertSorted(fenceEnd + 4, heapLimit(start, newEnd) - fenceEnd);
    return true;
  }

  /**
   * Gives memory back: when the free block at the top of the heap holds TRIM_THRESHOLD
   * bytes or more (and the break is still where we left it), the break goes down to the
   * first page boundary that keeps the blocks in use; what is left of the top block stays
   * free (or disappears when nothing is left).
   */
  protected trim(): void {
    // Nearly every free ends here: look at the last block's footer before checking it.
    const last = this.limit > this.first ? this.ld(this.limit - 4) : ALLOC_BIT;
    if ((last & ALLOC_BIT) !== 0 || (last & ~7) < TRIM_THRESHOLD) return;
    const top = this.topFree();
    if (top === 0 || this.sizeAt(top) < TRIM_THRESHOLD) return;
    const start = this.start;
    const end = this.end;
    if (this.currentBreak() !== end) return;
    let newEnd = roundUp(top, BRK_INCREMENT);
    let newLimit = heapLimit(start, newEnd);
    if (newLimit !== top && newLimit - top < MIN_BLOCK) {
      newEnd += BRK_INCREMENT;
      newLimit = heapLimit(start, newEnd);
    }
    if (newEnd >= end) return;
    // Relink before the break moves: the top block's links may lie above the new break.
    const size = this.sizeAt(top);
    if (newLimit === top) this.unlink(top + 4);
    else this.resizeFree(top, newLimit - top);
    if (!this.setBreak(newEnd)) {
      // Cannot happen with the VM's brk (lowering always succeeds); undo to stay sound.
      if (newLimit !== top) this.resizeFree(top, size);
      else {
        this.setBlock(top, size, 0);
        this.insertSorted(top + 4, size);
      }
      return;
    }
    this.end = newEnd;
  }

  /** Marks the first `asize` bytes of free block p allocated, splitting off the rest. */
  place(p: number, asize: number): number {
    const idx = this.freeIndex();
    return this.placeAt(idx, this.position(idx, p), asize);
  }
  /** place() for the free block at position i of the list (already checked). */
  private placeAt(idx: FreeIndex, i: number, asize: number): number {
    const p = idx.addr[i]!;
    const size = idx.size[i]!;
    const h = p - 4;
    if (size - asize >= MIN_BLOCK) {
      this.replaceAt(idx, i, h + asize + 4, size - asize);
      this.setBlock(h, asize, ALLOC_BIT);
      this.setBlock(h + asize, size - asize, 0);
      this.onPlaced(h + asize + 4, 0);
    } else {
      const n = idx.at(i + 1);
      this.unlinkAt(idx, i);
      this.setBlock(h, size, ALLOC_BIT);
      this.onPlaced(0, n);
    }
    return p;
  }

  malloc(n: number): number {
    const asize = taggedBlockSize(n);
    if (asize === null) return this.fail();
    this.init();
    const idx = this.freeIndex();
    const i = this.find(idx, asize);
    if (i >= 0) return this.placeAt(idx, i, asize);
    if (!this.grow(asize)) return this.fail();
    const top = this.topFree();
    if (top === 0 || this.sizeAt(top) < asize) return this.fail(); // a fence left no room
    return this.place(top + 4, asize);
  }

  /**
   * Checks that p is the payload of a live block and returns its header. The quick check
   * (aligned, inside the heap, header and footer agree, allocated) accepts live blocks in
   * O(1). When it fails, notLive walks the heap to say why (HeapBase).
   */
  protected liveBlock(p: number): number {
    const first = this.first;
    const limit = this.limit;
    const h = p - 4;
    if (this.start === 0 || (p & (ALIGN - 1)) !== 0 || h < first || h >= limit) this.invalid(p);
    const w = this.ld(h);
    const size = w & ~7;
    const sane = (w & (RESERVED_BITS | FENCE_BIT)) === 0 && size >= MIN_BLOCK && h + size <= limit && this.ld(h + size - 4) === w;
    if (sane && (w & ALLOC_BIT) !== 0) return h;
    if (sane) this.doubleFree(p);
    this.notLive(p, h);
  }

  usable(p: number): number {
    return this.sizeAt(p - 4) - OVERHEAD;
  }

  /**
   * Frees the live block at header h, coalescing with free neighbours. Everything it
   * reads is checked before anything is written.
   */
  protected release(h: number): void {
    const size = this.ld(h) & ~7; // h was just checked (liveBlock) or written (realloc's split)
    const first = this.first;
    const limit = this.limit;
    let ph = -1; // the free block below, found and checked in the list (position)
    if (h > first) {
      const fw = this.ld(h - 4);
      if ((fw & ALLOC_BIT) === 0) ph = h - (fw & ~7);
    }
    const nh = h + size;
    let nextFree = false;
    if (nh < limit) {
      this.sizeAt(nh);
      nextFree = this.isFree(nh);
    }
    const idx = this.freeIndex();
    // Positions in the list (checked); the two free neighbours are next to each other there.
    const ni = nextFree ? this.position(idx, nh + 4) : -1;
    const pi = ph !== -1 ? this.position(idx, ph + 4) : -1;
    if (pi >= 0) {
      let total = idx.size[pi]! + size;
      if (ni >= 0) {
        total += idx.size[ni]!;
        this.unlinkAt(idx, ni);
      }
      this.setBlock(ph, total, 0);
      idx.size[pi] = total;
    } else if (ni >= 0) {
      const total = size + idx.size[ni]!;
      this.replaceAt(idx, ni, h + 4, total);
      this.setBlock(h, total, 0);
    } else {
      this.setBlock(h, size, 0);
      this.insertSorted(h + 4, size);
    }
  }

  protected splitTail(h: number, size: number, asize: number): void {
    this.setBlock(h, asize, ALLOC_BIT);
    this.setBlock(h + asize, size - asize, ALLOC_BIT);
  }

  /** Grows the block at h in place to asize by absorbing the free block after it. */
  protected absorbNext(h: number, size: number, asize: number): boolean {
    const nh = h + size;
    if (nh >= this.limit || !this.isFree(nh)) return false;
    const nsize = this.sizeAt(nh);
    if (size + nsize < asize) return false;
    const np = nh + 4;
    this.checkNode(np, this.prev(np));
    const total = size + nsize;
    if (total - asize >= MIN_BLOCK) {
      // Relink first: the new tags may land on the old block's links.
      this.replace(np, h + asize + 4, total - asize);
      this.setBlock(h, asize, ALLOC_BIT);
      this.setBlock(h + asize, total - asize, 0);
    } else {
      this.unlink(np);
      this.setBlock(h, total, ALLOC_BIT);
    }
    return true;
  }
}
