/**
 * Patterns of the Form 12b-25's printed text: headings, captions, questions
 * and answers. They anchor on the form's own wording, which is stable across
 * filers and decades, and tolerate the variation real filings show (case,
 * spacing, typos such as "RULES 1b-25(b)" in fixtures/samples/igene-nt10k-1998.txt).
 *
 * All are bounded: no nested unbounded quantifiers, so matching is linear.
 */
import { pattern } from "./compile.js";

// ---------------------------------------------------------------- headings

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

/** Part II's title "RULES 12b-25(b) AND (c)" (typos tolerated). */
export const PART2_TITLE = pattern(String.raw`RULES? \s{0,3} 1?[0-9]?[bB] \s{0,2} - \s{0,2} 25 \s{0,3} \( \s{0,2} b \s{0,2} \) \s{0,3} AND \s{0,3} \( \s{0,2} c \s{0,2} \)`, "i");

/** Part II's printed lead-in: "If the subject report could not be filed…". */
export const PART2_LEAD = pattern(String.raw`If \s{1,40} the \s{1,40} subject \s{1,40} report \s{1,40} could \s{1,40} not`, "i");

/** Part III's printed instruction: "State below in reasonable detail…". */
export const PART3_LEAD = pattern(String.raw`State \s{1,40} below \s{1,40} in \s{1,40} reasonable \s{1,40} detail`, "i");

/** Part IV's heading words "OTHER INFORMATION". */
export const PART4_TITLE = pattern(String.raw`^ [\s\u2014\u2013.:-]{0,40} (?: PART \s{0,3} [I1]V \s{0,3} [-.:\u2014\u2013]{0,3} \s{0,3} )? OTHER \s{1,40} INFORMATION \s{0,3} (?:\(Official\s Text\))? \s{0,3} $`, "i");

/** Part IV (1): "Name and telephone number of person to contact…". */
export const Q1 = pattern(String.raw`Name \s{1,40} and \s{1,40} telephone \s{1,40} number`, "i");

/** Part IV (2): "Have all other periodic reports…" (or the statement form "All other periodic reports…"). */
export const Q2 = pattern(String.raw`(?: \( \s{0,2} 2 \s{0,2} \) [\s.]{0,6} )? (?: Have \s{1,40} )? all \s{1,40} other \s{1,40} periodic \s{1,40} reports`, "i");

/** Part IV (3): "Is it anticipated that any significant change…" (or the statement form). */
export const Q3 = pattern(String.raw`(?: \( \s{0,2} 3 \s{0,2} \) [\s.]{0,6} )? (?: Is \s{1,40} it | It \s{1,40} is ) \s{1,40} (?: not \s{1,40} )? anticipated \s{1,40} that`, "i");

/** Numbered item start "(1)", "(2)", "(3)" at the beginning of a line. */
export const ITEM_NUMBER = pattern(String.raw`^ \s{0,12} \( \s{0,2} (?<n>[1-3]) \s{0,2} \)`);

/**
 * Part IV (1) printed without its number, the caption opening the line
 * ("Name and telephone number of person to contact…"): with Q1 it anchors
 * Part IV when the "(1)" was dropped.
 */
export const Q1_UNNUMBERED = pattern(String.raw`^ \s* name`, "i");

/** End of the printed (2) question: "…identify report(s)." */
export const Q2_END = pattern(String.raw`identify \s{1,40} (?: the \s{1,40} )? report \s{0,2} (?: \( \s{0,2} s \s{0,2} \) | s )? \.?`, "i");

/** End of the printed (2) question's first sentence "…been filed?" (when the "identify" sentence is left out). */
export const Q2_END_FILED = pattern(String.raw`been \s{1,40} filed \s{0,2} \?`, "i");

/**
 * A Part IV (2) line that asks the printed question ("(2) Have all other
 * periodic reports…", "Have all other…") rather than stating the answer
 * ("All other periodic reports have been filed"). Each optional "(", "2",
 * ")" takes the spaces after it, so a run of spaces is read one way only.
 */
export const Q2_QUESTION_LINE = pattern(String.raw`^ \s* (?: \( \s* )? (?: 2 \s* )? (?: \) \s* )? Have`, "i");

/** A registrant name's tail that is the start of the signature sentence ("ACME, Inc. has"). */
export const TRAILING_HAS = pattern(String.raw`\s{1,40} ha(?:s|ve) \s{0,3} $`, "i");

/** End of the printed (3) question: "…subject report or portion thereof?". */
export const Q3_END = pattern(String.raw`portion \s{1,40} thereof \s{0,2} [?.]`, "i");

/** The (3) instruction "If so, attach an explanation … cannot be made." */
export const Q3_INSTRUCTION = pattern(String.raw`If \s{1,40} so \s{0,2} [,:;]? \s{1,40} attach \s{1,40} an \s{1,40} explanation`, "i");

/** End of the (3) instruction. */
export const Q3_INSTRUCTION_END = pattern(String.raw`cannot \s{1,40} be \s{1,40} made \s{0,2} \.?`, "i");

/** Signature caption "Name of Registrant as Specified in Charter". */
export const SIGNATURE_CAPTION = pattern(String.raw`Name \s{1,40} of \s{1,40} Registrant \s{1,40} as \s{1,40} Specified \s{1,40} in \s{1,40} (?: its \s{1,40} )? Charter`, "i");

/**
 * What may follow the signature caption on its line and still leave the
 * line without a value: spaces, brackets and colons (a dash after it is
 * kept, unlike PART1_CAPTION_TRAIL). Global: removed with `replace`.
 */
export const SIGNATURE_CAPTION_TRAIL = pattern(String.raw`[\s():]`, "g");

/** The signature sentence "has caused this notification/report to be signed…". */
export const SIGNATURE_SENTENCE = pattern(String.raw`ha(?:s|ve) \s{1,40} (?: duly \s{1,40} )? caused \s{1,40} this`, "i");

/** A "SIGNATURE(S)" heading line. */
export const SIGNATURE_HEADING = pattern(String.raw`^ \s{0,40} SIGNATURES? \s{0,3} $`, "i");

/** Start of the form's trailing instructions (after the signature). */
export const INSTRUCTIONS_HEADING = pattern(String.raw`^ \s{0,40} (?: GENERAL \s{1,40} )? (?: INSTRUCTIONS? | ATTENTION ) \b`, "i");

/** A "Forward-looking statements" style heading that ends Part IV's explanation. */
export const FORWARD_LOOKING_HEADING = pattern(String.raw`^ \s{0,20} (?: Cautionary \s{1,40} (?: Note | Statement ) [^\n]{0,40} )? Forward [-\s] Looking \s{1,40} (?: Statements? | Information ) [^\n]{0,60} $`, "i");

// ---------------------------------------------------------------- cover

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

// ---------------------------------------------------------------- Part I

/** Part I caption: full name of registrant. */
export const CAPTION_NAME = pattern(String.raw`(?: Full | Exact ) \s{1,40} Name \s{1,40} of \s{1,40} (?: the \s{1,40} )? Regis [tr]{1,2} ant (?: \s{1,40} as \s{1,40} specified \s{1,40} in \s{1,40} (?: its \s{1,40} )? charter )?`, "i");
/** Part I caption: former name. */
export const CAPTION_FORMER = pattern(String.raw`Former \s{1,40} Name ,? \s{0,3} (?: if \s{1,40} applicable )?`, "i");
/** Part I caption: address of principal executive office. */
export const CAPTION_ADDRESS = pattern(String.raw`Address \s{1,40} of \s{1,40} (?: the \s{1,40} )? Principal \s{1,40} (?: Executive \s{1,40} )? Offices? (?: \s{0,3} [(,] \s{0,2} Street \s{1,40} and \s{1,40} Number \s{0,2} \)? )?`, "i");
/** Part I caption: city, state and zip code. */
export const CAPTION_CITY = pattern(String.raw`City , \s{0,3} State ,? \s{1,40} (?: and \s{1,40} )? Zip \s{0,3} (?: Code )?`, "i");

/** Values that mean "nothing": N/A, None, Not applicable. */
export const NOT_APPLICABLE = pattern(String.raw`^ \s{0,3} (?: N \s{0,2} / \s{0,2} A | N\.A\. | None | Not \s{1,40} Applicable | Inapplicable | \u2014 | - ) \s{0,3} \.? \s{0,3} $`, "i");

/**
 * What may follow the Part I name caption on its line and still leave the
 * line without a value: spaces, brackets, colons, dashes ("(Full Name of
 * Registrant) -"). Global: removed with `replace`.
 */
export const PART1_CAPTION_TRAIL = pattern(String.raw`[\s():\-]`, "g");

/**
 * A line whose text opens with "(": a parenthesised caption printed under
 * its value ("(Name of Registrant as Specified in Charter)").
 */
export const OPENS_WITH_BRACKET = pattern(String.raw`^ \s* \(`);

// ---------------------------------------------------------------- marks

/**
 * A checkbox token as written in text-era filings (and the canonical marks of
 * the HTML front end). Groups tell checked from empty.
 *   checked: [X] [ X ] [x] |X| /X/ / x / (X) _X_ X__ __X ☒, a bare X or XX
 *   empty:   [ ] [] [_] |_| / / ( ) ___ __ ☐
 *   unreadable: ⍰
 */
export const MARK_TOKEN = pattern(String.raw`
  (?<checked>
      \[ \s{0,3} [xX\u2713\u2714] \s{0,3} \]
    | \| \s{0,2} [xX] \s{0,2} \|
    | / \s{0,2} [xX] \s{0,2} /
    | \( \s{0,2} [xX] \s{0,2} \)
    | _{1,4} [xX]{1,2} _{0,4} | [xX]{1,2} _{1,4}
    | \u2612 | \u2611
    | (?<![\w'\u2019&.-]) [xX]{1,2} (?![\w'\u2019&-])
  )
  | (?<empty>
      \[ [\s_]{0,4} \]
    | \| [\s_]{1,3} \|
    | / \s{1,4} /
    | \( \s{1,40} \)
    | _{2,} | \u2610
  )
  | (?<unreadable> \u2370 )
`);

/** A Yes or No answer label. */
export const YES_NO_LABEL = pattern(String.raw`\b (?<yes> YES ) \b | \b (?<no> NO ) \b (?! \s{0,2} \. \s{0,2} \d )`, "i");

/** A bare "YES"/"NO" word opening an answer with no box (fixtures/samples/igene-nt10k-1998.txt). */
export const BARE_YES_NO = pattern(String.raw`^ ( yes | no ) \b`, "i");

/** Rule lines: dashes, underscores, equals signs (also the PEM-escaped "- ----"). */
export const RULE_LINE = pattern(String.raw`^ [\s\-_=*.+|]{0,400} $`);

/** A value made only of dashes, underscores, equals signs and spaces: a drawn rule, or nothing. */
export const DASH_RULE_ONLY = pattern(String.raw`^ [-_=\s]* $`);

/**
 * An "empty box" mark that is only underscores ("____"): in Part II a
 * fill-in rule, not the relief box (MARK_TOKEN counts two or more
 * underscores as an empty box).
 */
export const UNDERSCORES_ONLY = pattern(String.raw`^ _+ $`);

/** Page furniture: "<PAGE> 2", "Page 1 of 4", "-1-", a lone page number. */
export const PAGE_FURNITURE = pattern(String.raw`
  ^ \s{0,80} (?: < \s{0,2} PAGE \s{0,2} > \s{0,4} \d{0,4} | Page \s{1,3} \d{1,3} (?: \s{1,3} of \s{1,3} \d{1,3} )? | - \s{0,2} \d{1,3} \s{0,2} - | \d{1,3} ) \s{0,80} $
  | ^ [^\n]{0,70} \s [-|\u2013\u2014] \s{1,3} Page \s{1,3} \d{1,3} (?: \s{1,3} of \s{1,3} \d{1,3} )? \s{0,20} $   # running header "ACME CORP - FORM 12b-25 - Page 2"
`, "i");

/** SGML table markup inside 1990s text bodies: <TABLE>, <S>, <C>, <CAPTION>, <FN>, <PAGE>. */
export const SGML_TEXT_TAG = pattern(String.raw`< \/? (?: TABLE | CAPTION | S | C | FN | PAGE | R | F\d{1,2} ) >`, "gi");

/** "/s/" conformed-signature prefix. */
export const CONFORMED_SIGNATURE = pattern(String.raw`/ \s{0,2} s \s{0,2} /`, "i");

/** Salutation opening an accountant's letter body. */
export const LETTER_SALUTATION = pattern(String.raw`^ \s{0,20} (?: To \s{1,40} Whom \s{1,40} It \s{1,40} May \s{1,40} Concern | Dear \s{1,40} [^\n:]{1,60} | Gentlemen | Ladies \s{1,40} and \s{1,40} Gentlemen | Sirs? | Madam | To \s{1,40} the \s{1,40} [^\n:]{1,60} ) \s{0,3} [:,] \s{0,3} $`, "i");

/** Sign-off closing an accountant's letter body. */
export const LETTER_SIGN_OFF = pattern(String.raw`^ \s{0,40} (?: Respectfully (?: \s{1,40} (?: yours | submitted ) )? | (?: Very \s{1,40} )? Truly \s{1,40} yours | Yours \s{1,40} (?: very \s{1,40} )? truly | Sincerely (?: \s{1,40} yours )? | Cordially | Yours \s{1,40} faithfully ) \s{0,3} [,.]? \s{0,3} $`, "i");

/** Words that show a text is an accountant's statement under Rule 12b-25(c). */
export const ACCOUNTANT_WORDS = pattern(String.raw`\b (?: independent \s{1,40} (?: registered \s{1,40} public \s{1,40} )? (?: accountants? | auditors? | accounting \s{1,40} firm ) | certified \s{1,40} public \s{1,40} account | Rule \s{1,40} 12b-25 \s{0,2} \( \s{0,2} c \s{0,2} \) | unable \s{1,40} to \s{1,40} (?: complete | express ) ) `, "i");

/** A firm name's legal suffix: "LLP", "& Co.", "P.C.". */
export const FIRM_SUFFIX = pattern(String.raw`\b (?: L\.?L\.?P\.? | LLC | P\.?C\.? | P\.?A\.? | CPAs? | Chartered | & \s{0,2} (?: Company | Co\.? ) | Certified \s{1,40} Public \s{1,40} Accountants ) (?: \s{0,3} , \s{0,3} (?: LLP | P\.C\. ) )? \s{0,2} \.? \s{0,3} $`, "i");

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

/** "REGISTRANT INFORMATION" heading words of Part I. */
export const PART1_TITLE = pattern(String.raw`REGISTRANT \s{1,40} INFORMATION`, "i");

/** A printed hint in parentheses after a caption: "(Street and Number)", "(Official Text)". */
export const CAPTION_HINT = pattern(String.raw`^ \s{0,4} \( [^()\n]{0,40} \) \s{0,4}`, "i");

/** A last address line that is a city, state and ZIP: "Austin, Texas 78746", "Edgewood, NY 11717". */
export const CITY_STATE_ZIP = pattern(String.raw`, \s{0,3} [A-Za-z.][A-Za-z. ]{1,30} \s{1,4} \d{5} (?: - \d{4} )? \b | , \s{0,3} [A-Z]{2} \s{0,4} $`);

/** A telephone number as written: "(408) 944-4000", "410-997-2599", "+65 6252-8998", "212.555.0100 ext. 12". */
export const PHONE = pattern(String.raw`
  (?: \+ \d{1,3} [\s.\-]{0,3} )?
  (?: \( \s{0,2} \d{3} \s{0,2} \) | \d{3} )
  (?: [ \t.\-]{0,30} | \s{0,4} )    # area code and number may stand in the form's two columns
  \d{3} [\s.\-]{0,2} \d{4}
  (?: \s{0,3} (?: ext\.? | extension | x ) \s{0,3} \d{1,6} )?
  | \+ \d{1,3} [\s.\-]{1,4} \d{3,4} [\s.\-]{0,2} \d{4}
`, "i");

/** Printed captions under the contact line: "(Name)", "(Area Code)", "(Telephone Number)". */
export const CONTACT_CAPTION = pattern(String.raw`\( \s{0,2} (?: Name | Area \s{1,40} Code | Telephone \s{1,40} Number | Title ) \s{0,2} \) | (?<![\w]) (?: Name | Telephone (?: \s{1,3} (?: Number | No\. ) )? | Phone | Tel\. ) \s{0,2} :`, "gi");

/** Words of an officer's title, to split "Jane Doe, Chief Financial Officer". */
export const TITLE_WORDS = pattern(String.raw`\b (?: Administrator | Committee | Founder | Owner | Registrar | Coordinator | Head | Officer | President | Controller | Comptroller | Director | Secretary | Treasurer | Counsel | Chairman | Chairwoman | Chair | CEO | CFO | COO | Manager | Vice | Partner | Principal | Member | Trustee | General | Executive | Accounting | Financial | Attorney | Agent ) \b`, "i");

/**
 * Degrees and suffixes that belong to a signer's name, not to the title
 * ("Stephen F. Hiu, Ph.D., President": fixtures/samples/igene-nt10k-1998.txt).
 */
export const NAME_SUFFIX = pattern(String.raw`^ (?: ph\.? \s? d\.? | jr\.? | sr\.? | ii | iii | iv | cpa | esq\.? | m\.? d\.? | j\.? d\.? | mba ) $`, "i");

/**
 * Where a contact's name ends on its line: a dash between spaces or a
 * column gap of three spaces ("Jane Roe - Chief Financial Officer",
 * "Jane Roe          Chief Financial Officer"). A run of spaces the first branch gives
 * up is taken whole by the second, so a split stays linear.
 */
export const NAME_END = pattern(String.raw`\s+ [-\u2013\u2014] \s+ | \s{3,}`);

/** A comma, colon or semicolon left at the end of a name ("Jane Roe,"). */
export const TRAILING_LIST_PUNCTUATION = pattern(String.raw`[,:;] \s* $`);

/** End of the printed (1) question. */
export const Q1_END = pattern(String.raw`notification \s{0,2} [.:]?`, "i");

/** "Date:" / "Dated:" caption of the signature. */
export const DATE_CAPTION = pattern(String.raw`^ \s{0,40} Dated? \s{0,3} [:.]? `, "i");

/** "By:" before the signer. */
export const BY_CAPTION = pattern(String.raw`^ [\s\t]{0,40} By \s{0,2} : `, "i");

/** "Name:" caption under a signature. */
export const NAME_CAPTION = pattern(String.raw`^ [\s\t]{0,40} Name \s{0,2} : \s{0,6}`, "i");

/** "Title:" caption under a signature. */
export const TITLE_CAPTION = pattern(String.raw`^ [\s\t]{0,40} (?: Title | Its ) \s{0,2} : \s{0,6}`, "i");

/** Statement-form answers of Part IV (2): "have been filed" / "have not been filed". */
export const REPORTS_FILED_STATEMENT = pattern(String.raw`ha(?:ve|s) \s{1,40} (?<not> not \s{1,40} )? been \s{1,40} filed`, "i");

/** Statement-form answer of Part IV (3): "It is (not) anticipated that…". */
export const CHANGE_STATEMENT = pattern(String.raw`^ [\s(3).]{0,12} (?: It \s{1,40} is | The \s{1,40} (?: Company | Registrant ) \s{1,40} (?: does \s{1,40} )? ) \s{0,3} (?<not> not \s{1,40} )? (?: anticipated? | expects? )`, "i");

/** Part II's free-form statement that the report will come within the extension. */
export const WILL_BE_FILED_STATEMENT = pattern(String.raw`will \s{1,40} be \s{1,40} filed \s{1,40} (?: on \s{1,40} or \s{1,40} before | within ) \s{1,40} the \s{1,40} (?: fifteenth | fifth | 15th | 5th )`, "i");

/** Part II's "(a)" item: the printed reasons line. */
export const PART2_ITEM_A = pattern(String.raw`\( \s{0,2} a \s{0,2} \) \s{0,12} The \s{1,40} reasons?`, "i");

/** The 10-K-style lead-in "Pursuant to the requirements of the Securities Exchange Act…, the registrant has…". */
export const PURSUANT_LEAD = pattern(String.raw`^ \s{0,20} Pursuant \s{1,40} to \b | \b the \s{1,40} registrant \s{0,3} $`, "i");

/** A parenthesised title continuation: "(Principal Financial and Accounting Officer)". */
export const TITLE_CONTINUATION = pattern(String.raw`^ \s{0,40} \( [^()\n]{3,120} \) \s{0,4} $`);

/** The (2) question's second sentence "If (the) answer is no, identify report(s)." */
export const IF_ANSWER_NO = pattern(String.raw`If \s{1,40} (?: the \s{1,40} )? answer \s{1,40} is \s{1,40} no ,? \s{0,3} identify \s{1,40} (?: the \s{1,40} )? report \s{0,2} (?: \( \s{0,2} s \s{0,2} \) | s )? \.?`, "i");

/** The cover's printed boilerplate lines, which are never a value. */
export const COVER_BOILERPLATE = pattern(String.raw`Nothing \s{1,40} in \s{1,40} this \s{1,40} form | verified \s{1,40} any \s{1,40} information | Read \s{1,40} (?: attached \s{1,40} )? instructions? | Please \s{1,40} print \s{1,40} or \s{1,40} type | OMB \s{1,40} (?: APPROVAL | Number ) | Estimated \s{1,40} average \s{1,40} burden | SEC \s{1,40} 1344`, "i");

/** A cover line that is never Part I's first value: captions of the cover and its boxes. */
export const COVER_LINE = pattern(String.raw`notification \s{1,40} relates | Period \s{1,40} Ended | Transition \s{1,40} (?: Report | Period ) | Check \s{1,40} One | [\u2610\u2612\u2370] | \[ | Form \s{0,2} 1[01] - | verified \s{1,40} any`, "i");

/** "N/A - See Exhibit A", "Not applicable; …": a not-applicable answer with a remark after it. */
export const NOT_APPLICABLE_LEAD = pattern(String.raw`^ \s{0,3} (?: N \s{0,2} / \s{0,2} A | None | Not \s{1,40} Applicable | Inapplicable ) \s{0,3} [-\u2013\u2014,.;:(]`, "i");

/** A defined-term remark after a name: (the "Company"), (the \u201cRegistrant\u201d). */
export const DEFINED_TERM = pattern(String.raw`\s{0,3} \( \s{0,3} (?: the \s{1,40} | hereinafter \s{1,40} )? ["\u201c\u201d'] [^"\u201c\u201d()\n]{1,40} ["\u201c\u201d'] \s{0,3} \)`, "gi");

/** "formerly" before a former name. */
export const FORMERLY = pattern(String.raw`^ \s{0,3} \(? \s{0,3} formerly \s{1,40}`, "i");

/** Words that leave a title unfinished at the end of a line ("Executive Vice President and"). */
export const TITLE_CONNECTOR_END = pattern(String.raw`(?: \b (?: and | of | the | for | & ) | [,\-\u2013] ) \s{0,3} $`, "i");

/** A page-number or <PAGE> line (a page break, not a paragraph break). */
export const PAGE_BREAK_LINE = pattern(String.raw`^ \s{0,80} (?: < \s{0,2} PAGE \s{0,2} > \s{0,4} \d{0,4} | - \s{0,2} \d{1,3} \s{0,2} - | Page \s{1,3} \d{1,3} [^\n]{0,20} | \d{1,3} ) \s{0,80} $`, "i");

/** A rule long enough to separate paragraphs ("----------", "- --------", "=====", "_____"). */
export const SEPARATOR_RULE = pattern(String.raw`^ \s{0,40} [-=_*]{1,3} [\s\-=_*]{0,3} [-=_*]{8,} \s{0,40} $`);

/** Sentence-final punctuation at the end of a text. */
export const SENTENCE_END = pattern(String.raw`[.:;!?)\u201d"] \s{0,3} $`);

/** A short line made only of title words ("Officer", "and Treasurer"): the rest of a wrapped title. */
export const TITLE_TAIL = pattern(String.raw`^ [ \t]* (?: (?: Officer | Director | President | Treasurer | Secretary | Controller | Counsel | Administrator | Manager | Partner | Trustee | and | of | the | Chief | Financial | Executive | Accounting | Operating | Principal ) [\s,]{0,3} ){1,4} \s{0,40} $`, "i");

/**
 * The opening of a forward-looking-statements paragraph ("This notification
 * contains forward-looking statements…", "Certain statements in this Form
 * 12b-25 are forward-looking…"): boilerplate, not an explanation of results.
 */
export const FORWARD_LOOKING_LEAD = pattern(String.raw`^ \s{0,20} (?: This | These | Certain | Statements | The \s{1,3} statements | Except | Information | Some \s{1,3} of \s{1,3} the \s{1,3} statements ) \b [^\n]{0,200} forward [-\s] looking`, "i");

/** "By:" anywhere on a signature line ("Date: March 30, 2000      By: Jane Roe"). */
export const BY_MARK = pattern(String.raw`(?<![\w]) By \s{0,2} : \s{0,3}`, "i");
