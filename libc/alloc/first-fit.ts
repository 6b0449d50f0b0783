/**
 * @fileoverview first-fit (the default): the first free block, in address order, that is
 * big enough. Simple and fast when the holes that fit sit low in the heap; it tends to
 * leave small splinters near the start of the heap, which every later search walks past.
 */

import type { FreeIndex } from "./free-index.js";
import { TaggedHeap } from "./tagged.js";

export class FirstFitHeap extends TaggedHeap {
  protected find(idx: FreeIndex, asize: number): number {
    const i = idx.firstFit(asize, 0, idx.n);
    if (i >= 0) this.verify(idx, i);
    return i;
  }
}
