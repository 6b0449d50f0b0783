/**
 * @fileoverview The heap after every event, inferred from the event log alone (for
 * `minic report` on a core file or a --dump-json file, which keep the events but not the
 * heap at each step). The inference assumes what minic's allocators do: a request of n
 * bytes takes blockSizeFor(n) bytes at the address malloc returned, a hole's rest stays
 * free when it can hold a minimal block (else the block keeps it), free coalesces at
 * once, and heap growth joins the top free block. That is exact for first-fit, next-fit
 * and best-fit; tests check it against recorded runs. For segregated, a request of at most
 * SLAB_MAX bytes is a slot: the first slot of a page makes the slab (a SLAB_BLOCK block
 * placed like any other), the last one freed frees it. When the log contradicts it (a
 * pointer that is not in a block), the affected blocks are still drawn and a note says so.
 */

import type { HeapEvent } from "../../libc/abi.js";
import { SLAB_BLOCK, SLAB_HEADER, slabBase } from "../../libc/alloc/slab-layout.js";
import { BLOCK_ALLOC, BLOCK_SLAB, MIN_BLOCK, blockSizeFor, overheadOf, slotSizeFor, type RawTrace, type RunLayout } from "./model.js";

interface Blk {
  header: number;
  size: number;
  flags: number;
}

/** Everything the reconstruction needs (a dump JSON or a core file provide it). */
export interface EventLog {
  policy: string;
  exit: RawTrace["exit"];
  layout: RunLayout;
  events: HeapEvent[];
  /** The final heap as read from memory (to check the inference against), if known. */
  finalBlocks?: { header: number; size: number; free: boolean }[];
  heapError: string | null;
}

/** End of the block area (heap-walk's heapLimit, segregated leaving its epilogue word). */
function limitOf(policy: string, brk: number, first: number): number {
  const end = policy === "segregated" ? brk - 4 : brk;
  if (end <= first) return first;
  return first + Math.floor((end - first) / 8) * 8;
}

/**
 * Groups: the brk calls malloc makes are logged before the malloc itself, from the same
 * call site; a brk followed by an allocator event with the same return address is part of
 * that call.
 */
export function inferGroups(events: readonly HeapEvent[]): number[] {
  const groups: number[] = new Array<number>(events.length);
  let g = 0;
  let i = 0;
  while (i < events.length) {
    let j = i;
    while (j < events.length && events[j]!.op === "brk" && j + 1 < events.length && events[j + 1]!.site?.pc !== undefined && events[j + 1]!.site?.pc === events[j]!.site?.pc) j++;
    // j is the call's own event when the brk run ends at an allocator event of the same site.
    const own = j < events.length && events[j]!.op !== "brk" && j > i ? j : i;
    for (let k = i; k <= own; k++) groups[k] = g;
    g++;
    i = own + 1;
  }
  return groups;
}

export function reconstruct(log: EventLog): RawTrace {
  const { layout, events, policy } = log;
  const overhead = overheadOf(policy);
  const groups = inferGroups(events);
  const diffs: RawTrace["diffs"] = events.map(() => ({ rem: [], add: [] }));
  const corrupt: (string | null)[] = events.map(() => null);
  const first = layout.firstHeader;
  let blocks: Blk[] = [];
  let limit = first;
  /** Live slots per slab (by header). */
  const slabs = new Map<number, number>();
  /** The header of the slab holding slot p, or -1 when p is not in a known slab. */
  const slabOf = (p: number): number => {
    const sh = slabBase(p) - 4;
    return slabs.has(sh) && p > sh + 4 && p < sh + SLAB_BLOCK ? sh : -1;
  };

  const find = (addr: number): number => {
    let lo = 0;
    let hi = blocks.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const b = blocks[mid]!;
      if (addr < b.header) hi = mid - 1;
      else if (addr >= b.header + b.size) lo = mid + 1;
      else return mid;
    }
    return -1;
  };

  // The allocator's own view of the break: it moves only through brk calls made inside malloc & co.
  let allocBrk = layout.heapStart;
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    const last = i + 1 >= events.length || groups[i + 1] !== groups[i];
    // Diffs go to a call's last event; a brk that ends its group is the program's own sbrk.
    if (!last || e.op === "brk") continue;
    for (let k = i - 1; k >= 0 && groups[k] === groups[i]; k--) {
      const b = events[k]!;
      if (b.op === "brk") {
        allocBrk = b.result;
        break;
      }
    }
    // Every change goes through splice, which remembers what it removed and added.
    const removed = new Map<number, Blk>();
    const added: Blk[] = [];
    const splice = (k: number, count: number, ...parts: Blk[]): void => {
      for (const b of blocks.slice(k, k + count)) if (!removed.has(b.header)) removed.set(b.header, b);
      blocks.splice(k, count, ...parts);
      added.push(...parts);
    };
    const newLimit = limitOf(policy, allocBrk, first);
    if (newLimit > limit) {
      const top = blocks[blocks.length - 1];
      if (top && (top.flags & BLOCK_ALLOC) === 0) splice(blocks.length - 1, 1, { ...top, size: newLimit - top.header });
      else splice(blocks.length, 0, { header: limit, size: newLimit - limit, flags: 0 });
    }
    let problem: string | null = null;
    const freeAt = (h: number): void => {
      const k = find(h);
      if (k < 0 || blocks[k]!.header !== h || (blocks[k]!.flags & BLOCK_ALLOC) === 0) {
        problem = `no allocated block at ${h + 4} to free`;
        return;
      }
      let lo = k;
      let hi = k;
      if (lo > 0 && (blocks[lo - 1]!.flags & BLOCK_ALLOC) === 0) lo--;
      if (hi + 1 < blocks.length && (blocks[hi + 1]!.flags & BLOCK_ALLOC) === 0) hi++;
      const start = blocks[lo]!.header;
      const end = blocks[hi]!.header + blocks[hi]!.size;
      splice(lo, hi - lo + 1, { header: start, size: end - start, flags: 0 });
    };
    const place = (p: number, n: number): void => {
      if (slotSizeFor(n, policy) > 0) {
        const sh = slabBase(p) - 4;
        const live = slabs.get(sh);
        if (live !== undefined) slabs.set(sh, live + 1);
        else {
          slabs.set(sh, 1);
          placeBlock(sh, SLAB_BLOCK, (SLAB_HEADER & 7) | BLOCK_SLAB); // in use, fence bit: as the recorder decodes it
        }
        return;
      }
      placeBlock(p - 4, blockSizeFor(n, overhead), BLOCK_ALLOC);
    };
    const release = (p: number): void => {
      const sh = slabOf(p);
      if (sh < 0) return freeAt(p - 4);
      const live = slabs.get(sh)! - 1;
      if (live > 0) slabs.set(sh, live);
      else {
        slabs.delete(sh);
        freeAt(sh);
      }
    };
    const placeBlock = (h: number, need: number, flags: number): void => {
      const p = h + 4;
      const k = find(h);
      if (k < 0 || (blocks[k]!.flags & BLOCK_ALLOC) !== 0) {
        problem = `malloc returned ${p}, which is not in a free block`;
        return;
      }
      const hole = blocks[k]!;
      const parts: Blk[] = [];
      if (h > hole.header) parts.push({ header: hole.header, size: h - hole.header, flags: 0 });
      const rest = hole.header + hole.size - (h + need);
      if (rest < 0) problem = `a ${need}-byte block at ${h} does not fit its hole`;
      if (rest >= MIN_BLOCK) {
        parts.push({ header: h, size: need, flags });
        parts.push({ header: h + need, size: rest, flags: 0 });
      } else parts.push({ header: h, size: hole.header + hole.size - h, flags });
      splice(k, 1, ...parts);
    };
    const resize = (p: number, n: number): void => {
      if (slabOf(p) >= 0) return; // a slot stays only within its class: nothing moves
      const h = p - 4;
      const k = find(h);
      if (k < 0 || blocks[k]!.header !== h) {
        problem = `realloc of ${p}, which is not a block`;
        return;
      }
      const b = blocks[k]!;
      const need = blockSizeFor(n, overhead);
      let size = b.size;
      let span = 1;
      const nxt = blocks[k + 1];
      if (need > size && nxt && (nxt.flags & BLOCK_ALLOC) === 0) {
        size += nxt.size;
        span = 2;
      }
      if (need <= size && size - need >= MIN_BLOCK) {
        // The tail becomes free, merging with a free block after it.
        const after = blocks[k + span];
        const tail = size - need + (after && (after.flags & BLOCK_ALLOC) === 0 ? after.size : 0);
        const more = after && (after.flags & BLOCK_ALLOC) === 0 ? 1 : 0;
        splice(k, span + more, { header: h, size: need, flags: BLOCK_ALLOC }, { header: h + need, size: tail, flags: 0 });
      } else {
        if (need > size) problem = `realloc(${p}, ${n}) in place, but the block cannot grow there`;
        splice(k, span, { header: h, size, flags: BLOCK_ALLOC });
      }
    };
    switch (e.op) {
      case "malloc":
        if (e.result !== 0) place(e.result, e.size);
        break;
      case "calloc":
        if (e.result !== 0) place(e.result, e.nmemb * e.size);
        break;
      case "realloc":
        if (e.ptr === 0) {
          if (e.result !== 0) place(e.result, e.size);
        } else if (e.result === e.ptr) resize(e.ptr, e.size);
        else if (e.result !== 0) {
          place(e.result, e.size);
          release(e.ptr);
        } else if (e.size === 0) release(e.ptr);
        break;
      case "free":
        if (e.ptr !== 0) release(e.ptr);
        break;
    }
    if (newLimit < limit) {
      // Trimmed: the top free block shrinks or goes.
      while (blocks.length > 0 && blocks[blocks.length - 1]!.header >= newLimit) splice(blocks.length - 1, 1);
      const top = blocks[blocks.length - 1];
      if (top && top.header + top.size > newLimit) splice(blocks.length - 1, 1, { ...top, size: newLimit - top.header });
    }
    limit = newLimit;
    // The diff: blocks added and still present, unless identical to what was there before.
    const d = diffs[i]!;
    const present = new Map<number, Blk>();
    for (const b of added) {
      const k = find(b.header);
      if (k >= 0 && blocks[k] === b) present.set(b.header, b);
    }
    // The block a realloc resized is listed even when its size stayed: its request changed.
    const touched = e.op === "realloc" && e.result !== 0 ? e.result - 4 : -1;
    for (const [h, b] of present) {
      const o = removed.get(h);
      if (o && o.size === b.size && o.flags === b.flags && h !== touched) continue;
      d.add.push(b);
    }
    for (const h of removed.keys()) if (!present.has(h)) d.rem.push(h);
    d.add.sort((x, y) => x.header - y.header);
    corrupt[i] = problem === null ? null : `the event log does not match the inferred heap: ${problem}`;
  }

  let heapError = log.heapError;
  if (log.finalBlocks) {
    const same =
      log.finalBlocks.length === blocks.length &&
      log.finalBlocks.every((b, k) => b.header === blocks[k]!.header && b.size === blocks[k]!.size && b.free === ((blocks[k]!.flags & BLOCK_ALLOC) === 0));
    if (!same) heapError ??= "the heap inferred from the event log differs from the heap in memory at the end (this policy does not place blocks as the inference assumes)";
  }
  return {
    policy,
    reconstructed: true,
    exit: log.exit,
    layout,
    events,
    groups,
    sps: events.map(() => -1),
    diffs,
    corrupt,
    heapError,
  };
}
