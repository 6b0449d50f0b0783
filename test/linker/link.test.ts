/**
 * The linker and the object format: symbol resolution across modules, archive members
 * pulled on demand, relocations, layout, and the validating readers.
 */
import { describe, expect, it } from "vitest";
import { compileC } from "../../cli/driver.js";
import { memberToObject } from "../../libc/archive.js";
import { LinkError, link } from "../../linker/link.js";
import {
  FormatError,
  parseExecutable,
  parseObject,
  serializeExecutable,
  serializeObject,
  type Executable,
  type ObjectModule,
} from "../../linker/object.js";
import { Op, decode } from "../../vm/isa.js";
import { PAGE_SIZE, TEXT_BASE } from "../../vm/layout.js";

function obj(name: string, src: string): ObjectModule {
  const r = compileC(name, src);
  if (!r.object) throw new Error(r.messages);
  return r.object;
}

const member = (name: string, fns: string[], data: { name: string; size: number; init?: number[] }[] = [], needs: string[] = []) =>
  memberToObject({ name, functions: Object.fromEntries(fns.map((f) => [f, () => 0])), data, needs });

const sym = (exe: Executable, name: string) => {
  const s = exe.symbols.find((x) => x.name === name);
  if (!s) throw new Error(`no symbol ${name}`);
  return s;
};

function read32(exe: Executable, addr: number): number {
  const seg = exe.segments.find((s) => addr >= s.start && addr < s.start + s.size)!;
  const o = addr - seg.start;
  const b = seg.bytes;
  return (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24)) >>> 0;
}

describe("resolution", () => {
  const libc = [member("exit.o", ["exit"]), member("puts.o", ["puts"], [], ["errno"]), member("errno.o", [], [{ name: "errno", size: 4 }]), member("unused.o", ["strlen"])];

  it("pulls in only the members that define referenced symbols, transitively", () => {
    const exe = link([obj("m.c", "int puts(const char *s);\nint main(void) { return puts(\"hi\"); }\n")], libc);
    const modules = new Set(exe.symbols.map((s) => s.module));
    expect([...modules].sort()).toEqual(["crt0.o", "libc.a(errno.o)", "libc.a(exit.o)", "libc.a(puts.o)", "m.c"]);
    expect(exe.natives.sort()).toEqual(["exit", "puts"]);
  });

  it("prefers the program's own definition over the archive's", () => {
    const exe = link([obj("m.c", "int puts(const char *s) { return 7; }\nint main(void) { return puts(\"x\"); }\n")], libc);
    expect(sym(exe, "puts").module).toBe("m.c");
    expect(exe.natives).toEqual(["exit"]);
  });

  it("reports every undefined reference with the function and line", () => {
    const m = obj("m.c", "int f(void);\nint g;\nextern int h;\nint main(void) {\n  return f() + h;\n}\n");
    expect(() => link([m], libc)).toThrow(LinkError);
    try {
      link([m], libc);
    } catch (e) {
      expect((e as LinkError).messages).toEqual(["m.c: in function 'main':\nm.c:5: undefined reference to 'f'", "m.c: in function 'main':\nm.c:5: undefined reference to 'h'"]);
    }
  });

  it("reports a multiple definition naming both modules, but allows static twins", () => {
    const a = obj("a.c", "static int x = 1;\nint y = 2;\nint main(void) { return x + y; }\n");
    const b = obj("b.c", "static int x = 3;\nint y = 4;\n");
    expect(() => link([a, b], libc)).toThrow("b.c: multiple definition of 'y'; a.c: first defined here");
    const c = obj("c.c", "static int x = 3;\nint z = 4;\n");
    const exe = link([a, c], libc);
    expect(exe.symbols.filter((s) => s.name === "x").map((s) => s.module).sort()).toEqual(["a.c", "c.c"]);
  });
});

describe("layout and relocation", () => {
  const exe = link(
    [
      obj("m.c", 'char *msg = "hello";\nint counter;\nint table[3] = {1, 2, 3};\nint *second = &table[1];\nint get(void);\nint main(void) { return get() + counter; }\n'),
      obj("g.c", "int get(void) { return 5; }\n"),
    ],
    [member("exit.o", ["exit"])],
  );
  const seg = Object.fromEntries(exe.segments.map((s) => [s.name, s]));

  it("puts text at TEXT_BASE and each segment on its own page, bss right after data", () => {
    expect(seg.text!.start).toBe(TEXT_BASE);
    expect(seg.rodata!.start % PAGE_SIZE).toBe(0);
    expect(seg.data!.start % PAGE_SIZE).toBe(0);
    expect(seg.rodata!.start).toBeGreaterThanOrEqual(seg.text!.start + seg.text!.size);
    expect(seg.bss!.start).toBeGreaterThanOrEqual(seg.data!.start + seg.data!.size);
    expect(seg.bss!.start - (seg.data!.start + seg.data!.size)).toBeLessThan(8);
    expect(sym(exe, "counter").section).toBe("bss");
    expect(exe.entry).toBe(sym(exe, "_start").addr);
  });

  it("applies abs32 relocations in data", () => {
    const table = sym(exe, "table").addr;
    expect(read32(exe, sym(exe, "second").addr)).toBe(table + 4);
    const msg = read32(exe, sym(exe, "msg").addr);
    expect(msg).toBeGreaterThanOrEqual(seg.rodata!.start);
    const bytes = seg.rodata!.bytes.slice(msg - seg.rodata!.start, msg - seg.rodata!.start + 6);
    expect(Buffer.from(bytes).toString("latin1")).toBe("hello\0");
  });

  it("applies pc32 relocations to calls: target = next instruction + imm", () => {
    const main = sym(exe, "main");
    const text = seg.text!.bytes;
    let found = false;
    for (let a = main.addr; a < main.addr + main.size; a += 8) {
      const i = decode(text, a - TEXT_BASE);
      if (i.op === Op.CALL) {
        expect(a + 8 + i.imm).toBe(sym(exe, "get").addr);
        found = true;
      }
    }
    expect(found).toBe(true);
  });

  it("maps every line entry into text, sorted", () => {
    expect(exe.lines.length).toBeGreaterThan(0);
    for (let i = 1; i < exe.lines.length; i++) expect(exe.lines[i]!.addr).toBeGreaterThanOrEqual(exe.lines[i - 1]!.addr);
    expect(exe.lines.find((l) => l.file === "g.c")!.addr).toBe(sym(exe, "get").addr);
  });

  it("round-trips through the on-disk format", () => {
    const back = parseExecutable(serializeExecutable(exe), "prog");
    expect(back.entry).toBe(exe.entry);
    expect(back.symbols).toEqual(exe.symbols);
    expect(back.segments.map((s) => [s.name, s.start, s.size, Buffer.from(s.bytes).toString("hex")])).toEqual(
      exe.segments.map((s) => [s.name, s.start, s.size, Buffer.from(s.bytes).toString("hex")]),
    );
  });
});

describe("object format reader", () => {
  const good = obj("m.c", "int x = 1;\nint main(void) { return x; }\n");
  const text = serializeObject(good);

  it("round-trips an object module", () => {
    const back = parseObject(text, "m.o");
    expect(back.symbols).toEqual(good.symbols);
    expect(back.relocations).toEqual(good.relocations);
    expect(Buffer.from(back.text).equals(Buffer.from(good.text))).toBe(true);
  });

  const bad = (mutate: (o: Record<string, unknown>) => void) => {
    const o = JSON.parse(text) as Record<string, unknown>;
    mutate(o);
    return () => parseObject(JSON.stringify(o), "m.o");
  };

  it("rejects damaged files with a message naming the problem", () => {
    expect(() => parseObject("not json", "m.o")).toThrow(new FormatError("m.o: file format not recognized (not a minic object or executable)"));
    expect(bad((o) => (o.magic = "elf"))).toThrow("m.o: malformed file: not a minic object module (bad magic)");
    expect(bad((o) => (o.version = 99))).toThrow("m.o: malformed file: unsupported object format version 99");
    expect(bad((o) => (o.text = "abc"))).toThrow("m.o: malformed file: text is not hex bytes");
    expect(bad((o) => ((o.relocations as { offset: number }[])[0]!.offset = 1 << 20))).toThrow("m.o: malformed file: relocation 0 patches outside its section");
    expect(bad((o) => ((o.relocations as { symbol: number }[])[0]!.symbol = 999))).toThrow("m.o: malformed file: relocation 0 names symbol 999, which does not exist");
    expect(bad((o) => ((o.align as Record<string, number>).data = 3))).toThrow("m.o: malformed file: align.data is not a power of two");
    expect(bad((o) => ((o.symbols as { section: string }[])[0]!.section = "heap"))).toThrow("m.o: malformed file: symbol section must be one of text, rodata, data, bss, undef");
  });
});
