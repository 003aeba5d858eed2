/**
 * Patterns shared by several field readers: the form's printed wording that
 * more than one part uses ("Not applicable", rules, conformed signatures,
 * check marks). All are bounded: no nested unbounded quantifiers.
 */
import { pattern } from "../core/pattern.js";

/** Values that mean "nothing": N/A, None, Not applicable. */
export const NOT_APPLICABLE = pattern(String.raw`^ \s{0,3} (?: N \s{0,2} / \s{0,2} A | N\.A\. | None | Not \s{1,40} Applicable | Inapplicable | \u2014 | - ) \s{0,3} \.? \s{0,3} $`, "i");

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

/** A value made only of dashes, underscores, equals signs and spaces: a drawn rule, or nothing. */
export const DASH_RULE_ONLY = pattern(String.raw`^ [-_=\s]* $`);

/** Page furniture: "<PAGE> 2", "Page 1 of 4", "-1-", a lone page number. */
export const PAGE_FURNITURE = pattern(String.raw`
  ^ \s{0,80} (?: < \s{0,2} PAGE \s{0,2} > \s{0,4} \d{0,4} | Page \s{1,3} \d{1,3} (?: \s{1,3} of \s{1,3} \d{1,3} )? | - \s{0,2} \d{1,3} \s{0,2} - | \d{1,3} ) \s{0,80} $
  | ^ [^\n]{0,70} \s [-|\u2013\u2014] \s{1,3} Page \s{1,3} \d{1,3} (?: \s{1,3} of \s{1,3} \d{1,3} )? \s{0,20} $   # running header "ACME CORP - FORM 12b-25 - Page 2"
`, "i");

/** "/s/" conformed-signature prefix. */
export const CONFORMED_SIGNATURE = pattern(String.raw`/ \s{0,2} s \s{0,2} /`, "i");

/** Words of an officer's title, to split "Jane Doe, Chief Financial Officer". */
export const TITLE_WORDS = pattern(String.raw`\b (?: Administrator | Committee | Founder | Owner | Registrar | Coordinator | Head | Officer | President | Controller | Comptroller | Director | Secretary | Treasurer | Counsel | Chairman | Chairwoman | Chair | CEO | CFO | COO | Manager | Vice | Partner | Principal | Member | Trustee | General | Executive | Accounting | Financial | Attorney | Agent ) \b`, "i");

/** "N/A - See Exhibit A", "Not applicable; …": a not-applicable answer with a remark after it. */
export const NOT_APPLICABLE_LEAD = pattern(String.raw`^ \s{0,3} (?: N \s{0,2} / \s{0,2} A | None | Not \s{1,40} Applicable | Inapplicable ) \s{0,3} [-\u2013\u2014,.;:(]`, "i");

/** A page-number or <PAGE> line (a page break, not a paragraph break). */
export const PAGE_BREAK_LINE = pattern(String.raw`^ \s{0,80} (?: < \s{0,2} PAGE \s{0,2} > \s{0,4} \d{0,4} | - \s{0,2} \d{1,3} \s{0,2} - | Page \s{1,3} \d{1,3} [^\n]{0,20} | \d{1,3} ) \s{0,80} $`, "i");

/** A rule long enough to separate paragraphs ("----------", "- --------", "=====", "_____"). */
export const SEPARATOR_RULE = pattern(String.raw`^ \s{0,40} [-=_*]{1,3} [\s\-=_*]{0,3} [-=_*]{8,} \s{0,40} $`);

/** Sentence-final punctuation at the end of a text. */
export const SENTENCE_END = pattern(String.raw`[.:;!?)\u201d"] \s{0,3} $`);
