/**
 * @fileoverview malloc.o (malloc, free, realloc) and calloc.o, for every allocator policy.
 *
 * The policies and their block layouts live in libc/alloc/ (first-fit, next-fit, best-fit
 * share tagged.ts; segregated.ts) and are documented in docs/allocators.md. The archive is
 * built per policy: `mallocMember(policy)` differs only in its state symbols and in the
 * `__malloc_policy` word (bss, so 0, for first-fit; an initialised data word otherwise).
 * The natives are the same for every policy: each call reads that word in VM memory and
 * runs the matching allocator, so an executable keeps the policy it was linked with and
 * dumps decode the layout from memory alone.
 *
 * calloc is a member of its own so that a program that defines malloc and free can still
 * call calloc (and strdup): they call the program's malloc, as in real C. realloc cannot
 * work that way (it must know the old block's size), so calling it pulls in malloc.o and
 * the link fails with "multiple definition of 'malloc'"; allocatorConflictNote explains.
 *
 * Every user-visible call logs exactly one event; brk events come from the BRK trap.
 */

import type { LibcMember, NativeContext, NativeFn } from "./abi.js";
import { BestFitHeap } from "./alloc/best-fit.js";
import {
  ALLOCATOR_SYMBOLS,
  BINMAP_WORDS,
  DEFAULT_POLICY,
  SEG_BINS,
  policyFromId,
  policyId,
  type AllocPolicy,
  type Allocator,
} from "./alloc/common.js";
import { FirstFitHeap } from "./alloc/first-fit.js";
import { NextFitHeap } from "./alloc/next-fit.js";
import { SLAB_CLASSES } from "./alloc/slab-layout.js";
import { SlabHeap } from "./alloc/slab.js";
import { walkHeapFromSymbols } from "./heap-walk.js";
import { ENOMEM, setErrno } from "./unistd.js";

/** A machine's allocator: built on its first call, reused while the policy word holds. */
interface CachedAllocator {
  policyAddr: number | undefined;
  id: number;
  heap: Allocator;
}
const allocators = new WeakMap<NativeContext, CachedAllocator>();
/** The last machine served: nearly every call comes from the same one as the one before. */
let lastCtx: NativeContext | null = null;
let lastCached: CachedAllocator | undefined;

function newAllocator(ctx: NativeContext, op: string, policy: AllocPolicy): Allocator {
  switch (policy) {
    case "first-fit":
      return new FirstFitHeap(ctx, op);
    case "next-fit":
      return new NextFitHeap(ctx, op);
    case "best-fit":
      return new BestFitHeap(ctx, op);
    case "segregated":
      return new SlabHeap(ctx, op);
  }
}

/**
 * The allocator of the linked policy, ready for one operation named `op` in messages.
 * All of its state is in VM memory; the object (which knows where that state is) is kept
 * per machine so that a call costs no symbol lookups and no allocation. The policy word
 * is re-read on every call: a program that overwrites it gets the layout it asked for.
 */
export function allocatorFor(ctx: NativeContext, op: string): Allocator {
  const c = ctx === lastCtx ? lastCached : allocators.get(ctx);
  const policyAddr = c !== undefined ? c.policyAddr : ctx.symbol(ALLOCATOR_SYMBOLS.policy);
  const id = policyAddr === undefined ? 0 : ctx.mem.load32(policyAddr) >>> 0;
  if (c !== undefined && c.id === id) {
    lastCtx = ctx;
    lastCached = c;
    c.heap.begin(op);
    return c.heap;
  }
  const policy = policyFromId(id);
  if (policy === null) return ctx.abort(`${op}(): corrupted allocator state: unknown policy ${id} in ${ALLOCATOR_SYMBOLS.policy}`);
  const heap = newAllocator(ctx, op, policy);
  allocators.set(ctx, { policyAddr, id, heap });
  return heap;
}

/** malloc without logging an event (for library code that logs its own, e.g. strdup). */
export function mallocInternal(ctx: NativeContext, n: number, op = "malloc"): number {
  return allocatorFor(ctx, op).malloc(n >>> 0);
}

/** Whether libc's allocator is linked (its state symbols exist). */
export function allocatorLinked(ctx: NativeContext): boolean {
  return ctx.symbol(ALLOCATOR_SYMBOLS.heapStart) !== undefined;
}

function word(name: string, init?: number): { name: string; size: number; align: number; init?: number[] } {
  return init === undefined ? { name, size: 4, align: 4 } : { name, size: 4, align: 4, init: [init & 255, (init >>> 8) & 255, (init >>> 16) & 255, init >>> 24] };
}

/** The state symbols of a policy's malloc.o (their order is the order in memory). */
function stateData(policy: AllocPolicy): NonNullable<LibcMember["data"]> {
  const id = policyId(policy);
  const head = [word(ALLOCATOR_SYMBOLS.heapStart), word(ALLOCATOR_SYMBOLS.heapEnd)];
  const pol = word(ALLOCATOR_SYMBOLS.policy, id === 0 ? undefined : id);
  switch (policy) {
    case "first-fit":
    case "best-fit":
      return [...head, word(ALLOCATOR_SYMBOLS.freeList), pol];
    case "next-fit":
      return [...head, word(ALLOCATOR_SYMBOLS.freeList), word(ALLOCATOR_SYMBOLS.rover), pol];
    case "segregated":
      return [
        ...head,
        { name: ALLOCATOR_SYMBOLS.bins, size: 4 * SEG_BINS, align: 4 },
        { name: ALLOCATOR_SYMBOLS.binmap, size: 4 * BINMAP_WORDS, align: 4 },
        { name: ALLOCATOR_SYMBOLS.slabs, size: 4 * SLAB_CLASSES, align: 4 },
        pol,
      ];
  }
}

const MALLOC_FUNCTIONS: Record<string, NativeFn> = {
  malloc(ctx) {
    const size = ctx.arg(0) >>> 0;
    const result = allocatorFor(ctx, "malloc").malloc(size);
    if (ctx.logsEvents !== false) ctx.event({ op: "malloc", size, result, site: ctx.callSite() });
    return result;
  },
  free(ctx) {
    const ptr = ctx.arg(0) >>> 0;
    allocatorFor(ctx, "free").free(ptr);
    if (ctx.logsEvents !== false) ctx.event({ op: "free", ptr, site: ctx.callSite() });
  },
  realloc(ctx) {
    const ptr = ctx.arg(0) >>> 0;
    const size = ctx.arg(1) >>> 0;
    const result = allocatorFor(ctx, "realloc").realloc(ptr, size);
    if (ctx.logsEvents !== false) ctx.event({ op: "realloc", ptr, size, result, site: ctx.callSite() });
    return result;
  },
};

/** malloc.o for a policy: malloc, free, realloc and the allocator's state words. */
export function mallocMember(policy: AllocPolicy = DEFAULT_POLICY): LibcMember {
  return { name: "malloc.o", needs: ["errno"], data: stateData(policy), functions: MALLOC_FUNCTIONS };
}

/** The default (first-fit) malloc.o. */
export const MALLOC_MEMBER: LibcMember = mallocMember(DEFAULT_POLICY);

/**
 * calloc.o: nmemb * size bytes, zeroed; NULL with errno ENOMEM when the product overflows.
 * With libc's allocator the whole payload is zeroed (a recycled block holds old bytes and
 * list links) and a calloc event is logged; with the program's own malloc, it calls that.
 */
export const CALLOC_MEMBER: LibcMember = {
  name: "calloc.o",
  needs: ["malloc", "errno"],
  functions: {
    calloc(ctx) {
      const nmemb = ctx.arg(0) >>> 0;
      const size = ctx.arg(1) >>> 0;
      const total = nmemb * size; // exact in a double: both factors are below 2^32
      const linked = allocatorLinked(ctx);
      let result = 0;
      if (total > 0xffffffff) setErrno(ctx, ENOMEM);
      else if (linked) {
        const heap = allocatorFor(ctx, "calloc");
        result = heap.malloc(total);
        if (result !== 0) ctx.mem.fill(result, 0, heap.usable(result));
      } else {
        const user = ctx.symbol("malloc");
        if (user === undefined) return ctx.abort("calloc(): no malloc is linked");
        result = ctx.callFunction(user, [total]) >>> 0;
        if (result !== 0) ctx.mem.fill(result, 0, total);
      }
      if (linked && ctx.logsEvents !== false) ctx.event({ op: "calloc", nmemb, size, result, site: ctx.callSite() });
      return result;
    },
  },
};

/** The libc functions that allocate, for --heap-check. */
const ALLOCATING = ["malloc", "free", "calloc", "realloc", "strdup", "strndup"];

/**
 * --heap-check: wraps the allocating natives so that the whole heap is walked and checked
 * (walkHeapFromSymbols) before and after every call; the first problem aborts (status 134)
 * with the call site in the report. "before" means the program damaged the heap since the
 * previous call, "after" that the call itself left it inconsistent.
 */
export function withHeapCheck(natives: Record<string, NativeFn>): Record<string, NativeFn> {
  const out = { ...natives };
  for (const name of ALLOCATING) {
    const fn = natives[name];
    if (fn === undefined) continue;
    const check = (ctx: NativeContext, when: string): void => {
      const w = walkHeapFromSymbols(ctx.mem, (n) => ctx.symbol(n));
      if (w !== null && w.error !== null) ctx.abort(`--heap-check: ${when}: ${w.error}`);
    };
    out[name] = (ctx) => {
      check(ctx, `heap damaged before ${name}() was called`);
      const r = fn(ctx);
      check(ctx, `${name}() left the heap inconsistent`);
      return r;
    };
  }
  return out;
}

/**
 * Extra lines for a link that failed because malloc.o clashed with the program's own
 * malloc/free: which libc allocator functions the program uses without defining them.
 */
export function allocatorConflictNote(messages: string[], undefinedRefs: Set<string>): string[] {
  if (!messages.some((m) => m.startsWith("libc.a(malloc.o): multiple definition of"))) return [];
  const pulledBy = Object.keys(MALLOC_FUNCTIONS).filter((f) => undefinedRefs.has(f));
  if (pulledBy.length === 0) return [];
  return [
    `note: the program defines its own allocator but calls ${pulledBy.map((f) => `'${f}'`).join(", ")}, which only libc's malloc.o ` +
      `provides, so malloc.o was linked too; define ${pulledBy.length === 1 ? "it" : "them"} as well (calloc, strdup and strndup use your malloc)`,
  ];
}
