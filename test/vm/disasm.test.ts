/** @fileoverview VM tests: Disassembler output text. */
import { describe, expect, it } from "vitest";
import { Op, Trap, encode } from "../../vm/isa.js";
import { DisasmError, disassemble, disassembleExecutable } from "../../vm/disasm.js";
import { FP, assemble, br2, call, enter, ins, jmp, label, ld, leave, li, line, nativeStub, ret, rri, rrr, st, trap } from "./asm.js";

describe("disassembler", () => {
  const exe = assemble({
    funcs: [
      {
        name: "main",
        body: [
          enter(8),
          line(3),
          li(0, 42),
          li(2, "msg"),
          call("fib"),
          ld(Op.LDW, 1, FP, -8),
          st(Op.STW, FP, 8, 1),
          label("loop"),
          br2(Op.BLT, 0, 1, "loop"),
          jmp("fib"),
          ins(Op.COPY, 1, 2, 0, 12),
          trap(Trap.WRITE),
          rri(Op.ADDI, 15, 15, -4),
          rrr(Op.ADD, 1, 2, 3),
          ld(Op.LDB, 3, 4, 0),
          leave(),
          ret(),
        ],
      },
      { name: "fib", body: [line(10), ret()] },
      nativeStub("strlen", 0),
    ],
    rodata: [{ name: "msg", bytes: "hi" }],
    natives: ["strlen"],
  });

  it("prints an executable with labels, symbols, lines and comments", () => {
    expect(disassembleExecutable(exe)).toEqual([
      "<_start>:",
      "00010000:  call    0x00010010 <main>",
      "00010008:  trap    1                    ; exit",
      "",
      "<main>:",
      "00010010:  enter   8",
      "          ; t.c:3",
      "00010018:  li      r0, 42",
      "00010020:  li      r2, 0x00011000 <msg>",
      "00010028:  call    0x00010088 <fib>",
      "00010030:  ldw     r1, [fp-8]",
      "00010038:  stw     [fp+8], r1",
      "00010040:  blt     r0, r1, 0x00010040 <main+0x30>",
      "00010048:  jmp     0x00010088 <fib>",
      "00010050:  copy    [r1], [r2], 12",
      "00010058:  trap    2                    ; write",
      "00010060:  addi    sp, sp, -4",
      "00010068:  add     r1, r2, r3",
      "00010070:  ldb     r3, [r4]",
      "00010078:  leave",
      "00010080:  ret",
      "",
      "<fib>:",
      "          ; t.c:10",
      "00010088:  ret",
      "",
      "<strlen>:",
      "00010090:  native  0                    ; strlen",
      "00010098:  ret",
    ]);
  });

  it("prints one function", () => {
    expect(disassembleExecutable(exe, "fib")).toEqual(["<fib>:", "          ; t.c:10", "00010088:  ret"]);
    expect(() => disassembleExecutable(exe, "nope")).toThrow(new DisasmError("no function named 'nope' in the executable"));
  });

  it("shows unknown opcodes and bad operands as data", () => {
    const b = new Uint8Array(8 * 3 + 3);
    encode(b, 0, 0xee as Op, 1, 2, 3, 0x11223344);
    encode(b, 8, Op.MOV, 1, 17, 0, 0);
    encode(b, 16, Op.JMP, 0, 0, 0, -16);
    b.set([1, 2, 3], 24);
    expect(disassemble(b, 0x2000)).toEqual([
      "00002000:  .word   0x030201ee, 0x11223344",
      "00002008:  .word   0x00110103, 0x00000000",
      "00002010:  jmp     0x00002008",
      "00002018:  .byte   0x01, 0x02, 0x03",
    ]);
  });
});
