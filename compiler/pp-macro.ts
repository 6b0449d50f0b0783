/**
 * @fileoverview Macro definition and expansion for the preprocessor (C99 6.10.3), with
 * Prosser's hide sets: every token carries the set of macros it came out of, a token naming
 * a macro in its own hide set is never expanded again ("painted blue"), and for a
 * function-like invocation the result gets (HS(name) ∩ HS(closing paren)) ∪ {name}. That is
 * what makes the C99 6.10.3.5 examples and gcc agree. Expansion results are pushed back on
 * the input stack and rescanned together with the rest of the input, so a macro can take its
 * arguments from text after it (`#define h g(~` ... `h 5)`).
 *
 * The file/line side (where tokens come from, where they go) is the subclass's business:
 * `refill` fetches the next source line when an invocation runs past the end of one, `emit`
 * writes a token to the output.
 */

import type { Diagnostics } from "./diagnostics.js";
import type { Location } from "./source.js";
import { evalPPExpr } from "./pp-expr.js";
import { assertNever } from "./types.js";
import { HideSet, TK, lexString, stringize, type Tok } from "./pp-lex.js";

export type Builtin = "file" | "line" | "counter" | "base" | "level" | "pragma";

export interface Macro {
  name: string;
  fn: boolean;
  /** Parameter names; a variadic macro's last one is `__VA_ARGS__` (or the GNU `args...` name). */
  params: string[];
  variadic: boolean;
  body: Tok[];
  /** For each body token, the index of the parameter it names, or -1. */
  pidx: number[];
  builtin: Builtin | null;
}

/** Depth limit for macro invocations nested inside arguments. */
const MAX_NESTING = 256;
/** Limit for macros expanding into one another (each one's result naming the next). */
const MAX_EXPANSION_DEPTH = 1024;

const isP = (t: Tok | undefined, s: string): boolean => t !== undefined && t.k === TK.Punct && t.t === s;

function pushReversed(st: Tok[], toks: readonly Tok[]): void {
  for (let i = toks.length - 1; i >= 0; i--) st.push(toks[i]!);
}

function sameMacro(a: Macro, b: Macro): boolean {
  if (a.fn !== b.fn || a.variadic !== b.variadic || a.builtin !== b.builtin) return false;
  if (a.params.length !== b.params.length || a.body.length !== b.body.length) return false;
  for (let i = 0; i < a.params.length; i++) if (a.params[i] !== b.params[i]) return false;
  for (let i = 0; i < a.body.length; i++) {
    const x = a.body[i]!;
    const y = b.body[i]!;
    if (x.t !== y.t || (i > 0 && x.sp !== y.sp)) return false;
  }
  return true;
}

export abstract class MacroEngine {
  readonly macros = new Map<string, Macro>();
  /** How many macro names start with each ASCII character (lets the fast path skip lookups). */
  readonly firstChar = new Uint32Array(128);
  /** Bumped whenever the set of macro names changes. */
  protected macroStamp = 0;
  /** The top-level input: a stack, next token last. */
  protected stack: Tok[] = [];
  private ifMode = false;
  private counter = 0;
  private lastRParen: Tok | null = null;
  /** The last invocation left out the variable arguments entirely (`F(a)` for `F(x, ...)`). */
  private vaOmitted = false;
  private nesting = 0;
  /** Interned hide sets by their sorted names. */
  private readonly hsIntern = new Map<string, HideSet>();
  private readonly hsEmpty = new HideSet(new Set());

  constructor(protected readonly diags: Diagnostics) {}

  protected abstract locOf(t: Tok): Location;
  protected abstract emit(t: Tok): void;
  /** A source token is being replaced by a macro's expansion, which goes where it was. */
  protected abstract reach(t: Tok): void;
  protected abstract refill(inArgs: boolean): boolean;
  protected abstract currentFile(): string;
  protected abstract baseFile(): string;
  protected abstract includeLevel(): number;
  protected abstract doPragma(text: string): void;

  protected setMacro(m: Macro): void {
    if (!this.macros.has(m.name)) {
      const c = m.name.charCodeAt(0);
      if (c < 128) this.firstChar[c]!++;
      this.macroStamp++;
    }
    this.macros.set(m.name, m);
  }

  protected deleteMacro(name: string): void {
    if (this.macros.delete(name)) {
      const c = name.charCodeAt(0);
      if (c < 128) this.firstChar[c]!--;
      this.macroStamp++;
    }
  }

  /** `#define`: toks[at] is the macro name; `dir` is the `define` token (null for -D). */
  protected define(toks: Tok[], at: number, dir: Tok | null): void {
    const nameTok = toks[at];
    const err = (t: Tok | undefined, msg: string): void => {
      const where = t ?? dir ?? toks[0];
      this.diags.errorAt(where ? this.locOf(where) : { file: this.currentFile(), line: 1, col: 1 }, msg);
    };
    if (nameTok === undefined) {
      const where = dir ?? toks[0];
      const loc = where ? { ...this.locOf(where), col: where.col + where.t.length + 1 } : { file: this.currentFile(), line: 1, col: 1 };
      return void this.diags.errorAt(loc, "macro name missing");
    }
    if (nameTok.k !== TK.Ident) return err(nameTok, "macro name must be an identifier");
    if (nameTok.t === "defined") return err(nameTok, "'defined' cannot be used as a macro name");
    let i = at + 1;
    const params: string[] = [];
    let variadic = false;
    let fn = false;
    if (isP(toks[i], "(") && !toks[i]!.sp) {
      fn = true;
      i++;
      if (isP(toks[i], ")")) i++;
      else {
        for (;;) {
          const p = toks[i];
          if (isP(p, "...")) {
            variadic = true;
            params.push("__VA_ARGS__");
            i++;
          } else if (p !== undefined && p.k === TK.Ident) {
            if (p.t === "__VA_ARGS__") return err(p, "__VA_ARGS__ can only appear in the expansion of a C99 variadic macro");
            if (params.includes(p.t)) return err(p, `duplicate macro parameter name '${p.t}'`);
            params.push(p.t);
            i++;
            if (isP(toks[i], "...")) {
              variadic = true; // GNU named variadic parameter: `args...`
              i++;
            }
          } else if (p === undefined) {
            return err(toks[i - 1], "missing ')' in macro parameter list");
          } else return err(p, "invalid token in macro parameter list");
          if (isP(toks[i], ")")) {
            i++;
            break;
          }
          if (variadic) return err(toks[i] ?? toks[i - 1], "missing ')' in macro parameter list");
          if (!isP(toks[i], ",")) return err(toks[i] ?? toks[i - 1], toks[i] ? "expected comma in macro parameter list" : "missing ')' in macro parameter list");
          i++;
        }
      }
    }
    const body: Tok[] = [];
    for (let j = i; j < toks.length; j++) {
      const t = toks[j]!;
      // gcc reads `a ## ## b` as one paste.
      if (isP(t, "##") && isP(body[body.length - 1], "##")) continue;
      body.push({ ...t, sp: body.length > 0 && t.sp, ol: -1 });
    }
    const pidx = body.map((t) => (fn && t.k === TK.Ident ? params.indexOf(t.t) : -1));
    for (let j = 0; j < body.length; j++) {
      const t = body[j]!;
      if (t.k !== TK.Punct && t.k !== TK.Ident) continue;
      if (fn && t.t === "#" && t.k === TK.Punct && (pidx[j + 1] ?? -1) < 0) return err(t, "'#' is not followed by a macro parameter");
      if (t.t === "##" && t.k === TK.Punct && (j === 0 || j === body.length - 1)) {
        return err(t, "'##' cannot appear at either end of a macro expansion");
      }
      if (t.t === "__VA_ARGS__" && pidx[j] === -1) {
        this.diags.warningAt(this.locOf(t), "__VA_ARGS__ can only appear in the expansion of a C99 variadic macro");
      }
    }
    const m: Macro = { name: nameTok.t, fn, params, variadic, body, pidx, builtin: null };
    const old = this.macros.get(m.name);
    if (old !== undefined && !sameMacro(old, m)) {
      this.diags.warningAt(this.locOf(nameTok), old.builtin ? `redefining builtin macro '${m.name}'` : `'${m.name}' macro redefined`);
    }
    this.setMacro(m);
  }

  /** Fully macro-expands a token list on its own (arguments, #include, #line operands). */
  protected expandList(toks: readonly Tok[]): Tok[] {
    // Invocations nested in arguments recurse here; real code never gets near the limit, and
    // stopping early keeps absurd input from taking quadratic time. Callers report RangeError.
    if (this.nesting >= MAX_NESTING) throw new RangeError("macro arguments nested too deeply");
    const st: Tok[] = [];
    pushReversed(st, toks);
    const out: Tok[] = [];
    this.nesting++;
    try {
      this.expandLoop(st, out, false);
    } finally {
      this.nesting--;
    }
    return out;
  }

  /** `#if`/`#elif`: expands with `defined` handled, then evaluates. */
  protected evalIf(toks: readonly Tok[], dir: Tok): boolean {
    const before = this.diags.errorCount;
    let exp: Tok[];
    this.ifMode = true;
    try {
      exp = this.expandList(toks);
    } catch (e) {
      if (!(e instanceof RangeError)) throw e;
      this.diags.errorAt(this.locOf(dir), "macro invocations nested too deeply");
      return false;
    } finally {
      this.ifMode = false;
    }
    if (this.diags.errorCount !== before) return false;
    return evalPPExpr(exp, (t, msg) => {
      const loc = t ? this.locOf(t) : { ...this.locOf(dir), col: dir.col + dir.t.length + 1 };
      this.diags.errorAt(loc, msg);
    });
  }

  /**
   * The expansion loop: reads `st` (a stack, next token last), expands macros and hands the
   * result to `out` or, when `out` is null, to emit. `top` allows reading more source lines.
   */
  protected expandLoop(st: Tok[], out: Tok[] | null, top: boolean): void {
    const macros = this.macros;
    for (;;) {
      const t = st.pop();
      if (t === undefined) return;
      let m: Macro | undefined;
      if (t.k !== TK.Ident || (m = macros.get(t.t)) === undefined || (t.hs !== null && t.hs.has(t.t))) {
        if (this.ifMode && out !== null && t.k === TK.Ident && t.t === "defined") this.defined(st, t, out);
        else if (out !== null) out.push(t);
        else this.emit(t);
        continue;
      }
      if (t.hs !== null && t.hs.names.size >= MAX_EXPANSION_DEPTH) {
        // Each level's hide set holds every macro above it, so a chain of n macros costs n^2:
        // a chain of 20,000 took minutes and gigabytes. The token stays unexpanded.
        this.diags.errorAt(this.locOf(t), `macro expansion nested too deeply (more than ${MAX_EXPANSION_DEPTH} macros inside one another)`);
        if (out !== null) out.push(t);
        else this.emit(t);
        continue;
      }
      if (m.builtin !== null) {
        const r = this.builtin(m, t, st, top);
        if (r !== null) {
          if (out !== null) out.push(r);
          else {
            if (t.ol >= 0) this.reach(t);
            this.emit(r);
          }
        }
        continue;
      }
      if (!m.fn) {
        if (out === null && t.ol >= 0) this.reach(t);
        pushReversed(st, this.subst(m, null, t, this.withName(t.hs, m.name)));
        continue;
      }
      if (!this.peekParen(st, top)) {
        if (out !== null) out.push(t);
        else this.emit(t);
        continue;
      }
      st.pop();
      const args = this.collectArgs(st, top, m, t);
      if (args === null) continue;
      const hs = this.withName(this.intersectHs(t.hs, this.lastRParen!.hs), m.name);
      if (out === null && t.ol >= 0) this.reach(t);
      pushReversed(st, this.subst(m, args, t, hs));
    }
  }

  private peekParen(st: Tok[], top: boolean): boolean {
    for (;;) {
      const n = st[st.length - 1];
      if (n !== undefined) return n.k === TK.Punct && n.t === "(";
      if (!top || !this.refill(false)) return false;
    }
  }

  /** Reads the arguments after `(` up to the matching `)`; null after an error. */
  private collectArgs(st: Tok[], top: boolean, m: Macro, name: Tok): Tok[][] | null {
    const args: Tok[][] = [];
    let cur: Tok[] = [];
    let depth = 0;
    const np = m.params.length;
    for (;;) {
      const t = st.pop();
      if (t === undefined) {
        if (top && this.refill(true)) continue;
        this.diags.errorAt(this.locOf(name), "unterminated function-like macro invocation");
        return null;
      }
      if (t.k === TK.Punct) {
        if (t.t === "(") depth++;
        else if (t.t === ")") {
          if (depth === 0) {
            args.push(cur);
            this.lastRParen = t;
            break;
          }
          depth--;
        } else if (t.t === "," && depth === 0 && !(m.variadic && args.length === np - 1)) {
          args.push(cur);
          cur = [];
          continue;
        }
      }
      cur.push(t);
    }
    if (np === 0) {
      if (args.length === 1 && args[0]!.length === 0) return [];
      this.diags.errorAt(this.locOf(name), `macro '${m.name}' passed ${args.length} arguments, but takes just 0`);
      return null;
    }
    this.vaOmitted = args.length === np - 1 && m.variadic;
    if (this.vaOmitted) args.push([]);
    if (args.length < np) {
      const s = np === 1 ? "" : "s";
      this.diags.errorAt(this.locOf(name), `macro '${m.name}' requires ${np} argument${s}, but only ${args.length} given`);
      return null;
    }
    if (args.length > np) {
      this.diags.errorAt(this.locOf(name), `macro '${m.name}' passed ${args.length} arguments, but takes just ${np}`);
      return null;
    }
    return args;
  }

  /** `defined X` / `defined(X)` inside #if: 1 or 0, the operand not expanded. */
  private defined(st: Tok[], t: Tok, out: Tok[]): void {
    let id = st.pop();
    const paren = isP(id, "(");
    if (paren) id = st.pop();
    if (id === undefined || id.k !== TK.Ident) {
      this.diags.errorAt(this.locOf(id ?? t), "'defined' without an identifier");
      return;
    }
    if (paren && !isP(st.pop(), ")")) {
      this.diags.errorAt(this.locOf(id), "missing ')' after 'defined'");
      return;
    }
    out.push({ k: TK.Number, t: this.macros.has(id.t) ? "1" : "0", sp: t.sp, hs: null, ol: -1, col: t.col, ln: t.ln });
  }

  private builtin(m: Macro, t: Tok, st: Tok[], top: boolean): Tok | null {
    const mk = (k: TK, s: string): Tok => ({ k, t: s, sp: t.sp, hs: null, ol: -1, col: t.col, ln: t.ln });
    const quote = (s: string): string => '"' + s.replace(/[\\"]/g, "\\$&") + '"';
    const b = m.builtin;
    if (b === null) return t;
    switch (b) {
      case "file":
        return mk(TK.Str, quote(this.currentFile()));
      case "base":
        return mk(TK.Str, quote(this.baseFile()));
      case "line":
        return mk(TK.Number, String(t.ln));
      case "counter":
        return mk(TK.Number, String(this.counter++));
      case "level":
        return mk(TK.Number, String(this.includeLevel()));
      case "pragma": {
        // C99 6.10.9: _Pragma("text") acts as #pragma text.
        if (!this.peekParen(st, top)) {
          this.diags.errorAt(this.locOf(t), "_Pragma takes a parenthesized string literal");
          return t;
        }
        st.pop();
        let s = st.pop();
        if (s === undefined && top && this.refill(true)) s = st.pop();
        const close = st.pop();
        if (s === undefined || s.k !== TK.Str || !isP(close, ")")) {
          if (close !== undefined && !isP(close, ")")) st.push(close);
          this.diags.errorAt(this.locOf(t), "_Pragma takes a parenthesized string literal");
          return null;
        }
        const body = s.t.slice(s.t[0] === "L" ? 2 : 1, -1).replace(/\\(["\\])/g, "$1");
        this.doPragma(body);
        return null;
      }
      default:
        return assertNever(b, "builtin macro");
    }
  }

  private internHs(names: Iterable<string>): HideSet {
    const list = [...new Set(names)].sort();
    const key = list.join(" ");
    let r = this.hsIntern.get(key);
    if (r === undefined) {
      r = new HideSet(new Set(list));
      this.hsIntern.set(key, r);
    }
    return r;
  }

  private withName(hs: HideSet | null, name: string): HideSet {
    const base = hs ?? this.hsEmpty;
    if (base.has(name)) return base;
    let r = base.plus.get(name);
    if (r === undefined) {
      r = this.internHs([...base.names, name]);
      base.plus.set(name, r);
    }
    return r;
  }

  private unionHs(a: HideSet | null, b: HideSet): HideSet {
    if (a === null || a === b) return b;
    let r = a.unions.get(b);
    if (r === undefined) {
      r = this.internHs([...a.names, ...b.names]);
      a.unions.set(b, r);
    }
    return r;
  }

  private intersectHs(a: HideSet | null, b: HideSet | null): HideSet | null {
    if (a === null || b === null) return null;
    if (a === b) return a;
    let r = a.inters.get(b);
    if (r === undefined) {
      const names = [...a.names].filter((x) => b.has(x));
      r = names.length === 0 ? null : this.internHs(names);
      a.inters.set(b, r);
    }
    return r;
  }

  /** The replacement list with arguments substituted, `#` and `##` applied, `hs` added (C99 6.10.3.1-3). */
  private subst(m: Macro, args: Tok[][] | null, inv: Tok, hs: HideSet): Tok[] {
    const body = m.body;
    const pidx = m.pidx;
    const out: Tok[] = [];
    const cp = (t: Tok, sp: boolean): Tok => ({ k: t.k, t: t.t, sp, hs: this.unionHs(t.hs, hs), ol: -1, col: inv.col, ln: inv.ln });
    const expanded: (Tok[] | undefined)[] = [];
    let hasPlacemarker = false;
    const vaIdx = m.variadic ? m.params.length - 1 : -1;
    const vaDropsComma = args !== null && vaIdx >= 0 && (this.vaOmitted || (vaIdx === 0 && args[0]!.length === 0));
    for (let i = 0; i < body.length; i++) {
      const t = body[i]!;
      const sp = i === 0 ? inv.sp : t.sp;
      if (args !== null && t.k === TK.Punct) {
        if (t.t === "#" && pidx[i + 1]! >= 0) {
          i++;
          out.push({ k: TK.Str, t: stringize(args[pidx[i]!]!), sp, hs, ol: -1, col: inv.col, ln: inv.ln });
          continue;
        }
      }
      if (t.k === TK.Punct && t.t === "##" && out.length > 0) {
        i++;
        const r = body[i]!;
        const rp = pidx[i]!;
        const rhs = rp >= 0 && args !== null ? args[rp]! : [r];
        const lhs = out[out.length - 1]!;
        if (rp === vaIdx && rp >= 0 && lhs.k === TK.Punct && lhs.t === ",") {
          // GNU `, ## __VA_ARGS__`: the comma goes away when the variable arguments are left
          // out, or are empty in a macro that has no other parameter (gcc's rules).
          if (vaDropsComma) out.pop();
          else for (let j = 0; j < rhs.length; j++) out.push(cp(rhs[j]!, j === 0 ? false : rhs[j]!.sp));
          continue;
        }
        if (rhs.length === 0) continue; // pasting a placemarker leaves the left side as it is
        out.pop();
        if (lhs.k === TK.Placemarker) out.push(cp(rhs[0]!, lhs.sp));
        else for (const x of this.paste(lhs, rhs[0]!, inv, hs)) out.push(x);
        for (let j = 1; j < rhs.length; j++) out.push(cp(rhs[j]!, rhs[j]!.sp));
        continue;
      }
      const pi = pidx[i]!;
      if (pi >= 0 && args !== null) {
        const a = args[pi]!;
        if (isP(body[i + 1], "##")) {
          // Operand of ##: the argument as written, or a placemarker when empty.
          if (a.length === 0) {
            out.push({ k: TK.Placemarker, t: "", sp, hs, ol: -1, col: inv.col, ln: inv.ln });
            hasPlacemarker = true;
          } else for (let j = 0; j < a.length; j++) out.push(cp(a[j]!, j === 0 ? sp : a[j]!.sp));
          continue;
        }
        const e = (expanded[pi] ??= this.expandList(a));
        for (let j = 0; j < e.length; j++) out.push(cp(e[j]!, j === 0 ? sp : e[j]!.sp));
        continue;
      }
      out.push(cp(t, sp));
    }
    return hasPlacemarker ? out.filter((t) => t.k !== TK.Placemarker) : out;
  }

  /** `##` (C99 6.10.3.3): one token from two, or both kept with an error when that is no token. */
  private paste(lhs: Tok, rhs: Tok, inv: Tok, hs: HideSet): Tok[] {
    const s = lhs.t + rhs.t;
    const r = lexString(s, inv.ln, inv.col);
    const phs = this.unionHs(this.intersectHs(lhs.hs, rhs.hs), hs);
    if (r.length === 1 && r[0]!.t === s) return [{ ...r[0]!, sp: lhs.sp, hs: phs, ol: -1, col: inv.col, ln: inv.ln }];
    if (r.length === 0) return [];
    this.diags.errorAt(this.locOf(inv), `pasting formed '${s}', an invalid preprocessing token`);
    return [lhs, { ...rhs, hs: phs, ol: -1, col: inv.col, ln: inv.ln }];
  }
}
