/**
 * @fileoverview The minic instruction set: opcodes, operand formats and the byte encoding.
 *
 * Every instruction is 8 bytes, little-endian, so text can be dumped, disassembled and
 * pre-decoded into flat typed arrays by the CPU without any parsing state:
 *
 *    byte:  0        1        2        3        4 ........ 7
 *         +--------+--------+--------+--------+------------------+
 *         | opcode |   a    |   b    |   c    |  imm (int32 LE)  |
 *         +--------+--------+--------+--------+------------------+
 *
 * a, b, c are register numbers (0..15). Branches, jumps and calls are PC-relative like
 * x86: target = address of the *next* instruction + imm. The assembler (codegen) emits
 * them with a `pc32` relocation and addend -4 when the target is a symbol.
 *
 * Registers: r0..r13 general purpose (r0 = return value, r1 = high word of a 64-bit
 * return), r14 = fp (frame pointer), r15 = sp (stack pointer). The stack grows down,
 * frames look like i386 cdecl ones:
 *
 *        higher addresses
 *      | argument n      |  fp + 8 + 4*(n-1)
 *      | argument 1      |  fp + 8
 *      | return address  |  fp + 4
 *      | saved fp        |  <- fp
 *      | locals ...      |  fp - k
 *      |                 |  <- sp
 *        lower addresses
 */

export const INSN_SIZE = 8;
export const NUM_REGS = 16;
export const R_FP = 14;
export const R_SP = 15;

/** Operand format of an instruction, used by the encoder checks and the disassembler. */
export type Format =
  | "none" // OP
  | "r" // OP a
  | "rr" // OP a, b
  | "rrr" // OP a, b, c
  | "ri" // OP a, imm
  | "rri" // OP a, b, imm
  | "load" // OP a, [b + imm]
  | "store" // OP [b + imm], a
  | "copy" // OP [a], [b], imm bytes
  | "jump" // OP target
  | "br1" // OP a, target
  | "br2" // OP a, b, target
  | "imm"; // OP imm

/**
 * The opcode table. The numeric values are the encoding: never renumber an existing
 * opcode (object files and executables on disk carry them), only append.
 */
export const enum Op {
  HALT = 0,
  NOP = 1,
  LI = 2, // a = imm
  MOV = 3, // a = b
  ADD = 4, // a = b + c
  SUB = 5,
  MUL = 6,
  DIV = 7, // signed, traps on 0 and on INT_MIN / -1 (as x86 does)
  DIVU = 8,
  REM = 9,
  REMU = 10,
  AND = 11,
  OR = 12,
  XOR = 13,
  SHL = 14, // shift counts are masked to 5 bits, as on x86
  SHR = 15, // arithmetic
  SHRU = 16, // logical
  ADDI = 17, // a = b + imm
  MULI = 18,
  ANDI = 19,
  ORI = 20,
  XORI = 21,
  SHLI = 22,
  SHRI = 23,
  SHRUI = 24,
  SEQ = 25, // a = (b == c) ? 1 : 0
  SNE = 26,
  SLT = 27,
  SLE = 28,
  SLTU = 29,
  SLEU = 30,
  NEG = 31, // a = -b
  NOT = 32, // a = ~b
  LNOT = 33, // a = !b
  SEXT8 = 34, // a = (int8) b
  SEXT16 = 35,
  ZEXT8 = 36,
  ZEXT16 = 37,
  LDB = 38, // a = (int8)  mem[b + imm]
  LDBU = 39, // a = (uint8) mem[b + imm]
  LDH = 40,
  LDHU = 41,
  LDW = 42,
  STB = 43, // mem[b + imm] = a (low 8 bits)
  STH = 44,
  STW = 45,
  JMP = 46, // pc = next + imm
  BZ = 47, // if a == 0 goto next + imm
  BNZ = 48,
  BEQ = 49, // if a == b goto next + imm
  BNE = 50,
  BLT = 51,
  BLE = 52,
  BLTU = 53,
  BLEU = 54,
  CALL = 55, // push next; pc = next + imm
  CALLR = 56, // push next; pc = a
  RET = 57, // pc = pop
  ENTER = 58, // push fp; fp = sp; sp -= imm
  LEAVE = 59, // sp = fp; fp = pop
  PUSH = 60, // sp -= 4; mem[sp] = a
  POP = 61, // a = mem[sp]; sp += 4
  NATIVE = 62, // run libc native function number imm (arguments at sp + 4 ...), result in r0 (r1)
  TRAP = 63, // system call number imm, see vm/traps.ts
  COPY = 64, // copy imm bytes from [b] to [a] (struct assignment); regions may not overlap
  SEQI = 65, // a = (b == imm)
  SNEI = 66,
  SLTI = 67,
  SLEI = 68,
  SGTI = 69,
  SGEI = 70,
  SLTUI = 71,
  SGTUI = 72,
  // 64-bit integer operations on register pairs: register n holds the low word and n+1
  // the high word of each operand (a, b, c name the low registers). SHL64/SHR64/SHRU64
  // take a 32-bit shift count in c; the comparisons leave 0/1 in the single register a.
  ADD64 = 73,
  SUB64 = 74,
  MUL64 = 75,
  DIV64 = 76, // traps on division by zero and on INT64_MIN / -1
  DIVU64 = 77,
  REM64 = 78,
  REMU64 = 79,
  SHL64 = 80, // counts masked to 6 bits
  SHR64 = 81,
  SHRU64 = 82,
  NEG64 = 83, // a:a+1 = -(b:b+1)
  SLT64 = 84,
  SLTU64 = 85,
  SLE64 = 86,
  SLEU64 = 87,
  // Dense switch: the imm instructions after JTAB are `jmp` entries of a jump table; with
  // v = a (unsigned), control goes to entry v when v < imm, else to the instruction after
  // the table (the default path). Every target is a real instruction, found statically.
  JTAB = 88,
}

export interface OpInfo {
  readonly name: string;
  readonly format: Format;
}

/** Indexed by opcode. */
export const OPS: readonly OpInfo[] = (() => {
  const t: OpInfo[] = [];
  const def = (op: Op, name: string, format: Format) => {
    t[op] = { name, format };
  };
  def(Op.HALT, "halt", "none");
  def(Op.NOP, "nop", "none");
  def(Op.LI, "li", "ri");
  def(Op.MOV, "mov", "rr");
  def(Op.ADD, "add", "rrr");
  def(Op.SUB, "sub", "rrr");
  def(Op.MUL, "mul", "rrr");
  def(Op.DIV, "div", "rrr");
  def(Op.DIVU, "divu", "rrr");
  def(Op.REM, "rem", "rrr");
  def(Op.REMU, "remu", "rrr");
  def(Op.AND, "and", "rrr");
  def(Op.OR, "or", "rrr");
  def(Op.XOR, "xor", "rrr");
  def(Op.SHL, "shl", "rrr");
  def(Op.SHR, "shr", "rrr");
  def(Op.SHRU, "shru", "rrr");
  def(Op.ADDI, "addi", "rri");
  def(Op.MULI, "muli", "rri");
  def(Op.ANDI, "andi", "rri");
  def(Op.ORI, "ori", "rri");
  def(Op.XORI, "xori", "rri");
  def(Op.SHLI, "shli", "rri");
  def(Op.SHRI, "shri", "rri");
  def(Op.SHRUI, "shrui", "rri");
  def(Op.SEQ, "seq", "rrr");
  def(Op.SNE, "sne", "rrr");
  def(Op.SLT, "slt", "rrr");
  def(Op.SLE, "sle", "rrr");
  def(Op.SLTU, "sltu", "rrr");
  def(Op.SLEU, "sleu", "rrr");
  def(Op.NEG, "neg", "rr");
  def(Op.NOT, "not", "rr");
  def(Op.LNOT, "lnot", "rr");
  def(Op.SEXT8, "sext8", "rr");
  def(Op.SEXT16, "sext16", "rr");
  def(Op.ZEXT8, "zext8", "rr");
  def(Op.ZEXT16, "zext16", "rr");
  def(Op.LDB, "ldb", "load");
  def(Op.LDBU, "ldbu", "load");
  def(Op.LDH, "ldh", "load");
  def(Op.LDHU, "ldhu", "load");
  def(Op.LDW, "ldw", "load");
  def(Op.STB, "stb", "store");
  def(Op.STH, "sth", "store");
  def(Op.STW, "stw", "store");
  def(Op.JMP, "jmp", "jump");
  def(Op.BZ, "bz", "br1");
  def(Op.BNZ, "bnz", "br1");
  def(Op.BEQ, "beq", "br2");
  def(Op.BNE, "bne", "br2");
  def(Op.BLT, "blt", "br2");
  def(Op.BLE, "ble", "br2");
  def(Op.BLTU, "bltu", "br2");
  def(Op.BLEU, "bleu", "br2");
  def(Op.CALL, "call", "jump");
  def(Op.CALLR, "callr", "r");
  def(Op.RET, "ret", "none");
  def(Op.ENTER, "enter", "imm");
  def(Op.LEAVE, "leave", "none");
  def(Op.PUSH, "push", "r");
  def(Op.POP, "pop", "r");
  def(Op.NATIVE, "native", "imm");
  def(Op.TRAP, "trap", "imm");
  def(Op.COPY, "copy", "copy");
  def(Op.SEQI, "seqi", "rri");
  def(Op.SNEI, "snei", "rri");
  def(Op.SLTI, "slti", "rri");
  def(Op.SLEI, "slei", "rri");
  def(Op.SGTI, "sgti", "rri");
  def(Op.SGEI, "sgei", "rri");
  def(Op.SLTUI, "sltui", "rri");
  def(Op.SGTUI, "sgtui", "rri");
  def(Op.ADD64, "add64", "rrr");
  def(Op.SUB64, "sub64", "rrr");
  def(Op.MUL64, "mul64", "rrr");
  def(Op.DIV64, "div64", "rrr");
  def(Op.DIVU64, "divu64", "rrr");
  def(Op.REM64, "rem64", "rrr");
  def(Op.REMU64, "remu64", "rrr");
  def(Op.SHL64, "shl64", "rrr");
  def(Op.SHR64, "shr64", "rrr");
  def(Op.SHRU64, "shru64", "rrr");
  def(Op.NEG64, "neg64", "rr");
  def(Op.SLT64, "slt64", "rrr");
  def(Op.SLTU64, "sltu64", "rrr");
  def(Op.SLE64, "sle64", "rrr");
  def(Op.SLEU64, "sleu64", "rrr");
  def(Op.JTAB, "jtab", "ri");
  return t;
})();

export function isValidOp(op: number): boolean {
  return op >= 0 && op < OPS.length && OPS[op] !== undefined;
}

/** True for the opcodes whose imm is a PC-relative target (next instruction + imm). */
export function isPcRelative(op: number): boolean {
  const f = OPS[op]?.format;
  return f === "jump" || f === "br1" || f === "br2";
}

/** Writes one instruction at byte offset `at` of `out`. */
export function encode(out: Uint8Array, at: number, op: Op, a: number, b: number, c: number, imm: number): void {
  out[at] = op;
  out[at + 1] = a;
  out[at + 2] = b;
  out[at + 3] = c;
  out[at + 4] = imm & 0xff;
  out[at + 5] = (imm >>> 8) & 0xff;
  out[at + 6] = (imm >>> 16) & 0xff;
  out[at + 7] = (imm >>> 24) & 0xff;
}

export interface Insn {
  op: number;
  a: number;
  b: number;
  c: number;
  imm: number;
}

export function decode(bytes: Uint8Array, at: number): Insn {
  return {
    op: bytes[at]!,
    a: bytes[at + 1]!,
    b: bytes[at + 2]!,
    c: bytes[at + 3]!,
    imm: (bytes[at + 4]! | (bytes[at + 5]! << 8) | (bytes[at + 6]! << 16) | (bytes[at + 7]! << 24)) | 0,
  };
}

export function regName(r: number): string {
  return r === R_FP ? "fp" : r === R_SP ? "sp" : `r${r}`;
}

/** System call numbers for TRAP. */
export const enum Trap {
  EXIT = 1, // r0 = status
  WRITE = 2, // r0 = fd, r1 = buf, r2 = len -> r0 = bytes written or -errno
  READ = 3, // r0 = fd, r1 = buf, r2 = len -> r0 = bytes read or -errno
  BRK = 4, // r0 = new break (0 asks for the current one) -> r0 = the break after the call
}
