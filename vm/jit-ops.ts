/**
 * @fileoverview Pieces of the JIT's code generator (vm/jit-codegen.ts) that do not depend
 * on a region: JavaScript operators per opcode, 64-bit operations written out on 32-bit
 * halves, and the helpers compiled regions call (mulhi, divFault).
 */

import { Fault } from "./fault.js";
import { Op } from "./isa.js";

/** The JS local holding VM register n. */
export const r = (n: number): string => `r${n & 15}`;
/** JS expression for the address register + offset (registers always hold int32 values). */
export const addr = (reg: string, imm: number): string => (imm === 0 ? reg : `(${reg}+${imm})|0`);

export const BIN: Partial<Record<number, string>> = {
  [Op.AND]: "&",
  [Op.OR]: "|",
  [Op.XOR]: "^",
  [Op.SHL]: "<<",
  [Op.SHR]: ">>",
  [Op.SHRU]: ">>>",
};
export const BINI: Partial<Record<number, string>> = {
  [Op.ANDI]: "&",
  [Op.ORI]: "|",
  [Op.XORI]: "^",
  [Op.SHLI]: "<<",
  [Op.SHRI]: ">>",
  [Op.SHRUI]: ">>>",
};
export const CMP: Partial<Record<number, [string, boolean]>> = {
  [Op.SEQ]: ["===", false],
  [Op.SNE]: ["!==", false],
  [Op.SLT]: ["<", false],
  [Op.SLE]: ["<=", false],
  [Op.SLTU]: ["<", true],
  [Op.SLEU]: ["<=", true],
};
export const CMPI: Partial<Record<number, [string, boolean]>> = {
  [Op.SEQI]: ["===", false],
  [Op.SNEI]: ["!==", false],
  [Op.SLTI]: ["<", false],
  [Op.SLEI]: ["<=", false],
  [Op.SGTI]: [">", false],
  [Op.SGEI]: [">=", false],
  [Op.SLTUI]: ["<", true],
  [Op.SGTUI]: [">", true],
};
export const BR: Partial<Record<number, [string, boolean]>> = {
  [Op.BEQ]: ["===", false],
  [Op.BNE]: ["!==", false],
  [Op.BLT]: ["<", false],
  [Op.BLE]: ["<=", false],
  [Op.BLTU]: ["<", true],
  [Op.BLEU]: ["<=", true],
};

/**
 * 64-bit operations on register pairs written out on 32-bit halves (exec64 uses BigInt,
 * which is two orders of magnitude slower); null for the divisions, which stay in exec64.
 * Results go through temporaries because the destination pair may overlap the sources.
 */
export function inline64(op: number, a: number, b: number, c: number): string | null {
  const bl = r(b);
  const bh = r(b + 1);
  const cl = r(c);
  const ch = r(c + 1);
  const set = `${r(a)}=x;${r(a + 1)}=y;`;
  // Unsigned 64-bit compare of b and c: -1, 0 or 1 in t.
  const cmpU = `t=(${bh}>>>0)!==(${ch}>>>0)?((${bh}>>>0)<(${ch}>>>0)?-1:1):(${bl}>>>0)!==(${cl}>>>0)?((${bl}>>>0)<(${cl}>>>0)?-1:1):0;`;
  const cmpS = `t=${bh}!==${ch}?(${bh}<${ch}?-1:1):(${bl}>>>0)!==(${cl}>>>0)?((${bl}>>>0)<(${cl}>>>0)?-1:1):0;`;
  switch (op) {
    case Op.ADD64:
      return `x=(${bl}+${cl})|0;y=(${bh}+${ch}+((x>>>0)<(${bl}>>>0)?1:0))|0;${set}`;
    case Op.SUB64:
      return `x=(${bl}-${cl})|0;y=(${bh}-${ch}-((${bl}>>>0)<(${cl}>>>0)?1:0))|0;${set}`;
    case Op.NEG64:
      return `x=(-${bl})|0;y=(~${bh}+(${bl}===0?1:0))|0;${set}`;
    case Op.MUL64:
      return `x=Math.imul(${bl},${cl});y=(Math.imul(${bh},${cl})+Math.imul(${bl},${ch})+mulhi(${bl},${cl}))|0;${set}`;
    case Op.SHL64:
      return `t=${cl}&63;if(t===0){x=${bl};y=${bh};}else if(t<32){y=(${bh}<<t)|(${bl}>>>(32-t));x=${bl}<<t;}else{y=${bl}<<(t-32);x=0;}${set}`;
    case Op.SHR64:
      return `t=${cl}&63;if(t===0){x=${bl};y=${bh};}else if(t<32){x=(${bl}>>>t)|(${bh}<<(32-t));y=${bh}>>t;}else{x=${bh}>>(t-32);y=${bh}>>31;}${set}`;
    case Op.SHRU64:
      return `t=${cl}&63;if(t===0){x=${bl};y=${bh};}else if(t<32){x=(${bl}>>>t)|(${bh}<<(32-t));y=(${bh}>>>t)|0;}else{x=(${bh}>>>(t-32))|0;y=0;}${set}`;
    case Op.SLT64:
      return `${cmpS}${r(a)}=t<0?1:0;`;
    case Op.SLE64:
      return `${cmpS}${r(a)}=t<=0?1:0;`;
    case Op.SLTU64:
      return `${cmpU}${r(a)}=t<0?1:0;`;
    case Op.SLEU64:
      return `${cmpU}${r(a)}=t<=0?1:0;`;
    default:
      return null;
  }
}

/** High 32 bits of the unsigned 64-bit product of two 32-bit words (as int32). */
export function mulhi(a: number, b: number): number {
  const a0 = a & 0xffff;
  const a1 = a >>> 16;
  const b0 = b & 0xffff;
  const b1 = b >>> 16;
  const t = a1 * b0 + ((a0 * b0) >>> 16);
  const u = a0 * b1 + (t & 0xffff);
  return (a1 * b1 + Math.floor(t / 65536) + Math.floor(u / 65536)) | 0;
}

/** The fault DIV/REM raise (the interpreter's, vm/cpu.ts). */
export function divFault(y: number): Fault {
  return new Fault("div-by-zero", y === 0 ? "division by zero" : "integer overflow in division (INT_MIN / -1)");
}
