/**
 * @fileoverview next-fit: like first fit, but each search starts where the last one
 * stopped (the "rover", malloc.o's `__malloc_rover` word: the payload of a free block, or
 * 0 for the list head) and wraps around once. Spreads allocations over the heap instead
 * of crowding the low end; usually worse utilization than first fit (Knuth, CS:APP 9.9).
 */

import type { NativeContext } from "../abi.js";
import { ALLOCATOR_SYMBOLS } from "./common.js";
import { TaggedHeap } from "./tagged.js";

export class NextFitHeap extends TaggedHeap {
  private readonly sRover: number;

  constructor(ctx: NativeContext, op: string) {
    super(ctx, op);
    this.sRover = this.stateSymbol(ALLOCATOR_SYMBOLS.rover);
  }

  private get rover(): number {
    return this.ld(this.sRover);
  }
  private set rover(p: number) {
    this.st(this.sRover, p);
  }

  protected find(asize: number): number {
    const start = this.rover;
    // From the rover to the end of the list ...
    if (start !== 0) {
      let prev = this.prev(start);
      for (let p = start; p !== 0; p = this.next(p)) {
        if (this.checkNode(p, prev) >= asize) return p;
        prev = p;
      }
    }
    // ... then from the head up to the rover.
    let prev = 0;
    for (let p = this.head; p !== 0 && p !== start; p = this.next(p)) {
      if (this.checkNode(p, prev) >= asize) return p;
      prev = p;
    }
    return 0;
  }

  protected override onUnlink(p: number, next: number): void {
    if (this.rover === p) this.rover = next;
  }
  protected override onReplace(old: number, neu: number): void {
    if (this.rover === old) this.rover = neu;
  }
  protected override onPlaced(rest: number, next: number): void {
    this.rover = rest !== 0 ? rest : next;
  }
}
