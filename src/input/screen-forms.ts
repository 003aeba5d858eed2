import { peekSubmissionType } from "../envelope/peek-submission-type.js";
import { selectForms } from "../envelope/select-forms.js";
import type { Skip } from "../core/message.js";

/**
 * The screen of `--forms`: from an input's head, the submission type its
 * header (or first `<TYPE>` tag) names decides whether the body is parsed at
 * all (see `selectForms`). An input whose type is not visible is parsed: the
 * parser gives the reason if it is no notice.
 */
export function screenForms(forms: readonly string[] | null): (head: string) => Skip | null {
  const select = selectForms(forms);
  return (head) => {
    const type = peekSubmissionType(head);
    return type === null ? null : select(type);
  };
}
