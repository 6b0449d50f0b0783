/**
 * @fileoverview The saved lookahead tables of compiler/lazy-lookahead.ts (embedded in the
 * bundle) must answer every decision of the grammar exactly as chevrotain's own lookahead
 * function does: for every token type (and past the last), and for alternations with
 * GATEs under many GATE outcomes, calls in the same order included. A parser using them
 * must build the same trees and report the same diagnostics over the test corpora.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { LLkLookaheadStrategy, type ILookaheadStrategy, type IOrAlt, type IToken } from "chevrotain";
import { describe, expect, it } from "vitest";
import { CompileError, Diagnostics } from "../../compiler/diagnostics.js";
import { libcIncludeDir } from "../../cli/driver.js";
import { LazyLookaheadStrategy } from "../../compiler/lazy-lookahead.js";
import { lookaheadTables, parse, parserWithTables } from "../../compiler/parser.js";
import { preprocess } from "../../compiler/preprocess.js";

const tables = lookaheadTables();
const tabled = parserWithTables(tables);

type Probe = { LA_FAST(n: number): IToken; LA(n: number): IToken };
const probe = (k: number): Probe => {
  const t = { tokenTypeIdx: k } as IToken;
  return { LA_FAST: () => t, LA: () => t };
};

/** A deterministic pseudo-random sequence (tests must not be flaky). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe("saved lookahead tables", () => {
  it("cover every decision of the grammar", () => {
    const n = tabled.lookahead.decisions.length;
    expect(n).toBeGreaterThan(50);
    expect(Object.keys(tables.alt).length + Object.keys(tables.gated).length + Object.keys(tables.opt).length).toBe(n);
  });

  it("answer every decision as chevrotain does", () => {
    const chevrotain: ILookaheadStrategy = new LLkLookaheadStrategy({ maxLookahead: 1 });
    const fromTables = new LazyLookaheadStrategy(1, tables);
    const random = rng(7);
    let gatedChecks = 0;
    for (const d of tabled.lookahead.decisions) {
      if (d.kind === "opt") {
        const want = chevrotain.buildLookaheadForOptional(d.options);
        const got = fromTables.buildLookaheadForOptional(d.options);
        for (let k = 0; k < tables.tokenTypes + 3; k++) expect(got.call(probe(k))).toBe(want.call(probe(k)));
        continue;
      }
      const want = chevrotain.buildLookaheadForAlternation(d.options) as (alts?: IOrAlt<unknown>[]) => number | undefined;
      const got = fromTables.buildLookaheadForAlternation(d.options);
      for (let k = 0; k < tables.tokenTypes + 3; k++) expect(got.call(probe(k), undefined)).toBe(want.call(probe(k), undefined));
      if (!d.options.hasPredicates) continue;
      // GATE outcomes: none, yes, no, and a non-boolean (which chevrotain counts as yes).
      const rows = tables.gated[`${d.options.rule.name}/OR${d.options.prodOccurrence}`];
      expect(rows).toBeDefined();
      const width = rows!.length;
      for (let trial = 0; trial < 60; trial++) {
        const kinds = Array.from({ length: width }, () => Math.floor(random() * 4));
        for (let k = 0; k < tables.tokenTypes + 1; k++) {
          const calls: [string, number][] = [];
          const alts = (who: string): IOrAlt<unknown>[] =>
            kinds.map((kind, i) => ({
              ALT: () => undefined,
              GATE: kind === 0 ? undefined : () => (calls.push([who, i]), kind === 1 ? true : kind === 2 ? false : (undefined as unknown as boolean)),
            }));
          const w = want.call(probe(k), alts("x"));
          const wantCalls = calls.splice(0).map(([, i]) => i);
          const g = got.call(probe(k), alts("x"));
          expect(g).toBe(w);
          expect(calls.map(([, i]) => i)).toEqual(wantCalls);
          gatedChecks++;
        }
      }
    }
    expect(gatedChecks).toBeGreaterThan(1000);
  });
});

function cFiles(dir: string): string[] {
  const out: string[] = [];
  for (const f of readdirSync(dir).sort()) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) out.push(...cFiles(p));
    else if (f.endsWith(".c") || f.endsWith(".h")) out.push(p);
  }
  return out;
}

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

describe("a parser using the saved tables", () => {
  it.each([
    ["after recording the grammar", tabled],
    ["without recording the grammar (as the bundle's)", parserWithTables(tables, true)],
  ])("parses the corpora exactly as the parser that builds its lookahead, %s", (_how, tabled) => {
    const files = [...cFiles(join(root, "errors")), ...cFiles(join(root, "programs")), ...cFiles(join(root, "..", "libc", "include"))];
    expect(files.length).toBeGreaterThan(150);
    const show = (v: unknown): string => JSON.stringify(v, (_k, x: unknown) => (typeof x === "bigint" ? `${x}n` : x));
    for (const f of files) {
      const text = readFileSync(f, "utf8");
      const d1 = new Diagnostics();
      const d2 = new Diagnostics();
      // raw files (not preprocessed) may reach the error limit: compare up to there
      const run = (f: () => unknown): string => {
        try {
          return show(f());
        } catch (e) {
          if (e instanceof CompileError) return "stopped";
          throw e;
        }
      };
      const a = run(() => parse(text, d1));
      const b = run(() => tabled.parse(text, d2));
      expect(b).toBe(a);
      expect(d2.format()).toBe(d1.format());
    }
  });
});

describe("a parser without a recorded grammar", () => {
  it("parses correct programs from the tables alone, and records the grammar for an error", () => {
    const p = parserWithTables(tables, true);
    const files = [...cFiles(join(root, "programs")), ...cFiles(join(root, "..", "examples"))].filter((f) => f.endsWith(".c"));
    expect(files.length).toBeGreaterThan(100);
    const readFile = (f: string): string | null => {
      try {
        return readFileSync(f, "utf8");
      } catch {
        return null;
      }
    };
    let parsed = 0;
    for (const f of files) {
      const d = new Diagnostics();
      const pp = preprocess(f, readFileSync(f, "utf8"), { includeDirs: [dirname(f)], systemIncludeDir: libcIncludeDir(), defines: new Map(), readFile }, d);
      if (d.errorCount > 0) continue; // the preprocessor's error tests
      p.parse(pp.text, d);
      if (d.errorCount === 0) parsed++;
    }
    expect(parsed).toBeGreaterThan(100);
    // what the deferred parser saves a start: chevrotain's grammar recording
    expect(p.recorded()).toBe(false);
    // a failed alternative is worded from the grammar: recorded then, same message
    const bad = "int f(void) { return (1 + ; }";
    const want = new Diagnostics();
    parse(bad, want);
    const got = new Diagnostics();
    p.parse(bad, got);
    expect(got.format()).toBe(want.format());
    expect(want.errorCount).toBe(1);
    expect(p.recorded()).toBe(true);
  });
});
