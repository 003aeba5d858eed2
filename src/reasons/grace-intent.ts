import {
  CLAUSE_BREAK,
  EXTENSION_REFERENCE,
  INTENT_HEDGE,
  INTENT_NEGATIVE,
  INTENT_POSITIVE,
  INTENT_RESTART,
} from "../patterns/reason-patterns.js";
import { splitSentences } from "./split-sentences.js";

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
      const refs = [...sentence.matchAll(EXTENSION_REFERENCE)];
      if (refs.length === 0 || INTENT_HEDGE.test(sentence)) continue;
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
function findNegative(sentence: string, refs: RegExpExecArray[]): [number, number] | null {
  for (const neg of sentence.matchAll(INTENT_NEGATIVE)) {
    const negEnd = neg.index + neg[0].length;
    const ref = refs.find((r) => r.index >= negEnd);
    if (!ref) continue;
    const refStart = ref.index;
    if (refStart - negEnd > NEGATIVE_REACH) continue;
    const between = sentence.slice(negEnd, refStart);
    if (matches(CLAUSE_BREAK, between) || matches(INTENT_RESTART, between)) continue;
    return [neg.index, refStart + ref[0].length];
  }
  return null;
}

/** A filing verb in a sentence that names the extension: from the verb to the reference. */
function findPositive(sentence: string, refs: RegExpExecArray[]): [number, number] | null {
  const first = refs[0] as RegExpExecArray;
  const verbs = [...sentence.matchAll(INTENT_POSITIVE)];
  if (verbs.length === 0) return null;
  const refStart = first.index;
  const before = verbs.filter((v) => v.index < refStart).pop();
  const start = before ? before.index : refStart;
  const ref = before ? (refs.find((r) => r.index > before.index) ?? first) : first;
  return [start, (ref.index) + ref[0].length];
}

function matches(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  const found = re.test(text);
  re.lastIndex = 0;
  return found;
}

function hitOf(field: "narrative" | "changeExplanation", text: string, start: number, end: number): GraceIntentHit {
  return { field, start, end, text: text.slice(start, end) };
}
