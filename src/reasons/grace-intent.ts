import { CLAUSE_BREAK, EXTENSION_REFERENCE, INTENT_HEDGE, INTENT_NEGATIVE, INTENT_POSITIVE, INTENT_RESTART } from "./reason-patterns.js";
import { splitSentences } from "./split-sentences.js";
import { findAll, matchesAnywhere, type TextMatch } from "../core/scan.js";
import { firstStartingFrom } from "./spans.js";

/** Where the intent was read: offsets `[start, end)` into that field's string. */
export interface GraceIntentHit {
  field: "narrative" | "changeExplanation";
  start: number;
  end: number;
  text: string;
}

/** Whether the registrant expects to file within the 15- or 5-day extension, and where it says so. */
export interface GraceIntent {
  value: boolean | null;
  hit: GraceIntentHit | null;
}

/** Largest distance between "does not anticipate" and the extension it denies (characters). */
const NEGATIVE_REACH = 220;

/**
 * Reads whether the registrant expects to file within the Rule 12b-25(b)
 * extension: `true` when it says it expects to ("on or before the fifteenth
 * calendar day", "within the extension period provided by Rule 12b-25"),
 * `false` when it says it will not or does not expect to ("does not
 * anticipate being able to file … within the five-calendar day extension"),
 * which wins over a positive statement. Hedged sentences ("there can be no
 * guarantee … which could result in the Form 10-K not being filed within the
 * 15 additional days") say neither. Otherwise `true` when the Part II box is
 * marked (the box is the representation that the report will be filed within
 * the extension), else `null`.
 */
export function readGraceIntent(
  input: { narrative: string | null; changeExplanation?: string | null },
  reliefClaimed: boolean | null,
): GraceIntent {
  let positive: GraceIntentHit | null = null;
  const fields: Array<["narrative" | "changeExplanation", string | null | undefined]> = [
    ["narrative", input.narrative],
    ["changeExplanation", input.changeExplanation],
  ];
  for (const [field, text] of fields) {
    if (!text) continue;
    for (const span of splitSentences(text)) {
      const sentence = text.slice(span.start, span.end);
      const refs = findAll(EXTENSION_REFERENCE, sentence);
      if (refs.length === 0 || matchesAnywhere(INTENT_HEDGE, sentence)) continue;
      const negative = findNegative(sentence, refs);
      if (negative) return { value: false, hit: hitOf(field, text, span.start + negative[0], span.start + negative[1]) };
      if (positive === null) {
        const p = findPositive(sentence, refs);
        if (p) positive = hitOf(field, text, span.start + p[0], span.start + p[1]);
      }
    }
  }
  if (positive) return { value: true, hit: positive };
  return { value: reliefClaimed === true ? true : null, hit: null };
}

/** A denial ("will not be able to file") followed, in the same clause, by an extension reference. */
function findNegative(sentence: string, refs: TextMatch[]): [number, number] | null {
  for (const neg of findAll(INTENT_NEGATIVE, sentence)) {
    const ref = refs[firstStartingFrom(refs, neg.end)];
    if (!ref || ref.start - neg.end > NEGATIVE_REACH) continue;
    const between = sentence.slice(neg.end, ref.start);
    if (matchesAnywhere(CLAUSE_BREAK, between) || matchesAnywhere(INTENT_RESTART, between)) continue;
    return [neg.start, ref.end];
  }
  return null;
}

/** A filing verb in a sentence that names the extension: from the verb to the reference. */
function findPositive(sentence: string, refs: TextMatch[]): [number, number] | null {
  const verbs = findAll(INTENT_POSITIVE, sentence);
  const first = refs[0];
  if (verbs.length === 0 || !first) return null;
  const before = verbs[firstStartingFrom(verbs, first.start) - 1];
  if (!before) return [first.start, first.end];
  const ref = refs[firstStartingFrom(refs, before.end)] ?? first;
  return [before.start, ref.end];
}

function hitOf(field: "narrative" | "changeExplanation", text: string, start: number, end: number): GraceIntentHit {
  return { field, start, end, text: text.slice(start, end) };
}
