/**
 * @fileoverview The allocator's block format, shared by malloc.ts (which writes it) and by
 * the dump/report code (which only reads it through walkHeap). Everything here is a pure
 * function of VM memory: walkHeap never writes and never throws, so it can describe a heap
 * that the program has corrupted, after the program has ended.
 *
 * The heap is a run of blocks between the first header and the "limit" (the last address
 * of the form first + 8k below the allocator's break):
 *
 *   heap start (initial break, page aligned)
 *   |   first header (payloads are 8-aligned, so headers sit at 8k + 4)
 *   v   v
 *   +---+-------+---------------------+-------+-------+-------------+-------+-----+----
 *   |pad| hdr A |   A's payload ...   | ftr A | hdr B | B's payload | ftr B | ... |slack
 *   +---+-------+---------------------+-------+-------+-------------+-------+-----+----
 *                                                                          limit^    ^break
 *
 * The state lives in three 4-byte bss words of malloc.o (see ALLOCATOR_SYMBOLS):
 * the heap start (0 until the first call), the break as the allocator last set it, and
 * the head of the free list (a payload address, 0 when empty).
 */

import type { MemoryAccess } from "./abi.js";

/** Header/footer bit: the block is allocated. */
export const ALLOC_BIT = 1;
/**
 * Header/footer bit: the block is a fence the allocator built around memory that someone
 * else took with sbrk() between two heap extensions (never free, never handed out).
 */
export const FENCE_BIT = 2;
/** Bits that must be clear in a valid header. */
export const RESERVED_BITS = 4;
/** Header + footer + next + prev: a free block must hold its two list links. */
export const MIN_BLOCK = 16;
export const ALIGN = 8;
/** Header word + footer word. */
export const OVERHEAD = 8;
/** The allocator asks brk for multiples of this. */
export const BRK_INCREMENT = 4096;

/** Where malloc.o keeps its state (4-byte bss words). */
export const ALLOCATOR_SYMBOLS = {
  heapStart: "__malloc_heap_start",
  heapEnd: "__malloc_heap_end",
  freeList: "__malloc_free_list",
} as const;

/** Address of the first block header for a heap that starts at heapStart. */
export function firstHeader(heapStart: number): number {
  return ((heapStart + 4 + ALIGN - 1) & ~(ALIGN - 1)) - 4;
}

/** End of the block area for a break: the highest first + 8k not above the break. */
export function heapLimit(heapStart: number, brk: number): number {
  const first = firstHeader(heapStart);
  if (brk <= first) return first;
  return first + Math.floor((brk - first) / ALIGN) * ALIGN;
}

export function hex32(n: number): string {
  return "0x" + (n >>> 0).toString(16).padStart(8, "0");
}

export interface HeapBlock {
  header: number;
  /** Whole block, header and footer included. */
  size: number;
  payload: number;
  free: boolean;
}

export interface HeapWalk {
  policy: "first-fit";
  blocks: HeapBlock[];
  /** Payload addresses, in list order (following the next links from the head). */
  freeList: number[];
  /** The first inconsistency found, or null for a healthy heap. */
  error: string | null;
}

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

/** Follows the boundary tags from the first header to the limit. */
function scanBlocks(mem: Reader, heapStart: number, brk: number): Scan {
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
 * For the allocator's error path: the header of the first block whose boundary tags are
 * broken (null if all are sound), and the sound block containing addr, if any.
 */
export function diagnose(mem: Reader, heapStart: number, brk: number, addr: number): { brokenAt: number | null; container: HeapBlock | null } {
  const scan = scanBlocks(mem, heapStart, brk);
  const container = scan.blocks.find((b) => addr >= b.header && addr < b.header + b.size) ?? null;
  return { brokenAt: scan.brokenAt, container };
}

/**
 * Walks the heap from heapStart up to brk (pass the allocator's own break, the value of
 * `__malloc_heap_end`, so that memory someone else took with sbrk afterwards is not read
 * as blocks). With freeHead (the value of `__malloc_free_list`) the free list is followed
 * link by link and checked against the blocks; without it, freeList lists the free blocks
 * in address order (which is what the address-ordered list holds in a healthy heap).
 */
export function walkHeap(mem: Reader, heapStart: number, brk: number, freeHead?: number): HeapWalk {
  const out: HeapWalk = { policy: "first-fit", blocks: [], freeList: [], error: null };
  heapStart >>>= 0;
  brk >>>= 0;
  if (heapStart === 0) {
    if (freeHead !== undefined && freeHead >>> 0 !== 0) out.error = `free list head ${hex32(freeHead)} but the heap was never initialised`;
    return out;
  }
  const scan = scanBlocks(mem, heapStart, brk);
  out.blocks = scan.blocks;
  out.error = scan.error;
  if (scan.brokenAt !== null) return out;
  const byPayload = new Map<number, HeapBlock>(out.blocks.map((b) => [b.payload, b]));
  const read = (a: number): number | null => readWord(mem, a);
  const freeBlocks = out.blocks.filter((b) => b.free);
  if (freeHead === undefined) {
    out.freeList = freeBlocks.map((b) => b.payload);
    return out;
  }
  // Follow the links; every step must land on a free block whose prev link points back.
  const seen = new Set<number>();
  let p = freeHead >>> 0;
  let prev = 0;
  while (p !== 0) {
    const b = byPayload.get(p);
    if (b === undefined || !b.free) {
      out.error ??= `free list entry ${hex32(p)} is not a free block`;
      return out;
    }
    if (seen.has(p)) {
      out.error ??= `free list loops back to ${hex32(p)}`;
      return out;
    }
    seen.add(p);
    out.freeList.push(p);
    const back = read(p + 4);
    if (back !== prev) {
      out.error ??= `free block ${hex32(p)}: prev link ${back === null ? "unreadable" : hex32(back)} should be ${hex32(prev)}`;
    }
    if (prev !== 0 && p < prev) out.error ??= `free list is not in address order at ${hex32(p)}`;
    prev = p;
    const next = read(p);
    if (next === null) {
      out.error ??= `cannot read the next link of ${hex32(p)}`;
      return out;
    }
    p = next;
  }
  for (const b of freeBlocks) {
    if (!seen.has(b.payload)) {
      out.error ??= `free block ${hex32(b.payload)} is not on the free list`;
      break;
    }
  }
  return out;
}

/** The allocator's three state words, or null when malloc.o is not linked. */
export function readAllocatorState(
  mem: Reader,
  symbol: (name: string) => number | undefined,
): { heapStart: number; heapEnd: number; freeHead: number } | null {
  const a = symbol(ALLOCATOR_SYMBOLS.heapStart);
  const b = symbol(ALLOCATOR_SYMBOLS.heapEnd);
  const c = symbol(ALLOCATOR_SYMBOLS.freeList);
  if (a === undefined || b === undefined || c === undefined) return null;
  try {
    return { heapStart: mem.load32(a) >>> 0, heapEnd: mem.load32(b) >>> 0, freeHead: mem.load32(c) >>> 0 };
  } catch {
    return null;
  }
}

/** Convenience for dumps: reads the state through the symbol table and walks; null when malloc.o is not linked. */
export function walkHeapFromSymbols(mem: Reader, symbol: (name: string) => number | undefined): HeapWalk | null {
  const s = readAllocatorState(mem, symbol);
  if (s === null) return null;
  return walkHeap(mem, s.heapStart, s.heapEnd, s.freeHead);
}
