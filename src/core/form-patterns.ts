/**
 * Patterns of the Form 12b-25's printed text: headings, captions, questions
 * and answers. They anchor on the form's own wording, which is stable across
 * filers and decades, and tolerate the variation real filings show (case,
 * spacing, typos such as "RULES 1b-25(b)" in fixtures/samples/igene-nt10k-1998.txt).
 *
 * All are bounded: no nested unbounded quantifiers, so matching is linear.
 */

// ---------------------------------------------------------------- headings
import { pattern } from "./pattern.js";

/** A "PART I … PART IV" heading at the start of a line: captures the numeral. */
export const PART_HEADING = pattern(String.raw`
  ^ [\s\u2014\u2013*_-]{0,40}
  PART \s{0,3} [-.]? \s{0,3}
  (?<num> IV | 1V | III | II | I | 4 | 3 | 2 | 1 ) \b
  (?! \s{0,3} of \b )           # "Part III of this form" is prose, not a heading
  (?! \s{0,3} [,;] | \s{0,3} Item \b )   # "Part I, Item 1 …" answers the items line
  [^\n]{0,90} $
`, "i");

/** Words that open a line in the form's printed Part III instruction. */
export const NARRATIVE_HEADING = pattern(String.raw`^ \s{0,40} (?: PART \s{0,3} III \s{0,3} [-.:\u2014\u2013]? \s{0,3} )? NARRATIVE \b`, "i");

/** Part IV's heading words "OTHER INFORMATION". */
export const PART4_TITLE = pattern(String.raw`^ [\s\u2014\u2013.:-]{0,40} (?: PART \s{0,3} [I1]V \s{0,3} [-.:\u2014\u2013]{0,3} \s{0,3} )? OTHER \s{1,40} INFORMATION \s{0,3} (?:\(Official\s Text\))? \s{0,3} $`, "i");

/** Part IV (1): "Name and telephone number of person to contact…". */
export const Q1 = pattern(String.raw`Name \s{1,40} and \s{1,40} telephone \s{1,40} number`, "i");

/** Signature caption "Name of Registrant as Specified in Charter". */
export const SIGNATURE_CAPTION = pattern(String.raw`Name \s{1,40} of \s{1,40} Registrant \s{1,40} as \s{1,40} Specified \s{1,40} in \s{1,40} (?: its \s{1,40} )? Charter`, "i");

/** The signature sentence "has caused this notification/report to be signed…". */
export const SIGNATURE_SENTENCE = pattern(String.raw`ha(?:s|ve) \s{1,40} (?: duly \s{1,40} )? caused \s{1,40} this`, "i");

/** A "SIGNATURE(S)" heading line. */
export const SIGNATURE_HEADING = pattern(String.raw`^ \s{0,40} SIGNATURES? \s{0,3} $`, "i");

/** Part I caption: full name of registrant. */
export const CAPTION_NAME = pattern(String.raw`(?: Full | Exact ) \s{1,40} Name \s{1,40} of \s{1,40} (?: the \s{1,40} )? Regis [tr]{1,2} ant (?: \s{1,40} as \s{1,40} specified \s{1,40} in \s{1,40} (?: its \s{1,40} )? charter )?`, "i");
/**
 * A line whose text opens with "(": a parenthesised caption printed under
 * its value ("(Name of Registrant as Specified in Charter)").
 */
export const OPENS_WITH_BRACKET = pattern(String.raw`^ \s* \(`);

/** Rule lines: dashes, underscores, equals signs (also the PEM-escaped "- ----"). */
export const RULE_LINE = pattern(String.raw`^ [\s\-_=*.+|]{0,400} $`);

/** Salutation opening an accountant's letter body. */
export const LETTER_SALUTATION = pattern(String.raw`^ \s{0,20} (?: To \s{1,40} Whom \s{1,40} It \s{1,40} May \s{1,40} Concern | Dear \s{1,40} [^\n:]{1,60} | Gentlemen | Ladies \s{1,40} and \s{1,40} Gentlemen | Sirs? | Madam | To \s{1,40} the \s{1,40} [^\n:]{1,60} ) \s{0,3} [:,] \s{0,3} $`, "i");

/** "Date:" / "Dated:" caption of the signature. */
export const DATE_CAPTION = pattern(String.raw`^ \s{0,40} Dated? \s{0,3} [:.]? `, "i");
