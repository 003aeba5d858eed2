/**
 * Patterns of the box-letter reader (box-letters.ts): the options of the
 * form's choice rows and the bounds of Part II's items, in text renderings
 * of HTML notices where Wingdings boxes became letters. All are bounded: no
 * nested unbounded quantifiers, so matching is linear.
 */
import { pattern } from "../core/pattern.js";

/** The report types of the cover's rows, as REPORT_TYPE_LABEL spells them (fields/cover/cover-patterns.ts). */
const REPORT_TYPE = String.raw`
  (?: 10 \s{0,2} - \s{0,2} K (?:SB|405)? | 10 \s{0,2} - \s{0,2} Q (?:SB)? | 10 \s{0,2} - \s{0,2} D | 20 \s{0,2} - \s{0,2} F
    | 11 \s{0,2} -? \s{0,2} K | N \s{0,2} -? \s{0,2} SAR | N \s{0,2} -? \s{0,2} CSR | N \s{0,2} -? \s{0,2} CEN ) \b
  (?: \s{1,3} (?: and | & | or ) \s{1,3} (?: FORM \s{0,3} )? 10 - [KQ] SB \b )?`;

/**
 * An option of one of the form's choice rows: a transition report, a report
 * type ("Form 10-K", "Form N-CEN", "10-Q"), or Part IV's "Yes" and "No"
 * ("No." before a number is an abbreviation). Each alternative is a row
 * family (named group). No boundary before the option: a box letter may be
 * glued to it ("oYes" when the box is a Wingdings "o" in a cell with the
 * word), which the reader checks.
 */
export const CHOICE_OPTION = pattern(
  String.raw`
    (?<transition> Transition \s{1,3} Report \s{1,3} on \s{1,3} (?: Form [\s-]{0,3} )? ${REPORT_TYPE} )
  | (?<report> (?: Form [\s-]{0,3} )? ${REPORT_TYPE} )
  | (?<yes> Yes ) \b
  | (?<no> No ) \b (?! \s{0,2} \.? \s{0,2} \d )
`,
  "i",
);

/** The Part II heading at the start of a line ("PART II - RULES 12b-25(b) AND (c)"), a cell marker or tab before it. */
export const PART2_START = pattern(String.raw`^ [\s|]{0,40} PART \s{0,3} [-.]? \s{0,3} (?: II | 2 ) \b (?! \s{0,3} of \b )`, "im");

/** What ends Part II's items: the Part III or Part IV heading at a line's start, or Part III's printed instruction. */
export const PART2_END = pattern(
  String.raw`^ [\s|]{0,40} PART \s{0,3} [-.]? \s{0,3} (?: III | IV | 1V | 3 | 4 ) \b (?! \s{0,3} of \b ) | \b State \s{1,3} below \s{1,3} in \s{1,3} reasonable`,
  "im",
);

/** What may follow Part II's box on its line (read from just after the box): nothing (blanks, cell markers), or an item letter "(a)" to "(c)". */
export const PART2_BOX_REST = pattern(String.raw`[\t \u00a0|]{0,40} (?: \( \s{0,2} [abc] \s{0,2} \) | $ )`, "m");

/** One white-space character (a box stands between white space, cell markers or the text's edges). */
export const WHITE_SPACE_CHAR = pattern(String.raw`^ \s $`);

/** A capital letter: the first letter of an option a box letter is glued to ("oYes"). */
export const CAPITAL_LETTER = pattern(String.raw`^ [A-Z] $`);

/** A letter or digit of any script: an option right after one is inside a word. */
export const WORD_CHARACTER = pattern(String.raw`^ [\p{L}\p{N}] $`, "u");

/**
 * A character that may be a box the reader turns into a mark: a box glyph
 * other than `x` and the canonical marks (þ ý ■ ¨ □), or an `o`/`q` with
 * white space, a cell marker or the text's edge before it and white space,
 * a cell marker, the edge or a capital after it ("o Form 10-K", "oYes",
 * "Yes o"). A text without one has no row or Part II box to read (a row of
 * bare `x`s is read as it is), so box-letters.ts returns it at once.
 */
export const BOX_LETTER_CANDIDATE = pattern(String.raw`[\u00fe\u00fd\u25a0\u00a8\u25a1] | (?<! [^\s|] ) [oq] (?! [^\s|A-Z] )`);
