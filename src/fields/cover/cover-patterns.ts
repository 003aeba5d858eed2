/**
 * Patterns of the cover: the "Check one" report types, the period and
 * transition captions, the items line, the SEC file number and CUSIP. All
 * are bounded: no nested unbounded quantifiers.
 */
import { pattern } from "../../core/pattern.js";

/** The "(Check One)" label of the report-type boxes. */
export const CHECK_ONE = pattern(String.raw`\( \s{0,2} check \s{1,40} one \s{0,2} \) \s{0,2} :? | \bcheck \s{1,40} one \s{0,2} :`, "i");

/**
 * A report-type label: "Form 10-K", "FORM-11K", "10-QSB", "Form 10-K and Form 10-KSB"
 * (the 1990s combined box counts as its first type), "Form N-SAR", "Form N-CEN".
 */
export const REPORT_TYPE_LABEL = pattern(String.raw`
  (?: \b FORM [\s-]{0,3} )?
  \b (?<type> 10 \s{0,2} - \s{0,2} K (?:SB|405)? | 10 \s{0,2} - \s{0,2} Q (?:SB)? | 10 \s{0,2} - \s{0,2} D
     | 20 \s{0,2} - \s{0,2} F | 11 \s{0,2} - ?\s{0,2} K | N \s{0,2} - ?\s{0,2} SAR | N \s{0,2} - ?\s{0,2} CSR | N \s{0,2} - ?\s{0,2} CEN ) \b
  (?<combined> \s{1,40} (?: and | & | or ) \s{1,40} (?: FORM \s{0,3} )? 10 - [KQ] SB \b )?
`, "i");

/**
 * The form number of a report type written without its hyphen ("11K",
 * "NSAR"): two digits or "N", then an optional hyphen. Replaced by "$1-" it
 * spells the type as SPEC.md does.
 */
export const REPORT_TYPE_NUMBER = pattern(String.raw`^ ( \d\d | N ) -?`);

/** "Transition Report on Form …" label (words may wrap across lines). */
export const TRANSITION_LABEL = pattern(String.raw`
  Transition \s{1,40} Report \s{1,40} on \s{1,40} (?: FORM [\s-]{0,3} )?
  (?<type> 10 - K (?:SB|405)? | 10 - Q (?:SB)? | 20 - F | 11 - ?K | 10 - A | N - ?SAR | N - ?CSR | N - ?CEN | 10 - D ) \b
  (?: \s{1,40} (?: and | & ) \s{1,40} (?: FORM \s{0,3} )? 10 - [KQ] SB \b )?
`, "i");

/**
 * A line that goes on with the transition boxes: it opens with a box ("[",
 * "|", "/", "_", "(", \u2610, \u2612) or with the wrapped words of a label
 * ("Report on Form 10-Q", "Form 20-F [ ] …": fixtures/excerpts/excerpt-039.txt;
 * a box alone on its line: fixtures/constructed/layout/wrapped-labels.txt).
 */
export const TRANSITION_ROW_LINE = pattern(String.raw`^ \s* (?: [\[|/_(\u2610\u2612] | (?: Report | Form ) \b )`, "i");

/** "For Period Ended", "For the Quarter Ended", "For the fiscal year ended" caption. */
export const PERIOD_CAPTION = pattern(String.raw`For \s{1,40} (?: the \s{1,40} )? (?: fiscal \s{1,40} )? (?: Period | Quarter | Year | Quarterly \s{1,40} Period ) \s{1,40} Ended \s{0,3} [:\-\u2013\u2014]?`, "i");

/** "For the Transition Period Ended" caption. */
export const TRANSITION_PERIOD_CAPTION = pattern(String.raw`For \s{1,40} (?: the \s{1,40} )? Transition \s{1,40} Period \s{1,40} (?: Ended \s{0,3} [:\-\u2013\u2014]? )?`, "i");

/** "If the notification relates to a portion … identify the item(s) to which the notification relates:". */
export const ITEMS_CAPTION = pattern(String.raw`to \s{1,40} which \s{1,40} the \s{1,40} notification \s{1,40} relates \s{0,3} [:.]?`, "i");

/** Cover caption of the SEC file number. */
export const FILE_NUMBER_CAPTION = pattern(String.raw`(?: SEC | Commission ) \s{1,40} File \s{1,40} (?: Number | No\.? ) \s{0,3} [:.]?`, "i");

/** Cover caption of the CUSIP number. */
export const CUSIP_CAPTION = pattern(String.raw`CUSIP \s{1,40} (?: Number | No\.? ) \s{0,3} [:.]?`, "i");

/** A Commission file number: "000-24452", "1-10485", "33-93576", "811-03456". */
export const FILE_NUMBER_VALUE = pattern(String.raw`\b \d{1,3} - \d{3,8} \b`);

/** A CUSIP as printed: "74912107", "902252 10 5", "055432 AB 4", "G1234X101". */
export const CUSIP_VALUE = pattern(String.raw`(?<![\w-]) [0-9A-Z]{6} \s? [0-9A-Z]{2} (?: \s? [0-9] )? (?![\w-])`);

/** Words that mark an amendment of the notice itself. */
export const AMENDMENT_MARK = pattern(String.raw`
  12b-25 \s{0,2} / \s{0,2} A \b
  | \b NT \s{1,2} [\w-]{2,8} \s{0,2} / \s{0,2} A \b
  | \b Amendment \s{1,40} No \.? \s{0,3} \d
  | \b Amended \s{1,40} (?: Form \s{1,40} 12b-25 | Notification | Notice ) \b
`, "i");

/** The cover's printed boilerplate lines, which are never a value. */
export const COVER_BOILERPLATE = pattern(String.raw`Nothing \s{1,40} in \s{1,40} this \s{1,40} form | verified \s{1,40} any \s{1,40} information | Read \s{1,40} (?: attached \s{1,40} )? instructions? | Please \s{1,40} print \s{1,40} or \s{1,40} type | OMB \s{1,40} (?: APPROVAL | Number ) | Estimated \s{1,40} average \s{1,40} burden | SEC \s{1,40} 1344`, "i");

/** One decimal digit. Global: `text.match(DIGIT)` lists them all. */
export const DIGIT = pattern(String.raw`\d`, "g");
