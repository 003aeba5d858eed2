import { normalizeType, peekSubmissionType } from "../envelope/peek-submission-type.js";
import { isNtType } from "../envelope/nt-types.js";
import type { SourceSkip } from "./source-item.js";

/**
 * The screen of `--forms`: from an input's head, the submission type its
 * header (or first `<TYPE>` tag) names decides whether the body is parsed at
 * all. Without `forms`, the whole NT family is selected. An input whose type
 * is not visible is parsed: the parser gives the reason if it is no notice.
 * `forms` are compared without regard to case and inner blanks.
 */
export function screenForms(forms: readonly string[] | null): (head: string) => SourceSkip | null {
  const selected = forms ? new Set(forms.map(canonicalType)) : null;
  return (head) => {
    const type = peekSubmissionType(head);
    if (type === null) return null;
    if (selected ? selected.has(canonicalType(type)) : isNtType(type)) return null;
    return isNtType(type)
      ? { ruleId: "form-not-selected", reason: `submission type ${type} is not among --forms` }
      : { ruleId: "not-12b25", reason: `submission type ${type} is not a Form 12b-25 notice` };
  };
}

/** A type as compared: upper case, blanks collapsed (`nt  10-k` → `NT 10-K`). */
function canonicalType(type: string): string {
  return (normalizeType(type) ?? "").toUpperCase();
}
