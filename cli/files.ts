/**
 * @fileoverview Reading the files a user names (sources, headers, objects, executables,
 * cores, traces, dumps). Every reader goes through here so that a directory, a device
 * that never ends (/dev/zero) or a file too big to hold as text ends in one clear message
 * instead of a host that grows until it dies. Pipes are read (`minic run <(gen)` works),
 * up to the same limit.
 */

import { closeSync, fstatSync, openSync, readFileSync, readSync } from "node:fs";

/** The largest input read: far above any real source, object, core or trace. */
export const MAX_INPUT_BYTES = 256 * 1024 * 1024;

/** Why a file could not be read, in the words that follow "FILE: ". */
export interface ReadProblem {
  problem: string;
}

const CHUNK = 1 << 16;

/** Reads a pipe or device to its end, or until it passes the limit (null then). */
function readStream(fd: number): Buffer | null {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const buf = Buffer.allocUnsafe(CHUNK);
    let n: number;
    try {
      n = readSync(fd, buf, 0, CHUNK, null);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "EAGAIN") continue;
      throw e;
    }
    if (n === 0) return Buffer.concat(chunks, total);
    total += n;
    if (total > MAX_INPUT_BYTES) return null;
    chunks.push(buf.subarray(0, n));
  }
}

/** The text of `path`, or why it cannot be had. */
export function readInputFile(path: string, encoding: BufferEncoding = "utf8"): string | ReadProblem {
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { problem: code === "ENOENT" || code === "ENOTDIR" ? "no such file or directory" : code === "EACCES" ? "permission denied" : "cannot read file" };
  }
  const tooLarge = { problem: `file too large (inputs are limited to ${MAX_INPUT_BYTES >> 20} MiB)` };
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) return { problem: "is a directory" };
    if (st.isFile()) return st.size > MAX_INPUT_BYTES ? tooLarge : readFileSync(fd, encoding);
    const bytes = readStream(fd);
    return bytes === null ? tooLarge : bytes.toString(encoding);
  } catch {
    return { problem: "cannot read file" };
  } finally {
    closeSync(fd);
  }
}

/** readInputFile for readers that only need to know whether there is text. */
export function readInputOrNull(path: string, encoding: BufferEncoding = "utf8"): string | null {
  const r = readInputFile(path, encoding);
  return typeof r === "string" ? r : null;
}
