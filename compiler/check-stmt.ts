/**
 * @fileoverview The checker's statements: scopes of blocks and `for`, the constraints on
 * break/continue/case/default/goto/labels/return that C requires a diagnostic for, and the
 * conversions of conditions and returned values. The rest of the checker is check.ts.
 */

import type { Case, Default, Stmt } from "./ast.js";
import type { Checker } from "./check.js";
import { checkExpr, condition, convertForAssign, isBroken, rvalue } from "./check-expr.js";
import { constEvalExpr } from "./consteval.js";
import { T, assertNever, isInteger, promote, typeToString, type IntType } from "./types.js";

export function checkStmt(c: Checker, s: Stmt): void {
  const fn = c.fn!;
  switch (s.kind) {
    case "block":
      c.pushScope();
      for (const it of s.items) checkStmt(c, it);
      c.popScope();
      return;
    case "exprStmt":
      s.expr = checkExpr(c, s.expr);
      return;
    case "declStmt":
      s.vars = c.declaration(s.decl, false);
      return;
    case "if":
      s.cond = condition(c, s.cond);
      checkStmt(c, s.then);
      if (s.else) checkStmt(c, s.else);
      return;
    case "while":
      s.cond = condition(c, s.cond);
      loopBody(c, s.body);
      return;
    case "doWhile":
      loopBody(c, s.body);
      s.cond = condition(c, s.cond);
      return;
    case "for":
      c.pushScope();
      if (s.init) checkStmt(c, s.init);
      if (s.cond) s.cond = condition(c, s.cond);
      if (s.step) s.step = checkExpr(c, s.step);
      loopBody(c, s.body);
      c.popScope();
      return;
    case "switch": {
      s.cond = rvalue(c, s.cond);
      let t: IntType = T.int;
      if (isBroken(s.cond)) {
        // Already reported.
      } else if (!s.cond.ty || !isInteger(s.cond.ty)) {
        c.diags.error(s.cond.pos, `statement requires expression of integer type ('${typeToString(s.cond.ty ?? T.int)}' invalid)`);
      } else {
        t = promote(s.cond.ty);
        s.cond = convertForAssign(c, s.cond, t, "switch");
      }
      const ctx = { cases: [] as Case[], default: undefined as Default | undefined, type: t, seen: new Map<bigint, number>() };
      fn.switches.push(ctx);
      fn.breakables++;
      checkStmt(c, s.body);
      fn.breakables--;
      fn.switches.pop();
      s.cases = ctx.cases;
      s.default = ctx.default;
      return;
    }
    case "case": {
      const sw = fn.switches[fn.switches.length - 1];
      s.value = checkExpr(c, s.value);
      const v = constEvalExpr(c, s.value, "case value");
      if (!sw) c.diags.error(s.pos, "'case' statement not in switch statement");
      else if (v !== null) {
        const cv = sw.type.size === 8 ? (sw.type.signed ? BigInt.asIntN(64, v) : BigInt.asUintN(64, v)) : sw.type.signed ? BigInt.asIntN(32, v) : BigInt.asUintN(32, v);
        if (sw.seen.has(cv)) {
          c.diags.error(s.value.pos, `duplicate case value '${cv}'`);
          c.diags.note(sw.seen.get(cv)!, "previous case defined here");
        } else {
          sw.seen.set(cv, s.value.pos);
          s.constValue = cv;
          sw.cases.push(s);
        }
      }
      checkStmt(c, s.body);
      return;
    }
    case "default": {
      const sw = fn.switches[fn.switches.length - 1];
      if (!sw) c.diags.error(s.pos, "'default' statement not in switch statement");
      else if (sw.default) {
        c.diags.error(s.pos, "multiple default labels in one switch");
        c.diags.note(sw.default.pos, "previous case defined here");
      } else sw.default = s;
      checkStmt(c, s.body);
      return;
    }
    case "break":
      if (fn.breakables === 0) c.diags.error(s.pos, "'break' statement not in loop or switch statement");
      return;
    case "continue":
      if (fn.loops === 0) c.diags.error(s.pos, "'continue' statement not in loop statement");
      return;
    case "goto":
      fn.gotos.push({ label: s.label, pos: wordAfter(c, s.pos, "goto") });
      return;
    case "labeled":
      if (fn.labels.has(s.label)) {
        c.diags.error(s.pos, `redefinition of label '${s.label}'`);
        c.diags.note(fn.labels.get(s.label)!, "previous definition is here");
      } else fn.labels.set(s.label, s.pos);
      checkStmt(c, s.body);
      return;
    case "return": {
      const ret = fn.sym.type.ret;
      if (s.value) {
        s.value = rvalue(c, s.value);
        if (isBroken(s.value)) {
          // Already reported.
        } else if (ret.kind === "void") {
          if (s.value.ty?.kind !== "void") c.diags.error(s.value.pos, `void function '${fn.sym.name}' should not return a value`);
        } else s.value = convertForAssign(c, s.value, ret, "return");
      } else if (ret.kind !== "void") {
        c.diags.error(s.pos, `non-void function '${fn.sym.name}' should return a value`);
      }
      return;
    }
    case "empty":
      return;
    default:
      return assertNever(s, "statement");
  }
}

function loopBody(c: Checker, body: Stmt): void {
  const fn = c.fn!;
  fn.loops++;
  fn.breakables++;
  checkStmt(c, body);
  fn.loops--;
  fn.breakables--;
}

/** The offset of the word after keyword `kw` at `pos` (the label of a goto), for carets. */
function wordAfter(c: Checker, pos: number, kw: string): number {
  const text = c.diags.map?.src.text;
  if (text === undefined || text.slice(pos, pos + kw.length) !== kw) return pos;
  let i = pos + kw.length;
  while (i < text.length && (text[i] === " " || text[i] === "\t" || text[i] === "\n" || text[i] === "\r")) i++;
  return i;
}
