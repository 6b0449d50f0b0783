/**
 * @fileoverview The dump views as exact text, on examples/list-crash.c (a NULL dereference
 * after a few mallocs and a free) and on a small program with values of many C types.
 * The program runs under the fixed name "list-crash" so that the stack's contents do not
 * depend on where the repository is; the repository path is cut out of file names.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { buildExecutable, captureIO, createMachine } from "../../cli/driver.js";
import { machineCore, readSourceFile } from "../../cli/dump-command.js";
import type { CoreImage } from "../../vm/core.js";
import { renderView, type ViewName } from "../../vm/views/index.js";
import { declaration } from "../../vm/views/stack.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

function coreOf(path: string, name: string, run: boolean): CoreImage {
  const m = createMachine(buildExecutable([path], {}, () => {}), name, {}, captureIO(undefined));
  if (run) m.run();
  return machineCore(m);
}

describe("list-crash.c after its crash", () => {
  let core: CoreImage;
  beforeAll(() => {
    core = coreOf(join(root, "examples/list-crash.c"), "list-crash", true);
  });
  const view = (v: ViewName, args: string[]) => renderView(core, v, args, { readSource: readSourceFile }).text.split(root + "/").join("");

  it("segments", () => {
    expect(view("segments", [])).toBe(`Segments of list-crash (stopped by segv (status 139)), 16 MiB of memory:
  name     start       end         size        perm  notes
  text     0x00010000  0x000104e0      1248 B  r-x   code, 8 bytes per instruction
  rodata   0x00011000  0x00011000         0 B  r--   string literals and const globals
  data     0x00011000  0x00011000         0 B  rw-   initialised globals
  bss      0x00011000  0x000111ac       428 B  rw-   zero-initialised globals
  heap     0x00012000  0x00013000       4 KiB  rw-   program break 0x00013000 (initial 0x00012000, grew 4 KiB)
  stack    0x00f00000  0x01000000       1 MiB  rw-   sp 0x00ffffc4, 60 B in use; guard page below

Address space (one row per 4 KiB page, high addresses at the top; ~ marks unmapped memory):

 0x01000000 +--------------------------------+
            | stack      rw-        1 MiB    |  sp 0x00ffffc4
            |                                |
            |   ... 253 more pages ...       |
            |                                |
 0x00f00000 +--------------------------------+ stack limit
            | guard page ---        4 KiB    |
 0x00eff000 +--------------------------------+
            ~~~~~~~ unmapped, 14.9 MiB ~~~~~~~
 0x00013000 +--------------------------------+ program break
            | heap       rw-        4 KiB    |
 0x00012000 +--------------------------------+
            | bss        rw-        428 B    |
 0x00011000 +--------------------------------+ rodata (0 B), data (0 B)
            | text       r-x       1248 B    |
 0x00010000 +--------------------------------+
            ~~ NULL page, unmapped, 64 KiB ~~~
`);
  });

  it("symbols", () => {
    expect(view("symbols", [])).toBe(`Symbols of list-crash (stopped by segv (status 139)); 41 libc symbols not shown (--all shows them):
  address       size  section  bind    name    value
  0x00010000      32  text     global  _start  function
  0x00010020     144  text     global  push    function, examples/list-crash.c:22
  0x000100b0     216  text     global  sum     function, examples/list-crash.c:29
  0x00010188     376  text     global  main    function, examples/list-crash.c:39
  0x00011000       4  bss      global  calls   1
  0x00011004       4  bss      global  head    0x00012008 -> heap block 0x00012008 (used)
`);
  });

  it("hex 0x00012000 48", () => {
    expect(view("hex", ["0x00012000","48"])).toBe(`Memory at 0x00012000: heap, 48 bytes
00012000  00 00 00 00 11 00 00 00  01 00 00 00 88 20 01 00  |............. ..|  header(16,used) block 0x00012008
00012010  11 00 00 00 60 00 00 00  98 20 01 00 00 00 00 00  |....\`.... ......|  footer header(96,free) next prev
00012020  00 00 00 00 00 00 00 00  00 00 00 00 00 00 00 00  |................|  free 0x00012018
`);
  });

  it("hex sp 48", () => {
    expect(view("hex", ["sp","48"])).toBe(`Memory at 0x00ffffc4: sum:total (stack), 48 bytes
00ffffc0              06 00 00 00  d8 ff ff 00 d8 02 01 00  |    ............|  sum:total saved fp (sum) return address (sum)
00ffffd0  00 00 00 00 08 20 01 00  00 00 00 00 08 00 01 00  |..... ..........|  sum:n main:scratch saved fp (main) return address (main)
00ffffe0  01 00 00 00 e8 ff ff 00  f5 ff ff 00 00 00 00 00  |................|
00fffff0  00 00 00 00                                       |....            |
`);
  });

  it("hex 0x00012fc0 96", () => {
    expect(view("hex", ["0x00012fc0","96"])).toBe(`Memory at 0x00012fc0: heap block 0x00012098 +3880 (free), 96 bytes
00012fc0  00 00 00 00 00 00 00 00  00 00 00 00 00 00 00 00  |................|  free 0x00012098+3872
*
00012ff0  00 00 00 00 00 00 00 00  68 0f 00 00 00 00 00 00  |........h.......|  free 0x00012098+3920 footer
00013000  ... 00013020  unmapped (above the program break, between heap and stack)
`);
  });

  it("heap", () => {
    expect(view("heap", [])).toBe(`Heap of list-crash (stopped by segv (status 139)): 0x00012000-0x00013000, 4 KiB, 1 brk call, first-fit allocator

  #1  used  block 0x00012004, 16 bytes; payload 0x00012008 (8 bytes)
       header [11 00 00 00] = 0x00000011 = size 16 | 1 (in use)
       from malloc(8) at examples/list-crash.c:23 (push)
       01 00 00 00 88 20 01 00                          |..... ..|
  #2  FREE  block 0x00012014, 96 bytes; payload 0x00012018 (88 bytes)
       header [60 00 00 00] = 0x00000060 = size 96 | 0 (free)
       links: next 0x00012098, prev 0x00000000 (list head)
       98 20 01 00 00 00 00 00 00 00 00 00 00 00 00 00  |. ..............| ... (+72)
  #3  used  block 0x00012074, 16 bytes; payload 0x00012078 (8 bytes)
       header [11 00 00 00] = 0x00000011 = size 16 | 1 (in use)
       from malloc(8) at examples/list-crash.c:23 (push)
       03 00 00 00 00 00 00 00                          |........|
  #4  used  block 0x00012084, 16 bytes; payload 0x00012088 (8 bytes)
       header [11 00 00 00] = 0x00000011 = size 16 | 1 (in use)
       from malloc(8) at examples/list-crash.c:23 (push)
       02 00 00 00 78 20 01 00                          |....x ..|
  #5  FREE  block 0x00012094, 3944 bytes; payload 0x00012098 (3936 bytes)
       header [68 0f 00 00] = 0x00000f68 = size 3944 | 0 (free)
       links: next 0x00000000 (end of list), prev 0x00012018
       00 00 00 00 18 20 01 00 00 00 00 00 00 00 00 00  |..... ..........| ... (+3920)

Free list (list order, head in __malloc_free_list): 0x00012018 (96) -> 0x00012098 (3944) -> NULL

Summary: heap 4096 bytes in 5 blocks (+8 bytes of alignment and slack outside blocks)
  in use: 3 blocks, 48 bytes (headers and footers included)
  free:   2 blocks, 4040 bytes, largest 3944
  external fragmentation: 1 - largest free / total free = 1 - 3944/4040 = 2.4%
`);
  });

  it("stack", () => {
    expect(view("stack", [])).toBe(`Stack of list-crash (stopped by segv (status 139)): 0x00f00000-0x01000000, sp 0x00ffffc4, fp 0x00ffffc8, 60 B in use
Segmentation fault: read of 4 bytes at 0x00000000 (NULL page) in sum at examples/list-crash.c:32

#0  sum at examples/list-crash.c:32  (pc 0x00010148)
      frame at fp 0x00ffffc8: saved fp 0x00ffffd8, return address 0x000102d8 -> main at examples/list-crash.c:45
      [fp+8]   struct node *n = 0x00000000 (NULL)
      [fp-4]   int total = 6
#1  main at examples/list-crash.c:45  (return address 0x000102d8)
      frame at fp 0x00ffffd8: saved fp 0x00000000, return address 0x00010008 -> _start
      [fp-4]   char *scratch = 0x00012008 -> "\\x01" in heap block 0x00012008 (used)

(above the last frame: _start, then argc, argv and the argument strings up to 0x01000000)
`);
  });

  it("disasm push", () => {
    expect(view("disasm", ["push"])).toBe(`   <push>:
             ; examples/list-crash.c:22    struct node *push(struct node *list, int value) {
   00010020:  enter   4
             ; examples/list-crash.c:23    struct node *n = malloc(sizeof *n);
   00010028:  li      r0, 8
   00010030:  push    r0
   00010038:  call    0x000104b0 <malloc>
   00010040:  addi    sp, sp, 4
   00010048:  addi    r1, fp, -4
   00010050:  stw     [r1], r0
             ; examples/list-crash.c:24    n->value = value;
   00010058:  ldw     r0, [fp+12]
   00010060:  ldw     r1, [fp-4]
   00010068:  stw     [r1], r0
             ; examples/list-crash.c:25    n->next = list;
   00010070:  ldw     r0, [fp+8]
   00010078:  ldw     r1, [fp-4]
   00010080:  addi    r1, r1, 4
   00010088:  stw     [r1], r0
             ; examples/list-crash.c:26    return n;
   00010090:  ldw     r0, [fp-4]
   00010098:  jmp     0x000100a0 <push+0x80>
             ; examples/list-crash.c:27    }
   000100a0:  leave
   000100a8:  ret
`);
  });
});

describe("list-crash.c before it runs (the initial image)", () => {
  let core: CoreImage;
  beforeAll(() => {
    core = coreOf(join(root, "examples/list-crash.c"), "list-crash", false);
  });
  const view = (v: ViewName, args: string[]) => renderView(core, v, args, { readSource: readSourceFile }).text.split(root + "/").join("");

  it("heap", () => {
    expect(view("heap", [])).toBe(`Heap of list-crash (not run yet: initial image): 0x00012000-0x00012000, 0 B, 0 brk calls, first-fit allocator
  no blocks: malloc has not been called yet (or gave everything back)
`);
  });

  it("symbols", () => {
    expect(view("symbols", [])).toBe(`Symbols of list-crash (not run yet: initial image); 41 libc symbols not shown (--all shows them):
  address       size  section  bind    name    value
  0x00010000      32  text     global  _start  function
  0x00010020     144  text     global  push    function, examples/list-crash.c:22
  0x000100b0     216  text     global  sum     function, examples/list-crash.c:29
  0x00010188     376  text     global  main    function, examples/list-crash.c:39
  0x00011000       4  bss      global  calls   0
  0x00011004       4  bss      global  head    0x00000000 (NULL)
`);
  });

  it("stack", () => {
    expect(view("stack", [])).toBe(`Stack of list-crash (not run yet: initial image): 0x00f00000-0x01000000, sp 0x00ffffe0, fp 0x00000000, 32 B in use

No frames: the program has not run (sp points at argc, argv and the argument strings).
`);
  });
});

describe("values by C type (values.c)", () => {
  let core: CoreImage;
  let dir = "";
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "minic-views-"));
    const p = join(dir, "values.c");
    writeFileSync(
      p,
      `struct point { int x, y; };
int counter = 42;
static short small = -3;
char name[8] = "list";
const char *greeting = "hi";
long long big = 1234567890123LL;
int twice(int v) { return v * 2; }
int inspect(char c, unsigned u, long long ll, int (*f)(int)) {
    struct point p = { 1, -2 };
    int arr[3] = { 7, 8, 9 };
    char buf[6] = "abc";
    int *ip = &arr[1];
    int *null = 0;
    return *null + p.x + arr[0] + buf[0] + (int)u + (int)ll + f(c) + *ip;
}
int main(void) { return inspect('A', 4000000000u, -5, twice); }
`,
    );
    core = coreOf(p, "values", true);
  });
  const text = (v: ViewName) => renderView(core, v, []).text.split(dir + "/").join("");

  it("globals by C type: integers, a char array as a string, a pointer to a literal", () => {
    expect(text("symbols").split("\n").slice(6)).toEqual([
      "  0x00012000       4  data     global  counter   42",
      "  0x00012004       2  data     local   small     -3",
      '  0x00012006       8  data     global  name      "list"',
      '  0x00012010       4  data     global  greeting  0x00011004 -> "hi" in rodata',
      "  0x00012014       8  data     global  big       1234567890123",
      "",
    ]);
  });

  it("locals and arguments by their C types", () => {
    expect(text("stack").split("\n").slice(3, 15)).toEqual([
      "#0  inspect at values.c:14  (pc 0x00010188)",
      "      frame at fp 0x00ffffbc: saved fp 0x00ffffd8, return address 0x000102e8 -> main at values.c:16",
      "      [fp+24]  int (*f)(int) = 0x00010020 -> twice (text)",
      "      [fp+16]  long long ll = -5",
      "      [fp+12]  unsigned int u = 4000000000",
      "      [fp+8]   char c = 65 'A'",
      "      [fp-8]   struct point p = { 01 00 00 00 fe ff ff ff }",
      "      [fp-20]  int arr[3] = {7, 8, 9}",
      '      [fp-26]  char buf[6] = "abc"',
      "      [fp-32]  int *ip = 0x00ffffac -> inspect:arr+4 (stack)",
      "      [fp-36]  int *null = 0x00000000 (NULL)",
      "#1  main at values.c:16  (return address 0x000102e8)",
    ]);
  });

  it("writes declarations the C way", () => {
    expect(declaration("int", "x")).toBe("int x");
    expect(declaration("char *", "s")).toBe("char *s");
    expect(declaration("int [16]", "buf")).toBe("int buf[16]");
    expect(declaration("char *[4]", "argv")).toBe("char *argv[4]");
    expect(declaration("int (*)(int)", "f")).toBe("int (*f)(int)");
    expect(declaration("int (*)[4]", "row")).toBe("int (*row)[4]");
  });
});
