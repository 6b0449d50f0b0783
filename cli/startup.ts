/**
 * @fileoverview Start-up shortcuts for the `minic` command (docs/performance.md).
 *
 * yargs renders the complete help text after every command handler returns, only to keep
 * it in case a later failure wants to print it; with minic's many commands and options
 * that costs tens of milliseconds on every `minic run`, more than running hello.c. The
 * help is still rendered whenever it is actually shown.
 */

import { createRequire } from "node:module";

/**
 * Raises V8's cumulative inlining budget. The allocator (libc/alloc) is many small methods
 * per call, and with V8's default budget they stay separate calls (bintrees: 30% less CPU
 * with it, the compute-bound programs unchanged). V8 reads the budget at each optimization,
 * so raising it once a program turns out to run long (its first compiled region) is in time,
 * and a short run does not load node's v8 module (4-5 ms).
 */
export function raiseInliningBudget(): void {
  const v8 = createRequire(import.meta.url)("node:v8") as typeof import("node:v8");
  v8.setFlagsFromString("--max-inlined-bytecode-size-cumulative=2000");
}

/** Turns off yargs' eager help caching on a yargs instance (internal API, checked). */
export function skipYargsHelpCache(y: unknown): void {
  const internal = (y as { getInternalMethods?: () => unknown }).getInternalMethods?.();
  const usage = (internal as { getUsageInstance?: () => unknown } | undefined)?.getUsageInstance?.();
  if (typeof usage === "object" && usage !== null && typeof (usage as { cacheHelpMessage?: unknown }).cacheHelpMessage === "function") {
    (usage as { cacheHelpMessage: () => void }).cacheHelpMessage = () => undefined;
  }
}
