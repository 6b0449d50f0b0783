/**
 * @fileoverview SourceMap: the line of a position, asked in any order (the cached search
 * must agree with a plain one), and the location and origin it reports.
 */

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SourceMap } from "../../compiler/source.js";

function mapOf(text: string): SourceMap {
  const lines = text.split("\n").length;
  return new SourceMap({ text, lineOrigins: Array.from({ length: lines }, (_, i) => ({ file: "f.c", line: 10 + i })), files: new Map() });
}

/** The 0-based line of pos, by counting newlines before it. */
const lineByCount = (text: string, pos: number): number => text.slice(0, pos).split("\n").length - 1;

describe("SourceMap", () => {
  it("finds the line of positions asked in any order", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("a", "b", "\n", "\n\n"), { maxLength: 60 }).map((p) => p.join("")),
        fc.array(fc.nat(), { maxLength: 30 }),
        fc.boolean(),
        (text, raw, sorted) => {
          const map = mapOf(text);
          const positions = raw.map((n) => n % (text.length + 1));
          if (sorted) positions.sort((a, b) => a - b);
          for (const pos of positions) expect(map.outputLine(pos)).toBe(lineByCount(text, pos));
        },
      ),
      { numRuns: 600, seed: 11 },
    );
  });

  it("reports file, line and column, and the origin without the column", () => {
    const map = mapOf("ab\ncd\n\nxyz");
    expect(map.locate(8)).toEqual({ file: "f.c", line: 13, col: 2 });
    expect(map.origin(4)).toEqual({ file: "f.c", line: 11 });
    expect(map.locate(0)).toEqual({ file: "f.c", line: 10, col: 1 });
    expect(map.origin(6)).toEqual({ file: "f.c", line: 12 });
  });
});
