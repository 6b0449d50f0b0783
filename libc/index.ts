/**
 * @fileoverview The C library as an archive: its members (like the .o files in libc.a)
 * and a flat table of every native function by symbol name, for the linker and the VM.
 */

import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { LibcMember, MemoryAccess, NativeFn } from "./abi.js";
import { CTYPE_MEMBER } from "./ctype.js";
import { DEFAULT_POLICY, type AllocPolicy } from "./alloc/common.js";
import { CALLOC_MEMBER, mallocMember, withHeapCheck } from "./malloc.js";
import { GETS_MEMBER, STDIO_MEMBER } from "./stdio.js";
import { STDLIB_MEMBER } from "./stdlib.js";
import { STRERROR_MEMBER, STRING_MEMBER } from "./string.js";
import { ERRNO_MEMBER, UNISTD_MEMBER } from "./unistd.js";

export { ALLOCATOR_SYMBOLS, walkHeap, walkHeapFromSymbols, readAllocatorState } from "./heap-walk.js";
export type { HeapBlock, HeapWalk } from "./heap-walk.js";
export { ALLOC_POLICIES, DEFAULT_POLICY, isAllocPolicy, type AllocPolicy } from "./alloc/common.js";
export { flushAllStreams } from "./stdio.js";

/** The archive's members with the malloc.o of an allocator policy (docs/allocators.md). */
export function libcMembers(policy: AllocPolicy = DEFAULT_POLICY): LibcMember[] {
  return [mallocMember(policy), CALLOC_MEMBER, STDIO_MEMBER, STRING_MEMBER, STRERROR_MEMBER, STDLIB_MEMBER, CTYPE_MEMBER, UNISTD_MEMBER, ERRNO_MEMBER, GETS_MEMBER];
}

export const LIBC_MEMBERS: LibcMember[] = libcMembers(DEFAULT_POLICY);

export interface NativeOptions {
  /** Walk and check the whole heap before and after every allocator call (--heap-check). */
  heapCheck?: boolean;
}

/**
 * Every function of every member by symbol name (names are unique across members). The
 * allocator natives serve every policy: they read the policy from malloc.o's data word.
 */
export function libcNatives(opts: NativeOptions = {}): Record<string, NativeFn> {
  const out: Record<string, NativeFn> = {};
  for (const m of LIBC_MEMBERS) {
    for (const [name, fn] of Object.entries(m.functions)) {
      if (name in out) throw new Error(`internal error: libc function ${name} defined twice`);
      out[name] = fn;
    }
  }
  return opts.heapCheck ? withHeapCheck(out) : out;
}

/**
 * What a C runtime's start-up code does before main, for the parts of libc that need it:
 * `__progname` (stdlib.o, used by assert's message) = the basename of argv[0], as glibc
 * sets it. `sp` is the initial stack pointer (argc, argv, argv[0] ...).
 */
export function initLibcState(mem: MemoryAccess, sp: number, symbol: (name: string) => number | undefined): void {
  const at = symbol("__progname");
  if (at === undefined) return;
  const argv0 = mem.load32(sp + 8) >>> 0;
  if (argv0 === 0) return;
  const name = mem.readCString(argv0);
  mem.store32(at, argv0 + name.lastIndexOf(0x2f) + 1);
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
