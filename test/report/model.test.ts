/**
 * The report's model and geometry: the walkthrough's heap after every event, exactly as
 * the README tells it; recorded snapshots against libc's own heap walk at every call, for
 * every policy; the reconstruction from an event log against the recording; row geometry
 * (holes, headers, the break, the zoomed-out summary), the address map, run alignment and
 * the page's encoding.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import type { NativeFn } from "../../libc/abi.js";
import { walkHeapFromSymbols } from "../../libc/heap-walk.js";
import { explainEvent, findNotes } from "../../cli/report/explain.js";
import { addressMap, heapRow, segAt, type Axis } from "../../cli/report/geometry.js";
import { buildReportData } from "../../cli/report/html.js";
import {
  BLOCK_ALLOC,
  HeapReplay,
  allocName,
  blockSizeFor,
  decodeReport,
  encodeReport,
  humanSize,
  shortCall,
  type RawTrace,
  type RunData,
} from "../../cli/report/model.js";
import { alignRuns, buildRun } from "../../cli/report/build.js";
import { recordProgram } from "../../cli/report/record.js";
import { reconstruct } from "../../cli/report/reconstruct.js";
import { keyMomentSvgs } from "../../cli/report/svg.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const walkthrough = join(root, "examples", "malloc-walkthrough.c");
let work = "";

function run(t: RawTrace): RunData {
  const r = buildRun(t);
  r.notes = [...r.notes, ...findNotes(r)].sort((a, b) => a.event - b.event);
  return r;
}

/** The blocks after event i as [header, size, "used"|"free"]. */
function state(r: RunData, i: number): [number, number, string][] {
  return new HeapReplay(r).stateAt(i).map((b) => [b.header, b.size, b.flags & BLOCK_ALLOC ? "used" : "free"]);
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "minic-report-"));
});

describe("the walkthrough, recorded", () => {
  let wt: RunData;
  beforeAll(() => {
    wt = run(recordProgram([walkthrough]).trace);
  });

  it("logs the seven events with their groups (malloc's brk shares its call)", () => {
    expect(wt.ev.op.map((_, i) => shortCall(wt, i))).toEqual(["brk +4 KiB", "A = malloc(1000)", "B = malloc(1000)", "C = malloc(1500)", "free(B)", "brk +4 KiB", "D = malloc(1200)"]);
    expect(wt.ev.group).toEqual([0, 0, 1, 2, 3, 4, 4]);
    expect(wt.ev.brk).toEqual([0x16000, 0x16000, 0x16000, 0x16000, 0x16000, 0x17000, 0x17000]);
    expect(wt.policy).toBe("first-fit");
    expect(wt.reconstructed).toBe(false);
  });

  it("has the heap after every event, as the README tells it", () => {
    expect(state(wt, 0)).toEqual([]);
    expect(state(wt, 1)).toEqual([
      [0x15004, 1008, "used"],
      [0x153f4, 3080, "free"],
    ]);
    expect(state(wt, 3)).toEqual([
      [0x15004, 1008, "used"],
      [0x153f4, 1008, "used"],
      [0x157e4, 1512, "used"],
      [0x15dcc, 560, "free"],
    ]);
    expect(state(wt, 4)).toEqual([
      [0x15004, 1008, "used"],
      [0x153f4, 1008, "free"],
      [0x157e4, 1512, "used"],
      [0x15dcc, 560, "free"],
    ]);
    // The brk row: blocks unchanged, the break already moved.
    expect(state(wt, 5)).toEqual(state(wt, 4));
    expect(state(wt, 6)).toEqual([
      [0x15004, 1008, "used"],
      [0x153f4, 1008, "free"],
      [0x157e4, 1512, "used"],
      [0x15dcc, 1208, "used"],
      [0x16284, 3448, "free"],
    ]);
  });

  it("keeps one allocation per block, with its requested size", () => {
    const last = new HeapReplay(wt).stateAt(6);
    expect(last.map((b) => (b.alloc >= 0 ? `${allocName(b.alloc)}:${b.requested}` : "-"))).toEqual(["A:1000", "-", "C:1500", "D:1200", "-"]);
    expect(wt.allocs.event).toEqual([1, 2, 3, 6]);
  });

  it("computes the metrics per event", () => {
    expect(wt.metrics).toEqual({
      heap: [4096, 4096, 4096, 4096, 4096, 8192, 8192],
      inUse: [0, 1000, 2000, 3500, 2500, 2500, 3700],
      free: [0, 3080, 2072, 560, 1568, 1568, 4456],
      largest: [0, 3080, 2072, 560, 1008, 1008, 3448],
    });
  });

  it("calls out the fragmentation on the brk row and on D's row", () => {
    const frag = "malloc(1200) needs a 1208-byte block. 1568 bytes are free, but the largest hole is 1008 bytes: no single hole can hold 1208 bytes. That is fragmentation. The heap grows by 4 KiB with brk.";
    const grow = "malloc(1000) needs a 1008-byte block. The heap has no free block at all yet (it starts empty). The heap grows by 4 KiB with brk.";
    expect(wt.notes).toEqual([
      { event: 0, kind: "grow", text: grow },
      { event: 1, kind: "grow", text: grow },
      { event: 5, kind: "fragmentation", text: frag },
      { event: 6, kind: "fragmentation", text: frag },
    ]);
  });

  it("explains each event from the heap before and after it", () => {
    const rp = new HeapReplay(wt);
    expect(explainEvent(wt, 2, rp)).toBe(
      "B = malloc(1000): a 1008-byte block at 0x000153f4 (1000 bytes asked, 8 of header/footer). It goes into the 3080-byte free block at 0x000153f4, the lowest-addressed free block big enough, and the smallest; the other 2072 bytes stay free.",
    );
    expect(explainEvent(wt, 4, rp)).toBe("free(B): B's 1008-byte block is free again: a 1008-byte hole.");
    expect(explainEvent(wt, 5, rp)).toBe(
      "The program break moves from 0x00016000 to 0x00017000: the heap grows by 4 KiB. malloc(1200) needs a 1208-byte block. 1568 bytes are free (1008 + 560), but the largest hole is 1008 bytes: no single hole can hold 1208 bytes. That is fragmentation. So the allocator asks the kernel for more memory; the new space is not part of any block yet.",
    );
    expect(explainEvent(wt, 6, rp)).toBe(
      "D = malloc(1200): a 1208-byte block at 0x00015dcc (1200 bytes asked, 8 of header/footer). 1568 bytes are free (1008 + 560), but the largest hole is 1008 bytes: no single hole can hold 1208 bytes. That is fragmentation. The heap grew with brk; the new space joined the 560-byte free block at the top, and D goes there.",
    );
  });

  it("draws B's hole and the break where they are (one pixel per byte)", () => {
    const axis: Axis = { start: 0x15000, end: 0x17000, x: 0, width: 8192 };
    const row = heapRow(new HeapReplay(wt).stateAt(5), wt.layout, wt.ev.brk[5]!, axis, { charPx: 6, newLabel: "+4 KiB new" });
    expect(row.segs.map((s) => [s.kind, s.x0, s.x1, s.label])).toEqual([
      ["pad", 0, 4, null],
      ["used", 4, 1012, "A 1008"],
      ["free", 1012, 2020, "1008 free"],
      ["used", 2020, 3532, "C 1512"],
      ["free", 3532, 4092, "560 free"],
      ["unclaimed", 4092, 8192, "+4 KiB new"],
    ]);
    expect(row.brkX).toBe(8192);
    // Headers and footers: 4 bytes each, so 4 px here; free blocks too.
    expect(row.segs[1]).toMatchObject({ hdrPx: 4, ftrPx: 4 });
    expect(segAt(row, 1500)).toBe(2);
    expect(segAt(row, 9000)).toBe(-1);
  });

  it("summarises blocks thinner than a pixel into mixed runs", () => {
    const axis: Axis = { start: 0x15000, end: 0x17000, x: 0, width: 4 }; // 2048 bytes per pixel
    const row = heapRow(new HeapReplay(wt).stateAt(6), wt.layout, 0x17000, axis, { minPx: 1 });
    expect(row.segs.map((s) => [s.kind, s.start, s.end, s.used])).toEqual([
      ["mixed", 0x15000, 0x15dcc, 1008 + 1512], // pad, A, B's hole, C: under a pixel each
      ["used", 0x15dcc, 0x16284, 0], // D alone (the wide hole ends the run): kept as a block
      ["free", 0x16284, 0x16ffc, 0],
      ["pad", 0x16ffc, 0x17000, 0], // 4 bytes of slack below the break, alone: kept as it is
    ]);
  });

  it("draws the address space with the heap a quarter wide and the break inside it", () => {
    const map = addressMap(wt.layout, 0x16000, 0x17000, 0x00ffffb0, 1000);
    expect(map.regions.map((r) => r.kind)).toEqual(["null", "text", "unmapped", "rodata", "unmapped", "data", "bss", "unmapped", "heap", "gap", "guard", "stack"]);
    const heap = map.regions.find((r) => r.kind === "heap")!;
    expect(heap.x1 - heap.x0).toBeCloseTo(250, 6);
    expect(map.brk.x).toBeCloseTo(heap.x0 + (heap.x1 - heap.x0) / 2, 6);
    expect(map.regions.find((r) => r.kind === "gap")).toMatchObject({ start: 0x17000, end: 0xeff000, broken: true });
    const stack = map.regions[map.regions.length - 1]!;
    expect(map.sp!.x).toBeCloseTo(stack.x0 + ((0xffffb0 - 0xf00000) / 0x100000) * (stack.x1 - stack.x0), 6);
    expect(map.regions[map.regions.length - 1]!.x1).toBeCloseTo(1000, 6);
  });

  it("writes the key-moment figures: address space, timeline, one per brk, final", () => {
    const files = keyMomentSvgs(wt, "walk.c");
    expect(files.map((f) => f.name)).toEqual(["address-space.svg", "heap-timeline.svg", "brk-1.svg", "brk-2.svg", "final.svg"]);
    const brk2 = files[3]!.svg;
    expect(brk2).toContain('data-request="1"');
    expect(brk2).toContain("D needs 1208: no hole fits");
    expect(brk2.match(/data-kind="free" data-start="0x000153f4" data-size="1008"/g)?.length).toBe(3);
  });
});

describe("recorded snapshots", () => {
  const churn = `#include <stdlib.h>
#include <string.h>
int main(void) {
    static char *p[24];
    int i;
    srand(3);
    for (i = 0; i < 900; i++) {
        int k = rand() % 24, r = rand() % 5;
        if (r == 0 && p[k]) { p[k] = realloc(p[k], 1 + rand() % 700); }
        else if (p[k]) { free(p[k]); p[k] = 0; }
        else if (r == 1) { p[k] = calloc(1 + rand() % 9, 1 + rand() % 40); }
        else p[k] = malloc(1 + rand() % (r == 2 ? 3000 : 200));
        if (p[k]) memset(p[k], 7, 1);
    }
    return 0;
}
`;

  for (const policy of ["first-fit", "next-fit", "best-fit", "segregated"] as const) {
    it(`match libc's heap walk after every call (${policy})`, () => {
      const file = join(work, `churn-${policy}.c`);
      writeFileSync(file, churn);
      const truth: { at: number; blocks: [number, number, boolean][] }[] = [];
      let calls = 0;
      const res = recordProgram([file], {
        alloc: policy,
        wrapNatives: (natives) => {
          const out: Record<string, NativeFn> = {};
          for (const [name, fn] of Object.entries(natives)) {
            out[name] = (ctx) => {
              const r = fn(ctx);
              if (["malloc", "calloc", "realloc", "free"].includes(name)) {
                const w = walkHeapFromSymbols(ctx.mem, (n) => ctx.symbol(n));
                truth.push({ at: calls++, blocks: (w?.blocks ?? []).map((b) => [b.header, b.size, b.free]) });
              }
              return r;
            };
          }
          return out;
        },
      });
      expect(res.status).toBe(0);
      const r = run(res.trace);
      expect(r.policy).toBe(policy);
      // The k-th allocator call is the k-th non-brk event.
      const callEvents = r.ev.op.map((op, i) => (op === 4 ? -1 : i)).filter((i) => i >= 0);
      expect(callEvents.length).toBe(truth.length);
      expect(truth.length).toBeGreaterThan(800);
      const rp = new HeapReplay(r);
      for (const t of truth) {
        const got = rp.stateAt(callEvents[t.at]!).map((b) => [b.header, b.size, (b.flags & BLOCK_ALLOC) === 0]);
        expect(got, `after call ${t.at}`).toEqual(t.blocks);
      }
    });
  }

  for (const policy of ["first-fit", "next-fit", "best-fit", "segregated"] as const) {
    it(`can be inferred from the event log alone (${policy})`, () => {
      const file = join(work, `churn-r-${policy}.c`);
      writeFileSync(file, churn);
      const t = recordProgram([file], { alloc: policy }).trace;
      const rec = run(t);
      const inf = run(reconstruct({ policy, exit: t.exit, layout: t.layout, events: t.events, heapError: null }));
      expect(inf.reconstructed).toBe(true);
      expect(inf.ev.group).toEqual(rec.ev.group);
      const a = new HeapReplay(rec);
      const b = new HeapReplay(inf);
      for (let i = 0; i < rec.ev.op.length; i++) {
        // (Slabs included: BLOCK_SLAB, 16.)
        const want = a.stateAt(i).map((x) => [x.header, x.size, x.flags & (BLOCK_ALLOC | 16), x.alloc, x.requested]);
        const got = b.stateAt(i).map((x) => [x.header, x.size, x.flags & (BLOCK_ALLOC | 16), x.alloc, x.requested]);
        expect(got, `after event ${i}`).toEqual(want);
      }
      expect(inf.metrics).toEqual(rec.metrics);
      expect(inf.notes).toEqual(rec.notes);
    });
  }
});

describe("runs side by side", () => {
  it("line up by library call, with spacers where one policy called brk and another did not", () => {
    const mk = (ops: number[], groups: number[]): RunData =>
      ({ ev: { op: ops, group: groups } }) as unknown as RunData;
    const a = mk([4, 0, 0, 3, 4, 0], [0, 0, 1, 2, 3, 3]);
    const b = mk([4, 0, 4, 0, 3, 0], [0, 0, 1, 1, 2, 3]);
    expect(alignRuns([a, b])).toEqual([
      [0, 1, -(1 + 2), 2, 3, 4, 5],
      [0, 1, 2, 3, 4, -(4 + 2), 5],
    ]);
  });

  it("keeps every column through the page's encoding", () => {
    const t = recordProgram([walkthrough]).trace;
    const d = buildReportData([t, t], "walk.c", "minic run walk.c", () => null);
    const enc = encodeReport(d);
    expect(enc.encoding).toBe("delta1");
    expect(enc.runs[0]!.metrics.heap).toEqual([4096, 0, 0, 0, 0, 4096, 0]);
    expect(decodeReport(JSON.parse(JSON.stringify(enc)))).toEqual(d);
  });
});

describe("helpers", () => {
  it("names allocations and sizes like the figures do", () => {
    expect([0, 25, 26, 27, 701, 702].map(allocName)).toEqual(["A", "Z", "AA", "AB", "ZZ", "#703"]);
    expect([0, 212, 1408, 4096, 9716, 15663104, 1048576].map(humanSize)).toEqual(["0 B", "212 B", "1.4 KiB", "4 KiB", "9.5 KiB", "14.9 MiB", "1 MiB"]);
    expect([0, 1, 8, 9, 1000, 1200].map((n) => blockSizeFor(n, 8))).toEqual([16, 16, 16, 24, 1008, 1208]);
    expect([1000, 1200].map((n) => blockSizeFor(n, 4))).toEqual([1008, 1208]);
  });
});

describe("segregated slabs in the report", () => {
  const program = `#include <stdlib.h>
int main(void) {
    char *a = malloc(40);
    char *b = malloc(36);
    char *big = malloc(300);
    free(a);
    free(b);
    free(big);
    return 0;
}
`;
  let r: RunData;
  beforeAll(() => {
    const file = join(work, "slabs.c");
    writeFileSync(file, program);
    r = run(recordProgram([file], { alloc: "segregated" }).trace);
  });

  it("records the slab as a slab block, owned by no single allocation", () => {
    // Events: brk, malloc(40), malloc(36), malloc(300), free, free, free.
    expect(r.ev.op).toEqual([4, 0, 0, 0, 3, 3, 3]);
    const after = new HeapReplay(r).stateAt(2);
    expect(after.map((b) => [b.header, b.size, b.flags, b.alloc])).toEqual([
      [0x12004, 4088, 2, -1],
      [0x12ffc, 4096, 1 | 4 | 16, -1], // in use, bit 2, BLOCK_SLAB
    ]);
    const row = heapRow(after, r.layout, r.ev.brk[2]!, { start: 0x12000, end: 0x14000, x: 0, width: 8192 }, { charPx: 6 });
    expect(row.segs.filter((s) => s.kind === "slab").map((s) => [s.start, s.end, s.label])).toEqual([[0x12ffc, 0x13ffc, "slab of small slots"]]);
  });

  it("says what a slot is, when a slab is made, and when it goes back", () => {
    const rp = new HeapReplay(r);
    expect(r.notes.find((n) => n.event === 1)?.text).toBe(
      "malloc(40) takes a 40-byte slot in a slab, and no slab of 40-byte slots has a free one: a new 4096-byte slab needs a page-aligned place. The heap grows by 8 KiB with brk.",
    );
    expect(explainEvent(r, 0, rp)).toBe(
      "The program break moves from 0x00012000 to 0x00014000: the heap grows by 8 KiB. malloc(40) takes a 40-byte slot, and no slab of 40-byte slots has a free one: a new slab needs a page-aligned place. So the allocator asks the kernel for more memory; the new space is not part of any block yet.",
    );
    expect(explainEvent(r, 1, rp)).toBe(
      "A = malloc(40): the 40-byte slot at 0x00013028 in the slab at 0x00012ffc (40 bytes asked; slots have no header). No slab of 40-byte slots had a free one, so this call made the slab, growing the heap by 8 KiB.",
    );
    expect(explainEvent(r, 2, rp)).toBe("B = malloc(36): the 40-byte slot at 0x00013050 in the slab at 0x00012ffc (36 bytes asked; slots have no header, 4 bytes of padding).");
    expect(explainEvent(r, 4, rp)).toBe("free(A): its 40-byte slot in the slab at 0x00012ffc is free again; the slab stays, with one more free slot.");
    expect(explainEvent(r, 5, rp)).toBe(
      "free(B): its 40-byte slot in the slab at 0x00012ffc is free again; it was the slab's last slot in use, so the whole slab went back to the heap as a free block.",
    );
  });
});
