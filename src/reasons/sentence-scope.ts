import {
  CLAUSE_BREAK,
  HEDGED_SENTENCE,
  NEGATION_AFTER,
  NEGATION_BEFORE,
  NEGATION_DETERMINER,
  DETERMINER_STOP,
} from "../patterns/reason-patterns.js";
import { findAll, lastEndingBy, test } from "./spans.js";

/** How far before a phrase a negation cue still reaches (characters). */
const NEGATION_REACH = 120;
/** How far a determiner negation ("no", "not … any") reaches (characters). */
const DETERMINER_REACH = 40;
/** How far after a phrase "… is not expected" is looked for (characters). */
const NEGATION_AFTER_REACH = 80;

/**
 * One sentence with what the coder needs to judge a phrase in it: where its
 * clauses break and where its negation cues are. Both are found once per
 * sentence, so judging many phrases stays linear in the sentence's length.
 */
export class SentenceScope {
  /** The sentence's text. */
  readonly text: string;
  /** True when the sentence hedges (forward-looking boilerplate, "actual results may differ"). */
  readonly hedged: boolean;
  private readonly breakEnds: number[];
  private readonly breakStarts: number[];
  private readonly cues: Array<{ start: number; end: number }>;
  private readonly determiners: Array<{ start: number; end: number }>;

  constructor(text: string) {
    this.text = text;
    this.hedged = test(HEDGED_SENTENCE, text);
    const breaks = findAll(CLAUSE_BREAK, text);
    this.breakStarts = breaks.map((b) => b.start);
    this.breakEnds = breaks.map((b) => b.end);
    this.cues = findAll(NEGATION_BEFORE, text);
    this.determiners = findAll(NEGATION_DETERMINER, text);
  }

  /** Start of the clause holding offset `at`. */
  clauseStart(at: number): number {
    const i = lastAtOrBefore(this.breakEnds, at);
    return i < 0 ? 0 : (this.breakEnds[i] as number);
  }

  /** End of the clause holding offset `at`. */
  clauseEnd(at: number): number {
    const i = lastAtOrBefore(this.breakStarts, at) + 1;
    return i < this.breakStarts.length ? (this.breakStarts[i] as number) : this.text.length;
  }

  /**
   * True when the phrase at `[start, end)` is denied in its clause: a cue
   * before it ("no disagreements with the auditors", "not the result of any
   * restatement", "does not anticipate any material weakness") or a denial
   * right after it ("a restatement is not expected").
   */
  isNegated(start: number, end: number): boolean {
    const clause = this.clauseStart(start);
    if (cueWithin(this.cues, start, Math.max(clause, start - NEGATION_REACH))) return true;
    const determiner = lastEndingBy(this.determiners, start);
    if (determiner >= 0) {
      const cue = this.determiners[determiner] as { start: number; end: number };
      // "no revenues and lacks the funds": a determiner stops at a conjunction or comma
      const between = this.text.slice(cue.end, start);
      if (cue.start >= Math.max(clause, start - DETERMINER_REACH) && !test(DETERMINER_STOP, between)) return true;
    }
    const after = this.text.slice(end, Math.min(this.clauseEnd(end), end + NEGATION_AFTER_REACH));
    return test(NEGATION_AFTER, after);
  }
}

/** True when the last cue ending at or before `at` starts at or after `from`. */
function cueWithin(cues: Array<{ start: number; end: number }>, at: number, from: number): boolean {
  const cue = cues[lastEndingBy(cues, at)];
  return cue !== undefined && cue.start >= from;
}

/** Index of the last value ≤ `at` in an ascending array, or -1. */
function lastAtOrBefore(values: number[], at: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((values[mid] as number) <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
