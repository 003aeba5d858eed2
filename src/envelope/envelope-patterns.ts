
/*
 * Patterns of the EDGAR envelope: the SGML wrapper of a submission
 * (`<SEC-DOCUMENT>`, `<SEC-HEADER>`, `<IMS-HEADER>`, `.nc` `<SUBMISSION>`),
 * its `<DOCUMENT>`s and the tags inside them.
 *
 * Lines may end in LF, CRLF or a bare CR (old Mac-made filings), so a line's
 * content is always `[^\r\n]*` and `^`/`$` rely on the `m` flag, which treats
 * CR and LF alike. Values are captured up to the line end and trimmed in code,
 * so no pattern has two quantifiers competing for the same blanks.
 */
import { pattern } from "../core/pattern.js";

/**
 * The text header's `CONFORMED SUBMISSION TYPE:` line (SEC-HEADER and the
 * 1990s IMS-HEADER), e.g. `CONFORMED SUBMISSION TYPE:\t24F-2NT`
 * (fixtures/envelope/real/0000950129-95-001652.txt). The value runs to the
 * end of the line and is trimmed by the caller.
 */
export const CONFORMED_SUBMISSION_TYPE = pattern(
  String.raw`
  ^ [\ \t]* CONFORMED [\ \t]+ SUBMISSION [\ \t]+ TYPE [\ \t]* :
  (?<value> [^\r\n]* )
  `,
  "gim",
);

/**
 * A `<TYPE>` tag at the start of a line: the submission type in a `.nc`
 * `<SUBMISSION>` header (`<TYPE>D`, fixtures/envelope/real/0002002260-24-000001.nc)
 * or a document's type inside `<DOCUMENT>` (`<TYPE>NT 10-K`). The value runs
 * to the end of the line or the next tag. Capitals only, as EDGAR writes it
 * and as the envelope reader expects.
 */
export const TYPE_TAG_LINE = pattern(
  String.raw`
  ^ [\ \t]* <TYPE> (?<value> [^\r\n<]* )
  `,
  "gm",
);

/**
 * The first structural tag of an input decides its kind: `<SUBMISSION>` opens
 * a dissemination-feed `.nc` file; `<SEC-DOCUMENT>` / `<SEC-HEADER>` (and the
 * 1993–1996 `<IMS-DOCUMENT>` / `<IMS-HEADER>`) a full submission, perhaps
 * after a `-----BEGIN PRIVACY-ENHANCED MESSAGE-----` preamble; `<DOCUMENT>` a
 * document envelope without a header (fixtures/envelope/document-nt10ka.htm).
 * EDGAR writes these tags in capitals at the start of a line.
 */
export const STRUCTURE_OPEN = pattern(
  String.raw`
  ^ [\ \t]* < (?<name> SUBMISSION | SEC-DOCUMENT | IMS-DOCUMENT | SEC-HEADER | IMS-HEADER | DOCUMENT ) >
  `,
  "gm",
);

/** The line opening a text header: `<SEC-HEADER>0000950129-95-001652.hdr.sgml : 19960102`. */
export const TEXT_HEADER_OPEN = pattern(
  String.raw`
  ^ [\ \t]* < (?: SEC | IMS ) -HEADER > [^\r\n]*
  `,
  "gm",
);

/**
 * Where a text header ends: its closing tag, or, when that is missing, the
 * first document or the end of the submission.
 */
export const TEXT_HEADER_END = pattern(
  String.raw`
  ^ [\ \t]* (?: < / (?: SEC | IMS ) -HEADER > | <DOCUMENT> | < / (?: SEC | IMS ) -DOCUMENT > )
  `,
  "gm",
);

/** The line opening a `.nc` file: `<SUBMISSION>`. */
export const NC_SUBMISSION_OPEN = pattern(
  String.raw`
  ^ [\ \t]* <SUBMISSION> [^\r\n]*
  `,
  "gm",
);

/** Where a `.nc` header ends: the first document, or `</SUBMISSION>`. */
export const NC_HEADER_END = pattern(
  String.raw`
  ^ [\ \t]* (?: <DOCUMENT> | < / SUBMISSION > )
  `,
  "gm",
);

/**
 * One `KEY: value` line of a text header, e.g.
 * `\t\tCOMPANY CONFORMED NAME:\t\t\tCOMMON SENSE TRUST`. The key runs to the
 * first colon (keys never hold one; values may: times, URLs). Lines that are
 * tags (`<ACCEPTANCE-DATETIME>20250110160730`) do not match.
 */
export const TEXT_HEADER_LINE = pattern(
  String.raw`
  ^ (?<indent> [\ \t]* ) (?<key> [A-Za-z] [^:\r\n<>]* ) : (?<value> [^\r\n]* )
  `,
  "gm",
);

/**
 * One tag of a `.nc` header: `<CONFORMED-NAME>VEPF VIII Co-Invest 4-A, L.P.`
 * (value to the line end or the next tag), a container `<FILER>` (empty
 * value) or a closing tag `</FILER>`.
 */
export const NC_HEADER_TAG = pattern(
  String.raw`
  < (?<close> /? ) (?<name> [A-Z0-9] [A-Z0-9-]* ) > (?<value> [^\r\n<]* )
  `,
  "g",
);

/** A `<DOCUMENT>` at the start of a line. */
export const DOCUMENT_OPEN = pattern(
  String.raw`
  ^ [\ \t]* <DOCUMENT>
  `,
  "gm",
);

/**
 * A tag of a document's head, between `<DOCUMENT>` and `<TEXT>`; the value
 * runs to the line end or the next tag (some hand-made envelopes put
 * `<TYPE>NT 10-K<SEQUENCE>1` on one line).
 */
export const DOCUMENT_HEAD_TAG = pattern(
  String.raw`
  < (?<name> TYPE | SEQUENCE | FILENAME | DESCRIPTION ) > (?<value> [^\r\n<]* )
  `,
  "g",
);

/** The tag opening a document's body. */
export const TEXT_OPEN = pattern(String.raw`<TEXT>`, "g");

/**
 * The tag closing a document's body; found anywhere on a line, since some
 * bodies end `…</HTML></TEXT>` without a line break.
 */
export const TEXT_CLOSE = pattern(String.raw`</TEXT>`, "g");

/**
 * Lines that end a document whatever its state: the next `<DOCUMENT>`, its
 * `</DOCUMENT>`, the end of the submission or of the PEM wrapper. A body
 * whose `</TEXT>` is missing ends at the first of these.
 */
export const DOCUMENT_BOUNDARY = pattern(
  String.raw`
  ^ [\ \t]*
  (?: <DOCUMENT>
    | < / (?: DOCUMENT | SEC-DOCUMENT | IMS-DOCUMENT | SUBMISSION ) >
    | -----END [\ ] PRIVACY-ENHANCED [\ ] MESSAGE-----
  )
  `,
  "gm",
);

/** A `</DOCUMENT>` at the start of a line (the document's own close). */
export const DOCUMENT_CLOSE = pattern(
  String.raw`
  ^ [\ \t]* < / DOCUMENT >
  `,
  "my",
);

/**
 * A body that is not text: EDGAR wraps PDF documents in `<PDF>` and sends
 * graphics, zips and other binaries uuencoded (`begin 644 g12345.jpg`); a raw
 * PDF starts `%PDF-`. Tried at the body's start only (sticky), after blanks.
 */
export const NON_TEXT_BODY = pattern(
  String.raw`
  [\ \t\r\n]*
  (?: (?<pdf> <PDF> | %PDF- )
    | (?<uuencoded> begin [\ \t]+ [0-7]{3,4} [\ \t] )
  )
  `,
  "yi",
);

/** An accession number as written: `0000950129-95-001652`. */
export const ACCESSION_NUMBER = pattern(
  String.raw`
  ^ \d{10} - \d{2} - \d{6} $
  `,
);

/** A header date: `19951228`. */
export const HEADER_DATE = pattern(
  String.raw`
  ^ (?<year> \d{4} ) (?<month> \d{2} ) (?<day> \d{2} ) $
  `,
);

/** A CIK: up to ten digits (zero-padded by the reader). */
export const CIK_VALUE = pattern(
  String.raw`
  ^ \d{1,10} $
  `,
);

/**
 * The SIC code inside the header's classification: `PHARMACEUTICAL
 * PREPARATIONS [2836]` (modern), a bare `8062` (1990s) or, in `.nc`
 * `<ASSIGNED-SIC>`, `2836`. An empty `[]` (fixtures/envelope/real/0000950129-95-001652.txt)
 * means none was assigned. With `d`: the code's offsets are its evidence.
 */
export const SIC_VALUE = pattern(
  String.raw`
  (?: \[ [\ \t]* (?<bracketed> \d{3,4} ) [\ \t]* \] [\ \t]* $ )
  | (?: ^ (?<bare> \d{3,4} ) $ )
  `,
  "d",
);

/** An empty SIC classification: `[]`. */
export const SIC_EMPTY = pattern(
  String.raw`
  ^ \[ [\ \t]* \] $
  `,
);

/** A state of incorporation: two letters or a letter and a digit (`DE`, `E9` for foreign). */
export const STATE_VALUE = pattern(
  String.raw`
  ^ [A-Za-z0-9] [A-Za-z0-9] $
  `,
);

/** A fiscal year end, `MMDD`: `1031`. */
export const FISCAL_YEAR_END_VALUE = pattern(
  String.raw`
  ^ (?<month> \d{2} ) (?<day> \d{2} ) $
  `,
);

/** An SEC file number: `033-11716`, `0-12345`, `001-06263`, `333-12345-01`. */
export const FILE_NUMBER_VALUE = pattern(
  String.raw`
  ^ \d{1,4} - \d{1,8} (?: - \d{1,4} )? $
  `,
);

/*
 * Content markers, matched on the first few thousand characters of a
 * document's visible text (tags dropped, entities decoded, blanks collapsed
 * to one space), case-insensitive. Each named group is one independent marker.
 */

/** A mention of Rule 12b-25: `12b-25`, `12B-25`, and the typo `FORM B-25` (fixtures/envelope/bare-nt10k.txt). */
const RULE_12B25 = String.raw`\b 12 [\ ]? b [\ ]? - [\ ]? 25 \b | \b form [\ ] b - 25 \b`;

/**
 * The printed markers of a Form 12b-25 cover: a document without a `<TYPE>`
 * is taken for a notice when at least two different ones show (igene-style
 * bare text, fixtures/envelope/bare-nt10k.txt).
 */
export const FORM_MARKERS = pattern(
  String.raw`
    (?<rule> ${RULE_12B25} )
  | (?<notification> \b notification [\ ] of [\ ] late [\ ] filing \b )
  | (?<checkOne> \b check [\ ] one \b )
  | (?<registrant> \b full [\ ] name [\ ] of [\ ] registrant \b )
  | (?<transition> \b transition [\ ] report [\ ] on [\ ] form \b )
  | (?<formerName> \b former [\ ] name [\ ] if [\ ] applicable \b )
  | (?<registrantInfo> \b registrant [\ ] information \b )
  `,
  "gi",
);

/**
 * A run of the blanks the visible text of a document collapses to one
 * space (visible-text-head.ts: space, tab, line breaks, form feed, no-break,
 * en and em spaces), except a single space alone, which is already what the
 * run becomes: in plain text most runs are one space between words, and
 * leaving them unmatched makes the replace several times faster. Global:
 * used with `replace`.
 */
export const VISIBLE_BLANK_RUN = pattern(
  String.raw`
  (?: [\t\n\r\f\u00a0\u2002\u2003] | [\ ] (?= [\ \t\n\r\f\u00a0\u2002\u2003] ) )
  [\ \t\n\r\f\u00a0\u2002\u2003]*
  `,
  "g",
);

/**
 * The title of the form: the rule (`FORM 12b-25`, the typo `FORM B-25`) or
 * `NOTIFICATION OF LATE FILING`. The form's structure is looked for after
 * it (form-structure.ts).
 */
export const FORM_TITLE = pattern(
  String.raw`
    ${RULE_12B25}
  | \b notification [\ ] of [\ ] late [\ ] filing \b
  `,
  "gi",
);

/** A report the form can be filed for, as the check-one row prints it: `Form 10-K`, `Form 10-KSB`, `Form N-SAR`. */
const REPORT_NAME = String.raw`\b form [\ ]? (?: 10 -? k (?: sb | 405 )? | 20 -? f | 11 -? k | 10 -? q (?: sb )? | n -? sar | n -? csr | n -? cen | 10 -? d ) \b`;

/**
 * The cover's first question: `(Check One)`, or a row of report types, two
 * names apart by box marks and blanks only (`[X] Form 10-K [ ] Form 20-F`,
 * `Form 10-K and Form 10-KSB`), never by words of a sentence.
 */
export const FORM_REPORT_ROW = pattern(
  String.raw`
    \b check [\ ] one \b
  | ${REPORT_NAME} (?: [^a-z]{0,30} | [^a-z]{0,12} (?: and | or ) [^a-z]{1,12} ) ${REPORT_NAME}
  `,
  "gi",
);

/** The cover's period captions: `For Period Ended`, `Transition Report on Form`, `For the Transition Period Ended`. */
export const FORM_PERIOD_CAPTION = pattern(
  String.raw`
    \b for [\ ] (?: the [\ ] )? (?: transition [\ ] )? period [\ ] ended \b
  | \b transition [\ ] report [\ ] on [\ ] form \b
  `,
  "gi",
);

/** The cover's instructions: `Read Instruction (on back page) Before Preparing Form`, `Nothing in this form shall be construed…`. */
export const FORM_INSTRUCTIONS = pattern(
  String.raw`
    \b nothing [\ ] in [\ ] this [\ ] form [\ ] shall [\ ] be [\ ] construed \b
  | \b read [\ ] (?: attached [\ ] )? instructions? \b
  `,
  "gi",
);

/** The cover's last question: `If the notification relates to a portion of the filing checked above…`. */
export const FORM_PORTION_QUESTION = pattern(String.raw`\b if [\ ] the [\ ] notification [\ ] relates [\ ] to [\ ] a [\ ] portion \b`, "gi");

/** Part I's heading and captions: `PART I`, `REGISTRANT INFORMATION`, `Full Name of Registrant`. */
export const FORM_PART_ONE = pattern(
  String.raw`
    \b part [\ ] (?: i | 1 ) \b (?! [iv] )
  | \b registrant [\ ] information \b
  | \b full [\ ] name [\ ] of [\ ] registrant \b
  `,
  "gi",
);

/**
 * Markers of an accountant's statement under Rule 12b-25(c)
 * (fixtures/envelope/submission-1997-pem.txt, EX-99): accountant language,
 * the explicit rule, and the marks of a letter (salutation, the Commission
 * as addressee with its Washington address, the firm speaking in the first
 * person). A press release attached as EX-99 may speak of the auditors and
 * of Form 12b-25, but not in letter form.
 */
export const LETTER_MARKERS = pattern(
  String.raw`
    (?<accountant>
        \b independent [\ ] (?: registered [\ ] )? (?: public [\ ] )? (?: accountants? | auditors? | accounting [\ ] firm ) \b
      | \b certified [\ ] public [\ ] account (?: ants? | ing | s )? \b
      | \b chartered [\ ] accountants \b
      | \b we [\ ] are [\ ] (?: the [\ ] )? (?: independent [\ ] )? (?: auditors | accountants ) \b
    )
  | (?<rule12b25c> \b 12 [\ ]? b [\ ]? - [\ ]? 25 [\ ]? \( [\ ]? c [\ ]? \) )
  | (?<salutation>
        \b to [\ ] whom [\ ] it [\ ] may [\ ] concern \b
      | \b dear [\ ] (?: sirs? | madams? | sir [\ ] or [\ ] madam | ladies ) \b
      | \b ladies [\ ] and [\ ] gentlemen \b
      | \b gentlemen [\ ]? :
    )
  | (?<addressee> \b securit (?: y | ies ) [\ ] (?: and [\ ] )? exchange [\ ] commission \b [\s\S]{0,160}? \b washington \b )
  | (?<firstPerson> \b we [\ ] have [\ ] (?: read | reviewed | been [\ ] engaged ) \b | \b we [\ ] are [\ ] unable \b )
  `,
  "gi",
);
