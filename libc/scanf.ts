/**
 * @fileoverview The scanf engine shared by scanf/fscanf/sscanf and their v- forms: it
 * reads the format from VM memory, takes characters from a CharSource (a stream or a
 * string) and stores the conversions through the argument pointers, following glibc.
 */

import type { MemoryAccess } from "./abi.js";
import { vaArgs, wide, type Length } from "./printf.js";
import { digitValue, isSpace } from "./ctype.js";
import { EILSEQ, ERANGE } from "./unistd.js";

/** Input for scanf: one character of lookahead, so nothing read is ever lost. */
export interface CharSource {
  /** The next byte without consuming it, or -1 at end of input. */
  peek(): number;
  /** Consumes the byte peek() returned. */
  advance(): void;
}

function storeInt(mem: MemoryAccess, addr: number, length: Length, v: bigint): void {
  const u = BigInt.asUintN(64, v);
  switch (length) {
    case "hh":
      mem.store8(addr, Number(u & 0xffn));
      break;
    case "h":
      mem.store16(addr, Number(u & 0xffffn));
      break;
    case "ll":
    case "j":
      mem.store32(addr, Number(u & 0xffffffffn));
      mem.store32(addr + 4, Number(u >> 32n));
      break;
    case "":
    case "l":
    case "z":
    case "t":
      mem.store32(addr, Number(u & 0xffffffffn));
      break;
  }
}

/** scanf's wide %c/%s/%[: as printf's, except that j (LONGDBL without LONG on i386) is narrow. */
function scanWide(conv: string, length: Length): boolean {
  return length !== "j" && wide(conv, length);
}

/** Hooks for scanf's failures that set errno. */
export interface ScanfEnv {
  setErrno(e: number): void;
}

/**
 * Scans like scanf and returns what scanf returns: the number of assignments, or -1 (EOF)
 * when the input ended before the first assignment (as in glibc, a %* conversion does not
 * count). Supports %d %i %u %o %x %X %p %s %c %[set] %n %% with `*` (and glibc's no-op `'`
 * and `I` flags), widths and the length modifiers hh h l ll L q j z t; integers that
 * overflow clamp like strtol/strtoul and set errno to ERANGE, stored or not. %lc, %ls,
 * %l[ (also %C, %S) store wchar_t; a byte outside ASCII ends them with EILSEQ, as in
 * glibc's C locale.
 *
 * `argsAddr` is the address of the first pointer argument. A conversion may name its
 * argument, `%2$d`, as in glibc: every argument is a pointer (one stack word), so the
 * n-th is at argsAddr + 4(n-1); numbered and unnumbered conversions may mix, the
 * unnumbered ones taking the arguments in order regardless (glibc's ARG macro).
 */
export function formatScanf(mem: MemoryAccess, fmt: number, argsAddr: number, src: CharSource, env: ScanfEnv): number {
  const f = mem.readCString(fmt);
  const seq = vaArgs(mem, argsAddr);
  /** The argument of a numbered conversion (0: none, the next in order). */
  let argPos = 0;
  const args = { word: (): number => (argPos === 0 ? seq.word() : mem.load32((argsAddr + 4 * (argPos - 1)) >>> 0) >>> 0) };
  let assigned = 0;
  let consumed = 0;
  const take = (): number => {
    const c = src.peek();
    if (c >= 0) {
      src.advance();
      consumed++;
    }
    return c;
  };
  const skipSpace = (): void => {
    while (isSpace(src.peek())) take();
  };
  // glibc: EOF when nothing has been assigned yet, even after suppressed (%*) conversions.
  const inputFailure = (): number => (assigned === 0 ? -1 : assigned);
  let suppress = false;
  /**
   * Stores the characters of a %c, %s or %[ (with a terminating NUL when nul): as bytes, or
   * as wchar_t when wideChars. false (errno EILSEQ) at a byte the C locale cannot widen;
   * glibc has then stored the characters before it.
   */
  /**
   * Where a %s, %c or %[ conversion's characters go: stored one by one as they are read,
   * as glibc stores them (a host array of a 200 MiB token ran the host out of memory). A
   * wide conversion stops storing at a byte that is not ASCII (EILSEQ) but reads on to the
   * token's end; `done` then says false.
   */
  const charSink = (wideChars: boolean) => {
    const dst = suppress ? 0 : args.word();
    let n = 0;
    let bad = false;
    return {
      count: () => n,
      put(b: number): void {
        if (wideChars && b > 0x7f && !bad) {
          env.setErrno(EILSEQ);
          bad = true;
        }
        if (!suppress && !bad) {
          if (wideChars) mem.store32(dst + 4 * n, b);
          else mem.store8(dst + n, b);
        }
        n++;
      },
      done(nul: boolean): boolean {
        if (bad) return false;
        if (nul && !suppress) {
          if (wideChars) mem.store32(dst + 4 * n, 0);
          else mem.store8(dst + n, 0);
        }
        return true;
      },
    };
  };
  let i = 0;
  while (i < f.length) {
    const c = f[i]!;
    if (isSpace(c)) {
      skipSpace();
      i++;
      continue;
    }
    if (c !== 0x25) {
      const got = src.peek();
      if (got < 0) return inputFailure();
      if (got !== c) return assigned;
      take();
      i++;
      continue;
    }
    i++;
    suppress = false;
    argPos = 0;
    // glibc's order: digits first are a position when a '$' follows, else the width (and
    // then no flags follow); after a position come the flags and the width.
    let width = 0;
    let start = i;
    const readNumber = (): void => {
      while (i < f.length && f[i]! >= 0x30 && f[i]! <= 0x39) width = Math.min(width * 10 + (f[i++]! - 0x30), 0x7fffffff);
    };
    readNumber();
    if (i > start && f[i] === 0x24 /* $ */) {
      argPos = width;
      width = 0;
      start = ++i;
    }
    if (i === start) {
      for (; f[i] === 0x2a || f[i] === 0x27 || f[i] === 0x49; i++) if (f[i] === 0x2a) suppress = true; // * ' I
      readNumber();
    }
    let length: Length = "";
    const l0 = String.fromCharCode(f[i] ?? 0);
    if ((l0 === "h" || l0 === "l") && f[i + 1] === f[i]) {
      length = (l0 + l0) as Length;
      i += 2;
    } else if (l0 === "h" || l0 === "l" || l0 === "j" || l0 === "z" || l0 === "t") {
      length = l0;
      i++;
    } else if (l0 === "L" || l0 === "q") {
      length = "ll";
      i++;
    }
    if (i >= f.length) return assigned;
    const conv = String.fromCharCode(f[i]!);
    i++;
    const max = width > 0 ? width : Infinity;
    switch (conv) {
      case "%":
        skipSpace();
        if (src.peek() < 0) return inputFailure();
        if (src.peek() !== 0x25) return assigned;
        take();
        break;
      case "n":
        if (!suppress) storeInt(mem, args.word(), length, BigInt(consumed));
        break;
      case "d":
      case "i":
      case "u":
      case "o":
      case "x":
      case "X":
      case "p": {
        skipSpace();
        if (src.peek() < 0) return inputFailure();
        let base = conv === "d" || conv === "u" ? 10 : conv === "o" ? 8 : conv === "i" ? 0 : 16;
        let n = 0;
        let neg = false;
        if (n < max && (src.peek() === 0x2b || src.peek() === 0x2d)) {
          neg = take() === 0x2d;
          n++;
        }
        let value = 0n;
        let digits = 0;
        if (n < max && src.peek() === 0x30 && (base === 0 || base === 16)) {
          take();
          n++;
          digits++;
          if (n < max && (src.peek() | 0x20) === 0x78) {
            take();
            n++;
            base = 16;
          } else if (base === 0) base = 8;
        }
        if (base === 0) base = 10;
        while (n < max && digitValue(src.peek()) < base) {
          value = value * BigInt(base) + BigInt(digitValue(take()));
          n++;
          digits++;
        }
        if (digits === 0) return n > 0 || src.peek() >= 0 ? assigned : inputFailure();
        // glibc converts with strtol/strtoul (strtoll/strtoull for ll and j) whether or not
        // the value is stored: a number out of their range clamps and sets errno to ERANGE.
        const wide = length === "ll" || length === "j";
        const signed = conv === "d" || conv === "i";
        let v: bigint;
        let overflow: boolean;
        if (signed) {
          const lim = wide ? 1n << 63n : 1n << 31n;
          overflow = neg ? value > lim : value > lim - 1n;
          v = neg ? (value > lim ? -lim : -value) : value > lim - 1n ? lim - 1n : value;
        } else {
          const lim = wide ? (1n << 64n) - 1n : 0xffffffffn;
          overflow = value > lim;
          v = value > lim ? lim : neg ? -value : value;
        }
        if (overflow) env.setErrno(ERANGE);
        if (!suppress) {
          storeInt(mem, args.word(), conv === "p" ? "" : length, v);
          assigned++;
        }
        break;
      }
      case "s":
      case "S": {
        skipSpace();
        if (src.peek() < 0) return inputFailure();
        const out = charSink(scanWide(conv, length));
        while (out.count() < max && src.peek() >= 0 && !isSpace(src.peek())) out.put(take());
        if (!out.done(true)) return assigned;
        if (!suppress) assigned++;
        break;
      }
      case "c":
      case "C": {
        const want = width > 0 ? width : 1;
        // glibc stores and counts a short %Nc cut off by the end of input; only none is a failure.
        if (src.peek() < 0) return inputFailure();
        const out = charSink(scanWide(conv, length));
        while (out.count() < want && src.peek() >= 0) out.put(take());
        if (!out.done(false)) return assigned;
        if (!suppress) assigned++;
        break;
      }
      case "[": {
        let negate = false;
        if (f[i] === 0x5e) {
          negate = true;
          i++;
        }
        // glibc's reading, byte by byte: a leading ']' or '-' is literal; "x-y" adds x..y-1
        // and then y, so "a-c-z" is a..z; a '-' last or in a falling range is literal.
        const set = new Set<number>();
        if (f[i] === 0x5d || f[i] === 0x2d) set.add(f[i++]!);
        while (i < f.length && f[i] !== 0x5d) {
          const fc = f[i++]!;
          if (fc === 0x2d && i < f.length && f[i] !== 0x5d && f[i - 2]! <= f[i]!) {
            for (let ch = f[i - 2]!; ch < f[i]!; ch++) set.add(ch);
          } else set.add(fc);
        }
        if (i >= f.length) return assigned; // unterminated set
        i++;
        if (src.peek() < 0) return inputFailure();
        // nothing matching is a matching failure, with nothing stored
        if (set.has(src.peek()) === negate) return assigned;
        const out = charSink(scanWide(conv, length));
        while (out.count() < max && src.peek() >= 0 && set.has(src.peek()) !== negate) out.put(take());
        if (!out.done(true)) return assigned;
        if (!suppress) assigned++;
        break;
      }
      default:
        return assigned; // unknown conversion: a matching failure
    }
  }
  return assigned;
}
