import type { ReasonCategory } from "../record/types.js";
import { COMPANY_NAME_AHEAD, ESTIMATE_CONTEXT, MORE_TIME_NEEDED } from "../patterns/reason-patterns.js";
import { CATEGORY_ORDER, REASON_TABLE, type ReasonRule } from "./reason-table.js";
import { SentenceScope } from "./sentence-scope.js";
import { splitSentences, type SentenceSpan } from "./split-sentences.js";

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

/** Where a category was read: offsets `[start, end)` into that field's string. */
export interface ReasonHit {
  category: ReasonCategory;
  field: ReasonField;
  start: number;
  end: number;
  text: string;
}

/** The categories of a notice (SPEC order) and the spans that gave them. */
export interface ReasonResult {
  reasons: ReasonCategory[];
  hits: ReasonHit[];
}

/** Default largest gap between a phrase and its `near` word. */
const DEFAULT_WITHIN = 150;

/**
 * Codes the reasons a notice gives for its delay (SPEC.md, "Reason
 * categories"; narratives/GUIDE.md). Multi-label, in SPEC order. Every
 * category is read from the narrative and the accountant's letter; from the
 * Part IV (3) explanation only sentences about why results cannot yet be
 * estimated count. An accountant's letter is itself an auditor reason (Rule
 * 12b-25(c) asks for one only when an accountant cannot furnish its report).
 * `no-reason` is given alone, only when there is a narrative and nothing
 * specific was found; with no narrative and nothing found the result is
 * empty.
 */
export function classifyReasons(input: ReasonInput): ReasonResult {
  const hits: ReasonHit[] = [];
  const fields: Array<[ReasonField, string | null | undefined]> = [
    ["narrative", input.narrative],
    ["changeExplanation", input.changeExplanation],
    ["auditorLetter", input.auditorLetter],
  ];
  for (const [field, text] of fields) {
    if (text === null || text === undefined || text.trim() === "") continue;
    readField(field, text, hits);
  }
  const letter = input.auditorLetter;
  if (letter && letter.trim() !== "" && !hits.some((h) => h.category === "auditor" && h.field === "auditorLetter")) {
    const first = splitSentences(letter)[0];
    if (first) hits.push(hitOf("auditor", "auditorLetter", letter, first.start, first.end));
  }
  const found = new Set(hits.map((h) => h.category));
  const narrative = input.narrative;
  if (found.size === 0 && narrative && narrative.trim() !== "") {
    hits.push(noReasonHit(narrative));
    found.add("no-reason");
  }
  return { reasons: CATEGORY_ORDER.filter((c) => found.has(c)), hits: dedupe(hits) };
}

function readField(field: ReasonField, text: string, hits: ReasonHit[]): void {
  for (const span of splitSentences(text)) {
    const sentence = text.slice(span.start, span.end);
    if (field === "changeExplanation" && !ESTIMATE_CONTEXT.test(sentence)) continue;
    const scope = new SentenceScope(sentence);
    if (scope.hedged) continue;
    for (const rule of REASON_TABLE) readRule(rule, scope, span, field, text, hits);
  }
}

function readRule(
  rule: ReasonRule,
  scope: SentenceScope,
  span: SentenceSpan,
  field: ReasonField,
  text: string,
  hits: ReasonHit[],
): void {
  const sentence = scope.text;
  if (rule.unlessSentence && matches(rule.unlessSentence, sentence)) return;
  let unless: Array<[number, number]> | null = null;
  let near: Array<[number, number]> | null = null;
  for (const m of sentence.matchAll(rule.phrase)) {
    if (m[0].length === 0) continue;
    let start = m.index;
    let end = start + m[0].length;
    unless ??= rule.unless ? spansOf(rule.unless, sentence) : [];
    if (unless.some(([s, e]) => s < end && start < e)) continue;
    if (isCompanyName(sentence, start)) continue;
    if (rule.near) {
      near ??= spansOf(rule.near, sentence);
      const partner = nearest(near, start, end, rule.within ?? DEFAULT_WITHIN);
      if (!partner) continue;
      start = Math.min(start, partner[0]);
      end = Math.max(end, partner[1]);
    }
    if (scope.isNegated(start, end)) continue;
    hits.push(hitOf(rule.category, field, text, span.start + start, span.start + end));
  }
}

/** A capitalised phrase followed by a corporate suffix is a name: "Titan Acquisition Corp". */
function isCompanyName(sentence: string, at: number): boolean {
  const c = sentence[at];
  if (c === undefined || c < "A" || c > "Z") return false;
  COMPANY_NAME_AHEAD.lastIndex = at;
  return COMPANY_NAME_AHEAD.test(sentence);
}

function matches(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  const found = re.test(text);
  re.lastIndex = 0;
  return found;
}

function spansOf(re: RegExp, text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of text.matchAll(re)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/**
 * The `near` span closest to `[start, end)`, if its gap is at most `within`.
 * `spans` come from one left-to-right scan (ordered, not overlapping), so a
 * binary search finds the neighbours.
 */
function nearest(spans: Array<[number, number]>, start: number, end: number, within: number): [number, number] | null {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid] as [number, number])[1] <= start) lo = mid + 1;
    else hi = mid;
  }
  let best: [number, number] | null = null;
  let bestGap = Infinity;
  for (const s of [spans[lo - 1], spans[lo]]) {
    if (!s) continue;
    const gap = s[1] <= start ? start - s[1] : s[0] >= end ? s[0] - end : 0;
    if (gap < bestGap) {
      best = s;
      bestGap = gap;
    }
  }
  return bestGap <= within ? best : null;
}

function hitOf(category: ReasonCategory, field: ReasonField, text: string, start: number, end: number): ReasonHit {
  return { category, field, start, end, text: text.slice(start, end) };
}

/** Evidence for `no-reason`: where the notice says it needs more time, else its first sentence. */
function noReasonHit(narrative: string): ReasonHit {
  const m = MORE_TIME_NEEDED.exec(narrative);
  if (m) return hitOf("no-reason", "narrative", narrative, m.index, m.index + m[0].length);
  const first = splitSentences(narrative)[0] ?? { start: 0, end: narrative.length };
  return hitOf("no-reason", "narrative", narrative, first.start, first.end);
}

const FIELD_ORDER: Record<ReasonField, number> = { narrative: 0, changeExplanation: 1, auditorLetter: 2 };

/**
 * Drops a hit contained in another of the same category and field; the rest
 * come out by field, then position.
 */
function dedupe(hits: ReasonHit[]): ReasonHit[] {
  const sorted = [...hits].sort(
    (a, b) => FIELD_ORDER[a.field] - FIELD_ORDER[b.field] || a.start - b.start || b.end - a.end,
  );
  const reach = new Map<string, number>();
  const out: ReasonHit[] = [];
  for (const h of sorted) {
    const key = `${h.field} ${h.category}`;
    const end = reach.get(key);
    if (end !== undefined && h.end <= end) continue;
    reach.set(key, Math.max(end ?? 0, h.end));
    out.push(h);
  }
  return out;
}
