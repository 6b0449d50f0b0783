/**
 * @fileoverview The interpreter: text pre-decoding and the hot loop.
 *
 * Text is decoded once at load into flat typed arrays indexed by instruction number, with
 * PC-relative targets already turned into absolute indices, so the loop does no decoding
 * and no address arithmetic for control flow. pc is an index into the decoded words
 * inside the loop; only CALL/RET/CALLR convert to and from real byte addresses (the stack
 * holds true return addresses so that dumps show what a real machine would).
 *
 * Invalid encodings decode to internal opcodes that fault only when executed:
 * - a branch/call whose target is not an instruction of text points at an extra "bad
 *   target" slot appended after the text (one per such branch, remembering the source and
 *   the target), so a conditional branch costs nothing unless it is taken;
 * - slot `count` (just past the last instruction) catches running off the end of text;
 * - unknown opcodes, bad register fields and bad native numbers become OP_ILLEGAL.
 *
 * The loop allocates nothing: one `switch`, registers in an Int32Array, aligned word
 * accesses inlined against the page table, everything else through Memory's checked path.
 * Steps are counted with a down-counter refilled per chunk, so --max-steps is exact.
 *
 * Hot code leaves this loop for the second tier (vm/jit.ts): after every control transfer
 * the target's countdown is decremented, and at zero the target's region is compiled to
 * JavaScript (or its compiled code entered). Compiled code shares the step budget through
 * the JIT's cells and hands back an instruction to interpret whenever it must (budget,
 * odd instructions), so the interpreter remains the reference for every corner case.
 */

import { Fault } from "./fault.js";
import { INSN_SIZE, OPS, Op, isPcRelative, type Format } from "./isa.js";
import type { Memory } from "./memory.js";
import { hex32 } from "./memory.js";
import { exec64 } from "./int64.js";
import { ExitSignal } from "./traps.js";
import { compileAt, jitFor, jitRun } from "./jit.js";

/** Internal opcodes (never in files). */
export const OP_BAD_TARGET = 250; // a = source instruction index, imm = target address
export const OP_END = 251; // ran off the end of text; a = last instruction index
export const OP_ILLEGAL = 252; // imm = the raw opcode byte

/**
 * Pre-decoded text: two int32 words per instruction (`count + 1 + badTargets` of them):
 *   w[2i]     = op | a << 8 | b << 12 | c << 16   (registers validated to 0..15)
 *   w[2i + 1] = imm, or for branches and calls the target's word index (2 * its instruction index)
 * For OP_BAD_TARGET / OP_END the source instruction index sits in bits 8.. of the first word.
 * One array keeps an instruction in one cache line and costs one bounds check per word.
 */
export interface Code {
  /** Byte address of instruction 0. */
  base: number;
  /** Number of real instructions. */
  count: number;
  w: Int32Array;
}

function usesRegs(f: Format): number {
  switch (f) {
    case "none":
    case "jump":
    case "imm":
      return 0;
    case "r":
    case "ri":
    case "br1":
      return 1;
    case "rr":
    case "rri":
    case "load":
    case "store":
    case "copy":
    case "br2":
      return 2;
    case "rrr":
      return 3;
  }
}

/** Decodes `bytes` (text at byte address `base`); NATIVE imm must be < nativeCount. */
export function predecode(bytes: Uint8Array, base: number, nativeCount: number): Code {
  const count = Math.floor(bytes.length / INSN_SIZE);
  let bad = 0;
  // First pass: count the branches that need a bad-target slot.
  const targets = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const at = i * INSN_SIZE;
    const op = bytes[at]!;
    if (op < OPS.length && OPS[op] !== undefined && isPcRelative(op)) {
      const imm = (bytes[at + 4]! | (bytes[at + 5]! << 8) | (bytes[at + 6]! << 16) | (bytes[at + 7]! << 24)) | 0;
      const off = (i + 1) * INSN_SIZE + imm;
      targets[i] = off;
      if (off < 0 || off >= count * INSN_SIZE || off % INSN_SIZE !== 0) bad++;
    }
  }
  const n = count + 1 + bad;
  const w = new Int32Array(2 * n);
  const code: Code = { base, count, w };
  let slot = count + 1;
  for (let i = 0; i < count; i++) {
    const at = i * INSN_SIZE;
    const op = bytes[at]!;
    const a = bytes[at + 1]!;
    const b = bytes[at + 2]!;
    const c = bytes[at + 3]!;
    const imm = (bytes[at + 4]! | (bytes[at + 5]! << 8) | (bytes[at + 6]! << 16) | (bytes[at + 7]! << 24)) | 0;
    const info = op < OPS.length ? OPS[op] : undefined;
    const nregs = info ? usesRegs(info.format) : 0;
    const regsOk = (nregs < 1 || a < 16) && (nregs < 2 || b < 16) && (nregs < 3 || c < 16);
    // A jump table must lie inside text (its default path may be the end-of-text slot).
    const badTable = op === Op.JTAB && (imm < 0 || i + 1 + imm > count);
    if (!info || !regsOk || badTable || (op === Op.NATIVE && (imm < 0 || imm >= nativeCount))) {
      w[2 * i] = OP_ILLEGAL;
      w[2 * i + 1] = op;
      continue;
    }
    w[2 * i] = op | ((nregs >= 1 ? a : 0) << 8) | ((nregs >= 2 ? b : 0) << 12) | ((nregs >= 3 ? c : 0) << 16);
    if (isPcRelative(op)) {
      const off = targets[i]!;
      if (off < 0 || off >= count * INSN_SIZE || off % INSN_SIZE !== 0) {
        w[2 * slot] = OP_BAD_TARGET | (i << 8);
        w[2 * slot + 1] = (base + off) | 0;
        w[2 * i + 1] = 2 * slot++;
      } else w[2 * i + 1] = off / 4; // word index of the target
    } else w[2 * i + 1] = imm;
  }
  w[2 * count] = OP_END | ((count - 1) << 8);
  w[2 * count + 1] = (base + count * INSN_SIZE) | 0;
  return code;
}

/** What the loop needs from the machine (implemented by Machine). */
export interface CpuHost {
  readonly regs: Int32Array;
  readonly mem: Memory;
  readonly code: Code;
  /** Instruction index where execution resumes / stopped. */
  pcIndex: number;
  /** Index of the faulting instruction, -1 until the innermost loop records it. */
  faultIndex: number;
  /** Instructions executed so far (flushed from the loop's counter at sync points). */
  steps: number;
  /** Return address that ends the current callFunction (never a valid instruction address). */
  sentinel: number;
  /** Budget for the next chunk of steps; throws Fault("step-limit") when none is left. */
  refill(): number;
  /** Caps a running budget after a native (which may have run nested code). */
  clamp(left: number): number;
  /** Pushes with stack-overflow detection (slow path). */
  push(v: number): void;
  /** ENTER's slow path. */
  enter(size: number): void;
  /** Runs native number `n` called from instruction `at`; returns r0 or undefined. */
  native(n: number, at: number): number | undefined;
  /** TRAP: returns r0. */
  trap(n: number, at: number): number;
  /** Throws the bad-jump fault for a jump from instruction `from` to byte address `target`. */
  badJump(from: number, target: number): never;
}

/**
 * Runs from host.pcIndex until HALT/exit (thrown as signals by the host) or until a RET to
 * host.sentinel (the end of a callFunction), which returns normally.
 */
export function execute(host: CpuHost): void {
  const regs = host.regs;
  const mem = host.mem;
  const perm = mem.perm;
  const i32 = mem.i32;
  const i16 = mem.i16;
  const u16 = mem.u16;
  const i8 = mem.i8;
  const u8 = mem.u8;
  const code = host.code;
  const W = code.w;
  const base = code.base;
  const textBytes = code.count * INSN_SIZE;
  const stackLimit = mem.stackLimit;
  const memSize = mem.size;

  // The second tier (vm/jit.ts): H counts control transfers down per target instruction;
  // at zero the target's region is compiled (or its compiled code entered).
  const J = jitFor(host);
  const H = J === null ? null : J.hot;
  const B = J === null ? null : J.B;
  const depth = B === null ? 0 : B[2]!;
  const CT = J === null ? null : J.callrTarget;
  let inJit = false;

  // pc and cur are word indices into W (2 per instruction) to save shifts.
  let pc = host.pcIndex << 1;
  let cur = pc;
  let chunk = 0;
  let left = 0;
  try {
    left = chunk = host.refill();
    for (;;) {
      // After a control transfer (and on entry), maybe run compiled code from here. A
      // region returning here (budget or odd instruction) runs at least one step below.
      if (pc !== cur + 2 && H !== null && H[pc >> 1]!-- <= 0) {
        const idx = pc >> 1;
        if (J!.fns[idx] !== undefined || compileAt(J!, idx) !== undefined) {
          H[idx] = 0;
          B![0] = left;
          B![1] = chunk;
          inJit = true;
          const r = jitRun(J!, idx);
          inJit = false;
          left = B![0]!;
          chunk = B![1]!;
          if (r === -1) {
            host.steps += chunk - left;
            return;
          }
          pc = r << 1;
        }
      }
      cur = pc;
      if (--left < 0) {
        host.steps += chunk;
        chunk = left = 0;
        left = chunk = host.refill();
        left--;
      }
      pc = cur + 2;
      const w = W[cur]!;
      switch (w & 0xff) {
        case Op.NOP:
          break;
        case Op.LI:
          regs[(w >> 8) & 15] = W[cur + 1]!;
          break;
        case Op.MOV:
          regs[(w >> 8) & 15] = regs[(w >> 12) & 15]!;
          break;
        case Op.ADD:
          regs[(w >> 8) & 15] = (regs[(w >> 12) & 15]! + regs[(w >> 16) & 15]!) | 0;
          break;
        case Op.SUB:
          regs[(w >> 8) & 15] = (regs[(w >> 12) & 15]! - regs[(w >> 16) & 15]!) | 0;
          break;
        case Op.MUL:
          regs[(w >> 8) & 15] = Math.imul(regs[(w >> 12) & 15]!, regs[(w >> 16) & 15]!);
          break;
        case Op.DIV: {
          const x = regs[(w >> 12) & 15]!;
          const y = regs[(w >> 16) & 15]!;
          if (y === 0 || (y === -1 && x === -2147483648)) throw divFault(y);
          regs[(w >> 8) & 15] = (x / y) | 0;
          break;
        }
        case Op.DIVU: {
          const y = regs[(w >> 16) & 15]! >>> 0;
          if (y === 0) throw divFault(0);
          regs[(w >> 8) & 15] = ((regs[(w >> 12) & 15]! >>> 0) / y) | 0;
          break;
        }
        case Op.REM: {
          const x = regs[(w >> 12) & 15]!;
          const y = regs[(w >> 16) & 15]!;
          if (y === 0 || (y === -1 && x === -2147483648)) throw divFault(y);
          regs[(w >> 8) & 15] = x % y | 0;
          break;
        }
        case Op.REMU: {
          const y = regs[(w >> 16) & 15]! >>> 0;
          if (y === 0) throw divFault(0);
          regs[(w >> 8) & 15] = (regs[(w >> 12) & 15]! >>> 0) % y | 0;
          break;
        }
        case Op.AND:
          regs[(w >> 8) & 15] = regs[(w >> 12) & 15]! & regs[(w >> 16) & 15]!;
          break;
        case Op.OR:
          regs[(w >> 8) & 15] = regs[(w >> 12) & 15]! | regs[(w >> 16) & 15]!;
          break;
        case Op.XOR:
          regs[(w >> 8) & 15] = regs[(w >> 12) & 15]! ^ regs[(w >> 16) & 15]!;
          break;
        case Op.SHL:
          regs[(w >> 8) & 15] = regs[(w >> 12) & 15]! << regs[(w >> 16) & 15]!;
          break;
        case Op.SHR:
          regs[(w >> 8) & 15] = regs[(w >> 12) & 15]! >> regs[(w >> 16) & 15]!;
          break;
        case Op.SHRU:
          regs[(w >> 8) & 15] = regs[(w >> 12) & 15]! >>> regs[(w >> 16) & 15]!;
          break;
        case Op.ADDI:
          regs[(w >> 8) & 15] = (regs[(w >> 12) & 15]! + W[cur + 1]!) | 0;
          break;
        case Op.MULI:
          regs[(w >> 8) & 15] = Math.imul(regs[(w >> 12) & 15]!, W[cur + 1]!);
          break;
        case Op.ANDI:
          regs[(w >> 8) & 15] = regs[(w >> 12) & 15]! & W[cur + 1]!;
          break;
        case Op.ORI:
          regs[(w >> 8) & 15] = regs[(w >> 12) & 15]! | W[cur + 1]!;
          break;
        case Op.XORI:
          regs[(w >> 8) & 15] = regs[(w >> 12) & 15]! ^ W[cur + 1]!;
          break;
        case Op.SHLI:
          regs[(w >> 8) & 15] = regs[(w >> 12) & 15]! << W[cur + 1]!;
          break;
        case Op.SHRI:
          regs[(w >> 8) & 15] = regs[(w >> 12) & 15]! >> W[cur + 1]!;
          break;
        case Op.SHRUI:
          regs[(w >> 8) & 15] = regs[(w >> 12) & 15]! >>> W[cur + 1]!;
          break;
        case Op.SEQ:
          regs[(w >> 8) & 15] = regs[(w >> 12) & 15]! === regs[(w >> 16) & 15]! ? 1 : 0;
          break;
        case Op.SNE:
          regs[(w >> 8) & 15] = regs[(w >> 12) & 15]! !== regs[(w >> 16) & 15]! ? 1 : 0;
          break;
        case Op.SLT:
          regs[(w >> 8) & 15] = regs[(w >> 12) & 15]! < regs[(w >> 16) & 15]! ? 1 : 0;
          break;
        case Op.SLE:
          regs[(w >> 8) & 15] = regs[(w >> 12) & 15]! <= regs[(w >> 16) & 15]! ? 1 : 0;
          break;
        case Op.SLTU:
          regs[(w >> 8) & 15] = regs[(w >> 12) & 15]! >>> 0 < regs[(w >> 16) & 15]! >>> 0 ? 1 : 0;
          break;
        case Op.SLEU:
          regs[(w >> 8) & 15] = regs[(w >> 12) & 15]! >>> 0 <= regs[(w >> 16) & 15]! >>> 0 ? 1 : 0;
          break;
        case Op.NEG:
          regs[(w >> 8) & 15] = -regs[(w >> 12) & 15]! | 0;
          break;
        case Op.NOT:
          regs[(w >> 8) & 15] = ~regs[(w >> 12) & 15]!;
          break;
        case Op.LNOT:
          regs[(w >> 8) & 15] = regs[(w >> 12) & 15]! === 0 ? 1 : 0;
          break;
        case Op.SEXT8:
          regs[(w >> 8) & 15] = (regs[(w >> 12) & 15]! << 24) >> 24;
          break;
        case Op.SEXT16:
          regs[(w >> 8) & 15] = (regs[(w >> 12) & 15]! << 16) >> 16;
          break;
        case Op.ZEXT8:
          regs[(w >> 8) & 15] = regs[(w >> 12) & 15]! & 0xff;
          break;
        case Op.ZEXT16:
          regs[(w >> 8) & 15] = regs[(w >> 12) & 15]! & 0xffff;
          break;
        case Op.LDB: {
          const ad = (regs[(w >> 12) & 15]! + W[cur + 1]!) | 0;
          regs[(w >> 8) & 15] = (perm[ad >>> 12]! & 1) !== 0 ? i8[ad]! : mem.load8s(ad);
          break;
        }
        case Op.LDBU: {
          const ad = (regs[(w >> 12) & 15]! + W[cur + 1]!) | 0;
          regs[(w >> 8) & 15] = (perm[ad >>> 12]! & 1) !== 0 ? u8[ad]! : mem.load8(ad);
          break;
        }
        case Op.LDH: {
          const ad = (regs[(w >> 12) & 15]! + W[cur + 1]!) | 0;
          regs[(w >> 8) & 15] = (ad & 1) === 0 && (perm[ad >>> 12]! & 1) !== 0 ? i16[ad >> 1]! : mem.load16s(ad);
          break;
        }
        case Op.LDHU: {
          const ad = (regs[(w >> 12) & 15]! + W[cur + 1]!) | 0;
          regs[(w >> 8) & 15] = (ad & 1) === 0 && (perm[ad >>> 12]! & 1) !== 0 ? u16[ad >> 1]! : mem.load16(ad);
          break;
        }
        case Op.LDW: {
          const ad = (regs[(w >> 12) & 15]! + W[cur + 1]!) | 0;
          regs[(w >> 8) & 15] = (ad & 3) === 0 && (perm[ad >>> 12]! & 1) !== 0 ? i32[ad >> 2]! : mem.load32(ad);
          break;
        }
        case Op.STB: {
          const ad = (regs[(w >> 12) & 15]! + W[cur + 1]!) | 0;
          if ((perm[ad >>> 12]! & 2) !== 0) u8[ad] = regs[(w >> 8) & 15]!;
          else mem.store8(ad, regs[(w >> 8) & 15]!);
          break;
        }
        case Op.STH: {
          const ad = (regs[(w >> 12) & 15]! + W[cur + 1]!) | 0;
          if ((ad & 1) === 0 && (perm[ad >>> 12]! & 2) !== 0) u16[ad >> 1] = regs[(w >> 8) & 15]!;
          else mem.store16(ad, regs[(w >> 8) & 15]!);
          break;
        }
        case Op.STW: {
          const ad = (regs[(w >> 12) & 15]! + W[cur + 1]!) | 0;
          if ((ad & 3) === 0 && (perm[ad >>> 12]! & 2) !== 0) i32[ad >> 2] = regs[(w >> 8) & 15]!;
          else mem.store32(ad, regs[(w >> 8) & 15]!);
          break;
        }
        case Op.JMP:
          pc = W[cur + 1]!;
          break;
        case Op.JTAB: {
          const v = regs[(w >> 8) & 15]! >>> 0;
          const n = W[cur + 1]!;
          pc = cur + 2 + 2 * (v < n ? v : n);
          break;
        }
        case Op.BZ:
          if (regs[(w >> 8) & 15]! === 0) pc = W[cur + 1]!;
          break;
        case Op.BNZ:
          if (regs[(w >> 8) & 15]! !== 0) pc = W[cur + 1]!;
          break;
        case Op.BEQ:
          if (regs[(w >> 8) & 15]! === regs[(w >> 12) & 15]!) pc = W[cur + 1]!;
          break;
        case Op.BNE:
          if (regs[(w >> 8) & 15]! !== regs[(w >> 12) & 15]!) pc = W[cur + 1]!;
          break;
        case Op.BLT:
          if (regs[(w >> 8) & 15]! < regs[(w >> 12) & 15]!) pc = W[cur + 1]!;
          break;
        case Op.BLE:
          if (regs[(w >> 8) & 15]! <= regs[(w >> 12) & 15]!) pc = W[cur + 1]!;
          break;
        case Op.BLTU:
          if (regs[(w >> 8) & 15]! >>> 0 < regs[(w >> 12) & 15]! >>> 0) pc = W[cur + 1]!;
          break;
        case Op.BLEU:
          if (regs[(w >> 8) & 15]! >>> 0 <= regs[(w >> 12) & 15]! >>> 0) pc = W[cur + 1]!;
          break;
        case Op.CALL: {
          const sp = (regs[15]! - 4) | 0;
          const ret = base + pc * 4;
          if (sp >= stackLimit && sp < memSize && (sp & 3) === 0) {
            i32[sp >> 2] = ret;
            regs[15] = sp;
          } else host.push(ret);
          pc = W[cur + 1]!;
          break;
        }
        case Op.CALLR: {
          const t = regs[(w >> 8) & 15]!;
          const off = (t - base) | 0;
          if ((off & 7) !== 0 || off >>> 0 >= textBytes) host.badJump(cur >> 1, t);
          if (CT !== null) CT[cur >> 1] = off >> 3; // profile for the JIT's inlining
          const sp = (regs[15]! - 4) | 0;
          const ret = base + pc * 4;
          if (sp >= stackLimit && sp < memSize && (sp & 3) === 0) {
            i32[sp >> 2] = ret;
            regs[15] = sp;
          } else host.push(ret);
          pc = off >> 2;
          break;
        }
        case Op.RET: {
          const sp = regs[15]!;
          const t = sp >= stackLimit && sp < memSize && (sp & 3) === 0 ? i32[sp >> 2]! : mem.load32(sp);
          const off = (t - base) | 0;
          if ((off & 7) === 0 && off >>> 0 < textBytes) {
            regs[15] = (sp + 4) | 0;
            pc = off >> 2;
          } else if (t === host.sentinel) {
            regs[15] = (sp + 4) | 0;
            host.steps += chunk - left;
            host.pcIndex = cur >> 1;
            return;
          } else host.badJump(cur >> 1, t);
          break;
        }
        case Op.ENTER: {
          const sp = regs[15]!;
          const size = W[cur + 1]!;
          const nsp = sp - 4 - size;
          if (sp - 4 >= stackLimit && nsp >= stackLimit && sp <= memSize && (sp & 3) === 0) {
            i32[(sp - 4) >> 2] = regs[14]!;
            regs[14] = sp - 4;
            regs[15] = nsp;
          } else host.enter(size);
          break;
        }
        case Op.LEAVE: {
          const fp = regs[14]!;
          const v = fp >= stackLimit && fp < memSize && (fp & 3) === 0 ? i32[fp >> 2]! : mem.load32(fp);
          regs[15] = (fp + 4) | 0;
          regs[14] = v;
          break;
        }
        case Op.PUSH: {
          const sp = (regs[15]! - 4) | 0;
          const v = regs[(w >> 8) & 15]!;
          if (sp >= stackLimit && sp < memSize && (sp & 3) === 0) {
            i32[sp >> 2] = v;
            regs[15] = sp;
          } else host.push(v);
          break;
        }
        case Op.POP: {
          const sp = regs[15]!;
          const v = sp >= stackLimit && sp < memSize && (sp & 3) === 0 ? i32[sp >> 2]! : mem.load32(sp);
          regs[15] = (sp + 4) | 0;
          regs[(w >> 8) & 15] = v;
          break;
        }
        case Op.NATIVE: {
          // Flush the counter: the native may run nested code that counts steps too.
          host.steps += chunk - left;
          chunk = left;
          const r = host.native(W[cur + 1]!, cur >> 1);
          if (r !== undefined) regs[0] = r;
          left = chunk = host.clamp(left);
          break;
        }
        case Op.TRAP:
          regs[0] = host.trap(W[cur + 1]!, cur >> 1);
          break;
        case Op.COPY:
          mem.copyWithin(regs[(w >> 8) & 15]!, regs[(w >> 12) & 15]!, W[cur + 1]!);
          break;
        case Op.SEQI:
          regs[(w >> 8) & 15] = regs[(w >> 12) & 15]! === W[cur + 1]! ? 1 : 0;
          break;
        case Op.SNEI:
          regs[(w >> 8) & 15] = regs[(w >> 12) & 15]! !== W[cur + 1]! ? 1 : 0;
          break;
        case Op.SLTI:
          regs[(w >> 8) & 15] = regs[(w >> 12) & 15]! < W[cur + 1]! ? 1 : 0;
          break;
        case Op.SLEI:
          regs[(w >> 8) & 15] = regs[(w >> 12) & 15]! <= W[cur + 1]! ? 1 : 0;
          break;
        case Op.SGTI:
          regs[(w >> 8) & 15] = regs[(w >> 12) & 15]! > W[cur + 1]! ? 1 : 0;
          break;
        case Op.SGEI:
          regs[(w >> 8) & 15] = regs[(w >> 12) & 15]! >= W[cur + 1]! ? 1 : 0;
          break;
        case Op.SLTUI:
          regs[(w >> 8) & 15] = regs[(w >> 12) & 15]! >>> 0 < W[cur + 1]! >>> 0 ? 1 : 0;
          break;
        case Op.SGTUI:
          regs[(w >> 8) & 15] = regs[(w >> 12) & 15]! >>> 0 > W[cur + 1]! >>> 0 ? 1 : 0;
          break;
        case Op.ADD64:
        case Op.SUB64:
        case Op.MUL64:
        case Op.DIV64:
        case Op.DIVU64:
        case Op.REM64:
        case Op.REMU64:
        case Op.SHL64:
        case Op.SHR64:
        case Op.SHRU64:
        case Op.NEG64:
        case Op.SLT64:
        case Op.SLTU64:
        case Op.SLE64:
        case Op.SLEU64:
          exec64(w & 0xff, regs, (w >> 8) & 15, (w >> 12) & 15, (w >> 16) & 15);
          break;
        case Op.HALT:
          throw new ExitSignal(regs[0]! & 255);
        case OP_BAD_TARGET:
        case OP_END: {
          // Report the jump (or the last instruction) itself; the slot is not a step.
          left++;
          const target = W[cur + 1]!;
          cur = (w >> 8) << 1;
          host.badJump(cur >> 1, target);
          break;
        }
        default:
          throw new Fault("illegal-instruction", `illegal instruction at ${hex32(base + cur * 4)}`, base + cur * 4, "exec", INSN_SIZE);
      }
    }
  } catch (e) {
    if (inJit) {
      // Compiled code already recorded pcIndex/faultIndex and its budget in B.
      inJit = false;
      B![2] = depth;
      host.steps += B![1]! - B![0]!;
      throw e;
    }
    // A step limit hit on a bad-target slot is reported at the jump that led there.
    if (cur >= textBytes >> 2) cur = (W[cur]! >> 8) << 1;
    if (host.faultIndex < 0) host.faultIndex = cur >> 1;
    host.pcIndex = cur >> 1;
    host.steps += chunk - left;
    throw e;
  }
}

function divFault(y: number): Fault {
  return new Fault("div-by-zero", y === 0 ? "division by zero" : "integer overflow in division (INT_MIN / -1)");
}
