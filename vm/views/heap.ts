/**
 * @fileoverview The `heap` view: every block of the allocator in address order with its
 * header word decoded from the bytes in memory (size, in-use bit, fence / prev-in-use
 * bits, free-list links), where it came from (the allocator event that produced or freed
 * it), a preview of its payload; then the free list in list order and the numbers a
 * fragmentation discussion needs.
 *
 * The block list itself comes from the core (libc's heap walker, which knows the policy's
 * layout); the bit meanings below follow libc/alloc/common.ts.
 */

import type { HeapEvent } from "../../libc/abi.js";
import { ALLOC_BIT, ALLOCATOR_SYMBOLS, FENCE_BIT, PREV_ALLOC_BIT, SEG_FENCE_BIT } from "../../libc/alloc/common.js";
import type { CoreImage } from "../core.js";
import { Inspector, asciiOf, canRead, exitWords, hex32, hexBytes, human, peekU32, plural, programName } from "./common.js";

export interface HeapBlockRow {
  /** 1-based, address order. */
  index: number;
  header: number;
  /** The header word as read from memory, and its four bytes in memory order. */
  headerWord: number | null;
  headerBytes: string;
  size: number;
  inUse: boolean;
  /** A fence around memory the allocator did not own (never handed out). */
  fence: boolean;
  /** Segregated layout only: the PREV_ALLOC bit. */
  prevInUse: boolean | null;
  payload: number;
  /** Bytes the program may use: the block minus header (and footer, if the block has one). */
  payloadSize: number;
  /** Free blocks: the links stored in the first two payload words. */
  next: number | null;
  prev: number | null;
  /** Hex of the first (up to 16) payload bytes. */
  preview: string;
  /** The allocator call that produced (used) or released (free) this block, if logged. */
  origin: string | null;
  /** segregated: the block is a slab of equal slots for small requests (libc/alloc/slab-layout.ts). */
  slab: SlabRow | null;
}

export interface SlabRow {
  slotSize: number;
  slots: number;
  firstSlot: number;
  /** The slots in use, address order, each with the call that produced it. */
  live: { addr: number; origin: string | null }[];
}

export interface HeapJson {
  program: string;
  state: string;
  /** null when libc's malloc is not linked. */
  policy: string | null;
  start: number;
  brk: number;
  brkCalls: number;
  /** Allocator events after the ones the core kept: brk calls and block origins among them are unknown. */
  eventsOmitted: number;
  blocks: HeapBlockRow[];
  /** Payload addresses in list order (segregated: all bins, bins in order). */
  freeList: number[];
  freeListHead: string;
  rover: number | null;
  bins: { index: number; min: number; max: number; blocks: number[] }[] | null;
  summary: {
    heapSize: number;
    blocks: number;
    usedBlocks: number;
    usedBytes: number;
    freeBlocks: number;
    freeBytes: number;
    largestFree: number;
    /** 1 - largest free / total free, or null with no free bytes. */
    fragmentation: number | null;
    /** Heap bytes outside every block (alignment padding, slack below the break). */
    outside: number;
  };
  error: string | null;
}

function site(e: HeapEvent): string {
  const s = e.site;
  if (!s) return "";
  if (s.file && s.line) return ` at ${s.file}:${s.line}${s.function ? ` (${s.function})` : ""}`;
  return s.function ? ` in ${s.function}` : "";
}

/**
 * Where each address came from: the last call that returned it, and the last that released
 * it (free, or a realloc that moved it away). One pass over the events, so the view costs
 * the same for a block or a slot whatever the length of the log.
 */
class Origins {
  private readonly made = new Map<number, HeapEvent>();
  private readonly released = new Map<number, HeapEvent>();
  constructor(events: readonly HeapEvent[]) {
    for (const e of events) {
      switch (e.op) {
        case "malloc":
        case "calloc":
          this.made.set(e.result >>> 0, e);
          break;
        case "realloc":
          this.made.set(e.result >>> 0, e);
          if (e.ptr >>> 0 !== e.result >>> 0) this.released.set(e.ptr >>> 0, e);
          break;
        case "free":
          this.released.set(e.ptr >>> 0, e);
          break;
        case "brk":
          break;
      }
    }
  }

  /** The call that produced (used) or released (free) the block or slot at payload. */
  of(payload: number, free: boolean): string | null {
    const e = (free ? this.released : this.made).get(payload);
    if (e === undefined) return null;
    switch (e.op) {
      case "malloc":
        return `from malloc(${e.size})${site(e)}`;
      case "calloc":
        return `from calloc(${e.nmemb}, ${e.size})${site(e)}`;
      case "realloc":
        return free ? `released by realloc(${hex32(payload)}, ${e.size})${site(e)}` : `from realloc(${hex32(e.ptr)}, ${e.size})${site(e)}`;
      case "free":
        return `freed by free(${hex32(payload)})${site(e)}`;
      case "brk":
        return null;
    }
  }
}

export function collectHeap(core: CoreImage): HeapJson {
  const mem = core.mem;
  const h = core.heap;
  const segregated = h?.policy === "segregated";
  const slabs = new Map((h?.slabs ?? []).map((x) => [x.header, x]));
  const origins = new Origins(core.events);
  const blocks: HeapBlockRow[] = (h?.blocks ?? []).map((b, i) => {
    const slab = slabs.get(b.header);
    const word = peekU32(mem, b.header);
    const bytes = canRead(mem, b.header, 4) ? hexBytes(mem.u8.subarray(b.header, b.header + 4)) : "";
    const w = word ?? 0;
    const hasFooter = !segregated || b.free;
    const payloadSize = b.size - 4 - (hasFooter ? 4 : 0);
    const n = Math.max(0, Math.min(16, payloadSize));
    return {
      index: i + 1,
      header: b.header,
      headerWord: word,
      headerBytes: bytes,
      size: b.size,
      inUse: !b.free,
      fence: slab === undefined && (w & (segregated ? SEG_FENCE_BIT : FENCE_BIT)) !== 0 && (w & ALLOC_BIT) !== 0,
      prevInUse: segregated ? (w & PREV_ALLOC_BIT) !== 0 : null,
      payload: b.payload,
      payloadSize,
      next: b.free ? peekU32(mem, b.payload) : null,
      prev: b.free ? peekU32(mem, b.payload + 4) : null,
      preview: slab === undefined && canRead(mem, b.payload, n) ? Buffer.from(mem.u8.subarray(b.payload, b.payload + n)).toString("hex") : "",
      origin: slab === undefined ? origins.of(b.payload, b.free) : null,
      slab:
        slab === undefined
          ? null
          : { slotSize: slab.slotSize, slots: slab.slots, firstSlot: slab.firstSlot, live: slab.live.map((addr) => ({ addr, origin: origins.of(addr, false) })) },
    };
  });
  const used = blocks.filter((b) => b.inUse);
  const free = blocks.filter((b) => !b.inUse);
  const freeBytes = free.reduce((s, b) => s + b.size, 0);
  const largest = free.reduce((m, b) => Math.max(m, b.size), 0);
  const heapSize = mem.brk - mem.heapStart;
  const inBlocks = blocks.reduce((s, b) => s + b.size, 0);
  return {
    program: programName(core),
    state: exitWords(core),
    policy: h ? h.policy : null,
    start: mem.heapStart,
    brk: mem.brk,
    brkCalls: core.events.filter((e) => e.op === "brk").length,
    eventsOmitted: core.eventsOmitted,
    blocks,
    freeList: h?.freeList ?? [],
    freeListHead: segregated ? `${ALLOCATOR_SYMBOLS.bins}` : ALLOCATOR_SYMBOLS.freeList,
    rover: h?.rover ?? null,
    bins: h?.bins ?? null,
    summary: {
      heapSize,
      blocks: blocks.length,
      usedBlocks: used.length,
      usedBytes: used.reduce((s, b) => s + b.size, 0),
      freeBlocks: free.length,
      freeBytes,
      largestFree: largest,
      fragmentation: freeBytes > 0 ? 1 - largest / freeBytes : null,
      outside: blocks.length > 0 ? Math.max(0, heapSize - inBlocks) : heapSize,
    },
    error: h?.error ?? null,
  };
}

function link(p: number | null, end: string): string {
  if (p === null) return "unreadable";
  return p === 0 ? `0x00000000 (${end})` : hex32(p);
}

function decodeHeader(b: HeapBlockRow, segregated: boolean): string {
  if (b.headerWord === null) return "unreadable";
  const bits: string[] = [b.inUse ? "in use" : "free"];
  if (b.fence) bits.push("fence");
  if (b.slab !== null) bits.push("slab");
  if (b.prevInUse !== null) bits.push(b.prevInUse ? "block below in use" : "block below free");
  const low = b.headerWord & (segregated ? 7 : 3);
  return `${hex32(b.headerWord)} = size ${b.size} | ${low} (${bits.join(", ")})`;
}

/** Slots listed per slab in the text view. */
const SLOTS_SHOWN = 8;

export function formatHeap(d: HeapJson, core: CoreImage): string {
  const out: string[] = [];
  const ins = new Inspector(core);
  const brks = d.eventsOmitted > 0 ? `${plural(d.brkCalls, "brk call")} among the allocator events kept (the core left out the last ${d.eventsOmitted})` : plural(d.brkCalls, "brk call");
  const range = `${hex32(d.start)}-${hex32(d.brk)}, ${human(d.brk - d.start)}, ${brks}`;
  out.push(`Heap of ${d.program} (${d.state}): ${range}${d.policy ? `, ${d.policy} allocator` : ""}`);
  if (d.policy === null) {
    out.push("  libc's malloc is not linked (the program defines its own, or never allocates): no blocks to show.");
    return out.join("\n") + "\n";
  }
  if (d.blocks.length === 0) {
    out.push("  no blocks: malloc has not been called yet (or gave everything back)");
    if (d.error) out.push(`  heap check: ${d.error}`);
    return out.join("\n") + "\n";
  }
  const segregated = d.policy === "segregated";
  out.push("");
  for (const b of d.blocks) {
    const state = b.inUse ? (b.fence ? "FENCE" : b.slab !== null ? "SLAB" : "used") : "FREE";
    out.push(`  #${b.index}  ${state.padEnd(5)} block ${hex32(b.header)}, ${b.size} bytes; payload ${hex32(b.payload)} (${b.payloadSize} bytes)`);
    out.push(`       header [${b.headerBytes}] = ${decodeHeader(b, segregated)}`);
    if (!b.inUse) out.push(`       links: next ${link(b.next, "end of list")}, prev ${link(b.prev, "list head")}`);
    if (b.origin) out.push(`       ${b.origin}`);
    if (b.slab !== null) {
      const x = b.slab;
      out.push(`       ${x.slots} slots of ${x.slotSize} bytes from ${hex32(x.firstSlot)} (no headers), ${x.live.length} in use:`);
      for (const l of x.live.slice(0, SLOTS_SHOWN)) out.push(`         slot ${hex32(l.addr)}${l.origin ? `  ${l.origin}` : ""}`);
      if (x.live.length > SLOTS_SHOWN) out.push(`         ... ${x.live.length - SLOTS_SHOWN} more (--json lists them all)`);
    }
    if (b.preview) {
      const bytes = Buffer.from(b.preview, "hex");
      const more = b.payloadSize > bytes.length ? ` ... (+${b.payloadSize - bytes.length})` : "";
      out.push(`       ${hexBytes(bytes).padEnd(47)}  |${asciiOf(bytes)}|${more}`);
    }
  }
  out.push("");
  const size = (p: number) => d.blocks.find((b) => b.payload === p)?.size;
  const chain = (ps: number[]) => [...ps.map((p) => `${hex32(p)} (${size(p) ?? "?"})`), "NULL"].join(" -> ");
  if (d.bins) {
    out.push(`Free lists (segregated bins, non-empty only): ${d.bins.length === 0 ? "all empty" : ""}`.trimEnd());
    for (const bin of d.bins) out.push(`  bin ${String(bin.index).padStart(3)} (${bin.min}..${bin.max} bytes): ${chain(bin.blocks)}`);
  } else {
    out.push(`Free list (list order, head in ${d.freeListHead}): ${d.freeList.length === 0 ? "empty" : chain(d.freeList)}`);
  }
  if (d.rover !== null) out.push(`  next-fit rover: ${d.rover === 0 ? "0 (the next search starts at the list head)" : `${hex32(d.rover)} -> ${ins.describe(d.rover)}`}`);
  out.push("");
  const s = d.summary;
  out.push(`Summary: heap ${s.heapSize} bytes in ${plural(s.blocks, "block")}${s.outside > 0 ? ` (+${s.outside} bytes of alignment and slack outside blocks)` : ""}`);
  out.push(`  in use: ${plural(s.usedBlocks, "block")}, ${s.usedBytes} bytes (headers${segregated ? "" : " and footers"} included)`);
  out.push(`  free:   ${plural(s.freeBlocks, "block")}, ${s.freeBytes} bytes, largest ${s.largestFree}`);
  if (s.fragmentation !== null) {
    out.push(
      `  external fragmentation: 1 - largest free / total free = 1 - ${s.largestFree}/${s.freeBytes} = ${(s.fragmentation * 100).toFixed(1)}%`,
    );
  }
  if (d.error) out.push(`  heap check: ${d.error}`);
  return out.join("\n") + "\n";
}
