/**
 * @fileoverview The words of the report. `findNotes` picks the callouts when the data is
 * built (fragmentation: a request that no hole can hold although the free bytes would
 * suffice, as in the malloc article; heap growth; failures), from the metrics alone.
 * `explainEvent` writes one or two sentences for an event on demand (the page asks for the
 * current one), from the heap just before the call and just after it, so the sentences
 * state what happened rather than what a policy is supposed to do.
 */

import { SLAB_BLOCK } from "../../libc/alloc/slab-layout.js";
import {
  allocName,
  blockAt,
  blockSizeFor,
  eventOp,
  hex,
  humanSize,
  isFree,
  isSlab,
  overheadOf,
  slotSizeFor,
  type Block,
  type EventNote,
  type HeapReplay,
  type RunData,
} from "./model.js";

/** Above this many blocks the "first/smallest that fits" check (a scan) is skipped. */
const SCAN_LIMIT = 5000;

/** First and last event of the library call that event i belongs to. */
export function groupOf(run: RunData, i: number): { first: number; last: number } {
  const g = run.ev.group;
  let first = i;
  while (first > 0 && g[first - 1] === g[i]) first--;
  let last = i;
  while (last + 1 < g.length && g[last + 1] === g[i]) last++;
  return { first, last };
}

/** The request an event makes: bytes and the call as C; null for free, brk and in-place realloc. */
export function requestOf(run: RunData, i: number): { n: number; call: string } | null {
  const { a, b, c } = { a: run.ev.a[i]!, b: run.ev.b[i]!, c: run.ev.c[i]! };
  switch (eventOp(run, i)) {
    case "malloc":
      return { n: a, call: `malloc(${a})` };
    case "calloc":
      return { n: a * b, call: `calloc(${a}, ${b})` };
    case "realloc":
      return c !== a && b > 0 ? { n: b, call: `realloc(${a === 0 ? "NULL" : hex(a)}, ${b})` } : null;
    case "free":
    case "brk":
      return null;
  }
}

function freeBefore(run: RunData, first: number): { total: number; largest: number } {
  return first > 0 ? { total: run.metrics.free[first - 1]!, largest: run.metrics.largest[first - 1]! } : { total: 0, largest: 0 };
}

function shortage(need: number, total: number, largest: number, holes: number[] | null, empty: boolean): string {
  const list = holes && holes.length > 0 && holes.length <= 6 ? ` (${holes.join(" + ")})` : "";
  if (total === 0) return `The heap has no free block at all${empty ? " yet (it starts empty)" : ""}.`;
  if (largest < need && total >= need) {
    return `${total} bytes are free${list}, but the largest hole is ${largest} bytes: no single hole can hold ${need} bytes. That is fragmentation.`;
  }
  return `Only ${total} bytes are free${list}, fewer than ${need}.`;
}

/** The callouts of a run: growth and fragmentation on the brk rows and the call's row, failures. */
export function findNotes(run: RunData): EventNote[] {
  const out: EventNote[] = [];
  const n = run.ev.op.length;
  const overhead = overheadOf(run.policy);
  for (let i = 0; i < n; i++) {
    const { first, last } = groupOf(run, i);
    if (i !== last) continue;
    const rq = requestOf(run, last);
    if (rq && run.ev.c[last] === 0) out.push({ event: last, kind: "fail", text: `${rq.call} returned NULL: out of memory.` });
    let grew = 0;
    for (let k = first; k < last; k++) if (run.ev.op[k] === 4) grew += run.ev.c[k]! - run.ev.a[k]!;
    if (!rq || grew <= 0) continue;
    const slot = slotSizeFor(rq.n, run.policy);
    if (slot > 0) {
      const text = `${rq.call} takes a ${slot}-byte slot in a slab, and no slab of ${slot}-byte slots has a free one: a new ${SLAB_BLOCK}-byte slab needs a page-aligned place. The heap grows by ${humanSize(grew)} with brk.`;
      for (let k = first; k <= last; k++) if (k === last || run.ev.op[k] === 4) out.push({ event: k, kind: "grow", text });
      continue;
    }
    const need = blockSizeFor(rq.n, overhead);
    const f = freeBefore(run, first);
    const frag = f.largest < need && f.total >= need;
    const text = `${rq.call} needs a ${need}-byte block. ${shortage(need, f.total, f.largest, null, first === 0)} The heap grows by ${humanSize(grew)} with brk.`;
    for (let k = first; k <= last; k++) {
      if (k === last || run.ev.op[k] === 4) out.push({ event: k, kind: frag ? "fragmentation" : "grow", text });
    }
  }
  return out;
}

/** One or two sentences about event i. */
export function explainEvent(run: RunData, i: number, replay: HeapReplay): string {
  const overhead = overheadOf(run.policy);
  const { first, last } = groupOf(run, i);
  const id = run.ev.alloc[i]!;
  const name = id >= 0 ? allocName(id) : "the block";
  const op = eventOp(run, i);
  const a = run.ev.a[i]!;
  const b = run.ev.b[i]!;
  const c = run.ev.c[i]!;
  // The heap before the call: the hole the request went to, the free list's sizes.
  const rq = requestOf(run, last);
  const need = rq ? blockSizeFor(rq.n, overhead) : 0;
  const f = freeBefore(run, first);
  let hole: Block | null = null;
  let why = "";
  let holes: number[] | null = null;
  let pre: Block | null = null;
  {
    const blocks = replay.stateAt(first - 1);
    if (blocks.length <= SCAN_LIMIT) holes = blocks.filter(isFree).map((x) => x.size);
    const res = rq ? run.ev.c[last]! : 0;
    const at = res !== 0 ? blockAt(blocks, res - 4) : -1;
    if (at >= 0 && isFree(blocks[at]!)) {
      hole = { ...blocks[at]! };
      if (blocks.length <= SCAN_LIMIT) {
        let lowest: Block | null = null;
        let smallest: Block | null = null;
        for (const x of blocks) {
          if (!isFree(x) || x.size < need) continue;
          lowest ??= x;
          if (smallest === null || x.size < smallest.size) smallest = x;
        }
        if (lowest?.header === hole.header && smallest?.size === hole.size) why = ", the lowest-addressed free block big enough, and the smallest";
        else if (lowest?.header === hole.header) why = ", the lowest-addressed free block big enough";
        else if (smallest?.size === hole.size) why = ", the smallest free block big enough";
      }
    }
    if ((op === "free" || op === "realloc") && a !== 0) {
      const k = blockAt(blocks, a - 4);
      pre = k >= 0 ? { ...blocks[k]! } : null;
    }
  }
  const after = replay.stateAt(i);
  switch (op) {
    case "brk": {
      const moved = c - a;
      let s =
        moved === 0
          ? `brk(${hex(b)}) fails: the break stays at ${hex(a)}.`
          : `The program break moves from ${hex(a)} to ${hex(c)}: the heap ${moved > 0 ? "grows" : "shrinks"} by ${humanSize(Math.abs(moved))}.`;
      const slot = rq ? slotSizeFor(rq.n, run.policy) : 0;
      if (last !== i && rq && slot > 0) {
        s += ` ${rq.call} takes a ${slot}-byte slot, and no slab of ${slot}-byte slots has a free one: a new slab needs a page-aligned place.`;
        if (moved > 0) s += " So the allocator asks the kernel for more memory; the new space is not part of any block yet.";
      } else if (last !== i && rq) {
        s += ` ${rq.call} needs a ${need}-byte block. ${shortage(need, f.total, f.largest, holes, first === 0)}`;
        if (moved > 0) s += " So the allocator asks the kernel for more memory; the new space is not part of any block yet.";
      } else if (last !== i && eventOp(run, last) === "free" && moved < 0) {
        s += " free() gives the free space at the top of the heap back to the system.";
      } else if (last === i) s += " The program moved it itself (sbrk or brk).";
      return s;
    }
    case "malloc":
    case "calloc":
    case "realloc": {
      const call = op === "malloc" ? `malloc(${a})` : op === "calloc" ? `calloc(${a}, ${b})` : `realloc(${a === 0 ? "NULL" : hex(a)}, ${b})`;
      if (c === 0) {
        if (op === "realloc" && b === 0) return `realloc(p, 0) frees ${name} and returns NULL.`;
        return `${call} returns NULL: no free block is big enough and the heap cannot grow.`;
      }
      const k = blockAt(after, c - 4);
      const blk = k >= 0 ? after[k]! : null;
      const asked = op === "calloc" ? a * b : op === "realloc" ? b : a;
      let s = `${name} = ${call}`;
      if (blk !== null && isSlab(blk)) return s + slotSentence(run, first, last, replay, blk, c, asked, op === "realloc" && a !== 0 && c === a);
      if (op === "realloc" && a !== 0 && c === a) return `${s}: resized in place${pre && blk ? ` (${pre.size} → ${blk.size} bytes)` : ""}.`;
      const padding = blk ? blk.size - asked - overhead : 0;
      s += blk ? `: a ${blk.size}-byte block at ${hex(blk.header)} (${asked} bytes asked, ${overhead} of header${overhead === 8 ? "/footer" : ""}${padding > 0 ? `, ${padding} of padding` : ""}).` : ".";
      const size = blk?.size ?? need;
      if (hole && hole.size < size) {
        s += ` ${shortage(need, f.total, f.largest, holes, first === 0)} The heap grew with brk; the new space joined the ${hole.size}-byte free block at the top, and ${name} goes there.`;
      } else if (hole) {
        const rest = hole.size - size;
        s += ` It goes into the ${hole.size}-byte free block at ${hex(hole.header)}${why}`;
        s += rest >= 16 ? `; the other ${rest} bytes stay free.` : rest > 0 ? `; the ${rest} spare bytes are too few for a free block, so ${name} keeps them.` : "; an exact fit.";
      } else if (rq) {
        s += ` ${shortage(need, f.total, f.largest, holes, first === 0)} The heap grew with brk and ${name} sits in the new space.`;
      }
      if (op === "realloc" && a !== 0) s += ` Its bytes were copied from ${hex(a)}, which is free now.`;
      if (op === "calloc") s += " calloc zeroes it.";
      return s;
    }
    case "free": {
      if (a === 0) return "free(NULL) does nothing.";
      if (pre !== null && isSlab(pre)) {
        const made = id >= 0 ? requestOf(run, run.allocs.event[id]!) : null;
        const slot = made !== null ? slotSizeFor(made.n, run.policy) : 0;
        const k = blockAt(after, pre.header);
        const gone = k < 0 || !isSlab(after[k]!) || after[k]!.header !== pre.header;
        return (
          `free(${name}): its ${slot > 0 ? `${slot}-byte ` : ""}slot in the slab at ${hex(pre.header)} is free again` +
          (gone ? "; it was the slab's last slot in use, so the whole slab went back to the heap as a free block." : "; the slab stays, with one more free slot.")
        );
      }
      let s = `free(${name}): ${name}'s ${pre ? `${pre.size}-byte ` : ""}block is free again`;
      const k = blockAt(after, a - 4);
      const merged = k >= 0 ? after[k]! : null;
      if (pre && merged && isFree(merged) && merged.size > pre.size) {
        const below = merged.header < pre.header;
        const above = merged.header + merged.size > pre.header + pre.size;
        s += `, merged with the free block ${below && above ? "on each side" : below ? "below it" : "above it"} into one ${merged.size}-byte hole.`;
      } else if (pre && !merged) s += "; it was at the top, so the heap shrank.";
      else s += pre ? `: a ${pre.size}-byte hole.` : ".";
      return s;
    }
  }
}

/** The rest of the sentence for a request that got a slot in a slab. */
function slotSentence(run: RunData, first: number, last: number, replay: HeapReplay, slab: Block, p: number, asked: number, stayed: boolean): string {
  const slot = slotSizeFor(asked, run.policy);
  if (stayed) return `: stays in its ${slot > 0 ? `${slot}-byte ` : ""}slot (the new size is in the same class).`;
  const before = replay.stateAt(first - 1);
  const k = blockAt(before, slab.header);
  const made = k < 0 || before[k]!.header !== slab.header || !isSlab(before[k]!);
  let grew = 0;
  for (let j = first; j < last; j++) if (run.ev.op[j] === 4) grew += run.ev.c[j]! - run.ev.a[j]!;
  let s = `: the ${slot}-byte slot at ${hex(p)} in the slab at ${hex(slab.header)} (${asked} bytes asked; slots have no header`;
  s += slot > asked ? `, ${slot - asked} bytes of padding).` : ").";
  if (made) s += ` No slab of ${slot}-byte slots had a free one, so this call made the slab${grew > 0 ? `, growing the heap by ${humanSize(grew)}` : " from a free block"}.`;
  if (eventOp(run, last) === "realloc" && run.ev.a[last]! !== 0) s += ` Its bytes were copied from ${hex(run.ev.a[last]!)}, which is free now.`;
  if (eventOp(run, last) === "calloc") s += " calloc zeroes it.";
  return s;
}
