/**
 * @fileoverview best-fit: the smallest free block that is big enough (the lowest address
 * among equals), found by walking the whole address-ordered list; an exact fit ends the
 * walk early. Leaves the least waste per placement, at the price of a full list walk.
 */

import { TaggedHeap } from "./tagged.js";

export class BestFitHeap extends TaggedHeap {
  protected find(asize: number): number {
    let prev = 0;
    let best = 0;
    let bestSize = Infinity;
    for (let p = this.head; p !== 0; p = this.next(p)) {
      const size = this.checkNode(p, prev);
      if (size >= asize && size < bestSize) {
        best = p;
        bestSize = size;
        if (size === asize) break;
      }
      prev = p;
    }
    return best;
  }
}
