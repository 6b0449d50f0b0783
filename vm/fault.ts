/**
 * @fileoverview Why a program stopped abnormally. A Fault is thrown by memory accesses and
 * instructions inside the machine and caught by the CPU loop, which turns it into an exit
 * reason with a report; it never reaches the user as a host exception.
 */

export type FaultKind =
  | "segv" // unmapped address or permission violation
  | "stack-overflow"
  | "bad-jump" // pc outside text or not on an instruction boundary
  | "illegal-instruction"
  | "div-by-zero" // SIGFPE
  | "step-limit"
  | "abort" // abort(), failed assert, heap corruption found by libc
  | "out-of-memory"; // the host could not do what was asked (e.g. memory size)

export type Access = "read" | "write" | "exec";

export class Fault extends Error {
  constructor(
    readonly kind: FaultKind,
    message: string,
    readonly addr: number = 0,
    readonly access: Access | null = null,
    readonly size: number = 0,
  ) {
    super(message);
  }
}

/** Exit status a shell shows for each way of stopping, as on Linux (128 + signal). */
export function faultExitStatus(kind: FaultKind): number {
  switch (kind) {
    case "segv":
    case "stack-overflow":
    case "bad-jump":
      return 139; // SIGSEGV
    case "illegal-instruction":
      return 132; // SIGILL
    case "div-by-zero":
      return 136; // SIGFPE
    case "abort":
      return 134; // SIGABRT
    case "step-limit":
      return 137; // like SIGKILL from a watchdog
    case "out-of-memory":
      return 1;
  }
}
