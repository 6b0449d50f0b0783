/**
 * @fileoverview A chevrotain lookahead strategy that builds each decision's lookahead
 * function the first time the decision is taken, instead of all of them in
 * performSelfAnalysis, or answers it from a table saved when the bundle was built.
 *
 * Why: computing the LL(1) lookahead of every OR/OPTION/MANY of the C grammar is about half
 * of the parser's construction time, and construction is on the start-up path of every
 * `minic run`. Most decisions never reach chevrotain's lookahead at run time (the parser
 * takes table-driven shortcuts), so building them on demand skips nearly all of that work.
 * The few that hello.c needs still cost 10-25 ms to build (chevrotain walks the grammar for
 * each); the bundle (scripts/bundle.mjs) therefore embeds, per decision, chevrotain's own
 * answer for every token type (`tabulateLookahead`), and a decision found there is a string
 * lookup. Results are identical: a lazily built function is exactly the one the default
 * LLkLookaheadStrategy builds, and a table is read off that very function (k = 1: the answer
 * depends on the next token's type only, and on the GATEs, which are still called in order).
 */

import {
  Alternation,
  LLkLookaheadStrategy,
  type ILookaheadStrategy,
  type ILookaheadValidationError,
  type IOrAlt,
  type IToken,
  type OptionalProductionType,
  type Rule,
  type TokenType,
} from "chevrotain";

type AltFn = (orAlts?: IOrAlt<unknown>[] | undefined) => number | undefined;
type OptFn = () => boolean;
/** What a lookahead function reads: chevrotain calls them with the parser as `this`. */
type Reader = { LA_FAST(howMuch: number): IToken };

/**
 * Saved answers, one character per token type index (and a last one for any larger index):
 * for an alternation without GATEs the
 * alternative ('a' + index, '.' for none); for one with GATEs a row per alternative ('1'
 * where its lookahead matches); for an optional production '1' where it is taken.
 */
export interface LookaheadTables {
  tokenTypes: number;
  alt: Record<string, string>;
  gated: Record<string, string[]>;
  opt: Record<string, string>;
}

const NONE = 46; // '.'
const YES = 49; // '1'
const A = 97; // 'a'

const altKey = (rule: string, occurrence: number): string => `${rule}/OR${occurrence}`;
const optKey = (rule: string, type: OptionalProductionType, occurrence: number): string => `${rule}/${type}${occurrence}`;

/** The table column of a token: its type index, the last column standing for any larger one. */
function column(r: Reader, last: number): number {
  const k = r.LA_FAST(1).tokenTypeIdx;
  return k < last ? k : last;
}

function altFromTable(s: string): AltFn {
  const last = s.length - 1;
  return function (this: Reader): number | undefined {
    const c = s.charCodeAt(column(this, last));
    return c >= A ? c - A : undefined;
  };
}

function gatedFromTable(rows: string[]): AltFn {
  const n = rows.length;
  const last = rows[0]!.length - 1;
  return function (this: Reader, orAlts?: IOrAlt<unknown>[]): number | undefined {
    const k = column(this, last);
    for (let i = 0; i < n; i++) {
      // as chevrotain: the GATE first, and only `false` rules the alternative out
      const gate = orAlts?.[i]?.GATE;
      if (gate !== undefined && gate.call(this) === false) continue;
      if (rows[i]!.charCodeAt(k) === YES) return i;
    }
    return undefined;
  };
}

function optFromTable(s: string): OptFn {
  const last = s.length - 1;
  return function (this: Reader): boolean {
    return s.charCodeAt(column(this, last)) === YES;
  };
}

type AltOptions = Parameters<ILookaheadStrategy["buildLookaheadForAlternation"]>[0];
type OptOptions = Parameters<ILookaheadStrategy["buildLookaheadForOptional"]>[0];

export class LazyLookaheadStrategy implements ILookaheadStrategy {
  private readonly inner: ILookaheadStrategy;
  /** Every decision of the grammar, for tabulateLookahead. */
  readonly decisions: ({ kind: "alt"; options: AltOptions } | { kind: "opt"; options: OptOptions })[] = [];

  constructor(
    maxLookahead: number,
    readonly tables: LookaheadTables | null = null,
  ) {
    this.inner = new LLkLookaheadStrategy({ maxLookahead });
  }

  validate(options: { rules: Rule[]; tokenTypes: TokenType[]; grammarName: string }): ILookaheadValidationError[] {
    return this.inner.validate(options);
  }

  initialize(options: { rules: Rule[] }): void {
    this.inner.initialize?.(options);
  }

  buildLookaheadForAlternation(options: AltOptions): AltFn {
    this.decisions.push({ kind: "alt", options });
    const key = altKey(options.rule.name, options.prodOccurrence);
    const plain = this.tables?.alt[key];
    if (plain !== undefined && !options.hasPredicates) return altFromTable(plain);
    const rows = this.tables?.gated[key];
    if (rows !== undefined && options.hasPredicates) return gatedFromTable(rows);
    const inner = this.inner;
    let built: AltFn | null = null;
    // chevrotain calls lookahead functions with the parser as `this`.
    return function (this: unknown, orAlts?: IOrAlt<unknown>[]): number | undefined {
      const f = (built ??= inner.buildLookaheadForAlternation(options) as AltFn);
      return f.call(this, orAlts);
    };
  }

  buildLookaheadForOptional(options: OptOptions): OptFn {
    this.decisions.push({ kind: "opt", options });
    const saved = this.tables?.opt[optKey(options.rule.name, options.prodType, options.prodOccurrence)];
    if (saved !== undefined) return optFromTable(saved);
    const inner = this.inner;
    let built: OptFn | null = null;
    return function (this: unknown): boolean {
      const f = (built ??= inner.buildLookaheadForOptional(options));
      return f.call(this);
    };
  }
}

/**
 * chevrotain's key for a decision's lookahead function (its grammar/keys.js): the rule's
 * short name (a multiple of 4096), the DSL method in bits 8-11, the occurrence in bits 0-7.
 */
const KEY_RULE = ~0xfff;
const KEY_METHOD = 0xf00;
const KEY_OCCURRENCE = 0xff;
/** The DSL method field of a key: OR, then the optional production types in key order. */
const OR_METHOD = 1 << 8;
const OPT_METHODS: Record<number, OptionalProductionType> = {
  [2 << 8]: "Option",
  [3 << 8]: "Repetition",
  [4 << 8]: "RepetitionMandatory",
  [5 << 8]: "RepetitionWithSeparator",
  [6 << 8]: "RepetitionMandatoryWithSeparator",
};

/**
 * The saved answer of the decision chevrotain knows by `key`, as a lookahead function, or
 * null when it was not tabulated (it looks further than one token) or no rule has that
 * short name. For a parser whose grammar was not recorded (compiler/parser.ts).
 */
export function lookaheadFromTables(tables: LookaheadTables, key: number, shortToRule: Record<number, string>): AltFn | OptFn | null {
  const rule = shortToRule[key & KEY_RULE];
  if (rule === undefined) return null;
  const method = key & KEY_METHOD;
  const occurrence = key & KEY_OCCURRENCE;
  if (method === OR_METHOD) {
    const name = altKey(rule, occurrence);
    const plain = tables.alt[name];
    if (plain !== undefined) return altFromTable(plain);
    const rows = tables.gated[name];
    return rows !== undefined ? gatedFromTable(rows) : null;
  }
  const type = OPT_METHODS[method];
  const saved = type === undefined ? undefined : tables.opt[optKey(rule, type, occurrence)];
  return saved !== undefined ? optFromTable(saved) : null;
}

/** Thrown by the probe when a decision looks further than one token: not tabulated. */
const FURTHER = new Error("lookahead beyond one token");

/** A stand-in for the parser whose next token has type index `k`. */
function probe(k: number): Reader & { LA(howMuch: number): IToken } {
  const tok = { tokenTypeIdx: k } as IToken;
  const la = (howMuch: number): IToken => {
    if (howMuch !== 1) throw FURTHER;
    return tok;
  };
  return { LA_FAST: la, LA: la };
}

/** The number of alternatives of the OR with this occurrence index in a rule. */
function altCount(rule: Rule, occurrence: number): number {
  let found = -1;
  const walk = (prods: readonly unknown[]): void => {
    for (const p of prods) {
      if (p instanceof Alternation && p.idx === occurrence) found = p.definition.length;
      const def = (p as { definition?: unknown }).definition;
      // a NonTerminal's definition is the referenced rule's: not part of this rule
      if (Array.isArray(def) && (p as { nonTerminalName?: unknown }).nonTerminalName === undefined) walk(def);
    }
  };
  walk(rule.definition);
  if (found < 0) throw new Error(`internal error: no OR${occurrence} in rule ${rule.name}`);
  return found;
}

/**
 * Reads every decision of a strategy's grammar off chevrotain's own lookahead functions,
 * for token type indexes 0 .. tokenTypes (build time: scripts/bundle.mjs).
 */
export function tabulateLookahead(strategy: LazyLookaheadStrategy, tokenTypes: number): LookaheadTables {
  const inner: ILookaheadStrategy = new LLkLookaheadStrategy({ maxLookahead: 1 });
  const out: LookaheadTables = { tokenTypes, alt: {}, gated: {}, opt: {} };
  const each = (f: (k: number) => string): string | null => {
    let s = "";
    try {
      // one more column: a type index past the grammar's, which no token type matches
      for (let k = 0; k <= tokenTypes; k++) s += f(k);
    } catch (e) {
      if (e === FURTHER) return null;
      throw e;
    }
    return s;
  };
  for (const d of strategy.decisions) {
    if (d.kind === "opt") {
      const f = inner.buildLookaheadForOptional(d.options);
      const s = each((k) => (f.call(probe(k)) === true ? "1" : "0"));
      if (s !== null) out.opt[optKey(d.options.rule.name, d.options.prodType, d.options.prodOccurrence)] = s;
      continue;
    }
    const f = inner.buildLookaheadForAlternation(d.options) as AltFn;
    const key = altKey(d.options.rule.name, d.options.prodOccurrence);
    const n = altCount(d.options.rule, d.options.prodOccurrence);
    if (n > 26) continue;
    if (!d.options.hasPredicates) {
      const s = each((k) => {
        const r = f.call(probe(k), undefined);
        return r === undefined ? String.fromCharCode(NONE) : String.fromCharCode(A + r);
      });
      if (s !== null) out.alt[key] = s;
      continue;
    }
    // One alternative at a time: every other one's GATE says no.
    const rows: string[] = [];
    for (let i = 0; i < n && rows.length === i; i++) {
      const only = Array.from({ length: n }, (_, j) => ({ ALT: () => undefined, GATE: () => j === i }));
      const s = each((k) => (f.call(probe(k), only) === i ? "1" : "0"));
      if (s !== null) rows.push(s);
    }
    if (rows.length === n) out.gated[key] = rows;
  }
  return out;
}
