/**
 * @fileoverview The JIT's code generator (vm/jit.ts has the overview): one region of VM
 * code becomes the source of one JavaScript function, compiled with `new Function` over
 * the machine's registers, memory views and host. Exactness rules (steps, faults, natives)
 * are described in vm/jit.ts; the analyses used here are in vm/jit-region.ts.
 */

import { INSN_SIZE, Op } from "./isa.js";
import { exec64 } from "./int64.js";
import { ExitSignal } from "./traps.js";
import type { JitState, RegionFn } from "./jit.js";
import { BIN, BINI, BR, CMP, CMPI, addr, divFault, inline64, mulhi, r } from "./jit-ops.js";
import { OP_BAD_TARGET, OP_END, OP_ILLEGAL, accessSize, discover, fpWindow, isCondBranch, isStub, planSp, regUse } from "./jit-region.js";

/** Jumps a region makes before returning to the dispatcher (see jumpTo in compileRegion). */
const SLICE = 20000;
/** Largest block (in instructions) copied to the jumps that lead to it (see canDup). */
const DUP_MAX = 10;
/** Copies inside copies (a `jmp` to a `jmp` to an epilogue) up to this depth. */
const DUP_DEPTH = 2;
/** Nested compiled calls allowed on the JS stack before unwinding to the dispatcher. */
const MAX_DEPTH = 400;

/** Compiles the region entered at `entry`; registers its leaders in J.fns. */
export function compileRegion(J: JitState, entry: number, dumpSource: boolean): RegionFn | undefined {
  const host = J.host;
  const code = host.code;
  const W = code.w;
  const count = code.count;
  const base = code.base;
  const mem = host.mem;
  const SL = mem.stackLimit;
  const MS = mem.size;
  const textBytes = count * INSN_SIZE;
  const SZ = MS - SL;
  /** JS condition: word access at e is inside the stack (always mapped rw-) and aligned. */
  const inStack = (e: string): string =>
    (SZ & (SZ - 1)) === 0 ? `((${e}-${SL})&${-SZ | 3})===0` : `(${e}>=${SL}&&${e}<${MS}&&(${e}&3)===0)`;
  /** ENTER's fast-path condition (sp in t, new sp in x), as the interpreter's. */
  const enterOk = (size: number): string =>
    size >= 0 && size % 4 === 0 && SZ - 4 - size >= 0
      ? `((x-${SL})>>>0)<=${SZ - 4 - size}&&(t&3)===0`
      : `t-4>=${SL}&&x>=${SL}&&t<=${MS}&&(t&3)===0`;
  const reg = discover(code, entry, J.callrTarget);
  if (reg.insns.length === 0) return undefined;

  // Register sets.
  const used = new Set<number>();
  const written = new Set<number>();
  for (const i of reg.insns) {
    const w = W[2 * i]!;
    regUse(w, w & 0xff, used, written);
  }
  for (const n of written) used.add(n);
  used.add(14); // fp: the window guard and call checks read it
  const usedL = [...used].sort((a, b) => a - b);
  const writtenL = [...written].sort((a, b) => a - b);
  const flush = writtenL.map((n) => `regs[${n}]=r${n};`).join("");
  const reload = usedL.map((n) => `r${n}=regs[${n}];`).join("");
  /**
   * A jump inside the region. Every SLICE jumps the region returns to the dispatcher (which
   * calls it again): V8 then runs its regularly optimized code, which is several times
   * faster than the on-stack-replacement code it makes for one long-running invocation.
   */
  const jumpTo = (ord: string, idx: string): string => `{if((sl=(sl-1)|0)<0){x=${idx};break L;}pc=${ord};continue L;}`;
  // Every exit goes through one shared sequence after the loop, so that V8 sees the
  // register write-back run (and has type feedback for it) before it optimizes the region.
  const exit = (codeExpr: string): string => `{x=${codeExpr};break L;}`;
  /**
   * A jump from instruction `from` to a case. Only backward jumps count against the slice:
   * every cycle of control flow contains one (RET, jtab and indirect calls always count).
   */
  const jumpFrom = (from: number, t: number): string =>
    t > from ? `{pc=${ordinal.get(t)!};continue L;}` : jumpTo(String(ordinal.get(t)!), String(t));
  /** Continue at instruction t from instruction `from` (in the region: jump; else leave with a code). */
  const goTo = (from: number, t: number): string => {
    if (t >= count) return exit(String(-(t + 2)));
    if (reg.visited.has(t) && reg.leaders.has(t)) return jumpFrom(from, t);
    return exit(String(t));
  };

  // fp-relative accesses without checks when fp provably frames a valid stack window.
  const fpw = fpWindow(W, reg, entry, SZ);
  const fpFast = (k: number, size: number): boolean => fpw !== null && (k & (size - 1)) === 0 && k >= fpw.lo && k + size <= fpw.hi;
  const fpOk = (e: string): string => (fpw === null ? "true" : `((${e}+${fpw.lo - SL})>>>0)<=${SZ - (fpw.hi - fpw.lo)}&&(${e}&3)===0`);
  /**
   * ENTER's fast-path condition in an fp-window region, as one range test: the new frame's
   * window, the saved fp, the return address and the new sp all inside the stack.
   */
  const enterWindowOk = (size: number): string => {
    if (fpw === null) return enterOk(size);
    const lo = Math.min(fpw.lo, -size, 0); // relative to the new fp = t - 4
    const hi = Math.max(fpw.hi, 8);
    if (size < 0 || hi - lo > SZ) return `${enterOk(size)}&&${fpOk("(t-4)")}`;
    return `((t+${lo - 4 - SL})>>>0)<=${SZ - (hi - lo)}&&(t&3)===0`;
  };
  // Entries other than an ENTER at the region's start check the window once.
  const guard =
    fpw === null
      ? ""
      : `if(${fpw.enterAtEntry ? `pc!==${entry}&&` : ""}!(${fpOk("r14")})){x=-(pc+2);${flush}B[0]=left;return x;}`;

  const out: string[] = [];
  const leadersSorted = reg.insns.filter((i) => reg.leaders.has(i));
  // Cases are numbered densely (0, 1, 2, ...) so that V8 dispatches with a jump table.
  const ordinal = new Map<number, number>(leadersSorted.map((l, i) => [l, i]));
  const lo = leadersSorted[0]!;
  const ENT = new Int32Array(leadersSorted[leadersSorted.length - 1]! - lo + 1).fill(-1);
  for (const [l, i] of ordinal) ENT[l - lo] = i;
  const RP = new Int32Array(ENT.length).fill(-1);
  /** Constants the region function closes over (jump-table target lists). */
  const statics: string[] = [];
  /** For a jtab at k: the case numbers its entries' jmps lead to, or null if one leaves the region. */
  const tableTargets = (k: number): number[] | null => {
    const n = W[2 * k + 1]!;
    const res: number[] = [];
    for (let y = 0; y <= n; y++) {
      const e = k + 1 + y;
      if (e >= count || (W[2 * e]! & 0xff) !== Op.JMP) return null;
      const t = W[2 * e + 1]! >> 1;
      const o = ordinal.get(t);
      if (t >= count || o === undefined || !reg.visited.has(t)) return null;
      res.push(o);
    }
    return res;
  };
  for (const l of reg.returnPoints) if (ordinal.has(l)) RP[l - lo] = ordinal.get(l)!;
  /** Case number of each function entry of the region (for indirect calls), -1 elsewhere. */
  const CE = new Int32Array(ENT.length).fill(-1);
  for (const c of reg.callees) if (ordinal.has(c)) CE[c - lo] = ordinal.get(c)!;
  const terminators = new Set<number>([Op.JMP, Op.JTAB, Op.RET, Op.HALT, OP_ILLEGAL, OP_END, OP_BAD_TARGET]);

  /** The block at leader `start`: instructions up to the next leader / terminator / gap. */
  const bodyOf = (start: number): number[] => {
    const body: number[] = [];
    let i = start;
    for (;;) {
      if (i !== start && (reg.leaders.has(i) || !reg.visited.has(i))) break;
      if (i >= count) break;
      const op = W[2 * i]! & 0xff;
      body.push(i);
      i++;
      if (terminators.has(op) || isCondBranch(op) || op === Op.CALLR) break;
      if (op === Op.CALL && !isStub(W, count, W[2 * (i - 1) + 1]! >> 1)) break;
    }
    return body;
  };
  /**
   * Tail duplication: a jump or taken branch to a small block that ends in an unconditional
   * transfer (a function's `leave; ret` epilogue, a call of a region function, a jmp) gets a
   * copy of that block in place, saving one trip through the dispatching switch. The copy
   * charges, checks and reports exactly like the original.
   */
  const canDup = (t: number): boolean => {
    if (t >= count || !reg.visited.has(t) || !reg.leaders.has(t)) return false;
    const body = bodyOf(t);
    if (body.length === 0 || body.length > DUP_MAX) return false;
    const k = body[body.length - 1]!;
    const op = W[2 * k]! & 0xff;
    if (op === Op.RET || op === Op.JMP || op === Op.HALT) return true;
    if (op !== Op.CALL) return false;
    const c = W[2 * k + 1]! >> 1;
    return c < count && !isStub(W, count, c) && reg.callees.has(c);
  };

  /** Instructions copies may still add: the source stays within about twice the region's. */
  let dupLeft = Math.max(200, reg.insns.length);
  for (let h = 0; h < leadersSorted.length; h++) {
    out.push(`case ${h}:`);
    emitBlock(leadersSorted[h]!, 0);
  }

  /** Emits the block at `start` (a copy inside another block when `depth` > 0). */
  function emitBlock(start: number, depth: number): void {
    const dup = depth > 0;
    const body = bodyOf(start);
    const next = body.length > 0 ? body[body.length - 1]! + 1 : start; // first instruction after the block
    /** A jmp or taken branch to t: fall into the next case, a copy of t, or a jump. */
    const transfer = (from: number, t: number): void => {
      if (!dup && t === next && t < count && reg.visited.has(t) && reg.leaders.has(t)) {
        out.push("{}"); // the next case follows
        return;
      }
      if (depth < DUP_DEPTH && t !== start && canDup(t) && dupLeft > 0) {
        dupLeft -= bodyOf(t).length;
        out.push("{");
        emitBlock(t, depth + 1);
        out.push("}");
        return;
      }
      out.push(goTo(from, t));
    };
    // Items: steps the block charges (an inlined stub call is CALL, NATIVE, RET).
    let n = 0;
    for (const k of body) {
      const op = W[2 * k]! & 0xff;
      if (op === OP_ILLEGAL || op === OP_END || op === OP_BAD_TARGET) continue;
      n += op === Op.CALL && isStub(W, count, W[2 * k + 1]! >> 1) ? 3 : op === Op.JTAB && tableTargets(k) !== null ? 2 : 1;
    }
    const sp = planSp(W, count, body);
    if (sp.safe.size > 0 && sp.hi - sp.lo <= SZ) {
      out.push(`if(!(((r15+${sp.lo - SL})>>>0)<=${SZ - (sp.hi - sp.lo)}&&(r15&3)===0))${exit(String(-(start + 2)))}`);
    } else sp.safe.clear();
    // `|0` arithmetic: V8 then needs no overflow checks on the counters.
    if (n > 0) out.push(`if((left=(left-${n})|0)<0){left=(left+${n})|0;${exit(String(-(start + 2)))}}`);
    let afterLeave = false; // sp = the checked fp + 4 (LEAVE in an fp-window region)
    let item = 0; // items emitted so far in this block
    for (const k of body) {
      const w = W[2 * k]!;
      const op = w & 0xff;
      const a = (w >> 8) & 15;
      const b = (w >> 12) & 15;
      const c = (w >> 16) & 15;
      const imm = W[2 * k + 1]!;
      const rf = n - item - 1;
      const prevLeave = afterLeave;
      afterLeave = false;
      const S = `at=${k},rf=${rf}`;
      const ra = r(a);
      const rb = r(b);
      const rc = r(c);
      item++;
      switch (op) {
        case Op.NOP:
          break;
        case Op.LI:
          out.push(`${ra}=${imm};`);
          break;
        case Op.MOV:
          out.push(`${ra}=${rb};`);
          break;
        case Op.ADD:
          out.push(`${ra}=(${rb}+${rc})|0;`);
          break;
        case Op.SUB:
          out.push(`${ra}=(${rb}-${rc})|0;`);
          break;
        case Op.MUL:
          out.push(`${ra}=Math.imul(${rb},${rc});`);
          break;
        case Op.DIV:
        case Op.REM:
          out.push(
            `x=${rb};y=${rc};if(y===0||(y===-1&&x===-2147483648)){${S};throw divFault(y);}${ra}=(x${op === Op.DIV ? "/" : "%"}y)|0;`,
          );
          break;
        case Op.DIVU:
        case Op.REMU:
          out.push(`y=${rc}>>>0;if(y===0){${S};throw divFault(0);}${ra}=((${rb}>>>0)${op === Op.DIVU ? "/" : "%"}y)|0;`);
          break;
        case Op.AND:
        case Op.OR:
        case Op.XOR:
        case Op.SHL:
        case Op.SHR:
        case Op.SHRU:
          out.push(`${ra}=(${rb}${BIN[op]}${rc})|0;`);
          break;
        case Op.ADDI:
          out.push(`${ra}=(${rb}+${imm})|0;`);
          break;
        case Op.MULI:
          out.push(`${ra}=Math.imul(${rb},${imm});`);
          break;
        case Op.ANDI:
        case Op.ORI:
        case Op.XORI:
        case Op.SHLI:
        case Op.SHRI:
        case Op.SHRUI:
          out.push(`${ra}=(${rb}${BINI[op]}${imm})|0;`);
          break;
        case Op.SEQ:
        case Op.SNE:
        case Op.SLT:
        case Op.SLE:
        case Op.SLTU:
        case Op.SLEU: {
          const [o, u] = CMP[op]!;
          out.push(u ? `${ra}=(${rb}>>>0)${o}(${rc}>>>0)?1:0;` : `${ra}=${rb}${o}${rc}?1:0;`);
          break;
        }
        case Op.NEG:
          out.push(`${ra}=(-${rb})|0;`);
          break;
        case Op.NOT:
          out.push(`${ra}=~${rb};`);
          break;
        case Op.LNOT:
          out.push(`${ra}=${rb}===0?1:0;`);
          break;
        case Op.SEXT8:
          out.push(`${ra}=(${rb}<<24)>>24;`);
          break;
        case Op.SEXT16:
          out.push(`${ra}=(${rb}<<16)>>16;`);
          break;
        case Op.ZEXT8:
          out.push(`${ra}=${rb}&255;`);
          break;
        case Op.ZEXT16:
          out.push(`${ra}=${rb}&65535;`);
          break;
        case Op.LDB:
          if (b === 14 && fpFast(imm, accessSize(op))) {
            out.push(`${ra}=i8[(r14+${imm})];`);
            break;
          }
          out.push(`ad=${addr(rb, imm)};${ra}=(perm[ad>>>12]&1)!==0?i8[ad]:(${S},mem.load8s(ad));`);
          break;
        case Op.LDBU:
          if (b === 14 && fpFast(imm, accessSize(op))) {
            out.push(`${ra}=u8[(r14+${imm})];`);
            break;
          }
          out.push(`ad=${addr(rb, imm)};${ra}=(perm[ad>>>12]&1)!==0?u8[ad]:(${S},mem.load8(ad));`);
          break;
        case Op.LDH:
          if (b === 14 && fpFast(imm, accessSize(op))) {
            out.push(`${ra}=i16[(r14+${imm})>>1];`);
            break;
          }
          out.push(`ad=${addr(rb, imm)};${ra}=(ad&1)===0&&(perm[ad>>>12]&1)!==0?i16[ad>>1]:(${S},mem.load16s(ad));`);
          break;
        case Op.LDHU:
          if (b === 14 && fpFast(imm, accessSize(op))) {
            out.push(`${ra}=u16[(r14+${imm})>>1];`);
            break;
          }
          out.push(`ad=${addr(rb, imm)};${ra}=(ad&1)===0&&(perm[ad>>>12]&1)!==0?u16[ad>>1]:(${S},mem.load16(ad));`);
          break;
        case Op.LDW:
          if (b === 14 && fpFast(imm, 4)) {
            out.push(`${ra}=i32[(r14+${imm})>>2];`);
            break;
          }
          if (b === 14 || b === 15) {
            out.push(`ad=${addr(rb, imm)};${ra}=${inStack("ad")}?i32[ad>>2]:(${S},mem.load32(ad));`);
            break;
          }
          out.push(`ad=${addr(rb, imm)};${ra}=(ad&3)===0&&(perm[ad>>>12]&1)!==0?i32[ad>>2]:(${S},mem.load32(ad));`);
          break;
        case Op.STB:
          if (b === 14 && fpFast(imm, accessSize(op))) {
            out.push(`u8[(r14+${imm})]=${ra};`);
            break;
          }
          out.push(`ad=${addr(rb, imm)};if((perm[ad>>>12]&2)!==0)u8[ad]=${ra};else{${S};mem.store8(ad,${ra});}`);
          break;
        case Op.STH:
          if (b === 14 && fpFast(imm, accessSize(op))) {
            out.push(`u16[(r14+${imm})>>1]=${ra};`);
            break;
          }
          out.push(`ad=${addr(rb, imm)};if((ad&1)===0&&(perm[ad>>>12]&2)!==0)u16[ad>>1]=${ra};else{${S};mem.store16(ad,${ra});}`);
          break;
        case Op.STW:
          if (b === 14 && fpFast(imm, 4)) {
            out.push(`i32[(r14+${imm})>>2]=${ra};`);
            break;
          }
          if (b === 14 || b === 15) {
            out.push(`ad=${addr(rb, imm)};if(${inStack("ad")})i32[ad>>2]=${ra};else{${S};mem.store32(ad,${ra});}`);
            break;
          }
          out.push(`ad=${addr(rb, imm)};if((ad&3)===0&&(perm[ad>>>12]&2)!==0)i32[ad>>2]=${ra};else{${S};mem.store32(ad,${ra});}`);
          break;
        case Op.JMP:
          transfer(k, imm >> 1);
          break;
        case Op.JTAB: {
          const tt = tableTargets(k);
          if (tt !== null) {
            // Every entry (and the default path) is a `jmp` into the region: go straight to
            // its target; the block charged the jtab and the entry's jmp.
            statics.push(`const JT${k}=[${tt.join(",")}];`);
            out.push(`y=${ra}>>>0;if(y>${imm})y=${imm};if((sl=(sl-1)|0)<0){left+=1;x=${k + 1}+y;break L;}pc=JT${k}[y];continue L;`);
            break;
          }
          // Entry y of the table (or the default path after it); all are leaders.
          out.push(
            `y=${ra}>>>0;if(y>${imm})y=${imm};t=ENT[${k + 1 - lo}+y];` +
              `if(t===undefined||t<0){x=${k + 1}+y;break L;}if((sl=(sl-1)|0)<0){x=${k + 1}+y;break L;}pc=t;continue L;`,
          );
          break;
        }
        case Op.BZ:
          out.push(`if(${ra}===0)`);
          transfer(k, imm >> 1);
          break;
        case Op.BNZ:
          out.push(`if(${ra}!==0)`);
          transfer(k, imm >> 1);
          break;
        case Op.BEQ:
        case Op.BNE:
        case Op.BLT:
        case Op.BLE:
        case Op.BLTU:
        case Op.BLEU: {
          const [o, u] = BR[op]!;
          const cond = u ? `(${ra}>>>0)${o}(${rb}>>>0)` : `${ra}${o}${rb}`;
          out.push(`if(${cond})`);
          transfer(k, imm >> 1);
          break;
        }
        case Op.CALL: {
          const t = imm >> 1;
          const retAddr = (base + (k + 1) * INSN_SIZE) | 0;
          out.push(sp.safe.has(k) ? `r15=(r15-4)|0;i32[r15>>2]=${retAddr};` : pushCode(retAddr, S));
          if (t < count && isStub(W, count, t)) {
            // Inlined `NATIVE n; RET`: the NATIVE and RET are the next two items.
            const nrf = n - item - 1;
            out.push(nativeCode(W[2 * t + 1]!, t, nrf, flush, t + 1));
            item++;
            const rrf = n - item - 1;
            out.push(
              `t=r15;x=${sp.safe.has(k) ? "i32[t>>2]" : `${inStack("t")}?i32[t>>2]:(at=${t + 1},rf=${rrf},mem.load32(t))`};` +
                `if(x!==${retAddr}){left+=${rrf + 1};${exit(String(-(t + 1 + 2)))}}r15=(t+4)|0;`,
            );
            item++;
            break;
          }
          if (t >= count) {
            out.push(exit(String(-(t + 2))));
            break;
          }
          if (reg.callees.has(t)) {
            out.push(jumpFrom(k, t)); // the callee's code is in this region
            break;
          }
          out.push(callCode(String(t), k + 1, flush, reload));
          break;
        }
        case Op.CALLR: {
          const retAddr = (base + (k + 1) * INSN_SIZE) | 0;
          out.push(`t=${ra};ad=(t-${base})|0;if((ad&7)!==0||ad>>>0>=${textBytes}){${S};host.badJump(${k},t);}`);
          out.push(sp.safe.has(k) ? `r15=(r15-4)|0;i32[r15>>2]=${retAddr};` : pushCode(retAddr, S));
          out.push(`y=ad>>3;`);
          const guess = reg.callrGuess.get(k);
          if (guess !== undefined) out.push(`if(y===${guess})${jumpTo(String(ordinal.get(guess)!), "y")}`);
          // Any other function of the region: jump to it too (CE has its case number).
          if (reg.callees.size > (guess !== undefined ? 1 : 0)) out.push(`t=(y-${lo})>>>0;if(t<${CE.length}&&(t=CE[t])>=0)${jumpTo("t", "y")}`);
          out.push(callCode("y", k + 1, flush, reload));
          break;
        }
        case Op.RET:
          out.push(
            `t=r15;x=${sp.safe.has(k) || prevLeave ? "i32[t>>2]" : `${inStack("t")}?i32[t>>2]:(${S},mem.load32(t))`};ad=(x-${base})|0;` +
              `if((ad&7)===0&&ad>>>0<${textBytes}){r15=(t+4)|0;y=ad>>3;` +
              // A return point of this region (with fp still framing its window): jump there.
              // (The exits assign y unchanged: an arithmetic operation first run in optimized
              // code has no type feedback and deoptimizes the region.)
              (reg.returnPoints.size > 0
                ? `t=(y-${lo})>>>0;t=t<${RP.length}?RP[t]:-1;if(t>=0${fpw ? `&&${fpOk("r14")}` : ""})${jumpTo("t", "y")}`
                : "") +
              `${exit("y")}}` +
              `if(x===host.sentinel){r15=(t+4)|0;host.pcIndex=${k};${exit("-1")}}` +
              `${S};host.badJump(${k},x);`,
          );
          break;
        case Op.ENTER:
          out.push(
            `t=r15;x=t-(${4 + imm});if(${fpw ? enterWindowOk(imm) : enterOk(imm)}){i32[(t-4)>>2]=r14;r14=(t-4)|0;r15=x|0;}` +
              `else{${S};regs[14]=r14;regs[15]=r15;host.enter(${imm});r14=regs[14];r15=regs[15];` +
              // With an unchecked fp window the rest runs in the interpreter.
              `${fpw ? `left+=${rf};x=${-(k + 1 + 2)};break L;` : ""}}`,
          );
          break;
        case Op.LEAVE:
          if (fpw) {
            out.push(`t=r14;x=i32[t>>2];r15=(t+4)|0;r14=x;`);
            afterLeave = true;
            break;
          }
          out.push(`t=r14;x=${inStack("t")}?i32[t>>2]:(${S},mem.load32(t));r15=(t+4)|0;r14=x;`);
          break;
        case Op.PUSH:
          if (sp.safe.has(k)) {
            out.push(`r15=(r15-4)|0;i32[r15>>2]=${a === 15 ? "(r15+4)|0" : ra};`);
            break;
          }
          out.push(
            `t=(r15-4)|0;if(${inStack("t")}){i32[t>>2]=${ra};r15=t;}` +
              `else{${S};regs[15]=r15;host.push(${ra});r15=regs[15];}`,
          );
          break;
        case Op.POP:
          if (sp.safe.has(k)) {
            out.push(`x=i32[r15>>2];r15=(r15+4)|0;${ra}=x;`);
            break;
          }
          out.push(`t=r15;x=${inStack("t")}?i32[t>>2]:(${S},mem.load32(t));r15=(t+4)|0;${ra}=x;`);
          break;
        case Op.NATIVE:
          out.push(nativeCode(imm, k, rf, flush, k + 1));
          break;
        case Op.TRAP:
          out.push(`${S};${flush}r0=host.trap(${imm},${k});`);
          break;
        case Op.COPY:
          out.push(`${S};mem.copyWithin(${ra},${rb},${imm});`);
          break;
        case Op.SEQI:
        case Op.SNEI:
        case Op.SLTI:
        case Op.SLEI:
        case Op.SGTI:
        case Op.SGEI:
        case Op.SLTUI:
        case Op.SGTUI: {
          const [o, u] = CMPI[op]!;
          out.push(u ? `${ra}=(${rb}>>>0)${o}${imm >>> 0}?1:0;` : `${ra}=${rb}${o}${imm}?1:0;`);
          break;
        }
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
          out.push(inline64(op, a, b, c) ?? `${S};${flush}exec64(${op},regs,${a},${b},${c});${ra}=regs[${a}];${r(a + 1)}=regs[${(a + 1) & 15}];`);
          break;
        case Op.HALT:
          out.push(`${S};throw new ExitSignal(r0&255);`);
          break;
        case OP_ILLEGAL:
        case OP_END:
        case OP_BAD_TARGET:
          item--;
          out.push(exit(String(-(k + 2))));
          break;
        default:
          throw new Error(`jit: unhandled opcode ${op}`);
      }
    }
    // A block that can fall through continues in the next case (the next leader) when that
    // instruction is in the region; otherwise it leaves.
    const lastOp = body.length > 0 ? W[2 * body[body.length - 1]!]! & 0xff : OP_ILLEGAL;
    if (!terminators.has(lastOp)) {
      if (next >= count) out.push(exit(String(-(next + 2))));
      else if (!reg.visited.has(next)) out.push(exit(String(next)));
    }
  }

  const decl = usedL.map((n) => `r${n}=regs[${n}]`).join(",");
  const src =
    // The first calls return after a few jumps so that V8 records the exit path's types
    // before it optimizes (an exit first taken in optimized code deoptimizes it).
    `let calls=0;${statics.join("")}return function region_${entry}(pc,d){` +
    `let ${decl ? decl + "," : ""}left=B[0],sl=++calls<8?64:${SLICE},p0=pc,at=-1,rf=0,live=1,ad=0,t=0,x=0,y=0,fpv=0,fn=undefined;` +
    `try{${guard}pc=ENT[pc-${lo}];if(pc===undefined)pc=-1;L:for(;;){switch(pc){${out.join("\n")}\ndefault:${exit("-(p0+2)")}}}${flush}B[0]=left;return x;}` +
    `catch(e){if(live!==0){if(live===1){${flush}B[0]=left+rf;}else{B[0]=B[1]=left+rf;}` +
    `host.pcIndex=at;if(host.faultIndex<0)host.faultIndex=at;}throw e;}};`;
  if (dumpSource) {
    process.stderr.write(
      `--- region ${entry}: ${reg.insns.length} instructions [${reg.insns[0]}..${reg.insns[reg.insns.length - 1]}], ` +
        `callees [${[...reg.callees].join(",")}], indirect [${[...reg.callrGuess].map(([k, t]) => `${k}->${t}`).join(",")}], fp window ${fpw ? `${fpw.lo}..${fpw.hi}` : "none"}\n${src}\n`,
    );
  }
  const factory = new Function("regs", "mem", "perm", "i32", "i16", "u16", "i8", "u8", "host", "F", "B", "exec64", "divFault", "ExitSignal", "ENT", "RP", "CE", "mulhi", src) as (
    ...args: unknown[]
  ) => RegionFn;
  const fn = factory(host.regs, mem, mem.perm, mem.i32, mem.i16, mem.u16, mem.i8, mem.u8, host, J.fns, J.B, exec64, divFault, ExitSignal, ENT, RP, CE, mulhi);
  for (const l of leadersSorted) {
    if (J.fns[l] === undefined) {
      J.fns[l] = fn;
      J.hot[l] = 0;
    }
  }
  J.regions++;
  // A region compiled for `entry` always serves `entry` itself.
  return J.fns[entry] === fn ? fn : (J.fns[entry] ?? fn);

  /** PUSH of a return address with the interpreter's fast path and host.push as slow path. */
  function pushCode(retAddr: number, s: string): string {
    return `t=(r15-4)|0;if(${inStack("t")}){i32[t>>2]=${retAddr};r15=t;}else{${s};regs[15]=r15;host.push(${retAddr});r15=regs[15];}`;
  }

  /**
   * A native call (reported at instruction `at`); `after` = charged items after it in the
   * block. Syncs host.steps, runs the native, clamps the budget like the interpreter, and
   * hands the rest to the interpreter at `nextIdx` when the budget no longer covers it.
   */
  function nativeCode(n: number, atIdx: number, after: number, fl: string, nextIdx: number): string {
    return (
      `at=${atIdx};rf=${after};${fl}t=left+${after};host.steps+=B[1]-t;B[1]=t;B[2]=d;live=2;` +
      `y=host.native(${n},${atIdx});live=1;if(y!==undefined)r0=y;r1=regs[1];` +
      `t=host.clamp(t);B[1]=t;if(t<${after}){left=t;x=${-(nextIdx + 2)};break L;}left=t-${after};`
    );
  }

  /** A call of compiled code (or a transfer to the dispatcher), expecting a return to `retIdx`. */
  function callCode(target: string, retIdx: number, fl: string, rl: string): string {
    return (
      `${fl}B[0]=left;live=0;fpv=r14;fn=F[${target}];` +
      `if(fn!==undefined&&d<${MAX_DEPTH})x=fn(${target},d+1);else x=${target};` +
      `live=1;${rl}left=B[0];if(x!==${retIdx})return x;` +
      (fpw ? `if(r14!==fpv){x=${-(retIdx + 2)};break L;}` : "")
    );
  }
}
