/**
 * @fileoverview The allocator, block by block: the walkthrough's fragmentation story, split,
 * coalesce, realloc in place and moving, calloc, heap-integrity aborts and brk failures.
 * The harness heap starts at 0x24000, so the first payload is 0x24008.
 */

import { describe, expect, test } from "vitest";
import { walkHeap, walkHeapFromSymbols, type HeapWalk } from "../../libc/heap-walk.js";
import { Harness } from "./harness.js";

const walk = (h: Harness): HeapWalk => h.walk();
const shape = (h: Harness): string => h.shape();

describe("the walkthrough: holes, fragmentation, brk", () => {
  test("malloc A, B, C; free B; D does not fit in B's hole, so the heap grows", () => {
    const h = new Harness();
    const a = h.call("malloc", 100);
    const b = h.call("malloc", 200);
    const c = h.call("malloc", 300);
    expect([a, b, c]).toEqual([0x24008, 0x24078, 0x24148]);
    h.call("free", b);
    const d = h.call("malloc", 5000);
    expect(d).toBe(0x24280);
    expect(d).toBeGreaterThan(c);
    expect(h.eventLog()).toEqual([
      "brk 0x24000 -> 0x25000 = 0x25000",
      "malloc(100) = 0x24008",
      "malloc(200) = 0x24078",
      "malloc(300) = 0x24148",
      "free(0x24078)",
      "brk 0x25000 -> 0x26000 = 0x26000",
      "malloc(5000) = 0x24280",
    ]);
    // B's hole is still there: 208 bytes free between A and C.
    expect(shape(h)).toBe("112:a 208:f 312:a 5008:a 2544:f");
    expect(walk(h).freeList).toEqual([0x24078, 0x24280 + 5008]);
    expect(h.events[1]).toMatchObject({ op: "malloc", size: 100, result: 0x24008, site: h.site });
  });

  test("a request that fits the hole reuses it (first fit, lowest address)", () => {
    const h = new Harness();
    h.call("malloc", 100);
    const b = h.call("malloc", 200);
    h.call("malloc", 300);
    h.call("free", b);
    expect(h.call("malloc", 150)).toBe(b);
    // 208-byte hole, 160-byte block: the 48-byte rest stays free.
    expect(shape(h)).toBe("112:a 160:a 48:f 312:a 3456:f");
  });

  test("the heap starts empty and grows by multiples of 4096 from the initial break", () => {
    const h = new Harness();
    expect(walkHeapFromSymbols(h.mem, (n) => h.symbols.get(n))).toEqual({ policy: "first-fit", blocks: [], freeList: [], error: null });
    h.call("malloc", 4096);
    // 4104 bytes needed: one page is 4088 bytes of blocks, so two pages.
    expect(h.eventLog()[0]).toBe("brk 0x24000 -> 0x26000 = 0x26000");
    expect(shape(h)).toBe("4104:a 4080:f");
    expect(h.u32(h.sym("__malloc_heap_start"))).toBe(0x24000);
    expect(h.u32(h.sym("__malloc_heap_end"))).toBe(0x26000);
  });
});

describe("blocks", () => {
  test("payloads are 8-aligned and blocks are max(16, round8(n + 8))", () => {
    const h = new Harness();
    const sizes = [0, 1, 7, 8, 9, 15, 16, 17, 23, 24, 25, 100];
    const ptrs = sizes.map((n) => h.call("malloc", n));
    for (const p of ptrs) expect(p % 8).toBe(0);
    expect(walk(h).blocks.slice(0, sizes.length).map((b) => b.size)).toEqual([16, 16, 16, 16, 24, 24, 24, 32, 32, 32, 40, 112]);
  });

  test("malloc(0) returns distinct minimal blocks", () => {
    const h = new Harness();
    const a = h.call("malloc", 0);
    const b = h.call("malloc", 0);
    expect(a).not.toBe(0);
    expect(b).toBe(a + 16);
  });

  test("no split when the rest could not hold a free block", () => {
    const h = new Harness();
    h.call("malloc", 8);
    const b = h.call("malloc", 32); // 40-byte block
    h.call("malloc", 8);
    h.call("free", b);
    expect(h.call("malloc", 24)).toBe(b); // needs 32; 8 left over is too small: whole block
    expect(shape(h).startsWith("16:a 40:a 16:a ")).toBe(true);
  });

  test("free coalesces with both neighbours; no two free blocks touch", () => {
    const h = new Harness();
    const [a, b, c, d] = [100, 100, 100, 100].map((n) => h.call("malloc", n));
    h.call("free", a);
    h.call("free", c);
    expect(shape(h)).toBe("112:f 112:a 112:f 112:a 3640:f");
    h.call("free", b); // merges a, b, c
    expect(shape(h)).toBe("336:f 112:a 3640:f");
    expect(walk(h).freeList).toEqual([a, d + 112]);
    h.call("free", d); // merges with the big hole below and the top block above
    expect(shape(h)).toBe("4088:f");
    expect(walk(h).freeList).toEqual([a]);
  });

  test("the free list stays in address order", () => {
    const h = new Harness();
    const p = [1, 2, 3, 4, 5, 6].map(() => h.call("malloc", 24));
    for (const i of [4, 0, 2]) h.call("free", p[i]!);
    expect(walk(h).freeList).toEqual([p[0], p[2], p[4], p[5]! + 32]);
  });
});

describe("calloc and realloc", () => {
  test("calloc zeroes a recycled block and checks nmemb * size for overflow", () => {
    const h = new Harness();
    const a = h.call("malloc", 64);
    h.mem.fill(a, 0xab, 64);
    h.call("free", a);
    const b = h.call("calloc", 16, 4);
    expect(b).toBe(a);
    expect([...h.mem.readBytes(b, 64)].every((x) => x === 0)).toBe(true);
    expect(h.call("calloc", 0x10000, 0x10001)).toBe(0);
    expect(h.mem.load32(h.sym("errno"))).toBe(12);
    expect(h.eventLog().slice(-2)).toEqual(["calloc(16, 4) = 0x24008", "calloc(65536, 65537) = 0x0"]);
  });

  test("realloc grows into a free next block in place, keeping the contents", () => {
    const h = new Harness();
    const a = h.call("malloc", 16);
    const b = h.call("malloc", 64);
    h.call("malloc", 16);
    h.mem.writeBytes(a, Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]));
    h.call("free", b);
    expect(h.call("realloc", a, 40)).toBe(a);
    expect([...h.mem.readBytes(a, 16)]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]);
    expect(shape(h)).toBe("48:a 48:f 24:a 3968:f");
    expect(h.eventLog().slice(-1)).toEqual(["realloc(0x24008, 40) = 0x24008"]);
  });

  test("realloc by a few bytes into the free rest of the heap (tags land on the old links)", () => {
    const h = new Harness();
    const a = h.call("malloc", 200);
    expect(h.call("realloc", a, 201)).toBe(a);
    expect(h.call("realloc", a, 210)).toBe(a);
    expect(shape(h)).toBe("224:a 3864:f");
    expect(walk(h).freeList).toEqual([a + 224]);
  });

  test("realloc moves when the neighbour is in use: malloc + copy + free, one event", () => {
    const h = new Harness();
    const a = h.call("malloc", 8);
    h.call("malloc", 8);
    h.mem.writeBytes(a, Uint8Array.from([9, 8, 7, 6, 5, 4, 3, 2]));
    const n = h.events.length;
    const b = h.call("realloc", a, 100);
    expect(b).toBe(0x24028);
    expect([...h.mem.readBytes(b, 8)]).toEqual([9, 8, 7, 6, 5, 4, 3, 2]);
    expect(shape(h)).toBe("16:f 16:a 112:a 3944:f");
    expect(h.eventLog().slice(n)).toEqual(["realloc(0x24008, 100) = 0x24028"]);
  });

  test("realloc of the last block extends the heap with brk, in place", () => {
    const h = new Harness();
    h.call("malloc", 8);
    const b = h.call("malloc", 4000);
    const n = h.events.length;
    expect(h.call("realloc", b, 6000)).toBe(b);
    expect(h.eventLog().slice(n)).toEqual(["brk 0x25000 -> 0x26000 = 0x26000", "realloc(0x24018, 6000) = 0x24018"]);
    expect(shape(h)).toBe("16:a 6008:a 2160:f");
  });

  test("realloc shrinks in place and gives the tail back", () => {
    const h = new Harness();
    const a = h.call("malloc", 200);
    h.call("malloc", 8);
    expect(h.call("realloc", a, 20)).toBe(a);
    expect(shape(h)).toBe("32:a 176:f 16:a 3864:f");
  });

  test("realloc(NULL, n) is malloc; realloc(p, 0) frees and returns NULL", () => {
    const h = new Harness();
    const a = h.call("realloc", 0, 10);
    expect(a).toBe(0x24008);
    expect(h.call("realloc", a, 0)).toBe(0);
    expect(shape(h)).toBe("4088:f");
    expect(h.eventLog()).toEqual(["brk 0x24000 -> 0x25000 = 0x25000", "realloc(0x0, 10) = 0x24008", "realloc(0x24008, 0) = 0x0"]);
  });
});

describe("out of memory", () => {
  test("brk failure makes malloc return NULL with errno ENOMEM and leaves the heap intact", () => {
    const h = new Harness({ maxBrk: 0x24000 + 8192 });
    const a = h.call("malloc", 5000);
    expect(a).not.toBe(0);
    expect(h.call("malloc", 5000)).toBe(0);
    expect(h.mem.load32(h.sym("errno"))).toBe(12);
    expect(h.eventLog().slice(-2)).toEqual(["brk 0x26000 -> 0x27000 = 0x26000", "malloc(5000) = 0x0"]);
    expect(shape(h)).toBe("5008:a 3176:f");
    expect(h.call("malloc", 0xffffffff)).toBe(0);
    expect(h.call("realloc", a, 100000)).toBe(0);
    expect(shape(h)).toBe("5008:a 3176:f");
  });
});

describe("heap integrity", () => {
  test("free of a pointer that is not a block aborts like glibc", () => {
    const h = new Harness();
    const a = h.call("malloc", 32);
    expect(h.abortMessage("free", a + 8)).toBe("free(): invalid pointer 0x00024010");
    expect(h.abortMessage("free", h.size - 100)).toBe(`free(): invalid pointer 0x${(h.size - 100).toString(16).padStart(8, "0")}`);
    expect(h.abortMessage("free", a + 1)).toBe("free(): invalid pointer 0x00024009");
  });

  test("free before any malloc is an invalid pointer", () => {
    const h = new Harness();
    expect(h.abortMessage("free", 0x24008)).toBe("free(): invalid pointer 0x00024008");
  });

  test("double free is detected, also after coalescing", () => {
    const h = new Harness();
    const a = h.call("malloc", 32);
    const b = h.call("malloc", 32);
    h.call("free", b);
    expect(h.abortMessage("free", b)).toBe("free(): double free detected (0x00024030)");
    h.call("free", a); // b's old header now lies inside a's free block
    expect(h.abortMessage("free", b)).toBe("free(): double free detected (0x00024030)");
    expect(h.abortMessage("realloc", a, 8)).toBe("realloc(): double free detected (0x00024008)");
  });

  test("an overflow that clobbers the boundary tags is reported as corruption", () => {
    const h = new Harness();
    const a = h.call("malloc", 8);
    const b = h.call("malloc", 8);
    h.mem.writeBytes(a, new TextEncoder().encode("0123456789AB")); // 12 bytes into an 8-byte payload
    expect(h.abortMessage("free", b)).toBe("free(): corrupted heap block at 0x00024008");
    expect(h.abortMessage("free", a)).toBe("free(): corrupted heap block at 0x00024008");
    expect(walk(h).error).toBe("footer of the block at 0x00024004 (0x42413938) does not match its header 0x00000011");
  });

  test("freeing a block whose next neighbour's header was overwritten", () => {
    const h = new Harness();
    const a = h.call("malloc", 8);
    const b = h.call("malloc", 8);
    h.mem.store32(b - 4, 0x12345); // b's header: garbage size
    expect(h.abortMessage("free", a)).toBe("free(): corrupted heap block at 0x00024018");
  });

  test("a damaged free-list link is found by malloc", () => {
    const h = new Harness();
    const a = h.call("malloc", 8);
    h.call("malloc", 8);
    h.call("free", a);
    h.mem.store32(a, 0x24000); // use after free: the "next" link
    expect(h.abortMessage("malloc", 100)).toBe("malloc(): corrupted heap block at 0x00024008");
  });

  test("a list head rewritten by the program is followed, and its first node checked", () => {
    const h = new Harness();
    const a = h.call("malloc", 8);
    h.call("malloc", 8);
    const c = h.call("malloc", 8);
    h.call("malloc", 8);
    h.call("free", a);
    h.call("free", c);
    h.mem.store32(h.sym("__malloc_free_list"), c); // skips a: c's prev link still names a
    expect(h.abortMessage("malloc", 8)).toBe(`malloc(): corrupted heap block at 0x${c.toString(16).padStart(8, "0")}`);
  });

  test("walkHeap never throws on garbage and names the problem", () => {
    const h = new Harness();
    h.call("malloc", 8);
    const start = h.u32(h.sym("__malloc_heap_start"));
    const end = h.u32(h.sym("__malloc_heap_end"));
    // Past the allocator's break the slack word reads as an impossible header.
    expect(walkHeap(h.mem, start, end + 0x100000).error).toBe("corrupted block header at 0x00024ffc (payload 0x00025000): word 0x00000000");
    h.mem.store32(0x24004, 0x7);
    const w = walkHeap(h.mem, start, end);
    expect(w.error).toBe("corrupted block header at 0x00024004 (payload 0x00024008): word 0x00000007");
    expect(w.blocks).toEqual([]);
    const faulty = {
      load32: (a: number): number => {
        if (a >= 0x1100) throw new Error("unmapped");
        return 0x40;
      },
    };
    // A block that cannot be read ends the walk; that is reported over the earlier oddity.
    expect(walkHeap(faulty, 0x1000, 0x2000).error).toBe("footer of the block at 0x000010c4 (unreadable) does not match its header 0x00000040");
    expect(walkHeap(faulty, 0x1000, 0x2000).blocks.length).toBe(3);
    expect(walkHeap({ load32: () => 0x30 }, 0x1000, 0x1020).error).toBe("block at 0x00001004 (size 48) runs past the end of the heap 0x0000101c");
  });

  test("walkHeap checks the free list against the blocks", () => {
    const h = new Harness();
    const a = h.call("malloc", 8);
    h.call("malloc", 8);
    h.call("free", a);
    const s = (n: string) => h.u32(h.sym(n));
    expect(walkHeap(h.mem, s("__malloc_heap_start"), s("__malloc_heap_end"), a + 16).error).toBe("free list entry 0x00024018 is not a free block");
    h.mem.store32(a, a); // a loop
    expect(walkHeap(h.mem, s("__malloc_heap_start"), s("__malloc_heap_end"), a).error).toBe("free list loops back to 0x00024008");
  });
});

describe("sharing the break", () => {
  test("memory taken with sbrk between two extensions is fenced off, not reused", () => {
    const h = new Harness();
    const a = h.call("malloc", 10);
    const mine = h.call("sbrk", 100);
    expect(mine).toBe(0x25000);
    h.mem.fill(mine, 0x77, 100);
    const big = h.call("malloc", 5000);
    expect(big).toBeGreaterThan(mine + 100);
    expect([...h.mem.readBytes(mine, 100)].every((x) => x === 0x77)).toBe(true);
    const w = walk(h);
    expect(w.error).toBeNull();
    expect(w.blocks.map((b) => `${b.header.toString(16)}:${b.size}:${b.free ? "f" : "a"}`)).toEqual([
      "24004:24:a",
      "2401c:4064:f",
      "24ffc:112:a", // the fence around [0x25000, 0x25064)
      "2506c:5008:a",
      "263fc:3176:f",
    ]);
    expect(h.abortMessage("free", mine)).toBe("free(): invalid pointer 0x00025000");
    h.call("free", a);
    h.call("free", big);
    expect(walk(h).error).toBeNull();
  });
});
