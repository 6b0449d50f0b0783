/**
 * @fileoverview next-fit: like first fit, but each search starts where the last one
 * stopped (the "rover", malloc.o's `__malloc_rover` word: the payload of a free block, or
 * 0 for the list head) and wraps around once. Spreads allocations over the heap instead
 * of crowding the low end; usually worse utilization than first fit (Knuth, CS:APP 9.9).
 */

import type { NativeContext } from "../abi.js";
import { ALLOCATOR_SYMBOLS } from "./common.js";
import type { FreeIndex } from "./free-index.js";
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

  protected find(idx: FreeIndex, asize: number): number {
    const rover = this.rover;
    // From the rover to the end of the list, then from the head up to the rover.
    let from = 0;
    if (rover !== 0) {
      from = idx.indexOf(rover);
      if (from < 0) this.corrupted(rover - 4);
    }
    let i = idx.firstFit(asize, from, idx.n);
    if (i < 0) i = idx.firstFit(asize, 0, from);
    if (i >= 0) this.verify(idx, i);
    return i;
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
