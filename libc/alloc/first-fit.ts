/**
 * @fileoverview first-fit (the default): the first free block, in address order, that is
 * big enough. Simple and fast when the holes that fit sit low in the heap; it tends to
 * leave small splinters near the start of the heap, which every later search walks past.
 */

import { ALIGN, ALLOC_BIT, MIN_BLOCK, RESERVED_BITS } from "./common.js";
import { TaggedHeap } from "./tagged.js";

export class FirstFitHeap extends TaggedHeap {
  /**
   * The search is the allocator's hot loop (it visits every free block below the first
   * fit), so it is checkNode(p, prev) written out with the heap bounds read once: nothing
   * changes the heap while it runs, and the checks, their order and the aborts are
   * checkNode's exactly.
   */
  protected find(asize: number): number {
    const first = this.first;
    const limit = this.limit;
    let prev = 0;
    for (let p = this.head; p !== 0; ) {
      const h = p - 4;
      // sizeAt(h)
      if (h < first || h >= limit || (h - first) % ALIGN !== 0) this.corrupted(h);
      const w = this.ld(h);
      const size = w & ~7;
      if ((w & RESERVED_BITS) !== 0 || size < MIN_BLOCK || h + size > limit || this.ld(h + size - 4) !== w) this.corrupted(h);
      // the list links
      const n = this.ld(p);
      if ((w & ALLOC_BIT) !== 0 || this.ld(p + 4) !== prev || (n !== 0 && n <= p)) this.corrupted(h);
      if (size >= asize) return p;
      prev = p;
      p = n;
    }
    return 0;
  }
}
