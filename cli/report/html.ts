/**
 * @fileoverview The report as one self-contained HTML file: the page skeleton and its CSS,
 * the ReportData as an inline JSON script, and the page's script (page/main.ts bundled by
 * esbuild). Nothing is fetched: the file opens from disk, offline.
 *
 * The bundle is built at build time (package.json: dist/cli/report/page.bundle.js). When
 * minic runs from its sources (the tests), there is no dist bundle next to this file, so
 * it is bundled on the fly with esbuild, a development dependency.
 */

import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { findNotes } from "./explain.js";
import { alignRuns, buildRun } from "./build.js";
import { encodeReport, hex, humanSize, type RawTrace, type ReportData } from "./model.js";
import { esc } from "./svg.js";

export const BUNDLE_NAME = "page.bundle.js";
/** Source files larger than this are not embedded (the page then shows no source lines). */
const MAX_SOURCE_BYTES = 512 * 1024;

let bundleCache: string | null = null;

interface EsbuildLike {
  buildSync(opts: Record<string, unknown>): { outputFiles?: { text: string }[] };
}

/** The page script: the prebuilt bundle, or (running from source) a fresh one. */
export function pageScript(): string {
  if (bundleCache !== null) return bundleCache;
  const here = dirname(fileURLToPath(import.meta.url));
  const built = join(here, BUNDLE_NAME);
  if (existsSync(built)) return (bundleCache = readFileSync(built, "utf8"));
  const entry = join(here, "page", "main.ts");
  if (!existsSync(entry)) throw new Error(`cannot find the report page script (${built}); run 'npm run build'`);
  let esbuild: EsbuildLike;
  try {
    esbuild = createRequire(import.meta.url)("esbuild") as EsbuildLike;
  } catch {
    throw new Error(`cannot find the report page script (${built}) nor esbuild to build it; run 'npm run build'`);
  }
  const out = esbuild.buildSync({ entryPoints: [entry], bundle: true, format: "iife", target: "es2020", minify: true, write: false, logLevel: "silent" });
  const text = out.outputFiles?.[0]?.text;
  if (text === undefined) throw new Error("esbuild produced no report page script");
  return (bundleCache = text);
}

/** Runs' raw traces → the page's data (sources read through readSource, null when unreadable). */
export function buildReportData(traces: RawTrace[], title: string, command: string, readSource: (file: string) => string | null): ReportData {
  const runs = traces.map((t) => {
    const r = buildRun(t);
    r.notes = [...r.notes, ...findNotes(r)].sort((x, y) => x.event - y.event);
    return r;
  });
  const sources: Record<string, string[]> = {};
  for (const r of runs) {
    for (const s of r.sites) {
      if (!s.file || s.file in sources) continue;
      const text = readSource(s.file);
      if (text !== null && text.length <= MAX_SOURCE_BYTES) sources[s.file] = text.split(/\r?\n/);
    }
  }
  return { version: 1, title, command, sources, runs, rows: alignRuns(runs) };
}

/** JSON that is safe inside a <script> element. */
function scriptJson(v: unknown): string {
  return JSON.stringify(v).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

function summary(d: ReportData): string {
  const r = d.runs[0];
  if (!r) return "";
  const n = r.ev.op.length;
  const brks = r.ev.op.filter((o) => o === 4).length;
  const heap = n > 0 ? r.metrics.heap[n - 1]! : 0;
  const exit = r.exit.reason === "exit" ? `exited with status ${r.exit.status}` : `stopped: ${r.exit.reason}${r.exit.message ? ` (${r.exit.message})` : ""}`;
  const policies = d.runs.map((x) => x.policy).join(", ");
  return `${n} allocator event${n === 1 ? "" : "s"} · ${policies} · heap from ${hex(r.layout.heapStart)}, ${humanSize(heap)} at the end after ${brks} brk call${brks === 1 ? "" : "s"} · ${exit}`;
}

const CSS = `
:root { --ink:#111827; --muted:#6b7280; --line:#e5e7eb; --accent:#2563eb; --brk:#dc2626; --frag:#b45309; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: var(--ink); background: #f8fafc; }
header.top { padding: 18px 24px 8px; background: #fff; border-bottom: 1px solid var(--line); }
h1 { font-size: 20px; margin: 0 0 2px; font-weight: 650; }
h2 { font-size: 15px; margin: 0 0 8px; font-weight: 650; }
h3 { font-size: 13px; margin: 0 0 6px; font-weight: 650; }
h4 { font-size: 12px; margin: 8px 0 2px; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
code, pre, .mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12.5px; }
.muted { color: var(--muted); font-weight: 400; }
.small { font-size: 12px; }
section.card { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 12px 14px; margin: 12px 24px; }
.caption { color: var(--muted); font-size: 12px; margin: 4px 0 0; }
#maps .map { overflow-x: auto; }
#maps .map svg { display: block; max-width: 100%; height: auto; }
#stepper { position: sticky; top: 0; z-index: 5; display: flex; gap: 10px; align-items: center; padding: 8px 24px; background: #ffffffee; border-bottom: 1px solid var(--line); backdrop-filter: blur(4px); }
#stepper input[type=range] { flex: 1; accent-color: var(--accent); }
#stepper button { font: inherit; padding: 3px 10px; border: 1px solid #cbd5e1; background: #fff; border-radius: 6px; cursor: pointer; }
#stepper button:hover { background: #f1f5f9; }
#stepper button:focus-visible, #stepper input:focus-visible, .scroller:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
#pos { min-width: 130px; font-variant-numeric: tabular-nums; }
.keys { color: var(--muted); font-size: 12px; }
kbd { font: 11px ui-monospace, monospace; border: 1px solid #cbd5e1; border-bottom-width: 2px; border-radius: 4px; padding: 0 4px; background: #fff; }
main.grid { display: grid; grid-template-columns: minmax(0, 1fr) 400px; gap: 12px; margin: 12px 24px; align-items: start; }
#columns { display: flex; gap: 12px; }
.run { flex: 1; min-width: 0; background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 10px 0 0; }
.run h3 { padding: 0 12px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.now { padding: 0; }
.now svg { display: block; }
.scroller { position: relative; height: min(62vh, 640px); overflow-y: auto; overflow-x: hidden; border-top: 1px solid var(--line); }
.sticky { position: sticky; top: 0; height: 0; }
canvas.timeline { display: block; cursor: crosshair; }
aside#detail { position: sticky; top: 52px; display: flex; flex-direction: column; gap: 12px; }
aside .panel { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 12px 14px; }
#detail-event h2 { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 15px; }
p.call { margin: 0 0 2px; } p.site { margin: 0 0 6px; color: var(--muted); font-size: 12.5px; }
pre.src { background: #f8fafc; border: 1px solid var(--line); border-radius: 6px; padding: 6px 0; margin: 6px 0; overflow-x: auto; }
pre.src > span { display: block; padding: 0 8px; }
pre.src .hl { background: #fef3c7; font-weight: 600; }
pre.src .ln { color: #9ca3af; user-select: none; }
.explain p { margin: 6px 0; }
.note { border-left: 4px solid var(--frag); background: #fffbeb; padding: 6px 10px; margin: 6px 0; border-radius: 0 6px 6px 0; }
.note.grow { border-color: #d97706; } .note.fail, .note.corrupt { border-color: var(--brk); background: #fef2f2; }
table.kv { border-collapse: collapse; width: 100%; font-size: 12.5px; }
table.kv th { text-align: left; color: var(--muted); font-weight: 500; padding: 3px 8px 3px 0; vertical-align: top; white-space: nowrap; }
table.kv td { padding: 3px 0; }
code.bytes { background: #eef2ff; padding: 0 3px; border-radius: 3px; }
#charts { display: grid; grid-template-columns: repeat(4, minmax(0, 1fr)); gap: 12px; }
figure.chart { margin: 0; } figure.chart figcaption { font-size: 12px; color: var(--muted); margin-bottom: 2px; }
figure.chart canvas { display: block; width: 100%; border: 1px solid var(--line); border-radius: 4px; cursor: pointer; }
.readout { font-size: 12px; font-variant-numeric: tabular-nums; margin-top: 2px; }
.chart-legend { grid-column: 1 / -1; display: flex; gap: 16px; font-size: 12px; }
.legend { display: flex; flex-wrap: wrap; gap: 14px; font-size: 12px; color: var(--ink); margin-top: 6px; }
.legend i { display: inline-block; width: 20px; height: 11px; vertical-align: -1px; margin-right: 5px; border: 1px solid #6b7280; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
#fatal { margin: 12px 24px; padding: 10px; background: #fef2f2; border: 1px solid #fecaca; }
@media (max-width: 1100px) { main.grid { grid-template-columns: 1fr; } aside#detail { position: static; } #charts { grid-template-columns: repeat(2, minmax(0, 1fr)); } }
`;

export function renderReportHtml(d: ReportData): string {
  const comparison = d.runs.length > 1;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="minic">
<title>minic report: ${esc(d.title)}</title>
<style>${CSS}</style>
</head>
<body>
<header class="top">
<h1>How <code>${esc(d.title)}</code> uses its heap</h1>
<p class="muted">${esc(summary(d))}</p>
<p class="muted small"><code>${esc(d.command)}</code></p>
</header>
<div id="fatal" hidden></div>
<section class="card" aria-labelledby="map-h">
<h2 id="map-h">Address space</h2>
<div id="maps"></div>
<p class="caption">The program's memory as one bar, low addresses on the left. Widths are not to scale (// marks a scale break); inside the heap and the stack they are. The red marker is the program break (the end of the heap), the blue one the stack pointer, both at the current event.</p>
</section>
<nav id="stepper" aria-label="stepper">
<button id="prev" type="button" aria-label="previous event">◀</button>
<input id="slider" type="range" aria-label="allocator event" aria-describedby="pos">
<button id="next" type="button" aria-label="next event">▶</button>
<span id="pos" aria-live="off"></span>
<button id="zoom-in" type="button" aria-label="taller rows">+</button>
<button id="zoom-out" type="button" aria-label="more rows in view">−</button>
<span id="zoom-level" class="keys"></span>
<span class="keys"><kbd>←</kbd> <kbd>→</kbd> step · <kbd>Home</kbd> <kbd>End</kbd> · <kbd>+</kbd> <kbd>−</kbd> zoom · <kbd>[</kbd> <kbd>]</kbd> blocks</span>
</nav>
<div id="live" class="sr-only" aria-live="polite"></div>
<main class="grid">
<section aria-labelledby="tl-h">
<h2 id="tl-h" class="sr-only">Heap timeline</h2>
<div id="columns"></div>
<p id="empty" class="caption" hidden>The program made no allocator calls.</p>
<div class="legend">
<span><i style="background:hsl(200,58%,74%);border-color:hsl(200,45%,32%);border-left:3px solid hsl(200,45%,32%);border-right:3px solid hsl(200,45%,32%)"></i>block: header | payload | footer (one colour per allocation)</span>
<span><i style="background:#fff"></i>free block, with its size</span>
<span><i style="background:repeating-linear-gradient(45deg,#fef3c7 0 3px,#fcd34d 3px 5px);border:1px dashed #d97706"></i>new space from brk</span>
<span><i style="background:repeating-linear-gradient(45deg,#f3f4f6 0 3px,#d1d5db 3px 5px)"></i>above the break</span>
<span><i style="background:var(--brk);width:3px;border:0"></i>program break</span>
<span><b style="color:var(--frag)">!</b> fragmentation</span>
</div>
<p class="caption">One row per allocator call on a shared address axis${comparison ? "; the columns run the same program under each policy, rows lined up by library call" : ""}. Headers and footers are drawn at least 2 px wide. When rows are thinner than a pixel each pixel row shows one sampled event, and blocks thinner than a pixel merge into grey (darker = more bytes in use).</p>
</section>
<aside id="detail" aria-label="current event">
<div class="panel" id="detail-event"></div>
<div class="panel" id="detail-block"></div>
</aside>
</main>
<section class="card" aria-labelledby="fig-h">
<h2 id="fig-h">Figures over time</h2>
<div id="charts"></div>
</section>
<script type="application/json" id="report-data">${scriptJson(encodeReport(d))}</script>
<script>${pageScript().replace(/<\/script/gi, "<\\/script")}</script>
</body>
</html>
`;
}
