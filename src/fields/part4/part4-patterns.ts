/**
 * Patterns of Part IV (other information): the three questions, their
 * printed ends and instructions, the contact and the answers. All are
 * bounded: no nested unbounded quantifiers.
 */
import { pattern } from "../../core/pattern.js";

/** Part IV (2): "Have all other periodic reports…" (or the statement form "All other periodic reports…"). */
export const Q2 = pattern(String.raw`(?: \( \s{0,2} 2 \s{0,2} \) [\s.]{0,6} )? (?: Have \s{1,40} )? all \s{1,40} other \s{1,40} periodic \s{1,40} reports`, "i");

/** Part IV (3): "Is it anticipated that any significant change…" (or the statement form). */
export const Q3 = pattern(String.raw`(?: \( \s{0,2} 3 \s{0,2} \) [\s.]{0,6} )? (?: Is \s{1,40} it | It \s{1,40} is ) \s{1,40} (?: not \s{1,40} )? anticipated \s{1,40} that`, "i");

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

/** End of the printed (3) question: "…subject report or portion thereof?". */
export const Q3_END = pattern(String.raw`portion \s{1,40} thereof \s{0,2} [?.]`, "i");

/** The (3) instruction "If so, attach an explanation … cannot be made." */
export const Q3_INSTRUCTION = pattern(String.raw`If \s{1,40} so \s{0,2} [,:;]? \s{1,40} attach \s{1,40} an \s{1,40} explanation`, "i");

/** End of the (3) instruction. */
export const Q3_INSTRUCTION_END = pattern(String.raw`cannot \s{1,40} be \s{1,40} made \s{0,2} \.?`, "i");

/** A "Forward-looking statements" style heading that ends Part IV's explanation. */
export const FORWARD_LOOKING_HEADING = pattern(String.raw`^ \s{0,20} (?: Cautionary \s{1,40} (?: Note | Statement ) [^\n]{0,40} )? Forward [-\s] Looking \s{1,40} (?: Statements? | Information ) [^\n]{0,60} $`, "i");

/** A Yes or No answer label. */
export const YES_NO_LABEL = pattern(String.raw`\b (?<yes> YES ) \b | \b (?<no> NO ) \b (?! \s{0,2} \. \s{0,2} \d )`, "i");

/** A bare "YES"/"NO" word opening an answer with no box (fixtures/samples/igene-nt10k-1998.txt). */
export const BARE_YES_NO = pattern(String.raw`^ ( yes | no ) \b`, "i");

/** A telephone number as written: "(408) 944-4000", "410-997-2599", "+65 6252-8998", "212.555.0100 ext. 12". */
export const PHONE = pattern(String.raw`
  (?: \+ \d{1,3} [\s.\-]{0,3} )?
  (?: \( \s{0,2} \d{3} \s{0,2} \) | \d{3} )
  (?: [ \t.\-]{0,30} | \s{0,40} )   # area code and number may stand in the form's two columns, or in cells of their own lines apart (a text rendering of an HTML table)
  \d{3} [\s.\-]{0,2} \d{4}
  (?: \s{0,3} (?: ext\.? | extension | x ) \s{0,3} \d{1,6} )?
  | \+ \d{1,3} (?: [\s.\-]{1,4} | \s{1,40} ) \d{3,4} [\s.\-]{0,2} \d{4}
`, "i");

/** Printed captions under the contact line: "(Name)", "(Area Code)", "(Telephone Number)". */
export const CONTACT_CAPTION = pattern(String.raw`\( \s{0,2} (?: Name | Area \s{1,40} Code | Telephone \s{1,40} Number | Title ) \s{0,2} \) | (?<![\w]) (?: Name | Telephone (?: \s{1,3} (?: Number | No\. ) )? | Phone | Tel\. ) \s{0,2} :`, "gi");

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

/** Statement-form answers of Part IV (2): "have been filed" / "have not been filed". */
export const REPORTS_FILED_STATEMENT = pattern(String.raw`ha(?:ve|s) \s{1,40} (?<not> not \s{1,40} )? been \s{1,40} filed`, "i");

/** Statement-form answer of Part IV (3): "It is (not) anticipated that…". */
export const CHANGE_STATEMENT = pattern(String.raw`^ [\s(3).]{0,12} (?: It \s{1,40} is | The \s{1,40} (?: Company | Registrant ) \s{1,40} (?: does \s{1,40} )? ) \s{0,3} (?<not> not \s{1,40} )? (?: anticipated? | expects? )`, "i");

/** The (2) question's second sentence "If (the) answer is no, identify report(s)." */
export const IF_ANSWER_NO = pattern(String.raw`If \s{1,40} (?: the \s{1,40} )? answer \s{1,40} is \s{1,40} no ,? \s{0,3} identify \s{1,40} (?: the \s{1,40} )? report \s{0,2} (?: \( \s{0,2} s \s{0,2} \) | s )? \.?`, "i");

/**
 * The opening of a forward-looking-statements paragraph ("This notification
 * contains forward-looking statements…", "Certain statements in this Form
 * 12b-25 are forward-looking…"): boilerplate, not an explanation of results.
 */
export const FORWARD_LOOKING_LEAD = pattern(String.raw`^ \s{0,20} (?: This | These | Certain | Statements | The \s{1,3} statements | Except | Information | Some \s{1,3} of \s{1,3} the \s{1,3} statements ) \b [^\n]{0,200} forward [-\s] looking`, "i");

/** A Latin letter or a digit: a text holding none is layout only (rules, dots, brackets). */
export const LATIN_LETTER_OR_DIGIT = pattern(String.raw`[A-Za-z0-9]`);

/** A question's number alone on its line ("(3)"), a cell of its own in a text rendering of an HTML table. */
export const QUESTION_NUMBER_ONLY = pattern(String.raw`^ \s{0,40} \( \s{0,2} [1-3] \s{0,2} \) [\s.]{0,6} $`);
