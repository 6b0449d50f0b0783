/**
 * @fileoverview Reading the heap back: the allocators (libc/alloc/) write blocks, the dump,
 * the reports, --heap-check and the tests read them through walkHeapFromSymbols. Everything
 * here is a pure function of VM memory: a walk never writes and never throws, so it can
 * describe a heap that the program has corrupted, after the program has ended.
 *
 * The heap is a run of blocks between the first header and the "limit":
 *
 *   heap start (initial break, page aligned)
 *   |   first header (payloads are 8-aligned, so headers sit at 8k + 4)
 *   v   v
 *   +---+-------+---------------------+-------+-------+-------------+-------+-----+----
 *   |pad| hdr A |   A's payload ...   | ftr A | hdr B | B's payload | ftr B | ... |slack
 *   +---+-------+---------------------+-------+-------+-------------+-------+-----+----
 *                                                                          limit^    ^break
 *
 * Which layout to decode is malloc.o's `__malloc_policy` word: first-fit, next-fit and
 * best-fit share the tagged layout (header and footer in every block, one address-ordered
 * free list); segregated has footers only in free blocks, PREV_ALLOC bits, an epilogue
 * word at the limit and 155 size-class bins (libc/alloc/segregated.ts), and some of its
 * used blocks are slabs of small slots (libc/alloc/slab-layout.ts). docs/allocators.md
 * draws both.
 */

import type { MemoryAccess } from "./abi.js";
import {
  ALLOC_BIT,
  ALLOCATOR_SYMBOLS,
  FENCE_BIT,
  MIN_BLOCK,
  PREV_ALLOC_BIT,
  RESERVED_BITS,
  SEG_BINS,
  SEG_FENCE_BIT,
  SMALL_BIN_MAX,
  binIndex,
  binRange,
  firstHeader,
  heapLimit,
  hex32,
  policyFromId,
  segLimit,
  type AllocPolicy,
} from "./alloc/common.js";
import {
  SLAB_BITMAP_OFF,
  SLAB_CLASSES,
  SLAB_GEOMETRY,
  SLAB_LIVE_OFF,
  SLAB_MAGIC_OFF,
  SLAB_NEXT_OFF,
  SLAB_PREV_OFF,
  SLAB_SLOT_OFF,
  isSlabBlock,
} from "./alloc/slab-layout.js";

export {
  ALIGN,
  ALLOC_BIT,
  ALLOCATOR_SYMBOLS,
  BRK_INCREMENT,
  FENCE_BIT,
  MIN_BLOCK,
  OVERHEAD,
  RESERVED_BITS,
  firstHeader,
  heapLimit,
  hex32,
} from "./alloc/common.js";

export interface HeapBlock {
  header: number;
  /** Whole block, header (and footer, if any) included. */
  size: number;
  payload: number;
  free: boolean;
}

/** A non-empty segregated bin: the size range it holds and its blocks in list order. */
export interface HeapBin {
  index: number;
  min: number;
  max: number;
  blocks: number[];
}

/** segregated: a slab (one used block cut into equal slots for small requests; slab-layout.ts). */
export interface HeapSlab {
  header: number;
  payload: number;
  slotSize: number;
  slots: number;
  /** Address of slot 0. */
  firstSlot: number;
  /** Addresses of the slots in use, in address order. */
  live: number[];
}

export interface HeapWalk {
  policy: AllocPolicy;
  blocks: HeapBlock[];
  /** Payload addresses in list order (segregated: every bin's list, bins in order, then the top chunk). */
  freeList: number[];
  /** The first inconsistency found, or null for a healthy heap. */
  error: string | null;
  /** next-fit: where the next search starts (0 = the list head). */
  rover?: number;
  /** segregated: the non-empty bins. */
  bins?: HeapBin[];
  /** segregated: the payload of the top chunk (the free block ending the heap, in no bin), or 0. */
  top?: number;
  /** segregated: the slabs, in address order (each is also one used block in `blocks`). */
  slabs?: HeapSlab[];
}

export type BlockLayout = "tagged" | "segregated";

type Reader = MemoryAccess | { load32(a: number): number };

function readWord(mem: Reader, a: number): number | null {
  try {
    return mem.load32(a) >>> 0;
  } catch {
    return null;
  }
}

interface Scan {
  blocks: HeapBlock[];
  error: string | null;
  /** Header address where the walk had to stop (a block that is not a block), or null. */
  brokenAt: number | null;
}

/** Tagged layout: follows the boundary tags from the first header to the limit. */
function scanTagged(mem: Reader, heapStart: number, brk: number): Scan {
  const out: Scan = { blocks: [], error: null, brokenAt: null };
  const stop = (h: number, msg: string): Scan => ({ blocks: out.blocks, error: msg, brokenAt: h });
  const limit = heapLimit(heapStart, brk);
  let h = firstHeader(heapStart);
  let prevFree = false;
  while (h < limit) {
    const w = readWord(mem, h);
    if (w === null) return stop(h, `cannot read the header at ${hex32(h)}`);
    const size = w & ~7;
    if ((w & RESERVED_BITS) !== 0 || size < MIN_BLOCK || ((w & FENCE_BIT) !== 0 && (w & ALLOC_BIT) === 0)) {
      return stop(h, `corrupted block header at ${hex32(h)} (payload ${hex32(h + 4)}): word ${hex32(w)}`);
    }
    if (h + size > limit) return stop(h, `block at ${hex32(h)} (size ${size}) runs past the end of the heap ${hex32(limit)}`);
    const f = readWord(mem, h + size - 4);
    if (f !== w) {
      return stop(h, `footer of the block at ${hex32(h)} (${f === null ? "unreadable" : hex32(f)}) does not match its header ${hex32(w)}`);
    }
    const free = (w & ALLOC_BIT) === 0;
    if (free && prevFree && out.error === null) out.error = `two adjacent free blocks at ${hex32(h)} (missed coalescing)`;
    prevFree = free;
    out.blocks.push({ header: h, size, payload: h + 4, free });
    h += size;
  }
  return out;
}

/**
 * Segregated layout: headers from the first block to the limit, footers of free blocks,
 * each PREV_ALLOC bit against the block below, and the epilogue word at the limit.
 */
function scanSegregated(mem: Reader, heapStart: number, brk: number): Scan {
  const out: Scan = { blocks: [], error: null, brokenAt: null };
  if (brk === heapStart) return out; // nothing was ever grown
  const stop = (h: number, msg: string): Scan => ({ blocks: out.blocks, error: msg, brokenAt: h });
  const limit = segLimit(heapStart, brk);
  let h = firstHeader(heapStart);
  let prevAlloc = true;
  while (h < limit) {
    const w = readWord(mem, h);
    if (w === null) return stop(h, `cannot read the header at ${hex32(h)}`);
    const size = w & ~7;
    const free = (w & ALLOC_BIT) === 0;
    if (size < MIN_BLOCK || (free && (w & SEG_FENCE_BIT) !== 0)) {
      return stop(h, `corrupted block header at ${hex32(h)} (payload ${hex32(h + 4)}): word ${hex32(w)}`);
    }
    if (h + size > limit) return stop(h, `block at ${hex32(h)} (size ${size}) runs past the end of the heap ${hex32(limit)}`);
    if (((w & PREV_ALLOC_BIT) !== 0) !== prevAlloc) {
      return stop(h, `block at ${hex32(h)}: PREV_ALLOC bit is ${prevAlloc ? "clear" : "set"} but the block below is ${prevAlloc ? "in use" : "free"}`);
    }
    if (free) {
      const f = readWord(mem, h + size - 4);
      if (f !== w) {
        return stop(h, `footer of the free block at ${hex32(h)} (${f === null ? "unreadable" : hex32(f)}) does not match its header ${hex32(w)}`);
      }
      if (!prevAlloc && out.error === null) out.error = `two adjacent free blocks at ${hex32(h)} (missed coalescing)`;
    }
    prevAlloc = !free;
    out.blocks.push({ header: h, size, payload: h + 4, free });
    h += size;
  }
  const e = readWord(mem, limit);
  const want = ALLOC_BIT | (prevAlloc ? PREV_ALLOC_BIT : 0);
  if (e !== want) return stop(limit, `epilogue at ${hex32(limit)} is ${e === null ? "unreadable" : hex32(e)}, expected ${hex32(want)}`);
  return out;
}

function scan(mem: Reader, heapStart: number, brk: number, layout: BlockLayout): Scan {
  return layout === "segregated" ? scanSegregated(mem, heapStart, brk) : scanTagged(mem, heapStart, brk);
}

/**
 * For the allocator's error path: the header of the first block whose tags are broken
 * (null if all are sound), and the sound block containing addr, if any.
 */
export function diagnose(
  mem: Reader,
  heapStart: number,
  brk: number,
  addr: number,
  layout: BlockLayout = "tagged",
): { brokenAt: number | null; container: HeapBlock | null } {
  const s = scan(mem, heapStart, brk, layout);
  const container = s.blocks.find((b) => addr >= b.header && addr < b.header + b.size) ?? null;
  return { brokenAt: s.brokenAt, container };
}

/**
 * Follows one doubly linked list of payload addresses from head; every step must land on
 * a free block whose prev link points back. `order` checks the list's ordering between
 * consecutive entries and returns an error text when it is broken.
 */
function followList(
  mem: Reader,
  head: number,
  byPayload: Map<number, HeapBlock>,
  seen: Set<number>,
  what: string,
  order: (prev: HeapBlock, cur: HeapBlock) => string | null,
): { list: number[]; error: string | null } {
  const list: number[] = [];
  let error: string | null = null;
  let p = head >>> 0;
  let prev = 0;
  while (p !== 0) {
    const b = byPayload.get(p);
    if (b === undefined || !b.free) return { list, error: error ?? `${what} entry ${hex32(p)} is not a free block` };
    if (seen.has(p)) return { list, error: error ?? `${what} loops back to ${hex32(p)}` };
    seen.add(p);
    list.push(p);
    const back = readWord(mem, p + 4);
    if (back !== prev) error ??= `free block ${hex32(p)}: prev link ${back === null ? "unreadable" : hex32(back)} should be ${hex32(prev)}`;
    if (prev !== 0) error ??= order(byPayload.get(prev)!, b);
    prev = p;
    const next = readWord(mem, p);
    if (next === null) return { list, error: error ?? `cannot read the next link of ${hex32(p)}` };
    p = next;
  }
  return { list, error };
}

function unlisted(blocks: HeapBlock[], seen: Set<number>): string | null {
  const b = blocks.find((x) => x.free && !seen.has(x.payload));
  return b === undefined ? null : `free block ${hex32(b.payload)} is not on the free list`;
}

/**
 * Walks a tagged heap from heapStart up to brk (pass the allocator's own break, the value
 * of `__malloc_heap_end`, so that memory someone else took with sbrk afterwards is not
 * read as blocks). With freeHead (the value of `__malloc_free_list`) the free list is
 * followed link by link and checked against the blocks; without it, freeList lists the
 * free blocks in address order (which is what the address-ordered list holds in a
 * healthy heap).
 */
export function walkHeap(mem: Reader, heapStart: number, brk: number, freeHead?: number, policy: AllocPolicy = "first-fit"): HeapWalk {
  const out: HeapWalk = { policy, blocks: [], freeList: [], error: null };
  heapStart >>>= 0;
  brk >>>= 0;
  if (heapStart === 0) {
    if (freeHead !== undefined && freeHead >>> 0 !== 0) out.error = `free list head ${hex32(freeHead)} but the heap was never initialised`;
    return out;
  }
  const s = scanTagged(mem, heapStart, brk);
  out.blocks = s.blocks;
  out.error = s.error;
  if (s.brokenAt !== null) return out;
  if (freeHead === undefined) {
    out.freeList = out.blocks.filter((b) => b.free).map((b) => b.payload);
    return out;
  }
  const byPayload = new Map<number, HeapBlock>(out.blocks.map((b) => [b.payload, b]));
  const seen = new Set<number>();
  const r = followList(mem, freeHead, byPayload, seen, "free list", (a, b) =>
    b.payload < a.payload ? `free list is not in address order at ${hex32(b.payload)}` : null,
  );
  out.freeList = r.list;
  out.error ??= r.error ?? unlisted(out.blocks, seen);
  return out;
}

/** Walks a segregated heap and checks every bin (size class, order, links) and the bitmap. */
export function walkSegregated(mem: Reader, heapStart: number, brk: number, binsAddr: number, binmapAddr: number, slabsAddr = 0): HeapWalk {
  const out: HeapWalk = { policy: "segregated", blocks: [], freeList: [], error: null, bins: [], top: 0, slabs: [] };
  heapStart >>>= 0;
  brk >>>= 0;
  const s = heapStart === 0 ? { blocks: [], error: null, brokenAt: null } : scanSegregated(mem, heapStart, brk);
  out.blocks = s.blocks;
  out.error = s.error;
  if (s.brokenAt !== null) return out;
  const byPayload = new Map<number, HeapBlock>(out.blocks.map((b) => [b.payload, b]));
  const seen = new Set<number>();
  for (let i = 0; i < SEG_BINS; i++) {
    const head = readWord(mem, binsAddr + 4 * i);
    const mapWord = readWord(mem, binmapAddr + 4 * (i >>> 5));
    if (head === null || mapWord === null) {
      out.error ??= `cannot read bin ${i}`;
      return out;
    }
    const bit = ((mapWord >>> (i & 31)) & 1) === 1;
    if (bit !== (head !== 0)) out.error ??= `bin ${i}: bitmap bit is ${bit ? "set" : "clear"} but the bin is ${head !== 0 ? "not empty" : "empty"}`;
    if (head === 0) continue;
    const [min, max] = binRange(i);
    const r = followList(mem, head, byPayload, seen, `bin ${i}`, (a, b) =>
      max > SMALL_BIN_MAX && (b.size < a.size || (b.size === a.size && b.payload < a.payload)) ? `bin ${i} is not sorted by size at ${hex32(b.payload)}` : null,
    );
    for (const p of r.list) {
      const b = byPayload.get(p)!;
      if (binIndex(b.size) !== i) out.error ??= `free block ${hex32(p)} (size ${b.size}) is in bin ${i} (${min}..${max} bytes)`;
    }
    out.bins!.push({ index: i, min, max, blocks: r.list });
    for (const p of r.list) out.freeList.push(p); // a bin can hold more blocks than push(...) takes
    out.error ??= r.error;
    if (r.error !== null) return out;
  }
  // The top chunk (the free block ending the heap) is in no bin: malloc uses it last.
  const last = out.blocks[out.blocks.length - 1];
  if (last !== undefined && last.free) {
    if (seen.has(last.payload)) out.error ??= `the top chunk ${hex32(last.payload)} must not be in a bin`;
    seen.add(last.payload);
    out.top = last.payload;
    out.freeList.push(last.payload);
  }
  out.error ??= unlisted(out.blocks, seen);
  walkSlabs(mem, out, slabsAddr);
  return out;
}

/** Whether the used block b is a slab: its header says so and its magic word matches. */
function isSlab(mem: Reader, b: HeapBlock): boolean {
  const w = readWord(mem, b.header);
  return w !== null && isSlabBlock(w, readWord(mem, b.payload + SLAB_MAGIC_OFF), b.payload);
}

/**
 * Decodes every slab among the used blocks and checks it: a known slot size, a live count
 * equal to the bitmap's set bits, the bits past the last slot set, not empty (an empty
 * slab goes back to the heap), and on its class's list exactly when it has a free slot
 * (when the lists' address is known).
 */
function walkSlabs(mem: Reader, out: HeapWalk, slabsAddr: number): void {
  const slabs = out.slabs!;
  const full = new Set<number>();
  for (const b of out.blocks) {
    if (b.free || !isSlab(mem, b)) continue;
    const at = (off: number): number => readWord(mem, b.payload + off) ?? 0;
    const slotSize = at(SLAB_SLOT_OFF);
    const g = (slotSize & 7) === 0 ? SLAB_GEOMETRY[slotSize / 8 - 1] : undefined;
    if (g === undefined) {
      out.error ??= `slab ${hex32(b.payload)}: slot size ${slotSize} is not a slab class`;
      continue;
    }
    const firstSlot = b.payload + g.slotsAt;
    const live: number[] = [];
    for (let w = 0; w < g.bitmapWords; w++) {
      const bits = at(SLAB_BITMAP_OFF + 4 * w);
      for (let i = 0; i < 32; i++) {
        const idx = w * 32 + i;
        const set = ((bits >>> i) & 1) === 1;
        if (idx < g.slots) {
          if (set) live.push(firstSlot + idx * g.slotSize);
        } else if (!set) out.error ??= `slab ${hex32(b.payload)}: bitmap bit ${idx} past the last slot is clear`;
      }
    }
    const count = at(SLAB_LIVE_OFF);
    if (count !== live.length) out.error ??= `slab ${hex32(b.payload)}: live count ${count} but ${live.length} slots are marked in use`;
    if (live.length === 0) out.error ??= `slab ${hex32(b.payload)} is empty but was not given back to the heap`;
    if (live.length === g.slots) full.add(b.payload);
    slabs.push({ header: b.header, payload: b.payload, slotSize, slots: g.slots, firstSlot, live });
  }
  if (slabsAddr === 0) return; // malloc.o without slab lists: nothing more to check
  const byPayload = new Map(slabs.map((x) => [x.payload, x]));
  const listed = new Set<number>();
  for (let c = 0; c < SLAB_CLASSES; c++) {
    let prev = 0;
    let p = readWord(mem, slabsAddr + 4 * c) ?? 0;
    while (p !== 0) {
      const slab = byPayload.get(p);
      if (slab === undefined || slab.slotSize !== 8 * (c + 1)) {
        out.error ??= `slab list ${8 * (c + 1)}: entry ${hex32(p)} is not a slab of ${8 * (c + 1)}-byte slots`;
        break;
      }
      if (listed.has(p)) {
        out.error ??= `slab list ${8 * (c + 1)} loops back to ${hex32(p)}`;
        break;
      }
      listed.add(p);
      if (full.has(p)) out.error ??= `slab ${hex32(p)} is full but on the list of slabs with free slots`;
      const back = readWord(mem, p + SLAB_PREV_OFF);
      if (back !== prev) out.error ??= `slab ${hex32(p)}: prev link ${back === null ? "unreadable" : hex32(back)} should be ${hex32(prev)}`;
      prev = p;
      p = readWord(mem, p + SLAB_NEXT_OFF) ?? 0;
    }
  }
  const missing = slabs.find((x) => !full.has(x.payload) && !listed.has(x.payload));
  if (missing !== undefined) out.error ??= `slab ${hex32(missing.payload)} has free slots but is not on its list`;
}

/** The allocator's state words, or null when malloc.o is not linked. */
export interface AllocatorState {
  policy: AllocPolicy;
  heapStart: number;
  heapEnd: number;
  /** Tagged layouts: the free list head. */
  freeHead: number;
  /** next-fit: the rover. */
  rover: number;
  /** segregated: addresses of the bin array, bitmap and slab lists. */
  binsAddr: number;
  binmapAddr: number;
  slabsAddr: number;
}

/** Reads malloc.o's state through the symbol table; null when it is not linked or unreadable. */
export function readAllocatorState(mem: Reader, symbol: (name: string) => number | undefined): AllocatorState | null {
  const a = symbol(ALLOCATOR_SYMBOLS.heapStart);
  const b = symbol(ALLOCATOR_SYMBOLS.heapEnd);
  if (a === undefined || b === undefined) return null;
  const pol = symbol(ALLOCATOR_SYMBOLS.policy);
  const polWord = pol === undefined ? 0 : readWord(mem, pol);
  const policy = polWord === null ? null : policyFromId(polWord);
  const heapStart = readWord(mem, a);
  const heapEnd = readWord(mem, b);
  if (policy === null || heapStart === null || heapEnd === null) return null;
  const word = (name: string): number => {
    const s = symbol(name);
    return s === undefined ? 0 : (readWord(mem, s) ?? 0);
  };
  return {
    policy,
    heapStart,
    heapEnd,
    freeHead: word(ALLOCATOR_SYMBOLS.freeList),
    rover: word(ALLOCATOR_SYMBOLS.rover),
    binsAddr: symbol(ALLOCATOR_SYMBOLS.bins) ?? 0,
    binmapAddr: symbol(ALLOCATOR_SYMBOLS.binmap) ?? 0,
    slabsAddr: symbol(ALLOCATOR_SYMBOLS.slabs) ?? 0,
  };
}

/** Walks the heap in the layout of its policy, with every check that policy allows. */
export function walkState(mem: Reader, s: AllocatorState): HeapWalk {
  if (s.policy === "segregated") {
    if (s.binsAddr === 0 || s.binmapAddr === 0) {
      return { policy: s.policy, blocks: [], freeList: [], error: "segregated allocator without its bins", bins: [] };
    }
    return walkSegregated(mem, s.heapStart, s.heapEnd, s.binsAddr, s.binmapAddr, s.slabsAddr);
  }
  const w = walkHeap(mem, s.heapStart, s.heapEnd, s.freeHead, s.policy);
  if (s.policy === "next-fit") {
    w.rover = s.rover;
    if (s.rover !== 0 && !w.freeList.includes(s.rover)) w.error ??= `next-fit rover ${hex32(s.rover)} is not on the free list`;
  }
  return w;
}

/** Convenience for dumps: reads the state through the symbol table and walks; null when malloc.o is not linked. */
export function walkHeapFromSymbols(mem: Reader, symbol: (name: string) => number | undefined): HeapWalk | null {
  const s = readAllocatorState(mem, symbol);
  return s === null ? null : walkState(mem, s);
}
