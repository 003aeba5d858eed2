import type { Skip } from "../core/message.js";
import { isNtType } from "./nt-types.js";
import { normalizeType } from "./peek-submission-type.js";

/**
 * Which submission types are read: with `forms`, those listed (compared
 * without regard to case and inner blanks), else the whole NT family. The
 * answer for a type is null when it is read, else the skip: an NT type left
 * out is `form-not-selected`, any other type `not-12b25`.
 */
export function selectForms(forms: readonly string[] | null): (type: string) => Skip | null {
  const selected = forms ? new Set(forms.map(canonicalType)) : null;
  return (type) => {
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
