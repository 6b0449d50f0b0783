/**
 * @fileoverview Reading source lines and writing output lines, for the preprocessor.
 *
 * Output keeps the input's line structure: one output line per physical input line, so
 * lineOrigins is mostly "same file, next line", and a line without macros is copied
 * character for character (after comment removal), keeping columns exact. That common line
 * is never tokenized: a regex built from the macro names finds the next line that needs
 * work, and everything before it is copied as one slice. Other lines are cleaned (splices,
 * comments), then either handed to the directive handler or tokenized and macro-expanded.
 * Tokens straight from the source remember their column and are printed there again when
 * the text before them has not grown, so columns after a macro stay right where possible.
 */

import type { Diagnostics } from "./diagnostics.js";
import type { LineOrigin, Location } from "./source.js";
import { CC, CommentCleaner, TK, isDigit, needSpace, skipLiteral, skipNumber, spaces, tokenizeLine, type Tok } from "./pp-lex.js";
import { MacroEngine } from "./pp-macro.js";

/** An open #if group. */
export interface Cond {
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
export class FileCtx {
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

function hasSlash(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (s.charCodeAt(i) === 47) return true;
  return false;
}

export function isBlank(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 12 && c !== 11) return false;
  }
  return true;
}

/** Index of the first non-blank character when it is `#` (or the digraph `%:`), else -1. */
export function directiveHash(s: string): number {
  return directiveHashAt(s, 0);
}
function directiveHashAt(s: string, from: number): number {
  const n = s.length;
  for (let i = from; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 35 || (c === 37 && s.charCodeAt(i + 1) === 58)) return i;
    if (c !== 32 && c !== 9 && c !== 12 && c !== 11 && c !== 13) return -1;
  }
  return -1;
}

/** Lines a skipped group must look at: possible directives, comments, splices. */
const SKIP_RE = /^[ \t\f\v]*(?:#|%:)|\/[*/]|\\$/gm;

export abstract class LineReader extends MacroEngine {
  protected readonly outText: string[] = [];
  protected readonly outOrig: LineOrigin[] = [];
  protected ctx: FileCtx = new FileCtx("<command line>", "");
  private readonly cleaner = new CommentCleaner();
  // Emitter: the output line being built from tokens.
  private curIdx = -1;
  private parts: string[] = [];
  private curLen = 0;
  private curSrc = "";
  private lastTok: Tok | null = null;
  /** Column for the next macro-produced token (set where an expansion starts), or -1. */
  private pendingCol = -1;
  /** Cleaned source text of the lines tokenized for the current invocation: srcTexts[ol - srcBase]. */
  private srcBase = 0;
  private srcTexts: string[] = [];
  /**
   * Where the physical lines after the first begin in the text the last readLogical
   * returned (empty when it had no splice). Comment removal keeps offsets (a block comment
   * becomes as many spaces), so they hold for the cleaned text too.
   */
  private splices: number[] = [];
  private plainRe = /$^/g;
  private reStamp = -1;

  constructor(diags: Diagnostics) {
    super(diags);
  }

  /** Carries out a directive line (its text starts with `#`); `ln` is its presumed line. */
  protected abstract directive(text: string, ln: number): void;

  protected override locOf(t: Tok): Location {
    return { file: this.ctx.presumed, line: t.ln, col: t.col + 1 };
  }
  protected lnOf(phys: number): number {
    return phys + 1 + this.ctx.delta;
  }
  protected override currentFile(): string {
    return this.ctx.presumed;
  }

  /**
   * Sets the emitter and token stack aside (an #include inside macro arguments reads a whole
   * file in the middle of an invocation); the function returned puts them back.
   */
  protected saveEmitter(): () => void {
    const s = { idx: this.curIdx, parts: this.parts, len: this.curLen, src: this.curSrc, last: this.lastTok, col: this.pendingCol };
    const stack = this.stack;
    const srcBase = this.srcBase;
    const srcTexts = this.srcTexts;
    this.stack = [];
    this.parts = [];
    this.curLen = 0;
    return () => {
      this.stack = stack;
      this.curIdx = s.idx;
      this.parts = s.parts;
      this.curLen = s.len;
      this.curSrc = s.src;
      this.lastTok = s.last;
      this.pendingCol = s.col;
      this.srcBase = srcBase;
      this.srcTexts = srcTexts;
    };
  }

  /**
   * Output pieces (`outText`) hold one line each, except that a run of untouched lines is
   * one slice of the source, so the common case allocates no per-line strings.
   */
  protected runLines(): void {
    const ctx = this.ctx;
    const len = ctx.src.length;
    while (ctx.pos < len) {
      if (!ctx.inComment) {
        const stop = ctx.skipping ? this.skipUntil(ctx.src, ctx.pos) : this.plainUntil(ctx.src, ctx.pos);
        if (stop > ctx.pos) this.emitPlain(stop, ctx.skipping);
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
      this.plainRe = new RegExp(`\\/[*/]|\\\\$|^[ \\t\\f\\v]*(?:#|%:)|\\b(?:${names})\\b`, "gm");
      this.reStamp = this.macroStamp;
    }
    const re = this.plainRe;
    re.lastIndex = pos;
    const m = re.exec(src);
    if (m === null) return len;
    return src.lastIndexOf("\n", m.index - 1) + 1;
  }

  /** In a skipped group: start of the first line at or after `pos` that may be a directive or hold a comment or splice. */
  private skipUntil(src: string, pos: number): number {
    const re = SKIP_RE;
    re.lastIndex = pos;
    const m = re.exec(src);
    if (m === null) return src.length;
    return src.lastIndexOf("\n", m.index - 1) + 1;
  }

  /**
   * Outputs the lines from ctx.pos up to `stop` (a line start or the end) untouched, or as
   * empty lines when they are `skipped`.
   */
  private emitPlain(stop: number, skipped: boolean): void {
    const ctx = this.ctx;
    const src = ctx.src;
    const len = src.length;
    const from = ctx.pos;
    const outOrig = this.outOrig;
    const file = ctx.presumed;
    let line = ctx.idx + 1 + ctx.delta;
    let p = from;
    const guard = !skipped && (ctx.guardState & 1) === 0;
    while (p < stop) {
      let e = src.indexOf("\n", p);
      if (e < 0) e = len;
      outOrig.push({ file, line: line++ });
      if (guard && !isBlank(src, p, e)) ctx.guardState = -1;
      p = e + 1;
    }
    const n = line - (ctx.idx + 1 + ctx.delta);
    if (skipped) this.outText.push("\n".repeat(n - 1));
    else this.outText.push(src.slice(from, stop < len ? stop - 1 : src.charCodeAt(len - 1) === 10 ? len - 1 : len));
    ctx.idx += n;
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
    if (s.charCodeAt(i) === 35 || (s.charCodeAt(i) === 37 && s.charCodeAt(i + 1) === 58)) return false;
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
    this.splices.length = 0;
    while (s.charCodeAt(s.length - 1) === 92) {
      s = s.slice(0, -1);
      if (ctx.pos >= ctx.src.length) break;
      this.splices.push(s.length);
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
    if (this.splices.length === 0 && this.isPlain(text, 0, text.length)) {
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
      this.placeSpliced(toks);
      const pieces = this.physicalTexts(text);
      for (let k = 0; k < pieces.length; k++) this.srcTexts[ol + k - this.srcBase] = pieces[k]!;
      const st = this.stack;
      for (let i = toks.length - 1; i >= 0; i--) st.push(toks[i]!);
      return true;
    }
  }

  /**
   * Gives the tokens of a spliced logical line their physical place: a token that starts
   * after the k-th splice is on the k-th next output line and source line (so `__LINE__`
   * there and diagnostics about it name the line it is written on, as in gcc), at its
   * column in that line. A token cut by a splice stays on the line where it starts.
   */
  private placeSpliced(toks: Tok[]): void {
    const sp = this.splices;
    if (sp.length === 0) return;
    let k = 0;
    for (const t of toks) {
      while (k < sp.length && t.col >= sp[k]!) k++;
      if (k === 0) continue;
      t.col -= sp[k - 1]!;
      t.ol += k;
      t.ln += k;
    }
  }

  /** The logical line's text cut back into its physical lines (for indentation). */
  private physicalTexts(text: string): string[] {
    const sp = this.splices;
    if (sp.length === 0) return [text];
    const out = [text.slice(0, sp[0])];
    for (let k = 0; k < sp.length; k++) out.push(text.slice(sp[k], sp[k + 1]));
    return out;
  }

  // ---- output ----------------------------------------------------------------------------

  private expandLine(text: string, ol: number, ln: number, firstSp: boolean): void {
    const toks: Tok[] = [];
    tokenizeLine(text, ol, ln, firstSp, toks);
    this.placeSpliced(toks);
    const st = this.stack;
    for (let i = toks.length - 1; i >= 0; i--) st.push(toks[i]!);
    this.srcBase = ol;
    this.srcTexts = this.physicalTexts(text);
    this.curIdx = ol;
    this.curSrc = text;
    this.lastTok = null;
    this.pendingCol = -1;
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

  private switchLine(ol: number): void {
    this.flushLine();
    this.curIdx = ol;
    this.curSrc = this.srcTexts[ol - this.srcBase] ?? "";
    this.lastTok = null;
  }

  protected override reach(t: Tok): void {
    if (t.ol > this.curIdx) this.switchLine(t.ol);
    this.pendingCol = t.col;
  }

  /** Blanks that bring the line from length `len` to column `col` (indentation copied as written). */
  private pad(len: number, col: number): string {
    return len === 0 && isBlank(this.curSrc, 0, col) ? this.curSrc.slice(0, col) : spaces(col - len);
  }

  /**
   * Appends a token to the output line being built. Source tokens, and the first token of an
   * expansion, go back to their source column when the line is not already past it.
   */
  protected override emit(t: Tok): void {
    if (t.k === TK.Placemarker) return;
    if (t.ol > this.curIdx) this.switchLine(t.ol);
    const len = this.curLen;
    const col = t.ol === this.curIdx ? t.col : this.pendingCol;
    this.pendingCol = -1;
    let pre = "";
    if (len < col) pre = this.pad(len, col);
    else if (len > 0 && (t.sp || (this.lastTok !== null && needSpace(this.lastTok, t)))) pre = " ";
    if (pre !== "") {
      this.parts.push(pre);
      this.curLen += pre.length;
    }
    this.parts.push(t.t);
    this.curLen += t.t.length;
    this.lastTok = t;
  }
}
