/**
 * @fileoverview The report page: reads the embedded ReportData, builds the address-space
 * map, one timeline column per run, the stepper, the detail panel and the charts, and wires
 * the keyboard (← → step, Home/End, PageUp/PageDown, + − zoom, [ ] pick a block). Exposes
 * `window.minicReport` (the data, the current step and the drawn geometry) for the
 * end-to-end tests and for anyone poking at the page from the console.
 */

import { COLORS, addressMap, heapRow, segAt, xOf, type Axis, type RowGeometry } from "../geometry.js";
import { SLAB_MAX } from "../../../libc/alloc/slab-layout.js";
import {
  BLOCK_FENCE,
  HeapReplay,
  allocName,
  blockAt,
  decodeReport,
  eventOp,
  formatCall,
  formatSite,
  headerBits,
  headerWord,
  heapExtent,
  hex,
  humanSize,
  isFree,
  isSlab,
  overheadOf,
  rowEvent,
  shortCall,
  type Block,
  type ReportData,
  type RunData,
} from "../model.js";
import { addressMapSvg, defs, esc, newSpaceLabel, segSvg, unmetRequest } from "../svg.js";
import { explainEvent } from "../explain.js";
import { Charts } from "./charts.js";
import { $, el } from "./dom.js";
import { GUTTER, Timeline } from "./timeline.js";

const ZOOMS = [26, 14, 6, 2, 0]; // 0 = the whole run in view

interface Column {
  run: RunData;
  index: number;
  timeline: Timeline;
  now: HTMLElement;
  map: HTMLElement;
  nowReplay: HeapReplay;
  nowGeo: RowGeometry | null;
  nowBlocks: readonly Block[];
  maxBrk: number;
}

interface Selection {
  run: number;
  block: Block | null;
  /** Where the selection came from: the current event, the mouse, or [ ]. */
  source: "event" | "pointer" | "keys";
}

function readData(): ReportData {
  const raw = $("report-data").textContent ?? "";
  return decodeReport(JSON.parse(raw) as ReportData);
}

function main(): void {
  const timings: Record<string, number> = { start: performance.now() };
  const data = readData();
  timings.parsed = performance.now();
  const nrows = data.rows[0]?.length ?? 0;
  const ext = heapExtent(data.runs);
  const columnsHost = $("columns");
  const mapsHost = $("maps");
  const slider = $("slider") as HTMLInputElement;
  const pos = $("pos");
  const live = $("live");
  let step = 0;
  let zoom = 0;
  let selection: Selection = { run: 0, block: null, source: "event" };

  slider.min = "0";
  slider.max = String(Math.max(0, nrows - 1));
  slider.value = "0";
  if (nrows === 0) {
    $("empty").hidden = false;
    slider.disabled = true;
  }

  /** Only the first column has the call labels; the others line up with it row by row. */
  const gutterOf = (k: number) => (k === 0 ? GUTTER : 10);
  const axisFor = (width: number, k: number): Axis => ({ start: ext.start, end: ext.end, x: gutterOf(k), width: Math.max(60, width - gutterOf(k) - 14) });

  const columns: Column[] = data.runs.map((run, k) => {
    const map = el("div", { class: "map", "data-run": String(k) });
    mapsHost.append(map);
    const now = el("div", { class: "now", "data-run": String(k) });
    const canvas = el("canvas", { class: "timeline", role: "img", "aria-label": `heap timeline, ${run.policy}` });
    const spacer = el("div", { class: "spacer" });
    const scroller = el("div", { class: "scroller", tabindex: "-1" }, el("div", { class: "sticky" }, canvas), spacer);
    const head = el("h3", {}, run.policy, el("span", { class: "muted" }, `  ${runSummary(run)}`));
    const col = el("div", { class: "run", "data-run": String(k), "data-policy": run.policy }, head, now, scroller);
    if (run.heapError) head.after(el("div", { class: "note corrupt", role: "note" }, `Heap check at the end: ${run.heapError}`));
    // The first column also holds the labels: give it their width on top of an equal share.
    col.style.flex = `1 1 ${k === 0 ? GUTTER : 0}px`;
    columnsHost.append(col);
    const timeline = new Timeline(run, data.rows[k]!, axisFor(600, k), canvas, scroller, spacer, gutterOf(k));
    let maxBrk = run.layout.heapStart;
    for (const b of run.ev.brk) if (b > maxBrk) maxBrk = b;
    return { run, index: k, timeline, now, map, nowReplay: new HeapReplay(run), nowGeo: null, nowBlocks: [], maxBrk };
  });

  const charts = new Charts(data, $("charts"), (r) => go(r));

  // -- layout ---------------------------------------------------------------------------
  const relayout = () => {
    for (const c of columns) {
      const w = c.timeline.scroller.clientWidth;
      c.timeline.axis = axisFor(w, c.index);
      const z = ZOOMS[zoom]!;
      c.timeline.rowH = z > 0 ? z : Math.max(0.001, (c.timeline.maxHeight() - 2) / Math.max(1, nrows));
      c.timeline.layout();
      c.timeline.reveal(step);
    }
    render();
  };
  let syncing = false;
  for (const c of columns) {
    c.timeline.scroller.addEventListener("scroll", () => {
      c.timeline.request();
      if (syncing) return;
      syncing = true;
      for (const o of columns) if (o !== c) o.timeline.scroller.scrollTop = c.timeline.scroller.scrollTop;
      syncing = false;
    });
    const canvas = c.timeline.canvas;
    canvas.addEventListener("mousemove", (ev) => {
      const r = canvas.getBoundingClientRect();
      const h = c.timeline.hoverAt(ev.clientX - r.left, ev.clientY - r.top);
      if (!h) return;
      const blocks = c.nowReplay.stateAt(h.event);
      selection = { run: c.index, block: h.block >= 0 ? { ...blocks[h.block]! } : null, source: "pointer" };
      renderBlock(h.event);
    });
    canvas.addEventListener("mouseleave", () => {
      selection = { run: c.index, block: null, source: "event" };
      renderBlock();
    });
    canvas.addEventListener("click", (ev) => {
      const r = canvas.getBoundingClientRect();
      go(c.timeline.rowAtY(ev.clientY - r.top));
    });
    c.now.addEventListener("mousemove", (ev) => {
      const svg = c.now.querySelector("svg");
      if (!svg || !c.nowGeo) return;
      const r = svg.getBoundingClientRect();
      const k = segAt(c.nowGeo, ((ev.clientX - r.left) / r.width) * svg.viewBox.baseVal.width);
      const b = k >= 0 ? c.nowGeo.segs[k]!.block : -1;
      selection = { run: c.index, block: b >= 0 ? c.nowBlocks[b]! : null, source: "pointer" };
      renderBlock();
    });
    c.now.addEventListener("mouseleave", () => {
      selection = { run: c.index, block: null, source: "event" };
      renderBlock();
    });
  }
  window.addEventListener("resize", relayout);

  // -- stepping -------------------------------------------------------------------------
  function go(r: number): void {
    if (nrows === 0) return;
    step = Math.max(0, Math.min(nrows - 1, r));
    selection = { run: selection.run, block: null, source: "event" };
    slider.value = String(step);
    for (const c of columns) {
      c.timeline.current = step;
      c.timeline.reveal(step);
      c.timeline.request();
    }
    render();
  }

  function render(): void {
    if (nrows === 0) return;
    const first = columns[0]!;
    const e0 = rowEvent(data.rows[0]![step]!).event;
    pos.textContent = `event ${step + 1} of ${nrows}`;
    document.body.dataset.step = String(step);
    for (const c of columns) renderColumn(c);
    renderDetail();
    renderBlock();
    charts.setCurrent(step);
    live.textContent = e0 >= 0 ? `${step + 1} of ${nrows}: ${formatCall(first.run, e0)}` : "";
  }

  function renderColumn(c: Column): void {
    const { event, spacer } = rowEvent(data.rows[c.index]![step]!);
    const run = c.run;
    const brk = event >= 0 ? run.ev.brk[event]! : run.layout.heapStart;
    const sp = event >= 0 && run.ev.sp[event]! >= 0 ? run.ev.sp[event]! : run.layout.spFinal;
    const mapWidth = Math.max(320, c.map.clientWidth - 30 || 900);
    const am = addressMap(run.layout, brk, Math.max(c.maxBrk, ext.end), sp, mapWidth);
    c.map.innerHTML = addressMapSvg(am, { idPrefix: `m${c.index}`, title: data.runs.length > 1 ? run.policy : null, caption: false });
    // The current heap, big and labelled.
    const width = c.timeline.scroller.clientWidth || 800;
    const axis: Axis = axisFor(width, c.index);
    const blocks = c.nowReplay.stateAt(event);
    c.nowBlocks = blocks.slice();
    const g = heapRow(blocks, run.layout, brk, axis, { charPx: 6.6, minPx: 1, policy: run.policy, newLabel: spacer ? undefined : newSpaceLabel(run, event) });
    c.nowGeo = g;
    const H = 58;
    const y = 16;
    const h = 30;
    const p = `n${c.index}`;
    const o: string[] = [];
    o.push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${H}" width="${width}" height="${H}" font-size="11" font-family="system-ui, sans-serif" data-brk="${hex(brk)}" data-brk-x="${g.brkX.toFixed(1)}" data-event="${event}">`);
    o.push(defs(p));
    if (axis.x >= 100) {
      o.push(`<text x="8" y="${y + 13}" font-size="12" font-weight="600" fill="${COLORS.ink}">now</text>`);
      o.push(`<text x="8" y="${y + 27}" font-size="10" fill="${COLORS.muted}">${esc(spacer ? "(no event here)" : event >= 0 ? shortCall(run, event) : "")}</text>`);
    }
    if (g.brkX < axis.x + axis.width) o.push(`<rect x="${g.brkX.toFixed(1)}" y="${y}" width="${(axis.x + axis.width - g.brkX).toFixed(1)}" height="${h}" fill="url(#${p}hatch)"/>`);
    for (const s of g.segs) o.push(segSvg(s, y, h, p));
    const frag = !spacer && run.notes.some((n) => n.event === event && n.kind === "fragmentation");
    if (frag) {
      const rq = unmetRequest(run, event, blocks);
      if (rq) {
        const x0 = xOf(axis, rq.at);
        const x1 = xOf(axis, rq.at + rq.need);
        o.push(`<rect data-request="${rq.need}" x="${x0.toFixed(1)}" y="${y - 3}" width="${(x1 - x0).toFixed(1)}" height="${h + 6}" fill="${COLORS.brk}" fill-opacity="0.07" stroke="${COLORS.brk}" stroke-width="1.2" stroke-dasharray="4 3"/>`);
        o.push(`<text x="${(x0 + 2).toFixed(1)}" y="${y - 5}" font-size="10" font-weight="600" fill="${COLORS.brk}">${esc(rq.label)}: no hole fits</text>`);
      }
    }
    o.push(`<line data-brk-line="1" x1="${g.brkX.toFixed(1)}" y1="${y - 6}" x2="${g.brkX.toFixed(1)}" y2="${y + h + 6}" stroke="${COLORS.brk}" stroke-width="2"/>`);
    const right = g.brkX > axis.x + axis.width - 110;
    o.push(`<text x="${(g.brkX + (right ? -5 : 5)).toFixed(1)}" y="${y + h + 11}" text-anchor="${right ? "end" : "start"}" font-size="10.5" font-weight="600" fill="${COLORS.brk}">brk ${hex(brk)}</text>`);
    o.push(`</svg>`);
    c.now.innerHTML = o.join("");
  }

  function sourceLines(file: string | null, line: number | null): string {
    if (!file || !line) return "";
    const lines = data.sources[file];
    if (!lines) return "";
    const out: string[] = [];
    for (let n = Math.max(1, line - 2); n <= Math.min(lines.length, line + 2); n++) {
      const text = esc(lines[n - 1] ?? "");
      out.push(`<span class="${n === line ? "hl" : ""}"><span class="ln">${String(n).padStart(4)}</span> ${text}</span>`);
    }
    return `<pre class="src" aria-label="source">${out.join("")}</pre>`;
  }

  function renderDetail(): void {
    const o: string[] = [];
    const first = columns[0]!;
    const { event: e0 } = rowEvent(data.rows[0]![step]!);
    const lead = columns.find((c) => !rowEvent(data.rows[c.index]![step]!).spacer) ?? first;
    const le = rowEvent(data.rows[lead.index]![step]!).event;
    const run = lead.run;
    if (le >= 0) {
      const site = run.sites[run.ev.site[le]!];
      o.push(`<h2 id="ev-title">${esc(shortCall(run, le))}</h2>`);
      o.push(`<p class="call"><code>${esc(formatCall(run, le))}</code></p>`);
      o.push(`<p class="site">${esc(site ? formatSite(site) : "(no source position)")}</p>`);
      o.push(sourceLines(site?.file ?? null, site?.line ?? null));
      const sp = run.ev.sp[le]!;
      if (sp >= 0) o.push(`<p class="muted small">stack pointer at the call: <code>${hex(sp)}</code>; break after it: <code>${hex(run.ev.brk[le]!)}</code></p>`);
    } else if (e0 < 0) o.push(`<h2>before the first call</h2>`);
    const said = new Map<string, string>();
    const saidNotes = new Set<string>();
    for (const c of columns) {
      const { event, spacer } = rowEvent(data.rows[c.index]![step]!);
      const head = data.runs.length > 1 ? `<h4>${esc(c.run.policy)}</h4>` : "";
      if (spacer) {
        o.push(`<div class="explain">${head}<p class="muted">No brk here: this policy did not need to grow the heap at this point.</p></div>`);
        continue;
      }
      const notes = c.run.notes.filter((n) => n.event === event);
      const res = data.runs.length > 1 ? `<p><code>${esc(formatCall(c.run, event))}</code></p>` : "";
      const text = explainEvent(c.run, event, c.nowReplay);
      // In a comparison, say "the same" rather than repeat a paragraph word for word.
      const same = said.get(text);
      said.set(text, said.get(text) ?? c.run.policy);
      const sameNotes = same !== undefined && notes.every((n) => saidNotes.has(n.text));
      o.push(`<div class="explain">${head}${res}<p>${same !== undefined ? `<span class="muted">Same as ${esc(same)}${sameNotes ? "" : "; but:"}</span>` : esc(text)}</p>`);
      for (const n of sameNotes ? [] : notes) saidNotes.add(n.text);
      for (const n of sameNotes ? [] : notes) o.push(`<div class="note ${n.kind}" role="note"><strong>${n.kind === "fragmentation" ? "Fragmentation" : n.kind === "grow" ? "The heap grows" : n.kind === "fail" ? "Failure" : "Heap check"}.</strong> ${esc(n.text)}</div>`);
      o.push(`</div>`);
    }
    $("detail-event").innerHTML = o.join("");
  }

  /** The block panel: the block under the pointer, or the current event's block. */
  function renderBlock(atEvent?: number): void {
    const c = columns[selection.run] ?? columns[0]!;
    if (!c) return;
    const run = c.run;
    const { event } = rowEvent(data.rows[c.index]![step]!);
    const ev = atEvent ?? event;
    let b = selection.block;
    if (!b && ev >= 0) {
      // The event's block: what malloc returned, or what free released (now part of a hole).
      const op = eventOp(run, ev);
      const p = op === "free" ? run.ev.a[ev]! : op === "brk" ? 0 : run.ev.c[ev]!;
      const blocks = c.nowReplay.stateAt(ev);
      const k = p !== 0 ? blockAt(blocks, p - 4) : -1;
      b = k >= 0 ? { ...blocks[k]! } : null;
    }
    const host = $("detail-block");
    host.dataset.header = b ? hex(b.header) : "";
    if (!b) {
      host.innerHTML = `<h3>Block</h3><p class="muted">Point at a block (or press [ and ]) to see its header decoded.</p>`;
      return;
    }
    const w = headerWord(b);
    const bytes = [w & 255, (w >>> 8) & 255, (w >>> 16) & 255, (w >>> 24) & 255].map((x) => x.toString(16).padStart(2, "0")).join(" ");
    const ov = overheadOf(run.policy);
    const o: string[] = [];
    const name = !isFree(b) && b.alloc >= 0 ? allocName(b.alloc) : null;
    o.push(`<h3>${selection.source === "pointer" ? "Block under the pointer" : "Block"}${name ? `: ${name}` : isFree(b) ? ": free" : ""}</h3>`);
    o.push(`<table class="kv">`);
    o.push(`<tr><th>header</th><td><code>${hex(b.header)}</code>: bytes <code class="bytes">${bytes}</code> (little-endian) = <code>${hex(w)}</code></td></tr>`);
    o.push(`<tr><th>decoded</th><td>size ${b.size} (= word &amp; ~7) · ${headerBits(w, run.policy, isSlab(b)).join(" · ")}</td></tr>`);
    o.push(`<tr><th>payload</th><td><code>${hex(b.header + 4)}</code> … <code>${hex(b.header + b.size - (ov === 8 || isFree(b) ? 4 : 0) - 1)}</code></td></tr>`);
    if (isFree(b)) {
      o.push(`<tr><th>holds</th><td>a request of up to ${Math.max(0, b.size - ov)} bytes</td></tr>`);
    } else if (b.alloc >= 0) {
      const pad = b.size - b.requested - ov;
      o.push(`<tr><th>requested</th><td>${b.requested} bytes → block ${b.size} bytes (${ov} ${ov === 8 ? "header + footer" : "header"}${pad > 0 ? ` + ${pad} padding` : ""})</td></tr>`);
      const ce = run.allocs.event[b.alloc]!;
      const site = run.sites[run.allocs.site[b.alloc]!];
      o.push(`<tr><th>allocated</th><td>${esc(site ? formatSite(site) : "?")}, event ${ce + 1}</td></tr>`);
    } else if (isSlab(b)) {
      o.push(`<tr><th>owner</th><td>a slab: equal slots without headers for requests of up to ${SLAB_MAX} bytes (the slots in use are the pointers into it)</td></tr>`);
    } else o.push(`<tr><th>owner</th><td>${(b.flags & BLOCK_FENCE) !== 0 ? "a fence around memory taken with sbrk" : "not from a logged call"}</td></tr>`);
    if (ov === 8 || isFree(b)) o.push(`<tr><th>footer</th><td><code>${hex(b.header + b.size - 4)}</code>: same word</td></tr>`);
    o.push(`</table>`);
    if (run.reconstructed) o.push(`<p class="muted small">Reconstructed from the event log, not read from memory.</p>`);
    host.innerHTML = o.join("");
  }

  /** [ and ]: the previous/next block of the current heap. */
  function cycleBlock(dir: 1 | -1): void {
    const c = columns[selection.run] ?? columns[0]!;
    const blocks = c.nowBlocks;
    if (blocks.length === 0) return;
    let k = selection.block ? blocks.findIndex((b) => b.header === selection.block!.header) : -1;
    k = k < 0 ? (dir > 0 ? 0 : blocks.length - 1) : (k + dir + blocks.length) % blocks.length;
    selection = { run: c.index, block: blocks[k]!, source: "keys" };
    renderBlock();
  }

  function setZoom(z: number): void {
    zoom = Math.max(0, Math.min(ZOOMS.length - 1, z));
    $("zoom-level").textContent = ZOOMS[zoom]! > 0 ? `${ZOOMS[zoom]} px/row` : "whole run";
    relayout();
  }

  // -- controls -------------------------------------------------------------------------
  slider.addEventListener("input", () => go(Number(slider.value)));
  $("prev").addEventListener("click", () => go(step - 1));
  $("next").addEventListener("click", () => go(step + 1));
  $("zoom-in").addEventListener("click", () => setZoom(zoom - 1));
  $("zoom-out").addEventListener("click", () => setZoom(zoom + 1));
  document.addEventListener("keydown", (ev) => {
    if (ev.altKey || ev.ctrlKey || ev.metaKey) return;
    const page = Math.max(1, Math.floor((columns[0]?.timeline.height ?? 300) / Math.max(1, columns[0]?.timeline.rowH ?? 26)));
    const keys: Record<string, () => void> = {
      ArrowRight: () => go(step + 1),
      ArrowLeft: () => go(step - 1),
      ArrowDown: () => go(step + 1),
      ArrowUp: () => go(step - 1),
      Home: () => go(0),
      End: () => go(nrows - 1),
      PageDown: () => go(step + page),
      PageUp: () => go(step - page),
      "+": () => setZoom(zoom - 1),
      "=": () => setZoom(zoom - 1),
      "-": () => setZoom(zoom + 1),
      "]": () => cycleBlock(1),
      "[": () => cycleBlock(-1),
    };
    const t = ev.target as HTMLElement | null;
    if (t && t !== slider && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.tagName === "SELECT")) return;
    if (t && t.tagName === "BUTTON" && (ev.key === "Enter" || ev.key === " ")) return;
    const f = keys[ev.key];
    if (f) {
      ev.preventDefault();
      f();
    }
  });

  const api = {
    data,
    timings,
    get step() {
      return step;
    },
    go,
    setZoom,
    rows: nrows,
    /** The geometry the timeline draws for a row of a run (pixels in the canvas). */
    rowGeometry: (run: number, row: number) => columns[run]!.timeline.rowGeometry(row),
    nowGeometry: (run: number) => columns[run]!.nowGeo,
    axis: (run: number) => columns[run]!.timeline.axis,
    rowHeight: (run: number) => columns[run]!.timeline.rowH,
    scrollTop: (run: number) => columns[run]!.timeline.scroller.scrollTop,
  };
  (window as unknown as { minicReport: typeof api }).minicReport = api;
  setZoom(nrows > 2000 ? ZOOMS.length - 1 : 0);
  go(0);
  timings.ready = performance.now();
  document.body.dataset.ready = "1";
}

function runSummary(run: RunData): string {
  const n = run.ev.op.length;
  const brks = run.ev.op.filter((o) => o === 4).length;
  const heap = n > 0 ? run.metrics.heap[n - 1]! : 0;
  return `${n} events · ${brks} brk · heap ${humanSize(heap)}${run.reconstructed ? " · reconstructed from the event log" : ""}`;
}

try {
  main();
} catch (e) {
  const box = document.getElementById("fatal");
  if (box) {
    box.hidden = false;
    box.textContent = `The report could not be drawn: ${e instanceof Error ? e.message : String(e)}`;
  }
  throw e;
}
