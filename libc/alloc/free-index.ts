/**
 * @fileoverview FreeIndex: a host-side mirror of the tagged policies' free list.
 *
 * The free list itself lives in VM memory (headers, footers and next/prev links, as
 * tagged.ts draws them; dumps and --heap-check read only that). Searching it means
 * following links through the heap, one scattered block after another, and a program with
 * a few hundred holes paid for that walk on every malloc and on every free that inserts a
 * block. This mirror keeps the same list as two parallel arrays in address order:
 *
 *   addr: | p0 | p1 | p2 | ... |     payload addresses, ascending (the list order)
 *   size: | s0 | s1 | s2 | ... |     block sizes
 *
 * so that a first-fit search is a scan of one compact array and finding a block's place is
 * a binary search. It holds no information of its own: the allocator checks every free
 * block it reads or links against VM memory before using it (tagged.ts, `verify`), rebuilds
 * the mirror from the VM list when that list's head is not what the mirror expects, and
 * drops it when an operation aborts.
 */

// Int32Array, not Uint32Array: VM memory is at most 1 GiB (vm/layout.ts MAX_MEMORY), so
// every address and size fits, and V8 keeps int32 values in registers where uint32 ones
// above 2^31 would need doubles.
export class FreeIndex {
  /** Payload addresses in ascending order; entries [0, n) are valid. */
  addr = new Int32Array(64);
  /** size[i] is the size of the block whose payload is addr[i]. */
  size = new Int32Array(64);
  n = 0;

  /** The first position whose address is >= p (n when there is none). */
  lowerBound(p: number): number {
    let lo = 0;
    let hi = this.n;
    const a = this.addr;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (a[mid]! < p) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The position of payload p, or -1. */
  indexOf(p: number): number {
    const i = this.lowerBound(p);
    return i < this.n && this.addr[i] === p ? i : -1;
  }

  /** The address at position i, or 0 past either end (the list's NULL). */
  at(i: number): number {
    return i >= 0 && i < this.n ? this.addr[i]! : 0;
  }

  insertAt(i: number, p: number, size: number): void {
    if (this.n === this.addr.length) {
      const a = new Int32Array(this.n * 2);
      a.set(this.addr);
      this.addr = a;
      const s = new Int32Array(this.n * 2);
      s.set(this.size);
      this.size = s;
    }
    const a = this.addr;
    const z = this.size;
    // A short tail is moved by hand: copyWithin costs more than a few moves.
    if (this.n - i <= 16) {
      for (let k = this.n; k > i; k--) {
        a[k] = a[k - 1]!;
        z[k] = z[k - 1]!;
      }
    } else {
      a.copyWithin(i + 1, i, this.n);
      z.copyWithin(i + 1, i, this.n);
    }
    a[i] = p;
    z[i] = size;
    this.n++;
  }

  removeAt(i: number): void {
    const n = --this.n;
    if (n - i <= 16) {
      const a = this.addr;
      const z = this.size;
      for (let k = i; k < n; k++) {
        a[k] = a[k + 1]!;
        z[k] = z[k + 1]!;
      }
    } else {
      this.addr.copyWithin(i, i + 1, n + 1);
      this.size.copyWithin(i, i + 1, n + 1);
    }
  }

  /** The first position in [from, to) whose block holds asize bytes, or -1. */
  firstFit(asize: number, from: number, to: number): number {
    const s = this.size;
    for (let i = from; i < to; i++) if (s[i]! >= asize) return i;
    return -1;
  }

  /** The position of the smallest block that holds asize bytes (the lowest among equals), or -1. */
  bestFit(asize: number): number {
    const s = this.size;
    let best = -1;
    let bestSize = Infinity;
    for (let i = 0; i < this.n; i++) {
      const v = s[i]!;
      if (v >= asize && v < bestSize) {
        best = i;
        bestSize = v;
        if (v === asize) break;
      }
    }
    return best;
  }
}
