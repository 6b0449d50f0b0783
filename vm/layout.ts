/**
 * @fileoverview The default address-space layout (ILP32, one flat ArrayBuffer):
 *
 *   0x00000000 +------------------+
 *              | unmapped         |  NULL page and below-text guard: any access faults
 *   0x00010000 +------------------+  TEXT_BASE
 *              | text      r-x    |  code, 8 bytes per instruction
 *              +------------------+  (page aligned)
 *              | rodata    r--    |  string literals, const globals
 *              +------------------+  (page aligned)
 *              | data      rw-    |  initialised globals
 *              | bss       rw-    |  zero-initialised globals
 *              +------------------+  heap start = page-aligned end of bss = initial break
 *              | heap      rw-    |  grows up through the brk trap
 *              +- - - - - - - - - +  program break (pages up to it are mapped)
 *              | unmapped gap     |
 *              +------------------+  stack limit - PAGE: guard page
 *              | stack     rw-    |  grows down
 *   memSize    +------------------+  initial sp (argv strings at the very top)
 */

export const PAGE_SIZE = 4096;
export const PAGE_SHIFT = 12;
export const TEXT_BASE = 0x00010000;
export const DEFAULT_MEMORY = 16 * 1024 * 1024;
export const DEFAULT_STACK = 1024 * 1024;
export const MIN_MEMORY = 256 * 1024;
export const MAX_MEMORY = 1024 * 1024 * 1024;

export function pageAlign(n: number): number {
  return (n + PAGE_SIZE - 1) & ~(PAGE_SIZE - 1);
}

/** Parses "16M", "64MiB", "512K", "1048576" into bytes; null if malformed. */
export function parseSize(s: string): number | null {
  const m = /^(\d+)\s*(k|kb|kib|m|mb|mib|g|gb|gib)?$/i.exec(s.trim());
  if (!m) return null;
  const unit = (m[2] ?? "").toLowerCase()[0];
  const mul = unit === "k" ? 1024 : unit === "m" ? 1024 * 1024 : unit === "g" ? 1024 * 1024 * 1024 : 1;
  return Number(m[1]) * mul;
}
