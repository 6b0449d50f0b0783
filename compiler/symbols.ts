/**
 * @fileoverview What the checker learns and the code generator needs: symbols for every
 * declared name, and the checked translation unit. This is the narrow interface between
 * the front end (parser + checker) and the back end (codegen), in the spirit of lcc.
 */

import type { Block, CompoundLit, Expr } from "./ast.js";
import type { CType, FunctionType, IntType } from "./types.js";

export interface VarSym {
  kind: "var";
  name: string;
  type: CType;
  /** global/static: lives in data or bss; local/param: lives in the frame. */
  storage: "global" | "static" | "local" | "param";
  /** Assembler-level name (static locals get a unique one, e.g. `counter.1`). */
  linkName: string;
  /** Visible to other modules? (`static` and static locals are local.) */
  binding: "global" | "local";
  /** fp-relative offset, set by the code generator for locals and params. */
  offset: number;
  /** A definition (with or without initializer) seen in this unit, vs only `extern`. */
  defined: boolean;
  /** The initializer flattened to the scalars (and strings) it stores, in order. */
  init: InitItem[] | null;
  pos: number;
  used: boolean;
  /** Declared `register`: its address may not be taken (C99 6.5.3.2p1). */
  register?: boolean;
}

/**
 * One store of an initializer: `expr` (already converted to `type`) goes at byte `offset`
 * of the object. A string literal initializing a char array has the array's type. A later
 * item overrides an earlier one at the same place (designators); bytes not covered are 0.
 */
export interface InitItem {
  offset: number;
  type: CType;
  expr: Expr;
}

/**
 * A compound literal inside a function after checking: the anonymous automatic object it
 * denotes, which the code generator initializes each time the expression is evaluated
 * (C99 6.5.2.5p16). At file scope the checker replaces the literal by a reference to a
 * static object instead.
 */
export interface CheckedCompoundLit extends CompoundLit {
  object: VarSym;
}

/** The object of a checked compound literal (see CheckedCompoundLit). */
export function compoundLiteralObject(e: CompoundLit): VarSym | null {
  return (e as Partial<CheckedCompoundLit>).object ?? null;
}

export interface FuncSym {
  kind: "func";
  name: string;
  type: FunctionType;
  linkName: string;
  binding: "global" | "local";
  defined: boolean;
  pos: number;
  /** Declared only implicitly by a call (C89 style): a warning was given. */
  implicit: boolean;
}

export interface EnumConstSym {
  kind: "enumConst";
  name: string;
  value: number;
  type: IntType;
  pos: number;
}

export interface TypedefSym {
  kind: "typedef";
  name: string;
  type: CType;
  pos: number;
}

export type Sym = VarSym | FuncSym | EnumConstSym | TypedefSym;

export interface CheckedFunction {
  sym: FuncSym;
  params: VarSym[];
  /** Every automatic variable of the body (all blocks), in declaration order. */
  locals: VarSym[];
  body: Block;
  /** Position of the closing brace. */
  endPos: number;
  /** Hidden pointer parameter for functions returning a struct. */
  returnsStruct: boolean;
  pos: number;
}

export interface CheckedUnit {
  /** Global and static variables defined in this unit (static locals included), in order. */
  globals: VarSym[];
  functions: CheckedFunction[];
  /** Every global-level symbol referenced or declared (for the object's symbol table). */
  externs: (VarSym | FuncSym)[];
}
