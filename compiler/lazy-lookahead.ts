/**
 * @fileoverview A chevrotain lookahead strategy that builds each decision's lookahead
 * function the first time the decision is taken, instead of all of them in
 * performSelfAnalysis.
 *
 * Why: computing the LL(1) lookahead of every OR/OPTION/MANY of the C grammar is about half
 * of the parser's construction time, and construction is on the start-up path of every
 * `minic run`. Most decisions never reach chevrotain's lookahead at run time (the parser
 * takes table-driven shortcuts), so building them on demand skips nearly all of that work.
 * Results are identical: the first call builds exactly the function the default
 * LLkLookaheadStrategy would have built, with the same options.
 */

import { LLkLookaheadStrategy, type ILookaheadStrategy, type ILookaheadValidationError, type IOrAlt, type OptionalProductionType, type Rule, type TokenType } from "chevrotain";

type AltFn = (orAlts?: IOrAlt<unknown>[] | undefined) => number | undefined;
type OptFn = () => boolean;

export class LazyLookaheadStrategy implements ILookaheadStrategy {
  private readonly inner: ILookaheadStrategy;

  constructor(maxLookahead: number) {
    this.inner = new LLkLookaheadStrategy({ maxLookahead });
  }

  validate(options: { rules: Rule[]; tokenTypes: TokenType[]; grammarName: string }): ILookaheadValidationError[] {
    return this.inner.validate(options);
  }

  initialize(options: { rules: Rule[] }): void {
    this.inner.initialize?.(options);
  }

  buildLookaheadForAlternation(options: {
    prodOccurrence: number;
    rule: Rule;
    maxLookahead: number;
    hasPredicates: boolean;
    dynamicTokensEnabled: boolean;
  }): AltFn {
    const inner = this.inner;
    let built: AltFn | null = null;
    // chevrotain calls lookahead functions with the parser as `this`.
    return function (this: unknown, orAlts?: IOrAlt<unknown>[]): number | undefined {
      const f = (built ??= inner.buildLookaheadForAlternation(options) as AltFn);
      return f.call(this, orAlts);
    };
  }

  buildLookaheadForOptional(options: {
    prodOccurrence: number;
    prodType: OptionalProductionType;
    rule: Rule;
    maxLookahead: number;
    dynamicTokensEnabled: boolean;
  }): OptFn {
    const inner = this.inner;
    let built: OptFn | null = null;
    return function (this: unknown): boolean {
      const f = (built ??= inner.buildLookaheadForOptional(options));
      return f.call(this);
    };
  }
}
