/**
 * @fileoverview Object modules and executables: the in-memory form, and the on-disk form
 * (JSON, documented in docs/object-format.md) with a validating reader, so that a damaged
 * or foreign file ends in a clear error instead of a crash.
 */

export type SectionName = "text" | "rodata" | "data" | "bss";
export const SECTIONS: readonly SectionName[] = ["text", "rodata", "data", "bss"];

export interface ObjSymbol {
  name: string;
  /** global: visible to other modules; local: `static` or compiler-internal. */
  binding: "global" | "local";
  /** "undef" for a reference to a symbol defined elsewhere. */
  section: SectionName | "undef";
  offset: number;
  size: number;
  kind: "func" | "object" | "notype";
  /** The C type of a data object as written (e.g. "int [10]"), for dumps; optional. */
  type?: string;
}

/**
 * A place to patch at link time, in `section` at byte `offset` (always a 4-byte field):
 * - abs32:  S + A           (addresses of globals and strings, in code or data)
 * - pc32:   S + A - P       (branch and call targets; P = address of the field)
 * - native: index of the libc native function named `symbol` in the executable's table
 */
export interface Relocation {
  section: SectionName;
  offset: number;
  type: "abs32" | "pc32" | "native";
  /** Index into the module's symbol table (abs32, pc32) or the native's name (native). */
  symbol: number | string;
  addend: number;
}

/** Maps a code offset (start of a run of instructions) to the source line it implements. */
export interface LineEntry {
  offset: number;
  file: string;
  line: number;
}

/** Debug information for one function: where its locals and parameters live. */
export interface FuncDebug {
  name: string;
  /** Offsets in text, [start, end). */
  start: number;
  end: number;
  file: string;
  line: number;
  vars: VarDebug[];
}
export interface VarDebug {
  name: string;
  /** fp-relative byte offset (parameters positive, locals negative). */
  fpOffset: number;
  /** The C type as written, e.g. "int *". */
  type: string;
  size: number;
  param: boolean;
}

export interface ObjectModule {
  /** Source or object file name, for messages. */
  name: string;
  text: Uint8Array;
  rodata: Uint8Array;
  data: Uint8Array;
  bssSize: number;
  /** Required alignment of each section's start. */
  align: Record<SectionName, number>;
  symbols: ObjSymbol[];
  relocations: Relocation[];
  lines: LineEntry[];
  funcs: FuncDebug[];
}

export interface ExeSymbol {
  name: string;
  addr: number;
  size: number;
  kind: "func" | "object" | "notype";
  section: SectionName;
  binding: "global" | "local";
  /** The object module that defined it. */
  module: string;
  /** The C type of a data object, when the compiler recorded it. */
  type?: string;
}

export interface Segment {
  name: SectionName;
  start: number;
  /** Bytes of the segment; for bss, empty (the loader zero-fills `size` bytes). */
  bytes: Uint8Array;
  size: number;
  perm: "r-x" | "r--" | "rw-";
}

export interface Executable {
  entry: number;
  segments: Segment[];
  symbols: ExeSymbol[];
  /** Sorted by address. */
  lines: { addr: number; file: string; line: number }[];
  funcs: (FuncDebug & { addr: number; endAddr: number })[];
  /** Native function names; NATIVE imm indexes into this table. */
  natives: string[];
}

export const OBJECT_MAGIC = "minic-object";
export const EXE_MAGIC = "minic-executable";
export const FORMAT_VERSION = 1;

export class FormatError extends Error {}

// ---------------------------------------------------------------------------------------
// Serialization
// ---------------------------------------------------------------------------------------

function hex(b: Uint8Array): string {
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString("hex");
}

export function serializeObject(m: ObjectModule): string {
  return JSON.stringify({
    magic: OBJECT_MAGIC,
    version: FORMAT_VERSION,
    name: m.name,
    text: hex(m.text),
    rodata: hex(m.rodata),
    data: hex(m.data),
    bssSize: m.bssSize,
    align: m.align,
    symbols: m.symbols,
    relocations: m.relocations,
    lines: m.lines,
    funcs: m.funcs,
  });
}

/** "0".."f" as character codes, two per byte value, in memory order (for hexChunks). */
const HEX_PAIRS = (() => {
  const t = new Uint16Array(256);
  const b = new Uint8Array(t.buffer);
  const digit = (d: number): number => (d < 10 ? 48 + d : 87 + d);
  for (let v = 0; v < 256; v++) {
    b[2 * v] = digit(v >> 4);
    b[2 * v + 1] = digit(v & 15);
  }
  return t;
})();

/**
 * Writes b as lower-case hex through `out` in chunks of one reused buffer (the chunk is
 * only valid during the call).
 */
function hexChunks(b: Uint8Array, chunk: Buffer, out: (piece: string | Uint8Array) => void): void {
  // chunk's byte offset is even (asserted by the caller's allocation), for the Uint16Array view
  const per = chunk.length >> 1;
  const pairs = new Uint16Array(chunk.buffer, chunk.byteOffset, per);
  for (let from = 0; from < b.length; from += per) {
    const to = Math.min(b.length, from + per);
    for (let i = from; i < to; i++) pairs[i - from] = HEX_PAIRS[b[i]!]!;
    out(chunk.subarray(0, 2 * (to - from)));
  }
}

/**
 * `serializeObject(m)` as a sequence of pieces: strings (to be UTF-8 encoded) and byte
 * chunks that are only valid until the next call of `out`. A 100k-line unit's object is
 * about 20 MB, half of it code: building it as one string (or one buffer) and writing that
 * took longer than writing it in pieces through a 64 KB buffer (docs/performance.md).
 */
export function serializeObjectPieces(m: ObjectModule, out: (piece: string | Uint8Array) => void): void {
  const J = JSON.stringify;
  const chunk = Buffer.allocUnsafeSlow(1 << 16);
  out(`{"magic":${J(OBJECT_MAGIC)},"version":${J(FORMAT_VERSION)}${m.name === undefined ? "" : `,"name":${J(m.name)}`},"text":"`);
  hexChunks(m.text, chunk, out);
  out(`","rodata":"`);
  hexChunks(m.rodata, chunk, out);
  out(`","data":"`);
  hexChunks(m.data, chunk, out);
  // The rest exactly as JSON.stringify lays out the object of serializeObject, a few
  // hundred array elements at a time: one 10 MB string (and its UTF-8 copy) would be fresh
  // memory, where small pieces reuse what the last ones used.
  out(`","bssSize":${J(m.bssSize)},"align":${J(m.align)}`);
  const arrays: [string, readonly unknown[]][] = [["symbols", m.symbols], ["relocations", m.relocations], ["lines", m.lines], ["funcs", m.funcs]];
  for (const [key, items] of arrays) {
    out(`,${J(key)}:[`);
    for (let i = 0; i < items.length; i += PIECE_ITEMS) {
      const piece = J(items.slice(i, i + PIECE_ITEMS));
      out((i === 0 ? "" : ",") + piece.slice(1, -1));
    }
    out("]");
  }
  out("}");
}

/** Array elements per JSON piece (a few tens of KB of text). */
const PIECE_ITEMS = 512;

export function serializeExecutable(e: Executable): string {
  return JSON.stringify({
    magic: EXE_MAGIC,
    version: FORMAT_VERSION,
    entry: e.entry,
    segments: e.segments.map((s) => ({ name: s.name, start: s.start, size: s.size, perm: s.perm, bytes: hex(s.bytes) })),
    symbols: e.symbols,
    lines: e.lines,
    funcs: e.funcs,
    natives: e.natives,
  });
}

// ---------------------------------------------------------------------------------------
// Validating readers
// ---------------------------------------------------------------------------------------

type Json = unknown;

/**
 * Field-by-field validation of a parsed JSON file; `fail` throws the error the format's
 * callers expect (object/executable files here, core files in vm/core.ts).
 */
export class Reader {
  constructor(
    protected readonly file: string,
    private readonly error: (message: string) => Error = (m) => new FormatError(`${file}: malformed file: ${m}`),
  ) {}
  fail(what: string): never {
    throw this.error(what);
  }
  obj(v: Json, what: string): Record<string, Json> {
    if (typeof v !== "object" || v === null || Array.isArray(v)) this.fail(`${what} is not an object`);
    return v as Record<string, Json>;
  }
  arr(v: Json, what: string): Json[] {
    if (!Array.isArray(v)) this.fail(`${what} is not an array`);
    return v;
  }
  int(v: Json, what: string, min = -0x80000000, max = 0xffffffff): number {
    if (typeof v !== "number" || !Number.isInteger(v) || v < min || v > max) this.fail(`${what} is not an integer in range`);
    return v;
  }
  str(v: Json, what: string): string {
    if (typeof v !== "string") this.fail(`${what} is not a string`);
    return v;
  }
  oneOf<T extends string>(v: Json, options: readonly T[], what: string): T {
    if (typeof v !== "string" || !(options as readonly string[]).includes(v)) this.fail(`${what} must be one of ${options.join(", ")}`);
    return v as T;
  }
  bytes(v: Json, what: string): Uint8Array {
    const s = this.str(v, what);
    if (s.length % 2 !== 0 || !/^[0-9a-f]*$/.test(s)) this.fail(`${what} is not hex bytes`);
    return new Uint8Array(Buffer.from(s, "hex"));
  }
}

function parseJson(text: string, file: string): Record<string, Json> {
  let v: Json;
  try {
    v = JSON.parse(text);
  } catch {
    throw new FormatError(`${file}: file format not recognized (not a minic object or executable)`);
  }
  if (typeof v !== "object" || v === null || Array.isArray(v)) throw new FormatError(`${file}: file format not recognized`);
  return v as Record<string, Json>;
}

/** What kind of minic file `text` is, or null. */
export function sniffFormat(text: string): "object" | "executable" | null {
  const head = text.slice(0, 64);
  if (head.includes(`"${OBJECT_MAGIC}"`)) return "object";
  if (head.includes(`"${EXE_MAGIC}"`)) return "executable";
  return null;
}

function readFuncs(r: Reader, v: Json): FuncDebug[] {
  return r.arr(v, "funcs").map((f0, i) => {
    const f = r.obj(f0, `funcs[${i}]`);
    return {
      name: r.str(f.name, "func name"),
      start: r.int(f.start, "func start", 0),
      end: r.int(f.end, "func end", 0),
      file: r.str(f.file, "func file"),
      line: r.int(f.line, "func line", 0),
      vars: r.arr(f.vars, "func vars").map((x0) => {
        const x = r.obj(x0, "var");
        return {
          name: r.str(x.name, "var name"),
          fpOffset: r.int(x.fpOffset, "var offset"),
          type: r.str(x.type, "var type"),
          size: r.int(x.size, "var size", 0),
          param: x.param === true,
        };
      }),
    };
  });
}

export function parseObject(text: string, file: string): ObjectModule {
  const r = new Reader(file);
  const o = parseJson(text, file);
  if (o.magic !== OBJECT_MAGIC) r.fail("not a minic object module (bad magic)");
  if (o.version !== FORMAT_VERSION) r.fail(`unsupported object format version ${String(o.version)}`);
  const sectionOrUndef = [...SECTIONS, "undef"] as const;
  const m: ObjectModule = {
    name: r.str(o.name, "name"),
    text: r.bytes(o.text, "text"),
    rodata: r.bytes(o.rodata, "rodata"),
    data: r.bytes(o.data, "data"),
    bssSize: r.int(o.bssSize, "bssSize", 0, 0x7fffffff),
    align: (() => {
      const a = r.obj(o.align, "align");
      const out = {} as Record<SectionName, number>;
      for (const s of SECTIONS) {
        const n = r.int(a[s], `align.${s}`, 1, 4096);
        if ((n & (n - 1)) !== 0) r.fail(`align.${s} is not a power of two`);
        out[s] = n;
      }
      return out;
    })(),
    symbols: r.arr(o.symbols, "symbols").map((s0, i) => {
      const s = r.obj(s0, `symbols[${i}]`);
      return {
        name: r.str(s.name, "symbol name"),
        binding: r.oneOf(s.binding, ["global", "local"] as const, "symbol binding"),
        section: r.oneOf(s.section, sectionOrUndef, "symbol section"),
        offset: r.int(s.offset, "symbol offset", 0),
        size: r.int(s.size, "symbol size", 0),
        kind: r.oneOf(s.kind, ["func", "object", "notype"] as const, "symbol kind"),
        ...(s.type === undefined ? {} : { type: r.str(s.type, "symbol type") }),
      };
    }),
    relocations: [],
    lines: r.arr(o.lines, "lines").map((l0) => {
      const l = r.obj(l0, "line entry");
      return { offset: r.int(l.offset, "line offset", 0), file: r.str(l.file, "line file"), line: r.int(l.line, "line", 0) };
    }),
    funcs: readFuncs(r, o.funcs),
  };
  m.relocations = r.arr(o.relocations, "relocations").map((x0, i) => {
    const x = r.obj(x0, `relocations[${i}]`);
    const type = r.oneOf(x.type, ["abs32", "pc32", "native"] as const, "relocation type");
    const section = r.oneOf(x.section, SECTIONS, "relocation section");
    const offset = r.int(x.offset, "relocation offset", 0);
    const size = section === "text" ? m.text.length : section === "rodata" ? m.rodata.length : section === "data" ? m.data.length : 0;
    if (offset + 4 > size) r.fail(`relocation ${i} patches outside its section`);
    let symbol: number | string;
    if (type === "native") symbol = r.str(x.symbol, "native name");
    else {
      symbol = r.int(x.symbol, "relocation symbol", 0);
      if (symbol >= m.symbols.length) r.fail(`relocation ${i} names symbol ${symbol}, which does not exist`);
    }
    return { section, offset, type, symbol, addend: r.int(x.addend, "relocation addend") };
  });
  return m;
}

export function parseExecutable(text: string, file: string): Executable {
  const r = new Reader(file);
  const o = parseJson(text, file);
  if (o.magic !== EXE_MAGIC) r.fail("not a minic executable (bad magic)");
  if (o.version !== FORMAT_VERSION) r.fail(`unsupported executable format version ${String(o.version)}`);
  const segments = r.arr(o.segments, "segments").map((s0, i) => {
    const s = r.obj(s0, `segments[${i}]`);
    const bytes = r.bytes(s.bytes, "segment bytes");
    const size = r.int(s.size, "segment size", 0);
    if (bytes.length > size) r.fail(`segment ${i} has more bytes than its size`);
    return {
      name: r.oneOf(s.name, SECTIONS, "segment name"),
      start: r.int(s.start, "segment start", 0),
      size,
      bytes,
      perm: r.oneOf(s.perm, ["r-x", "r--", "rw-"] as const, "segment permissions"),
    };
  });
  return {
    entry: r.int(o.entry, "entry", 0),
    segments,
    symbols: r.arr(o.symbols, "symbols").map((s0) => {
      const s = r.obj(s0, "symbol");
      return {
        name: r.str(s.name, "symbol name"),
        addr: r.int(s.addr, "symbol address", 0),
        size: r.int(s.size, "symbol size", 0),
        kind: r.oneOf(s.kind, ["func", "object", "notype"] as const, "symbol kind"),
        section: r.oneOf(s.section, SECTIONS, "symbol section"),
        binding: r.oneOf(s.binding, ["global", "local"] as const, "symbol binding"),
        module: r.str(s.module, "symbol module"),
        ...(s.type === undefined ? {} : { type: r.str(s.type, "symbol type") }),
      };
    }),
    lines: r.arr(o.lines, "lines").map((l0) => {
      const l = r.obj(l0, "line entry");
      return { addr: r.int(l.addr, "line address", 0), file: r.str(l.file, "line file"), line: r.int(l.line, "line", 0) };
    }),
    funcs: (() => {
      const raw = r.arr(o.funcs, "funcs");
      const base = readFuncs(r, raw);
      return base.map((f, i) => {
        const x = r.obj(raw[i], "func");
        return { ...f, addr: r.int(x.addr, "func addr", 0), endAddr: r.int(x.endAddr, "func endAddr", 0) };
      });
    })(),
    natives: r.arr(o.natives, "natives").map((n) => r.str(n, "native name")),
  };
}
