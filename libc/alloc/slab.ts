/**
 * @fileoverview The segregated policy's small-object slabs (geometry in slab-layout.ts):
 * requests of at most SLAB_MAX bytes take a headerless slot in a 4096-byte slab of their
 * size class; everything else, and the slabs themselves, are blocks of the segregated heap
 * (segregated.ts). A slab is cut from a free block at a 4096-aligned payload address (the
 * pieces before and after it go back to the bins) and given back as an ordinary free
 * block, coalescing with its neighbours, as soon as its last slot is freed.
 *
 * Why: a 40-byte tree node takes a 48-byte block in any 8-aligned heap with a 4-byte
 * header (83% of it is payload); in a slab it takes 40 bytes, at the cost of the slab's
 * descriptor (about 1-2%) and of the free slots of partly used slabs.
 */

import {
  ALLOC_BIT,
  ALLOCATOR_SYMBOLS,
  MIN_BLOCK,
  PREV_ALLOC_BIT,
  binIndex,
  roundUp,
} from "./common.js";
import { SegregatedHeap } from "./segregated.js";
import {
  SLAB_ALIGN,
  SLAB_BITMAP_OFF,
  SLAB_BLOCK,
  SLAB_GEOMETRY,
  SLAB_HEADER,
  SLAB_LIVE_OFF,
  SLAB_MAGIC_OFF,
  SLAB_MAX,
  SLAB_NEXT_OFF,
  SLAB_PREV_OFF,
  SLAB_SLOT_OFF,
  slabBase,
  slabClass,
  isSlabBlock,
  slabMagic,
  type SlabGeometry,
} from "./slab-layout.js";
import type { NativeContext } from "../abi.js";

/** How many free blocks malloc looks at for an aligned slab before it takes the top chunk. */
const SLAB_SEARCH = 16;

export class SlabHeap extends SegregatedHeap {
  private readonly sSlabs: number;

  constructor(ctx: NativeContext, op: string) {
    super(ctx, op);
    this.sSlabs = this.stateSymbol(ALLOCATOR_SYMBOLS.slabs);
  }

  override malloc(n: number): number {
    if (n <= SLAB_MAX) {
      const p = this.slabMalloc(slabClass(n));
      if (p !== 0) return p;
      // No room for a new slab (brk refused): an ordinary block may still fit.
    }
    return super.malloc(n);
  }

  override free(p: number): void {
    if (p === 0) return;
    const sh = this.slabOf(p);
    if (sh === 0) return super.free(p);
    const g = this.geometryOf(sh);
    this.slabFree(sh, g, this.slotIndex(sh, g, p));
  }

  override realloc(p: number, n: number): number {
    const sh = p === 0 ? 0 : this.slabOf(p);
    if (sh === 0) return super.realloc(p, n);
    const g = this.geometryOf(sh);
    const idx = this.slotIndex(sh, g, p);
    if (n === 0) {
      this.slabFree(sh, g, idx);
      return 0;
    }
    // Same class: stay. Otherwise move, so that a slot never holds a much smaller object.
    if (n <= SLAB_MAX && SLAB_GEOMETRY[slabClass(n)] === g) return p;
    const q = this.malloc(n);
    if (q === 0) return 0;
    this.ctx.mem.copyWithin(q, p, Math.min(g.slotSize, n));
    this.slabFree(sh, g, idx);
    return q;
  }

  override usable(p: number): number {
    const sh = this.slabOf(p);
    return sh === 0 ? super.usable(p) : this.geometryOf(sh).slotSize;
  }

  // -- finding a slot's slab ----------------------------------------------------------

  /** The header of the slab holding p, or 0 when p is not inside a slab. */
  private slabOf(p: number): number {
    const base = slabBase(p);
    const sh = base - 4;
    if (base === p || sh < this.first || sh + SLAB_BLOCK > this.limit) return 0;
    return isSlabBlock(this.ld(sh), this.ld(base + SLAB_MAGIC_OFF), base) ? sh : 0;
  }

  /** The geometry of the slab at sh, after checking its slot size. */
  private geometryOf(sh: number): SlabGeometry {
    const size = this.ld(sh + 4 + SLAB_SLOT_OFF);
    const g = (size & 7) === 0 ? SLAB_GEOMETRY[size / 8 - 1] : undefined;
    if (g === undefined) this.corruptedAt(sh + 4);
    return g;
  }

  /** The slot index of p in the slab at sh (geometry g); aborts when p is not a slot in use. */
  private slotIndex(sh: number, g: SlabGeometry, p: number): number {
    // p is in the slab (slabOf), so off is a small integer: `| 0` keeps the remainder an
    // integer division (on a double, V8 calls out to fmod).
    const off = (p - (sh + 4 + g.slotsAt)) | 0;
    if (off < 0 || off % g.slotSize !== 0) this.invalid(p);
    const idx = off / g.slotSize;
    if (idx >= g.slots) this.invalid(p);
    if ((this.ld(sh + 4 + SLAB_BITMAP_OFF + 4 * (idx >>> 5)) & (1 << (idx & 31))) === 0) this.doubleFree(p);
    return idx;
  }

  // -- slots ----------------------------------------------------------------------------

  private head(c: number): number {
    return this.ld(this.sSlabs + 4 * c);
  }

  private slabMalloc(c: number): number {
    this.initState();
    let base = this.head(c);
    if (base === 0) {
      base = this.newSlab(c);
      if (base === 0) return 0;
    } else if (this.slabOf(base + 8) !== base - 4 || this.ld(base + SLAB_SLOT_OFF) !== 8 * (c + 1)) {
      this.corruptedAt(base);
    }
    const g = SLAB_GEOMETRY[c]!;
    for (let w = 0; w < g.bitmapWords; w++) {
      const wa = base + SLAB_BITMAP_OFF + 4 * w;
      const bits = this.ld(wa);
      if (bits === 0xffffffff) continue;
      const low = ~bits & (bits + 1); // the lowest clear bit
      this.st(wa, bits | low);
      const live = this.ld(base + SLAB_LIVE_OFF) + 1;
      this.st(base + SLAB_LIVE_OFF, live);
      if (live === g.slots) this.unlinkSlab(c, base); // full: off the list
      return base + g.slotsAt + (w * 32 + 31 - Math.clz32(low)) * g.slotSize;
    }
    return this.corruptedAt(base); // on the list but no free slot
  }

  private slabFree(sh: number, g: SlabGeometry, idx: number): void {
    const base = sh + 4;
    const c = g.slotSize / 8 - 1;
    const wa = base + SLAB_BITMAP_OFF + 4 * (idx >>> 5);
    this.st(wa, this.ld(wa) & ~(1 << (idx & 31)));
    const live = this.ld(base + SLAB_LIVE_OFF);
    if (live === 0 || live > g.slots) this.corruptedAt(base);
    this.st(base + SLAB_LIVE_OFF, live - 1);
    if (live === g.slots) this.pushSlab(c, base); // was full: has a free slot again
    if (live === 1) {
      // Empty: back to the heap as an ordinary block, which coalesces and may be trimmed.
      this.unlinkSlab(c, base);
      this.st(base + SLAB_MAGIC_OFF, 0);
      this.st(sh, (this.ld(sh) & PREV_ALLOC_BIT) | SLAB_BLOCK | ALLOC_BIT);
      this.release(sh);
      this.trim();
    }
  }

  private pushSlab(c: number, base: number): void {
    const head = this.head(c);
    this.st(base + SLAB_NEXT_OFF, head);
    this.st(base + SLAB_PREV_OFF, 0);
    if (head !== 0) this.st(head + SLAB_PREV_OFF, base);
    this.st(this.sSlabs + 4 * c, base);
  }

  private unlinkSlab(c: number, base: number): void {
    const next = this.ld(base + SLAB_NEXT_OFF);
    const prev = this.ld(base + SLAB_PREV_OFF);
    if (prev !== 0) this.st(prev + SLAB_NEXT_OFF, next);
    else if (this.head(c) === base) this.st(this.sSlabs + 4 * c, next);
    else this.corruptedAt(base);
    if (next !== 0) this.st(next + SLAB_PREV_OFF, prev);
    this.st(base + SLAB_NEXT_OFF, 0);
    this.st(base + SLAB_PREV_OFF, 0);
  }

  // -- making a slab ----------------------------------------------------------------------

  /**
   * Where a slab header could go in the free block at h (size bytes): the first header
   * slot whose payload is SLAB_ALIGN-aligned and leaves a piece before it that is empty or
   * a block of its own, and a piece after it likewise. -1 if there is none.
   */
  private slabSpot(h: number, size: number): number {
    let sh = roundUp(h + 4, SLAB_ALIGN) - 4;
    if (sh !== h && sh - h < MIN_BLOCK) sh += SLAB_ALIGN;
    const rest = h + size - (sh + SLAB_BLOCK);
    return rest === 0 || rest >= MIN_BLOCK ? sh : -1;
  }

  /** A new, empty slab of class c on the class's list; its payload address, or 0. */
  private newSlab(c: number): number {
    const sh = this.carveSlab();
    if (sh === 0) return 0;
    const base = sh + 4;
    const g = SLAB_GEOMETRY[c]!;
    this.st(base + SLAB_MAGIC_OFF, slabMagic(base));
    this.st(base + SLAB_SLOT_OFF, g.slotSize);
    this.st(base + SLAB_LIVE_OFF, 0);
    for (let w = 0; w < g.bitmapWords; w++) {
      const used = Math.min(32, g.slots - 32 * w); // bits past the last slot stay set
      this.st(base + SLAB_BITMAP_OFF + 4 * w, used === 32 ? 0 : ~((1 << used) - 1) >>> 0);
    }
    this.pushSlab(c, base);
    return base;
  }

  /** Cuts a SLAB_BLOCK block at an aligned spot out of a free block (or the grown top); its header, or 0. */
  private carveSlab(): number {
    let tries = 0;
    for (let j = this.nonEmptyFrom(binIndex(SLAB_BLOCK)); j >= 0 && tries < SLAB_SEARCH; j = this.nonEmptyFrom(j + 1)) {
      let prev = 0;
      for (let p = this.binHead(j); p !== 0 && tries < SLAB_SEARCH; p = this.next(p), tries++) {
        const size = this.checkNode(p, j, prev);
        const sh = this.slabSpot(p - 4, size);
        if (sh >= 0) return this.cut(p - 4, size, sh);
        prev = p;
      }
    }
    let top = this.topFree();
    if (top !== 0) {
      const size = this.sizeAt(top);
      const sh = this.slabSpot(top, size);
      if (sh >= 0) return this.cut(top, size, sh);
    }
    // Grow the top chunk (or start one at the limit) until an aligned spot fits in it.
    const h0 = top !== 0 ? top : this.limit;
    // (The slab then ends at the new limit: both are 4 bytes below a page boundary.)
    if (!this.grow(this.slabSpot(h0, Number.MAX_SAFE_INTEGER) + SLAB_BLOCK - h0)) return 0;
    top = this.topFree();
    if (top === 0) return 0;
    const size = this.sizeAt(top);
    const sh = this.slabSpot(top, size);
    return sh < 0 ? 0 : this.cut(top, size, sh);
  }

  /** Splits the free block at h (size bytes) into [free piece] slab [free piece]. */
  private cut(h: number, size: number, sh: number): number {
    const prevBit = this.ld(h) & PREV_ALLOC_BIT;
    this.unlink(h + 4, size);
    let slabPrev = prevBit;
    if (sh > h) {
      this.setFree(h, sh - h, prevBit);
      this.insert(h + 4, sh - h);
      slabPrev = 0;
    }
    this.st(sh, SLAB_HEADER | slabPrev);
    const t = sh + SLAB_BLOCK;
    const rest = h + size - t;
    if (rest > 0) {
      this.setFree(t, rest, PREV_ALLOC_BIT);
      this.insert(t + 4, rest);
    } else this.setPrevAlloc(t, true);
    return sh;
  }
}
