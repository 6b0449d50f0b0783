/**
 * @fileoverview Source positions. The preprocessor hands the later stages one string plus,
 * for every output line, the file and line it came from; AST nodes store a character
 * offset into that string, turned into file:line:col only when needed (diagnostics, line
 * table), so the hot paths carry a single number.
 */

export interface LineOrigin {
  file: string;
  /** 1-based line in `file`. */
  line: number;
}

export interface PreprocessedSource {
  /** The preprocessed text handed to the lexer. */
  text: string;
  /** lineOrigins[i] is where output line i (0-based) came from. */
  lineOrigins: LineOrigin[];
  /** Contents of every file read, for showing source lines under diagnostics. */
  files: Map<string, string>;
}

export interface Location {
  file: string;
  line: number;
  col: number;
}

export class SourceMap {
  /** Offset of each output line's first character. */
  private readonly lineStarts: Int32Array;
  /** Offset of each line's first character in each source file, built on first use. */
  private readonly fileLineStarts = new Map<string, number[]>();

  constructor(readonly src: PreprocessedSource) {
    const t = src.text;
    let n = 1;
    for (let i = t.indexOf("\n"); i !== -1; i = t.indexOf("\n", i + 1)) n++;
    // A typed array sized up front: a 100k-line unit's table is built without regrowing.
    const starts = new Int32Array(n);
    let k = 1;
    for (let i = t.indexOf("\n"); i !== -1; i = t.indexOf("\n", i + 1)) starts[k++] = i + 1;
    this.lineStarts = starts;
  }

  /** The line outputLine found last: the code generator asks in increasing order. */
  private lastLine = 0;

  /** 0-based output line containing offset `pos`. */
  outputLine(pos: number): number {
    const s = this.lineStarts;
    let lo = this.lastLine;
    // the same line or one of the next few: no search
    if (s[lo]! <= pos) {
      for (let k = 0; k < 4; k++) {
        if (lo + 1 >= s.length || s[lo + 1]! > pos) return (this.lastLine = lo);
        lo++;
      }
    } else {
      lo = 0;
    }
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid]! <= pos) lo = mid;
      else hi = mid - 1;
    }
    return (this.lastLine = lo);
  }

  locate(pos: number): Location {
    const ol = this.outputLine(pos);
    const origin = this.src.lineOrigins[ol] ?? { file: "<unknown>", line: ol + 1 };
    return { file: origin.file, line: origin.line, col: pos - this.lineStarts[ol]! + 1 };
  }

  /** The file and line of `pos` without its column (no new object: the line table's hot path). */
  origin(pos: number): LineOrigin {
    const ol = this.outputLine(pos);
    return this.src.lineOrigins[ol] ?? { file: "<unknown>", line: ol + 1 };
  }

  /** The text of `line` (1-based) in `file`, or null when the file is unknown. */
  sourceLine(file: string, line: number): string | null {
    const text = this.src.files.get(file);
    if (text === undefined) return null;
    // one index per file: splitting the file for each of 20,000 diagnostics took 20 s
    let starts = this.fileLineStarts.get(file);
    if (starts === undefined) {
      starts = [0];
      for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
      this.fileLineStarts.set(file, starts);
    }
    if (line < 1 || line > starts.length) return null;
    const end = line < starts.length ? starts[line]! - 1 : text.length;
    return text.slice(starts[line - 1]!, end).replace(/\r$/, "");
  }
}
