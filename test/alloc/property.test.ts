/**
 * @fileoverview Random malloc/calloc/realloc/free sequences (fast-check) for every policy,
 * with the invariants checked after every call: the heap walks cleanly in the policy's
 * layout (tags, free lists = free blocks, bins sorted, no two adjacent free blocks), every
 * live payload is 8-aligned, inside the heap, the payload of its own allocated block with
 * room for its size (segregated: or a slot in use of a slab, with room for its size),
 * live blocks do not overlap, nobody's bytes were overwritten, realloc kept the prefix;
 * when everything is freed, the heap is one free block (or trimmed) and no slab is left.
 */

import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { ALLOC_POLICIES, type AllocPolicy } from "../../libc/alloc/common.js";
import { SLAB_MAX } from "../../libc/alloc/slab-layout.js";
import { walkHeapFromSymbols } from "../../libc/heap-walk.js";
import { libcMembers } from "../../libc/index.js";
import { Harness } from "../libc/harness.js";

type Op =
  | { kind: "malloc"; size: number }
  | { kind: "calloc"; n: number; size: number }
  | { kind: "realloc"; pick: number; size: number }
  | { kind: "free"; pick: number };

const size = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 200 }) },
  { weight: 2, arbitrary: fc.integer({ min: 200, max: 3000 }) },
  { weight: 1, arbitrary: fc.integer({ min: 3000, max: 12000 }) },
  { weight: 1, arbitrary: fc.integer({ min: 100_000, max: 300_000 }) },
);
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: size.map((s) => ({ kind: "malloc" as const, size: s })) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("calloc" as const), n: fc.integer({ min: 0, max: 20 }), size: fc.integer({ min: 0, max: 100 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("realloc" as const), pick: fc.nat(), size }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant("free" as const), pick: fc.nat() }) },
);

interface Live {
  ptr: number;
  size: number;
  tag: number;
}

/**
 * The payload a tagged policy must return for a block of asize bytes, from a walk of the
 * heap before the call (the free list in VM memory, in address order), or 0 when no free
 * block fits (the heap grows). This pins the policies' choices, whatever the allocator
 * uses to search (libc/alloc/free-index.ts mirrors the list on the host).
 */
function expectedPick(policy: AllocPolicy, h: Harness, asize: number): number {
  const w = walkHeapFromSymbols(h.mem, (n) => h.symbols.get(n))!;
  const size = new Map(w.blocks.map((b) => [b.payload, b.size]));
  const list = w.freeList;
  const fits = (p: number): boolean => size.get(p)! >= asize;
  switch (policy) {
    case "first-fit":
      return list.find(fits) ?? 0;
    case "best-fit":
      return list.filter(fits).reduce((best, p) => (best === 0 || size.get(p)! < size.get(best)! ? p : best), 0);
    case "next-fit": {
      const from = Math.max(0, list.indexOf(w.rover ?? 0));
      return [...list.slice(from), ...list.slice(0, from)].find(fits) ?? 0;
    }
    case "segregated":
      return 0;
  }
}

function run(policy: AllocPolicy, ops: Op[], maxBrk?: number): void {
  const h = new Harness({ members: libcMembers(policy), ...(maxBrk === undefined ? {} : { maxBrk }) });
  const live: Live[] = [];
  let nextTag = 1;
  const fillTag = (l: Live): void => h.mem.fill(l.ptr, l.tag, l.size);
  const check = (): void => {
    const w = walkHeapFromSymbols(h.mem, (n) => h.symbols.get(n));
    expect(w).not.toBeNull();
    expect(w!.policy).toBe(policy);
    expect(w!.error).toBeNull();
    const free = w!.blocks.filter((b) => b.free).map((b) => b.payload);
    if (policy === "segregated") expect([...w!.freeList].sort((a, b) => a - b)).toEqual(free);
    else expect(w!.freeList).toEqual(free);
    for (let i = 1; i < w!.blocks.length; i++) {
      expect(w!.blocks[i]!.header).toBe(w!.blocks[i - 1]!.header + w!.blocks[i - 1]!.size);
      expect(w!.blocks[i]!.free && w!.blocks[i - 1]!.free, "adjacent free blocks").toBe(false);
    }
    const byPayload = new Map(w!.blocks.map((b) => [b.payload, b]));
    const overhead = policy === "segregated" ? 4 : 8;
    const slots = new Map((w!.slabs ?? []).flatMap((s) => s.live.map((a) => [a, s.slotSize] as const)));
    const slotCount = (w!.slabs ?? []).reduce((n, s) => n + s.live.length, 0);
    expect(slotCount, "every slot in use belongs to a live pointer").toBe(live.filter((l) => slots.has(l.ptr)).length);
    if (policy !== "segregated") expect(w!.slabs).toBeUndefined();
    for (const l of live) {
      expect(l.ptr % 8).toBe(0);
      expect(l.ptr).toBeGreaterThanOrEqual(h.heapStart);
      expect(l.ptr + l.size).toBeLessThanOrEqual(h.brk);
      const slot = slots.get(l.ptr);
      if (slot !== undefined) {
        // Plain checks first: a slab test has hundreds of live slots after every call.
        const ok = slot >= l.size && l.size <= SLAB_MAX && h.mem.readBytes(l.ptr, l.size).every((x) => x === l.tag);
        if (!ok) expect({ ptr: l.ptr, size: l.size, slot, contents: [...h.mem.readBytes(l.ptr, l.size)] }).toEqual({ ptr: l.ptr, size: l.size, slot: "a slot of at least size bytes, size <= SLAB_MAX", contents: `all ${l.tag}` });
        continue;
      }
      const b = byPayload.get(l.ptr);
      expect(b, `live pointer 0x${l.ptr.toString(16)} is a block`).toBeDefined();
      expect(b!.free).toBe(false);
      expect(b!.size - overhead).toBeGreaterThanOrEqual(l.size);
      const bytes = h.mem.readBytes(l.ptr, l.size);
      expect(bytes.every((x) => x === l.tag), `contents of 0x${l.ptr.toString(16)}`).toBe(true);
    }
    const spans = live.map((l) => [l.ptr, l.ptr + l.size] as const).sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < spans.length; i++) expect(spans[i]![0], "overlapping payloads").toBeGreaterThanOrEqual(spans[i - 1]![1]);
  };
  for (const o of ops) {
    const before = h.events.filter((e) => e.op !== "brk").length;
    const called = o.kind === "malloc" || o.kind === "calloc" || live.length > 0;
    switch (o.kind) {
      case "malloc":
      case "calloc": {
        const n = o.kind === "malloc" ? o.size : o.n * o.size;
        const expected = policy === "segregated" ? 0 : expectedPick(policy, h, Math.max(16, Math.ceil((n + 8) / 8) * 8));
        const p = o.kind === "malloc" ? h.call("malloc", o.size) : h.call("calloc", o.n, o.size);
        if (expected !== 0) expect(p, `${policy} picks the hole the policy names`).toBe(expected);
        if (p !== 0) {
          if (o.kind === "calloc") expect(h.mem.readBytes(p, n).every((x) => x === 0)).toBe(true);
          const l = { ptr: p, size: n, tag: nextTag++ & 0xff || 1 };
          live.push(l);
          fillTag(l);
        } else expect(maxBrk).toBeDefined();
        break;
      }
      case "realloc": {
        if (live.length === 0) break;
        const i = o.pick % live.length;
        const l = live[i]!;
        const p = h.call("realloc", l.ptr, o.size);
        if (o.size === 0) {
          expect(p).toBe(0);
          live.splice(i, 1);
        } else if (p === 0) {
          expect(maxBrk).toBeDefined(); // failed: the old block is untouched
        } else {
          const keep = Math.min(l.size, o.size);
          expect(h.mem.readBytes(p, keep).every((x) => x === l.tag)).toBe(true);
          live[i] = { ptr: p, size: o.size, tag: nextTag++ & 0xff || 1 };
          fillTag(live[i]!);
        }
        break;
      }
      case "free": {
        if (live.length === 0) break;
        const i = o.pick % live.length;
        h.call("free", live[i]!.ptr);
        live.splice(i, 1);
        break;
      }
    }
    expect(h.events.filter((e) => e.op !== "brk").length, "one event per call").toBe(before + (called ? 1 : 0));
    check();
  }
  for (const l of live) h.call("free", l.ptr);
  const w = walkHeapFromSymbols(h.mem, (n) => h.symbols.get(n))!;
  expect(w.error).toBeNull();
  // Everything freed: the whole heap is one free block below the trim threshold.
  expect(w.blocks.length).toBeLessThanOrEqual(1);
  expect(w.blocks.every((b) => b.free && b.size < 128 * 1024)).toBe(true);
  expect(w.slabs ?? []).toEqual([]);
}

describe.each(ALLOC_POLICIES.map((p) => [p]))("%s: invariants under random use", (policy) => {
  test("unlimited break", () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => run(policy, ops)),
      { numRuns: 120 },
    );
  });

  test("a small break limit: failures return NULL and leave the heap sound", () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => run(policy, ops, 0x24000 + 5 * 4096)),
      { numRuns: 80 },
    );
  });
});

/**
 * Many objects of the largest slab class (84 slots a slab), a few of the class below and
 * just above SLAB_MAX: slabs fill up, drain, and go back to the heap.
 */
const smallSize = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: SLAB_MAX - 7, max: SLAB_MAX }) },
  { weight: 1, arbitrary: fc.integer({ min: SLAB_MAX - 15, max: SLAB_MAX + 8 }) },
);
const smallOp: fc.Arbitrary<Op> = fc.oneof(
  { weight: 6, arbitrary: smallSize.map((s) => ({ kind: "malloc" as const, size: s })) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("realloc" as const), pick: fc.nat(), size: fc.integer({ min: 0, max: 2 * SLAB_MAX }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("free" as const), pick: fc.nat() }) },
);

describe("segregated: slabs under random use", () => {
  test("full slabs, emptied slabs, slots moving between classes", () => {
    fc.assert(
      fc.property(fc.array(smallOp, { minLength: 300, maxLength: 400 }), (ops) => run("segregated", ops)),
      { numRuns: 5 },
    );
  });
});
