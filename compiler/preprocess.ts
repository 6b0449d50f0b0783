/**
 * @fileoverview The C preprocessor (C99 6.10, gcc-compatible output semantics): the entry
 * point, directives (#include, conditionals, #define, #line, ...) and -E output. The parts:
 * pp-lex (tokens, comments), pp-macro (macro expansion with hide sets), pp-expr (#if
 * arithmetic), pp-lines (reading lines, the fast path, building output lines).
 *
 * Predefined: __FILE__, __LINE__, __COUNTER__, __BASE_FILE__, __INCLUDE_LEVEL__, _Pragma,
 * __STDC__ 1, __STDC_VERSION__ 199901L, __STDC_HOSTED__ 1, __minic__, __i386__, __ILP32__,
 * __CHAR_BIT__ and __SIZEOF_*__; __DATE__ and __TIME__ are fixed ("Jan  1 2026", "00:00:00")
 * so output is reproducible.
 */

import { CompileError, type Diagnostics } from "./diagnostics.js";
import type { LineOrigin, Location, PreprocessedSource } from "./source.js";
import { TK, replaceTrigraphs, tokenizeLine, type Tok } from "./pp-lex.js";
import { FileCtx, LineReader, type Cond } from "./pp-lines.js";

export interface PreprocessOptions {
  /** -I directories, searched for "x.h" after the including file's dir, and for <x.h> before the system dir. */
  includeDirs: string[];
  /** libc headers dir (<stdio.h> etc.). */
  systemIncludeDir: string;
  /** -D NAME=VALUE (value "1" for -D NAME); NAME may be `F(a,b)` for a function-like macro. */
  defines: Map<string, string>;
  /**
   * null when missing (the search goes on), a problem when present but unreadable (a
   * directory, a device, too large: an error at the #include); injected so tests need no disk.
   */
  readFile: (path: string) => string | null | { problem: string };
}

const MAX_INCLUDE_DEPTH = 200;

const PREDEFINED = [
  "__STDC__ 1",
  "__STDC_VERSION__ 199901L",
  "__STDC_HOSTED__ 1",
  "__minic__ 1",
  "__i386__ 1",
  "__ILP32__ 1",
  "__CHAR_BIT__ 8",
  "__SIZEOF_SHORT__ 2",
  "__SIZEOF_INT__ 4",
  "__SIZEOF_LONG__ 4",
  "__SIZEOF_POINTER__ 4",
  "__SIZEOF_LONG_LONG__ 8",
  '__DATE__ "Jan  1 2026"',
  '__TIME__ "00:00:00"',
];

export function preprocess(file: string, text: string, opts: PreprocessOptions, diags: Diagnostics): PreprocessedSource {
  return new Preprocessor(opts, diags).run(file, text);
}

/** gcc -E style text: `# LINE "FILE"` markers wherever the origin jumps, short gaps as blank lines. */
export function formatPreprocessed(src: PreprocessedSource): string {
  const lines = src.text.split("\n");
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  const out: string[] = [];
  let file: string | null = null;
  let next = 0;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!;
    if (text.trim() === "") continue;
    const o: LineOrigin = src.lineOrigins[i] ?? { file: file ?? "<unknown>", line: next };
    if (o.file !== file || o.line < next || o.line - next > 8) {
      out.push(`# ${o.line} "${o.file.replace(/[\\"]/g, "\\$&")}"`);
    } else {
      for (; next < o.line; next++) out.push("");
    }
    out.push(text);
    file = o.file;
    next = o.line + 1;
  }
  return out.length > 0 ? out.join("\n") + "\n" : "";
}

/** A path with `.`, `..` and doubled slashes resolved: the identity of a file for #pragma once and guards. */
function normPath(p: string): string {
  const abs = p.startsWith("/");
  const out: string[] = [];
  for (const seg of p.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === ".." && out.length > 0 && out[out.length - 1] !== "..") out.pop();
    else if (seg === ".." && abs) continue;
    else out.push(seg);
  }
  return (abs ? "/" : "") + out.join("/");
}

function joinPath(dir: string, f: string): string {
  if (f.startsWith("/") || dir === "" || dir === ".") return f;
  return dir.endsWith("/") ? dir + f : dir + "/" + f;
}

const isPunct = (t: Tok | undefined, s: string): boolean => t !== undefined && t.k === TK.Punct && t.t === s;

class Preprocessor extends LineReader {
  private readonly files = new Map<string, string>();
  private readonly missing = new Set<string>();
  private readonly onceFiles = new Set<string>();
  private readonly guards = new Map<string, string>();
  private depth = 0;
  private mainFile = "";

  constructor(
    private readonly opts: PreprocessOptions,
    diags: Diagnostics,
  ) {
    super(diags);
  }

  run(file: string, text: string): PreprocessedSource {
    this.mainFile = file;
    try {
      this.predefine();
      this.processFile(file, text);
    } catch (e) {
      // A CompileError (too many errors) is the diagnostics' own stop signal; anything else is
      // a bug or a resource limit (deep recursion), reported instead of crashing the host.
      if (e instanceof CompileError) throw e;
      const msg = e instanceof Error ? e.message : String(e);
      this.diags.errorAt({ file: this.ctx.presumed, line: this.ctx.idx + this.ctx.delta, col: 1 }, `internal preprocessor error: ${msg}`);
    }
    const t = this.outText;
    return { text: t.length > 0 ? t.join("\n") + "\n" : "", lineOrigins: this.outOrig, files: this.files };
  }

  private predefine(): void {
    const loc = { file: "<built-in>", line: 1, col: 1 };
    for (const [name, b] of [
      ["__FILE__", "file"],
      ["__LINE__", "line"],
      ["__COUNTER__", "counter"],
      ["__BASE_FILE__", "base"],
      ["__INCLUDE_LEVEL__", "level"],
      ["_Pragma", "pragma"],
    ] as const) {
      this.setMacro({ name, fn: false, params: [], variadic: false, body: [], pidx: [], builtin: b });
    }
    for (const d of PREDEFINED) this.defineFromText(d, loc);
    for (const [name, value] of this.opts.defines) {
      this.defineFromText(`${name} ${value}`, { file: "<command line>", line: 1, col: 1 });
    }
  }

  private defineFromText(s: string, loc: Location): void {
    const toks: Tok[] = [];
    tokenizeLine(s, -1, 1, false, toks);
    const saved = this.ctx;
    this.ctx = new FileCtx(loc.file, "");
    this.define(toks, 0, null);
    this.ctx = saved;
  }

  protected override baseFile(): string {
    return this.mainFile;
  }
  protected override includeLevel(): number {
    return this.depth;
  }

  // ---- files ------------------------------------------------------------------------------

  private processFile(path: string, text: string): void {
    this.files.set(path, text);
    const saved = this.ctx;
    const ctx = new FileCtx(path, replaceTrigraphs(text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text));
    this.ctx = ctx;
    this.runLines();
    for (const c of ctx.conds) this.diags.errorAt(c.loc, "unterminated conditional directive");
    if (ctx.inComment && ctx.commentLoc) this.diags.errorAt(ctx.commentLoc, "unterminated /* comment");
    if (ctx.guardState === 2) this.guards.set(normPath(path), ctx.guardName);
    this.ctx = saved;
  }

  // ---- directives ------------------------------------------------------------------------

  protected override directive(text: string, ln: number): void {
    try {
      this.directiveInner(text, ln);
    } catch (e) {
      if (!(e instanceof RangeError)) throw e;
      this.diags.errorAt({ file: this.ctx.presumed, line: ln, col: 1 }, "macro invocations nested too deeply");
    }
  }

  private directiveInner(text: string, ln: number): void {
    const ctx = this.ctx;
    const toks: Tok[] = [];
    tokenizeLine(text, -1, ln, false, toks);
    const name = toks[1];
    if (ctx.guardState === 2 || (ctx.guardState === 0 && !(name?.t === "ifndef" && ctx.conds.length === 0))) {
      ctx.guardState = -1;
    }
    if (name === undefined) return; // the null directive
    const skipping = ctx.skipping;
    if (name.k === TK.Ident) {
      switch (name.t) {
        case "if":
        case "ifdef":
        case "ifndef":
          this.ifDirective(name, toks, skipping);
          return;
        case "elif":
        case "else":
        case "endif":
          this.elseDirective(name, toks);
          return;
      }
    }
    if (skipping) return;
    if (name.k === TK.Number) {
      this.lineDirective(toks, 1, name); // gcc's `# 33 "file"` line marker
      return;
    }
    switch (name.k === TK.Ident ? name.t : "") {
      case "define":
        this.define(toks, 2, name);
        return;
      case "undef":
        this.undef(toks, name);
        return;
      case "include":
      case "include_next":
        this.include(toks, name, text);
        return;
      case "line":
        this.lineDirective(toks, 2, name);
        return;
      case "error":
      case "warning": {
        // gcc prints the tokens with single spaces between them (comments are gone already).
        let msg = "";
        for (let i = 2; i < toks.length; i++) msg += (i > 2 && toks[i]!.sp ? " " : "") + toks[i]!.t;
        const full = msg === "" ? `#${name.t}` : `#${name.t} ${msg}`;
        if (name.t === "error") this.diags.errorAt(this.locOf(name), full);
        else this.diags.warningAt(this.locOf(name), full);
        return;
      }
      case "pragma":
        this.pragma(toks.slice(2));
        return;
      case "ident":
      case "sccs":
        return;
      default:
        this.diags.errorAt(this.locOf(name), `invalid preprocessing directive '#${name.t}'`);
    }
  }

  private extraTokens(toks: Tok[], from: number, name: Tok): void {
    const t = toks[from];
    if (t !== undefined) this.diags.warningAt(this.locOf(t), `extra tokens at end of #${name.t} directive`);
  }

  private setSkipping(): void {
    const c = this.ctx.conds;
    this.ctx.skipping = c.length > 0 && !c[c.length - 1]!.active;
  }

  private ifDirective(name: Tok, toks: Tok[], skipping: boolean): void {
    const ctx = this.ctx;
    const cond: Cond = { active: false, taken: true, sawElse: false, parentActive: !skipping, loc: this.locOf(name), guard: false };
    if (!skipping) {
      let v = false;
      if (name.t === "if") v = this.evalIf(toks.slice(2), name);
      else {
        const id = toks[2];
        if (id === undefined) this.diags.errorAt(this.endLoc(name), "macro name missing");
        else if (id.k !== TK.Ident) this.diags.errorAt(this.locOf(id), "macro name must be an identifier");
        else {
          this.extraTokens(toks, 3, name);
          v = this.macros.has(id.t) === (name.t === "ifdef");
          if (name.t === "ifndef" && ctx.guardState === 0) {
            ctx.guardState = 1;
            ctx.guardName = id.t;
            cond.guard = true;
          }
        }
      }
      cond.active = v;
      cond.taken = v;
    }
    ctx.conds.push(cond);
    this.setSkipping();
  }

  private elseDirective(name: Tok, toks: Tok[]): void {
    const ctx = this.ctx;
    const top = ctx.conds[ctx.conds.length - 1];
    if (top === undefined) {
      this.diags.errorAt(this.locOf(name), `#${name.t} without #if`);
      return;
    }
    if (name.t === "endif") {
      this.extraTokens(toks, 2, name);
      ctx.conds.pop();
      if (top.guard && ctx.guardState === 1) ctx.guardState = 2;
    } else {
      if (top.guard) ctx.guardState = -1;
      if (top.sawElse) {
        this.diags.errorAt(this.locOf(name), `#${name.t} after #else`);
        top.active = false;
        top.taken = true;
      } else if (name.t === "else") {
        this.extraTokens(toks, 2, name);
        top.sawElse = true;
        top.active = top.parentActive && !top.taken;
        top.taken = true;
      } else if (!top.parentActive || top.taken) {
        top.active = false;
      } else {
        // Only now is the #elif expression evaluated (a taken branch makes it irrelevant).
        ctx.skipping = false;
        top.active = top.taken = this.evalIf(toks.slice(2), name);
      }
    }
    this.setSkipping();
  }

  private endLoc(t: Tok): Location {
    return { file: this.ctx.presumed, line: t.ln, col: t.col + t.t.length + 1 };
  }

  private undef(toks: Tok[], name: Tok): void {
    const id = toks[2];
    if (id === undefined) return void this.diags.errorAt(this.endLoc(name), "macro name missing");
    if (id.k !== TK.Ident) return void this.diags.errorAt(this.locOf(id), "macro name must be an identifier");
    if (id.t === "defined") return void this.diags.errorAt(this.locOf(id), "'defined' cannot be used as a macro name");
    this.extraTokens(toks, 3, name);
    const m = this.macros.get(id.t);
    if (m?.builtin) this.diags.warningAt(this.locOf(id), "undefining builtin macro");
    this.deleteMacro(id.t);
  }

  private lineDirective(toks: Tok[], at: number, name: Tok): void {
    const exp = this.expandList(toks.slice(at));
    const num = exp[0];
    if (num === undefined || num.k !== TK.Number || !/^[0-9]+$/.test(num.t)) {
      this.diags.errorAt(num ? this.locOf(num) : this.endLoc(name), "#line directive requires a positive integer argument");
      return;
    }
    const file = exp[1];
    const ctx = this.ctx;
    if (file !== undefined) {
      if (file.k !== TK.Str || file.t[0] !== '"') {
        this.diags.errorAt(this.locOf(file), "invalid filename for #line directive");
        return;
      }
      ctx.presumed = file.t.slice(1, -1).replace(/\\(.)/g, "$1");
      if (at === 2) this.extraTokens(exp, 2, name);
    }
    // The line after the directive gets the number given.
    ctx.delta = Number(num.t) - (ctx.idx + 1);
  }

  private pragma(toks: Tok[]): void {
    if (toks.length === 1 && toks[0]!.t === "once") this.onceFiles.add(normPath(this.ctx.path));
  }

  protected override doPragma(text: string): void {
    const toks: Tok[] = [];
    tokenizeLine(text, -1, 0, false, toks);
    this.pragma(toks);
  }

  private include(toks: Tok[], name: Tok, text: string): void {
    let spec: string;
    let angled: boolean;
    let at = toks[2];
    let rest = 3;
    if (at !== undefined && at.k === TK.Str && at.t[0] === '"') {
      spec = at.t.slice(1, -1);
      angled = false;
    } else if (at !== undefined && isPunct(at, "<")) {
      const end = text.indexOf(">", at.col + 1);
      if (end < 0) return void this.diags.errorAt(this.locOf(at), "expected '>'");
      spec = text.slice(at.col + 1, end);
      angled = true;
      rest = toks.findIndex((t) => t.col > end);
      if (rest < 0) rest = toks.length;
    } else {
      // Computed include (C99 6.10.2p4): expand, then read "x" or <x> from the result.
      const exp = this.expandList(toks.slice(2));
      const first = exp[0];
      if (first !== undefined && first.k === TK.Str && first.t[0] === '"') {
        spec = first.t.slice(1, -1);
        angled = false;
        rest = exp.length > 1 ? -1 : 0;
      } else if (first !== undefined && isPunct(first, "<")) {
        let i = 1;
        spec = "";
        for (; i < exp.length && !isPunct(exp[i], ">"); i++) spec += (exp[i]!.sp && i > 1 ? " " : "") + exp[i]!.t;
        if (i >= exp.length) return void this.diags.errorAt(this.locOf(first), "expected '>'");
        angled = true;
        rest = i + 1 < exp.length ? -1 : 0;
      } else {
        return void this.diags.errorAt(at ? this.locOf(at) : this.endLoc(name), "expected \"FILENAME\" or <FILENAME>");
      }
      at = toks[2]!;
      if (rest === -1) this.diags.warningAt(this.locOf(at), "extra tokens at end of #include directive");
      rest = toks.length;
    }
    this.extraTokens(toks, rest, name);
    if (spec === "") return void this.diags.errorAt(this.locOf(at), "empty filename in #include");
    const ctx = this.ctx;
    let cands: string[] = [];
    if (spec.startsWith("/")) cands.push(spec);
    else {
      if (!angled && name.t === "include") cands.push(joinPath(ctx.dir, spec));
      for (const d of this.opts.includeDirs) cands.push(joinPath(d, spec));
      cands.push(joinPath(this.opts.systemIncludeDir, spec));
      if (name.t === "include_next") {
        // Search the directories after the one the current file was found in.
        const dir = normPath(ctx.dir);
        const k = [...this.opts.includeDirs, this.opts.systemIncludeDir].findIndex((d) => normPath(d) === dir);
        if (k >= 0) cands = cands.slice(k + 1);
      }
    }
    for (const path of cands) {
      const content = this.readFile(path);
      if (content === null) continue;
      if (typeof content !== "string") return void this.diags.errorAt(this.locOf(at), `'${spec}': ${content.problem}`);
      const key = normPath(path);
      if (this.onceFiles.has(key)) return;
      const g = this.guards.get(key);
      if (g !== undefined && this.macros.has(g)) return;
      if (this.depth >= MAX_INCLUDE_DEPTH) return void this.diags.errorAt(this.locOf(at), "#include nested too deeply");
      this.enterFile(path, content);
      return;
    }
    this.diags.errorAt(this.locOf(at), `'${spec}' file not found`);
  }

  /** Processes an included file, keeping the emitter and token stack of an invocation in progress. */
  private enterFile(path: string, content: string): void {
    const restore = this.saveEmitter();
    this.depth++;
    try {
      this.processFile(path, content);
    } finally {
      this.depth--;
      restore();
    }
  }

  private readFile(path: string): string | null | { problem: string } {
    const known = this.files.get(path);
    if (known !== undefined) return known;
    if (this.missing.has(path)) return null;
    let r: string | null | { problem: string } = null;
    try {
      r = this.opts.readFile(path);
    } catch {
      r = null;
    }
    if (r === null) this.missing.add(path);
    return r;
  }
}
