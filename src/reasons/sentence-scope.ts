import {
  CAUSE_CUE,
  CLAUSE_BREAK,
  CONCESSIVE_OPENING,
  CONDITIONAL_OPENING,
  CONDITIONAL_END,
  CONDITION_FIRST,
  CONTRAST_TURN,
  DELAY_DENIED_CAUSE,
  DELAY_ATTRIBUTION,
  DELAY_DISCLAIMER,
  HEDGED_SENTENCE,
  MODAL_CONSEQUENCE,
  NEGATION_AFTER,
  NEGATION_BEFORE,
  NEGATION_DETERMINER,
  DETERMINER_STOP,
  RESOLVED_AFTER,
} from "./reason-patterns.js";
import { findAll, matchesAnywhere, nextMatch } from "../core/scan.js";
import { lastEndingBy } from "./spans.js";

/** How far before a phrase a negation cue still reaches (characters). */
const NEGATION_REACH = 120;
/** How far a determiner negation ("no", "not … any") reaches (characters). */
const DETERMINER_REACH = 40;
/** How far after a phrase "… is not expected" is looked for (characters). */
const NEGATION_AFTER_REACH = 80;
/** How far after a phrase "… which have since been resolved" is looked for (characters). */
const RESOLVED_REACH = 200;

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
  /**
   * Where a disclaimer of the delay starts ("the delay is not related to …"),
   * when nothing before it in the sentence states a cause, or where the main
   * clause of a concessive sentence names the cause ("Although …, the delay
   * is attributable to …"); phrases before it name what is disclaimed or
   * conceded. -1 when there is none.
   */
  private readonly disclaimerAt: number;
  /** End of the first cause cue of the sentence, or -1. */
  private readonly firstCauseEnd: number;
  /** Conditional clauses ("if …", "in the event that …"): `[start, end)` each. */
  private readonly conditions: Array<{ start: number; end: number }>;
  /**
   * Where what a disclaimer denies begins ("the delay is not the result of
   * …") and where it stops (a contrast, else the sentence's end); -1 when
   * there is none.
   */
  private readonly deniedFrom: number;
  private readonly deniedTo: number;
  /** Whether a pattern can match in the sentence, or in a part of it. */
  private readonly mayMatch: (re: RegExp) => boolean;

  /**
   * `mayMatch`: false for a pattern that cannot match in the sentence (the
   * keyword pass found none of the words every match of it contains), which
   * is then not run; by default every pattern runs.
   */
  constructor(text: string, mayMatch: (re: RegExp) => boolean = () => true) {
    this.text = text;
    this.mayMatch = mayMatch;
    const all = (re: RegExp) => (mayMatch(re) ? findAll(re, text) : []);
    const first = (re: RegExp) => (mayMatch(re) ? nextMatch(re, text, 0) : null);
    this.hedged = mayMatch(HEDGED_SENTENCE) && matchesAnywhere(HEDGED_SENTENCE, text);
    const breaks = findAll(CLAUSE_BREAK, text);
    this.breakStarts = breaks.map((b) => b.start);
    this.breakEnds = breaks.map((b) => b.end);
    this.cues = all(NEGATION_BEFORE);
    this.determiners = all(NEGATION_DETERMINER);
    const cause = first(CAUSE_CUE);
    this.firstCauseEnd = cause ? cause.index + cause[0].length : -1;
    const disclaimer = all(DELAY_DISCLAIMER)[0];
    const attribution = mayMatch(CONCESSIVE_OPENING) && matchesAnywhere(CONCESSIVE_OPENING, text) ? first(DELAY_ATTRIBUTION) : null;
    if (disclaimer && !this.causeBefore(disclaimer.start)) this.disclaimerAt = disclaimer.start;
    else this.disclaimerAt = attribution ? attribution.index : -1;
    // a condition opening the sentence whose main clause says what could follow ("If the waiver is not
    // obtained, the Company could be forced to reorganize") makes the whole sentence hypothetical
    this.conditions = all(CONDITIONAL_OPENING).map((c) => {
      const close = nextMatch(CONDITIONAL_END, text, c.end);
      const end = close ? close.index : text.length;
      const whole = matchesAnywhere(CONDITION_FIRST, text.slice(0, c.start)) && matchesAnywhere(MODAL_CONSEQUENCE, text.slice(end));
      return { start: c.start, end: whole ? text.length : end };
    });
    const denial = first(DELAY_DENIED_CAUSE);
    if (denial) {
      this.deniedFrom = denial.index + denial[0].length;
      const turn = nextMatch(CONTRAST_TURN, text.slice(this.deniedFrom), 0);
      this.deniedTo = turn ? this.deniedFrom + turn.index : text.length;
    } else {
      this.deniedFrom = -1;
      this.deniedTo = -1;
    }
  }

  /** True when a cause cue ("due to", "caused by", "because") comes before offset `at`. */
  private causeBefore(at: number): boolean {
    return this.firstCauseEnd >= 0 && this.firstCauseEnd <= at;
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
   * The role of the phrase at `[start, end)` in this sentence when it is not
   * stated as a cause, else null:
   * - `background` when the sentence disclaims it as a cause of the delay
   *   after naming it ("Although the pandemic has affected its business, the
   *   delay is not attributable to the pandemic") or calls it settled ("…
   *   which have since been resolved");
   * - `negated` when it is denied in its clause: a cue before it ("no
   *   disagreements with the auditors", "not the result of any restatement",
   *   "does not anticipate any material weakness") or a denial right after
   *   it ("a restatement is not expected");
   * - `negated` too when it is in the list a disclaimer of the delay denies,
   *   however long ("the delay is not the result of any disagreements …
   *   on any matter of accounting principles …, or auditing scope or
   *   procedure");
   * - `hypothetical` when it stands in a condition ("if the Chief Financial
   *   Officer were to leave, …", "in the event that a restatement is
   *   required"), or anywhere in a sentence that opens with a condition and
   *   goes on to say what could follow ("If the lender accelerates, the
   *   Company could be forced to reorganize").
   */
  judge(start: number, end: number): "background" | "negated" | "hypothetical" | null {
    if (start < this.disclaimerAt) return "background";
    if (!this.causeBefore(start) && this.mayMatch(RESOLVED_AFTER) && matchesAnywhere(RESOLVED_AFTER, this.text.slice(end, end + RESOLVED_REACH))) return "background";
    if (this.deniedFrom >= 0 && this.deniedFrom <= start && end <= this.deniedTo) return "negated";
    if (this.isNegated(start, end)) return "negated";
    for (const c of this.conditions) if (c.start <= start && end <= c.end) return "hypothetical";
    return null;
  }

  private isNegated(start: number, end: number): boolean {
    const clause = this.clauseStart(start);
    if (cueWithin(this.cues, start, Math.max(clause, start - NEGATION_REACH))) return true;
    const determiner = lastEndingBy(this.determiners, start);
    if (determiner >= 0) {
      const cue = this.determiners[determiner] as { start: number; end: number };
      // "no revenues and lacks the funds": a determiner stops at a conjunction or comma
      const between = this.text.slice(cue.end, start);
      if (cue.start >= Math.max(clause, start - DETERMINER_REACH) && !matchesAnywhere(DETERMINER_STOP, between)) return true;
    }
    if (!this.mayMatch(NEGATION_AFTER)) return false;
    const after = this.text.slice(end, Math.min(this.clauseEnd(end), end + NEGATION_AFTER_REACH));
    return matchesAnywhere(NEGATION_AFTER, after);
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
