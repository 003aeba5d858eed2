/**
 * Patterns of the re-liner (reline-collapsed.ts): the form's printed
 * headings, captions, questions and instructions, which stand on lines of
 * their own on every printed Form 12b-25. In a notice whose line breaks were
 * lost they mark where the form's lines began and ended. All are bounded: no
 * nested unbounded quantifiers, so matching is linear.
 */
import { pattern } from "../core/pattern.js";

/**
 * A "PART I … PART IV" heading with its title words ("PART II -- RULES
 * 12b-25(b) AND (c)", "PART IV - OTHER INFORMATION (Official Text)").
 * "Part III of this form" is prose and is left out.
 */
export const PART_HEADING_TITLE = pattern(String.raw`
  \b PART \s{0,3} [-.]? \s{0,3} (?: IV | 1V | III | II | I | [1-4] (?= [\s\u2014\u2013.:-]{1,8} (?: REGIST | RULE | NARRATIVE | OTHER ) ) ) \b
  (?! \s{0,3} (?: of | , | ; | Item | above | below ) \b )
  (?: [\s\u2014\u2013.:-]{0,8}
      (?: REGIST RA (?: NT | TION ) \s{1,20} INFORMATION
        | RULES? \s{0,3} 1?[0-9]?[bB] \s{0,2} - \s{0,2} 25 \s{0,3} \( \s{0,2} b \s{0,2} \) \s{0,3} AND \s{0,3} \( \s{0,2} c \s{0,2} \)
        | NARRATIVE
        | OTHER \s{1,20} INFORMATION ) )?
  (?: \s{0,3} \( \s{0,2} Official \s{1,3} Text \s{0,2} \) )?
`, "i");

/**
 * A part's title standing apart from its "PART …" words, in capitals as
 * printed ("PART I" on one line, "REGISTRANT INFORMATION" centred under it:
 * fixtures/excerpts/excerpt-064.txt). Capitals only: "other information" is
 * also prose.
 */
export const PART_TITLE_ALONE = pattern(String.raw`
  \b (?: REGISTRANT \s{1,3} INFORMATION
       | RULES? \s{0,3} 1?[0-9]?[bB] \s{0,2} - \s{0,2} 25 \s{0,3} \( \s{0,2} b \s{0,2} \) \s{0,3} AND \s{0,3} \( \s{0,2} c \s{0,2} \)
       | NARRATIVE
       | OTHER \s{1,3} INFORMATION ) (?! [\w-] )
  (?: \s{0,3} \( \s{0,2} Official \s{1,3} Text \s{0,2} \) )?
`);

/**
 * The cover's file-number box: "SEC FILE NUMBER", "COMMISSION FILE NO.",
 * with the number when it follows ("0-21036", "033-27707").
 */
export const FILE_NUMBER_BOX = pattern(String.raw`\b (?: SEC | Commission ) \s{1,3} File \s{1,3} (?: Number | No\.? ) \s{0,3} :? (?: \s{0,3} \d{1,3} - \d{3,8} (?![\w-]) )?`, "i");

/** The cover's CUSIP box: "CUSIP NUMBER", with the number when it follows ("902252 10 5", "74912107"). */
export const CUSIP_BOX = pattern(String.raw`\b CUSIP \s{1,3} (?: Number | No\.? ) \s{0,3} :? (?: \s{0,3} [0-9][0-9A-Z]{5} \s? [0-9A-Z]{2} (?: \s? [0-9] )? (?![\w-]) )?`, "i");

/**
 * Part I's captions, with a printed hint after them ("(Street and Number)")
 * and a colon.
 */
export const PART1_CAPTION = pattern(String.raw`
  (?: (?: Full | Exact ) \s{1,20} Name \s{1,20} of \s{1,20} (?: the \s{1,20} )? Regis [tr]{1,2} ant (?: \s{1,20} as \s{1,20} specified \s{1,20} in \s{1,20} (?: its \s{1,20} )? charter )?
    | Former \s{1,20} Name ,? \s{0,3} (?: if \s{1,20} applicable )?
    | Address \s{1,20} of \s{1,20} (?: the \s{1,20} )? Principal \s{1,20} (?: Executive \s{1,20} )? Offices? (?: \s{0,3} [(,] \s{0,2} Street \s{1,20} and \s{1,20} Number \s{0,2} \)? )?
    | City , \s{0,3} State ,? \s{1,20} (?: and \s{1,20} )? Zip \s{0,3} (?: Code )? )
  \s{0,3} [:\-]?
`, "i");

/** The signature block's caption "Name of Registrant as Specified in Charter". */
export const SIGNATURE_NAME_CAPTION = pattern(String.raw`Name \s{1,20} of \s{1,20} Registrant \s{1,20} as \s{1,20} Specified \s{1,20} in \s{1,20} (?: its \s{1,20} )? Charter \s{0,3} :?`, "i");

/**
 * Printed lines that open a line of the form: the cover's period and
 * transition lines, its instructions, Part II's lead-in and items, Part
 * III's instruction, Part IV's questions and the signature sentence.
 */
export const LINE_OPENER = pattern(String.raw`
    \( \s{0,2} Check \s{1,3} One \s{0,2} \) | \b Check \s{1,3} One \s{0,2} :
  | \b For \s{1,3} (?: the \s{1,3} )? (?: Fiscal \s{1,3} )? (?: Quarterly \s{1,3} )? (?: Year | Period | Quarter ) \s{1,3} Ended
  | \b Transition \s{1,3} Report \s{1,3} on \s{1,3} Form
  | \b For \s{1,3} the \s{1,3} Transition \s{1,3} Period (?: \s{1,3} Ended )?
  | \b Read \s{1,3} (?: attached \s{1,3} )? Instructions?
  | \b Nothing \s{1,3} in \s{1,3} this \s{1,3} form \s{1,3} shall
  | \b If \s{1,3} the \s{1,3} notification \s{1,3} relates \s{1,3} to
  | \b If \s{1,3} the \s{1,3} subject \s{1,3} report \s{1,3} could \s{1,3} not
  | \( \s{0,2} [abc] \s{0,2} \) \s{0,6} The \s{1,3} (?: reasons? | subject | accountant | accountants? ['\u2019]? s? \s{0,3} statement )
  | \b State \s{1,3} below \s{1,3} in \s{1,3} reasonable
  | (?: \( \s{0,2} [123] \s{0,2} \) [\s.]{0,6} )? (?: Name \s{1,3} and \s{1,3} telephone \s{1,3} number
       | Have \s{1,3} all \s{1,3} other \s{1,3} periodic
       | Is \s{1,3} it \s{1,3} anticipated \s{1,3} that )
  | \( \s{0,2} [23] \s{0,2} \) [\s.]{0,6} (?: All \s{1,12} other \s{1,12} periodic | It \s{1,12} is \s{1,12} (?: not \s{1,12} )? anticipated )   # answered as statements: fixtures/excerpts/excerpt-042.txt
  | \b If \s{1,3} so \s{0,2} [,:;]? \s{1,3} attach \s{1,3} an \s{1,3} explanation
`, "i");

/**
 * Printed ends of the form's lines: what follows them stands on a line of
 * its own (the check-box hint of Part II, Part III's "(Attach extra sheets
 * if needed)", the ends of Part IV's questions and its contact captions).
 */
export const LINE_CLOSER = pattern(String.raw`
    \( \s{0,2} Check \s{1,3} box \s{1,3} if \s{1,3} appropriate \s{0,2} \) \s{0,2} :?
  | \( \s{0,2} Attach \s{1,3} extra \s{1,3} sheets? \s{1,3} if \s{1,3} needed \s{0,2} \) \s{0,2} \.?
  | \b in \s{1,12} regard \s{1,12} to \s{1,12} this \s{1,12} notification \s{0,2} [.:]?   # wrapped, its indentation kept: fixtures/excerpts/excerpt-042.txt
  | \b identify \s{1,3} (?: the \s{1,3} )? report \s{0,2} (?: \( \s{0,2} s \s{0,2} \) | s )? \s{0,2} \.?
  | \b portion \s{1,3} thereof \s{0,2} \?
  | \b cannot \s{1,3} be \s{1,3} made \s{0,2} \.
  | \( \s{0,2} Telephone \s{1,3} Number \s{0,2} \)
  | \b notification \s{1,3} relates \s{0,2} :
`, "i");

/** The captions under Part IV's contact line: "(Name) (Area Code) (Telephone Number)". */
export const CONTACT_CAPTION_ROW = pattern(String.raw`\( \s{0,2} Name \s{0,2} \) [\s\-]{0,40} \( \s{0,2} Area \s{1,3} Code \s{0,2} \)`, "i");

/** The signature sentence "…has caused this notification to be signed…". */
export const SIGNATURE_SENTENCE_START = pattern(String.raw`\b ha(?:s|ve) \s{1,3} (?: duly \s{1,3} )? caused \s{1,3} this`, "i");

/** The end of the signature sentence "…hereunto duly authorized." */
export const SIGNATURE_SENTENCE_END = pattern(String.raw`\b (?: thereunto | hereunto | duly ) \s{1,3} (?: duly \s{1,3} )? authorized \s{0,2} \.?`, "i");

/** The signature's captions "Date:", "By:", "Name:", "Title:" (after the signature sentence only). */
export const SIGNATURE_FIELD = pattern(String.raw`\b (?: Dated? | By | Name | Title ) \s{0,2} : | \b By \s{1,3} (?= / \s{0,2} s \s{0,2} / )`, "i");

/**
 * An accountant's letter typed after the form: its salutation ("To Whom It
 * May Concern:") and its sign-off ("Respectfully yours,"), each a line of
 * its own (fixtures/samples/igene-nt10k-1998.txt).
 */
export const LETTER_SALUTATION_OR_SIGN_OFF = pattern(String.raw`
    \b To \s{1,3} Whom \s{1,3} It \s{1,3} May \s{1,3} Concern \s{0,2} [:,]
  | \b (?: Dear \s{1,3} (?: Sirs? | Madam ) | Ladies \s{1,3} and \s{1,3} Gentlemen | Gentlemen ) \s{0,2} :
  | \b (?: Respectfully \s{1,3} (?: yours | submitted ) | Very \s{1,3} truly \s{1,3} yours | Yours \s{1,3} (?: very \s{1,3} )? truly | Sincerely (?: \s{1,3} yours )? ) \s{0,2} ,
`, "i");

/** The trailing instructions' headings, in capitals as printed. */
export const TRAILER_HEADING = pattern(String.raw`\b (?: GENERAL \s{1,3} )? INSTRUCTIONS? \s{0,2} : | \b GENERAL \s{1,3} INSTRUCTIONS \b | \b ATTENTION \b`);

/** A drawn rule standing between spaces: dashes, underscores, equals signs (also PEM's "- -----"). */
export const STANDING_RULE = pattern(String.raw`(?<= \s | ^ ) (?: - \s )? [-_=]{8,400} (?= \s | $ )`);

/** Page furniture between spaces: "Page 1 of 4", "- 2 -". */
export const STANDING_PAGE = pattern(String.raw`(?<= \s | ^ ) (?: Page \s{1,3} \d{1,3} \s{1,3} of \s{1,3} \d{1,3} | - \s{0,2} \d{1,3} \s{0,2} - ) (?= \s | $ )`, "i");

/**
 * A check box standing just before an option, read backwards from the
 * option's start: `[X]`, `[ ]`, `|X|`, `( )`, `_X_`, `___`, a lone
 * `x`/`X`, a canonical mark or a box letter.
 */
export const BOX_BEFORE = pattern(String.raw`(?<= \s | ^ ) (?: \[ [^\]\n]{0,4} \] | \| [^|\n]{0,3} \| | \( [\sxX]{0,3} \) | / [\sxX]{0,3} / | _{0,6} [xX]{1,2} _{0,6} | _{2,8} | [\u2610\u2612\u2611\u2370\u25a0\u25a1\u00fe\u00fd\u00a8oq] ) \s{0,8} $`);

/**
 * An item letter just before a caption, read backwards from the caption's
 * start: "A.   Full Name of Registrant - …" (fixtures/excerpts/excerpt-045.txt),
 * "(a) Full Name of Registrant".
 */
export const ITEM_LETTER_BEFORE = pattern(String.raw`(?<= \s | ^ ) (?: [A-Da-d] \. | \( \s{0,2} [A-Da-d] \s{0,2} \) ) \s{1,8} $`);

/** An opening bracket just before a caption ("(Full Name of Registrant)"). */
export const OPEN_BRACKET_BEFORE = pattern(String.raw`\( \s{0,2} $`);

/** A closing bracket just after a caption. */
export const CLOSE_BRACKET_AFTER = pattern(String.raw`^ \s{0,2} \)`);

/** A run of characters other than lower-case letters (anchors are compared by their words). Global: used with `replace`. */
export const NON_LETTER_RUN = pattern(String.raw`[^a-z]+`, "g");
