/**
 * @fileoverview The invalid-program corpus: every test/errors/NAME.c states, in comment
 * lines, the diagnostics minic must give for it:
 *
 *   // expect-error: 4:12: use of undeclared identifier 'y'
 *   // expect-warning: 7:5: implicit declaration of function 'f' is invalid in C99
 *
 * `L:C` is a line and column of the file itself; `other.h:L:C` one of a file next to it.
 * The errors must be exactly the expected ones, in order (notes are not compared). The
 * warnings are compared exactly too when the file asserts at least one, and ignored
 * otherwise. A file with expected errors must produce no object; one without (a valid
 * program that only warns) must produce one. Every diagnostic must show its source line
 * with the caret under its column.
 */
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { compileC } from "../cli/driver.js";
import { MAX_QUOTED_LINE } from "../compiler/diagnostics.js";

const dir = join(dirname(fileURLToPath(import.meta.url)), "errors");
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".c"))
  .sort();

interface Diag {
  severity: string;
  where: string;
  message: string;
  /** The source line and caret line printed under it. */
  shown: [string, string] | null;
}

const HEADER = /^(.+?):(\d+):(\d+): (error|warning|note): (.*)$/;

/** Splits formatted diagnostics into records; `where` is `L:C` for the file itself. */
function parseDiagnostics(messages: string, self: string): Diag[] {
  const lines = messages.split("\n");
  const out: Diag[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = HEADER.exec(lines[i]!);
    if (!m) continue;
    const file = relative(dir, m[1]!);
    const where = file === self ? `${m[2]}:${m[3]}` : `${file}:${m[2]}:${m[3]}`;
    const src = lines[i + 1] ?? "";
    const caret = lines[i + 2] ?? "";
    const shown: [string, string] | null = /^ *\d+ \| /.test(src) && /^ +\| *\^$/.test(caret) ? [src, caret] : null;
    out.push({ severity: m[4]!, where, message: m[5]!, shown });
  }
  return out;
}

function expectations(text: string, kind: "error" | "warning"): string[] {
  const re = new RegExp(`^// expect-${kind}: (.*)$`);
  return text
    .split("\n")
    .map((l) => re.exec(l.trimEnd()))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => m[1]!);
}

describe("invalid-program corpus (test/errors)", () => {
  it("has more than 100 cases", () => {
    expect(files.length).toBeGreaterThan(100);
  });

  for (const name of files) {
    it(name, () => {
      const path = join(dir, name);
      const text = readFileSync(path, "utf8");
      const wantErrors = expectations(text, "error");
      const wantWarnings = expectations(text, "warning");
      const r = compileC(path, text);
      const diags = parseDiagnostics(r.messages, name);
      const show = (d: Diag) => `${d.where}: ${d.message}`;
      const errors = diags.filter((d) => d.severity === "error").map(show);
      expect(errors, r.messages).toEqual(wantErrors);
      if (wantWarnings.length > 0) {
        expect(diags.filter((d) => d.severity === "warning").map(show), r.messages).toEqual(wantWarnings);
      }
      if (wantErrors.length > 0) expect(r.object, "no object for an invalid program").toBeNull();
      else expect(r.object, r.messages).not.toBeNull();
      // Each diagnostic quotes its line of the source with a caret under the column.
      const sourceLines = text.split("\n");
      for (const d of diags) {
        expect(d.shown, `${show(d)} shows its source line and a caret`).not.toBeNull();
        const [src, caret] = d.shown!;
        const parts = d.where.split(":");
        const line = Number(parts[parts.length - 2]);
        const col = Number(parts[parts.length - 1]);
        const quoted = src.replace(/^ *\d+ \| /, "");
        const caretCol = caret.indexOf("^") - caret.indexOf("|") - 1;
        const full = parts.length === 2 ? sourceLines[line - 1]!.replace(/\t/g, " ") : null;
        if (full !== null && full.length > MAX_QUOTED_LINE) {
          // a long line is quoted as a window of it around the column, marked with "..."
          const body = quoted.replace(/^\.\.\./, "").replace(/\.\.\.$/, "");
          expect(body.length, show(d)).toBe(MAX_QUOTED_LINE);
          expect(full.includes(body), show(d)).toBe(true);
          expect(quoted[caretCol - 1], show(d)).toBe(full[col - 1]);
          continue;
        }
        if (full !== null) expect(quoted, show(d)).toBe(full);
        expect(caretCol, show(d)).toBe(Math.min(col, quoted.length + 1));
      }
    });
  }
});
