/**
 * @fileoverview libc inside the whole pipeline (compile, link with libc.a, run on the VM),
 * through the driver's public API only: the walkthrough's fragmentation story with its
 * brk events, stdio buffering across stdin reads and exit, and assert's message (with
 * the program name from argv[0] and the function name, as glibc prints it).
 */

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { buildAndRun } from "../../cli/driver.js";
import { walkHeapFromSymbols } from "../../libc/heap-walk.js";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "minic-libc-e2e-"));
function program(name: string, text: string): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, text);
  return p;
}

describe("libc on the VM", () => {
  test("the walkthrough: A, B, C; free B; D needs brk; B's hole stays free", () => {
    const src = program(
      "walk.c",
      `#include <stdio.h>
#include <stdlib.h>
int main(void) {
    char *a = malloc(100);
    char *b = malloc(200);
    char *c = malloc(300);
    free(b);
    char *d = malloc(5000);
    printf("%d %d %d\\n", (int)(b - a), (int)(c - b), d > c);
    return 0;
}
`,
    );
    const r = buildAndRun([src]);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("112 208 1\n");
    expect(r.status).toBe(0);
    const m = r.machine!;
    const ev = m.events.map((e) => (e.op === "brk" ? `brk:${e.result - e.from}` : e.op === "free" ? "free" : `${e.op}:${e.site?.line}`));
    expect(ev).toEqual(["brk:4096", "malloc:4", "malloc:5", "malloc:6", "free", "brk:4096", "malloc:8"]);
    const w = walkHeapFromSymbols(m.mem, (n) => m.exe.symbols.find((s) => s.name === n)?.addr);
    expect(w?.error).toBeNull();
    expect(w?.blocks.map((b) => `${b.size}:${b.free ? "f" : "a"}`)).toEqual(["112:a", "208:f", "312:a", "5008:a", "2544:f"]);
  });

  test("stdout is flushed before reading stdin and at exit; stderr at once", () => {
    const src = program(
      "io.c",
      `#include <stdio.h>
#include <string.h>
int main(void) {
    int x, y; char w[16];
    printf("numbers? ");
    if (scanf("%d %d %15s", &x, &y, w) != 3) return 1;
    fprintf(stderr, "got %d\\n", x + y);
    printf("sum=%d word=%s len=%zu\\n", x + y, w, strlen(w));
    return 0;
}
`,
    );
    const r = buildAndRun([src], { stdin: "4 5 hello\n" });
    expect(r.stdout).toBe("numbers? sum=9 word=hello len=5\n");
    expect(r.stderr).toBe("got 9\n");
    expect(r.status).toBe(0);
  });

  test("a failed assert prints glibc's line and aborts with 134", () => {
    const src = program(
      "as.c",
      `#include <assert.h>
int main(int argc, char **argv) {
    assert(argc == 3);
    return 0;
}
`,
    );
    const r = buildAndRun([src]);
    expect(r.status).toBe(134);
    // __progname is the basename of argv[0] (here the source file's), and __func__ is passed.
    expect(r.stderr.startsWith(`as.c: ${src}:3: main: Assertion \`argc == 3' failed.\n`)).toBe(true);
  });
});
