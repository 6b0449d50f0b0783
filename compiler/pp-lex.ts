/**
 * @fileoverview Preprocessing tokens for the preprocessor (C99 6.4): the token record, the
 * comment remover (translation phase 3, run per logical line with the comment state carried
 * across lines), the pp-token lexer of one cleaned line, and the spelling helpers used by
 * `#`, `##` and output (escaping for stringification, "would these two tokens glue together").
 * Only lines that need macro expansion or are directives are tokenized: the common line is
 * copied as is by the preprocessor's fast path, so none of this runs for it.
 */

export const enum TK {
  Ident,
  Number,
  Str,
  Char,
  Punct,
  /** A character that is no other token (`@`, `` ` ``, `\`, non-ASCII, unterminated quote). */
  Other,
  /** Stands for an empty macro argument next to `##` (C99 6.10.3.3p2); never output. */
  Placemarker,
}

/**
 * Names of macros a token must not be expanded by (Prosser's hide set). Immutable and
 * interned by the macro engine, so equal sets are one object and set operations are cached.
 */
export class HideSet {
  /** Cached results of adding a name / uniting with / intersecting with another set. */
  readonly plus = new Map<string, HideSet>();
  readonly unions = new Map<HideSet, HideSet>();
  readonly inters = new Map<HideSet, HideSet | null>();
  constructor(readonly names: ReadonlySet<string>) {}
  has(name: string): boolean {
    return this.names.has(name);
  }
}

export interface Tok {
  k: TK;
  t: string;
  /** Preceded by white space (or a line break). */
  sp: boolean;
  hs: HideSet | null;
  /** Output line index when the token comes straight from the source, -1 when produced by a macro. */
  ol: number;
  /** 0-based column in its physical line (after comment removal); for macro output the invocation's column. */
  col: number;
  /** Presumed (#line-adjusted) source line; for macro output the invocation's line. */
  ln: number;
}

/** charCode class: 1 identifier start, 2 digit (identifier continuation covers both). */
export const CC = new Uint8Array(128);
for (let c = 65; c <= 90; c++) CC[c] = 1;
for (let c = 97; c <= 122; c++) CC[c] = 1;
CC[95] = 1;
for (let c = 48; c <= 57; c++) CC[c] = 2;

export function isIdentStart(c: number): boolean {
  return c < 128 && CC[c] === 1;
}
export function isIdentChar(c: number): boolean {
  return c < 128 && CC[c] !== 0;
}
export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** End index (past the closing quote) of the string/char literal opening at `i`, or -1 when it is not closed before `n`. */
export function skipLiteral(s: string, i: number, n = s.length): number {
  const q = s.charCodeAt(i);
  let j = i + 1;
  while (j < n) {
    const c = s.charCodeAt(j);
    if (c === q) return j + 1;
    if (c === 92) j += 2;
    else j++;
  }
  return -1;
}

/** End of the pp-number starting at `i` (C99 6.4.8: digits, letters, `_`, `.`, and e+ e- p+ p-). */
export function skipNumber(s: string, i: number, n = s.length): number {
  let j = i + 1;
  while (j < n) {
    const c = s.charCodeAt(j);
    if ((c === 43 || c === 45) && (s.charCodeAt(j - 1) | 32) === 101) j++; // e+ e-
    else if ((c === 43 || c === 45) && (s.charCodeAt(j - 1) | 32) === 112) j++; // p+ p-
    else if (c === 46 || (c < 128 && CC[c] !== 0)) j++;
    else break;
  }
  return j;
}

const SPACES: string[] = [""];
export function spaces(n: number): string {
  if (n < 64) {
    while (SPACES.length <= n) SPACES.push(SPACES[SPACES.length - 1]! + " ");
    return SPACES[n]!;
  }
  return " ".repeat(n);
}

/**
 * Phase 3 for one logical line: comments become white space. A block comment closed on the
 * line becomes as many spaces as it had characters, so later columns stay the source columns;
 * a comment running to the end of the line is dropped. `inComment` is the state at the start
 * of the line; the state at the end is left in `endInComment`.
 */
export class CommentCleaner {
  endInComment = false;
  hadComment = false;
  /** Column of the `/*` left open at the end of the line. */
  commentCol = 0;

  clean(s: string, inComment: boolean): string {
    const n = s.length;
    let out = "";
    let start = 0;
    let i = 0;
    this.hadComment = inComment;
    if (inComment) {
      const j = s.indexOf("*/");
      if (j === -1) {
        this.endInComment = true;
        return "";
      }
      out = spaces(j + 2);
      i = start = j + 2;
    }
    this.endInComment = false;
    while (i < n) {
      const c = s.charCodeAt(i);
      if (c === 34 || c === 39) {
        const j = skipLiteral(s, i);
        i = j < 0 ? n : j;
      } else if (c === 47) {
        const d = s.charCodeAt(i + 1);
        if (d === 42) {
          this.hadComment = true;
          out += s.slice(start, i);
          const j = s.indexOf("*/", i + 2);
          if (j === -1) {
            this.endInComment = true;
            this.commentCol = i;
            start = i = n;
            break;
          }
          out += spaces(j + 2 - i);
          i = start = j + 2;
        } else if (d === 47) {
          this.hadComment = true;
          out += s.slice(start, i);
          start = i = n;
          break;
        } else i++;
      } else i++;
    }
    if (start < n) out += s.slice(start);
    return this.hadComment ? out.trimEnd() : out;
  }
}

const TRIGRAPHS: Readonly<Record<string, string>> = { "=": "#", "(": "[", "/": "\\", ")": "]", "'": "^", "<": "{", "!": "|", ">": "}", "-": "~" };
const TRIGRAPH_RE = /\?\?([=(/)'<!>-])/g;

/**
 * Translation phase 1 (C99 5.2.1.1): each trigraph becomes the character it stands for,
 * everywhere (strings and comments too; `??/` at the end of a line splices it), as gcc
 * -std=c99 does. Columns after a trigraph move 2 to the left in diagnostics.
 */
export function replaceTrigraphs(text: string): string {
  return text.includes("??") ? text.replace(TRIGRAPH_RE, (_m, c: string) => TRIGRAPHS[c]!) : text;
}

/**
 * The digraphs the preprocessor itself must understand (C99 6.4.6p3): `%:` is `#` and
 * `%:%:` is `##`. `<: :> <% %>` keep their spelling (stringizing shows it, as in gcc); the
 * C lexer reads them as brackets and braces.
 */
const PP_DIGRAPHS: Readonly<Record<string, string>> = { "%:": "#", "%:%:": "##" };

/** Length of the punctuator at s[i] (0 when none), digraphs included. */
export function punctLength(s: string, i: number): number {
  const d = s.charCodeAt(i + 1);
  switch (s.charCodeAt(i)) {
    case 91: // [ ] ( ) { } ~ ? ; ,
    case 93:
    case 40:
    case 41:
    case 123:
    case 125:
    case 126:
    case 63:
    case 59:
    case 44:
      return 1;
    case 58: // : :>
      return d === 62 ? 2 : 1;
    case 46: // . ...
      return d === 46 && s.charCodeAt(i + 2) === 46 ? 3 : 1;
    case 45: // - -> -- -=
      return d === 62 || d === 45 || d === 61 ? 2 : 1;
    case 43: // + ++ +=
      return d === 43 || d === 61 ? 2 : 1;
    case 38: // & && &=
      return d === 38 || d === 61 ? 2 : 1;
    case 124: // | || |=
      return d === 124 || d === 61 ? 2 : 1;
    case 60: // < << <<= <= <: <%
      if (d === 60) return s.charCodeAt(i + 2) === 61 ? 3 : 2;
      return d === 61 || d === 58 || d === 37 ? 2 : 1;
    case 62: // > >> >>= >=
      if (d === 62) return s.charCodeAt(i + 2) === 61 ? 3 : 2;
      return d === 61 ? 2 : 1;
    case 37: // % %= %> %: %:%:
      if (d === 58) return s.charCodeAt(i + 2) === 37 && s.charCodeAt(i + 3) === 58 ? 4 : 2;
      return d === 61 || d === 62 ? 2 : 1;
    case 61: // = ! * / ^ and their op= forms
    case 33:
    case 42:
    case 47:
    case 94:
      return d === 61 ? 2 : 1;
    case 35: // # ##
      return d === 35 ? 2 : 1;
    default:
      return 0;
  }
}

export function mkTok(k: TK, t: string, sp: boolean, ol: number, col: number, ln: number): Tok {
  return { k, t, sp, hs: null, ol, col, ln };
}

/**
 * Appends the pp-tokens of cleaned line `s` to `out`. `ol`/`ln` are stamped on every token;
 * the first token's `sp` is `firstSp` (true when the line continues an earlier one, where the
 * line break counts as white space).
 */
export function tokenizeLine(s: string, ol: number, ln: number, firstSp: boolean, out: Tok[], from = 0): void {
  const n = s.length;
  let i = from;
  let sp = firstSp;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 9 || c === 12 || c === 11 || c === 13) {
      sp = true;
      i++;
      continue;
    }
    const st = i;
    let k: TK;
    if (c < 128 && CC[c] === 1) {
      i++;
      while (i < n) {
        const d = s.charCodeAt(i);
        if (d < 128 && CC[d] !== 0) i++;
        else break;
      }
      k = TK.Ident;
      // L"..." and L'...' are single wide literals.
      if (i === st + 1 && c === 76 && i < n) {
        const q = s.charCodeAt(i);
        if (q === 34 || q === 39) {
          const j = skipLiteral(s, i);
          if (j > 0) {
            i = j;
            k = q === 34 ? TK.Str : TK.Char;
          }
        }
      }
    } else if (c >= 48 && c <= 57) {
      i = skipNumber(s, i);
      k = TK.Number;
    } else if (c === 46 && isDigit(s.charCodeAt(i + 1))) {
      i = skipNumber(s, i);
      k = TK.Number;
    } else if (c === 34 || c === 39) {
      const j = skipLiteral(s, i);
      if (j > 0) {
        i = j;
        k = c === 34 ? TK.Str : TK.Char;
      } else {
        // gcc lexes an unterminated quote as one "other" token running to the end of the line.
        i = n;
        k = TK.Other;
      }
    } else {
      const pl = punctLength(s, i);
      if (pl > 0) {
        i += pl;
        k = TK.Punct;
        if (c === 37 && pl >= 2) {
          const t = PP_DIGRAPHS[s.slice(st, i)];
          if (t !== undefined) {
            out.push({ k, t, sp, hs: null, ol, col: st, ln });
            sp = false;
            continue;
          }
        }
      } else {
        // One code point (keep surrogate pairs together).
        i += c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
        k = TK.Other;
      }
    }
    out.push({ k, t: s.slice(st, i), sp, hs: null, ol, col: st, ln });
    sp = false;
  }
}

/** Lexes a whole string as pp-tokens (for `##` results and -D values). */
export function lexString(s: string, ln: number, col: number): Tok[] {
  const out: Tok[] = [];
  tokenizeLine(s, -1, ln, false, out);
  for (const t of out) t.col = col;
  return out;
}

/** C99 6.10.3.2: the spelling of an argument as a string literal. */
export function stringize(arg: readonly Tok[]): string {
  let s = '"';
  for (let i = 0; i < arg.length; i++) {
    const t = arg[i]!;
    if (t.k === TK.Placemarker) continue;
    if (i > 0 && t.sp) s += " ";
    if (t.k === TK.Str || t.k === TK.Char) s += t.t.replace(/[\\"]/g, "\\$&");
    else s += t.t;
  }
  return s + '"';
}

/**
 * Whether printing `b` right after `a` would lex differently (gcc's cpp_avoid_paste), so the
 * output needs a space between them: `+` `+`, `-` `>`, `x` `1`, `1` `.`, `/` `*`, ...
 */
export function needSpace(a: Tok, b: Tok): boolean {
  const at = a.t;
  const bt = b.t;
  if (at.length === 0 || bt.length === 0) return false;
  const ca = at.charCodeAt(at.length - 1);
  const cb = bt.charCodeAt(0);
  const aw = ca < 128 && CC[ca] !== 0;
  const bw = cb < 128 && CC[cb] !== 0;
  if (aw && bw) return true;
  if (a.k === TK.Number && (cb === 46 || cb === 43 || cb === 45 || bw)) return true;
  if (a.k === TK.Ident && (b.k === TK.Str || b.k === TK.Char || cb === 34 || cb === 39)) return true;
  if (ca === 46 && (isDigit(cb) || cb === 46)) return true;
  if (a.k === TK.Punct) {
    if (ca === 47 && (cb === 47 || cb === 42)) return true;
    if (b.k === TK.Punct || b.k === TK.Number) return punctLength(at + bt, 0) !== at.length;
  }
  if (a.k === TK.Other && ca === 92) return true; // backslash then anything: keep apart
  return false;
}
