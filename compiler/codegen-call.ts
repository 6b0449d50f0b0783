/**
 * @fileoverview Calls in the code generator (see codegen-expr.ts): the live registers of the
 * expression stack are pushed around the call, arguments are pushed right to left (structs
 * copied by value), a struct result goes to a frame temporary whose address is passed
 * first, and the result comes back in r0 (r0:r1 for long long).
 */

import type { Expr } from "./ast.js";
import type { FnGen } from "./codegen.js";
import { is64 } from "./codegen-access.js";
import { genValue } from "./codegen-expr.js";
import { sizeOf } from "./types.js";
import { Op, R_FP, R_SP } from "../vm/isa.js";

export function call(g: FnGen, e: Extract<Expr, { kind: "call" }>): number {
  const a = g.asm;
  const d = g.depth;
  // Save the live part of the register stack: the callee may use every register.
  for (let i = 0; i < d; i++) a.emit(Op.PUSH, i);
  g.depth = 0;
  const rt = e.ty!;
  const retStruct = rt.kind === "struct";
  let tmp = 0;
  if (retStruct) tmp = g.frameSlot(sizeOf(rt), 4);
  let argBytes = 0;
  for (let i = e.args.length - 1; i >= 0; i--) {
    const arg = e.args[i]!;
    const at = arg.ty!;
    const r = genValue(g, arg);
    if (at.kind === "struct") {
      const sz = (sizeOf(at) + 3) & ~3;
      a.emit(Op.ADDI, R_SP, R_SP, 0, -sz);
      a.emit(Op.COPY, R_SP, r, 0, sizeOf(at));
      argBytes += sz;
      g.free();
    } else if (is64(at)) {
      a.emit(Op.PUSH, r + 1);
      a.emit(Op.PUSH, r);
      argBytes += 8;
      g.free(2);
    } else {
      a.emit(Op.PUSH, r);
      argBytes += 4;
      g.free();
    }
  }
  if (retStruct) {
    const r = g.alloc(e.pos);
    a.emit(Op.ADDI, r, R_FP, 0, tmp);
    a.emit(Op.PUSH, r);
    argBytes += 4;
    g.free();
  }
  const callee = e.callee;
  const direct = callee.kind === "implicitCast" && callee.operand.kind === "ident" && callee.operand.sym?.kind === "func" ? callee.operand.sym : null;
  if (direct) a.emitToSymbol(Op.CALL, direct.linkName);
  else {
    const r = genValue(g, callee);
    a.emit(Op.CALLR, r);
    g.free();
  }
  if (argBytes > 0) a.emit(Op.ADDI, R_SP, R_SP, 0, argBytes);
  g.depth = d;
  if (is64(rt)) {
    const r = g.alloc2(e.pos);
    if (r !== 0) {
      a.emit(Op.MOV, r + 1, 1); // high word first: r may be r1
      a.emit(Op.MOV, r, 0);
    }
    for (let i = d - 1; i >= 0; i--) a.emit(Op.POP, i);
    return r;
  }
  const r = g.alloc(e.pos);
  if (r !== 0) a.emit(Op.MOV, r, 0);
  for (let i = d - 1; i >= 0; i--) a.emit(Op.POP, i);
  return r;
}
