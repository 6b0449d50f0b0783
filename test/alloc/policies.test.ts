/**
 * @fileoverview The four policies block by block (harness heap at 0x24000, first payload
 * 0x24008): which hole each one picks, next-fit's rover, the segregated layout (header
 * only in used blocks, PREV_ALLOC, bins, top chunk, epilogue), trimming with brk, realloc
 * in place, and the integrity aborts in the segregated layout.
 */

import { describe, expect, test } from "vitest";
import { ALLOC_POLICIES, binIndex, binRange, type AllocPolicy } from "../../libc/alloc/common.js";
import type { HeapWalk } from "../../libc/heap-walk.js";
import { libcMembers } from "../../libc/index.js";
import { Harness } from "../libc/harness.js";

const heap = (policy: AllocPolicy, opts: { maxBrk?: number } = {}): Harness => new Harness({ members: libcMembers(policy), ...opts });

const walk = (h: Harness): HeapWalk => h.walk();
const shape = (h: Harness): string => h.shape();
const hex = (n: number): string => n.toString(16);

describe("which hole each policy picks", () => {
  // A(100) B(300) C(100) D(150) E(100) F(8); free B and D; then malloc(140). (For segregated
  // F is 72 bytes: 8 would take a slab slot, not a block.)
  const picks: Record<AllocPolicy, { ptrs: string; got: string; shape: string }> = {
    "first-fit": { ptrs: "24008 24078 241b0 24220 242c0 24330", got: "24078", shape: "112:a 152:a 160:f 112:a 160:f 112:a 16:a 3264:f" },
    "next-fit": { ptrs: "24008 24078 241b0 24220 242c0 24330", got: "24340", shape: "112:a 312:f 112:a 160:f 112:a 16:a 152:a 3112:f" },
    "best-fit": { ptrs: "24008 24078 241b0 24220 242c0 24330", got: "24220", shape: "112:a 312:f 112:a 160:a 112:a 16:a 3264:f" },
    segregated: { ptrs: "24008 24070 241a0 24208 242a8 24310", got: "24208", shape: "104:a 304:f 104:a 144:a 16:f 104:a 80:a 3232:f" },
  };
  test.each(ALLOC_POLICIES.map((p) => [p]))("%s", (policy) => {
    const h = heap(policy);
    const ptrs = [100, 300, 100, 150, 100, policy === "segregated" ? 72 : 8].map((n) => h.call("malloc", n));
    h.call("free", ptrs[1]!);
    h.call("free", ptrs[3]!);
    const got = h.call("malloc", 140);
    expect({ ptrs: ptrs.map(hex).join(" "), got: hex(got), shape: shape(h) }).toEqual(picks[policy]);
    expect(walk(h).policy).toBe(policy);
  });
});

describe("next-fit", () => {
  test("the search starts at the rover (after the last placement) and wraps around", () => {
    const h = heap("next-fit");
    const xs = [40, 40, 40, 40, 40, 40].map((s) => h.call("malloc", s));
    h.call("free", xs[1]!);
    h.call("free", xs[4]!);
    const top = xs[5]! + 48;
    expect(walk(h).rover).toBe(top); // the rest of the top block, where the last search ended
    expect(h.call("malloc", 40)).toBe(top);
    expect(h.call("malloc", 40)).toBe(top + 48);
    // A block bigger than the top's rest: the search wraps to the list head and goes on.
    const big = h.call("malloc", 4000);
    expect(big).toBeGreaterThan(top);
    expect(walk(h).error).toBeNull();
    // first-fit would reuse the lowest hole; next-fit only finds it after wrapping around.
    const h2 = heap("first-fit");
    const ys = [40, 40, 40, 40, 40, 40].map((s) => h2.call("malloc", s));
    h2.call("free", ys[1]!);
    expect(h2.call("malloc", 40)).toBe(ys[1]);
  });

  test("the rover follows its block when it is coalesced or used up", () => {
    const h = heap("next-fit");
    const xs = [40, 40, 40].map((s) => h.call("malloc", s));
    h.call("free", xs[2]!); // merges with the top block, which the rover pointed at
    expect(walk(h).rover).toBe(xs[2]);
    expect(walk(h).error).toBeNull();
  });
});

describe("segregated layout", () => {
  // Requests of at most SLAB_MAX (48) bytes take slab slots (see "segregated: slabs"); these
  // tests use larger ones.
  test("used blocks have a header only: n bytes take round8(n + 4)", () => {
    const h = heap("segregated");
    const sizes = [65, 68, 69, 76, 77, 100];
    sizes.forEach((n) => h.call("malloc", n));
    expect(walk(h).blocks.slice(0, sizes.length).map((b) => b.size)).toEqual([72, 72, 80, 80, 88, 104]);
  });

  test("headers carry PREV_ALLOC; free blocks have footers; an epilogue ends the heap", () => {
    const h = heap("segregated");
    const a = h.call("malloc", 80);
    const b = h.call("malloc", 80);
    const c = h.call("malloc", 80);
    h.call("free", b);
    expect(h.u32(a - 4)).toBe(88 | 2 | 1); // in use, block below in use (the heap start counts as in use)
    expect(h.u32(b - 4)).toBe(88 | 2); // free, block below in use
    expect(h.u32(b - 4 + 88 - 4)).toBe(88 | 2); // its footer
    expect(h.u32(c - 4)).toBe(88 | 1); // in use, block below FREE
    const limit = h.u32(h.sym("__malloc_heap_end")) - 4;
    expect(h.u32(limit)).toBe(1); // epilogue: size 0, allocated, block below (the top chunk) free
  });

  test("bins: exact small bins (LIFO), sorted large bins, the top chunk in no bin", () => {
    const h = heap("segregated");
    const ptrs = [84, 72, 84, 72, 600, 72, 700, 72, 620, 72].map((n) => h.call("malloc", n));
    for (const i of [0, 2, 4, 6, 8]) h.call("free", ptrs[i]!);
    const w = walk(h);
    expect(w.error).toBeNull();
    expect(w.bins).toEqual([
      { index: 9, min: 88, max: 88, blocks: [ptrs[2], ptrs[0]] },
      { index: 63, min: 520, max: 632, blocks: [ptrs[4], ptrs[8]] },
      { index: 64, min: 640, max: 760, blocks: [ptrs[6]] },
    ]);
    expect(w.top).toBe(ptrs[9]! + 80);
    expect(w.freeList).toEqual([ptrs[2], ptrs[0], ptrs[4], ptrs[8], ptrs[6], w.top]);
    // Best fit within the sorted bin: 610 bytes need 616, the 608-byte block is too small.
    expect(h.call("malloc", 610)).toBe(ptrs[8]);
    // The bitmap and the bins agree, as the walker checks.
    h.mem.store32(h.sym("__malloc_binmap"), 0);
    expect(walk(h).error).toBe("bin 9: bitmap bit is clear but the bin is not empty");
  });

  test("size classes", () => {
    expect([16, 24, 512, 520, 632, 640, 1024, 1 << 20].map(binIndex)).toEqual([0, 1, 62, 63, 63, 64, 67, 107]);
    expect(binRange(62)).toEqual([512, 512]);
    expect(binRange(67)).toEqual([1024, 1272]);
  });

  test("the top chunk is used last: small requests fill holes, not the space after a growing block", () => {
    const h = heap("segregated");
    const buf = h.call("malloc", 100);
    const hole = h.call("malloc", 200);
    const after = h.call("malloc", 1000);
    h.call("free", hole);
    h.call("free", after); // merges into the top chunk, right after hole's neighbour... and buf
    expect(h.call("malloc", 150)).toBe(hole); // a hole, not the top chunk
    expect(h.call("realloc", buf, 100)).toBe(buf);
  });

  test("realloc grows into the next free block, at the top with brk, and shrinks in place", () => {
    const h = heap("segregated");
    const a = h.call("malloc", 72);
    const b = h.call("malloc", 100);
    h.call("malloc", 72);
    h.mem.fill(a, 0x5a, 72);
    h.call("free", b);
    expect(h.call("realloc", a, 100)).toBe(a);
    expect([...h.mem.readBytes(a, 72)].every((x) => x === 0x5a)).toBe(true);
    expect(shape(h)).toBe("104:a 80:f 80:a 3824:f");
    const top = h.call("malloc", 3000);
    const n = h.events.length;
    expect(h.call("realloc", top, 9000)).toBe(top);
    expect(h.eventLog().slice(n)).toEqual(["brk 0x25000 -> 0x27000 = 0x27000", `realloc(0x${hex(top)}, 9000) = 0x${hex(top)}`]);
    expect(h.call("realloc", top, 100)).toBe(top);
    expect(shape(h)).toBe("104:a 80:f 80:a 104:a 11912:f");
  });

  test("sbrk between two extensions is fenced off", () => {
    const h = heap("segregated");
    const a = h.call("malloc", 80);
    const mine = h.call("sbrk", 100);
    expect(mine).toBe(0x25000);
    h.mem.fill(mine, 0x77, 100);
    const big = h.call("malloc", 5000);
    expect(big).toBeGreaterThan(mine + 100);
    expect([...h.mem.readBytes(mine, 100)].every((x) => x === 0x77)).toBe(true);
    expect(walk(h).blocks.map((b) => `${hex(b.header)}:${b.size}:${b.free ? "f" : "a"}`)).toEqual([
      "24004:88:a",
      "2405c:4000:f", // the old top chunk, now in a bin
      "24ffc:104:a", // the fence around [0x25000, 0x25064): no footer, so the next header may sit at 0x25064
      "25064:5008:a",
      "263f4:3176:f",
    ]);
    expect(h.abortMessage("free", mine)).toBe("free(): invalid pointer 0x00025000");
    h.call("free", a);
    h.call("free", big);
    expect(walk(h).error).toBeNull();
  });
});

describe("giving memory back", () => {
  test.each(ALLOC_POLICIES.map((p) => [p]))("%s: free lowers the break once the top free block reaches 128 KiB", (policy) => {
    // The block before the big one ends just below a page boundary, so the freed top
    // block vanishes entirely (its header is the last word below the new break).
    const h = heap(policy);
    h.call("malloc", policy === "segregated" ? 4084 : 4080);
    const b = h.call("malloc", 200000);
    expect(b).toBe(0x25000);
    expect(shape(h)).toBe("4088:a 200008:a 696:f");
    const n = h.events.length;
    h.call("free", b);
    expect(h.eventLog().slice(n)).toEqual(["brk 0x56000 -> 0x25000 = 0x25000", "free(0x25000)"]);
    expect(shape(h)).toBe("4088:a");
    expect(h.call("malloc", 100)).toBe(0x25000); // and the heap grows again from there
    expect(walk(h).error).toBeNull();
  });

  test("a free top block below the threshold stays", () => {
    const h = heap("first-fit");
    const a = h.call("malloc", 100000);
    h.call("free", a);
    expect(h.eventLog().filter((e) => e.startsWith("brk"))).toEqual(["brk 0x24000 -> 0x3d000 = 0x3d000"]);
  });
});

describe("segregated: heap integrity", () => {
  test("invalid pointers, double frees (also after coalescing), corrupted headers", () => {
    const h = heap("segregated");
    const a = h.call("malloc", 72);
    const b = h.call("malloc", 72);
    h.call("malloc", 72);
    expect(h.abortMessage("free", a + 8)).toBe("free(): invalid pointer 0x00024010");
    expect(h.abortMessage("free", a + 1)).toBe("free(): invalid pointer 0x00024009");
    h.call("free", b);
    expect(h.abortMessage("free", b)).toBe(`free(): double free detected (0x${hex(b).padStart(8, "0")})`);
    h.call("free", a); // b's block is merged into a's
    expect(h.abortMessage("free", b)).toBe(`free(): double free detected (0x${hex(b).padStart(8, "0")})`);
    expect(h.abortMessage("realloc", a, 8)).toBe("realloc(): double free detected (0x00024008)");
  });

  test("an overflow into the next header is found by free and by the walker", () => {
    const h = heap("segregated");
    const a = h.call("malloc", 68);
    const b = h.call("malloc", 68);
    h.mem.writeBytes(a, new TextEncoder().encode("0123456789".repeat(7) + "AB")); // 72 bytes into 68
    expect(h.abortMessage("free", b)).toBe("free(): corrupted heap block at 0x00024050");
    expect(walk(h).error).toBe("block at 0x0002404c (size 1111570744) runs past the end of the heap 0x00024ffc");
  });

  test("a use after free that breaks a bin link is found by malloc", () => {
    const h = heap("segregated");
    const a = h.call("malloc", 600);
    h.call("malloc", 72);
    const c = h.call("malloc", 700);
    h.call("malloc", 72);
    h.call("free", a);
    h.call("free", c);
    h.mem.store32(a + 4, 0x24100); // a's prev link
    expect(h.call("malloc", 650)).toBe(c); // bin 64 does not go through a
    expect(h.abortMessage("malloc", 610)).toBe("malloc(): corrupted heap block at 0x00024008");
  });

  test("a sorted bin whose link loops back is found, not walked forever", () => {
    const h = heap("segregated");
    // Blocks of 568, 584 and 608 bytes, all in bin 63 (512-639), kept apart by small ones.
    const a = h.call("malloc", 560);
    h.call("malloc", 72);
    const b = h.call("malloc", 576);
    h.call("malloc", 72);
    const c = h.call("malloc", 600);
    h.call("malloc", 72);
    h.call("free", c);
    h.call("free", a);
    h.call("free", b);
    h.mem.store32(b, a); // b's next link: back to a, the head
    expect(h.abortMessage("malloc", 610)).toBe(`malloc(): corrupted heap block at 0x${hex(a).padStart(8, "0")}`);
  });
});

describe("out of memory", () => {
  test.each(ALLOC_POLICIES.map((p) => [p]))("%s: NULL with errno ENOMEM, heap intact", (policy) => {
    const h = heap(policy, { maxBrk: 0x24000 + 8192 });
    const a = h.call("malloc", 5000);
    expect(a).not.toBe(0);
    expect(h.call("malloc", 5000)).toBe(0);
    expect(h.mem.load32(h.sym("errno"))).toBe(12);
    expect(h.call("malloc", 0xffffffff)).toBe(0);
    expect(h.call("realloc", a, 100000)).toBe(0);
    expect(h.call("calloc", 0x10000, 0x10001)).toBe(0);
    expect(walk(h).error).toBeNull();
    expect(walk(h).blocks.filter((b) => !b.free).map((b) => b.payload)).toEqual([a]);
  });

  test.each(ALLOC_POLICIES.map((p) => [p]))("%s: a first malloc that failed, then the program's own sbrk: the heap starts above it", (policy) => {
    const h = heap(policy, { maxBrk: 0x24000 + 8192 });
    expect(h.call("malloc", 100000)).toBe(0);
    expect(h.call("sbrk", 100)).toBe(0x24000);
    expect(h.call("malloc", 10)).toBe(0x24068); // the first header right at the old break
    expect(h.u32(h.sym("__malloc_heap_start"))).toBe(0x24064);
    expect(walk(h).error).toBeNull();
  });
});
