/**
 * @fileoverview Start-up shortcuts for the `minic` command (docs/performance.md).
 *
 * yargs renders the complete help text after every command handler returns, only to keep
 * it in case a later failure wants to print it; with minic's many commands and options
 * that costs tens of milliseconds on every `minic run`, more than running hello.c. The
 * help is still rendered whenever it is actually shown.
 */

/** Turns off yargs' eager help caching on a yargs instance (internal API, checked). */
export function skipYargsHelpCache(y: unknown): void {
  const internal = (y as { getInternalMethods?: () => unknown }).getInternalMethods?.();
  const usage = (internal as { getUsageInstance?: () => unknown } | undefined)?.getUsageInstance?.();
  if (typeof usage === "object" && usage !== null && typeof (usage as { cacheHelpMessage?: unknown }).cacheHelpMessage === "function") {
    (usage as { cacheHelpMessage: () => void }).cacheHelpMessage = () => undefined;
  }
}
