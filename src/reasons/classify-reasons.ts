import type { Span } from "../core/span.js";
import type { ReasonCategory, ReasonRole } from "../record/types.js";
import {
  BACKWARD_DISCLAIMER,
  COMPANY_NAME_AHEAD,
  DELAY_CONTEXT,
  ESTIMATE_CONTEXT,
  FORWARD_LOOKING_OPENER,
  METRIC,
  MONEY_AMOUNT,
  MORE_TIME_NEEDED,
  PARAGRAPH_BREAK,
  PERCENT_FIGURE,
  RESULTS_CUE,
} from "./reason-patterns.js";
import { CATEGORY_ORDER, REASON_TABLE, type ReasonRule } from "./reason-table.js";
import { rowFilter } from "./row-filter.js";
import { SentenceScope } from "./sentence-scope.js";
import { splitSentences } from "./split-sentences.js";
import { findAll, matchesAnywhere, nextMatch, matchAt, type TextMatch } from "../core/scan.js";
import { lastEndingBy, overlapsAny } from "./spans.js";
import { cutAfter, lookaheadReach } from "./lookahead-reach.js";

/** The texts a reason can be read from. */
export type ReasonField = "narrative" | "changeExplanation" | "auditorLetter";

/** The texts of one notice the coder reads. */
export interface ReasonInput {
  /** Part III narrative. */
  narrative: string | null;
  /** Part IV (3) explanation. */
  changeExplanation?: string | null;
  /** The accountant's statement under Rule 12b-25(c). */
  auditorLetter?: string | null;
}

export type { ReasonRole };

/** Where a category was read: offsets `[start, end)` into that field's string, and the phrase's role there. */
export interface ReasonHit {
  category: ReasonCategory;
  field: ReasonField;
  start: number;
  end: number;
  text: string;
  role: ReasonRole;
}

/**
 * The categories of a notice (SPEC order), the spans that gave them (`hits`,
 * role `cause`) and, for categories not given, the mentions set aside with
 * the role that set each aside (`setAside`), so a reader sees why a label
 * was or was not given.
 */
export interface ReasonResult {
  reasons: ReasonCategory[];
  hits: ReasonHit[];
  setAside: ReasonHit[];
  /**
   * For each category whose phrases (`hits`) or set-aside mentions
   * (`setAside`) were more than {@link MAX_PHRASES_PER_CATEGORY}: the first
   * one left out. Empty on real notices.
   */
  capped: ReasonHit[];
}

/**
 * The most phrases `hits` lists for one category, and the most mentions
 * `setAside` lists: the first ones, by field and position. Real notices
 * give at most about ten (fixtures/reasons, fixtures/expected); a body that
 * repeats one sentence gives one per repetition, 390,000 in 10 MB
 * ("html: 10 MB text node", test/helpers/fuzz-worst-cases.ts), and coding
 * and placing every one cost more than the rest of the notice. A row stops
 * reading a field once it has found one cause more than this, and keeps
 * one set-aside mention more than this at most.
 */
export const MAX_PHRASES_PER_CATEGORY = 100;

/** How the coder runs (the result is the same either way). */
export interface ClassifyOptions {
  /**
   * Skip the rows whose keywords are absent from a text (default true). With
   * false every row's phrase runs on every text: same result, slower; for
   * tests and benchmarks.
   */
  prefilter?: boolean;
}

/** Default largest gap between a phrase and its `near` word. */
const DEFAULT_WITHIN = 150;
/** How far before a phrase a rule's `unlessBefore` words are read (characters). */
const UNLESS_BEFORE_REACH = 100;

/**
 * Codes the reasons a notice gives for its delay (SPEC.md, "Reason
 * categories"; the labelling guide of the narratives). Multi-label, in SPEC order. Every
 * category is read from the narrative and the accountant's letter; from the
 * Part IV (3) explanation only sentences about why results cannot yet be
 * estimated count. An accountant's letter is itself an auditor reason (Rule
 * 12b-25(c) asks for one only when an accountant cannot furnish its report).
 * `no-reason` is given alone, only when there is a narrative and nothing
 * specific was found; with no narrative and nothing found the result is
 * empty.
 */
export function classifyReasons(input: ReasonInput, options: ClassifyOptions = {}): ReasonResult {
  const prefilter = options.prefilter ?? true;
  const fields: Array<[ReasonField, string | null | undefined]> = [
    ["narrative", input.narrative],
    ["changeExplanation", input.changeExplanation],
    ["auditorLetter", input.auditorLetter],
  ];
  const mentions: ReasonHit[] = [];
  for (const [field, text] of fields) {
    if (text === null || text === undefined || text.trim() === "") continue;
    readField(field, text, mentions, prefilter);
  }
  const hits = mentions.filter((h) => h.role === "cause");
  const letter = input.auditorLetter;
  if (letter && letter.trim() !== "" && !hits.some((h) => h.category === "auditor" && h.field === "auditorLetter")) {
    const first = splitSentences(letter)[0];
    if (first) hits.push(hitOf("auditor", "auditorLetter", letter, first.start, first.end, "cause"));
  }
  const found = new Set(hits.map((h) => h.category));
  const narrative = input.narrative;
  if (found.size === 0 && narrative && narrative.trim() !== "") {
    hits.push(noReasonHit(narrative));
    found.add("no-reason");
  }
  const setAside = mentions.filter((h) => h.role !== "cause" && !found.has(h.category));
  const capped: ReasonHit[] = [];
  return {
    reasons: CATEGORY_ORDER.filter((c) => found.has(c)),
    hits: capPerCategory(dedupe(hits), capped),
    setAside: capPerCategory(dedupe(setAside), capped),
    capped,
  };
}

/**
 * Reads one field. A row runs only when its keywords occur in one sentence
 * of the field (one keyword pass for all rows, `row-filter.ts`), and its
 * phrase is scanned over those sentences only; a match counts only inside
 * one sentence, and is given the role it plays there: the sentence's role
 * first (in a forward-looking section, hedged, background), then the
 * phrase's own scope in it (negated, hypothetical, disclaimed). Both are
 * worked out when first needed, and the same keyword pass tells which of
 * their patterns can match in each sentence.
 */
function readField(field: ReasonField, text: string, mentions: ReasonHit[], prefilter: boolean): void {
  const sentences = splitSentences(text);
  // one keyword pass over the sentences: which rows, and which sentence patterns, can match in each
  const words = prefilter ? rowFilter().sentenceWords(text, sentences) : null;
  const may = (i: number, re: RegExp): boolean => words === null || words.mayMatch(i, re);
  const scopes = new Map<number, SentenceScope>();
  const roles = new Map<number, ReasonRole | null>();
  let results: boolean[] | null = null;
  const forwardFrom = words === null || words.mayMatchField(FORWARD_LOOKING_OPENER) ? forwardLookingSection(text, sentences) : sentences.length;
  const context: FieldContext = {
    field,
    text,
    sentences,
    mayMatchField: (re) => words === null || words.mayMatchField(re),
    scopeOf: (i) => {
      let scope = scopes.get(i);
      if (scope === undefined) {
        const span = sentences[i] as Span;
        scope = new SentenceScope(text.slice(span.start, span.end), (re) => may(i, re));
        scopes.set(i, scope);
      }
      return scope;
    },
    // In Part IV (3) only sentences about why results cannot yet be estimated count;
    // in the narrative (which often carries Part IV (3) text along, heldout-030,
    // -097, -133) sentences commenting on results are background.
    roleOf: (i) => {
      let role = roles.get(i);
      if (role === undefined) {
        const span = sentences[i] as Span;
        const sentence = text.slice(span.start, span.end);
        if (i >= forwardFrom || context.scopeOf(i).hedged) role = "forward-looking";
        else if (field === "changeExplanation") role = may(i, ESTIMATE_CONTEXT) && matchesAnywhere(ESTIMATE_CONTEXT, sentence) ? null : "background";
        else if (field === "narrative" && (results ??= resultsSentences(text, sentences, may))[i] === true) role = "background";
        else role = disclaimedByNext(text, sentences, i, may) ? "background" : null;
        roles.set(i, role);
      }
      return role;
    },
  };
  // a match counts only inside one sentence, so a row runs only where a sentence holds its keywords
  const where = words === null ? null : words.rows;
  REASON_TABLE.forEach((rule, i) => {
    const candidates = where === null ? null : (where[i] as number[]);
    if (candidates === null || candidates.length > 0) readRule(rule, context, mentions, candidates);
  });
}

/** Whether pattern `re` can match in sentence `i` (false only where the keyword pass rules it out). */
type MayMatch = (i: number, re: RegExp) => boolean;

/** What a row reads a field with. */
interface FieldContext {
  field: ReasonField;
  text: string;
  sentences: readonly Span[];
  /** The clause and negation structure of sentence `i`. */
  scopeOf: (i: number) => SentenceScope;
  /** The role every phrase of sentence `i` plays, or null when the sentence may state causes. */
  roleOf: (i: number) => ReasonRole | null;
  /** Whether a pattern run over the whole field can match in it (false only where the keyword pass rules it out). */
  mayMatchField: (re: RegExp) => boolean;
}

/**
 * Index of the first sentence of a forward-looking-statements section
 * (`sentences.length` when there is none): from the sentence that opens it
 * ("Forward-Looking Statements", "Safe Harbor", "This notification contains
 * forward-looking statements …", a cautionary note) to the end of the field,
 * where such text stands in a notice, with its lists of risks ("the
 * Company's ability to retain key personnel, the outcome of litigation …").
 * An opener in the first sentence only hedges that sentence: causes follow
 * a header that stands first.
 */
function forwardLookingSection(text: string, sentences: readonly Span[]): number {
  const m = nextMatch(FORWARD_LOOKING_OPENER, text, 0);
  if (!m) return sentences.length;
  let i = 0;
  while (i + 1 < sentences.length && (sentences[i + 1] as Span).start <= m.index) i++;
  return i === 0 ? sentences.length : i;
}

/**
 * True when the sentence after sentence `i` looks back at it and denies it is
 * a cause of the delay ("… several purported class actions. None of these
 * actions relates to the delay.", heldout4-046).
 */
function disclaimedByNext(text: string, sentences: readonly Span[], i: number, may: MayMatch): boolean {
  const next = sentences[i + 1];
  return next !== undefined && may(i + 1, BACKWARD_DISCLAIMER) && matchesAnywhere(BACKWARD_DISCLAIMER, text.slice(next.start, next.end));
}

/**
 * Which sentences of a narrative comment on results: a sentence comparing a
 * metric or saying which way it moved, saying nothing of the delay, and
 * either giving figures or following such a sentence in the same paragraph
 * ("The decrease in the net loss is primarily due to the absence … of the
 * goodwill impairment charge", heldout-097). Without figures, "the pandemic
 * has caused a significant decline in revenues, and the Company lacks the
 * funds to pay its auditors" (heldout-077) still states causes. One pass.
 */
function resultsSentences(text: string, sentences: readonly Span[], may: MayMatch): boolean[] {
  const out: boolean[] = [];
  sentences.forEach((span, i) => {
    const sentence = text.slice(span.start, span.end);
    let is = false;
    const delay = (): boolean => may(i, DELAY_CONTEXT) && matchesAnywhere(DELAY_CONTEXT, sentence);
    if (may(i, RESULTS_CUE) && may(i, METRIC) && matchesAnywhere(RESULTS_CUE, sentence) && matchesAnywhere(METRIC, sentence) && !delay()) {
      const prev = sentences[i - 1];
      is =
        matchesAnywhere(MONEY_AMOUNT, sentence) ||
        matchesAnywhere(PERCENT_FIGURE, sentence) ||
        (prev !== undefined && out[i - 1] === true && !matchesAnywhere(PARAGRAPH_BREAK, text.slice(prev.end, span.start)));
    }
    out.push(is);
  });
  return out;
}

function readRule(rule: ReasonRule, context: FieldContext, mentions: ReasonHit[], candidates: readonly number[] | null): void {
  const { text, sentences, field } = context;
  let unless: TextMatch[] | null = null;
  let near: TextMatch[] | null = null;
  const background = new Map<number, boolean>();
  // one phrase more than the category lists, so the coder knows it left some out (`capPerCategory`)
  let causes = 0;
  let others = 0;
  forMatchesInSentences(rule.phrase, text, sentences, candidates, (m, i) => {
    unless ??= rule.unless && context.mayMatchField(rule.unless) ? findAll(rule.unless, text) : [];
    near ??= rule.near && context.mayMatchField(rule.near) ? findAll(rule.near, text) : [];
    const span = sentences[i] as Span;
    let start = m.start;
    let end = m.end;
    if (overlapsAny(unless, start, end)) return true;
    const before = text.slice(Math.max(span.start, start - UNLESS_BEFORE_REACH), start);
    if (rule.unlessBefore && matchesAnywhere(rule.unlessBefore, before)) return true;
    if (isCompanyName(text, start)) return true;
    if (rule.near) {
      const partner = nearest(near, start, end, rule.within ?? DEFAULT_WITHIN, span);
      if (!partner) return true;
      start = Math.min(start, partner.start);
      end = Math.max(end, partner.end);
    }
    let role = context.roleOf(i);
    if (role === null && rule.backgroundSentence) {
      let is = background.get(i);
      if (is === undefined) background.set(i, (is = matchesAnywhere(rule.backgroundSentence, text.slice(span.start, span.end))));
      if (is) role = "background";
    }
    if (role === null && rule.backgroundBefore && matchesAnywhere(rule.backgroundBefore, before)) role = "background";
    role ??= context.scopeOf(i).judge(start - span.start, end - span.start) ?? "cause";
    if (role === "cause") causes++;
    else if (others++ > MAX_PHRASES_PER_CATEGORY) return true;
    mentions.push(hitOf(rule.category, field, text, start, end, role));
    return causes <= MAX_PHRASES_PER_CATEGORY;
  });
}

/** Called with each match in a sentence and its sentence's index; false stops the scan. */
type TakeMatch = (match: TextMatch, sentence: number) => boolean;

/**
 * Gives `take` the matches of a global pattern that lie inside one
 * sentence, with that sentence's index, in order, until it returns false.
 * A match running over a sentence end is dropped and the scan goes on from
 * its next character (matches are bounded in length, so
 * this stays linear). With `candidates` (the sentences, in order, that hold
 * the row's keywords; null: all), only matches inside those sentences are
 * kept: the same matches, as a match starting in another sentence cannot lie
 * inside its own.
 */
function forMatchesInSentences(
  re: RegExp,
  text: string,
  sentences: readonly Span[],
  candidates: readonly number[] | null,
  take: TakeMatch,
): void {
  const reach = candidates === null ? null : lookaheadReachOf(re);
  if (candidates !== null && reach !== null) return forMatchesInCandidates(re, text, sentences, candidates, reach, take);
  let next = 0; // index in `candidates` of the first candidate not before the current match's sentence
  const from = candidates === null ? 0 : (sentences[candidates[0] as number] as Span).start;
  for (let m = nextMatch(re, text, from); m !== null; ) {
    const start = m.index;
    const end = start + m[0].length;
    const i = lastStartingBy(sentences, start);
    if (candidates !== null) {
      // a match starting in another sentence is dropped and the scan goes on from the next candidate,
      // as the full scan would after dropping every match before it; it ends after the last one
      while (next < candidates.length && (candidates[next] as number) < i) next++;
      if (next === candidates.length) break;
      const candidate = candidates[next] as number;
      if (candidate !== i) {
        m = nextMatch(re, text, (sentences[candidate] as Span).start);
        continue;
      }
    }
    const span = sentences[i];
    if (m[0].length === 0 || !span || end > span.end) {
      m = nextMatch(re, text, start + 1);
      continue;
    }
    if (!take(matchOf(m), i)) return;
    m = nextMatch(re, text, end);
  }
}

/**
 * {@link forMatchesInSentences} over the candidate sentences alone: each is
 * scanned in the text cut a little after its end, so a scan finding nothing
 * there stops instead of running on through the sentences that cannot hold
 * a match. The cut lies past every character the phrase's lookaheads can
 * read from the sentence's end (`reach`, `lookahead-reach.ts`): a match
 * ending by the sentence's end, and everything its path read, lie in the
 * cut text, so the cut text holds a match wherever the whole text holds one
 * to keep. Where the cut text has a match, the phrase is run at that place
 * in the whole text, which decides: a path preferred to it may have gone on
 * past the cut, making the whole text's match longer (dropped, as running
 * over the sentence's end), or fallen short of a match the cut text allowed.
 */
function forMatchesInCandidates(
  re: RegExp,
  text: string,
  sentences: readonly Span[],
  candidates: readonly number[],
  reach: number,
  take: TakeMatch,
): void {
  for (const i of candidates) {
    const span = sentences[i] as Span;
    const end = cutAfter(text, span.end, reach);
    const cut = end >= text.length ? text : text.slice(0, end);
    for (let m = nextMatch(re, cut, span.start); m !== null && m.index < span.end; ) {
      const start = m.index;
      const whole = cut === text ? m : matchFrom(re, text, start);
      const stop = whole === null ? -1 : start + whole[0].length;
      if (whole === null || stop === start || stop > span.end) {
        m = nextMatch(re, cut, start + 1);
        continue;
      }
      if (!take(matchOf(whole), i)) return;
      m = nextMatch(re, cut, stop);
    }
  }
}

/**
 * The match of `re` starting at `at` in `text`, or null: the scan from `at`
 * when it finds one there. (Not the sticky variant: for the large phrases
 * that would be a second compiled pattern; a scan from where the cut text
 * found a match nearly always finds it there.)
 */
function matchFrom(re: RegExp, text: string, at: number): RegExpExecArray | null {
  const m = nextMatch(re, text, at);
  return m !== null && m.index === at ? m : null;
}

/** How far a row's phrase's lookaheads read ({@link lookaheadReach}; null: not known, the phrase scans the whole field), read once per phrase. */
function lookaheadReachOf(re: RegExp): number | null {
  let known = REACH.get(re);
  if (known === undefined) REACH.set(re, (known = lookaheadReach(re.source)));
  return known;
}

const REACH = new WeakMap<RegExp, number | null>();

function matchOf(m: RegExpExecArray): TextMatch {
  return { start: m.index, end: m.index + m[0].length, text: m[0], groups: m.groups ?? {} };
}

/** Index of the last sentence starting at or before `at`, or -1. */
function lastStartingBy(sentences: readonly Span[], at: number): number {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sentences[mid] as Span).start <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** A capitalised phrase followed by a corporate suffix is a name: "Titan Acquisition Corp". */
function isCompanyName(text: string, at: number): boolean {
  const c = text[at];
  if (c === undefined || c < "A" || c > "Z") return false;
  return matchAt(COMPANY_NAME_AHEAD, text, at) !== null;
}

/**
 * The `near` span closest to `[start, end)` inside the same sentence, if its
 * gap is at most `within`. `spans` come from one left-to-right scan (ordered,
 * not overlapping), so a binary search finds the neighbours.
 */
function nearest(spans: TextMatch[], start: number, end: number, within: number, sentence: Span): TextMatch | null {
  const i = lastEndingBy(spans, start);
  let best: TextMatch | null = null;
  let bestGap = Infinity;
  for (const s of [spans[i], spans[i + 1]]) {
    if (!s || s.start < sentence.start || s.end > sentence.end) continue;
    const gap = s.end <= start ? start - s.end : s.start >= end ? s.start - end : 0;
    if (gap < bestGap) {
      best = s;
      bestGap = gap;
    }
  }
  return bestGap <= within ? best : null;
}

function hitOf(category: ReasonCategory, field: ReasonField, text: string, start: number, end: number, role: ReasonRole): ReasonHit {
  return { category, field, start, end, text: text.slice(start, end), role };
}

/** Evidence for `no-reason`: where the notice says it needs more time, else its first sentence. */
function noReasonHit(narrative: string): ReasonHit {
  const m = nextMatch(MORE_TIME_NEEDED, narrative, 0);
  if (m) return hitOf("no-reason", "narrative", narrative, m.index, m.index + m[0].length, "cause");
  const first = splitSentences(narrative)[0] ?? { start: 0, end: narrative.length };
  return hitOf("no-reason", "narrative", narrative, first.start, first.end, "cause");
}

/**
 * The first {@link MAX_PHRASES_PER_CATEGORY} hits of each category, in
 * their order; the first hit left out of each category that had more goes
 * to `capped`.
 */
function capPerCategory(hits: ReasonHit[], capped: ReasonHit[]): ReasonHit[] {
  const count = new Map<ReasonCategory, number>();
  const out: ReasonHit[] = [];
  for (const h of hits) {
    const n = (count.get(h.category) ?? 0) + 1;
    count.set(h.category, n);
    if (n <= MAX_PHRASES_PER_CATEGORY) out.push(h);
    else if (n === MAX_PHRASES_PER_CATEGORY + 1) capped.push(h);
  }
  return out;
}

const FIELD_ORDER: Record<ReasonField, number> = { narrative: 0, changeExplanation: 1, auditorLetter: 2 };

/**
 * Drops a hit contained in another of the same category, field and role; the
 * rest come out by field, then position.
 */
function dedupe(hits: ReasonHit[]): ReasonHit[] {
  const sorted = [...hits].sort(
    (a, b) => FIELD_ORDER[a.field] - FIELD_ORDER[b.field] || a.start - b.start || b.end - a.end,
  );
  const reach = new Map<string, number>();
  const out: ReasonHit[] = [];
  for (const h of sorted) {
    const key = `${h.field} ${h.category} ${h.role}`;
    const end = reach.get(key);
    if (end !== undefined && h.end <= end) continue;
    reach.set(key, Math.max(end ?? 0, h.end));
    out.push(h);
  }
  return out;
}
