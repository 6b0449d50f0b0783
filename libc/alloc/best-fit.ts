/**
 * @fileoverview best-fit: the smallest free block that is big enough (the lowest address
 * among equals), found by walking the whole address-ordered list; an exact fit ends the
 * walk early. Leaves the least waste per placement, at the price of a full list walk.
 */

import type { FreeIndex } from "./free-index.js";
import { TaggedHeap } from "./tagged.js";

export class BestFitHeap extends TaggedHeap {
  protected find(idx: FreeIndex, asize: number): number {
    const i = idx.bestFit(asize);
    if (i >= 0) this.verify(idx, i);
    return i;
  }
}
