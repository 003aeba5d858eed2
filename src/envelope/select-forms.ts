import type { Skip } from "../core/message.js";
import { isNtType, ntTypeKey } from "./nt-types.js";

/**
 * Which submission types are read: with `forms`, those listed, else the
 * whole NT family. Types are compared by {@link ntTypeKey} (case, blanks and
 * hyphens aside), so that `NT N-CSR` also selects EDGAR's `NT NCSR`. The
 * answer for a type is null when it is read, else the skip: an NT type left
 * out is `form-not-selected`, any other type `not-12b25`.
 */
export function selectForms(forms: readonly string[] | null): (type: string) => Skip | null {
  const selected = forms ? new Set(forms.map(ntTypeKey)) : null;
  return (type) => {
    if (selected ? selected.has(ntTypeKey(type)) && isNtType(type) : isNtType(type)) return null;
    return isNtType(type)
      ? { ruleId: "form-not-selected", reason: `submission type ${type} is not among --forms` }
      : { ruleId: "not-12b25", reason: `submission type ${type} is not a Form 12b-25 notice` };
  };
}
