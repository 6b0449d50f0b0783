/**
 * @fileoverview `#if` / `#elif` expression evaluation (C99 6.10.1): an integer constant
 * expression over already macro-expanded tokens (the caller has replaced `defined X` by 0/1),
 * evaluated in intmax_t / uintmax_t (64 bits, BigInt) with C's usual arithmetic conversions.
 * Identifiers left over are 0. `&&`, `||` and `?:` do not evaluate the side not taken, so a
 * division by zero there is no error.
 */

import { TK, type Tok } from "./pp-lex.js";
import { assertNever } from "./types.js";

/** A value of type intmax_t (u = false) or uintmax_t (u = true), kept normalised to 64 bits. */
interface Val {
  v: bigint;
  u: boolean;
}

export type ExprReporter = (tok: Tok | null, message: string) => void;

/** Stops the parse after the first error (caught in evalPPExpr, never escapes). */
class ExprFail {}

const PREC: Readonly<Record<string, number>> = {
  "||": 1,
  "&&": 2,
  "|": 3,
  "^": 4,
  "&": 5,
  "==": 6,
  "!=": 6,
  "<": 7,
  ">": 7,
  "<=": 7,
  ">=": 7,
  "<<": 8,
  ">>": 8,
  "+": 9,
  "-": 9,
  "*": 10,
  "/": 10,
  "%": 10,
};

const ZERO: Val = { v: 0n, u: false };
const ONE: Val = { v: 1n, u: false };

function norm(v: bigint, u: boolean): Val {
  return { v: u ? BigInt.asUintN(64, v) : BigInt.asIntN(64, v), u };
}
const bool = (b: boolean): Val => (b ? ONE : ZERO);

/**
 * Evaluates the expression; returns whether it is non-zero. On an error the error is reported
 * (first one only) and the result is false, as gcc does.
 */
export function evalPPExpr(toks: readonly Tok[], report: ExprReporter): boolean {
  const p = new ExprParser(toks, report);
  try {
    if (toks.length === 0) {
      report(null, "#if with no expression");
      return false;
    }
    const v = p.comma(true);
    if (p.pos < toks.length) {
      const t = toks[p.pos]!;
      if (t.k === TK.Punct && t.t === ")") report(t, "missing '(' in expression");
      else if (t.k === TK.Punct && t.t === ":") report(t, "':' without preceding '?'");
      else report(t, `missing binary operator before token '${t.t}'`);
      return false;
    }
    return v.v !== 0n;
  } catch (e) {
    if (e instanceof ExprFail) return false;
    if (e instanceof RangeError) {
      report(toks[0] ?? null, "expression nested too deeply");
      return false;
    }
    throw e;
  }
}

class ExprParser {
  pos = 0;
  private depth = 0;
  constructor(
    private readonly toks: readonly Tok[],
    private readonly report: ExprReporter,
  ) {}

  private fail(t: Tok | null, msg: string): never {
    this.report(t, msg);
    throw new ExprFail();
  }

  private isPunct(s: string): boolean {
    const t = this.toks[this.pos];
    return t !== undefined && t.k === TK.Punct && t.t === s;
  }

  comma(ev: boolean): Val {
    let v = this.cond(ev);
    while (this.isPunct(",")) {
      this.pos++;
      v = this.cond(ev);
    }
    return v;
  }

  private cond(ev: boolean): Val {
    const c = this.binary(1, ev);
    if (!this.isPunct("?")) return c;
    const q = this.toks[this.pos]!;
    this.pos++;
    const take = c.v !== 0n;
    const a = this.comma(ev && take);
    if (!this.isPunct(":")) this.fail(q, "'?' without following ':'");
    this.pos++;
    const b = this.cond(ev && !take);
    const u = a.u || b.u;
    return norm(take ? a.v : b.v, u);
  }

  private binary(minPrec: number, ev: boolean): Val {
    let l = this.unary(ev);
    for (;;) {
      const t = this.toks[this.pos];
      if (t === undefined || t.k !== TK.Punct) return l;
      const prec = PREC[t.t];
      if (prec === undefined || prec < minPrec) return l;
      this.pos++;
      if (t.t === "&&") {
        const lt = l.v !== 0n;
        const r = this.binary(prec + 1, ev && lt);
        l = bool(lt && r.v !== 0n);
      } else if (t.t === "||") {
        const lt = l.v !== 0n;
        const r = this.binary(prec + 1, ev && !lt);
        l = bool(lt || r.v !== 0n);
      } else {
        const r = this.binary(prec + 1, ev);
        l = this.apply(t, l, r, ev);
      }
    }
  }

  private apply(t: Tok, l: Val, r: Val, ev: boolean): Val {
    const u = l.u || r.u;
    // Usual arithmetic conversions: a signed operand meets an unsigned one as unsigned.
    const a = u && !l.u ? BigInt.asUintN(64, l.v) : l.v;
    const b = u && !r.u ? BigInt.asUintN(64, r.v) : r.v;
    switch (t.t) {
      case "+":
        return norm(a + b, u);
      case "-":
        return norm(a - b, u);
      case "*":
        return norm(a * b, u);
      case "/":
      case "%":
        if (b === 0n) {
          if (ev) this.fail(t, "division by zero in preprocessor expression");
          return norm(0n, u);
        }
        return norm(t.t === "/" ? a / b : a % b, u);
      case "<<":
      case ">>": {
        // The result has the left operand's type; a negative count shifts the other way (gcc).
        let n = r.v;
        let left = t.t === "<<";
        if (!r.u && n < 0n) {
          n = -n;
          left = !left;
        }
        if (left) return n >= 64n ? norm(0n, l.u) : norm(l.v << n, l.u);
        if (n >= 64n) return norm(l.v < 0n ? -1n : 0n, l.u);
        return norm(l.v >> n, l.u);
      }
      case "<":
        return bool(a < b);
      case ">":
        return bool(a > b);
      case "<=":
        return bool(a <= b);
      case ">=":
        return bool(a >= b);
      case "==":
        return bool(a === b);
      case "!=":
        return bool(a !== b);
      case "&":
        return norm(a & b, u);
      case "^":
        return norm(a ^ b, u);
      case "|":
        return norm(a | b, u);
      default:
        return this.fail(t, `token '${t.t}' is not valid in preprocessor expressions`);
    }
  }

  private unary(ev: boolean): Val {
    const t = this.toks[this.pos];
    if (t === undefined) {
      const last = this.toks[this.pos - 1] ?? null;
      return this.fail(last, "expected value in expression");
    }
    this.pos++;
    switch (t.k) {
      case TK.Number:
        return parseNumber(t, (m) => this.fail(t, m));
      case TK.Char:
        return parseCharConst(t, (m) => this.fail(t, m));
      case TK.Ident:
        return ZERO;
      case TK.Punct:
        switch (t.t) {
          case "+":
            return this.unary(ev);
          case "-": {
            const v = this.unary(ev);
            return norm(-v.v, v.u);
          }
          case "~": {
            const v = this.unary(ev);
            return norm(~v.v, v.u);
          }
          case "!":
            return bool(this.unary(ev).v === 0n);
          case "(": {
            if (++this.depth > 256) this.fail(t, "expression nested too deeply");
            const v = this.comma(ev);
            this.depth--;
            if (!this.isPunct(")")) this.fail(this.toks[this.pos] ?? t, "missing ')' in expression");
            this.pos++;
            return v;
          }
          case ")":
            return this.fail(t, "expected value in expression");
          default:
            if (PREC[t.t] !== undefined) return this.fail(t, "expected value in expression");
            return this.fail(t, `token '${t.t}' is not valid in preprocessor expressions`);
        }
      case TK.Str:
      case TK.Other:
      case TK.Placemarker:
        return this.fail(t, `token '${t.t}' is not valid in preprocessor expressions`);
      default:
        return assertNever(t.k, "token kind");
    }
  }
}

const INT64_MAX = (1n << 63n) - 1n;
const UINT64_MAX = (1n << 64n) - 1n;
const VALID_SUFFIX = new Set(["", "u", "l", "ul", "lu", "ll", "ull", "llu"]);

/** An integer constant (C99 6.4.4.1) as intmax_t/uintmax_t. */
export function parseNumber(t: Tok, fail: (m: string) => never): Val {
  const s = t.t;
  const m = /^(0[xX][0-9a-fA-F]+|0[bB][01]+|[0-9]+)([a-zA-Z_0-9.+-]*)$/.exec(s);
  if (!m) {
    if (/^[0-9.]/.test(s) && /[.eEpP]/.test(s)) fail("floating constant in preprocessor expression");
    fail(`invalid integer constant '${s}' in preprocessor expression`);
  }
  const digits = m[1]!;
  const suffix = m[2]!;
  const hex = /^0[xX]/.test(digits);
  if (!hex && /[.eE]/.test(suffix)) fail("floating constant in preprocessor expression");
  if (hex && /[.pP]/.test(suffix)) fail("floating constant in preprocessor expression");
  // "LL" and "ll" are suffixes, "lL" is not.
  if (!VALID_SUFFIX.has(suffix.toLowerCase()) || /lL|Ll/.test(suffix)) fail(`invalid suffix '${suffix}' on integer constant`);
  let v: bigint;
  if (digits.length > 1 && digits[0] === "0" && !hex && !/^0[bB]/.test(digits)) {
    const bad = /[89]/.exec(digits);
    if (bad) fail(`invalid digit '${bad[0]}' in octal constant`);
    v = BigInt("0o" + digits.slice(1));
  } else v = BigInt(digits);
  if (v > UINT64_MAX) fail("integer constant is too large for its type");
  const u = /[uU]/.test(suffix) || v > INT64_MAX;
  return norm(v, u);
}

const UTF8 = new TextEncoder();

const SIMPLE_ESC: Readonly<Record<string, number>> = {
  n: 10, t: 9, v: 11, b: 8, r: 13, f: 12, a: 7, "\\": 92, "'": 39, '"': 34, "?": 63, e: 27,
};

/** A character constant (C99 6.4.4.4): plain char is signed (i386), wide ones are 32-bit. */
export function parseCharConst(t: Tok, fail: (m: string) => never): Val {
  const s = t.t;
  const wide = s[0] === "L";
  const body = s.slice(wide ? 2 : 1, -1);
  const units: number[] = [];
  for (let i = 0; i < body.length; ) {
    const c = body[i]!;
    if (c !== "\\") {
      const cp = body.codePointAt(i)!;
      i += cp > 0xffff ? 2 : 1;
      if (wide || cp < 128) units.push(cp);
      else for (const b of UTF8.encode(String.fromCodePoint(cp))) units.push(b);
      continue;
    }
    const e = body[i + 1] ?? "";
    if (SIMPLE_ESC[e] !== undefined) {
      units.push(SIMPLE_ESC[e]!);
      i += 2;
    } else if (e === "x") {
      let j = i + 2;
      while (j < body.length && /[0-9a-fA-F]/.test(body[j]!)) j++;
      if (j === i + 2) fail("\\x used with no following hex digits");
      units.push(Number(BigInt("0x" + body.slice(i + 2, j)) & 0xffffffffn));
      i = j;
    } else if (/[0-7]/.test(e)) {
      let j = i + 1;
      while (j < body.length && j < i + 4 && /[0-7]/.test(body[j]!)) j++;
      units.push(parseInt(body.slice(i + 1, j), 8));
      i = j;
    } else {
      // Unknown escape: the character itself (gcc warns).
      units.push(e.charCodeAt(0) || 92);
      i += 2;
    }
  }
  if (units.length === 0) fail("empty character constant");
  if (wide) return norm(BigInt(units[units.length - 1]! | 0), false);
  if (units.length === 1) {
    const b = units[0]! & 0xff;
    return norm(BigInt(b > 127 ? b - 256 : b), false);
  }
  // Multi-character constant: an int built big-endian from the bytes (gcc).
  let v = 0;
  for (const b of units) v = (v << 8) | (b & 0xff);
  return norm(BigInt(v | 0), false);
}
