/**
 * @fileoverview The geometry of the segregated policy's slabs, shared by the allocator
 * (slab.ts, which writes them) and the heap walker (heap-walk.ts, which reads them).
 *
 * A small request (at most SLAB_MAX bytes) does not get a block of its own: it gets a slot
 * in a slab, one 4096-byte block of the ordinary heap cut into equal slots of one size
 * class (8, 16, ... SLAB_MAX bytes). Slots have no header, so a 40-byte node costs 40
 * bytes instead of the 48 that any 8-aligned block with a 4-byte header takes. free()
 * finds a slot's slab from the address alone: slab payloads are 4096-aligned, so the slab
 * of p starts at p & ~4095, and its header (ALLOC | FENCE, size 4096) and magic word
 * (the payload address XOR SLAB_MAGIC) say that it is one.
 *
 *   header       payload (4096-aligned)                                      next header
 *   +-----------+------+------+------+------+------+--------+-------+-------+----+------
 *   |4096|F|P|1 | magic| slot | next | prev | live | bitmap | slot 0| slot 1| .. | ...
 *   +-----------+------+------+------+------+------+--------+-------+-------+----+------
 *    sh = base-4  base   +4     +8     +12    +16    +20      slotsAt(class)
 *
 * `next`/`prev` link the class's slabs that have a free slot (heads in `__malloc_slabs`);
 * a full slab is on no list. Bit i of the bitmap is set when slot i is in use; the bits
 * past the last slot are set when the slab is made, so "no zero bit" means full.
 */

/** Block size of a slab, header included. */
export const SLAB_BLOCK = 4096;
/** Slab payloads are aligned to this, so a slot's slab is found by masking its address. */
export const SLAB_ALIGN = 4096;
/** Requests up to this many bytes are served from slabs. */
export const SLAB_MAX = 48;
/** Size classes: 8, 16, ... SLAB_MAX. */
export const SLAB_CLASSES = SLAB_MAX / 8;
/** The first payload word of a slab is its address XOR this. */
export const SLAB_MAGIC = 0x51ab51ab;

/** Offsets in a slab's payload. */
export const SLAB_MAGIC_OFF = 0;
export const SLAB_SLOT_OFF = 4;
export const SLAB_NEXT_OFF = 8;
export const SLAB_PREV_OFF = 12;
export const SLAB_LIVE_OFF = 16;
export const SLAB_BITMAP_OFF = 20;

export interface SlabGeometry {
  slotSize: number;
  slots: number;
  bitmapWords: number;
  /** Offset of slot 0 from the slab's payload. */
  slotsAt: number;
}

function geometry(slotSize: number): SlabGeometry {
  const payload = SLAB_BLOCK - 4;
  let slots = Math.floor((payload - SLAB_BITMAP_OFF) / slotSize);
  for (;;) {
    const bitmapWords = Math.ceil(slots / 32);
    const slotsAt = Math.ceil((SLAB_BITMAP_OFF + 4 * bitmapWords) / 8) * 8;
    if (slotsAt + slots * slotSize <= payload) return { slotSize, slots, bitmapWords, slotsAt };
    slots--;
  }
}

/** Geometry of each class (index 0 is the 8-byte class). */
export const SLAB_GEOMETRY: readonly SlabGeometry[] = Array.from({ length: SLAB_CLASSES }, (_, c) => geometry(8 * (c + 1)));

/** The class of a request of n bytes (n <= SLAB_MAX; malloc(0) takes an 8-byte slot). */
export function slabClass(n: number): number {
  return n <= 8 ? 0 : ((n + 7) >>> 3) - 1;
}

/** The payload address of the slab that p would be in (whether or not there is one). */
export function slabBase(p: number): number {
  return (p & ~(SLAB_ALIGN - 1)) >>> 0;
}

/** The magic word of the slab whose payload is at base. */
export function slabMagic(base: number): number {
  return (base ^ SLAB_MAGIC) >>> 0;
}

/**
 * A slab's header word without its PREV_ALLOC bit: the size, the segregated fence bit (4)
 * and the in-use bit (1) of alloc/common.ts (not imported: the report page uses this file).
 */
export const SLAB_HEADER = SLAB_BLOCK | 4 | 1;

/**
 * Whether the block with this header word, whose first payload word is `magic`, is a slab:
 * the one test the allocator, the heap walker and the report's recorder share.
 */
export function isSlabBlock(header: number, magic: number | null, payload: number): boolean {
  return (header & ~2) === SLAB_HEADER && magic === slabMagic(payload);
}
