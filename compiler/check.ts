/**
 * @fileoverview The checker: resolves names in their scopes, turns declarations into
 * symbols and types, types every expression (check-expr.ts) and statement (check-stmt.ts)
 * and enforces the constraints C requires a diagnostic for. Its result (symbols.ts) is
 * all the code generator needs.
 */

import type { Declaration, Declarator, Expr, ExternalDecl, FunctionDef, Initializer, Stmt, TranslationUnit } from "./ast.js";
import { applyDeclarator, baseType, adjustParam } from "./check-types.js";
import { checkInitializer } from "./check-init.js";
import { checkStmt } from "./check-stmt.js";
import type { Diagnostics } from "./diagnostics.js";
import type { CheckedFunction, CheckedUnit, FuncSym, Sym, VarSym } from "./symbols.js";
import {
  T,
  compatible,
  isComplete,
  typeToString,
  unqualified,
  type CType,
  type FunctionType,
  type IntType,
  type StructInfo,
} from "./types.js";

export type TagEntry = { kind: "struct"; info: StructInfo } | { kind: "enum"; type: IntType; defined: boolean };

export class Scope {
  readonly names = new Map<string, Sym>();
  readonly tags = new Map<string, TagEntry>();
  constructor(readonly parent: Scope | null) {}
}

interface FunctionContext {
  sym: FuncSym;
  locals: VarSym[];
  labels: Map<string, number>;
  gotos: { label: string; pos: number }[];
  switches: { cases: import("./ast.js").Case[]; default?: import("./ast.js").Default; type: IntType; seen: Map<bigint, number> }[];
  loops: number;
  breakables: number;
  /** Locals never used, reported in source order when the function ends. */
  unused: VarSym[];
}

export class Checker {
  readonly file: Scope = new Scope(null);
  scope: Scope = this.file;
  fn: FunctionContext | null = null;
  private readonly globals: VarSym[] = [];
  private readonly functions: CheckedFunction[] = [];
  private staticCounter = 0;
  /** Variables whose declaration was reported as invalid: their uses stay quiet. */
  readonly brokenSyms = new WeakSet<Sym>();
  /** Undeclared names already reported in the current function (gcc reports each once). */
  readonly undeclared = new Set<string>();
  /** Lines (file:line) where unsupported floating point was already reported. */
  private readonly floatLines = new Set<string>();

  constructor(readonly diags: Diagnostics) {}

  /** A fresh number for the assembler name of a static object (`count.3`). */
  nextStaticId(): number {
    return ++this.staticCounter;
  }

  /** Reports floating point once per line: `double d = 1.5;` is one mistake, not two. */
  floatError(pos: number): void {
    const loc = this.diags.map?.locate(pos);
    const key = loc ? `${loc.file}:${loc.line}` : String(pos);
    if (this.floatLines.has(key)) return;
    this.floatLines.add(key);
    this.diags.error(pos, "floating point is not supported yet");
  }

  // --- scopes -----------------------------------------------------------------------

  pushScope(): void {
    this.scope = new Scope(this.scope);
  }
  popScope(): void {
    if (this.scope === this.file) return;
    if (this.fn) this.warnUnused(this.scope);
    this.scope = this.scope.parent ?? this.file;
  }
  lookup(name: string): Sym | undefined {
    for (let s: Scope | null = this.scope; s; s = s.parent) {
      const x = s.names.get(name);
      if (x) return x;
    }
    return undefined;
  }
  lookupTag(name: string): TagEntry | undefined {
    for (let s: Scope | null = this.scope; s; s = s.parent) {
      const x = s.tags.get(name);
      if (x) return x;
    }
    return undefined;
  }

  /** Declares a non-variable ordinary identifier (enum constant, typedef) in the current scope. */
  declareOrdinary(name: string, sym: Sym, pos: number): void {
    const prev = this.scope.names.get(name);
    if (prev) {
      if (prev.kind === "typedef" && sym.kind === "typedef") {
        if (compatible(prev.type, sym.type)) return; // C11 allows it; gcc too
        this.diags.error(pos, `typedef redefinition with different types ('${typeToString(sym.type)}' vs '${typeToString(prev.type)}')`);
      } else if (prev.kind === "enumConst" && sym.kind === "enumConst") {
        this.diags.error(pos, `redefinition of enumerator '${name}'`);
      } else if (prev.kind !== sym.kind) {
        this.diags.error(pos, `redefinition of '${name}' as different kind of symbol`);
      } else this.diags.error(pos, `redefinition of '${name}'`);
      this.diags.note(prev.pos, "previous definition is here");
      return;
    }
    this.scope.names.set(name, sym);
  }

  private warnUnused(scope: Scope): void {
    for (const s of scope.names.values()) {
      if (s.kind === "var" && s.storage === "local" && !s.used) this.fn?.unused.push(s);
    }
  }

  // --- translation unit -------------------------------------------------------------

  checkUnit(tu: TranslationUnit): CheckedUnit {
    for (const item of tu.items) {
      const f = this.checkExternal(item);
      if (f !== null) this.functions.push(f);
    }
    return this.finishUnit();
  }

  /**
   * Checks one external declaration; a function definition's checked form is returned
   * (not kept), so that a caller compiling function by function can generate its code and
   * let its tree go (compiler/compile.ts).
   */
  checkExternal(item: ExternalDecl): CheckedFunction | null {
    if (item.kind === "functionDef") return this.functionDef(item);
    this.declaration(item, true);
    return null;
  }

  /** The end of the unit: file-scope definitions are settled; `functions` holds those of checkUnit. */
  finishUnit(): CheckedUnit {
    // Tentative definitions without an initializer become zero-filled definitions.
    const externs: (VarSym | FuncSym)[] = [];
    for (const s of this.file.names.values()) {
      if (s.kind === "var" || s.kind === "func") externs.push(s);
      if (s.kind === "var" && s.defined && !this.globals.includes(s)) this.globals.push(s);
      if (s.kind === "var" && s.defined && s.type.kind === "array" && s.type.length === null) {
        // `int a[];` at file scope with no size anywhere: gcc assumes one element.
        s.type = { ...s.type, length: 1 };
        this.diags.warning(s.pos, `array '${s.name}' assumed to have one element`);
      }
      if (s.kind === "var" && s.defined && !isComplete(s.type)) {
        this.diags.error(s.pos, `variable has incomplete type '${typeToString(s.type)}'`);
      }
      if (s.kind === "func" && !s.defined && s.binding === "local" && s.implicit === false && this.usedFuncs.has(s)) {
        this.diags.warning(s.pos, `function '${s.name}' has internal linkage but is not defined`);
      }
    }
    return { globals: this.globals, functions: this.functions, externs };
  }

  readonly usedFuncs = new Set<FuncSym>();

  addStaticLocal(v: VarSym): void {
    this.globals.push(v);
  }

  // --- declarations -----------------------------------------------------------------

  /** A declaration at file scope (fileScope) or in a block; returns the automatic variables. */
  declaration(d: Declaration, fileScope: boolean): VarSym[] {
    const base = baseType(this, d.spec);
    const storage = d.spec.storage;
    const autos: VarSym[] = [];
    if (d.declarators.length === 0) {
      if (!d.spec.tagged) this.diags.warning(d.pos, "declaration does not declare anything");
      return autos;
    }
    if (fileScope && (storage === "auto" || storage === "register")) {
      this.diags.error(d.spec.storagePos, "illegal storage class on file-scoped variable");
    }
    for (const id of d.declarators) {
      const { type, name, pos } = applyDeclarator(this, base, id.declarator);
      if (name === null) continue;
      if (storage === "typedef") {
        if (id.init) this.diags.error(id.init.pos, "illegal initializer (only variables can be initialized)");
        this.declareOrdinary(name, { kind: "typedef", name, type, pos }, pos);
        continue;
      }
      if (type.kind === "function") {
        if (id.init) this.diags.error(id.init.pos, `illegal initializer (only variables can be initialized)`);
        if (!fileScope && storage === "static") this.diags.error(d.spec.storagePos, "function declared in block scope cannot have 'static' storage class");
        this.declareFunction(name, type, pos, storage === "static", false);
        continue;
      }
      if (type.kind === "void") {
        this.diags.error(pos, `variable has incomplete type 'void'`);
        this.declareBroken(name, type, pos);
        continue;
      }
      if (fileScope || storage === "extern") this.globalVar(name, type, pos, storage, id.init, fileScope);
      else if (storage === "static") this.staticLocal(name, type, pos, id.init);
      else {
        const sym = this.localVar(name, type, pos, id.init, storage === "register");
        if (sym) autos.push(sym);
      }
    }
    return autos;
  }

  declareFunction(name: string, type: FunctionType, pos: number, isStatic: boolean, implicit: boolean): FuncSym {
    const prev = this.file.names.get(name);
    const inner = this.scope !== this.file ? this.scope.names.get(name) : undefined;
    if (inner && inner.kind !== "func") {
      this.diags.error(pos, `redefinition of '${name}' as different kind of symbol`);
    }
    if (prev) {
      if (prev.kind !== "func") {
        this.diags.error(pos, `redefinition of '${name}' as different kind of symbol`);
        return { kind: "func", name, type, linkName: name, binding: "global", defined: false, pos, implicit };
      }
      if (!compatible(prev.type, type)) {
        this.diags.error(pos, `conflicting types for '${name}'`);
        this.diags.note(prev.pos, "previous declaration is here");
      } else if (!prev.type.prototyped && type.prototyped) {
        prev.type = type; // a later prototype refines `int f()`
      }
      if (isStatic && prev.binding === "global" && !prev.implicit) {
        this.diags.error(pos, `static declaration of '${name}' follows non-static declaration`);
      }
      if (this.scope !== this.file) this.scope.names.set(name, prev);
      return prev;
    }
    const sym: FuncSym = { kind: "func", name, type, linkName: name, binding: isStatic ? "local" : "global", defined: false, pos, implicit };
    this.file.names.set(name, sym);
    if (this.scope !== this.file) this.scope.names.set(name, sym);
    return sym;
  }

  private globalVar(name: string, type: CType, pos: number, storage: string | null, init: Initializer | null, fileScope: boolean): void {
    if (!fileScope && init) {
      this.diags.error(init.pos, `declaration of block scope identifier with linkage cannot have an initializer`);
      init = null;
    }
    const isExtern = storage === "extern";
    const prev = this.file.names.get(name);
    let sym: VarSym;
    if (prev) {
      if (prev.kind !== "var") {
        this.diags.error(pos, `redefinition of '${name}' as different kind of symbol`);
        return;
      }
      if (!compatible(unqualified(prev.type), unqualified(type))) {
        this.diags.error(pos, `redefinition of '${name}' with a different type: '${typeToString(type)}' vs '${typeToString(prev.type)}'`);
        this.diags.note(prev.pos, "previous definition is here");
        return;
      }
      if (prev.type.kind === "array" && prev.type.length === null && type.kind === "array" && type.length !== null) prev.type = type;
      if (storage === "static" && prev.binding === "global") {
        this.diags.error(pos, `static declaration of '${name}' follows non-static declaration`);
        this.diags.note(prev.pos, "previous declaration is here");
      } else if (storage === null && fileScope && prev.binding === "local") {
        this.diags.error(pos, `non-static declaration of '${name}' follows static declaration`);
        this.diags.note(prev.pos, "previous declaration is here");
      }
      sym = prev;
      if (init) {
        if (prev.init) {
          this.diags.error(pos, `redefinition of '${name}'`);
          this.diags.note(prev.pos, "previous definition is here");
          return;
        }
        prev.pos = pos;
        prev.defined = true;
      }
      if (!isExtern) sym.defined = true;
    } else {
      sym = {
        kind: "var",
        name,
        type,
        storage: storage === "static" ? "static" : "global",
        linkName: name,
        binding: storage === "static" ? "local" : "global",
        offset: 0,
        defined: !isExtern || init !== null,
        init: null,
        pos,
        used: false,
      };
      this.file.names.set(name, sym);
    }
    if (this.scope !== this.file) {
      if (this.scope.names.has(name) && this.scope.names.get(name) !== sym) this.diags.error(pos, `redefinition of '${name}'`);
      this.scope.names.set(name, sym);
    }
    if (init) sym.init = checkInitializer(this, sym, init);
  }

  private staticLocal(name: string, type: CType, pos: number, init: Initializer | null): void {
    if (this.scope.names.has(name)) {
      this.diags.error(pos, `redefinition of '${name}'`);
      return;
    }
    const sym: VarSym = {
      kind: "var",
      name,
      type,
      storage: "static",
      linkName: `${name}.${++this.staticCounter}`,
      binding: "local",
      offset: 0,
      defined: true,
      init: null,
      pos,
      used: false,
    };
    this.scope.names.set(name, sym);
    if (init) sym.init = checkInitializer(this, sym, init);
    if (!isComplete(sym.type)) this.diags.error(pos, `variable has incomplete type '${typeToString(sym.type)}'`);
    this.globals.push(sym);
  }

  /** Declares a variable whose declaration was reported as invalid, so its uses stay quiet. */
  private declareBroken(name: string, type: CType, pos: number): void {
    if (this.scope.names.has(name)) return;
    const sym: VarSym = { kind: "var", name, type, storage: this.scope === this.file ? "global" : "local", linkName: name, binding: "local", offset: 0, defined: false, init: null, pos, used: true };
    this.brokenSyms.add(sym);
    this.scope.names.set(name, sym);
  }

  private localVar(name: string, type: CType, pos: number, init: Initializer | null, register: boolean): VarSym | null {
    const prev = this.scope.names.get(name);
    if (prev) {
      const sameType = prev.kind === "var" && compatible(unqualified(prev.type), unqualified(type));
      if (prev.kind !== "var") this.diags.error(pos, `redefinition of '${name}' as different kind of symbol`);
      else if (sameType) this.diags.error(pos, `redefinition of '${name}'`);
      else this.diags.error(pos, `redefinition of '${name}' with a different type: '${typeToString(type)}' vs '${typeToString(prev.type)}'`);
      this.diags.note(prev.pos, "previous definition is here");
      // Later uses may mean either declaration: keep them quiet (clang does the same).
      if (!sameType) {
        this.scope.names.delete(name);
        this.declareBroken(name, type, pos);
      }
      return null;
    }
    const unsized = type.kind === "array" && type.length === null;
    if (!isComplete(type) && !unsized) {
      this.diags.error(pos, `variable has incomplete type '${typeToString(type)}'`);
      this.declareBroken(name, type, pos);
      return null;
    }
    const sym: VarSym = { kind: "var", name, type, storage: "local", linkName: name, binding: "local", offset: 0, defined: true, init: null, pos, used: false, register };
    // The name is in scope inside its own initializer (C99 6.2.1p7).
    this.scope.names.set(name, sym);
    if (init) {
      sym.init = checkInitializer(this, sym, init);
    }
    if (!isComplete(sym.type)) {
      this.diags.error(pos, `definition of variable with array type needs an explicit size or an initializer`);
      this.brokenSyms.add(sym);
      sym.used = true;
      return null;
    }
    this.fn?.locals.push(sym);
    return sym;
  }

  // --- functions --------------------------------------------------------------------

  private functionDef(f: FunctionDef): CheckedFunction | null {
    const base = baseType(this, f.spec);
    const { type, name, pos, fn } = applyDeclarator(this, base, f.declarator);
    if (type.kind !== "function" || name === null || !fn) {
      this.diags.error(f.declarator.pos, "expected a function declarator");
      return null;
    }
    if (f.spec.storage === "typedef") {
      this.diags.error(f.spec.storagePos, "function definition declared 'typedef'");
    }
    // Old-style definitions: parameter types come from the declarations before the body.
    let ftype: FunctionType = type;
    const paramNames: { name: string | null; pos: number; type: CType; register: boolean }[] = [];
    if (fn.oldStyle) {
      const declared = new Map<string, { type: CType; pos: number; register: boolean }>();
      for (const d of f.oldStyleDecls) {
        const b = baseType(this, d.spec);
        for (const id of d.declarators) {
          const x = applyDeclarator(this, b, id.declarator);
          if (x.name === null) continue;
          if (!fn.identifiers.some((i) => i.name === x.name)) {
            this.diags.error(x.pos, `parameter named '${x.name}' is missing`);
            continue;
          }
          declared.set(x.name, { type: adjustParam(x.type), pos: x.pos, register: d.spec.storage === "register" });
        }
      }
      for (const id of fn.identifiers) {
        const dt = declared.get(id.name);
        // Old-style parameters are passed with default promotions.
        const t = dt ? dt.type : T.int;
        paramNames.push({ name: id.name, pos: id.pos, type: t, register: dt?.register === true });
      }
      ftype = { ...type, params: [], prototyped: false };
    } else {
      fn.params.forEach((p, i) => {
        const t = ftype.params[i];
        if (!t) return;
        const pname = paramName(p.declarator);
        paramNames.push({ name: pname.name, pos: pname.pos, type: t, register: p.spec.storage === "register" });
      });
    }
    const sym = this.declareFunction(name, ftype, pos, f.spec.storage === "static", false);
    if (sym.defined) {
      this.diags.error(pos, `redefinition of '${name}'`);
      this.diags.note(sym.pos, "previous definition is here");
    }
    sym.defined = true;
    sym.pos = pos;
    if (!isComplete(ftype.ret) && ftype.ret.kind !== "void") {
      this.diags.error(pos, `incomplete result type '${typeToString(ftype.ret)}' in function definition`);
    }

    this.fn = { sym, locals: [], labels: new Map(), gotos: [], switches: [], loops: 0, breakables: 0, unused: [] };
    this.undeclared.clear();
    this.pushScope();
    const params: VarSym[] = [];
    for (const p of paramNames) {
      if (p.name === null) {
        this.diags.error(p.pos, "parameter name omitted");
        continue;
      }
      if (this.scope.names.has(p.name)) {
        this.diags.error(p.pos, `redefinition of parameter '${p.name}'`);
        continue;
      }
      const v: VarSym = { kind: "var", name: p.name, type: p.type, storage: "param", linkName: p.name, binding: "local", offset: 0, defined: true, init: null, pos: p.pos, used: true, register: p.register };
      if (!isComplete(p.type)) {
        this.diags.error(p.pos, `variable has incomplete type '${typeToString(p.type)}'`);
        this.brokenSyms.add(v);
      }
      this.scope.names.set(p.name, v);
      params.push(v);
    }
    // __func__ (C99 6.4.2.2) is declared on first use by check-expr.
    for (const item of f.body.items) this.stmt(item);
    this.popScope();
    for (const g of this.fn.gotos) {
      if (!this.fn.labels.has(g.label)) this.diags.error(g.pos, `use of undeclared label '${g.label}'`);
    }
    for (const v of this.fn.unused.sort((a, b) => a.pos - b.pos)) this.diags.warning(v.pos, `unused variable '${v.name}'`);
    const checked: CheckedFunction = { sym, params, locals: this.fn.locals, body: f.body, endPos: f.endPos, returnsStruct: ftype.ret.kind === "struct", pos: f.pos };
    this.fn = null;
    this.undeclared.clear();
    return checked;
  }

  /** Checks a statement (check-stmt.ts). */
  stmt(s: Stmt): void {
    checkStmt(this, s);
  }

  /** For check-expr: the type a plain expression statement or initializer gets. */
  exprType(e: Expr): CType {
    return e.ty ?? T.int;
  }
}

function paramName(d: Declarator): { name: string | null; pos: number } {
  let cur = d;
  for (;;) {
    if (cur.kind === "ident") return { name: cur.name, pos: cur.name === null ? d.pos : cur.pos };
    cur = cur.inner;
  }
}
