/**
 * @fileoverview Spilling the expression register stack. Values live in r0..r13 by depth
 * (codegen.ts), so an operand held while a deep operand is evaluated costs a register:
 * `a + x * (a + x * (a + x * (a + x * a)))` in long long needs more than fourteen. When
 * the operand about to be evaluated would not fit above the live registers, they are
 * pushed, the operand is evaluated from r0, its value is moved up to where it belongs
 * and the live registers are popped back, as a call does (codegen-call.ts):
 *
 *   live r0..r(d-1)      push r0..r(d-1)      value in r0(..r1)     move to rd(..rd+1)
 *   [a][x][a][x]...  ->  depth 0, evaluate -> [v]               ->  pop r(d-1)..r0
 *
 * Whether an operand fits is estimated before evaluating it (`need`): the registers its
 * evaluation holds at once, counted generously (a spill too many costs a few pushes; one
 * too few ends in the "too complex" error the estimate exists to avoid).
 */

import type { Expr } from "./ast.js";
import { MAX_REG, type FnGen } from "./codegen.js";
import { width } from "./codegen-access.js";
import { assertNever } from "./types.js";
import { Op } from "../vm/isa.js";

/** Below this depth nothing is estimated: everyday expressions never pay for it. */
const CHECK_FROM = 3;

const needs = new WeakMap<Expr, number>();

/** Registers that evaluating e holds at most, its result included (an upper estimate). */
export function need(e: Expr): number {
  let n = needs.get(e);
  if (n === undefined) {
    n = estimate(e);
    needs.set(e, n);
  }
  return n;
}

/** Operands evaluated in order, each result held while the next is evaluated. */
function inOrder(...es: Expr[]): number {
  let held = 0;
  let most = 0;
  for (const x of es) {
    most = Math.max(most, held + need(x));
    held += width(x.ty!);
  }
  return most;
}

function estimate(e: Expr): number {
  const w = e.ty ? width(e.ty) : 1;
  switch (e.kind) {
    case "intLit":
    case "charLit":
    case "floatLit":
    case "stringLit":
    case "ident":
    case "sizeofType":
    case "sizeofExpr":
    case "compoundLit":
      return w + 1; // an address register beside a 64-bit or aggregate value
    case "call":
      return w + 1; // a call saves the live registers and starts from r0 (codegen-call.ts)
    case "binary":
      if (e.op === "&&" || e.op === "||") return Math.max(need(e.left), need(e.right)) + 1;
      return Math.max(inOrder(e.left, e.right), w) + 1;
    case "assign":
      return Math.max(inOrder(e.value, e.target), w) + 2;
    case "unary":
    case "incDec":
    case "cast":
    case "implicitCast":
      return Math.max(need(e.operand), w) + 1;
    case "cond":
      return Math.max(need(e.cond), need(e.then), need(e.else), w) + 1;
    case "comma":
      return Math.max(need(e.left), need(e.right));
    case "index":
      return inOrder(e.base, e.index) + 1;
    case "member":
      return need(e.base) + 1;
    default:
      return assertNever(e, "expression");
  }
}

/** Whether evaluating e at the current depth should go through `spilled`. */
export function wantsSpill(g: FnGen, e: Expr): boolean {
  return g.depth >= CHECK_FROM && g.depth + need(e) > MAX_REG + 1;
}

/** Evaluates e with the live registers pushed (see the file comment); returns its register. */
export function spilled(g: FnGen, e: Expr, evaluate: (g: FnGen, e: Expr) => number): number {
  const a = g.asm;
  const d = g.depth;
  for (let i = 0; i < d; i++) a.emit(Op.PUSH, i);
  g.depth = 0;
  const r = evaluate(g, e);
  const w = width(e.ty!);
  g.depth = d;
  const out = w === 2 ? g.alloc2(e.pos) : g.alloc(e.pos);
  // the high word first: the value moves up, possibly onto itself shifted by one
  for (let k = w - 1; k >= 0; k--) if (out + k !== r + k) a.emit(Op.MOV, out + k, r + k);
  for (let i = d - 1; i >= 0; i--) a.emit(Op.POP, i);
  return out;
}
