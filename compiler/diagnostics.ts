/**
 * @fileoverview Compiler diagnostics in the gcc/clang shape:
 *
 *   list.c:14:9: error: use of undeclared identifier 'x'
 *      14 |     y = x + 1;
 *         |         ^
 *
 * Stages report and carry on; the driver stops after a stage that reported errors.
 * After MAX_ERRORS errors a CompileError is thrown to stop a cascade.
 */

import type { Location, SourceMap } from "./source.js";

export type Severity = "error" | "warning" | "note";

export interface Diagnostic {
  severity: Severity;
  loc: Location;
  message: string;
}

export const MAX_ERRORS = 20;

export class CompileError extends Error {
  constructor(readonly diagnostics: Diagnostics) {
    super("compilation failed");
  }
}

export class Diagnostics {
  readonly list: Diagnostic[] = [];
  errorCount = 0;
  /** Set once the source map exists (after preprocessing). */
  map: SourceMap | null = null;

  /** Reports at a character offset of the preprocessed text. */
  error(pos: number, message: string): void {
    this.errorAt(this.locate(pos), message);
  }
  warning(pos: number, message: string): void {
    this.list.push({ severity: "warning", loc: this.locate(pos), message });
  }
  note(pos: number, message: string): void {
    this.list.push({ severity: "note", loc: this.locate(pos), message });
  }

  /** Reports at an explicit location (the preprocessor knows file:line:col directly). */
  errorAt(loc: Location, message: string): void {
    this.list.push({ severity: "error", loc, message });
    this.errorCount++;
    if (this.errorCount >= MAX_ERRORS) {
      this.list.push({ severity: "note", loc, message: `too many errors emitted, stopping now` });
      throw new CompileError(this);
    }
  }
  warningAt(loc: Location, message: string): void {
    this.list.push({ severity: "warning", loc, message });
  }

  hasErrors(): boolean {
    return this.errorCount > 0;
  }

  private locate(pos: number): Location {
    if (!this.map) return { file: "<input>", line: 1, col: pos + 1 };
    return this.map.locate(pos);
  }

  /** All diagnostics, each with its source line and a caret under the column. */
  format(): string {
    return this.list.map((d) => formatDiagnostic(d, this.map)).join("");
  }
}

/**
 * The longest source line quoted whole. A longer one (generated code, minified input) is
 * quoted as a window around the column, marked with "...": thousands of diagnostics each
 * quoting a 40,000-character line once made a string longer than the host allows.
 */
export const MAX_QUOTED_LINE = 240;

export function formatDiagnostic(d: Diagnostic, map: SourceMap | null): string {
  const { file, line, col } = d.loc;
  let out = `${file}:${line}:${col}: ${d.severity}: ${d.message}\n`;
  const text = map?.sourceLine(file, line) ?? null;
  if (text !== null) {
    const num = String(line).padStart(5);
    let shown = text.replace(/\t/g, " ");
    let caret = Math.max(0, Math.min(col - 1, shown.length));
    if (shown.length > MAX_QUOTED_LINE) {
      const start = Math.max(0, Math.min(caret - MAX_QUOTED_LINE / 3, shown.length - MAX_QUOTED_LINE));
      const end = start + MAX_QUOTED_LINE;
      const lead = start > 0 ? "..." : "";
      shown = lead + shown.slice(start, end) + (end < shown.length ? "..." : "");
      caret = caret - start + lead.length;
    }
    out += `${num} | ${shown}\n`;
    out += `${" ".repeat(5)} | ${" ".repeat(caret)}^\n`;
  }
  return out;
}
