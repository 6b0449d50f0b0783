/**
 * @fileoverview The conformance corpus under test/programs, as cases: one per NAME.c, and
 * one per folder of test/programs/multifile (its .c files linked together). A case's
 * base path finds its NAME.out, NAME.exit and optional NAME.in (stdin) and NAME.args.
 * Shared by test/programs.test.ts (against gcc's output) and test/vm/jit.test.ts (the
 * interpreter against compiled code).
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

export const CORPUS_ROOT = join(dirname(fileURLToPath(import.meta.url)), "programs");

export interface CorpusCase {
  name: string;
  files: string[];
  base: string;
}

function collect(dir: string, out: CorpusCase[]): void {
  for (const e of readdirSync(dir).sort()) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) {
      if (relative(CORPUS_ROOT, dir) === "multifile") {
        const files = readdirSync(p).filter((f) => f.endsWith(".c")).sort().map((f) => join(p, f));
        out.push({ name: relative(CORPUS_ROOT, p), files, base: p });
      } else collect(p, out);
    } else if (e.endsWith(".c")) {
      out.push({ name: relative(CORPUS_ROOT, p).slice(0, -2), files: [p], base: p.slice(0, -2) });
    }
  }
}

/** Every case of the corpus, in a stable order. */
export function corpusCases(): CorpusCase[] {
  const out: CorpusCase[] = [];
  collect(CORPUS_ROOT, out);
  return out;
}

/** A case's standard input and program arguments (NAME.in, NAME.args), when it has them. */
export function corpusInput(c: CorpusCase): { stdin: Buffer | undefined; args: string[] } {
  const stdin = existsSync(c.base + ".in") ? readFileSync(c.base + ".in") : undefined;
  const args = existsSync(c.base + ".args") ? readFileSync(c.base + ".args", "utf8").trim().split(/\s+/).filter(Boolean) : [];
  return { stdin, args };
}
