/**
 * Patterns of Part III (narrative): the printed instruction before the
 * filer's text. All are bounded: no nested unbounded quantifiers.
 */
import { pattern } from "../../core/pattern.js";

/**
 * The form's printed narrative instruction sentences removed from Part III.
 * The up-to-20 characters after "detail" are taken whole, as an atomic group
 * (a lookahead capture matched again by its backreference): left to
 * backtrack, they competed with the 400-character span after them, 8,400
 * steps wherever "State below in reasonable detail" had no period close
 * behind (100,000 such phrases: 4 s; test/robustness/worst-cases.test.ts).
 */
export const NARRATIVE_INSTRUCTION = pattern(String.raw`
  State \s{1,40} below \s{1,40} in \s{1,40} reasonable \s{1,40} detail (?= (?<lead> [^\n]{0,20} ) ) \k<lead> (?: [^.]{0,400} ) \.
  (?: \s{0,4} \( \s{0,2} Attach \s{1,40} extra \s{1,40} sheets? \s{1,40} if \s{1,40} needed \s{0,2} \.? \s{0,2} \) \.? )?
  | \( \s{0,2} Attach \s{1,40} extra \s{1,40} sheets? \s{1,40} if \s{1,40} needed \s{0,2} \.? \s{0,2} \) \.?
`, "i");
