/**
 * @fileoverview Assignment in the code generator (see codegen-expr.ts): plain and compound
 * assignment and ++/--. A local variable's place is its frame slot; any other target's
 * address is computed once into a register.
 */

import type { Expr } from "./ast.js";
import type { FnGen } from "./codegen.js";
import { constInt, convert, genStore, is64, load, scale, width } from "./codegen-access.js";
import { genAddr, genValue } from "./codegen-expr.js";
import { arithOp, genInt32 } from "./codegen-ops.js";
import { T, sizeOf, type CType, type IntType } from "./types.js";
import { Op, R_FP } from "../vm/isa.js";

/** A place to store: a frame slot, or an address held in a register. */
type Place = { kind: "frame"; offset: number } | { kind: "reg"; reg: number };

function place(g: FnGen, target: Expr): Place {
  if (target.kind === "ident" && target.sym?.kind === "var" && (target.sym.storage === "local" || target.sym.storage === "param")) {
    return { kind: "frame", offset: target.sym.offset };
  }
  return { kind: "reg", reg: genAddr(g, target) };
}

function placeBase(p: Place): [number, number] {
  return p.kind === "frame" ? [R_FP, p.offset] : [p.reg, 0];
}

export function assign(g: FnGen, e: Extract<Expr, { kind: "assign" }>, wantValue: boolean): number {
  const a = g.asm;
  const tt = e.target.ty!;
  if (e.op === "=") {
    const v = genValue(g, e.value);
    const p = place(g, e.target);
    const [base, off] = placeBase(p);
    genStore(g, tt, base, off, v);
    if (p.kind === "reg") {
      if (tt.kind === "struct") a.emit(Op.MOV, v, p.reg); // the value of a struct assignment is the target
      g.free();
    }
    if (!wantValue) g.free(width(tt));
    return v;
  }
  // Compound assignment: old value op value, computed in the promoted type, stored narrowed.
  const op = e.op.slice(0, -1);
  const p = place(g, e.target);
  const [base, off] = placeBase(p);
  const r = is64(tt) ? g.alloc2(e.pos) : g.alloc(e.pos);
  load(g, tt, r, base, off);
  if (tt.kind === "pointer") {
    const size = sizeOf(tt.to);
    const k = constInt(e.value);
    if (k !== null) a.emit(Op.ADDI, r, r, 0, (op === "+" ? k : -k) * size);
    else {
      const x = genInt32(g, e.value);
      scale(g, x, size);
      a.emit(op === "+" ? Op.ADD : Op.SUB, r, r, x);
      g.free();
    }
  } else {
    const vt = e.value.ty!;
    const opType: CType = op === "<<" || op === ">>" ? promoteInt(tt) : usual(tt, vt);
    convert(g, r, tt, opType);
    arithOp(g, op, opType, r, e.value);
    convert(g, r, opType, tt);
  }
  genStore(g, tt, base, off, r);
  return finishPlace(g, p, r, wantValue, width(tt));
}

/** Moves the result down over a consumed address register and releases what is not needed. */
function finishPlace(g: FnGen, p: Place, r: number, wantValue: boolean, w: number): number {
  if (p.kind === "reg") {
    if (wantValue) {
      g.asm.emit(Op.MOV, p.reg, r);
      if (w === 2) g.asm.emit(Op.MOV, p.reg + 1, r + 1);
      g.free();
      return p.reg;
    }
    g.free(1 + w);
    return p.reg;
  }
  if (!wantValue) g.free(w);
  return r;
}

function promoteInt(t: CType): CType {
  if (t.kind !== "int") return t;
  return t.size < 4 || t.ik === "bool" ? T.int : t;
}
function usual(a: CType, b: CType): CType {
  if (a.kind !== "int" || b.kind !== "int") return a;
  const x = promoteInt(a) as IntType;
  const y = promoteInt(b) as IntType;
  if (x.size === 8 || y.size === 8) {
    if (x.size === 8 && y.size === 8) return !x.signed || !y.signed ? T.ullong : T.llong;
    return x.size === 8 ? x : y;
  }
  return !x.signed || !y.signed ? T.uint : T.int;
}

export function incDec(g: FnGen, e: Extract<Expr, { kind: "incDec" }>, wantValue: boolean): number {
  const a = g.asm;
  const t = e.operand.ty!;
  const step = t.kind === "pointer" ? sizeOf(t.to) : 1;
  const delta = e.op === "++" ? step : -step;
  const p = place(g, e.operand);
  const [base, off] = placeBase(p);
  if (is64(t)) {
    const r = g.alloc2(e.pos);
    load(g, t, r, base, off);
    const n = g.alloc2(e.pos);
    a.emit(Op.LI, n, 0, 0, delta);
    a.emit(Op.LI, n + 1, 0, 0, delta < 0 ? -1 : 0);
    if (wantValue && !e.prefix) a.emit(Op.ADD64, n, r, n);
    else a.emit(Op.ADD64, r, r, n);
    genStore(g, t, base, off, wantValue && !e.prefix ? n : r);
    g.free(2);
    return finishPlace(g, p, r, wantValue, 2);
  }
  const r = g.alloc(e.pos);
  load(g, t, r, base, off);
  if (wantValue && !e.prefix) {
    // Keep the old value: compute the new one in a scratch register.
    const n = g.alloc(e.pos);
    a.emit(Op.ADDI, n, r, 0, delta);
    convert(g, n, promoteInt(t), t);
    genStore(g, t, base, off, n);
    g.free();
  } else {
    a.emit(Op.ADDI, r, r, 0, delta);
    convert(g, r, promoteInt(t), t);
    genStore(g, t, base, off, r);
  }
  return finishPlace(g, p, r, wantValue, 1);
}
