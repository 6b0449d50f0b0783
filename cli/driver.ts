/**
 * @fileoverview The pipeline as a library: compile, link, load and run, used by the CLI and
 * by the tests. (Stub signatures; filled in as the stages land.)
 */

export interface RunOptions {
  /** Bytes given to the program's stdin. */
  stdin?: Uint8Array | string;
  /** argv[1..] of the program. */
  args?: string[];
  includeDirs?: string[];
  defines?: Record<string, string>;
  memory?: number;
  stack?: number;
  maxSteps?: number;
}

export interface RunResult {
  stdout: string;
  /** Compiler/linker diagnostics and fault reports. */
  stderr: string;
  /** Exit status as a shell sees it (0..255; 139 for a segfault, 1 for a compile error). */
  status: number;
}
