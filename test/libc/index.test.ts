/**
 * @fileoverview The archive as a whole: member names and symbols, needs that resolve,
 * headers that declare exactly the natives, and headers that a strict C99 compiler
 * accepts (gcc -m32 -nostdinc, when gcc is installed) with stdarg.h working on real
 * i386 cdecl frames (when qemu-i386 is installed too).
 */

import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { LIBC_MEMBERS, libcIncludeDir, libcNatives } from "../../libc/index.js";

const INCLUDE = libcIncludeDir();
const HEADERS = ["stdio.h", "stdlib.h", "string.h", "stddef.h", "stdarg.h", "ctype.h", "assert.h", "limits.h", "stdbool.h", "stdint.h", "inttypes.h", "unistd.h", "errno.h", "iso646.h"];

function have(cmd: string): boolean {
  return spawnSync(cmd, ["--version"], { stdio: "ignore" }).status === 0;
}

describe("members", () => {
  test("member list and their functions", () => {
    expect(Object.fromEntries(LIBC_MEMBERS.map((m) => [m.name, Object.keys(m.functions).sort()]))).toEqual({
      "malloc.o": ["free", "malloc", "realloc"],
      "calloc.o": ["calloc"],
      "stdio.o": [
        "clearerr", "feof", "ferror", "fflush", "fgetc", "fgets", "fprintf", "fputc", "fputs", "fread", "fscanf", "fwrite", "getc", "getchar",
        "perror", "printf", "putc", "putchar", "puts", "scanf", "setbuf", "setvbuf", "snprintf", "sprintf", "sscanf", "ungetc",
        "vfprintf", "vfscanf", "vprintf", "vscanf", "vsnprintf", "vsprintf", "vsscanf",
      ],
      "string.o": [
        "memchr", "memcmp", "memcpy", "memmove", "memset", "strcat", "strchr", "strcmp", "strcoll", "strcpy", "strcspn", "strdup",
        "strlen", "strncat", "strncmp", "strncpy", "strndup", "strnlen", "strpbrk", "strrchr", "strspn", "strstr", "strtok", "strxfrm",
      ],
      "strerror.o": ["strerror"],
      "stdlib.o": [
        "_Exit", "__assert_fail", "abort", "abs", "atexit", "atoi", "atol", "atoll", "bsearch", "div", "exit", "getenv", "imaxabs", "imaxdiv", "labs", "ldiv", "llabs", "lldiv", "qsort",
        "rand", "srand", "strtoimax", "strtol", "strtoll", "strtoul", "strtoull", "strtoumax",
      ],
      "ctype.o": ["isalnum", "isalpha", "isblank", "iscntrl", "isdigit", "isgraph", "islower", "isprint", "ispunct", "isspace", "isupper", "isxdigit", "tolower", "toupper"],
      "unistd.o": ["_exit", "brk", "read", "sbrk", "write"],
      "errno.o": [],
      "gets.o": ["gets"],
    });
  });

  test("every symbol is defined once and every need resolves to some member", () => {
    const defined = new Map<string, string>();
    for (const m of LIBC_MEMBERS) {
      for (const s of [...Object.keys(m.functions), ...(m.data ?? []).map((d) => d.name)]) {
        expect(defined.get(s), `${s} in ${m.name}`).toBeUndefined();
        defined.set(s, m.name);
      }
    }
    for (const m of LIBC_MEMBERS) for (const n of m.needs ?? []) expect(defined.has(n), `${m.name} needs ${n}`).toBe(true);
    expect(Object.keys(libcNatives()).length).toBe(LIBC_MEMBERS.reduce((n, m) => n + Object.keys(m.functions).length, 0));
  });

  test("the headers declare exactly the native functions", () => {
    const declared = new Set<string>();
    for (const h of HEADERS) {
      const text = fs.readFileSync(path.join(INCLUDE, h), "utf8").replace(/\/\*[\s\S]*?\*\//g, "");
      for (const m of text.matchAll(/^[A-Za-z_][\w\s*]*?\b([A-Za-z_]\w*)\s*\([^)]*(\([^)]*\)[^)]*)*\)\s*;/gm)) declared.add(m[1]!);
    }
    expect([...declared].sort()).toEqual(Object.keys(libcNatives()).sort());
  });
});

describe.runIf(have("gcc"))("headers under a strict C99 compiler", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "minic-libc-"));

  test("all headers together compile with -std=c99 -pedantic -Werror", () => {
    const src = path.join(dir, "all.c");
    fs.writeFileSync(
      src,
      HEADERS.map((h) => `#include <${h}>`).join("\n") +
        `
struct s { int a; char b; long long c; };
int sum(int n, ...) { va_list ap; int t = 0; va_start(ap, n); while (n--) t += va_arg(ap, int); va_end(ap); return t; }
int main(void) {
  bool b = true; int64_t x = INT64_MAX; size_t o = offsetof(struct s, c); FILE *f = stdout;
  char buf[8]; uint8_t u = UINT8_MAX; long m = LONG_MIN;
  assert(b and o == 8);
  printf("%d %" PRId64 " %d %ld %u\\n", sum(3, 1, 2, 3), x, INT_MIN, m, u);
  fprintf(f, "%s", strerror(ERANGE)); snprintf(buf, sizeof buf, "%d", RAND_MAX);
  return isdigit(buf[0]) ? EXIT_SUCCESS : EXIT_FAILURE;
}
`,
    );
    const r = spawnSync("gcc", ["-m32", "-std=c99", "-pedantic", "-Wall", "-Wextra", "-Werror", "-nostdinc", "-I", INCLUDE, "-fsyntax-only", src], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });

  test.runIf(have("qemu-i386"))("stdarg.h walks real cdecl frames (gcc -O0, i386)", () => {
    const src = path.join(dir, "va.c");
    const exe = path.join(dir, "va");
    fs.writeFileSync(
      src,
      `#include <stdarg.h>
int printf(const char *, ...);
long long f(int n, ...) { va_list ap, aq; long long t = 0; va_start(ap, n); va_copy(aq, ap);
  t += va_arg(ap, int); t += va_arg(ap, long long); t += va_arg(ap, char *)[0]; t += va_arg(aq, int) * 1000; va_end(ap); return t; }
int main(void) { printf("%lld\\n", f(3, 5, 10000000000LL, "A")); return 0; }
`,
    );
    execFileSync("gcc", ["-m32", "-O0", "-std=c99", "-I", INCLUDE, "-o", exe, src]);
    expect(execFileSync("qemu-i386", [exe], { encoding: "utf8" })).toBe("10000005070\n");
  });
});
