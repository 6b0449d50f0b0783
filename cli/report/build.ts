/**
 * @fileoverview Building a run's data (model.ts's RunData) from what a recorder or the
 * reconstruction saw: allocation ids and requested sizes for every block, the metrics
 * after every event, and the alignment of several runs row by row.
 */

import type { HeapEvent } from "../../libc/abi.js";
import {
  BLOCK_ALLOC,
  BLOCK_FENCE,
  BLOCK_SLAB,
  OP,
  applyDiff,
  isFree,
  type AllocColumns,
  type Block,
  type DiffColumns,
  type EventColumns,
  type MetricColumns,
  type RawTrace,
  type RunData,
  type Site,
} from "./model.js";

/** Tracks which allocation each live payload belongs to. */
class Allocations {
  readonly live = new Map<number, number>();
  readonly requested: number[] = [];
  readonly cols: AllocColumns = { event: [], site: [] };
  inUse = 0;

  create(payload: number, n: number, event: number, site: number): number {
    const id = this.requested.length;
    this.requested.push(n);
    this.cols.event.push(event);
    this.cols.site.push(site);
    this.live.set(payload, id);
    this.inUse += n;
    return id;
  }
  release(payload: number): number {
    const id = this.live.get(payload);
    if (id === undefined) return -1;
    this.live.delete(payload);
    this.inUse -= this.requested[id]!;
    return id;
  }
}

/** Keeps the free-space totals of a block list up to date as blocks come and go. */
class FreeTotals {
  total = 0;
  count = 0;
  private readonly sizes = new Map<number, number>();
  private max = 0;
  private stale = false;

  add(size: number): void {
    this.total += size;
    this.count++;
    this.sizes.set(size, (this.sizes.get(size) ?? 0) + 1);
    if (size > this.max) this.max = size;
  }
  remove(size: number): void {
    this.total -= size;
    this.count--;
    const n = (this.sizes.get(size) ?? 1) - 1;
    if (n <= 0) {
      this.sizes.delete(size);
      if (size === this.max) this.stale = true;
    } else this.sizes.set(size, n);
  }
  get largest(): number {
    if (this.stale) {
      this.max = 0;
      for (const s of this.sizes.keys()) if (s > this.max) this.max = s;
      this.stale = false;
    }
    return this.max;
  }
}

function siteIndexer(sites: Site[]): (e: HeapEvent) => number {
  const keys = new Map<string, number>();
  return (e) => {
    const s = e.site;
    if (!s) return -1;
    const key = `${s.file}\u0000${s.line}\u0000${s.function}`;
    let k = keys.get(key);
    if (k === undefined) {
      k = sites.length;
      sites.push({ file: s.file, line: s.line, fn: s.function });
      keys.set(key, k);
    }
    return k;
  };
}

/**
 * Turns a raw trace into RunData: assigns allocation ids and requested sizes to blocks and
 * computes the metrics (explain.ts adds the notes).
 */
export function buildRun(t: RawTrace): RunData {
  const n = t.events.length;
  const sites: Site[] = [];
  const siteOf = siteIndexer(sites);
  const ev: EventColumns = { op: [], a: [], b: [], c: [], site: [], group: [], sp: [], brk: [], alloc: [] };
  const diff: DiffColumns = { remStart: [0], rem: [], addStart: [0], add: [] };
  const metrics: MetricColumns = { heap: [], inUse: [], free: [], largest: [] };
  const allocs = new Allocations();
  const run: RunData = {
    policy: t.policy,
    reconstructed: t.reconstructed,
    exit: t.exit,
    layout: t.layout,
    sites,
    ev,
    diff,
    allocs: allocs.cols,
    metrics,
    notes: [],
    heapError: t.heapError,
  };
  const blocks: Block[] = [];
  const free = new FreeTotals();
  let brk = t.layout.heapStart;
  for (let i = 0; i < n; i++) {
    const e = t.events[i]!;
    const site = siteOf(e);
    let a = 0;
    let b = 0;
    let c = 0;
    let alloc = -1;
    switch (e.op) {
      case "malloc":
        [a, c] = [e.size, e.result];
        if (c !== 0) alloc = allocs.create(c, e.size, i, site);
        break;
      case "calloc":
        [a, b, c] = [e.nmemb, e.size, e.result];
        if (c !== 0) alloc = allocs.create(c, e.nmemb * e.size, i, site);
        break;
      case "realloc":
        [a, b, c] = [e.ptr, e.size, e.result];
        if (e.ptr === 0) {
          if (c !== 0) alloc = allocs.create(c, e.size, i, site);
        } else if (c !== 0) {
          // The same allocation, resized (and maybe moved): it keeps its name and colour.
          const id = allocs.release(e.ptr);
          if (id >= 0) {
            allocs.requested[id] = e.size;
            allocs.live.set(c, id);
            allocs.inUse += e.size;
            alloc = id;
          } else alloc = allocs.create(c, e.size, i, site);
        } else if (e.size === 0) alloc = allocs.release(e.ptr);
        break;
      case "free":
        a = e.ptr;
        alloc = allocs.release(e.ptr);
        break;
      case "brk":
        [a, b, c] = [e.from, e.to, e.result];
        brk = e.result;
        break;
    }
    ev.op.push(OP[e.op]);
    ev.a.push(a >>> 0);
    ev.b.push(b >>> 0);
    ev.c.push(c >>> 0);
    ev.site.push(site);
    ev.group.push(t.groups[i] ?? i);
    ev.sp.push(t.sps[i] ?? -1);
    ev.brk.push(brk);
    ev.alloc.push(alloc);

    const d = t.diffs[i] ?? { rem: [], add: [] };
    for (const h of d.rem) diff.rem.push(h);
    for (const blk of d.add) {
      const owner = (blk.flags & BLOCK_ALLOC) !== 0 && (blk.flags & (BLOCK_FENCE | BLOCK_SLAB)) === 0 ? (allocs.live.get(blk.header + 4) ?? -1) : -1;
      diff.add.push(blk.header, blk.size, blk.flags, owner, owner >= 0 ? allocs.requested[owner]! : 0);
    }
    diff.remStart.push(diff.rem.length);
    diff.addStart.push(diff.add.length);

    applyDiff(blocks, diff, i, (blk, sign) => {
      if (isFree(blk)) {
        if (sign > 0) free.add(blk.size);
        else free.remove(blk.size);
      }
    });
    metrics.heap.push(brk - t.layout.heapStart);
    metrics.inUse.push(allocs.inUse);
    metrics.free.push(free.total);
    metrics.largest.push(free.largest);
    const bad = t.corrupt?.[i];
    if (bad) run.notes.push({ event: i, kind: "corrupt", text: `heap check: ${bad}` });
  }
  return run;
}

/** Rows for N runs, aligned by library call (see ReportData.rows). */
export function alignRuns(runs: RunData[]): number[][] {
  const groupsOf = (r: RunData): number[][] => {
    const out: number[][] = [];
    let last = NaN;
    r.ev.group.forEach((g, i) => {
      if (g !== last) out.push([]);
      out[out.length - 1]!.push(i);
      last = g;
    });
    return out;
  };
  const all = runs.map(groupsOf);
  const rows: number[][] = runs.map(() => []);
  const ngroups = Math.max(0, ...all.map((g) => g.length));
  const lastEvent = runs.map(() => -1);
  for (let k = 0; k < ngroups; k++) {
    const height = Math.max(...all.map((g) => g[k]?.length ?? 0));
    all.forEach((g, r) => {
      const evs = g[k] ?? [];
      // Spacers first: the library call's own event (last in its group) lines up across runs.
      for (let s = evs.length; s < height; s++) rows[r]!.push(-(lastEvent[r]! + 2));
      for (const e of evs) rows[r]!.push(e);
      if (evs.length > 0) lastEvent[r] = evs[evs.length - 1]!;
    });
  }
  return rows;
}
