/**
 * @fileoverview The dump views by name: `renderView(core, "heap", [])` gives the text a
 * terminal shows and the JSON `--json` prints, from the same collected data, for a live
 * machine and a core file alike (both are CoreImages).
 */

import { assertNever } from "../../compiler/types.js";
import type { CoreImage } from "../core.js";
import { collectDump, formatDump } from "../dump.js";
import { ViewError, type ViewOptions } from "./common.js";
import { collectDisasm, formatDisasm } from "./disasm.js";
import { collectHeap, formatHeap } from "./heap.js";
import { collectHex, formatHex } from "./hex.js";
import { collectSegments, formatSegments } from "./segments.js";
import { collectStack, formatStack } from "./stack.js";
import { collectSymbols, formatSymbols } from "./symbols.js";

export { ViewError, type ViewOptions } from "./common.js";

export const VIEW_NAMES = ["summary", "segments", "symbols", "hex", "heap", "stack", "disasm"] as const;
export type ViewName = (typeof VIEW_NAMES)[number];

export const VIEW_HELP: Record<ViewName, string> = {
  summary: "what --dump prints: segments, break, heap blocks, allocator events, globals",
  segments: "segment table and a picture of the address space",
  symbols: "functions and globals with address, size, segment and value (--all: libc's too)",
  hex: "hex ADDR|SYMBOL[+N]|FUNC:VAR|sp [LEN]: hexdump -C, annotated",
  heap: "every heap block with its header decoded, the free list, fragmentation",
  stack: "the frames with return address, saved fp, arguments and locals",
  disasm: "disasm [FUNCTION]: disassembly with the C source interleaved",
};

export function isViewName(s: string): s is ViewName {
  return (VIEW_NAMES as readonly string[]).includes(s);
}

export interface ViewOutput {
  text: string;
  json: unknown;
}

function noArgs(view: ViewName, args: string[]): void {
  if (args.length > 0) throw new ViewError(`the ${view} view takes no arguments (got '${args.join(" ")}')`);
}

/** Renders one view; throws ViewError for bad arguments (an unknown symbol, a bad length). */
export function renderView(core: CoreImage, view: ViewName, args: string[] = [], opts: ViewOptions = {}): ViewOutput {
  switch (view) {
    case "summary": {
      noArgs(view, args);
      const exit = core.exit ?? { status: 0, reason: "exit" as const, fault: null };
      const d = collectDump(core, exit, () => core.heap);
      let text = formatDump(d);
      if (!core.exit) text = text.replace(/^== minic dump: [^\n]*==/, "== minic dump: not run (initial image) ==");
      return { text, json: d };
    }
    case "segments": {
      noArgs(view, args);
      const d = collectSegments(core);
      return { text: formatSegments(d), json: d };
    }
    case "symbols": {
      noArgs(view, args);
      const d = collectSymbols(core, opts);
      return { text: formatSymbols(d, core), json: d };
    }
    case "hex": {
      const d = collectHex(core, args);
      return { text: formatHex(d, core), json: d };
    }
    case "heap": {
      noArgs(view, args);
      const d = collectHeap(core);
      return { text: formatHeap(d, core), json: d };
    }
    case "stack": {
      noArgs(view, args);
      const d = collectStack(core);
      return { text: formatStack(d), json: d };
    }
    case "disasm": {
      const d = collectDisasm(core, args, opts);
      return { text: formatDisasm(d), json: d };
    }
    default:
      return assertNever(view, "view");
  }
}
