/**
 * @fileoverview first-fit (the default): the first free block, in address order, that is
 * big enough. Simple and fast when the holes that fit sit low in the heap; it tends to
 * leave small splinters near the start of the heap, which every later search walks past.
 */

import { TaggedHeap } from "./tagged.js";

export class FirstFitHeap extends TaggedHeap {
  protected find(asize: number): number {
    let prev = 0;
    for (let p = this.head; p !== 0; p = this.next(p)) {
      if (this.checkNode(p, prev) >= asize) return p;
      prev = p;
    }
    return 0;
  }
}
