/**
 * @fileoverview Code generation: checked functions and statements become minic
 * instructions (vm/isa.ts) in an object module.
 *
 * Expressions are evaluated on a *register stack*: a value computed at depth d lives in
 * register r<d> (see codegen-expr.ts). Every local variable and parameter lives in the
 * frame at a fixed fp offset, like gcc -O0, so the stack dump shows them all:
 *
 *      fp + 8 + 4k   parameter k (a struct-returning function has a hidden pointer first)
 *      fp + 4        return address
 *      fp + 0        caller's fp
 *      fp - n        locals, in declaration order, each aligned to its type
 */

import { stringUnit, type Expr, type Stmt } from "./ast.js";
import { Assembler, type Label } from "./asm.js";
import type { Diagnostics } from "./diagnostics.js";
import type { SourceMap } from "./source.js";
import type { CheckedFunction, CheckedUnit, VarSym } from "./symbols.js";
import { StringPool, emitStatic } from "./codegen-data.js";
import { genCond, genDiscard, genStore, genValue, genAddrOfVar, width } from "./codegen-expr.js";
import { alignOf, assertNever, sizeOf, typeToString, type CType } from "./types.js";
import { Op, R_FP } from "../vm/isa.js";
import type { ObjectModule } from "../linker/object.js";
import { alignUp } from "./check-types.js";

/** Registers r0..MAX_REG form the expression stack. */
export const MAX_REG = 13;

export class FnGen {
  depth = 0;
  frameSize = 0;
  private readonly breakTargets: Label[] = [];
  private readonly continueTargets: Label[] = [];
  private readonly switchLabels = new Map<Stmt, Label>();
  private readonly userLabels = new Map<string, Label>();
  readonly returnLabel: Label;
  /** Set once "expression is too complex" was reported (the code is then discarded). */
  tooDeepReported = false;

  constructor(
    readonly asm: Assembler,
    readonly fn: CheckedFunction,
    readonly strings: StringPool,
    readonly diags: Diagnostics,
    readonly map: SourceMap,
  ) {
    this.returnLabel = asm.newLabel();
  }

  /** Claims the next register of the expression stack. */
  alloc(pos: number): number {
    if (this.depth > MAX_REG) {
      if (!this.tooDeepReported) this.diags.error(pos, "expression is too complex (too many nested operands)");
      this.tooDeepReported = true;
      return MAX_REG;
    }
    return this.depth++;
  }
  /** Claims two registers for a long long (low word in the first). */
  alloc2(pos: number): number {
    if (this.depth + 1 > MAX_REG) {
      this.alloc(pos);
      this.alloc(pos);
      return MAX_REG - 1;
    }
    this.depth += 2;
    return this.depth - 2;
  }
  free(n = 1): void {
    this.depth -= n;
  }

  /** A fresh frame slot for a temporary (struct call results). */
  frameSlot(size: number, align: number): number {
    this.frameSize = alignUp(this.frameSize + size, Math.max(align, 4));
    return -this.frameSize;
  }

  line(pos: number): void {
    const o = this.map.origin(pos);
    this.asm.line(o.file, o.line);
  }

  label(name: string): Label {
    let l = this.userLabels.get(name);
    if (l === undefined) {
      l = this.asm.newLabel();
      this.userLabels.set(name, l);
    }
    return l;
  }

  // --- statements -------------------------------------------------------------------

  stmt(s: Stmt): void {
    const a = this.asm;
    switch (s.kind) {
      case "block":
        for (const it of s.items) this.stmt(it);
        return;
      case "exprStmt":
        this.line(s.pos);
        genDiscard(this, s.expr);
        return;
      case "declStmt":
        for (const v of s.vars ?? []) this.initLocal(v);
        return;
      case "if": {
        this.line(s.pos);
        const elseL = a.newLabel();
        genCond(this, s.cond, elseL, false);
        this.stmt(s.then);
        if (s.else) {
          const end = a.newLabel();
          a.emitTo(Op.JMP, end);
          a.bind(elseL);
          this.stmt(s.else);
          a.bind(end);
        } else a.bind(elseL);
        return;
      }
      case "while": {
        // Condition at the bottom: one branch per iteration.
        const top = a.newLabel();
        const cond = a.newLabel();
        const end = a.newLabel();
        this.line(s.pos);
        a.emitTo(Op.JMP, cond);
        a.bind(top);
        this.loop(s.body, end, cond);
        a.bind(cond);
        this.line(s.pos);
        genCond(this, s.cond, top, true);
        a.bind(end);
        return;
      }
      case "doWhile": {
        const top = a.newLabel();
        const cond = a.newLabel();
        const end = a.newLabel();
        a.bind(top);
        this.loop(s.body, end, cond);
        a.bind(cond);
        this.line(s.cond.pos);
        genCond(this, s.cond, top, true);
        a.bind(end);
        return;
      }
      case "for": {
        const top = a.newLabel();
        const step = a.newLabel();
        const cond = a.newLabel();
        const end = a.newLabel();
        if (s.init) this.stmt(s.init);
        this.line(s.pos);
        a.emitTo(Op.JMP, cond);
        a.bind(top);
        this.loop(s.body, end, step);
        a.bind(step);
        if (s.step) {
          this.line(s.step.pos);
          genDiscard(this, s.step);
        }
        a.bind(cond);
        if (s.cond) {
          this.line(s.cond.pos);
          genCond(this, s.cond, top, true);
        } else a.emitTo(Op.JMP, top);
        a.bind(end);
        return;
      }
      case "switch": {
        this.line(s.pos);
        const end = a.newLabel();
        const r = genValue(this, s.cond);
        const wide = width(s.cond.ty!) === 2;
        if (!wide && this.jumpTable(s, r, end)) return;
        const t = this.alloc(s.pos);
        for (const c of s.cases ?? []) {
          const l = a.newLabel();
          this.switchLabels.set(c, l);
          a.emit(Op.SEQI, t, r, 0, Number(BigInt.asIntN(32, c.constValue!)));
          if (wide) {
            const skip = a.newLabel();
            a.emitTo(Op.BZ, skip, t);
            a.emit(Op.SEQI, t, r + 1, 0, Number(BigInt.asIntN(32, c.constValue! >> 32n)));
            a.emitTo(Op.BNZ, l, t);
            a.bind(skip);
          } else a.emitTo(Op.BNZ, l, t);
        }
        this.free(wide ? 3 : 2);
        let dflt = end;
        if (s.default) {
          dflt = a.newLabel();
          this.switchLabels.set(s.default, dflt);
        }
        a.emitTo(Op.JMP, dflt);
        this.breakTargets.push(end);
        this.stmt(s.body);
        this.breakTargets.pop();
        a.bind(end);
        return;
      }
      case "case":
      case "default": {
        const l = this.switchLabels.get(s);
        if (l !== undefined) a.bind(l);
        this.stmt(s.body);
        return;
      }
      case "break":
        this.line(s.pos);
        a.emitTo(Op.JMP, this.breakTargets[this.breakTargets.length - 1]!);
        return;
      case "continue":
        this.line(s.pos);
        a.emitTo(Op.JMP, this.continueTargets[this.continueTargets.length - 1]!);
        return;
      case "goto":
        this.line(s.pos);
        a.emitTo(Op.JMP, this.label(s.label));
        return;
      case "labeled":
        a.bind(this.label(s.label));
        this.stmt(s.body);
        return;
      case "return":
        this.line(s.pos);
        if (s.value) this.returnValue(s.value);
        a.emitTo(Op.JMP, this.returnLabel);
        return;
      case "empty":
        return;
      default:
        return assertNever(s, "statement");
    }
  }

  /**
   * A switch whose case values are dense becomes `jtab` and a table of jumps (one step
   * for any number of cases) instead of a compare and branch per case. Returns false, having
   * emitted nothing, when the cases are too few or too sparse.
   */
  private jumpTable(s: Extract<Stmt, { kind: "switch" }>, r: number, end: Label): boolean {
    const cases = s.cases ?? [];
    if (cases.length < 4) return false;
    const values = cases.map((c) => Number(BigInt.asIntN(32, c.constValue!)));
    // loops, not Math.min(...values): a switch of 100,000 cases would overflow the argument stack
    let min = values[0]!;
    let max = min;
    for (const v of values) {
      if (v < min) min = v;
      if (v > max) max = v;
    }
    const span = max - min + 1;
    if (span > Math.max(8, 3 * cases.length) || span > 4096) return false;
    const a = this.asm;
    const labels = new Map<number, Label>();
    cases.forEach((c, i) => {
      const l = a.newLabel();
      this.switchLabels.set(c, l);
      labels.set(values[i]!, l);
    });
    let dflt = end;
    if (s.default) {
      dflt = a.newLabel();
      this.switchLabels.set(s.default, dflt);
    }
    if (min !== 0) a.emit(Op.ADDI, r, r, 0, -min | 0);
    a.emit(Op.JTAB, r, 0, 0, span);
    for (let v = min; v < min + span; v++) a.emitTo(Op.JMP, labels.get(v) ?? dflt);
    a.emitTo(Op.JMP, dflt);
    this.free(1);
    this.breakTargets.push(end);
    this.stmt(s.body);
    this.breakTargets.pop();
    a.bind(end);
    return true;
  }

  private loop(body: Stmt, brk: Label, cont: Label): void {
    this.breakTargets.push(brk);
    this.continueTargets.push(cont);
    this.stmt(body);
    this.breakTargets.pop();
    this.continueTargets.pop();
  }

  private returnValue(e: Expr): void {
    const t = e.ty!;
    if (t.kind === "void") {
      genDiscard(this, e);
      return;
    }
    const r = genValue(this, e);
    if (this.fn.returnsStruct) {
      // Copy into the caller's buffer (hidden first argument) and return its address.
      const h = this.alloc(e.pos);
      this.asm.emit(Op.LDW, h, R_FP, 0, 8);
      this.asm.emit(Op.COPY, h, r, 0, sizeOf(t));
      this.asm.emit(Op.MOV, 0, h);
      this.free(1);
    } else if (r !== 0) {
      this.asm.emit(Op.MOV, 0, r);
      if (sizeOf(t) === 8) this.asm.emit(Op.MOV, 1, r + 1);
    }
    this.free(width(t));
  }

  /**
   * Runs a local's initializer: zero the object when only partly covered, then store each
   * item. Also used by codegen-expr for the object of a compound literal.
   */
  initLocal(v: VarSym): void {
    if (!v.init) return;
    this.line(v.pos);
    const size = sizeOf(v.type);
    const isAggregate = v.type.kind === "array" || v.type.kind === "struct";
    if (isAggregate && !(v.init.length === 1 && v.init[0]!.offset === 0 && sizeOf(v.init[0]!.type) === size && v.init[0]!.expr.kind !== "stringLit")) {
      this.zeroFill(v.offset, size, v.pos);
    }
    for (const item of v.init) {
      if (item.expr.kind === "stringLit" && item.type.kind === "array") {
        const n = Math.min(item.expr.bytes.length + stringUnit(item.expr), sizeOf(item.type));
        const src = this.alloc(v.pos);
        const dst = this.alloc(v.pos);
        this.asm.emitSymbolImm(Op.LI, src, 0, this.strings.symbolFor(item.expr), 0);
        this.asm.emit(Op.ADDI, dst, R_FP, 0, v.offset + item.offset);
        this.asm.emit(Op.COPY, dst, src, 0, n);
        this.free(2);
        continue;
      }
      const r = genValue(this, item.expr);
      const addr = this.alloc(v.pos);
      genAddrOfVar(this, v, addr);
      genStore(this, item.type, addr, item.offset, r);
      this.free(1);
      this.free(width(item.type));
    }
  }

  private zeroFill(offset: number, size: number, pos: number): void {
    const z = this.alloc(pos);
    this.asm.emit(Op.LI, z, 0, 0, 0);
    if (size <= 64) {
      let i = 0;
      for (; i + 4 <= size; i += 4) this.asm.emit(Op.STW, z, R_FP, 0, offset + i);
      for (; i < size; i++) this.asm.emit(Op.STB, z, R_FP, 0, offset + i);
    } else {
      // A word loop: p = &obj; end = p + size; do { *p = 0; p += 4 } while (p < end)
      const p = this.alloc(pos);
      const end = this.alloc(pos);
      this.asm.emit(Op.ADDI, p, R_FP, 0, offset);
      this.asm.emit(Op.ADDI, end, p, 0, size & ~3);
      const top = this.asm.newLabel();
      this.asm.bind(top);
      this.asm.emit(Op.STW, z, p, 0, 0);
      this.asm.emit(Op.ADDI, p, p, 0, 4);
      this.asm.emitTo(Op.BLTU, top, p, end);
      for (let i = size & ~3; i < size; i++) this.asm.emit(Op.STB, z, R_FP, 0, offset + i);
      this.free(2);
    }
    this.free(1);
  }

  /** Generates the whole function. */
  generate(): void {
    const a = this.asm;
    const fn = this.fn;
    const start = a.pc;
    this.line(fn.pos);
    // Parameters: fp+8 upwards (after the hidden struct-return pointer if any).
    let off = fn.returnsStruct ? 12 : 8;
    for (const p of fn.params) {
      p.offset = off;
      off += alignUp(Math.max(sizeOf(p.type), 1), 4);
    }
    for (const v of fn.locals) {
      const sz = Math.max(sizeOf(v.type), 1);
      this.frameSize = alignUp(this.frameSize + sz, Math.max(alignOf(v.type), 1));
      v.offset = -this.frameSize;
    }
    const enter = a.emit(Op.ENTER, 0, 0, 0, 0);
    for (const it of fn.body.items) this.stmt(it);
    // Falling off the end of main returns 0 (C99 5.1.2.2.3).
    this.line(fn.endPos);
    if (fn.sym.name === "main") a.emit(Op.LI, 0, 0, 0, 0);
    a.bind(this.returnLabel);
    a.emit(Op.LEAVE);
    a.emit(Op.RET);
    a.patchImm(enter, alignUp(this.frameSize, 4));
    a.resolveLabels();
    a.define(fn.sym.linkName, "text", start, a.pc - start, "func", fn.sym.binding);
    const loc = this.map.locate(fn.pos);
    a.funcs.push({
      name: fn.sym.name,
      start,
      end: a.pc,
      file: loc.file,
      line: loc.line,
      vars: [...fn.params, ...fn.locals].map((v) => ({ name: v.name, fpOffset: v.offset, type: typeToString(v.type), size: Math.max(sizeOf(v.type), 0), param: v.storage === "param" })),
    });
  }
}

/**
 * Generates an object module function by function: `fn` as each function is checked (its
 * tree can then be dropped), `finish` with the unit's static storage. The output is the
 * same as generating all functions and then all globals at once.
 */
export class UnitGen {
  private readonly asm: Assembler;
  private readonly strings: StringPool;

  constructor(
    name: string,
    private readonly diags: Diagnostics,
    private readonly map: SourceMap,
    textCapacity?: number,
  ) {
    this.asm = new Assembler(name, textCapacity);
    this.strings = new StringPool(this.asm);
  }

  fn(f: CheckedFunction): void {
    new FnGen(this.asm, f, this.strings, this.diags, this.map).generate();
  }

  finish(globals: readonly VarSym[]): ObjectModule {
    for (const v of globals) emitStatic(this.asm, v, this.strings, this.diags);
    return this.asm.finish();
  }
}

/**
 * Generates an object module for a checked unit. Symbols that are referenced but not
 * defined here become undefined globals as code refers to them; unused `extern`
 * declarations leave no trace, as with other compilers.
 */
export function generate(unit: CheckedUnit, name: string, diags: Diagnostics, map: SourceMap): ObjectModule {
  const g = new UnitGen(name, diags, map);
  for (const f of unit.functions) g.fn(f);
  return g.finish(unit.globals);
}

export type { CType };
