/**
 * @fileoverview The segregated policy's slabs (libc/alloc/slab.ts) slot by slot, on the
 * harness heap at 0x24000: where the first slab goes, the slot geometry, slot reuse, full
 * and empty slabs, realloc and calloc on slots, the aborts, and what the walker checks.
 */

import { describe, expect, test } from "vitest";
import { ALLOC_BIT, SEG_FENCE_BIT } from "../../libc/alloc/common.js";
import { SLAB_BLOCK, SLAB_GEOMETRY, SLAB_HEADER, SLAB_MAGIC, SLAB_MAX } from "../../libc/alloc/slab-layout.js";
import { libcMembers } from "../../libc/index.js";
import { Harness } from "../libc/harness.js";

const heap = (): Harness => new Harness({ members: libcMembers("segregated") });
const hex = (n: number): string => "0x" + n.toString(16);
const classHead = (h: Harness, slotSize: number): number => h.u32(h.sym("__malloc_slabs") + 4 * (slotSize / 8 - 1));

describe("segregated: slabs", () => {
  test("slot geometry: a 4096-byte block, the descriptor, then equal slots", () => {
    expect(SLAB_MAX).toBe(48);
    expect(SLAB_GEOMETRY.length).toBe(6);
    expect(SLAB_GEOMETRY[0]).toEqual({ slotSize: 8, slots: 500, bitmapWords: 16, slotsAt: 88 });
    expect(SLAB_GEOMETRY[4]).toEqual({ slotSize: 40, slots: 101, bitmapWords: 4, slotsAt: 40 });
    expect(SLAB_GEOMETRY[5]).toEqual({ slotSize: 48, slots: 84, bitmapWords: 3, slotsAt: 32 });
    for (const g of SLAB_GEOMETRY) expect(g.slotsAt + g.slots * g.slotSize).toBeLessThanOrEqual(4092);
    // slab-layout.ts spells the header bits out (the report page cannot import common.ts).
    expect(SLAB_HEADER).toBe(SLAB_BLOCK | SEG_FENCE_BIT | ALLOC_BIT);
  });

  test("small requests take headerless slots in a slab whose payload is 4096-aligned", () => {
    const h = heap();
    const a = h.call("malloc", 40);
    const b = h.call("malloc", 33);
    const c = h.call("malloc", 40);
    expect([a, b, c].map(hex)).toEqual(["0x25028", "0x25050", "0x25078"]); // 40 bytes apart: no headers
    // The heap grew just enough for an aligned slab; the piece below it is a free block.
    expect(h.eventLog()[0]).toBe("brk 0x24000 -> 0x26000 = 0x26000");
    expect(h.shape()).toBe("4088:f 4096:a");
    expect(h.u32(0x24ffc)).toBe(4096 | 4 | 1); // size, the fence bit that marks a slab, in use; the block below is free
    expect(h.u32(0x25000)).toBe((0x25000 ^ SLAB_MAGIC) >>> 0);
    const w = h.walk();
    expect(w.error).toBeNull();
    expect(w.slabs).toEqual([{ header: 0x24ffc, payload: 0x25000, slotSize: 40, slots: 101, firstSlot: 0x25028, live: [a, b, c] }]);
    expect(classHead(h, 40)).toBe(0x25000);
    // Another class gets its own slab, one page higher; larger requests get blocks, first in
    // the piece below the first slab.
    expect(hex(h.call("malloc", 8))).toBe("0x26058");
    expect(h.shape()).toBe("4088:f 4096:a 4096:a");
    expect(hex(h.call("malloc", SLAB_MAX + 1))).toBe("0x24008");
    expect(h.walk().slabs!.map((s) => [hex(s.payload), s.slotSize, s.live.length])).toEqual([
      ["0x25000", 40, 3],
      ["0x26000", 8, 1],
    ]);
  });

  test("a block right after a slab is a block: its payload starts the next page", () => {
    const h = heap();
    h.call("malloc", 40);
    const big = h.call("malloc", 5000);
    expect(hex(big)).toBe("0x26000"); // header 0x25ffc, the word after the slab
    h.call("free", big);
    expect(h.walk().error).toBeNull();
    expect(h.shape()).toBe("4088:f 4096:a 8192:f");
  });

  test("freed slots are reused lowest first; a full slab leaves its list; an empty one goes back to the heap", () => {
    const h = heap();
    const g = SLAB_GEOMETRY[5]!; // 48-byte slots
    const ptrs = Array.from({ length: g.slots + 1 }, () => h.call("malloc", 48));
    expect(hex(ptrs[0]!)).toBe("0x25020");
    expect(ptrs[g.slots - 1]! - ptrs[0]!).toBe((g.slots - 1) * 48);
    const w = h.walk();
    expect(w.error).toBeNull();
    expect(w.slabs!.map((s) => [hex(s.payload), s.live.length])).toEqual([
      ["0x25000", 84],
      ["0x26000", 1],
    ]);
    expect(classHead(h, 48)).toBe(0x26000); // the full slab is on no list
    h.call("free", ptrs[10]!);
    h.call("free", ptrs[5]!);
    expect(classHead(h, 48)).toBe(0x25000); // has a free slot again: pushed on the list
    expect(h.call("malloc", 44)).toBe(ptrs[5]);
    expect(h.call("malloc", 41)).toBe(ptrs[10]);
    expect(h.walk().error).toBeNull();
    for (const p of ptrs) h.call("free", p);
    const end = h.walk();
    expect(end.error).toBeNull();
    expect(end.slabs).toEqual([]);
    expect(h.shape()).toBe("12280:f"); // both slabs went back and coalesced
    expect(classHead(h, 48)).toBe(0);
  });

  test("realloc: the same class stays, another class moves with the contents, 0 frees", () => {
    const h = heap();
    const p = h.call("malloc", 40);
    h.mem.fill(p, 0x41, 40);
    expect(h.call("realloc", p, 34)).toBe(p);
    const q = h.call("realloc", p, 46);
    expect(hex(q)).toBe("0x26020"); // a 48-byte slot in a new slab
    expect([...h.mem.readBytes(q, 34)].every((x) => x === 0x41)).toBe(true);
    const r = h.call("realloc", q, 200);
    expect(hex(r)).toBe("0x24008"); // a block
    expect([...h.mem.readBytes(r, 34)].every((x) => x === 0x41)).toBe(true);
    const s = h.call("realloc", r, 16); // a block that shrinks stays a block
    expect(s).toBe(r);
    const t = h.call("malloc", 24);
    expect(h.call("realloc", t, 0)).toBe(0);
    expect(h.walk().error).toBeNull();
    expect(h.walk().slabs).toEqual([]); // every slot freed: no slab left
  });

  test("calloc zeroes the whole slot", () => {
    const h = heap();
    const p = h.call("malloc", 40);
    h.mem.fill(p, 0xff, 40);
    h.call("malloc", 40); // keeps the slab alive
    h.call("free", p);
    expect(h.call("calloc", 5, 8)).toBe(p);
    expect([...h.mem.readBytes(p, 40)].every((x) => x === 0)).toBe(true);
  });

  test("invalid pointers and double frees inside a slab", () => {
    const h = heap();
    const a = h.call("malloc", 40);
    const b = h.call("malloc", 40);
    expect(h.abortMessage("free", a + 8)).toBe("free(): invalid pointer 0x00025030");
    expect(h.abortMessage("free", 0x25000)).toBe("free(): invalid pointer 0x00025000"); // the descriptor
    expect(h.abortMessage("free", 0x25004)).toBe("free(): invalid pointer 0x00025004");
    expect(h.abortMessage("free", 0x25000 + 40 + 101 * 40)).toBe("free(): invalid pointer 0x00025ff0"); // past the last slot
    h.call("free", b);
    expect(h.abortMessage("free", b)).toBe("free(): double free detected (0x00025050)");
    expect(h.abortMessage("realloc", b, 10)).toBe("realloc(): double free detected (0x00025050)");
    expect(h.abortMessage("free", b + 40)).toBe("free(): double free detected (0x00025078)"); // a slot never handed out is free too
    expect(h.walk().error).toBeNull();
  });

  test("a damaged slab is found by malloc and by the walker", () => {
    const h = heap();
    h.call("malloc", 40);
    h.call("malloc", 40);
    h.mem.store32(0x25010, 7); // the live count
    expect(h.walk().error).toBe("slab 0x00025000: live count 7 but 2 slots are marked in use");
    h.mem.store32(0x25010, 2);
    h.mem.store32(0x25014, 0xffff); // the bitmap: 16 slots in use
    expect(h.walk().error).toBe("slab 0x00025000: live count 2 but 16 slots are marked in use");
    h.mem.store32(0x25014, 3);
    h.mem.store32(0x25020, 0); // the last bitmap word: bits past slot 100 must stay set
    expect(h.walk().error).toBe("slab 0x00025000: bitmap bit 101 past the last slot is clear");
    h.mem.store32(0x25020, 0xffffffe0);
    expect(h.walk().error).toBeNull();
    h.mem.store32(0x25004, 12); // the slot size
    expect(h.walk().error).toBe("slab 0x00025000: slot size 12 is not a slab class");
    expect(h.abortMessage("malloc", 40)).toBe("malloc(): corrupted heap block at 0x00025000");
  });

  test("the walker checks the class lists", () => {
    const h = heap();
    h.call("malloc", 40);
    h.mem.store32(h.sym("__malloc_slabs") + 4 * 4, 0);
    expect(h.walk().error).toBe("slab 0x00025000 has free slots but is not on its list");
    h.mem.store32(h.sym("__malloc_slabs") + 4 * 3, 0x25000);
    expect(h.walk().error).toBe("slab list 32: entry 0x00025000 is not a slab of 32-byte slots");
  });
});
