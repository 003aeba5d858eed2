/**
 * Patterns of Part II (Rules 12b-25(b) and (c)): the relief box and its
 * printed statements. All are bounded: no nested unbounded quantifiers.
 */
import { pattern } from "../../core/pattern.js";

/**
 * An "empty box" mark that is only underscores ("____"): in Part II a
 * fill-in rule, not the relief box (MARK_TOKEN counts two or more
 * underscores as an empty box).
 */
export const UNDERSCORES_ONLY = pattern(String.raw`^ _+ $`);

/** Part II's free-form statement that the report will come within the extension. */
export const WILL_BE_FILED_STATEMENT = pattern(String.raw`will \s{1,40} be \s{1,40} filed \s{1,40} (?: on \s{1,40} or \s{1,40} before | within ) \s{1,40} the \s{1,40} (?: fifteenth | fifth | 15th | 5th )`, "i");

/** Part II's "(a)" item: the printed reasons line. */
export const PART2_ITEM_A = pattern(String.raw`\( \s{0,2} a \s{0,2} \) \s{0,12} The \s{1,40} reasons?`, "i");
