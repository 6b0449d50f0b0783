/**
 * @fileoverview Parse, check and code generation of one preprocessed translation unit,
 * function by function: each external declaration is checked as soon as the parser has
 * it, and each function definition is generated right after, so its tree dies young.
 *
 * Why: a 100k-line file is over a million tokens; keeping the whole tree alive until code
 * generation ends made garbage collection about 30% of `cc -c` (docs/performance.md).
 *
 * The diagnostics are exactly those of the stage-by-stage pipeline (parse everything;
 * if clean, check everything; if clean, generate everything): the checker and the code
 * generator write into buffers of their own, which are kept only when every earlier
 * stage was clean, and appended in stage order.
 */

import type { ObjectModule } from "../linker/object.js";
import { Checker } from "./check.js";
import { UnitGen } from "./codegen.js";
import { CompileError, Diagnostics } from "./diagnostics.js";
import { parse } from "./parser.js";
import type { SourceMap } from "./source.js";
import type { CheckedUnit } from "./symbols.js";

/** A stage's own diagnostics; `stopped` once it hit the error limit. */
class Stage {
  readonly diags = new Diagnostics();
  stopped = false;
  constructor(map: SourceMap) {
    this.diags.map = map;
  }
  /** Runs `f`, turning the error limit's CompileError into `stopped`. */
  run<T>(f: () => T): T | null {
    try {
      return f();
    } catch (e) {
      if (!(e instanceof CompileError)) throw e;
      this.stopped = true;
      return null;
    }
  }
  /** Appends this stage's diagnostics to `diags` and says whether they hold errors. */
  flushInto(diags: Diagnostics): boolean {
    for (const d of this.diags.list) diags.list.push(d);
    diags.errorCount += this.diags.errorCount;
    return this.diags.hasErrors();
  }
}

/**
 * Compiles preprocessed text into an object module; null when any stage reported an
 * error (all in `diags`). Throws CompileError when the parser reaches the error limit.
 */
export function compileUnit(text: string, name: string, diags: Diagnostics, map: SourceMap): ObjectModule | null {
  const check = new Stage(map);
  const gen = new Stage(map);
  const checker = new Checker(check.diags);
  // About 1.7 bytes of code per byte of source in the big benchmark unit; declarations
  // without code (headers) make the guess generous, which costs nothing (asm.ts).
  const unitGen = new UnitGen(name, gen.diags, map, 2 * text.length);
  parse(text, diags, (item) => {
    if (check.stopped) return;
    const f = check.run(() => checker.checkExternal(item));
    // Code is only wanted while everything so far is clean.
    if (f === null || gen.stopped || check.diags.hasErrors()) return;
    gen.run(() => unitGen.fn(f));
  });
  if (diags.hasErrors()) return null;
  let unit: CheckedUnit | null = null;
  if (!check.stopped) unit = check.run(() => checker.finishUnit());
  if (check.flushInto(diags) || unit === null) return null;
  const obj = gen.stopped ? null : gen.run(() => unitGen.finish(unit.globals));
  if (gen.flushInto(diags) || obj === null) return null;
  return obj;
}
