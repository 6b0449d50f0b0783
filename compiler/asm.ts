/**
 * @fileoverview The assembler the code generator writes into: growable section buffers,
 * labels with PC-relative fixups, a symbol table, relocations and the line table. Its
 * result is an ObjectModule (linker/object.ts).
 */

import { INSN_SIZE, encode, type Op } from "../vm/isa.js";
import type { FuncDebug, LineEntry, ObjSymbol, ObjectModule, Relocation, SectionName } from "../linker/object.js";

export class ByteBuffer {
  bytes: Uint8Array;
  length = 0;

  /**
   * `capacity` can be generous: a large buffer's pages cost nothing until written, while
   * each doubling copies everything so far into fresh pages (a page's first touch is slow
   * on the machines minic is measured on: docs/performance.md).
   */
  constructor(capacity = 256) {
    this.bytes = new Uint8Array(Math.max(capacity, 16));
  }

  reserve(n: number): void {
    if (this.length + n <= this.bytes.length) return;
    let cap = this.bytes.length * 2;
    while (cap < this.length + n) cap *= 2;
    const b = new Uint8Array(cap);
    b.set(this.bytes.subarray(0, this.length));
    this.bytes = b;
  }
  alignTo(a: number): void {
    const n = (a - (this.length % a)) % a;
    this.reserve(n);
    this.bytes.fill(0, this.length, this.length + n);
    this.length += n;
  }
  push(data: ArrayLike<number>): number {
    const at = this.length;
    this.reserve(data.length);
    this.bytes.set(data, at);
    this.length += data.length;
    return at;
  }
  zeros(n: number): number {
    const at = this.length;
    this.reserve(n);
    this.bytes.fill(0, at, at + n);
    this.length += n;
    return at;
  }
  write32(at: number, v: number): void {
    this.bytes[at] = v & 0xff;
    this.bytes[at + 1] = (v >>> 8) & 0xff;
    this.bytes[at + 2] = (v >>> 16) & 0xff;
    this.bytes[at + 3] = (v >>> 24) & 0xff;
  }
  /** The bytes written, as a view (no copy: the buffer is not written after this). */
  result(): Uint8Array {
    return this.bytes.subarray(0, this.length);
  }
}

export type Label = number;

export class Assembler {
  readonly text: ByteBuffer;
  readonly rodata = new ByteBuffer();
  readonly data = new ByteBuffer();
  bssSize = 0;
  readonly align: Record<SectionName, number> = { text: 8, rodata: 1, data: 1, bss: 1 };
  readonly symbols: ObjSymbol[] = [];
  private readonly symIndex = new Map<string, number>();
  readonly relocations: Relocation[] = [];
  readonly lines: LineEntry[] = [];
  readonly funcs: FuncDebug[] = [];

  private labelPos: number[] = [];
  private fixups: { at: number; label: Label }[] = [];

  /** `textCapacity`: a guess at the code's size in bytes (ByteBuffer's constructor says why). */
  constructor(
    readonly name: string,
    textCapacity?: number,
  ) {
    this.text = new ByteBuffer(textCapacity);
  }

  /** Aligns the next datum of rodata or data to a, and the section itself to at least a. */
  alignSection(section: "rodata" | "data", a: number): ByteBuffer {
    const buf = this[section];
    buf.alignTo(a);
    this.align[section] = Math.max(this.align[section], a);
    return buf;
  }

  // --- instructions -------------------------------------------------------------------

  /** Current text offset. */
  get pc(): number {
    return this.text.length;
  }

  emit(op: Op, a = 0, b = 0, c = 0, imm = 0): number {
    const at = this.text.length;
    this.text.reserve(INSN_SIZE);
    encode(this.text.bytes, at, op, a, b, c, imm | 0);
    this.text.length += INSN_SIZE;
    return at;
  }

  newLabel(): Label {
    this.labelPos.push(-1);
    return this.labelPos.length - 1;
  }
  bind(l: Label): void {
    this.labelPos[l] = this.text.length;
  }
  isBound(l: Label): boolean {
    return this.labelPos[l]! >= 0;
  }
  /** Emits a PC-relative jump/branch/call to a label of this module. */
  emitTo(op: Op, l: Label, a = 0, b = 0): number {
    const at = this.emit(op, a, b, 0, 0);
    this.fixups.push({ at, label: l });
    return at;
  }
  /** Emits a PC-relative jump/call to a symbol (resolved by the linker). */
  emitToSymbol(op: Op, sym: string, a = 0, b = 0): number {
    const at = this.emit(op, a, b, 0, 0);
    this.relocations.push({ section: "text", offset: at + 4, type: "pc32", symbol: this.symbolRef(sym), addend: -4 });
    return at;
  }
  /** Emits `op a, b, <address of sym + addend>` with an abs32 relocation on imm. */
  emitSymbolImm(op: Op, a: number, b: number, sym: string, addend: number): number {
    const at = this.emit(op, a, b, 0, 0);
    this.relocations.push({ section: "text", offset: at + 4, type: "abs32", symbol: this.symbolRef(sym), addend });
    return at;
  }
  patchImm(at: number, imm: number): void {
    this.text.write32(at + 4, imm | 0);
  }

  /** Resolves label fixups; called at the end of each function. */
  resolveLabels(): void {
    for (const f of this.fixups) {
      const target = this.labelPos[f.label]!;
      if (target < 0) throw new Error(`internal error: unbound label ${f.label}`);
      this.patchImm(f.at, target - (f.at + INSN_SIZE));
    }
    this.fixups = [];
  }

  // --- symbols ------------------------------------------------------------------------

  /** Index of a symbol, creating an undefined reference if it is not known yet. */
  symbolRef(name: string): number {
    let i = this.symIndex.get(name);
    if (i === undefined) {
      i = this.symbols.length;
      this.symbols.push({ name, binding: "global", section: "undef", offset: 0, size: 0, kind: "notype" });
      this.symIndex.set(name, i);
    }
    return i;
  }
  /** Defines (or completes a forward reference to) a symbol. */
  define(name: string, section: SectionName, offset: number, size: number, kind: ObjSymbol["kind"], binding: ObjSymbol["binding"], type?: string): void {
    const i = this.symbolRef(name);
    const s = this.symbols[i]!;
    s.section = section;
    s.offset = offset;
    s.size = size;
    s.kind = kind;
    s.binding = binding;
    if (type !== undefined) s.type = type;
  }
  /** Marks a referenced-but-undefined symbol's kind (for nm's U lines it does not matter). */
  hasSymbol(name: string): boolean {
    return this.symIndex.has(name);
  }

  dataReloc(section: "data" | "rodata", offset: number, sym: string, addend: number): void {
    this.relocations.push({ section, offset, type: "abs32", symbol: this.symbolRef(sym), addend });
  }

  line(file: string, line: number): void {
    const last = this.lines[this.lines.length - 1];
    if (last && last.offset === this.text.length) {
      last.file = file;
      last.line = line;
      return;
    }
    if (last && last.file === file && last.line === line) return;
    this.lines.push({ offset: this.text.length, file, line });
  }

  finish(): ObjectModule {
    return {
      name: this.name,
      text: this.text.result(),
      rodata: this.rodata.result(),
      data: this.data.result(),
      bssSize: this.bssSize,
      align: { ...this.align },
      symbols: this.symbols,
      relocations: this.relocations,
      lines: this.lines,
      funcs: this.funcs,
    };
  }
}
