/**
 * Patterns of the signature block: its heading, captions, the signer's
 * name and title. All are bounded: no nested unbounded quantifiers.
 */
import { pattern } from "../../core/pattern.js";

/** A registrant name's tail that is the start of the signature sentence ("ACME, Inc. has"). */
export const TRAILING_HAS = pattern(String.raw`\s{1,40} ha(?:s|ve) \s{0,3} $`, "i");

/**
 * Degrees and suffixes that belong to a signer's name, not to the title
 * ("Stephen F. Hiu, Ph.D., President": fixtures/samples/igene-nt10k-1998.txt).
 */
export const NAME_SUFFIX = pattern(String.raw`^ (?: ph\.? \s? d\.? | jr\.? | sr\.? | ii | iii | iv | cpa | esq\.? | m\.? d\.? | j\.? d\.? | mba ) $`, "i");

/** "By:" before the signer. */
export const BY_CAPTION = pattern(String.raw`^ [\s\t]{0,40} By \s{0,2} : `, "i");

/** "Name:" caption under a signature. */
export const NAME_CAPTION = pattern(String.raw`^ [\s\t]{0,40} Name \s{0,2} : \s{0,6}`, "i");

/** "Title:" caption under a signature. */
export const TITLE_CAPTION = pattern(String.raw`^ [\s\t]{0,40} (?: Title | Its ) \s{0,2} : \s{0,6}`, "i");

/** The 10-K-style lead-in "Pursuant to the requirements of the Securities Exchange Act…, the registrant has…". */
export const PURSUANT_LEAD = pattern(String.raw`^ \s{0,20} Pursuant \s{1,40} to \b | \b the \s{1,40} registrant \s{0,3} $`, "i");

/** A parenthesised title continuation: "(Principal Financial and Accounting Officer)". */
export const TITLE_CONTINUATION = pattern(String.raw`^ \s{0,40} \( [^()\n]{3,120} \) \s{0,4} $`);

/** Words that leave a title unfinished at the end of a line ("Executive Vice President and"). */
export const TITLE_CONNECTOR_END = pattern(String.raw`(?: \b (?: and | of | the | for | & ) | [,\-\u2013] ) \s{0,3} $`, "i");

/** A short line made only of title words ("Officer", "and Treasurer"): the rest of a wrapped title. */
export const TITLE_TAIL = pattern(String.raw`^ [ \t]* (?: (?: Officer | Director | President | Treasurer | Secretary | Controller | Counsel | Administrator | Manager | Partner | Trustee | and | of | the | Chief | Financial | Executive | Accounting | Operating | Principal ) [\s,]{0,3} ){1,4} \s{0,40} $`, "i");

/** "By:" anywhere on a signature line ("Date: March 30, 2000      By: Jane Roe"). */
export const BY_MARK = pattern(String.raw`(?<![\w]) By \s{0,2} : \s{0,3}`, "i");
