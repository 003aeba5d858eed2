/**
 * Patterns of the accountant's letter (Rule 12b-25(c)): its salutation,
 * sign-off and the firm's name. All are bounded: no nested unbounded quantifiers.
 */
import { pattern } from "../../core/pattern.js";

/** Sign-off closing an accountant's letter body. */
export const LETTER_SIGN_OFF = pattern(String.raw`^ \s{0,40} (?: Respectfully (?: \s{1,40} (?: yours | submitted ) )? | (?: Very \s{1,40} )? Truly \s{1,40} yours | Yours \s{1,40} (?: very \s{1,40} )? truly | Sincerely (?: \s{1,40} yours )? | Cordially | Yours \s{1,40} faithfully ) \s{0,3} [,.]? \s{0,3} $`, "i");

/** Words that show a text is an accountant's statement under Rule 12b-25(c). */
export const ACCOUNTANT_WORDS = pattern(String.raw`\b (?: independent \s{1,40} (?: registered \s{1,40} public \s{1,40} )? (?: accountants? | auditors? | accounting \s{1,40} firm ) | certified \s{1,40} public \s{1,40} account | Rule \s{1,40} 12b-25 \s{0,2} \( \s{0,2} c \s{0,2} \) | unable \s{1,40} to \s{1,40} (?: complete | express ) ) `, "i");

/** A firm name's legal suffix: "LLP", "& Co.", "P.C.". */
export const FIRM_SUFFIX = pattern(String.raw`\b (?: L\.?L\.?P\.? | LLC | P\.?C\.? | P\.?A\.? | CPAs? | Chartered | & \s{0,2} (?: Company | Co\.? ) | Certified \s{1,40} Public \s{1,40} Accountants ) (?: \s{0,3} , \s{0,3} (?: LLP | P\.C\. ) )? \s{0,2} \.? \s{0,3} $`, "i");
