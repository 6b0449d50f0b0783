/**
 * @fileoverview The machine: a loaded program (memory, registers, pre-decoded text), the
 * run loop's host services (stack slow paths, natives, traps, step budget) and the
 * NativeContext that libc functions see. `run()` never lets the program's behaviour
 * escape as a host exception: faults and exits become an ExitInfo with a report.
 */

import type { CallSite, HeapEvent, HostIO, MemoryAccess, NativeContext, NativeFn } from "../libc/abi.js";
import type { Executable } from "../linker/object.js";
import { execute, predecode, type Code, type CpuHost } from "./cpu.js";
import { Fault, faultExitStatus, type Access, type FaultKind } from "./fault.js";
import { INSN_SIZE, R_FP, R_SP, type Trap } from "./isa.js";
import { DEFAULT_MEMORY, DEFAULT_STACK } from "./layout.js";
import { LoadError, loadImage } from "./loader.js";
import { hex32, type Memory } from "./memory.js";
import { callSiteOf, faultReport, siteAt, type CallbackRecord, type StackState } from "./report.js";
import { ExitSignal, systemCall, type TrapHost } from "./traps.js";

export { LoadError } from "./loader.js";

export interface MachineOptions {
  /** Bytes of memory (multiple of 4096); default 16 MiB. */
  memory?: number;
  /** Bytes of stack; default 1 MiB. */
  stack?: number;
  /** argv[0] names the program in messages. */
  argv?: string[];
  /** 0 = unlimited. */
  maxSteps?: number;
  io?: HostIO;
  natives?: Record<string, NativeFn>;
  /**
   * Keep the allocator event log (default true). `minic run` without a dump, core or
   * report turns it off: a malloc-heavy program logs tens of millions of events.
   */
  recordEvents?: boolean;
}

export interface ExitInfo {
  status: number;
  reason: "exit" | "fault";
  fault: null | { kind: FaultKind; message: string; pc: number; addr: number; access: Access | null; size: number };
  /** Text for stderr, "" on normal exit. */
  report: string;
  steps: number;
}

/** Steps per chunk when unlimited: large, so the refill check is rare. */
const CHUNK = 1 << 30;

const nullIO: HostIO = {
  write: (_fd, bytes) => bytes.length,
  read: () => new Uint8Array(0),
};

export class Machine implements CpuHost, TrapHost {
  readonly exe: Executable;
  readonly mem: Memory;
  readonly code: Code;
  readonly regs = new Int32Array(16);
  readonly events: HeapEvent[] = [];
  readonly io: HostIO;
  readonly maxSteps: number;
  readonly argv: string[];
  /** Byte address of text instruction 0. */
  readonly textBase: number;

  pcIndex: number;
  faultIndex = -1;
  /**
   * Starts as a non-integer so that V8 lays the field out as a double from the first
   * store (the constructor sets 0): a field laid out for small integers changes layout
   * when the count passes 2^31, and that throws away every compiled region's optimized
   * code in the middle of a long run (matmul: 2.4 s or 4.2 s depending on where it hit).
   */
  steps = 0.5;
  sentinel = NaN; // NaN equals nothing: at top level no RET ends the loop
  /** Active callFunction calls, innermost last (for the stack walker). */
  readonly callbacks: CallbackRecord[] = [];
  /** Instruction index of the NATIVE being run, -1 outside natives. */
  nativeIndex = -1;
  /** Set once run() has finished. */
  result: ExitInfo | null = null;
  /** Call sites for natives are resolved on first use (no event log wants them at once). */
  lazySites = false;

  private readonly nativeFns: NativeFn[];
  private readonly ctx: NativeContext;
  private symbolMap: Map<string, number> | null = null;
  private readonly savedRegs: Int32Array[] = [];

  /** Throws LoadError when the executable cannot run with these options. */
  constructor(exe: Executable, opts: MachineOptions = {}) {
    this.steps = 0; // a double field from here on (see `steps`)
    this.exe = exe;
    this.argv = opts.argv && opts.argv.length > 0 ? opts.argv : ["a.out"];
    this.maxSteps = opts.maxSteps ?? 0;
    if (!Number.isInteger(this.maxSteps) || this.maxSteps < 0) throw new LoadError(`${this.argv[0]}: invalid step limit ${this.maxSteps}`);
    this.io = opts.io ?? nullIO;
    if (opts.recordEvents === false) {
      // Nobody will read the log: drop events (libc and the brk trap both push here).
      Object.defineProperty(this.events, "push", { value: () => 0 });
      this.lazySites = true;
    }
    const img = loadImage(
      exe,
      { memory: opts.memory ?? DEFAULT_MEMORY, stack: opts.stack ?? DEFAULT_STACK, argv: this.argv, natives: opts.natives ?? {} },
      this.argv[0]!,
    );
    this.mem = img.mem;
    this.nativeFns = img.nativeFns;
    this.textBase = img.text.start;
    this.code = predecode(img.text.bytes, img.text.start, img.nativeFns.length);
    this.regs[R_SP] = img.sp;
    this.pcIndex = (exe.entry - img.text.start) / INSN_SIZE;
    this.ctx = new Context(this);
  }

  /** Byte address of the current (or faulting, after a fault) instruction. */
  get pc(): number {
    return this.textBase + this.pcIndex * INSN_SIZE;
  }

  get stackLimit(): number {
    return this.mem.stackLimit;
  }

  /** Runs to completion (once; later calls return the same result). */
  run(): ExitInfo {
    if (this.result) return this.result;
    this.faultIndex = -1;
    let info: ExitInfo;
    try {
      execute(this);
      throw new Error("internal error: the run loop returned at top level");
    } catch (e) {
      if (e instanceof ExitSignal) info = { status: e.status, reason: "exit", fault: null, report: "", steps: this.steps };
      else if (e instanceof Fault) info = this.faultInfo(e);
      else throw e;
    }
    this.result = info;
    return info;
  }

  private faultInfo(f: Fault): ExitInfo {
    if (this.faultIndex >= 0) this.pcIndex = this.faultIndex;
    const pc = this.pc;
    const report = faultReport(this.stackState(), f, this.steps);
    return {
      status: faultExitStatus(f.kind),
      reason: "fault",
      fault: { kind: f.kind, message: f.message, pc, addr: f.addr, access: f.access, size: f.size },
      report,
      steps: this.steps,
    };
  }

  /** The state the stack walker needs (for reports and dumps). */
  stackState(): StackState {
    return { exe: this.exe, mem: this.mem, pc: this.pc, sp: this.regs[R_SP]!, fp: this.regs[R_FP]!, callbacks: this.callbacks };
  }

  // -------------------------------------------------------------------------------------
  // CpuHost: services for the run loop's slow paths
  // -------------------------------------------------------------------------------------

  refill(): number {
    if (this.maxSteps === 0) return CHUNK;
    const rem = this.maxSteps - this.steps;
    if (rem <= 0) throw new Fault("step-limit", `${this.steps} instructions executed`);
    return Math.min(rem, CHUNK);
  }

  clamp(left: number): number {
    if (this.maxSteps === 0) return left;
    return Math.max(0, Math.min(left, this.maxSteps - this.steps));
  }

  private inStack(sp: number): boolean {
    return sp >= this.mem.stackLimit && sp <= this.mem.size;
  }

  private overflow(nsp: number): Fault {
    return new Fault(
      "stack-overflow",
      `stack pointer ${hex32(nsp)} passed the stack limit ${hex32(this.mem.stackLimit)}`,
      nsp >>> 0,
      "write",
      4,
    );
  }

  push(v: number): void {
    const sp = this.regs[R_SP]!;
    const nsp = (sp - 4) | 0;
    if (this.inStack(sp) && nsp < this.mem.stackLimit) throw this.overflow(nsp);
    this.mem.store32(nsp, v);
    this.regs[R_SP] = nsp;
  }

  enter(size: number): void {
    const sp = this.regs[R_SP]!;
    const nsp = sp - 4 - size;
    if (this.inStack(sp) && Math.min(sp - 4, nsp) < this.mem.stackLimit) throw this.overflow(Math.min(sp - 4, nsp));
    this.mem.store32(sp - 4, this.regs[R_FP]!);
    this.regs[R_FP] = sp - 4;
    this.regs[R_SP] = nsp;
  }

  native(n: number, at: number): number | undefined {
    const saved = this.nativeIndex;
    this.nativeIndex = at;
    const r = this.nativeFns[n]!(this.ctx);
    this.nativeIndex = saved;
    return typeof r === "number" ? r | 0 : undefined;
  }

  trap(n: number, at: number): number {
    this.pcIndex = at;
    return systemCall(this, n, this.regs[0]!, this.regs[1]!, this.regs[2]!, false);
  }

  trapSite(fromNative: boolean): CallSite {
    if (fromNative && this.nativeIndex >= 0) return this.ctx.callSite();
    return siteAt(this.exe, this.pc);
  }

  badJump(_from: number, target: number): never {
    throw new Fault("bad-jump", `pc ${hex32(target)} is not an instruction in text`, target >>> 0, "exec", INSN_SIZE);
  }

  // -------------------------------------------------------------------------------------
  // Services for natives
  // -------------------------------------------------------------------------------------

  symbol(name: string): number | undefined {
    if (!this.symbolMap) {
      this.symbolMap = new Map();
      // Globals win over locals of the same name.
      for (const s of this.exe.symbols) if (s.binding === "local" && !this.symbolMap.has(s.name)) this.symbolMap.set(s.name, s.addr);
      for (const s of this.exe.symbols) if (s.binding === "global") this.symbolMap.set(s.name, s.addr);
    }
    return this.symbolMap.get(name);
  }

  /**
   * Calls the program's function at `addr` with cdecl arguments and returns its r0. The
   * return address pushed is a sentinel inside the calling native (NATIVE address + 4,
   * never an instruction boundary), so stack dumps show a plausible caller and RET to it
   * ends the nested loop. Registers are restored afterwards (the native preserves them).
   */
  callFunction(addr: number, args: number[]): number {
    const regs = this.regs;
    const t = addr | 0;
    const off = t - this.textBase;
    if (off < 0 || off >= this.code.count * INSN_SIZE || off % INSN_SIZE !== 0) this.badJump(this.nativeIndex, t);
    // One saved register set per nesting depth, reused (a typed-array copy per call is
    // what a qsort comparator's call cost most).
    const saved = (this.savedRegs[this.callbacks.length] ??= new Int32Array(regs.length));
    saved.set(regs);
    const savedPc = this.pcIndex;
    const savedSentinel = this.sentinel;
    for (let i = args.length - 1; i >= 0; i--) this.push(args[i]! | 0);
    const sentinel = (this.textBase + this.nativeIndex * INSN_SIZE + 4) | 0;
    this.push(sentinel);
    this.sentinel = sentinel;
    this.callbacks.push({ sentinel, nativeSp: saved[R_SP]! });
    this.pcIndex = off / INSN_SIZE;
    // On a fault nothing is restored: the report and dumps want the innermost state.
    execute(this);
    this.callbacks.pop();
    this.sentinel = savedSentinel;
    this.pcIndex = savedPc;
    const r = regs[0]!;
    regs.set(saved);
    return r;
  }
}

/** The one NativeContext of a machine, reused for every native call. */
class Context implements NativeContext {
  readonly mem: MemoryAccess;
  readonly logsEvents: boolean;
  constructor(private readonly m: Machine) {
    this.mem = m.mem;
    this.logsEvents = !m.lazySites;
  }
  arg(i: number): number {
    return this.m.mem.load32((this.m.regs[R_SP]! + 4 + 4 * i) | 0);
  }
  argAddr(i: number): number {
    return (this.m.regs[R_SP]! + 4 + 4 * i) | 0;
  }
  trap(n: Trap, a0: number, a1: number, a2: number): number {
    return systemCall(this.m, n, a0 | 0, a1 | 0, a2 | 0, true);
  }
  setHigh(v: number): void {
    this.m.regs[1] = v;
  }
  symbol(name: string): number | undefined {
    return this.m.symbol(name);
  }
  callSite(): CallSite {
    const ra = this.m.mem.load32(this.m.regs[R_SP]!);
    return this.m.lazySites ? lazyCallSite(this.m.exe, ra >>> 0) : callSiteOf(this.m.exe, ra >>> 0);
  }
  event(e: HeapEvent): void {
    this.m.events.push(e);
  }
  callFunction(addr: number, args: number[]): number {
    return this.m.callFunction(addr, args);
  }
  abort(message: string): never {
    throw new Fault("abort", message);
  }
}

/**
 * A CallSite whose function, file and line are looked up when first read: an allocator
 * call asks for its site for the event log on every call, and without a log nobody reads
 * it. The values are exactly callSiteOf's (the executable never changes); JSON gets them
 * through toJSON.
 */
class LazyCallSite implements CallSite {
  private site: CallSite | null = null;
  constructor(
    private readonly exe: Executable,
    readonly pc: number,
  ) {}
  private resolve(): CallSite {
    return (this.site ??= callSiteOf(this.exe, this.pc));
  }
  get function(): string | null {
    return this.resolve().function;
  }
  get file(): string | null {
    return this.resolve().file;
  }
  get line(): number | null {
    return this.resolve().line;
  }
  toJSON(): CallSite {
    return { ...this.resolve() };
  }
}

function lazyCallSite(exe: Executable, ra: number): CallSite {
  return new LazyCallSite(exe, ra);
}
