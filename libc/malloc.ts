/**
 * @fileoverview malloc.o: malloc, free, calloc, realloc.
 *
 * A textbook allocator, chosen so that every byte of it can be shown in a dump:
 * first fit over an explicit, ADDRESS-ORDERED, doubly linked free list, with boundary
 * tags (a header and a footer word in every block), splitting and immediate coalescing.
 *
 *   allocated block                          free block
 *   h (h % 8 == 4)                           h
 *   +--------------------+ <- h              +--------------------+
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
 * Policies (documented for students):
 * - The heap starts empty at the initial break (BRK 0 on the first call).
 * - A request of n bytes needs a block of max(16, round8(n + 8)); malloc(0) therefore
 *   returns a unique minimal 16-byte block (8 usable bytes), like glibc returns a unique
 *   minimal chunk.
 * - The first free block (lowest address) that is big enough is used. It is split when
 *   the rest can hold a minimal free block: the allocated part is the low end, the rest
 *   stays free in the list at the same position.
 * - When nothing fits, the heap grows with brk by what is missing beyond a free block at
 *   the top of the heap, rounded up to a multiple of 4096 bytes; the new space is
 *   coalesced with that top free block.
 * - free() coalesces at once with a free neighbour on either side, so no two free blocks
 *   are ever adjacent.
 * - realloc(NULL, n) is malloc(n); realloc(p, 0) frees p and returns NULL (as glibc); a
 *   block grows in place when the next block is free and big enough, or when it is the
 *   last block (the heap is extended with brk); otherwise malloc + copy + free.
 * - calloc returns NULL when nmemb * size overflows; every failure sets errno = ENOMEM.
 * - Checks like glibc's: free of something that is not a live block aborts with
 *   "free(): invalid pointer 0x...", of a block that is already free with
 *   "free(): double free detected (0x...)", and a header or free-list link found to be
 *   inconsistent aborts with "<op>(): corrupted heap block at 0x<payload>".
 *
 * Every user-visible call logs exactly one event; brk events come from the BRK trap.
 */

import type { LibcMember, NativeContext } from "./abi.js";
import { Trap } from "../vm/isa.js";
import {
  ALIGN,
  ALLOC_BIT,
  ALLOCATOR_SYMBOLS,
  BRK_INCREMENT,
  FENCE_BIT,
  MIN_BLOCK,
  OVERHEAD,
  RESERVED_BITS,
  firstHeader,
  heapLimit,
  diagnose,
  hex32,
} from "./heap-walk.js";
import { ENOMEM, setErrno } from "./unistd.js";

/** Largest request we try to satisfy (keeps size arithmetic inside 32 bits). */
const MAX_REQUEST = 0x7ffffff0;

function roundUp(n: number, m: number): number {
  return Math.ceil(n / m) * m;
}

/** Block size for a request, or null when the request can never be satisfied. */
function blockSizeFor(n: number): number | null {
  if (n > MAX_REQUEST) return null;
  return Math.max(MIN_BLOCK, roundUp(n + OVERHEAD, ALIGN));
}

/** One allocator operation: reads and writes the state words and blocks in VM memory. */
class Heap {
  private readonly sStart: number;
  private readonly sEnd: number;
  private readonly sHead: number;

  constructor(
    private readonly ctx: NativeContext,
    /** Name used in abort messages ("free", "malloc"...). */
    private readonly op: string,
  ) {
    const a = ctx.symbol(ALLOCATOR_SYMBOLS.heapStart);
    const b = ctx.symbol(ALLOCATOR_SYMBOLS.heapEnd);
    const c = ctx.symbol(ALLOCATOR_SYMBOLS.freeList);
    if (a === undefined || b === undefined || c === undefined) ctx.abort(`${op}(): allocator state is not linked`);
    this.sStart = a;
    this.sEnd = b;
    this.sHead = c;
  }

  private ld(a: number): number {
    return this.ctx.mem.load32(a) >>> 0;
  }
  private st(a: number, v: number): void {
    this.ctx.mem.store32(a, v);
  }

  get start(): number {
    return this.ld(this.sStart);
  }
  get end(): number {
    return this.ld(this.sEnd);
  }
  get head(): number {
    return this.ld(this.sHead);
  }
  set head(p: number) {
    this.st(this.sHead, p);
  }
  get first(): number {
    return firstHeader(this.start);
  }
  get limit(): number {
    return heapLimit(this.start, this.end);
  }

  /** First use: the heap starts empty at the current break. */
  init(): void {
    if (this.start !== 0) return;
    const b = this.ctx.trap(Trap.BRK, 0, 0, 0) >>> 0;
    this.st(this.sStart, b);
    this.st(this.sEnd, b);
    this.head = 0;
  }

  /**
   * Aborts for a broken heap. The block reported is the first one (by address) whose
   * boundary tags are broken, found by walking the heap: that is where the damage is, even
   * when the operation tripped over it elsewhere (say, reading the footer of the block
   * below). If all tags are sound, the trouble is in the free list at h.
   */
  corrupted(h: number): never {
    const broken = diagnose(this.ctx.mem, this.start, this.end, h).brokenAt;
    this.ctx.abort(`${this.op}(): corrupted heap block at ${hex32((broken ?? h) + 4)}`);
  }

  /** Size of the block at h after checking its header and footer; aborts when inconsistent. */
  sizeAt(h: number): number {
    const first = this.first;
    const limit = this.limit;
    if (h < first || h >= limit || (h - first) % ALIGN !== 0) this.corrupted(h);
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

  private next(p: number): number {
    return this.ld(p);
  }
  private prev(p: number): number {
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
  unlink(p: number): void {
    const n = this.next(p);
    const pv = this.prev(p);
    if (pv !== 0) this.st(pv, n);
    else this.head = n;
    if (n !== 0) this.st(n + 4, pv);
  }
  /** `neu` takes the list position of `old` (neighbours keep the address order). */
  replace(old: number, neu: number): void {
    const n = this.next(old);
    const pv = this.prev(old);
    this.st(neu, n);
    this.st(neu + 4, pv);
    if (pv !== 0) this.st(pv, neu);
    else this.head = neu;
    if (n !== 0) this.st(n + 4, neu);
  }
  insertSorted(p: number): void {
    let prev = 0;
    let cur = this.head;
    while (cur !== 0 && cur < p) {
      this.checkNode(cur, prev);
      prev = cur;
      cur = this.next(cur);
    }
    this.st(p, cur);
    this.st(p + 4, prev);
    if (prev !== 0) this.st(prev, p);
    else this.head = p;
    if (cur !== 0) this.st(cur + 4, p);
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
  grow(want: number): boolean {
    const start = this.start;
    const end = this.end;
    const oldLimit = this.limit;
    const cur = this.ctx.trap(Trap.BRK, 0, 0, 0) >>> 0;
    if (cur < end) return false; // the program shrank the break under our blocks
    if (cur === end) {
      const top = this.topFree();
      const need = want - (top !== 0 ? this.sizeAt(top) : 0);
      let newEnd = end + roundUp(Math.max(need, 1), BRK_INCREMENT);
      while (heapLimit(start, newEnd) - oldLimit < need) newEnd += BRK_INCREMENT;
      if (newEnd > 0xffffffff || (this.ctx.trap(Trap.BRK, newEnd, 0, 0) >>> 0) !== newEnd) return false;
      this.st(this.sEnd, newEnd);
      const newLimit = heapLimit(start, newEnd);
      if (top !== 0) {
        this.setBlock(top, newLimit - top, 0); // the top block is already in the list
      } else {
        this.setBlock(oldLimit, newLimit - oldLimit, 0);
        this.insertSorted(oldLimit + 4);
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
    if (newEnd > 0xffffffff || (this.ctx.trap(Trap.BRK, newEnd, 0, 0) >>> 0) !== newEnd) return false;
    this.st(this.sEnd, newEnd);
    this.setBlock(oldLimit, fenceEnd - oldLimit, ALLOC_BIT | FENCE_BIT);
    this.setBlock(fenceEnd, heapLimit(start, newEnd) - fenceEnd, 0);
    this.insertSorted(fenceEnd + 4);
    return true;
  }

  /** Marks the first `asize` bytes of free block p allocated, splitting off the rest. */
  place(p: number, asize: number): number {
    const h = p - 4;
    const size = this.sizeAt(h);
    if (size - asize >= MIN_BLOCK) {
      this.replace(p, h + asize + 4);
      this.setBlock(h, asize, ALLOC_BIT);
      this.setBlock(h + asize, size - asize, 0);
    } else {
      this.unlink(p);
      this.setBlock(h, size, ALLOC_BIT);
    }
    return p;
  }

  malloc(n: number): number {
    const asize = blockSizeFor(n);
    if (asize === null) return this.fail();
    this.init();
    let prev = 0;
    for (let p = this.head; p !== 0; p = this.next(p)) {
      if (this.checkNode(p, prev) >= asize) return this.place(p, asize);
      prev = p;
    }
    if (!this.grow(asize)) return this.fail();
    const top = this.topFree();
    if (top === 0 || this.sizeAt(top) < asize) return this.fail(); // a fence left no room
    return this.place(top + 4, asize);
  }

  fail(): number {
    setErrno(this.ctx, ENOMEM);
    return 0;
  }

  /**
   * Checks that p is the payload of a live block and returns its header. The quick check
   * (aligned, inside the heap, header and footer agree, allocated) accepts live blocks in
   * O(1). When it fails, the heap is walked to say why: broken boundary tags at or below
   * p are corruption; a p inside a free block was freed already (its block may have been
   * merged into a neighbour since); anything else is not a pointer malloc returned.
   */
  liveBlock(p: number): number {
    const first = this.first;
    const limit = this.limit;
    const h = p - 4;
    if (this.start === 0 || p % ALIGN !== 0 || h < first || h >= limit) this.invalid(p);
    const w = this.ld(h);
    const size = w & ~7;
    const sane = (w & (RESERVED_BITS | FENCE_BIT)) === 0 && size >= MIN_BLOCK && h + size <= limit && this.ld(h + size - 4) === w;
    if (sane && (w & ALLOC_BIT) !== 0) return h;
    if (sane) this.ctx.abort(`${this.op}(): double free detected (${hex32(p)})`);
    const d = diagnose(this.ctx.mem, this.start, this.end, h);
    if (d.brokenAt !== null && d.brokenAt <= h) this.ctx.abort(`${this.op}(): corrupted heap block at ${hex32(d.brokenAt + 4)}`);
    if (d.container !== null && d.container.free) this.ctx.abort(`${this.op}(): double free detected (${hex32(p)})`);
    this.invalid(p);
  }

  invalid(p: number): never {
    this.ctx.abort(`${this.op}(): invalid pointer ${hex32(p)}`);
  }

  /** Frees the live block at header h, coalescing with free neighbours. */
  release(h: number): void {
    let size = this.sizeAt(h);
    const first = this.first;
    const limit = this.limit;
    let prevFree = 0;
    if (h > first) {
      const fw = this.ld(h - 4);
      if ((fw & ALLOC_BIT) === 0) {
        const ph = h - (fw & ~7);
        if (ph < first || this.sizeAt(ph) !== (fw & ~7)) this.corrupted(h - (fw & ~7));
        prevFree = ph;
      }
    }
    const nh = h + size;
    let nextFree = 0;
    if (nh < limit) {
      this.sizeAt(nh);
      if (this.isFree(nh)) nextFree = nh;
    }
    if (nextFree !== 0) this.checkNode(nextFree + 4, this.prev(nextFree + 4));
    if (prevFree !== 0) this.checkNode(prevFree + 4, this.prev(prevFree + 4));
    if (prevFree !== 0 && nextFree !== 0) {
      this.unlink(nextFree + 4);
      this.setBlock(prevFree, size + (h - prevFree) + this.sizeAt(nextFree), 0);
    } else if (prevFree !== 0) {
      this.setBlock(prevFree, h + size - prevFree, 0);
    } else if (nextFree !== 0) {
      size += this.sizeAt(nextFree);
      this.replace(nextFree + 4, h + 4);
      this.setBlock(h, size, 0);
    } else {
      this.setBlock(h, size, 0);
      this.insertSorted(h + 4);
    }
  }

  free(p: number): void {
    if (p === 0) return;
    this.release(this.liveBlock(p));
  }

  /** Grows the block at h in place to asize by absorbing the free block after it. */
  private absorbNext(h: number, size: number, asize: number): boolean {
    const nh = h + size;
    if (nh >= this.limit || !this.isFree(nh)) return false;
    const nsize = this.sizeAt(nh);
    if (size + nsize < asize) return false;
    const np = nh + 4;
    this.checkNode(np, this.prev(np));
    const total = size + nsize;
    if (total - asize >= MIN_BLOCK) {
      // Relink first: the new tags may land on the old block's links.
      this.replace(np, h + asize + 4);
      this.setBlock(h, asize, ALLOC_BIT);
      this.setBlock(h + asize, total - asize, 0);
    } else {
      this.unlink(np);
      this.setBlock(h, total, ALLOC_BIT);
    }
    return true;
  }

  realloc(p: number, n: number): number {
    if (p === 0) return this.malloc(n);
    const h = this.liveBlock(p);
    if (n === 0) {
      this.release(h);
      return 0;
    }
    const asize = blockSizeFor(n);
    if (asize === null) return this.fail();
    const size = this.sizeAt(h);
    if (asize <= size) {
      // Shrink in place; give back the tail when it can stand as a free block.
      if (size - asize >= MIN_BLOCK) {
        this.setBlock(h, asize, ALLOC_BIT);
        this.setBlock(h + asize, size - asize, ALLOC_BIT);
        this.release(h + asize);
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
    this.ctx.mem.copyWithin(q, p, Math.min(size - OVERHEAD, n));
    this.release(h);
    return q;
  }
}

/** malloc without logging an event (for library code that logs its own, e.g. strdup). */
export function mallocInternal(ctx: NativeContext, n: number, op = "malloc"): number {
  return new Heap(ctx, op).malloc(n >>> 0);
}

/** Whether the TS allocator is linked (its state symbols exist). */
export function allocatorLinked(ctx: NativeContext): boolean {
  return ctx.symbol(ALLOCATOR_SYMBOLS.heapStart) !== undefined;
}

export const MALLOC_MEMBER: LibcMember = {
  name: "malloc.o",
  needs: ["errno"],
  data: [
    { name: ALLOCATOR_SYMBOLS.heapStart, size: 4, align: 4 },
    { name: ALLOCATOR_SYMBOLS.heapEnd, size: 4, align: 4 },
    { name: ALLOCATOR_SYMBOLS.freeList, size: 4, align: 4 },
  ],
  functions: {
    malloc(ctx) {
      const size = ctx.arg(0) >>> 0;
      const result = new Heap(ctx, "malloc").malloc(size);
      ctx.event({ op: "malloc", size, result, site: ctx.callSite() });
      return result;
    },
    free(ctx) {
      const ptr = ctx.arg(0) >>> 0;
      new Heap(ctx, "free").free(ptr);
      ctx.event({ op: "free", ptr, site: ctx.callSite() });
    },
    calloc(ctx) {
      const nmemb = ctx.arg(0) >>> 0;
      const size = ctx.arg(1) >>> 0;
      const total = nmemb * size; // exact in a double: both factors are below 2^32
      let result = 0;
      if (total > 0xffffffff) setErrno(ctx, ENOMEM);
      else {
        result = new Heap(ctx, "calloc").malloc(total);
        // Zero the whole payload: a recycled block holds old bytes and list links.
        if (result !== 0) ctx.mem.fill(result, 0, (ctx.mem.load32(result - 4) & ~7) - OVERHEAD);
      }
      ctx.event({ op: "calloc", nmemb, size, result, site: ctx.callSite() });
      return result;
    },
    realloc(ctx) {
      const ptr = ctx.arg(0) >>> 0;
      const size = ctx.arg(1) >>> 0;
      const result = new Heap(ctx, "realloc").realloc(ptr, size);
      ctx.event({ op: "realloc", ptr, size, result, site: ctx.callSite() });
      return result;
    },
  },
};
