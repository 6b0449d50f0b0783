/**
 * @fileoverview The `disasm` view: the disassembly of the whole text or of one function,
 * with each `; file:line` comment followed by that line of C (read from the file named in
 * the line table, when it can be read), and the instruction where the program stopped
 * marked with `=>` as gdb does.
 */

import type { CoreImage } from "../core.js";
import { DisasmError, disassembleExecutable } from "../disasm.js";
import { hex32 } from "../memory.js";
import { ViewError, type ViewOptions } from "./common.js";

export interface DisasmJson {
  function: string | null;
  /** The instruction marked `=>`: where the program stopped (or the entry point). */
  pc: number;
  lines: string[];
}

const LINE_COMMENT = /^(\s*); (.+):(\d+)$/;

export function collectDisasm(core: CoreImage, args: string[], opts: ViewOptions = {}): DisasmJson {
  if (args.length > 1) throw new ViewError("usage: disasm [FUNCTION]");
  const fn = args[0];
  let raw: string[];
  try {
    raw = disassembleExecutable(core.exe, fn);
  } catch (e) {
    if (e instanceof DisasmError) throw new ViewError(e.message);
    throw e;
  }
  const sources = new Map<string, string[] | null>();
  const sourceLine = (file: string, line: number): string | null => {
    if (!sources.has(file)) {
      const text = opts.readSource?.(file) ?? null;
      sources.set(file, text === null ? null : text.split(/\r?\n/));
    }
    const lines = sources.get(file);
    const t = lines?.[line - 1];
    return t === undefined ? null : t.trim();
  };
  const pcPrefix = hex32(core.pc).slice(2) + ":";
  const lines = raw.map((l) => {
    const m = LINE_COMMENT.exec(l);
    if (m) {
      const src = sourceLine(m[2]!, Number(m[3]));
      return `   ${l}${src ? `    ${src}` : ""}`;
    }
    return (l.startsWith(pcPrefix) ? "=> " : "   ") + l;
  });
  return { function: fn ?? null, pc: core.pc, lines };
}

export function formatDisasm(d: DisasmJson): string {
  return d.lines.join("\n") + "\n";
}
