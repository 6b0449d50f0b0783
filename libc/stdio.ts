/**
 * @fileoverview stdio.o: the three standard streams and the functions that use them.
 *
 * Each stream is a FILE struct in VM memory (data symbols __minic_stdin, __minic_stdout,
 * __minic_stderr) followed by its buffer, so a dump shows what is still waiting to be
 * written. The layout, as declared in include/stdio.h:
 *
 *   offset  0  int   __fd        file descriptor (0, 1, 2)
 *           4  int   __flags     INIT | EOF | ERR | UNBUF | LINEBUF | READ | WRITE
 *           8  int   __pos       write: bytes waiting in the buffer; read: next index
 *          12  int   __len       read: bytes valid in the buffer
 *          16  int   __unget     character pushed back by ungetc, plus 1 (0 = none)
 *          20  int   __bufsize
 *          24  char *__buf       -> offset 28, the buffer itself
 *
 * The structs live in bss and are set up by the first stdio call that touches them (the
 * object format has no way to put an address in initialised data). The header defines
 * `stdin` as `(&__minic_stdin)` and so on; C allows these to be macros.
 *
 * Buffering is deterministic: stdout is fully buffered (4096 bytes) and flushed when full,
 * by fflush, before any read from stdin, and by exit(); stderr is unbuffered (each call's
 * output is written with one WRITE). A program that crashes loses what stdout still
 * holds, exactly as a real C program whose output goes to a pipe or a file.
 */

import type { LibcMember, MemoryAccess, NativeContext } from "./abi.js";
import { Trap } from "../vm/isa.js";
import { formatPrintf, vaArgs, type ArgSource, type Formatted } from "./printf.js";
import { formatScanf, type CharSource, type ScanfEnv } from "./scanf.js";
import { EBADF, EOVERFLOW, errnoMessage, getErrno, setErrno } from "./unistd.js";

export const FILE_HEADER_SIZE = 28;
export const STDIN_BUFSIZE = 4096;
export const STDOUT_BUFSIZE = 4096;
export const STDERR_BUFSIZE = 1024;

export const F_INIT = 1;
export const F_EOF = 2;
export const F_ERR = 4;
export const F_UNBUF = 8;
export const F_LINEBUF = 16;
export const F_READ = 32;
export const F_WRITE = 64;

const O_FD = 0;
const O_FLAGS = 4;
const O_POS = 8;
const O_LEN = 12;
const O_UNGET = 16;
const O_BUFSIZE = 20;
const O_BUF = 24;

/** The streams: symbol, fd, buffer size and initial mode. */
export const STREAMS = [
  { symbol: "__minic_stdin", fd: 0, bufsize: STDIN_BUFSIZE, flags: F_READ },
  { symbol: "__minic_stdout", fd: 1, bufsize: STDOUT_BUFSIZE, flags: F_WRITE },
  { symbol: "__minic_stderr", fd: 2, bufsize: STDERR_BUFSIZE, flags: F_WRITE | F_UNBUF },
] as const;

const EOF = -1;

/**
 * Writes src[start, start + n) to VM memory at dst. Short runs go byte by byte: a view
 * for writeBytes would be the costliest allocation of a printf call. Either way the bytes
 * before a bad address are written and the fault is raised there.
 */
function copyOut(mem: MemoryAccess, dst: number, src: Uint8Array, start: number, n: number): void {
  if (n > 64) mem.writeBytes(dst, src.subarray(start, start + n));
  else for (let k = 0; k < n; k++) mem.store8(dst + k, src[start + k]!);
}

function hasNewline(bytes: Uint8Array, length: number): boolean {
  const i = bytes.indexOf(0x0a);
  return i >= 0 && i < length;
}

/** A standard stream, located and initialised. */
class Stream {
  constructor(
    private readonly ctx: NativeContext,
    readonly addr: number,
  ) {}
  private get mem(): MemoryAccess {
    return this.ctx.mem;
  }
  get fd(): number {
    return this.mem.load32(this.addr + O_FD);
  }
  get flags(): number {
    return this.mem.load32(this.addr + O_FLAGS);
  }
  set flags(v: number) {
    this.mem.store32(this.addr + O_FLAGS, v);
  }
  private get pos(): number {
    return this.mem.load32(this.addr + O_POS);
  }
  private set pos(v: number) {
    this.mem.store32(this.addr + O_POS, v);
  }
  private get len(): number {
    return this.mem.load32(this.addr + O_LEN);
  }
  private get buf(): number {
    return this.mem.load32(this.addr + O_BUF) >>> 0;
  }
  private get bufsize(): number {
    return this.mem.load32(this.addr + O_BUFSIZE);
  }

  /** Writes whatever the buffer holds; false on a write error. */
  flush(): boolean {
    let done = 0;
    const n = this.pos;
    if (n <= 0 || !(this.flags & F_WRITE)) return true;
    while (done < n) {
      const r = this.ctx.trap(Trap.WRITE, this.fd, this.buf + done, n - done);
      if (r <= 0) {
        this.flags = this.flags | F_ERR;
        if (r < 0) setErrno(this.ctx, -r);
        this.pos = 0;
        return false;
      }
      done += r;
    }
    this.pos = 0;
    return true;
  }

  /**
   * Appends bytes [0, length) of `bytes` to the buffer (flushing when full); the stream's
   * mode decides the rest.
   */
  write(bytes: Uint8Array, length = bytes.length): boolean {
    if (!(this.flags & F_WRITE)) {
      this.flags = this.flags | F_ERR;
      setErrno(this.ctx, EBADF);
      return false;
    }
    const size = this.bufsize;
    let i = 0;
    while (i < length) {
      const pos = this.pos;
      const n = Math.min(size - pos, length - i);
      copyOut(this.mem, this.buf + pos, bytes, i, n);
      this.pos = pos + n;
      i += n;
      if (this.pos >= size && !this.flush()) return false;
    }
    const flags = this.flags;
    if (flags & F_UNBUF || (flags & F_LINEBUF && hasNewline(bytes, length))) return this.flush();
    return true;
  }

  /** write() of `length` bytes that are in VM memory at src (puts, fputs), copied there directly. */
  writeFrom(src: number, length: number): boolean {
    if (!(this.flags & F_WRITE)) {
      this.flags = this.flags | F_ERR;
      setErrno(this.ctx, EBADF);
      return false;
    }
    const size = this.bufsize;
    let newline = false;
    for (let i = 0; i < length; ) {
      const pos = this.pos;
      const n = Math.min(size - pos, length - i);
      this.mem.copyWithin(this.buf + pos, src + i, n);
      if (this.flags & F_LINEBUF) for (let k = 0; k < n && !newline; k++) newline = this.mem.load8(this.buf + pos + k) === 0x0a;
      this.pos = pos + n;
      i += n;
      if (this.pos >= size && !this.flush()) return false;
    }
    if (this.flags & F_UNBUF || newline) return this.flush();
    return true;
  }

  /** write() of one byte (putchar), without building an array for it. */
  putByte(c: number): boolean {
    if (!(this.flags & F_WRITE)) {
      this.flags = this.flags | F_ERR;
      setErrno(this.ctx, EBADF);
      return false;
    }
    const pos = this.pos;
    this.mem.store8(this.buf + pos, c);
    this.pos = pos + 1;
    if (pos + 1 >= this.bufsize && !this.flush()) return false;
    const flags = this.flags;
    if (flags & F_UNBUF || (flags & F_LINEBUF && (c & 0xff) === 0x0a)) return this.flush();
    return true;
  }

  /** Makes sure a byte is available; false at end of input or on error. */
  private fill(): boolean {
    if (this.pos < this.len) return true;
    const flags = this.flags;
    if (!(flags & F_READ)) {
      // Reading an output stream is an error on the stream, as writing stdin is.
      this.flags = flags | F_ERR;
      setErrno(this.ctx, EBADF);
      return false;
    }
    if (flags & F_EOF) return false;
    flushAllStreams(this.ctx); // what the program printed (a prompt) appears before it waits
    const r = this.ctx.trap(Trap.READ, this.fd, this.buf, this.bufsize);
    if (r <= 0) {
      this.flags = this.flags | (r < 0 ? F_ERR : F_EOF);
      if (r < 0) setErrno(this.ctx, -r);
      return false;
    }
    this.pos = 0;
    this.mem.store32(this.addr + O_LEN, r);
    return true;
  }

  peek(): number {
    const u = this.mem.load32(this.addr + O_UNGET);
    if (u !== 0) return u - 1;
    if (!this.fill()) return EOF;
    return this.mem.load8(this.buf + this.pos);
  }

  getc(): number {
    const c = this.peek();
    if (c === EOF) return EOF;
    if (this.mem.load32(this.addr + O_UNGET) !== 0) this.mem.store32(this.addr + O_UNGET, 0);
    else this.pos = this.pos + 1;
    return c;
  }

  /**
   * fread's copy: up to `count` bytes into VM memory at dst, a buffer's worth at a time
   * (a pushed-back byte first); returns how many were read. Faults where the destination
   * ends, having stored what came before, as a native memcpy would.
   */
  readInto(dst: number, count: number): number {
    let k = 0;
    if (k < count && this.mem.load32(this.addr + O_UNGET) !== 0) {
      this.mem.store8(dst, this.getc());
      k++;
    }
    while (k < count && this.fill()) {
      const pos = this.pos;
      const n = Math.min(this.len - pos, count - k);
      this.mem.copyWithin(dst + k, this.buf + pos, n);
      this.pos = pos + n;
      k += n;
    }
    return k;
  }

  ungetc(c: number): number {
    if (c === EOF || !(this.flags & F_READ)) return EOF;
    const prev = this.mem.load32(this.addr + O_UNGET);
    // C promises one pushback; glibc takes more, and so do we: the earlier one moves into
    // the buffer, in front of the unread bytes (LIFO order is kept).
    if (prev !== 0 && !this.pushIntoBuffer(prev - 1)) return EOF;
    this.mem.store32(this.addr + O_UNGET, (c & 0xff) + 1);
    this.flags = this.flags & ~F_EOF;
    return c & 0xff;
  }

  /** Puts byte b back just before the next unread byte; false when the buffer is full. */
  private pushIntoBuffer(b: number): boolean {
    let pos = this.pos;
    const len = this.len;
    if (pos === 0) {
      if (len >= this.bufsize) return false;
      this.mem.copyWithin(this.buf + 1, this.buf, len);
      this.mem.store32(this.addr + O_LEN, len + 1);
      pos = 1;
    }
    this.pos = pos - 1;
    this.mem.store8(this.buf + pos - 1, b);
    return true;
  }
}

/** The stream at a FILE * argument; for anything else, errno EBADF (NULL faults as in glibc). */
function stream(ctx: NativeContext, fp: number): Stream | null {
  fp >>>= 0;
  for (const s of STREAMS) {
    const a = ctx.symbol(s.symbol);
    if (a === undefined || a !== fp) continue;
    if ((ctx.mem.load32(a + O_FLAGS) & F_INIT) === 0) initStream(ctx.mem, a, s);
    return new Stream(ctx, a);
  }
  ctx.mem.load32(fp); // a bad pointer faults here, as glibc's first access would
  setErrno(ctx, EBADF);
  return null;
}

function initStream(mem: MemoryAccess, a: number, s: (typeof STREAMS)[number]): void {
  mem.store32(a + O_FD, s.fd);
  mem.store32(a + O_FLAGS, F_INIT | s.flags);
  mem.store32(a + O_POS, 0);
  mem.store32(a + O_LEN, 0);
  mem.store32(a + O_UNGET, 0);
  mem.store32(a + O_BUFSIZE, s.bufsize);
  mem.store32(a + O_BUF, a + FILE_HEADER_SIZE);
}

function std(ctx: NativeContext, i: 0 | 1 | 2): Stream {
  const a = ctx.symbol(STREAMS[i].symbol);
  if (a === undefined) ctx.abort(`stdio: ${STREAMS[i].symbol} is not linked`);
  return stream(ctx, a)!;
}

/** Flushes stdout and stderr if stdio.o is linked (exit, and before reading stdin). */
export function flushAllStreams(ctx: NativeContext): boolean {
  let ok = true;
  for (const s of STREAMS) {
    const a = ctx.symbol(s.symbol);
    if (a === undefined || (ctx.mem.load32(a + O_FLAGS) & F_INIT) === 0) continue;
    if (s.flags & F_WRITE) ok = new Stream(ctx, a).flush() && ok;
  }
  return ok;
}

function format(ctx: NativeContext, fmt: number, args: ArgSource): Formatted & { failed: boolean } {
  const r = formatPrintf(ctx.mem, fmt, args, { errnoText: () => errnoMessage(getErrno(ctx)) });
  if (r.overflow) setErrno(ctx, EOVERFLOW);
  else if (r.error !== 0) setErrno(ctx, r.error);
  // Spelled out: an object spread here made V8 promote 2.5 MB of short-lived garbage per
  // scavenge in a sprintf loop (165 MB peak RSS for bench/programs/strings.c).
  const { buffer, length, overflow, error } = r;
  return { buffer, length, overflow, error, failed: overflow || error !== 0 };
}

function printfTo(ctx: NativeContext, s: Stream | null, fmt: number, args: ArgSource): number {
  const { buffer, length, failed, overflow } = format(ctx, fmt, args);
  if (s === null || overflow) return EOF;
  return s.write(buffer, length) && !failed ? length : EOF;
}

function printfToString(ctx: NativeContext, dst: number, max: number | null, fmt: number, args: ArgSource): number {
  const { buffer, length, failed, overflow } = format(ctx, fmt, args);
  if (overflow) return EOF;
  if (max === null || max > 0) {
    const n = max === null ? length : Math.min(length, max - 1);
    copyOut(ctx.mem, dst, buffer, 0, n);
    ctx.mem.store8(dst + n, 0);
  }
  return failed ? EOF : length;
}

function stringSource(mem: MemoryAccess, addr: number): CharSource {
  let p = addr >>> 0;
  let cur = mem.load8(p);
  return {
    peek: () => (cur === 0 ? EOF : cur),
    advance: () => {
      if (cur !== 0) cur = mem.load8(++p);
    },
  };
}

/** The scanf family on a stream; like glibc, an output stream fails at once (EBADF, no error flag). */
function scanStream(ctx: NativeContext, s: Stream | null, fmt: number, argsAddr: number): number {
  if (s === null) return EOF;
  if (!(s.flags & F_READ)) {
    setErrno(ctx, EBADF);
    return EOF;
  }
  return formatScanf(ctx.mem, fmt, argsAddr, streamSource(s), scanfEnv(ctx));
}

function scanfEnv(ctx: NativeContext): ScanfEnv {
  return { setErrno: (e) => setErrno(ctx, e) };
}

function streamSource(s: Stream): CharSource {
  return { peek: () => s.peek(), advance: () => void s.getc() };
}

function putByte(s: Stream | null, c: number): number {
  if (s === null) return EOF;
  return s.putByte(c & 0xff) ? c & 0xff : EOF;
}

function getByte(s: Stream | null): number {
  return s === null ? EOF : s.getc();
}

export const STDIO_MEMBER: LibcMember = {
  name: "stdio.o",
  needs: ["errno"],
  data: STREAMS.map((s) => ({ name: s.symbol, size: FILE_HEADER_SIZE + s.bufsize, align: 4 })),
  functions: {
    printf: (ctx) => printfTo(ctx, std(ctx, 1), ctx.arg(0), vaArgs(ctx.mem, ctx.argAddr(1))),
    fprintf: (ctx) => printfTo(ctx, stream(ctx, ctx.arg(0)), ctx.arg(1), vaArgs(ctx.mem, ctx.argAddr(2))),
    vprintf: (ctx) => printfTo(ctx, std(ctx, 1), ctx.arg(0), vaArgs(ctx.mem, ctx.arg(1))),
    vfprintf: (ctx) => printfTo(ctx, stream(ctx, ctx.arg(0)), ctx.arg(1), vaArgs(ctx.mem, ctx.arg(2))),
    sprintf: (ctx) => printfToString(ctx, ctx.arg(0), null, ctx.arg(1), vaArgs(ctx.mem, ctx.argAddr(2))),
    vsprintf: (ctx) => printfToString(ctx, ctx.arg(0), null, ctx.arg(1), vaArgs(ctx.mem, ctx.arg(2))),
    snprintf: (ctx) => printfToString(ctx, ctx.arg(0), ctx.arg(1) >>> 0, ctx.arg(2), vaArgs(ctx.mem, ctx.argAddr(3))),
    vsnprintf: (ctx) => printfToString(ctx, ctx.arg(0), ctx.arg(1) >>> 0, ctx.arg(2), vaArgs(ctx.mem, ctx.arg(3))),
    /** int puts(const char *s): like glibc, returns the number of bytes written. */
    puts(ctx) {
      const s = ctx.arg(0) >>> 0;
      const n = ctx.mem.strlen(s);
      const out = std(ctx, 1);
      return out.writeFrom(s, n) && out.putByte(0x0a) ? Math.min(n + 1, 0x7fffffff) : EOF;
    },
    /** int fputs(const char *s, FILE *fp): glibc returns 1 on success. */
    fputs(ctx) {
      const s = ctx.arg(0) >>> 0;
      const n = ctx.mem.strlen(s);
      const st = stream(ctx, ctx.arg(1));
      return st !== null && st.writeFrom(s, n) ? 1 : EOF;
    },
    putchar: (ctx) => putByte(std(ctx, 1), ctx.arg(0)),
    fputc: (ctx) => putByte(stream(ctx, ctx.arg(1)), ctx.arg(0)),
    putc: (ctx) => putByte(stream(ctx, ctx.arg(1)), ctx.arg(0)),
    getchar: (ctx) => getByte(std(ctx, 0)),
    fgetc: (ctx) => getByte(stream(ctx, ctx.arg(0))),
    getc: (ctx) => getByte(stream(ctx, ctx.arg(0))),
    ungetc(ctx) {
      const s = stream(ctx, ctx.arg(1));
      return s === null ? EOF : s.ungetc(ctx.arg(0) | 0);
    },
    /** char *fgets(char *buf, int n, FILE *fp) */
    fgets(ctx) {
      const buf = ctx.arg(0) >>> 0;
      const n = ctx.arg(1) | 0;
      const s = stream(ctx, ctx.arg(2));
      if (s === null || n <= 0) return 0;
      // Each byte is stored as it is read, as glibc's copy does: a host array sized by
      // the line ran the host out of memory on a 150 MiB line, and a buffer too small for
      // the line now faults at its end, where a native program faults.
      let k = 0;
      while (k < n - 1) {
        const c = s.getc();
        if (c === EOF) break;
        ctx.mem.store8(buf + k++, c);
        if (c === 0x0a) break;
      }
      if (k === 0 && n > 1) return 0;
      ctx.mem.store8(buf + k, 0);
      return buf;
    },
    /** size_t fwrite(const void *p, size_t size, size_t n, FILE *fp) */
    fwrite(ctx) {
      const size = ctx.arg(1) >>> 0;
      const n = ctx.arg(2) >>> 0;
      const s = stream(ctx, ctx.arg(3));
      if (s === null || size === 0 || n === 0) return 0;
      // copied through the stream's buffer in VM memory, no host copy of the whole block
      return s.writeFrom(ctx.arg(0) >>> 0, Math.imul(size, n) >>> 0) ? n : 0;
    },
    /** size_t fread(void *p, size_t size, size_t n, FILE *fp) */
    fread(ctx) {
      const dst = ctx.arg(0) >>> 0;
      const size = ctx.arg(1) >>> 0;
      const n = ctx.arg(2) >>> 0;
      const s = stream(ctx, ctx.arg(3));
      if (s === null || size === 0 || n === 0) return 0;
      // size * n in size_t arithmetic, as glibc computes it (a product past 2^32 wraps)
      return Math.floor(s.readInto(dst, Math.imul(size, n) >>> 0) / size);
    },
    /** int fflush(FILE *fp): NULL flushes every output stream. */
    fflush(ctx) {
      const fp = ctx.arg(0) >>> 0;
      if (fp === 0) return flushAllStreams(ctx) ? 0 : EOF;
      const s = stream(ctx, fp);
      return s !== null && s.flush() ? 0 : EOF;
    },
    feof(ctx) {
      const s = stream(ctx, ctx.arg(0));
      return s !== null && s.flags & F_EOF ? 1 : 0;
    },
    ferror(ctx) {
      const s = stream(ctx, ctx.arg(0));
      return s !== null && s.flags & F_ERR ? 1 : 0;
    },
    clearerr(ctx) {
      const s = stream(ctx, ctx.arg(0));
      if (s !== null) s.flags = s.flags & ~(F_EOF | F_ERR);
    },
    /**
     * int setvbuf(FILE *fp, char *buf, int mode, size_t size): only the mode is honoured
     * (_IOFBF 0, _IOLBF 1, _IONBF 2); the stream keeps its own buffer in the FILE.
     */
    setvbuf(ctx) {
      const s = stream(ctx, ctx.arg(0));
      const mode = ctx.arg(2);
      if (s === null || mode < 0 || mode > 2) return EOF;
      s.flags = (s.flags & ~(F_UNBUF | F_LINEBUF)) | (mode === 2 ? F_UNBUF : mode === 1 ? F_LINEBUF : 0);
      return 0;
    },
    /** void setbuf(FILE *fp, char *buf): NULL makes the stream unbuffered. */
    setbuf(ctx) {
      const s = stream(ctx, ctx.arg(0));
      if (s !== null) s.flags = (s.flags & ~(F_UNBUF | F_LINEBUF)) | (ctx.arg(1) === 0 ? F_UNBUF : 0);
    },
    /** void perror(const char *s): "s: message\n" on stderr. */
    perror(ctx) {
      const p = ctx.arg(0) >>> 0;
      const prefix = p === 0 ? new Uint8Array(0) : ctx.mem.readCString(p);
      const msg = errnoMessage(getErrno(ctx));
      const text = (prefix.length > 0 ? Buffer.from(prefix).toString("latin1") + ": " : "") + msg + "\n";
      std(ctx, 2).write(Uint8Array.from(Buffer.from(text, "latin1")));
    },
    scanf: (ctx) => scanStream(ctx, std(ctx, 0), ctx.arg(0), ctx.argAddr(1)),
    fscanf: (ctx) => scanStream(ctx, stream(ctx, ctx.arg(0)), ctx.arg(1), ctx.argAddr(2)),
    sscanf: (ctx) => formatScanf(ctx.mem, ctx.arg(1), ctx.argAddr(2), stringSource(ctx.mem, ctx.arg(0)), scanfEnv(ctx)),
    vfscanf: (ctx) => scanStream(ctx, stream(ctx, ctx.arg(0)), ctx.arg(1), ctx.arg(2)),
    vscanf: (ctx) => scanStream(ctx, std(ctx, 0), ctx.arg(0), ctx.arg(1)),
    vsscanf: (ctx) => formatScanf(ctx.mem, ctx.arg(1), ctx.arg(2), stringSource(ctx.mem, ctx.arg(0)), scanfEnv(ctx)),
  },
};

/**
 * gets.o: `char *gets(char *s)`, C99's line reader that cannot know the size of s (C11
 * removed it). It stores the line without its newline and a NUL, however long the line
 * is: past the end of the array the bytes land on whatever follows, as in C, and a fault
 * only when they leave the segment. A member of its own, so that it costs nothing to
 * programs that do not call it.
 */
export const GETS_MEMBER: LibcMember = {
  name: "gets.o",
  needs: [STREAMS[0].symbol],
  functions: {
    gets(ctx) {
      const buf = ctx.arg(0) >>> 0;
      const s = std(ctx, 0);
      let k = 0;
      let c = s.getc();
      for (; c !== EOF && c !== 0x0a; c = s.getc()) ctx.mem.store8(buf + k++, c); // stored as read (see fgets)
      if (c === EOF && k === 0) return 0; // end of input before any character
      ctx.mem.store8(buf + k, 0);
      return buf;
    },
  },
};
