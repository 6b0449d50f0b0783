/**
 * The report page in a real browser (Debian's chromium through playwright-core): the
 * walkthrough stepped with the keyboard, with B's hole and the break where the geometry
 * says; a side-by-side comparison; and a 100,000-event run that must open and step to
 * its last event. Screenshots go to test-artifacts/ (gitignored) for a human to look at.
 */
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeReport } from "../../cli/report/command.js";
import { recordProgram } from "../../cli/report/record.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const walkthrough = join(root, "examples", "malloc-walkthrough.c");
const artifacts = join(root, "test-artifacts");
const CHROMIUM = "/usr/bin/chromium";
let browser: Browser;
let work = "";

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`these tests need Debian's chromium at ${CHROMIUM} (apt-get install -y chromium)`);
  work = mkdtempSync(join(tmpdir(), "minic-report-browser-"));
  mkdirSync(artifacts, { recursive: true });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

interface Opened {
  page: Page;
  problems: string[];
  requests: string[];
}

async function open(file: string, viewport = { width: 1500, height: 1000 }): Promise<Opened> {
  const page = await browser.newPage({ viewport });
  const problems: string[] = [];
  const requests: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(pathToFileURL(file).href);
  await page.waitForSelector('body[data-ready="1"]', { timeout: 120_000 });
  return { page, problems, requests };
}

const step = (page: Page) => page.evaluate(() => Number(document.body.dataset.step));

interface Geo {
  segs: { kind: string; start: number; end: number; x0: number; x1: number }[];
  brkX: number;
}

describe("the walkthrough report", () => {
  let file = "";
  beforeAll(() => {
    file = join(work, "walkthrough.html");
    const r = recordProgram([walkthrough]);
    writeReport([r.trace], "examples/malloc-walkthrough.c", { html: file }, "minic run examples/malloc-walkthrough.c --report walkthrough.html");
  });

  it("steps with the keyboard and draws B's hole and the break where they are", async () => {
    const { page, problems, requests } = await open(file);
    expect(await step(page)).toBe(0);
    for (let i = 0; i < 5; i++) await page.keyboard.press("ArrowRight");
    expect(await step(page)).toBe(5);
    expect(await page.textContent("#pos")).toBe("event 6 of 7");
    expect(await page.inputValue("#slider")).toBe("5");

    // The axis the timeline and the current-heap bar share: 0x15000 .. 0x17000.
    const axis = await page.evaluate(() => (window as unknown as { minicReport: { axis(r: number): { start: number; end: number; x: number; width: number } } }).minicReport.axis(0));
    expect([axis.start, axis.end, axis.x]).toEqual([0x15000, 0x17000, 200]);
    const X = (addr: number) => axis.x + ((addr - axis.start) / (axis.end - axis.start)) * axis.width;

    // The current heap (SVG): B's hole, the break, the request that does not fit.
    const hole = await page.$eval('.now[data-run="0"] rect[data-kind="free"][data-start="0x000153f4"]', (e) => [Number(e.getAttribute("data-x0")), Number(e.getAttribute("data-x1")), e.getAttribute("data-size")]);
    expect(hole[0]).toBeCloseTo(X(0x153f4), 0);
    expect(hole[1]).toBeCloseTo(X(0x153f4 + 1008), 0);
    expect(hole[2]).toBe("1008");
    const svg = await page.$eval('.now[data-run="0"] svg', (e) => [e.getAttribute("data-brk"), Number(e.getAttribute("data-brk-x"))]);
    expect(svg[0]).toBe("0x00017000");
    expect(svg[1]).toBeCloseTo(X(0x17000), 0);
    expect(await page.$$eval('.now[data-run="0"] rect[data-request="1208"]', (l) => l.length)).toBe(1);

    // The timeline (canvas) draws exactly this geometry: row 4 (after free(B)) and row 5 (after brk).
    const rows = await page.evaluate(() => {
      const api = (window as unknown as { minicReport: { rowGeometry(r: number, row: number): unknown } }).minicReport;
      return [api.rowGeometry(0, 4), api.rowGeometry(0, 5)];
    });
    const [r4, r5] = rows as [Geo, Geo];
    expect(r4.brkX).toBeCloseTo(X(0x16000), 6);
    expect(r5.brkX).toBeCloseTo(X(0x17000), 6);
    const h4 = r4.segs.find((s) => s.kind === "free" && s.start === 0x153f4)!;
    expect([h4.x0, h4.x1]).toEqual([X(0x153f4), X(0x153f4 + 1008)]);
    expect(r5.segs.map((s) => s.kind)).toEqual(["pad", "used", "free", "used", "free", "unclaimed"]);

    // The stepper's words: the call, its source line, the fragmentation callout.
    expect(await page.textContent("#ev-title")).toBe("brk +4 KiB");
    expect(await page.textContent("pre.src .hl")).toContain("char *d = malloc(1200);");
    const note = await page.textContent("#detail-event .note.fragmentation");
    expect(note).toContain("1568 bytes are free, but the largest hole is 1008 bytes: no single hole can hold 1208 bytes. That is fragmentation.");
    await page.screenshot({ path: join(artifacts, "report-walkthrough.png"), fullPage: true });

    // D's block, decoded.
    await page.keyboard.press("ArrowRight");
    expect(await page.textContent("#ev-title")).toBe("D = malloc(1200)");
    expect(await page.getAttribute("#detail-block", "data-header")).toBe("0x00015dcc");
    const block = await page.textContent("#detail-block");
    expect(block).toContain("bytes b9 04 00 00 (little-endian) = 0x000004b9");
    expect(block).toContain("size 1208 (= word & ~7) · allocated (bit 0 = 1)");
    expect(block).toContain("1200 bytes → block 1208 bytes (8 header + footer)");
    expect(block).toMatch(/malloc-walkthrough\.c:36 \(main\), event 7/);
    await page.keyboard.press("ArrowRight"); // already at the last event
    expect(await step(page)).toBe(6);

    // [ and ] walk the blocks of the current heap.
    await page.keyboard.press("]");
    expect(await page.getAttribute("#detail-block", "data-header")).toBe("0x00015004");
    await page.keyboard.press("]");
    expect(await page.getAttribute("#detail-block", "data-header")).toBe("0x000153f4");
    expect(await page.textContent("#detail-block h3")).toBe("Block: free");

    // The block under the pointer: B's hole in row 4 of the timeline.
    const box = (await page.$('.run[data-run="0"] canvas.timeline'))!;
    const bb = (await box.boundingBox())!;
    const rowH = await page.evaluate(() => (window as unknown as { minicReport: { rowHeight(r: number): number } }).minicReport.rowHeight(0));
    const scroll = await page.evaluate(() => (window as unknown as { minicReport: { scrollTop(r: number): number } }).minicReport.scrollTop(0));
    await page.mouse.move(bb.x + X(0x153f4 + 500), bb.y + 4 * rowH + rowH / 2 - scroll);
    expect(await page.getAttribute("#detail-block", "data-header")).toBe("0x000153f4");
    expect(await page.textContent("#detail-block h3")).toBe("Block under the pointer: free");

    await page.keyboard.press("Home");
    expect(await step(page)).toBe(0);
    await page.keyboard.press("ArrowLeft");
    expect(await step(page)).toBe(0);

    expect(problems).toEqual([]);
    expect(requests.filter((u) => !u.startsWith("file:"))).toEqual([]);
    await page.close();
  }, 120_000);

  it("puts policies side by side, rows lined up by call", async () => {
    const traces = (["first-fit", "best-fit", "segregated"] as const).map((alloc) => recordProgram([walkthrough], { alloc }).trace);
    const f = join(work, "compare.html");
    writeReport(traces, "examples/malloc-walkthrough.c", { html: f }, "minic run examples/malloc-walkthrough.c --alloc first-fit,best-fit,segregated --report compare.html");
    const { page, problems } = await open(f);
    expect(await page.$$eval(".run", (l) => l.map((e) => e.getAttribute("data-policy")))).toEqual(["first-fit", "best-fit", "segregated"]);
    await page.keyboard.press("End");
    expect(await step(page)).toBe(6);
    expect(await page.$$eval(".now svg", (l) => l.map((e) => e.getAttribute("data-brk")))).toEqual(["0x00017000", "0x00017000", "0x00017000"]);
    expect(await page.$$eval("#detail-event h4", (l) => l.map((e) => e.textContent))).toEqual(["first-fit", "best-fit", "segregated"]);
    await page.screenshot({ path: join(artifacts, "report-compare.png"), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);
});

describe("a 100,000-event report", () => {
  it("opens, summarises and steps to the last event", async () => {
    const src = join(work, "churn.c");
    writeFileSync(
      src,
      `#include <stdlib.h>
int main(void) {
    static char *slot[256];
    int i;
    srand(7);
    for (i = 0; i < 100000; i++) {
        int k = rand() % 256;
        if (slot[k]) { free(slot[k]); slot[k] = 0; }
        else slot[k] = malloc(1 + rand() % 2000);
    }
    return 0;
}
`,
    );
    const r = recordProgram([src]);
    expect(r.trace.events.length).toBeGreaterThanOrEqual(100_000);
    const f = join(work, "churn.html");
    writeReport([r.trace], "churn.c", { html: f }, "minic run churn.c --report churn.html");
    const { page, problems } = await open(f);
    const info = await page.evaluate(() => {
      const api = (window as unknown as { minicReport: { rows: number; timings: Record<string, number> } }).minicReport;
      return { rows: api.rows, timings: api.timings, zoom: document.getElementById("zoom-level")?.textContent };
    });
    expect(info.rows).toBe(r.trace.events.length);
    expect(info.zoom).toBe("whole run");
    console.log(`100k-event report: script started ${info.timings.start!.toFixed(0)} ms after navigation, ready at ${info.timings.ready!.toFixed(0)} ms`);
    await page.keyboard.press("End");
    expect(await step(page)).toBe(info.rows - 1);
    expect(await page.textContent("#pos")).toBe(`event ${info.rows} of ${info.rows}`);
    await page.keyboard.press("ArrowLeft");
    expect(await step(page)).toBe(info.rows - 2);
    await page.screenshot({ path: join(artifacts, "report-100k.png") });
    // Zoomed in to labelled rows, around the current event.
    for (let i = 0; i < 4; i++) await page.keyboard.press("+");
    expect(await page.textContent("#zoom-level")).toBe("26 px/row");
    await page.keyboard.press("PageUp");
    expect(await step(page)).toBeLessThan(info.rows - 2);
    await page.screenshot({ path: join(artifacts, "report-100k-zoomed.png") });
    expect(problems).toEqual([]);
    await page.close();
  }, 300_000);
});
