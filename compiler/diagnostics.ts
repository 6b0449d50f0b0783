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

export function formatDiagnostic(d: Diagnostic, map: SourceMap | null): string {
  const { file, line, col } = d.loc;
  let out = `${file}:${line}:${col}: ${d.severity}: ${d.message}\n`;
  const text = map?.sourceLine(file, line) ?? null;
  if (text !== null) {
    const num = String(line).padStart(5);
    const expanded = text.replace(/\t/g, " ");
    out += `${num} | ${expanded}\n`;
    out += `${" ".repeat(5)} | ${" ".repeat(Math.max(0, Math.min(col - 1, expanded.length)))}^\n`;
  }
  return out;
}
