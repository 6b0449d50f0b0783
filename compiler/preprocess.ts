/**
 * @fileoverview The C preprocessor (C99 6.10, gcc-compatible output semantics).
 *
 * Output keeps the input's line structure: one output line per physical input line, so
 * lineOrigins is mostly "same file, next line", and a line without macros is copied
 * character for character (after comment removal), keeping columns exact. That common
 * line never gets tokenized: a charCode scan looks its identifiers up in the macro table
 * (fast path). Only directive lines and lines naming a macro are tokenized; macro expansion
 * uses Prosser's hide-set algorithm (the one behind the C99 6.10.3.5 examples and gcc).
 * Tokens straight from the source remember their column and are printed there again when
 * the text before them has not grown, so columns after a macro stay right as far as possible.
 *
 * Predefined: __FILE__, __LINE__, __COUNTER__, __BASE_FILE__, __INCLUDE_LEVEL__, _Pragma,
 * __STDC__ 1, __STDC_VERSION__ 199901L, __STDC_HOSTED__ 1, __minic__, __i386__, __ILP32__,
 * __CHAR_BIT__ and __SIZEOF_*__; __DATE__ and __TIME__ are fixed ("Jan  1 2026", "00:00:00")
 * so output is reproducible.
 */

import type { Diagnostics } from "./diagnostics.js";
import type { LineOrigin, Location, PreprocessedSource } from "./source.js";
import { CC, CommentCleaner, TK, isDigit, needSpace, skipLiteral, skipNumber, spaces, tokenizeLine, type Tok } from "./pp-lex.js";
import { MacroEngine, type Macro } from "./pp-macro.js";

export interface PreprocessOptions {
  /** -I directories, searched for "x.h" after the including file's dir, and for <x.h> before the system dir. */
  includeDirs: string[];
  /** libc headers dir (<stdio.h> etc.). */
  systemIncludeDir: string;
  /** -D NAME=VALUE (value "1" for -D NAME); NAME may be `F(a,b)` for a function-like macro. */
  defines: Map<string, string>;
  /** null when missing; injected so tests need no disk. */
  readFile: (path: string) => string | null;
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

/** An open #if group. */
interface Cond {
  /** Lines of the current branch are kept. */
  active: boolean;
  /** Some branch was taken already (or the whole #if sits in a skipped group). */
  taken: boolean;
  sawElse: boolean;
  parentActive: boolean;
  loc: Location;
  /** The #ifndef that may be the file's include guard. */
  guard: boolean;
}

/** One file being read, a physical line at a time. */
class FileCtx {
  /** Offset of the next physical line in `src`, and its 0-based line number. */
  pos = 0;
  idx = 0;
  inComment = false;
  commentLoc: Location | null = null;
  /** Name and line offset set by #line. */
  presumed: string;
  delta = 0;
  conds: Cond[] = [];
  skipping = false;
  /** Include-guard detection: 0 nothing seen, 1 inside `#ifndef G`, 2 after its #endif, -1 no guard. */
  guardState = 0;
  guardName = "";
  readonly dir: string;
  constructor(
    readonly path: string,
    readonly src: string,
  ) {
    this.presumed = path;
    const k = path.lastIndexOf("/");
    this.dir = k < 0 ? "" : k === 0 ? "/" : path.slice(0, k);
  }
}

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

function hasSlash(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (s.charCodeAt(i) === 47) return true;
  return false;
}

function isBlank(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 12 && c !== 11) return false;
  }
  return true;
}

/** Index of the first non-blank character when it is `#`, else -1. */
function directiveHash(s: string): number {
  return directiveHashAt(s, 0);
}
function directiveHashAt(s: string, from: number): number {
  const n = s.length;
  for (let i = from; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 35) return i;
    if (c !== 32 && c !== 9 && c !== 12 && c !== 11 && c !== 13) return -1;
  }
  return -1;
}

const isPunct = (t: Tok | undefined, s: string): boolean => t !== undefined && t.k === TK.Punct && t.t === s;

class Preprocessor extends MacroEngine {
  private readonly outText: string[] = [];
  private readonly outOrig: LineOrigin[] = [];
  private readonly files = new Map<string, string>();
  private readonly missing = new Set<string>();
  private readonly onceFiles = new Set<string>();
  private readonly guards = new Map<string, string>();
  private readonly cleaner = new CommentCleaner();
  private ctx: FileCtx = new FileCtx("<command line>", "");
  private depth = 0;
  private mainFile = "";
  // Emitter: the output line being built from tokens.
  private curIdx = -1;
  private parts: string[] = [];
  private curLen = 0;
  private curSrc = "";
  private lastTok: Tok | null = null;
  /** Cleaned source text of the lines tokenized for the current invocation: srcTexts[ol - srcBase]. */
  private srcBase = 0;
  private srcTexts: string[] = [];
  private plainRe = /$^/g;
  private reStamp = -1;

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
      if (e instanceof Error && e.message === "compilation failed") throw e;
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

  // ---- locations -------------------------------------------------------------------------

  protected override locOf(t: Tok): Location {
    return { file: this.ctx.presumed, line: t.ln, col: t.col + 1 };
  }
  private lnOf(phys: number): number {
    return phys + 1 + this.ctx.delta;
  }
  protected override currentFile(): string {
    return this.ctx.presumed;
  }
  protected override baseFile(): string {
    return this.mainFile;
  }
  protected override includeLevel(): number {
    return this.depth;
  }

  // ---- files and lines -------------------------------------------------------------------

  private processFile(path: string, text: string): void {
    this.files.set(path, text);
    const saved = this.ctx;
    const ctx = new FileCtx(path, text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text);
    this.ctx = ctx;
    this.runLines();
    for (const c of ctx.conds) this.diags.errorAt(c.loc, "unterminated conditional directive");
    if (ctx.inComment && ctx.commentLoc) this.diags.errorAt(ctx.commentLoc, "unterminated /* comment");
    if (ctx.guardState === 2) this.guards.set(normPath(path), ctx.guardName);
    this.ctx = saved;
  }

  /**
   * Output pieces (`outText`) hold one line each, except that a run of untouched lines is
   * one slice of the source, so the common case allocates no per-line strings.
   */
  private runLines(): void {
    const ctx = this.ctx;
    const len = ctx.src.length;
    while (ctx.pos < len) {
      if (!ctx.skipping && !ctx.inComment) {
        const stop = this.plainUntil(ctx.src, ctx.pos);
        if (stop > ctx.pos) this.emitPlain(stop);
        if (ctx.pos >= len) break;
      }
      if (ctx.skipping) this.skippedLine();
      else this.slowLine();
    }
  }

  /**
   * Start of the first line at or after `pos` (a line start) that may need work: one with a
   * comment, a splice, a directive or a macro name. A regex built from the macro names finds
   * it (much faster than scanning identifiers in JS); a match inside a string literal is a
   * harmless false alarm, the line just takes the slow path. While #defines keep changing the
   * name set, lines are checked one by one and the regex is rebuilt only every few lines.
   */
  private plainUntil(src: string, pos: number): number {
    const len = src.length;
    if (this.reStamp !== this.macroStamp) {
      for (let k = 0; k < 32; k++) {
        if (pos >= len) return len;
        let e = src.indexOf("\n", pos);
        if (e < 0) e = len;
        if (!this.isPlain(src, pos, e)) return pos;
        pos = e + 1;
      }
      const names = [...this.macros.keys()].join("|");
      this.plainRe = new RegExp(`\\/[*/]|\\\\$|^[ \\t\\f\\v]*#|\\b(?:${names})\\b`, "gm");
      this.reStamp = this.macroStamp;
    }
    const re = this.plainRe;
    re.lastIndex = pos;
    const m = re.exec(src);
    if (m === null) return len;
    return src.lastIndexOf("\n", m.index - 1) + 1;
  }

  /** Outputs the untouched lines from ctx.pos up to `stop` (a line start or the end). */
  private emitPlain(stop: number): void {
    const ctx = this.ctx;
    const src = ctx.src;
    const len = src.length;
    const from = ctx.pos;
    const end = stop < len ? stop - 1 : src.charCodeAt(len - 1) === 10 ? len - 1 : len;
    this.outText.push(src.slice(from, end));
    const outOrig = this.outOrig;
    const file = ctx.presumed;
    let line = ctx.idx + 1 + ctx.delta;
    let p = from;
    const guard = (ctx.guardState & 1) === 0;
    while (p < stop) {
      let e = src.indexOf("\n", p);
      if (e < 0) e = len;
      outOrig.push({ file, line: line++ });
      if (guard && !isBlank(src, p, e)) ctx.guardState = -1;
      p = e + 1;
    }
    ctx.idx = line - 1 - ctx.delta;
    ctx.pos = p;
  }

  /**
   * The fast path test: true when the line is no directive, has no comment, no splice, no
   * unterminated literal and no identifier naming a macro, so it is output unchanged.
   */
  private isPlain(s: string, from: number, n: number): boolean {
    if (n === from) return true;
    if (s.charCodeAt(n - 1) === 92) return false;
    const macros = this.macros;
    const first = this.firstChar;
    let i = from;
    while (i < n) {
      const c = s.charCodeAt(i);
      if (c === 32 || c === 9) i++;
      else break;
    }
    if (s.charCodeAt(i) === 35) return false;
    while (i < n) {
      const c = s.charCodeAt(i);
      if (c < 128) {
        const cls = CC[c]!;
        if (cls === 1) {
          const st = i++;
          while (i < n) {
            const d = s.charCodeAt(i);
            if (d < 128 && CC[d] !== 0) i++;
            else break;
          }
          if (first[c] !== 0 && macros.has(s.slice(st, i))) return false;
          continue;
        }
        if (cls === 2 || (c === 46 && isDigit(s.charCodeAt(i + 1)))) {
          i = skipNumber(s, i, n);
          continue;
        }
        if (c === 34 || c === 39) {
          i = skipLiteral(s, i, n);
          if (i < 0) return false;
          continue;
        }
        if (c === 47) {
          const d = s.charCodeAt(i + 1);
          if (d === 47 || d === 42) return false;
        }
      }
      i++;
    }
    return true;
  }

  /** Consumes one logical line (splices joined, comments removed) and returns its text. */
  private readLogical(): string {
    const ctx = this.ctx;
    const first = ctx.idx;
    let s = this.physLine();
    while (s.charCodeAt(s.length - 1) === 92) {
      s = s.slice(0, -1);
      if (ctx.pos >= ctx.src.length) break;
      s += this.physLine();
    }
    const wasIn = ctx.inComment;
    if (!wasIn && s.indexOf("/") === -1) return s;
    const out = this.cleaner.clean(s, wasIn);
    ctx.inComment = this.cleaner.endInComment;
    if (!wasIn && ctx.inComment) {
      ctx.commentLoc = { file: ctx.presumed, line: this.lnOf(first), col: this.cleaner.commentCol + 1 };
    }
    return out;
  }

  /** The next physical line. */
  private physLine(): string {
    const ctx = this.ctx;
    const src = ctx.src;
    let e = src.indexOf("\n", ctx.pos);
    if (e < 0) e = src.length;
    const s = src.slice(ctx.pos, e);
    ctx.pos = e + 1;
    ctx.idx++;
    return s;
  }

  /** Empty output lines for physical lines [from, ctx.idx); returns the first one's index. */
  private allocLines(from: number): number {
    const ol = this.outText.length;
    const ctx = this.ctx;
    for (let p = from; p < ctx.idx; p++) {
      this.outText.push("");
      this.outOrig.push({ file: ctx.presumed, line: p + 1 + ctx.delta });
    }
    return ol;
  }

  /** Reads a directive's logical line, which continues while a comment in it is open. */
  private readDirective(first: string, from: number): { text: string; ol: number } {
    let text = first;
    const ctx = this.ctx;
    while (ctx.inComment && ctx.pos < ctx.src.length) text += " " + this.readLogical();
    return { text, ol: this.allocLines(from) };
  }

  private slowLine(): void {
    const ctx = this.ctx;
    const from = ctx.idx;
    const startsInComment = ctx.inComment;
    const text = this.readLogical();
    if (!startsInComment && directiveHash(text) >= 0) {
      const d = this.readDirective(text, from);
      this.directive(d.text, this.lnOf(from));
      return;
    }
    const ol = this.allocLines(from);
    if ((ctx.guardState & 1) === 0 && text.trim() !== "") ctx.guardState = -1;
    if (this.isPlain(text, 0, text.length) && !(startsInComment && directiveHash(text) >= 0)) {
      this.outText[ol] = text;
      return;
    }
    this.expandLine(text, ol, this.lnOf(from), startsInComment);
  }

  private skippedLine(): void {
    const ctx = this.ctx;
    const from = ctx.idx;
    const src = ctx.src;
    let e = src.indexOf("\n", ctx.pos);
    if (e < 0) e = src.length;
    if (!ctx.inComment && !hasSlash(src, ctx.pos, e) && src.charCodeAt(e - 1) !== 92) {
      const line = src.slice(ctx.pos, e);
      ctx.pos = e + 1;
      ctx.idx++;
      this.outText.push("");
      this.outOrig.push({ file: ctx.presumed, line: from + 1 + ctx.delta });
      if (directiveHash(line) >= 0) this.directive(line, this.lnOf(from));
      return;
    }
    const startsInComment = ctx.inComment;
    const text = this.readLogical();
    if (!startsInComment && directiveHash(text) >= 0) {
      const d = this.readDirective(text, from);
      this.directive(d.text, this.lnOf(from));
    } else this.allocLines(from);
  }

  /**
   * More source tokens for a macro invocation that goes on past the line (top level only).
   * When looking for the `(` (`inArgs` false) a directive ends the search; inside the
   * arguments directives are carried out, as gcc does.
   */
  protected override refill(inArgs: boolean): boolean {
    const ctx = this.ctx;
    for (;;) {
      if (ctx.pos >= ctx.src.length) return false;
      if (ctx.skipping) {
        this.skippedLine();
        continue;
      }
      const from = ctx.idx;
      const startsInComment = ctx.inComment;
      if (!startsInComment && directiveHashAt(ctx.src, ctx.pos) >= 0) {
        if (!inArgs) return false;
        const d = this.readDirective(this.readLogical(), from);
        this.directive(d.text, this.lnOf(from));
        continue;
      }
      const text = this.readLogical();
      const ol = this.allocLines(from);
      if ((ctx.guardState & 1) === 0 && text.trim() !== "") ctx.guardState = -1;
      const toks: Tok[] = [];
      tokenizeLine(text, ol, this.lnOf(from), true, toks);
      if (toks.length === 0) continue;
      this.srcTexts[ol - this.srcBase] = text;
      const st = this.stack;
      for (let i = toks.length - 1; i >= 0; i--) st.push(toks[i]!);
      return true;
    }
  }

  // ---- output ----------------------------------------------------------------------------

  private expandLine(text: string, ol: number, ln: number, firstSp: boolean): void {
    const toks: Tok[] = [];
    tokenizeLine(text, ol, ln, firstSp, toks);
    const st = this.stack;
    for (let i = toks.length - 1; i >= 0; i--) st.push(toks[i]!);
    this.srcBase = ol;
    this.srcTexts = [text];
    this.curIdx = ol;
    this.curSrc = text;
    this.lastTok = null;
    try {
      this.expandLoop(st, null, true);
    } catch (e) {
      // Absurdly deep nesting of invocations overflows the JS stack: drop the rest of the line.
      if (!(e instanceof RangeError)) throw e;
      this.diags.errorAt({ file: this.ctx.presumed, line: ln, col: 1 }, "macro invocations nested too deeply");
      st.length = 0;
    }
    this.flushLine();
  }

  private flushLine(): void {
    this.outText[this.curIdx] = this.parts.join("");
    this.parts.length = 0;
    this.curLen = 0;
  }

  /** Appends a token to the output line being built; source tokens go back to their column. */
  protected override emit(t: Tok): void {
    if (t.k === TK.Placemarker) return;
    if (t.ol > this.curIdx) {
      this.flushLine();
      this.curIdx = t.ol;
      this.curSrc = this.srcTexts[t.ol - this.srcBase] ?? "";
      this.lastTok = null;
    }
    const len = this.curLen;
    let pre = "";
    if (t.ol === this.curIdx && len < t.col) {
      // Back to the source column; the indentation is copied as written (tabs stay tabs).
      pre = len === 0 && isBlank(this.curSrc, 0, t.col) ? this.curSrc.slice(0, t.col) : spaces(t.col - len);
    } else if (len > 0 && (t.sp || (this.lastTok !== null && needSpace(this.lastTok, t)))) {
      pre = " ";
    }
    if (pre !== "") {
      this.parts.push(pre);
      this.curLen += pre.length;
    }
    this.parts.push(t.t);
    this.curLen += t.t.length;
    this.lastTok = t;
  }

  // ---- directives ------------------------------------------------------------------------

  private directive(text: string, ln: number): void {
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
    const cands: string[] = [];
    if (spec.startsWith("/")) cands.push(spec);
    else {
      if (!angled) cands.push(joinPath(ctx.dir, spec));
      for (const d of this.opts.includeDirs) cands.push(joinPath(d, spec));
      cands.push(joinPath(this.opts.systemIncludeDir, spec));
    }
    for (const path of cands) {
      const content = this.readFile(path);
      if (content === null) continue;
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
    const saved = { idx: this.curIdx, parts: this.parts, len: this.curLen, src: this.curSrc, last: this.lastTok, stack: this.stack };
    const srcBase = this.srcBase;
    const srcTexts = this.srcTexts;
    this.stack = [];
    this.parts = [];
    this.depth++;
    try {
      this.processFile(path, content);
    } finally {
      this.depth--;
      this.stack = saved.stack;
      this.curIdx = saved.idx;
      this.parts = saved.parts;
      this.curLen = saved.len;
      this.curSrc = saved.src;
      this.lastTok = saved.last;
      this.srcBase = srcBase;
      this.srcTexts = srcTexts;
    }
  }

  private readFile(path: string): string | null {
    const known = this.files.get(path);
    if (known !== undefined) return known;
    if (this.missing.has(path)) return null;
    let r: string | null = null;
    try {
      r = this.opts.readFile(path);
    } catch {
      r = null;
    }
    if (r === null) this.missing.add(path);
    return r;
  }
}

export type { Macro };
