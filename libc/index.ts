/**
 * @fileoverview The C library as an archive: its members (like the .o files in libc.a)
 * and a flat table of every native function by symbol name, for the linker and the VM.
 */

import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { LibcMember, NativeFn } from "./abi.js";
import { CTYPE_MEMBER } from "./ctype.js";
import { MALLOC_MEMBER } from "./malloc.js";
import { STDIO_MEMBER } from "./stdio.js";
import { STDLIB_MEMBER } from "./stdlib.js";
import { STRING_MEMBER } from "./string.js";
import { ERRNO_MEMBER, UNISTD_MEMBER } from "./unistd.js";

export { ALLOCATOR_SYMBOLS, walkHeap, walkHeapFromSymbols, readAllocatorState } from "./heap-walk.js";
export type { HeapBlock, HeapWalk } from "./heap-walk.js";
export { flushAllStreams } from "./stdio.js";

export const LIBC_MEMBERS: LibcMember[] = [
  MALLOC_MEMBER,
  STDIO_MEMBER,
  STRING_MEMBER,
  STDLIB_MEMBER,
  CTYPE_MEMBER,
  UNISTD_MEMBER,
  ERRNO_MEMBER,
];

/** Every function of every member by symbol name (names are unique across members). */
export function libcNatives(): Record<string, NativeFn> {
  const out: Record<string, NativeFn> = {};
  for (const m of LIBC_MEMBERS) {
    for (const [name, fn] of Object.entries(m.functions)) {
      if (name in out) throw new Error(`internal error: libc function ${name} defined twice`);
      out[name] = fn;
    }
  }
  return out;
}

/**
 * The directory holding minic's standard headers (stdio.h, stdlib.h, ...): libc/include
 * next to this file when run from source, or in the source tree when run from dist/.
 */
export function libcIncludeDir(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const candidates = [path.join(here, "include"), path.join(here, "..", "..", "libc", "include")];
  return candidates.find((d) => fs.existsSync(path.join(d, "stdio.h"))) ?? candidates[0]!;
}
