#!/usr/bin/env node
// Writes the synthetic allocator traces of bench/traces/ (CS:APP malloc-lab format, see
// docs/allocators.md). Deterministic: a fixed-seed generator, so the files only change
// when this script does. Run from the project root:  node bench/traces/generate.mjs
//
//   random.rep    random sizes (mostly small, some large), random frees and reallocs
//   bintree.rep   binary-tree churn: short-lived trees built and freed beside a long-lived one
//   prodcons.rep  producer/consumer: a FIFO of messages whose length swings in bursts
//   realloc.rep   buffers growing by realloc (string builders) among short-lived small blocks
//   ff-worst.rep  a pattern that fragments first fit: small requests split the big holes
//   big.rep       large buffers, live payload peaking near 16 MiB
//
// The recorded traces (walkthrough.rep, wordfreq.rep) come from `minic run --trace-heap`;
// bench/traces/record.sh makes them.
//
// Other seeds, to check that a policy change is not tuned to these files:
//   SEED_OFFSET=100 OUT=/tmp/seed100 node bench/traces/generate.mjs
// adds the offset to every seed and writes into OUT (which must exist) instead.
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const outDir = process.env.OUT ?? here;
const seedOffset = Number(process.env.SEED_OFFSET ?? 0);

/** mulberry32: a small, fast, seeded generator. */
function rng(seed) {
  let a = (seed + seedOffset) >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    /** Log-uniform in [lo, hi]: as many 16..32 as 1024..2048. */
    logInt: (lo, hi) => Math.round(Math.exp(Math.log(lo) + next() * (Math.log(hi) - Math.log(lo)))),
    pick: (xs) => xs[Math.floor(next() * xs.length)],
  };
}

class TraceWriter {
  constructor() {
    this.ops = [];
    this.nextId = 0;
    this.sizes = new Map(); // live id -> size
    this.live = 0;
    this.peak = 0;
  }
  alloc(size) {
    const id = this.nextId++;
    this.ops.push(`a ${id} ${size}`);
    this.sizes.set(id, size);
    this.bump(size);
    return id;
  }
  realloc(id, size) {
    this.ops.push(`r ${id} ${size}`);
    this.bump(size - this.sizes.get(id));
    this.sizes.set(id, size);
  }
  free(id) {
    this.ops.push(`f ${id}`);
    this.bump(-this.sizes.get(id));
    this.sizes.delete(id);
  }
  freeAll() {
    for (const id of [...this.sizes.keys()]) this.free(id);
  }
  bump(d) {
    this.live += d;
    this.peak = Math.max(this.peak, this.live);
  }
  write(name) {
    const text = [this.peak, this.nextId, this.ops.length, 1, ...this.ops].join("\n") + "\n";
    writeFileSync(join(outDir, name), text);
    console.log(`${name.padEnd(14)} ${String(this.ops.length).padStart(7)} ops, ${String(this.nextId).padStart(6)} ids, peak live ${(this.peak / 1024).toFixed(0)} KiB`);
  }
}

/** Removes and returns a random element of an array in O(1) (order does not matter). */
function takeRandom(r, xs) {
  const i = Math.floor(r.next() * xs.length);
  const x = xs[i];
  xs[i] = xs[xs.length - 1];
  xs.pop();
  return x;
}

function random() {
  const r = rng(1);
  const t = new TraceWriter();
  const live = [];
  const size = () => {
    const u = r.next();
    if (u < 0.6) return r.int(8, 128);
    if (u < 0.9) return r.int(128, 2048);
    return r.int(2048, 32768);
  };
  for (let k = 0; k < 40000; k++) {
    const target = 1500 + 1000 * Math.sin(k / 4000); // the live count drifts slowly
    const u = r.next();
    if (u < 0.1 && live.length > 0) t.realloc(r.pick(live), size());
    else if (live.length < target * (0.5 + r.next())) live.push(t.alloc(size()));
    else if (live.length > 0) t.free(takeRandom(r, live));
  }
  t.freeAll();
  t.write("random.rep");
}

function bintree() {
  // Nodes of 40 bytes: two child pointers, a key and a 28-byte record (ILP32).
  const NODE = 40;
  const t = new TraceWriter();
  const make = (depth) => {
    const n = { id: t.alloc(NODE), kids: [] };
    if (depth > 0) n.kids = [make(depth - 1), make(depth - 1)];
    return n;
  };
  const destroy = (n) => {
    for (const k of n.kids) destroy(k);
    t.free(n.id);
  };
  const maxDepth = 10;
  destroy(make(maxDepth + 1)); // the stretch tree
  const longLived = make(maxDepth);
  for (let d = 4; d <= maxDepth; d += 2) {
    const iters = 1 << (maxDepth - d + 2);
    for (let i = 0; i < iters; i++) {
      const a = make(d);
      const b = make(d);
      destroy(a);
      destroy(b);
    }
  }
  destroy(longLived);
  t.write("bintree.rep");
}

function prodcons() {
  const r = rng(3);
  const t = new TraceWriter();
  const queue = [];
  let head = 0;
  for (let k = 0; k < 60000; k++) {
    // Bursts: the producer runs ahead for a while, then the consumer catches up.
    const producing = Math.floor(k / 5000) % 2 === 0 ? 0.62 : 0.4;
    if (r.next() < producing || head === queue.length) queue.push(t.alloc(r.logInt(32, 4096)));
    else t.free(queue[head++]);
  }
  while (head < queue.length) t.free(queue[head++]);
  t.write("prodcons.rep");
}

function reallocGrowth() {
  // String builders: one buffer at a time grows by appends (realloc by 8..512 bytes) up
  // to 16..512 KiB while short-lived small blocks come and go; a finished buffer is kept
  // as a result, and the oldest results are dropped (at most 8 live). Every tenth
  // buffer is a vector that doubles instead.
  const r = rng(4);
  const t = new TraceWriter();
  const small = [];
  const results = [];
  for (let round = 0; round < 60; round++) {
    const max = r.logInt(16 * 1024, 512 * 1024);
    const vector = round % 10 === 9;
    let size = 64;
    const id = t.alloc(size);
    while (size < max) {
      size = Math.min(max, vector ? size * 2 : size + r.int(8, 512));
      t.realloc(id, size);
      if (r.next() < 0.5) small.push(t.alloc(r.int(16, 256)));
      if (small.length > 0 && (small.length > 200 || r.next() < 0.5)) t.free(takeRandom(r, small));
    }
    results.push(id);
    if (results.length > 8) t.free(results.shift());
  }
  t.freeAll();
  t.write("realloc.rep");
}

function ffWorst() {
  // Groups of a 1000-byte block, then 30 pairs (60-byte live block, 24-byte block).
  // Freeing the 1000-byte and the 24-byte blocks leaves big holes and exact 24-byte holes
  // between live blocks. Then 30 requests of 24 bytes per group: best fit fills the small
  // holes, first fit splits the big holes at the low end of the heap; then one 1000-byte
  // request per group, which only best fit can still place in the old holes.
  const GROUPS = 300;
  const t = new TraceWriter();
  const holes = [];
  for (let g = 0; g < GROUPS; g++) {
    holes.push(t.alloc(1000));
    for (let i = 0; i < 30; i++) {
      t.alloc(60);
      holes.push(t.alloc(24));
    }
  }
  for (const id of holes) t.free(id);
  for (let i = 0; i < GROUPS * 30; i++) t.alloc(24);
  for (let g = 0; g < GROUPS; g++) t.alloc(1000);
  t.freeAll();
  t.write("ff-worst.rep");
}

function big() {
  // A data set of 1..128 KiB records loaded up to ~16 MiB live, then updated: a record
  // is replaced by one of another size, or grows by realloc, keeping the total near 16 MiB.
  const r = rng(6);
  const t = new TraceWriter();
  const live = [];
  let bytes = 0;
  const CAP = 16 * 1024 * 1024 - 128 * 1024;
  const add = () => {
    const size = r.logInt(1024, 128 * 1024);
    live.push({ id: t.alloc(size), size });
    bytes += size;
  };
  while (bytes < CAP) add();
  for (let k = 0; k < 2000; k++) {
    const i = Math.floor(r.next() * live.length);
    const b = live[i];
    if (r.next() < 0.2) {
      const size = b.size + r.int(256, 8 * 1024);
      t.realloc(b.id, size);
      bytes += size - b.size;
      b.size = size;
    } else {
      t.free(b.id);
      bytes -= b.size;
      live[i] = live[live.length - 1];
      live.pop();
    }
    while (bytes < CAP) add();
  }
  t.freeAll();
  t.write("big.rep");
}

random();
bintree();
prodcons();
reallocGrowth();
ffWorst();
big();
