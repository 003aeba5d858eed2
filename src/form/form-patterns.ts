/**
 * Patterns of the sectioner: the printed headings, lead-ins and captions
 * that say where each part of the form starts. They anchor on the form's own
 * wording and tolerate the variation real filings show. All are bounded: no
 * nested unbounded quantifiers, so matching is linear.
 */
import { pattern } from "../core/pattern.js";

/** Part II's title "RULES 12b-25(b) AND (c)" (typos tolerated). */
export const PART2_TITLE = pattern(String.raw`RULES? \s{0,3} 1?[0-9]?[bB] \s{0,2} - \s{0,2} 25 \s{0,3} \( \s{0,2} b \s{0,2} \) \s{0,3} AND \s{0,3} \( \s{0,2} c \s{0,2} \)`, "i");

/** Part II's printed lead-in: "If the subject report could not be filed…". */
export const PART2_LEAD = pattern(String.raw`If \s{1,40} the \s{1,40} subject \s{1,40} report \s{1,40} could \s{1,40} not`, "i");

/** Part III's printed instruction: "State below in reasonable detail…". */
export const PART3_LEAD = pattern(String.raw`State \s{1,40} below \s{1,40} in \s{1,40} reasonable \s{1,40} detail`, "i");

/** Numbered item start "(1)", "(2)", "(3)" at the beginning of a line. */
export const ITEM_NUMBER = pattern(String.raw`^ \s{0,12} \( \s{0,2} (?<n>[1-3]) \s{0,2} \)`);

/**
 * Part IV (1) printed without its number, the caption opening the line
 * ("Name and telephone number of person to contact…"): with Q1 it anchors
 * Part IV when the "(1)" was dropped.
 */
export const Q1_UNNUMBERED = pattern(String.raw`^ \s* name`, "i");

/**
 * What may follow the signature caption on its line and still leave the
 * line without a value: spaces, brackets and colons (a dash after it is
 * kept, unlike PART1_CAPTION_TRAIL). Global: removed with `replace`.
 */
export const SIGNATURE_CAPTION_TRAIL = pattern(String.raw`[\s():]`, "g");

/** Start of the form's trailing instructions (after the signature). */
export const INSTRUCTIONS_HEADING = pattern(String.raw`^ \s{0,40} (?: GENERAL \s{1,40} )? (?: INSTRUCTIONS? | ATTENTION ) \b`, "i");

/**
 * What may follow the Part I name caption on its line and still leave the
 * line without a value: spaces, brackets, colons, dashes ("(Full Name of
 * Registrant) -"). Global: removed with `replace`.
 */
export const PART1_CAPTION_TRAIL = pattern(String.raw`[\s():\-]`, "g");

/** A cover line that is never Part I's first value: captions of the cover and its boxes. */
export const COVER_LINE = pattern(String.raw`notification \s{1,40} relates | Period \s{1,40} Ended | Transition \s{1,40} (?: Report | Period ) | Check \s{1,40} One | [\u2610\u2612\u2370] | \[ | Form \s{0,2} 1[01] - | verified \s{1,40} any`, "i");
