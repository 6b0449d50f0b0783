/**
 * @fileoverview Allocator traces in the CS:APP malloc-lab format (docs/allocators.md):
 * `minic run --trace-heap FILE` writes one from the event log, `minic heap-bench` reads
 * them. The format is four header lines (suggested heap size, number of ids, number of
 * operations, weight) and one operation per line:
 *
 *   a ID SIZE    allocate SIZE bytes as block ID        (malloc, calloc, strdup, ...)
 *   r ID SIZE    resize block ID to SIZE bytes          (realloc)
 *   f ID         free block ID                          (free, realloc(p, 0))
 */

import { writeFileSync } from "node:fs";
import type { HeapEvent } from "../libc/abi.js";
import { ALLOC_POLICIES, isAllocPolicy, type AllocPolicy } from "../libc/alloc/common.js";

export type TraceOp = { kind: "a"; id: number; size: number } | { kind: "r"; id: number; size: number } | { kind: "f"; id: number };

export interface Trace {
  /** The suggested heap size of the header (informative). */
  heapSize: number;
  ids: number;
  weight: number;
  ops: TraceOp[];
}

/** A malformed trace: the message names the file and line. */
export class TraceError extends Error {}

/**
 * The allocator calls of an event log as a trace. Failed calls (NULL results) are left
 * out, as are free(NULL) and brk; realloc(NULL, n) is an allocation and realloc(p, 0) a
 * free. The suggested heap size is the highest the break went above its first value.
 */
export function traceFromEvents(events: readonly HeapEvent[]): Trace {
  const ops: TraceOp[] = [];
  const live = new Map<number, number>();
  let ids = 0;
  let base: number | null = null;
  let peak = 0;
  const alloc = (ptr: number, size: number): void => {
    if (ptr === 0) return;
    live.set(ptr, ids);
    ops.push({ kind: "a", id: ids++, size });
  };
  for (const e of events) {
    switch (e.op) {
      case "brk":
        base ??= e.from;
        peak = Math.max(peak, e.result - base);
        break;
      case "malloc":
        alloc(e.result, e.size);
        break;
      case "calloc":
        alloc(e.result, e.nmemb * e.size);
        break;
      case "realloc": {
        if (e.ptr === 0) {
          alloc(e.result, e.size);
          break;
        }
        const id = live.get(e.ptr);
        if (id === undefined) break;
        if (e.size === 0) {
          live.delete(e.ptr);
          ops.push({ kind: "f", id });
        } else if (e.result !== 0) {
          live.delete(e.ptr);
          live.set(e.result, id);
          ops.push({ kind: "r", id, size: e.size });
        }
        break;
      }
      case "free": {
        const id = live.get(e.ptr);
        if (id === undefined) break;
        live.delete(e.ptr);
        ops.push({ kind: "f", id });
        break;
      }
    }
  }
  return { heapSize: peak, ids, weight: 1, ops };
}

export function formatTrace(t: Trace): string {
  const lines = [String(t.heapSize), String(t.ids), String(t.ops.length), String(t.weight)];
  for (const o of t.ops) lines.push(o.kind === "f" ? `f ${o.id}` : `${o.kind} ${o.id} ${o.size}`);
  return lines.join("\n") + "\n";
}

/**
 * Parses a trace; every operation must make sense in order (an id is allocated before it
 * is resized or freed, and not allocated twice while live). Throws TraceError.
 */
export function parseTrace(text: string, file: string): Trace {
  const lines = text.split("\n");
  const lastLine = text.endsWith("\n") ? lines.length - 1 : lines.length;
  const fail = (line: number, msg: string): never => {
    throw new TraceError(`${file}:${line}: ${msg}`);
  };
  // what a message quotes of the input, kept short (a line may be megabytes long)
  const quote = (s: string): string => (s.length > 60 ? `${s.slice(0, 60)}...` : s);
  const header: number[] = [];
  const headerLine: number[] = [];
  let i = 0;
  while (header.length < 4) {
    if (i >= lines.length) fail(lastLine, "the trace ends inside its 4-line header (heap size, ids, operations, weight)");
    const s = lines[i++]!.trim();
    if (s === "") continue;
    if (!/^\d+$/.test(s)) fail(i, `expected a number in the header, found '${quote(s)}'`);
    header.push(Number(s));
    headerLine.push(i);
  }
  const [heapSize, ids, count, weight] = header as [number, number, number, number];
  // Checked before anything is sized by them: every id is allocated by an operation, and
  // every operation takes a line.
  if (count > lastLine - i) fail(headerLine[2]!, `the header announces ${count} operations, the trace has ${lastLine - i} lines after it`);
  if (ids > count) fail(headerLine[1]!, `the header's id count ${ids} is more than its operation count ${count}`);
  const ops: TraceOp[] = [];
  const live = new Uint8Array(ids);
  for (; i < lines.length; i++) {
    const s = lines[i]!.trim();
    if (s === "") continue;
    const f = s.split(/\s+/);
    const kind = f[0];
    const id = Number(f[1]);
    if ((kind !== "a" && kind !== "r" && kind !== "f") || f.length !== (kind === "f" ? 2 : 3)) {
      fail(i + 1, `expected 'a ID SIZE', 'r ID SIZE' or 'f ID', found '${quote(s)}'`);
    }
    if (!/^\d+$/.test(f[1]!) || id >= ids) fail(i + 1, `block id '${quote(f[1]!)}' is not below the header's id count ${ids}`);
    if (kind === "f") {
      if (live[id] === 0) fail(i + 1, `f ${id}: block ${id} is not allocated`);
      live[id] = 0;
      ops.push({ kind: "f", id });
      continue;
    }
    if (!/^\d+$/.test(f[2]!) || Number(f[2]) > 0x7fffffff) fail(i + 1, `size '${quote(f[2]!)}' is not a byte count below 2^31`);
    const size = Number(f[2]);
    if (kind === "a" && live[id] === 1) fail(i + 1, `a ${id}: block ${id} is already allocated`);
    if (kind === "r" && live[id] === 0) fail(i + 1, `r ${id}: block ${id} is not allocated`);
    live[id] = 1;
    ops.push({ kind: kind === "a" ? "a" : "r", id, size });
  }
  if (ops.length !== count) fail(lastLine, `the header announces ${count} operations, the trace has ${ops.length}`);
  return { heapSize, ids, weight, ops };
}

/**
 * Live payload bytes after each operation, and the first operation where it peaks (-1
 * for an empty trace): the same for every policy, so computed once per trace.
 */
export function livePeak(t: Trace): { peak: number; at: number } {
  const sizes = new Float64Array(t.ids);
  let live = 0;
  let peak = 0;
  let at = -1;
  t.ops.forEach((o, k) => {
    if (o.kind === "f") {
      live -= sizes[o.id]!;
      sizes[o.id] = 0;
    } else {
      live += o.size - sizes[o.id]!;
      sizes[o.id] = o.size;
    }
    if (live > peak) {
      peak = live;
      at = k;
    }
  });
  return { peak, at };
}

// -- the run/cc/ld options of the allocator lab (registered in cli/minic.ts) ------------------

/** `--alloc NAME` for run, cc and ld. */
export const ALLOC_OPTION = {
  alloc: {
    type: "string",
    choices: [...ALLOC_POLICIES],
    describe: "allocator policy linked into libc's malloc.o (default first-fit; docs/allocators.md)",
  },
} as const;

/** `--heap-check` and `--trace-heap FILE` for run. */
export const HEAP_RUN_OPTIONS = {
  "heap-check": { type: "boolean", describe: "walk and verify the whole heap around every allocator call; abort (134) at the first inconsistency" },
  "trace-heap": { type: "string", describe: "write the allocator calls to FILE as a CS:APP malloc-lab trace (minic heap-bench replays it)" },
} as const;

/** The policy of a parsed --alloc (yargs has checked the choice). */
export function allocOpt(a: { alloc?: string }): AllocPolicy | undefined {
  return a.alloc !== undefined && isAllocPolicy(a.alloc) ? a.alloc : undefined;
}

/** --trace-heap FILE: the machine's allocator events as a trace. */
export function writeHeapTrace(events: readonly HeapEvent[], file: string): void {
  writeFileSync(file, formatTrace(traceFromEvents(events)));
}
