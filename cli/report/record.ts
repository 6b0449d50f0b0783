/**
 * @fileoverview Records a run for the report: every allocator event together with the
 * block list right after it, read from VM memory (the truth, whatever the policy does).
 *
 * The recorder wraps the libc natives (driver's `wrapNatives`): a wrapped native runs with
 * a NativeContext whose memory notes every address written. When a call has logged
 * events, only the blocks that were written to (plus a grown or trimmed top) are walked
 * again, so a snapshot costs what the allocator itself touched, not the whole heap: a
 * 100,000-event run stays cheap. Events logged inside one call (malloc's brk, then the
 * malloc) form a group; the group's diff is attached to its last event, so a brk row shows
 * the break already moved and the new space not yet in any block, as it really is then.
 */

import type { HeapEvent, MemoryAccess, NativeContext, NativeFn } from "../../libc/abi.js";
import { firstHeader, heapLimit, readAllocatorState, walkState } from "../../libc/heap-walk.js";
import { R_SP } from "../../vm/isa.js";
import type { ExitInfo, Machine } from "../../vm/machine.js";
import { buildExecutable, captureIO, createMachine, type RunOptions } from "../driver.js";
import { isSlabBlock } from "../../libc/alloc/slab-layout.js";
import { BLOCK_ALLOC, BLOCK_FENCE, BLOCK_SLAB, MIN_BLOCK, type RawTrace, type RunLayout } from "./model.js";

interface Blk {
  header: number;
  size: number;
  flags: number;
}

/** How a policy's headers encode the report's flags, and where its block area ends. */
interface Format {
  policy: string;
  fenceBit: number;
  limit(heapStart: number, heapEnd: number): number;
}

function formatOf(policy: string): Format {
  if (policy === "segregated") {
    // Bit 1 is PREV_ALLOC there; an epilogue word sits at the end of the block area.
    return { policy, fenceBit: 4, limit: (s, e) => heapLimit(s, e - 4) };
  }
  return { policy, fenceBit: 2, limit: (s, e) => heapLimit(s, e) };
}

type Diff = RawTrace["diffs"][number];

export interface Recorder {
  /** For RunOptions.wrapNatives. */
  wrap(natives: Record<string, NativeFn>): Record<string, NativeFn>;
  /** Must be called with the machine before it runs. */
  attach(m: Machine): void;
  /** After the run: everything the report needs. */
  finish(exit: ExitInfo): RawTrace;
}

function lowerBound(blocks: Blk[], addr: number): number {
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (blocks[mid]!.header + blocks[mid]!.size <= addr) lo = mid + 1;
    else hi = mid;
  }
  return lo; // first block ending after addr
}

function headerIndex(blocks: Blk[], h: number): number {
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (blocks[mid]!.header < h) lo = mid + 1;
    else hi = mid;
  }
  return lo < blocks.length && blocks[lo]!.header === h ? lo : -1;
}

export function createRecorder(): Recorder {
  let m: Machine | null = null;
  const groups: number[] = [];
  const sps: number[] = [];
  const diffs: Diff[] = [];
  const corrupt: (string | null)[] = [];
  /** Written ranges [lo, hi) as pairs, since the last snapshot. */
  let dirty: number[] = [];
  let depth = 0;
  let calls = 0;
  let blocks: Blk[] = [];
  let heapStart = 0;
  let limit = 0;
  let format: Format | null = null;
  let policy = "none";
  let wrappedCtx: NativeContext | null = null;

  const readHeader = (h: number): number | null => {
    try {
      return m!.mem.load32(h) >>> 0;
    } catch {
      return null;
    }
  };
  const decode = (h: number, w: number): Blk => {
    let flags = w & 7;
    if (w & format!.fenceBit && w & BLOCK_ALLOC) {
      // Segregated marks its slabs with the fence bit too; the magic word tells them apart.
      const slab = format!.policy === "segregated" && isSlabBlock(w, readHeader(h + 4), h + 4);
      flags |= slab ? BLOCK_SLAB : BLOCK_FENCE;
    }
    return { header: h, size: w & ~7, flags };
  };

  /** The whole heap through libc's walker (first snapshot, and when a local walk trips). */
  const fullWalk = (): { blocks: Blk[]; error: string | null } => {
    const mm = m!;
    const st = readAllocatorState(mm.mem, (n) => mm.symbol(n));
    if (st === null || st.heapStart === 0) return { blocks: [], error: null };
    const w = walkState(mm.mem, st);
    return {
      blocks: w.blocks.map((b) => decode(b.header, readHeader(b.header) ?? (b.free ? b.size : b.size | 1))),
      error: w.error,
    };
  };

  /**
   * Walks again the blocks that were written to. Returns the new list, or null when a
   * header does not parse (then the caller falls back to the full walk).
   */
  /** A stretch that was walked again: old blocks [oldFrom, oldTo) became new blocks [newFrom, newTo). */
  interface Change {
    oldFrom: number;
    oldTo: number;
    newFrom: number;
    newTo: number;
  }
  const localWalk = (newLimit: number): { blocks: Blk[]; changes: Change[] } | null => {
    const old = blocks;
    const first = firstHeader(heapStart);
    const top = Math.max(limit, newLimit);
    const marked = new Set<number>();
    for (let k = 0; k < dirty.length; k += 2) {
      const lo = Math.max(dirty[k]!, first);
      const hi = Math.min(dirty[k + 1]!, top);
      if (lo >= hi) continue;
      for (let j = lowerBound(old, lo); j < old.length && old[j]!.header < hi; j++) marked.add(j);
    }
    if (newLimit !== limit && old.length > 0) {
      // The top moved: the last block may merge with new space, or blocks above a trim go.
      for (let j = lowerBound(old, Math.min(limit, newLimit)) - 1; j < old.length; j++) if (j >= 0) marked.add(j);
    }
    const starts = [...marked].sort((x, y) => x - y);
    const out: Blk[] = [];
    const changes: Change[] = [];
    let i = 0; // next old block to copy
    let h = 0; // walk cursor
    const walkFrom = (start: number, oldFrom: number): boolean => {
      const c: Change = { oldFrom, oldTo: old.length, newFrom: out.length, newTo: 0 };
      changes.push(c);
      h = start;
      for (;;) {
        if (h >= newLimit) {
          i = old.length;
          c.newTo = out.length;
          return h === newLimit;
        }
        const w = readHeader(h);
        if (w === null) return false;
        const b = decode(h, w);
        if (b.size < MIN_BLOCK || h + b.size > newLimit) return false;
        out.push(b);
        h += b.size;
        const k = headerIndex(old, h);
        if (k >= 0 && !marked.has(k)) {
          i = k;
          c.oldTo = k;
          c.newTo = out.length;
          return true;
        }
      }
    };
    for (const j of starts) {
      if (j < i) continue;
      if (old[j]!.header < h) continue;
      for (; i < j; i++) out.push(old[i]!);
      if (!walkFrom(old[j]!.header, j)) return null;
    }
    for (; i < old.length; i++) {
      if (old[i]!.header >= newLimit) return null; // trimmed below a block nobody rewrote: walk it all
      out.push(old[i]!);
    }
    const end = out.length > 0 ? out[out.length - 1]!.header + out[out.length - 1]!.size : first;
    if (end < newLimit) {
      if (!walkFrom(end, old.length)) return null;
    }
    return { blocks: out, changes };
  };

  /** The block list after a call that logged events; the diff goes to its last event. */
  const snapshot = (forced: number[]): { diff: Diff; error: string | null } => {
    const mm = m!;
    const st = readAllocatorState(mm.mem, (n) => mm.symbol(n));
    if (st === null || st.heapStart === 0) return { diff: { rem: [], add: [] }, error: null };
    let walked: { blocks: Blk[]; changes: Change[] } | null = null;
    let error: string | null = null;
    if (format === null || st.heapStart !== heapStart || st.policy !== format.policy) {
      format = formatOf(st.policy);
      policy = st.policy;
      heapStart = st.heapStart;
    } else {
      for (const a of forced) dirty.push(a, a + 1);
      walked = localWalk(format.limit(st.heapStart, st.heapEnd));
    }
    if (walked === null) {
      const w = fullWalk();
      walked = { blocks: w.blocks, changes: [{ oldFrom: 0, oldTo: blocks.length, newFrom: 0, newTo: w.blocks.length }] };
      error = w.error;
    }
    // Diff the stretches that were walked: unchanged blocks outside the forced set are left out.
    const force = new Set(forced);
    const diff: Diff = { rem: [], add: [] };
    for (const c of walked.changes) {
      const before = new Map<number, Blk>();
      for (let k = c.oldFrom; k < c.oldTo; k++) before.set(blocks[k]!.header, blocks[k]!);
      for (let k = c.newFrom; k < c.newTo; k++) {
        const b = walked.blocks[k]!;
        const o = before.get(b.header);
        if (o === undefined || o.size !== b.size || o.flags !== b.flags || force.has(b.header)) diff.add.push(b);
        before.delete(b.header);
      }
      for (const h of before.keys()) diff.rem.push(h);
    }
    blocks = walked.blocks;
    limit = format.limit(st.heapStart, st.heapEnd);
    return { diff, error };
  };

  const forcedOf = (e: HeapEvent | undefined): number[] => {
    if (!e) return [];
    switch (e.op) {
      case "malloc":
      case "calloc":
        return e.result ? [e.result - 4] : [];
      case "realloc":
        return [e.ptr, e.result].filter((p) => p !== 0).map((p) => p - 4);
      case "free":
        return e.ptr ? [e.ptr - 4] : [];
      case "brk":
        return [];
    }
  };

  const recordingMemory = (mem: MemoryAccess): MemoryAccess => ({
    load8: (a) => mem.load8(a),
    load16: (a) => mem.load16(a),
    load32: (a) => mem.load32(a),
    readBytes: (a, n) => mem.readBytes(a, n),
    readCString: (a) => mem.readCString(a),
    strlen: (a) => mem.strlen(a),
    store8(a, v) {
      dirty.push(a, a + 1);
      mem.store8(a, v);
    },
    store16(a, v) {
      dirty.push(a, a + 2);
      mem.store16(a, v);
    },
    store32(a, v) {
      dirty.push(a, a + 4);
      mem.store32(a, v);
    },
    writeBytes(a, b) {
      dirty.push(a, a + b.length);
      mem.writeBytes(a, b);
    },
    fill(a, v, n) {
      dirty.push(a, a + n);
      mem.fill(a, v, n);
    },
    copyWithin(d, s, n) {
      dirty.push(d, d + n);
      mem.copyWithin(d, s, n);
    },
  });

  const contextFor = (ctx: NativeContext): NativeContext => {
    if (wrappedCtx !== null) return wrappedCtx;
    const mem = recordingMemory(ctx.mem);
    wrappedCtx = {
      mem,
      arg: (i) => ctx.arg(i),
      argAddr: (i) => ctx.argAddr(i),
      trap: (n, a0, a1, a2) => ctx.trap(n, a0, a1, a2),
      setHigh: (v) => ctx.setHigh(v),
      symbol: (name) => ctx.symbol(name),
      callSite: () => ctx.callSite(),
      event: (e) => ctx.event(e),
      callFunction: (addr, args) => ctx.callFunction(addr, args),
      abort: (message) => ctx.abort(message),
    };
    return wrappedCtx;
  };

  const wrapOne =
    (fn: NativeFn): NativeFn =>
    (ctx) => {
      const mm = m!;
      const before = mm.events.length;
      const sp = mm.regs[R_SP]! >>> 0;
      depth++;
      let r: number | void;
      try {
        r = fn(contextFor(ctx));
      } finally {
        depth--;
      }
      const after = mm.events.length;
      if (after > before) {
        const group = calls++;
        for (let k = before; k < after; k++) {
          groups[k] = group;
          sps[k] = sp;
          diffs[k] = { rem: [], add: [] };
          corrupt[k] = null;
        }
        const s = snapshot(forcedOf(mm.events[after - 1]));
        diffs[after - 1] = s.diff;
        corrupt[after - 1] = s.error;
        dirty = [];
      } else if (depth === 0) dirty = [];
      return r;
    };

  return {
    wrap(natives) {
      const out: Record<string, NativeFn> = {};
      for (const [name, fn] of Object.entries(natives)) out[name] = wrapOne(fn);
      return out;
    },
    attach(machine) {
      m = machine;
    },
    finish(exit) {
      const mm = m!;
      const events = mm.events.map((e) => ({ ...e }));
      // Events logged by a call that never returned (it faulted) get empty diffs.
      for (let k = 0; k < events.length; k++) {
        if (diffs[k] === undefined) {
          groups[k] = calls++;
          sps[k] = -1;
          diffs[k] = { rem: [], add: [] };
          corrupt[k] = null;
        }
      }
      const final = fullWalk();
      policy = readAllocatorState(mm.mem, (n) => mm.symbol(n))?.policy ?? policy;
      const layout: RunLayout = {
        segments: mm.exe.segments.map((s) => ({ name: s.name, start: s.start, end: s.start + s.size, perm: s.perm })),
        memSize: mm.mem.size,
        stackLimit: mm.mem.stackLimit,
        heapStart: mm.mem.heapStart,
        firstHeader: firstHeader(mm.mem.heapStart),
        spFinal: mm.regs[R_SP]! >>> 0,
      };
      return {
        policy,
        reconstructed: false,
        exit: { status: exit.status, reason: exit.fault ? exit.fault.kind : exit.reason, message: exit.fault ? exit.fault.message : null },
        layout,
        events,
        groups: groups.slice(0, events.length),
        sps: sps.slice(0, events.length),
        diffs: diffs.slice(0, events.length),
        corrupt: corrupt.slice(0, events.length),
        heapError: final.error,
      };
    },
  };
}

/** Compiles, links and runs a program under the recorder (the library form of `run --report`). */
export function recordProgram(
  paths: string[],
  opts: RunOptions = {},
): { trace: RawTrace; stdout: string; stderr: string; status: number } {
  const rec = createRecorder();
  const io = captureIO(opts.stdin);
  const exe = buildExecutable(paths, opts, () => undefined);
  const m = createMachine(exe, paths[0] ?? "a.out", { ...opts, wrapNatives: (n) => rec.wrap(opts.wrapNatives ? opts.wrapNatives(n) : n) }, io);
  rec.attach(m);
  const exit = m.run();
  const text = (chunks: Uint8Array[]) => Buffer.concat(chunks).toString("latin1");
  return { trace: rec.finish(exit), stdout: text(io.out), stderr: text(io.err) + exit.report, status: exit.status };
}
