/**
 * @fileoverview printf against glibc: every row's expected output and return value were
 * produced by gcc -m32 + glibc (run under qemu-i386) from the same format and arguments.
 */

import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { Fault } from "../../vm/fault.js";
import { Harness } from "./harness.js";

type Arg = ["i" | "u" | "c" | "p", number] | ["ll", bigint] | ["s", string | null];

// [format, arguments, glibc's output, glibc's return value]
const GLIBC: [string, Arg[], string, number][] = [
  ["plain text", [], "plain text", 10],
  ["%d|%i|%u", [["i", 42], ["i", -42], ["u", 42]], "42|-42|42", 9],
  ["%d %d %d", [["i", 0], ["i", 2147483647], ["i", -2147483648]], "0 2147483647 -2147483648", 24],
  ["%u %u", [["i", -1], ["u", 3000000000]], "4294967295 3000000000", 21],
  ["%x %X %o", [["u", 3735928559], ["u", 3735928559], ["u", 8]], "deadbeef DEADBEEF 10", 20],
  ["%5d|%-5d|%05d|%+d|% d|%+d", [["i", 42], ["i", 42], ["i", 42], ["i", 42], ["i", 42], ["i", -42]], "   42|42   |00042|+42| 42|-42", 29],
  ["%+5d|%-+5d|% 05d|%+05d|%05d", [["i", 7], ["i", 7], ["i", 7], ["i", 7], ["i", -7]], "   +7|+7   | 0007|+0007|-0007", 29],
  ["%.3d|%.0d|%.0d|%5.3d|%-5.3d|%05.3d", [["i", 7], ["i", 0], ["i", 1], ["i", 7], ["i", -7], ["i", 7]], "007||1|  007|-007 |  007", 24],
  ["%-08x|%08X|%#x|%#X|%#o|%#08x|%#-8x|", [["u", 255], ["u", 255], ["u", 255], ["u", 255], ["u", 8], ["u", 255], ["u", 255]], "ff      |000000FF|0xff|0XFF|010|0x0000ff|0xff    |", 50],
  ["%#x|%#o|%#.0x|%#.0o|%.0x|%#5.0x|", [["u", 0], ["u", 0], ["u", 0], ["u", 0], ["u", 0], ["u", 0]], "0|0||0||     |", 14],
  ["%#.3o|%#.3x|%08.3x|%+u|% u|%+x", [["u", 8], ["u", 8], ["u", 8], ["u", 5], ["u", 5], ["u", 5]], "010|0x008|     008|5|5|5", 24],
  ["%+.0d|% .0d|%+5.0d|%-+5.0d|", [["i", 0], ["i", 0], ["i", 0], ["i", 0]], "+| |    +|+    |", 16],
  ["%hhd %hhu %hhx %hd %hu %hx", [["i", 300], ["i", -1], ["i", -1], ["i", 70000], ["i", -1], ["i", -1]], "44 255 ff 4464 65535 ffff", 25],
  ["%lld %llu %llx %llX %llo", [["ll", -5n], ["ll", -5n], ["ll", 20015998343868n], ["ll", -1n], ["ll", 8n]], "-5 18446744073709551611 123456789abc FFFFFFFFFFFFFFFF 10", 56],
  ["%lld %lld", [["ll", -9223372036854775808n], ["ll", 9223372036854775807n]], "-9223372036854775808 9223372036854775807", 40],
  ["%jd %ju %zd %zu %td %ld %lu %lx", [["ll", -7n], ["ll", 7n], ["i", -1], ["i", -1], ["i", -1], ["i", -1], ["i", -1], ["i", -1]], "-7 7 -1 4294967295 -1 -1 4294967295 ffffffff", 44],
  ["[%*d][%-*d][%*d][%.*d][%.*d][%*.*d]", [["i", 5], ["i", 1], ["i", 5], ["i", 2], ["i", -5], ["i", 3], ["i", 3], ["i", 4], ["i", -1], ["i", 5], ["i", 6], ["i", 3], ["i", 9]], "[    1][2    ][3    ][004][5][   009]", 37],
  ["[%c][%3c][%-3c][%03c]", [["c", 65], ["c", 66], ["c", 67], ["c", 68]], "[A][  B][C  ][  D]", 18],
  ["[%s][%8s][%-8s][%.2s][%8.3s][%-8.3s][%08s]", [["s", "hello"], ["s", "hi"], ["s", "hi"], ["s", "hello"], ["s", "hello"], ["s", "hello"], ["s", "hi"]], "[hello][      hi][hi      ][he][     hel][hel     ][      hi]", 61],
  ["[%s][%.3s][%.6s][%10s][%-10.2s][%.7s]", [["s", null], ["s", null], ["s", null], ["s", null], ["s", null], ["s", null]], "[(null)][][(null)][    (null)][          ][(null)]", 50],
  ["[%p][%p][%10p][%-12p][%010p][%.8p][%+p][% p][%#p]", [["p", 106504], ["p", 0], ["p", 0], ["p", 4660], ["p", 106504], ["p", 106504], ["p", 106504], ["p", 106504], ["p", 106504]], "[0x1a008][(nil)][     (nil)][0x1234      ][0x0001a008][0x0001a008][+0x1a008][ 0x1a008][0x1a008]", 95],
  ["[%010p][%-10p][%.3p][%5.3p]", [["p", 0], ["p", 0], ["p", 0], ["p", 0]], "[     (nil)][(nil)     ][(nil)][(nil)]", 38],
  ["[%p]", [["p", 4294967280]], "[0xfffffff0]", 12],
  ["100%% [%5%] [%-5%]", [], "100% [%] [%]", 12],
  ["[%y][%5y][%-#5y][%ly][%+ y][% 0-8.3y][%hhy]", [], "[%y][%5y][%#-5y][%y][%+y][% -8.3y][%y]", 38],
  ["[%*y][%.*y]", [["i", 3], ["i", 4]], "[%3y][%.4y]", 11],
  ["%s=%d%c", [["s", "x"], ["i", 1], ["c", 10]], "x=1\n", 4],
  ["[%-0*d]", [["i", 4], ["i", 9]], "[9   ]", 6],
  ["%05s|%-05d|%0-5d|", [["s", "ab"], ["i", 3], ["i", 3]], "   ab|3    |3    |", 18],
  ["%.10d|%.10x|%12.10d|%-12.10d|%012.10d", [["i", -123], ["u", 2748], ["i", 123], ["i", 123], ["i", 123]], "-0000000123|0000000abc|  0000000123|0000000123  |  0000000123", 61],
  ["%10.4lld|%-10llx|%#llx|%+lld", [["ll", -42n], ["ll", 255n], ["ll", 255n], ["ll", 42n]], "     -0042|ff        |0xff|+42", 30],
  ["trailing %", [], "trailing ", -1],
  ["w %5", [], "w ", -1],
  ["w %l", [], "w ", -1],
  ["%Zd|%Zu|%Zx", [["i", -5], ["i", -1], ["u", 255]], "-5|4294967295|ff", 16],
  ["%'d|%Id|%'5u|%I-4d|", [["i", 1234567], ["i", 42], ["u", 7], ["i", 3]], "1234567|42|    7|3   |", 22],
  ["[%'y][%I#5y][%'I+ -08.2y]", [], "[%'y][%#I5y][%'+-I8.2y]", 23],
  ["%b|%#b|%#B|%.0b|%#.0b|%08b|%-#8b|%hhb|%llb", [["u", 5], ["u", 5], ["u", 5], ["u", 0], ["u", 0], ["u", 5], ["u", 5], ["i", -1], ["ll", 1n << 40n]], "101|0b101|0B101|||00000101|0b101   |11111111|1" + "0".repeat(40), 86],
  ["[%C][%3C]", [["c", 65], ["c", 66]], "[A][  B]", 8],
  // positional arguments; unnumbered ones count their own positions from 1 (glibc)
  ["%3$d %1$d", [["i", 10], ["i", 20], ["i", 30]], "30 10", 5],
  ["%1$d %2$.*3$d %4$lld", [["i", 5], ["i", 6], ["i", 3], ["ll", -9n]], "5 006 -9", 8],
  ["[%1$*2$d|%1$-*2$d]", [["i", 7], ["i", 4]], "[   7|7   ]", 11],
  ["%2$lld|%1$x|%3$s", [["u", 255], ["ll", 1n << 40n], ["s", "s"]], "1099511627776|ff|s", 18],
  ["%2$d %d %d", [["i", 1], ["i", 2]], "2 1 2", 5],
  ["%1$y %2$d", [["i", 1], ["i", 2]], "%y 2", 4],
  ["100%% %1$d%%", [["i", 9]], "100% 9%", 7],
];

function pass(h: Harness, args: Arg[]): (number | bigint)[] {
  return args.map((a) => {
    switch (a[0]) {
      case "ll":
        return a[1];
      case "s":
        return a[1] === null ? 0 : h.literal(a[1]);
      default:
        return a[1];
    }
  });
}

describe("printf matches glibc", () => {
  test.each(GLIBC)("%j", (fmt, args, out, n) => {
    const h = new Harness();
    expect(h.calli("printf", h.literal(fmt), ...pass(h, args))).toBe(n);
    h.call("fflush", 0);
    expect(h.out(1)).toBe(out);
  });

  test.each(GLIBC)("sprintf %j", (fmt, args, out, n) => {
    const h = new Harness();
    const buf = h.staticAlloc(256);
    h.mem.fill(buf, 0x55, 256);
    expect(h.calli("sprintf", buf, h.literal(fmt), ...pass(h, args))).toBe(n);
    expect(h.cstring(buf)).toBe(out);
    expect(h.mem.load8(buf + out.length)).toBe(0);
  });
});

describe("printf details", () => {
  test("floating-point conversions are echoed and consume no argument", () => {
    const h = new Harness();
    const buf = h.staticAlloc(64);
    expect(h.calli("sprintf", buf, h.literal("[%5.2f][%e][%-g][%Lf]%d"), 7)).toBe(22);
    expect(h.cstring(buf)).toBe("[%5.2f][%e][%-g][%Lf]7");
  });

  test("%n stores the count so far, with its length modifier", () => {
    const h = new Harness();
    const buf = h.staticAlloc(64);
    const n = h.staticAlloc(16);
    h.mem.fill(n, 0xff, 16);
    h.call("sprintf", buf, h.literal("abc%nde%hhnf%hn%lln"), n, n + 4, n + 6, n + 8);
    expect(h.mem.load32(n)).toBe(3);
    expect(h.mem.load8(n + 4)).toBe(5);
    expect(h.mem.load8(n + 5)).toBe(0xff);
    expect(h.mem.load16(n + 6)).toBe(6);
    expect(h.mem.load32(n + 8)).toBe(6);
    expect(h.mem.load32(n + 12)).toBe(0);
  });

  test("a position past 65536 fails with EINVAL instead of reading that far up the stack", () => {
    const h = new Harness();
    const buf = h.staticAlloc(64);
    h.mem.store32(h.sym("errno"), 0);
    expect(h.calli("sprintf", buf, h.literal("ab%65537$d"), 1)).toBe(-1);
    expect(h.mem.load32(h.sym("errno"))).toBe(22);
    // the format is refused before anything is formatted
    expect(h.cstring(buf)).toBe("");
  });

  test("%m prints errno's message", () => {
    const h = new Harness();
    const buf = h.staticAlloc(64);
    h.mem.store32(h.sym("errno"), 12);
    h.call("sprintf", buf, h.literal("[%m]"));
    expect(h.cstring(buf)).toBe("[Cannot allocate memory]");
  });

  test("snprintf truncates, always terminates, returns the full length", () => {
    const h = new Harness();
    const buf = h.staticAlloc(16);
    h.mem.fill(buf, 0x55, 16);
    expect(h.calli("snprintf", buf, 5, h.literal("%d-%s"), 12345, h.literal("xyz"))).toBe(9);
    expect(h.cstring(buf)).toBe("1234");
    expect(h.mem.load8(buf + 5)).toBe(0x55);
    expect(h.calli("snprintf", buf, 0, h.literal("abc"))).toBe(3);
    expect(h.mem.load8(buf)).toBe(0x31);
    expect(h.calli("snprintf", 0, 0, h.literal("%d"), 100)).toBe(3);
  });

  test("vprintf/vsprintf take a va_list pointing at the first variadic slot", () => {
    const h = new Harness();
    const ap = h.staticAlloc(16);
    h.mem.store32(ap, 42);
    h.mem.store32(ap + 4, h.literal("va"));
    const buf = h.staticAlloc(32);
    expect(h.calli("vsprintf", buf, h.literal("%d %s"), ap)).toBe(5);
    expect(h.cstring(buf)).toBe("42 va");
    expect(h.calli("vsnprintf", buf, 3, h.literal("%d %s"), ap)).toBe(5);
    expect(h.cstring(buf)).toBe("42");
    h.call("vprintf", h.literal("<%s>"), ap + 4);
    h.call("vfprintf", h.sym("__minic_stderr"), h.literal("(%d)"), ap);
    expect(h.out(2)).toBe("(42)");
    h.call("fflush", h.sym("__minic_stdout"));
    expect(h.out(1)).toBe("<va>");
  });

  test("absurd widths fail with EOVERFLOW instead of exhausting the host", () => {
    const h = new Harness();
    const buf = h.staticAlloc(16);
    h.mem.fill(buf, 0x55, 16);
    expect(h.calli("sprintf", buf, h.literal("%999999999d"), 1)).toBe(-1);
    expect(h.mem.load32(h.sym("errno"))).toBe(75);
    expect(h.mem.load8(buf)).toBe(0x55);
    expect(h.calli("printf", h.literal("ok %.*d"), 20000000, 1)).toBe(-1);
    h.call("fflush", 0);
    expect(h.out(1)).toBe("");
    expect(h.calli("snprintf", buf, 16, h.literal("%*d"), 1000000, 7)).toBe(1000000);
    expect(h.cstring(buf)).toBe(" ".repeat(15));
  });

  test("a format that ends inside a spec prints what came before, returns -1, sets EINVAL", () => {
    for (const fmt of ["%", "a%", "%5", "%-", "%.*", "%ll", "%q", "%L", "%#x%"]) {
      const h = new Harness();
      const buf = h.staticAlloc(16);
      expect(h.calli("snprintf", buf, 16, h.literal(fmt), 123)).toBe(-1);
      expect(h.mem.load32(h.sym("errno"))).toBe(22);
      expect(h.cstring(buf)).toBe(fmt === "a%" ? "a" : fmt === "%#x%" ? "0x7b" : "");
    }
  });

  test("a precision or width past INT_MAX fails with EOVERFLOW before reading its argument", () => {
    const h = new Harness();
    const buf = h.staticAlloc(16);
    // The argument 0x7b is not a valid string: glibc never reads it, nor may minic.
    for (const fmt of ["%.2147483648s", "%2147483648s", "%.99999999999999999999d", "%.4294967297d"]) {
      h.mem.store32(h.sym("errno"), 0);
      expect(h.calli("snprintf", buf, 16, h.literal(fmt), 0x7b)).toBe(-1);
      expect(h.mem.load32(h.sym("errno"))).toBe(75);
    }
    // Within INT_MAX but beyond minic's output bound: the same clear failure, no host error.
    expect(h.calli("snprintf", buf, 16, h.literal("%.2147483647d"), 5)).toBe(-1);
    expect(h.mem.load32(h.sym("errno"))).toBe(75);
  });

  test("%ls/%S read wchar_t; a wide character outside ASCII fails with EILSEQ", () => {
    const h = new Harness();
    const w = h.staticAlloc(16);
    [0x6f, 0x6b, 0xe9, 0].forEach((c, k) => h.mem.store32(w + 4 * k, c));
    const buf = h.staticAlloc(32);
    expect(h.calli("sprintf", buf, h.literal("[%.2ls][%4.1S][%lc]"), w, w, 0x41)).toBe(13);
    expect(h.cstring(buf)).toBe("[ok][   o][A]");
    expect(h.calli("sprintf", buf, h.literal("<%ls>"), w)).toBe(-1);
    expect(h.mem.load32(h.sym("errno"))).toBe(84);
    expect(h.cstring(buf)).toBe("<");
    expect(h.calli("sprintf", buf, h.literal("<%lc>"), 0x20ac)).toBe(-1);
    expect(h.cstring(buf)).toBe("<");
    expect(h.calli("sprintf", buf, h.literal("[%ls|%.3ls]"), 0, 0)).toBe(9);
    expect(h.cstring(buf)).toBe("[(null)|]");
  });

  test("%s of a bad pointer faults like C", () => {
    const h = new Harness();
    const buf = h.staticAlloc(32);
    expect(() => h.call("sprintf", buf, h.literal("%s"), 0x100)).toThrow(/segmentation fault: read of 1 bytes at 0x100/);
  });

  test("sprintf into read-only memory faults", () => {
    const h = new Harness();
    const dst = h.literal("xxxxxxxx");
    // The first byte written faults, as a byte-by-byte copy into rodata would.
    expect(() => h.call("sprintf", dst, h.literal("%d"), 5)).toThrow(`segmentation fault: write of 1 bytes at 0x${dst.toString(16)}`);
  });
});

describe("positional arguments (property)", () => {
  // Positions of int and long long arguments, named in any order and any number of times:
  // each must print its own argument, wherever the wider ones before it put it on the stack.
  test("every %n$ conversion prints argument n", () => {
    const arbitrary = fc.record({
      wide: fc.array(fc.boolean(), { minLength: 1, maxLength: 5 }),
      ints: fc.array(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), { minLength: 5, maxLength: 5 }),
      bigs: fc.array(fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }), { minLength: 5, maxLength: 5 }),
      uses: fc.array(fc.record({ pos: fc.nat(4), hex: fc.boolean(), text: fc.stringMatching(/^[a-z ]{0,3}$/) }), { minLength: 1, maxLength: 8 }),
    });
    fc.assert(
      fc.property(arbitrary, ({ wide, ints, bigs, uses }) => {
        const h = new Harness();
        const buf = h.staticAlloc(512);
        const args = wide.map((w, i) => (w ? bigs[i]! : ints[i]!));
        let fmt = "";
        let want = "";
        // POSIX: a format that names argument n must name every argument before it too
        const all = [...uses, ...wide.map((_, i) => ({ pos: i, hex: false, text: "|" }))];
        for (const u of all) {
          const pos = u.pos % wide.length;
          const v = args[pos]!;
          fmt += `${u.text}%${pos + 1}$${typeof v === "bigint" ? "ll" : ""}${u.hex ? "x" : "d"}`;
          const shown = u.hex ? (typeof v === "bigint" ? BigInt.asUintN(64, v) : v >>> 0).toString(16) : String(v);
          want += u.text + shown;
        }
        expect(h.calli("sprintf", buf, h.literal(fmt), ...args)).toBe(want.length);
        expect(h.cstring(buf)).toBe(want);
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});

describe("malformed formats (property)", () => {
  // Any mix of positions, stars, flags and conversions ends in a result or a VM fault
  // (reading past the arguments), never a host exception or a hang.
  test("printf returns or faults, whatever the format", () => {
    const piece = fc.constantFrom("%", "$", "1", "2", "9", "0", "*", ".", "-", "l", "h", "d", "s", "n", "x", "c", "%%", "a", " ");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (ps) => {
        const h = new Harness();
        const buf = h.staticAlloc(4096);
        const scratch = h.staticAlloc(64);
        try {
          const n = h.calli("snprintf", buf, 4096, h.literal(ps.join("")), scratch, scratch, scratch, scratch, scratch, scratch, scratch, scratch, scratch);
          expect(Number.isInteger(n)).toBe(true);
          expect(n).toBeGreaterThanOrEqual(-1);
        } catch (e) {
          if (!(e instanceof Fault)) throw e;
        }
      }),
      { numRuns: 1000, seed: 11 },
    );
  });
});
