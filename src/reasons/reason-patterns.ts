import { pattern } from "../core/pattern.js";
import { startsWithWordCharacter } from "./regex-source.js";

/*
 * Patterns of the reason coder (Part III narrative, Part IV (3) explanation,
 * accountant's letter): sentence and clause boundaries, negation and hedging
 * cues, amounts, metrics and periods of the Part IV (3) explanation, and the
 * registrant's stated intent about the 12b-25(b) extension.
 *
 * The category vocabulary itself lives in one table, src/reasons/reason-table.ts,
 * written with `phrase()` below so that each entry reads like the words it
 * looks for.
 *
 * Every pattern runs in linear time: gaps between words are bounded
 * (`~3` = at most three words), words and blanks are disjoint classes, and no
 * unbounded quantifier is nested in another.
 */

/**
 * Between two words of a phrase: blanks (perhaps after a comma: "its President,
 * who is also its principal financial officer, was hospitalized"), or nothing when the blanks were
 * already taken by an optional group that ends in one ("of (?:its )?~3
 * assets" reads "of assets" as well as "of its assets").
 */
const WORD_SEPARATOR = String.raw`(?:,?\s+|(?<=\s))`;

/** Characters of a word inside a bounded gap: anything but blanks and clause punctuation. */
const GAP_WORD = String.raw`[^\s;:!?]{1,40}`;

/**
 * Compiles a readable phrase to a case-insensitive, global RegExp (through
 * `pattern()`):
 * - words are separated by single spaces; a space matches any run of blanks
 *   (narratives come with non-breaking spaces and line breaks inside phrases),
 *   and an optional group may carry its own trailing blank (`(?:the )?`);
 * - a word `~N` (N one or two digits) skips up to N words, never across `;`, `:`, `!` or `?`;
 * - everything else is regular-expression syntax (alternations, `\w*` stems,
 *   `[-\s]` for "first-year" / "first year");
 * - the phrase must start and end at word edges (`\b` when it always starts
 *   with a word character, as nearly every phrase does).
 *
 * Example: `phrase("(?:complete|finali[sz]e) ~3 audit")`.
 */
export function phrase(source: string): RegExp {
  return pattern(phraseSource(source), "gi");
}

/**
 * `phrase()` of several alternatives, one per array entry, so that a
 * vocabulary reads as a list: `anyPhrase(["going concern", "Chapter (?:7|11)"])`.
 */
export function anyPhrase(list: readonly string[]): RegExp {
  return phrase(alternatives(list));
}

/** Several phrase-syntax alternatives as one group, for use inside other phrases. */
export function alternatives(list: readonly string[]): string {
  return `(?:${list.join("|")})`;
}

/** The RegExp source `phrase()` compiles, for composing larger patterns. */
export function phraseSource(source: string): string {
  const tokens = source.split(" ").filter((t) => t !== "");
  let out = "";
  let afterGap = false;
  tokens.forEach((token, i) => {
    const gap = (token.length === 2 || token.length === 3) && token.startsWith("~") ? Number(token.slice(1)) : Number.NaN;
    if (i > 0 && !afterGap) out += WORD_SEPARATOR;
    if (Number.isInteger(gap)) {
      out += `(?:${GAP_WORD}\\s+){0,${gap}}`;
      afterGap = true;
    } else {
      if (token.includes("~")) throw new Error(`phrase: a gap must be a word of its own: ${token}`);
      out += token;
      afterGap = false;
    }
  });
  // `\b` where the phrase always starts with a word character: the same test as `(?<!\w)`, but a
  // pattern opening with a lookbehind keeps the engine from skipping ahead to where it can match
  const edge = startsWithWordCharacter(out) ? String.raw`\b` : String.raw`(?<!\w)`;
  return String.raw`${edge}(?:${out})(?!\w)`;
}

/** A run of blanks, for collapsing names and periods to single spaces. */
export const BLANK_RUN = pattern(String.raw`\s+`, "g");

/* ------------------------------------------------------------------ */
/* Sentences and clauses                                               */
/* ------------------------------------------------------------------ */

/**
 * A candidate sentence end: `.`, `!` or `?` (perhaps followed by closing
 * quotes or brackets) and blanks, or a paragraph break. The caller decides
 * whether a period ends an abbreviation (`Inc.`, `No.`, `U.S.`) instead.
 */
export const SENTENCE_END = pattern(
  String.raw`
  (?<stop> [.!?] ["'”’)\]]{0,3} ) (?<blank> \s+ )
  | (?<para> \n [\ \t\u00a0]* \n \s* )
  `,
  "g",
);

/**
 * The word before a period, read backwards from the period: letters and
 * inner periods (`U.S`, `p.m`, `e.g`, `Inc`). Applied to the reversed tail
 * of at most 12 characters, so bounded.
 */
export const WORD_BEFORE_PERIOD = pattern(
  String.raw`
  (?<word> [A-Za-z] [A-Za-z.]{0,10} ) $
  `,
);

/**
 * Abbreviations after which a period never ends a sentence: titles,
 * `No. 2018-12` (fixtures/reasons/dev.jsonl, Atlantic American), `U.S.`,
 * `e.g.`, `i.e.`, `approx.`, `Sec.`, `vs.`.
 */
export const ABBREVIATIONS_NEVER_ENDING = new Set([
  "mr", "mrs", "ms", "dr", "prof", "no", "nos", "st", "jr", "sr", "vs", "v", "e.g", "i.e", "eg", "ie", "approx",
  "sec", "art", "para", "fig", "u.s", "u.k", "u.s.a", "s.a", "n.v", "s.p.a", "b.v", "a.g", "ste", "dept", "est",
]);

/**
 * Abbreviations that end a company's name (`Holdings, Inc.`) or a time
 * (`5:30 p.m.`): they end a sentence only when a capitalised word follows
 * ("…Allison Transmission Holdings, Inc. The process…", Dana in
 * fixtures/reasons/dev.jsonl), never before `(the “Company”)`.
 */
export const ABBREVIATIONS_SOMETIMES_ENDING = new Set([
  "inc", "corp", "co", "ltd", "llc", "l.l.c", "l.p", "lp", "plc", "p.m", "a.m", "etc", "bros", "intl",
]);

/** A small letter: text without one is written in capitals (1990s notices). */
export const SMALL_LETTER = pattern(String.raw`[a-z]`);

/** Two capitals in a row: the text has words in capitals, not just digits. */
export const CAPITAL_PAIR = pattern(String.raw`[A-Z]{2}`);

/** A capitalised word or a digit: what a new sentence starts with. */
export const SENTENCE_START = pattern(
  String.raw`
  ^ ["'“‘(\[]{0,2} [A-Z0-9]
  `,
);

/**
 * Where a clause ends inside a sentence, for the scope of a negation cue:
 * `;`, `:`, a dash, or a connective that starts a new clause (a cause, a
 * contrast, a relative clause). "The Company does not expect a restatement,
 * but the audit is not complete" keeps the audit; "not due to any dispute
 * with its auditors" is one clause.
 */
export const CLAUSE_BREAK = pattern(
  String.raw`
  [;:–—]
  | (?<! \b not \s ) \b (?: because | due \s+ to | as \s+ a \s+ result ) \b
  | \b (?: since | but | however | although | though
       | while | whereas | which | who | until | unless | instead | rather | in \s+ addition
       | additionally | moreover | furthermore | further | also | so \s+ that | in \s+ order \s+ to
       | and \s+ (?: the | its | our | their | it | we | to | that ) ) \b
  `,
  "gi",
);

/**
 * Negation cues that deny what follows them in the same clause:
 * "no disagreements with the auditors", "not the result of any restatement",
 * "does not anticipate any material weakness", "is not aware of any
 * investigation", "neither … nor", "other than", a matter already "remediated" or
 * "resolved" (heldout-129: "remediated the material weakness … identified in
 * 2022"). Bare "not" is no cue: "the
 * report could not be completed and audited by the independent auditor"
 * states the cause (fixtures/reasons/dev.jsonl, 0001477932-25-002225).
 */
export const NEGATION_BEFORE = pattern(
  String.raw`
  \b not \s+ (?: in \s+ )? (?= default | breach | violation | arrears )
  # "no disagreements with its accountants on any matter of accounting principles", "will have no impact
  # on … its liquidity", "expects to be in compliance with its financial covenants"
  | \b no \s+ (?: disagreements? | disputes? ) \b
  | \b (?: no | not \s+ (?: have \s+ )? (?: any | an? ) ) \s+ (?: \w+ \s+ ){0,2}? (?: impact | effect | bearing ) \s+ (?: on | upon ) \b
  | (?<! \b not \s+ | n['’]t \s+ ) \b (?: be | is | are | was | were | remains? | remained | being | been ) \s+ in \s+ (?: full \s+ )? compliance \s+ with \b
  | (?<! \b not \s+ | n['’]t \s+ ) \b (?: has | have | had ) \s+ complied \s+ with \b
  | \b (?: neither | nor | absent | absence \s+ of | other \s+ than | unrelated \s+ to | irrespective \s+ of
       | regardless \s+ of | apart \s+ from | excluding | rule \s+ out | ruled \s+ out ) \b
  | \b not \s+ (?: be \s+ | been \s+ | have \s+ | had \s+ | being \s+ )?
       (?: (?: a | an | the | any | in ) \s+ )? (?: direct \s+ | indirect \s+ )?
       (?: result | resulting | due | related | relating | attributable | caused | because | connected
         | associated | linked | tied | a \s+ consequence | in \s+ connection | the \s+ subject | subject
         | aware | expected | anticipated | believed | likely | involved ) \b
  | (?<! \b not \s | n['’]t \s ) \b (?: remediated | cured | rectified | resolved (?! \s+ to \b ) ) \b
  | \b (?: do | does | did | is | are | was | were | has | have | had | will | would | can | could | should | may )
       (?: \s+ not | n['’]t ) \s+ (?: currently \s+ | presently \s+ | yet \s+ | now \s+ | at \s+ this \s+ time \s+ )?
       (?: anticipate | expect | believe | identif\w* | aware | involve | relate | reflect | indicate | require
         | impact | affect | know | contemplate | foresee | see | consider | result | arise | stem | have \s+ any
         | concern | include | constitute | represent | think | intend | plan ) \b
  `,
  "gi",
);

/**
 * Determiner negations, which deny only the words right after them: "no
 * disagreements with the auditors", "no material weakness", "none of the
 * restatement adjustments", "not … any investigation", "without any". The
 * caller lets them reach a few words only: "a shell company with no revenues
 * that lacks the funds to pay for the audit" still states the audit.
 */
export const NEGATION_DETERMINER = pattern(
  String.raw`
  \b no \b (?! \s+ (?: later | longer | assurances? | guarantee | more \s+ than | doubt ) \b )
  | \b none \s+ of \b
  | \b not \s+ (?: \w+ \s+ ){0,3}? any \b
  | \b without \s+ any \b
  `,
  "gi",
);

/** Where a determiner negation ends: "no revenues and lacks the funds", "no revenues, but". */
export const DETERMINER_STOP = pattern(
  String.raw`
  [,;:] | \b (?: and | but | while | which | that ) \b
  `,
  "i",
);

/**
 * Negation after the phrase, within the same clause: "a restatement is not
 * expected", "no material weakness was identified" is caught before; this
 * catches "material weaknesses were not identified", "is not required".
 * "The audit is not complete" is not a negation of the audit's delay.
 *
 * The skipped words are read in one way only: a piece is 30 word
 * characters or the rest of a shorter word. With `\s*` between pieces of
 * any length 1–30, an 80-letter run could be cut into up to four pieces in
 * thousands of ways, each tried: 3 ms per phrase, 20 s per MB of narrative
 * (test/robustness/worst-cases.test.ts). Same strings accepted.
 */
export const NEGATION_AFTER = pattern(
  String.raw`
  ^ (?: \s* (?: [\w’'-]{30} | [\w’'-]{1,29} (?! [\w’'-] ) ) ){0,4}? \s+
  (?: is | are | was | were | will \s+ be | would \s+ be | has \s+ been | have \s+ been | had \s+ been | be )
  \s+ not \s+ (?: currently \s+ | presently \s+ )?
  (?: expected | anticipated | required | identified | necessary | needed | likely | believed | considered
    | contemplated | a \s+ factor | the \s+ cause | the \s+ reason | related | a \s+ result | involved ) \b
  `,
  "i",
);

/**
 * A matter said to be settled after the phrase, anywhere later in the same
 * sentence: "a comment letter …, all of which comments have since been
 * resolved" (fixtures/reasons/heldout.jsonl, heldout-106), "its internal
 * control over financial reporting was effective" (heldout-129), "the new
 * accounting software … without disruption" (heldout-087). "Has not been
 * remediated" and "was not effective" are not settled; "a software issue …
 * that was resolved" (OPAL Fuels in fixtures/reasons/dev.jsonl) still caused
 * the delay, and the caller ignores this when a cause cue comes first.
 */
export const RESOLVED_AFTER = pattern(
  String.raw`
  ^ [^.;]{0,150}? \b
  (?: (?: has | have | had ) \s+ (?: since \s+ | now \s+ | already \s+ | subsequently \s+ | previously \s+ )? been
      \s+ (?: fully \s+ | satisfactorily \s+ | successfully \s+ )? (?: resolved | remediated | cured | rectified | withdrawn )
    # "internal control … was effective as of December 31", not a standard "effective for", "effective January 1"
    | (?: was | were | is | are | remains? ) \s+ effective \b
      (?! \s+ (?: for | on | from | beginning | starting | upon | with | in | January | the \s+ first ) \b | \s+ as \s+ of \s+ (?: January \s+ 1 \b | the \s+ (?: first | beginning ) ) )
    | without \s+ (?: any \s+ )? (?: significant \s+ | material \s+ | major \s+ )? (?: disruptions? | interruptions? | problems? | issues? | difficult\w* | incident | delays? )
    # finished at a past time, with nothing after it tying it to the delay: "The system integration
    # associated with the merger was completed in the fourth quarter of 2024."
    | (?: was | were | had \s+ been ) \s+ (?: successfully \s+ | fully \s+ | substantially \s+ )? (?: completed | finished | concluded )
      \s+ (?: in | during | on | by | as \s+ of | prior \s+ to ) \s+ (?: the \s+ )?
      (?: first | second | third | fourth | last | prior | previous | fiscal | calendar | early | mid | late
        | January | February | March | April | May | June | July | August | September | October | November | December | \d )
      (?! [^.;]* \b (?: delay\w* | caus\w* | result\w* | requir\w* | (?: additional | more ) \s+ time | unable | continu\w* | ongoing ) \b )
  ) \b
  `,
  "i",
);

/**
 * A sentence that says what the delay is NOT due to: "the delay is not
 * related to its financial condition", "the Company's inability to timely
 * file … is not attributable to the pandemic", "the delay is unrelated to the
 * Company's liquidity", "none of which has contributed to the delay", "does
 * not expect that the investigation will affect the timing of the filing"
 * (heldout-035, -044, -064, -078, -120, -141). What such a sentence mentions
 * before the disclaimer is the matter disclaimed, not a cause.
 */
export const DELAY_DISCLAIMER = pattern(
  String.raw`
  \b (?: delay | delays | lateness | late \s+ filing | inability \s+ to \s+ (?: timely \s+ )? file | failure \s+ to \s+ (?: timely \s+ )? file
       | (?: this | the ) \s+ (?: notification | notice | filing \s+ of \s+ this ) )
    (?: \s+ [\w’'-]{1,30} ){0,6}? \s+ (?: is | was | are | were | has \s+ been )
    \s+ (?: not \s+ (?: in \s+ any \s+ way \s+ | directly \s+ | solely \s+ )? (?: the \s+ result | a \s+ result | due | related | attributable | caused | connected | because | a \s+ consequence ) | unrelated ) \b
  | \b none \s+ of \s+ (?: which | these | those | such | the \s+ \w+ ) \s+ (?: \w+ \s+ ){0,2}? (?: has | have | had | is | are | was | were )
    \s+ (?: \w+ \s+ )? (?: contributed | related | caused | affected | responsible ) \b
  | \b (?: do | does | did ) \s+ not \s+ (?: currently \s+ )? (?: expect | believe | anticipate ) \s+ (?: that \s+ )? (?: [\w’'-]{1,30} \s+ ){0,8}?
    (?: will | would | to ) \s+ (?: \w+ \s+ )? (?: affect | delay | impact ) \s+ (?: the \s+ )? (?: timing | filing | timely )
  # "Year 2000 remediation efforts are complete and have not affected the preparation of the financial statements" (heldout2-047)
  | \b (?: has | have | had | did | does | do ) \s+ not \s+ (?: in \s+ any \s+ way \s+ | materially \s+ )?
    (?: affected | impacted | delayed | contributed \s+ to | caused ) \s+ (?: the \s+ )? (?: preparation | timing | filing | completion | delay )
  # the matter named first, its part in the delay denied after: "The reverse stock split has no bearing on the
  # delay" (heldout4-071), "the offering is not a factor in the delay", "the review does not relate to the delay"
  | \b (?: has | have | had ) \s+ (?: no | not \s+ had \s+ any ) \s+ (?: bearing | relation | connection | effect | impact | influence )
    \s+ (?: on | upon | to | with ) \s+ (?: the \s+ | this \s+ )? (?: delay | timing | filing | lateness | late \s+ filing )
  | \b (?: is | are | was | were ) \s+ not \s+ (?: a | an | the ) \s+ (?: cause | reason | factor ) \s+ (?: of | for | in ) \s+ (?: the \s+ | this \s+ )? (?: delay | lateness | late \s+ filing )
  | \b (?: do | does | did ) \s+ not \s+ (?: relate | contribute ) \s+ to \s+ (?: the \s+ | this \s+ )? (?: delay | lateness | late \s+ filing )
  `,
  "gi",
);

/**
 * A disclaimer that names, after it, what the delay is not due to: "This
 * delay in filing is not the result of any disagreements with the
 * Company's independent registered public accounting firm on any matter of
 * accounting principles or practices, financial statement disclosure, or
 * auditing scope or procedure". Everything it lists, however long the
 * list, is denied, up to a contrast that turns back to the cause ("but",
 * "rather", "instead", CONTRAST_TURN).
 */
export const DELAY_DENIED_CAUSE = pattern(
  String.raw`
  \b (?: delay | delays | lateness | late \s+ filing | inability \s+ to \s+ (?: timely \s+ )? file | failure \s+ to \s+ (?: timely \s+ )? file
       | (?: this | the ) \s+ (?: notification | notice | filing \s+ of \s+ this ) )
    (?: \s+ [\w’'-]{1,30} ){0,6}? \s+ (?: is | was | are | were | has \s+ been )
    \s+ (?: not \s+ (?: in \s+ any \s+ way \s+ | directly \s+ )? (?: the \s+ result \s+ of | a \s+ result \s+ of | due \s+ to | related \s+ to
         | attributable \s+ to | caused \s+ by | connected \s+ (?: to | with ) | because \s+ of | a \s+ consequence \s+ of ) | unrelated \s+ to ) \b
  `,
  "gi",
);

/** Where a denial turns back to the cause: "not due to X, but to Y", "rather", "instead". */
export const CONTRAST_TURN = pattern(
  String.raw`
  \b (?: but | rather | instead | however | except ) \b | [;:]
  `,
  "i",
);

/**
 * A sentence that opens with a condition ("If …", "In addition, if …",
 * "However, in the event that …") and is not itself a question.
 */
export const CONDITION_FIRST = pattern(
  String.raw`
  ^ \W* (?: (?: in \s+ addition | additionally | however | further | furthermore | moreover | also | and | but | finally | accordingly ) \W+ )? $
  `,
  "i",
);

/**
 * The main clause after a condition, when it says what could follow: ", it
 * may impact the Company's ability to continue as a going concern", ", the
 * Company could be forced to curtail its operations". What the whole
 * sentence names is then hypothetical.
 */
export const MODAL_CONSEQUENCE = pattern(
  String.raw`
  ^ [\s,]* (?: then \s+ )? (?: [\w’'-]{1,30} \s+ ){0,5}? (?: could | may | might | would ) \b
  `,
  "i",
);

/**
 * A sentence that looks back at the one before it and disclaims it as a
 * cause: "None of these actions relates to the delay in filing", "These
 * matters have no bearing on the timing of the report", "The foregoing is not
 * related to the delay" (heldout4-046, where the class actions of the
 * previous sentence are background). It must open with the back-reference,
 * deny a link, and name the delay or the filing; the caller then reads no
 * reason in the sentence before it.
 */
export const BACKWARD_DISCLAIMER = pattern(
  String.raw`
  ^ ["'“‘(]?
  (?: None \s+ of \s+ (?: these | those | such | the \s+ foregoing | the \s+ above | them ) (?: \s+ [\w’'-]{1,30} ){0,3}? \s+
        (?: relates? | related | is \s+ related | are \s+ related | was \s+ related | were \s+ related
          | (?: has | have | had ) \s+ (?: any \s+ )? (?: bearing | relation | connection | contributed | caused | affected | delayed )
          | contributed | caused | affected | delayed | is \s+ (?: a \s+ )? (?: cause | reason | factor ) | are \s+ (?: a \s+ )? (?: causes? | reasons? | factors? ) )
    # "This delay is not related to any dispute …" speaks of the delay, not of the sentence before
    | (?: These | Those | Such | This | That | The \s+ foregoing | The \s+ above | Neither | Both )
      (?! \s+ (?: delays? | lateness | late | extension | notice | notification | filing | request ) \b )
      (?: \s+ [\w’'-]{1,30} ){0,3}? \s+
        (?: (?: do | does | did ) \s+ not \s+ (?: relate | affect | contribute | cause | bear ) | (?: is | are | was | were ) \s+ (?: unrelated | not \s+ (?: related | connected | attributable | the \s+ cause | a \s+ cause | a \s+ factor | a \s+ reason | the \s+ reason ) )
          | (?: has | have | had ) \s+ (?: no | not ) \s+ (?: bearing | relation | connection | effect | impact | contributed | affected | caused | delayed ) ) )
  \b [^.;]{0,80}? \b (?: delay\w* | late | lateness | filing | timing | inability | report | Form ) \b
  `,
  "i",
);

/**
 * A restatement told as finished history: "As previously disclosed, in 2010
 * the Company restated its financial statements for fiscal 2008 …"
 * (heldout4-035, where the delay is said next to be caused by something
 * else). The sentence opens with "as previously disclosed/reported" and puts
 * a completed restatement in a past year; an ongoing one ("is restating",
 * "determined to restate"), or one the sentence itself ties to the delay,
 * does not match.
 */
export const PAST_RESTATEMENT_HISTORY = pattern(
  String.raw`
  # not when the same sentence ties it to the delay ("… restated its financial statements, and the
  # restatement has delayed the closing of later quarters")
  ^ (?! [^.;]* \b (?: delay\w* | late | unable | inability | additional \s+ time | more \s+ time | as \s+ a \s+ result | caus\w* | due \s+ to | needs? | requir\w* | continu\w* | ongoing ) \b )
  ["'“‘(]? As \s+ (?: was \s+ | has \s+ been \s+ )? previously \s+ (?: disclosed | reported | announced ) ,? \s+
  in \s+ (?: fiscal \s+ (?: year \s+ )? )? (?: 19 | 20 ) \d\d ,? \s+
  (?: the \s+ Company | the \s+ Registrant | we | it | the \s+ Partnership | the \s+ Trust | the \s+ Bank ) \s+ (?: had \s+ )? restated \b
  `,
  "i",
);

/**
 * A sentence that only places a known matter in the report or in history,
 * without tying it to the delay: "These errors relate to the previously
 * disclosed material weakness in our revenue accounting process", "The
 * Company will continue to report in its Form 10-K material weaknesses
 * related to its internal controls", "The Form 10-K will further describe
 * this material weakness". What it names is known already, not why the
 * report is late; a sentence that also says the matter delays the report,
 * needs time or causes something does not match, nor does a matter newly
 * reported ("management expects to report a material weakness",
 * heldout3-004).
 */
export const KNOWN_MATTER_MENTION = pattern(
  String.raw`
  ^ (?! [\s\S]* \b (?: delay\w* | late | unable | inability | additional \s+ time | more \s+ time | as \s+ a \s+ result
      | caus\w* | due \s+ to | because | needs? | needed | requir\w* | result\w* \s+ in | pending | until | complet\w* | finali[sz]\w* ) \b )
  [\s\S]*? \b (?: (?: previously | already | earlier ) \s+ (?: disclosed | reported | identified | described | announced )
      | continue \s+ to \s+ (?: report | disclose | describe ) | further \s+ (?: report | disclose | describe ) ) \b
  `,
  "i",
);

/**
 * A sentence that opens with a concession and then names the delay's cause:
 * "Although the Company is evaluating its internal controls …, the delay in
 * filing this report is attributable to the need to finalize the accounting
 * for the settlement …" (heldout2-053). What the concession mentions is not
 * the cause; the caller drops it when `DELAY_ATTRIBUTION` follows.
 */
export const CONCESSIVE_OPENING = pattern(
  String.raw`
  ^ ["'“‘(]? (?: Although | Though | While | Whilst | Even \s+ though | Despite | Notwithstanding ) \b
  `,
  "i",
);

/** The main clause of a concessive sentence: "the delay in filing this report is attributable to". */
export const DELAY_ATTRIBUTION = pattern(
  String.raw`
  \b (?: delay | delays | lateness | late \s+ filing | inability \s+ to \s+ (?: timely \s+ )? file | reason \s+ for \s+ (?: the \s+ )? (?: delay | late \s+ filing ) )
    (?: \s+ [\w’'-]{1,30} ){0,6}? \s+ (?: is | was | are | were | has \s+ been )
    \s+ (?: primarily \s+ | principally \s+ | solely \s+ | entirely \s+ | largely \s+ | instead \s+ | rather \s+ )?
    (?: attributable | due | related | the \s+ result | a \s+ result | caused | because )
  `,
  "i",
);

/**
 * Before a disclaimer, a stated cause keeps what it names: "As a result of
 * the material weakness, more time is needed; the delay is not related to
 * any disagreement with the auditors".
 */
export const CAUSE_CUE = pattern(
  String.raw`
  \b (?: because | due \s+ to | as \s+ a \s+ (?: result | consequence ) | result (?: ed | s | ing )? \s+ (?: of | from | in )
       | caused \s+ by | owing \s+ to | on \s+ account \s+ of | (?: additional | more | further | extra ) \s+ time
       | needs? | needed | requires? | required | unable | delayed ) \b
  `,
  "i",
);

/**
 * A sentence that comments on results, as Part IV (3) does, when it stands
 * in the narrative: a metric moving or compared ("net sales … compared to
 * $35.6 million for 1996, an increase attributable primarily to the
 * acquisition of …", "the decrease in the net loss is primarily due to the
 * absence … of the goodwill impairment charge", heldout-030, -097, -133).
 * Such a sentence explains the figures, not the delay, unless it also speaks
 * of the delay (DELAY_CONTEXT).
 */
export const RESULTS_CUE = pattern(
  String.raw`
  \b (?: compared \s+ (?: to | with ) | as \s+ compared | versus | (?: expects? | anticipates? | will ) \s+ (?: to \s+ )? report (?: ing )?
       | (?: increase | decrease | decline | reduction | improvement | growth | rise | drop ) s? \s+ (?: in | of ) )
  \b
  | \b (?: to | will | would ) \s+ (?: \w+ \s+ )? (?: increase | decrease | decline | improve | rise | fall ) \b
  | \b (?: increased | decreased | declined | improved | rose | fell ) \s+ (?: by | to | from | approximately | \$ )
  # a follow-up sentence on the same figures: "The decline reflects the loss of its largest customer" (heldout2-011)
  | ^ \W* (?: the | this | these | such ) \s+ (?: increase | decrease | decline | improvement | change | growth | reduction | drop | loss | variance ) s?
    \s+ (?: \w+ \s+ )? (?: reflects? | reflected | is | was | were | resulted | results | relates | related | primarily | principally | mainly | due | attributable )
  `,
  "i",
);

/** A percentage in a results sentence: "a decrease of 8%", "up 12 percent". */
export const PERCENT_FIGURE = pattern(
  String.raw`
  \d (?: \.\d+ )? \s? (?: % | percent \b | per \s+ cent \b )
  `,
  "i",
);

/** A blank line between two sentences: they are in different paragraphs. */
export const PARAGRAPH_BREAK = pattern(
  String.raw`
  \n [\ \t\u00a0]* \n
  `,
);

/** Words that tie a results sentence to the delay after all: "cannot be estimated until the audit is complete". */
export const DELAY_CONTEXT = pattern(
  String.raw`
  \b (?: (?: additional | more | further | extra ) \s+ time | delay\w* | unable | not \s+ (?: yet \s+ )? (?: able | complete[d]? | final | finali[sz]ed | determined | available | known )
       | until | pending | await\w* | cannot | can\s?not | could \s+ not | finali[sz](?: e | ing | ation ) | complete | completing | completion | needs? | requires? | reasonabl[ey] \s+ estimat\w* ) \b
  `,
  "i",
);

/**
 * Sentences that hedge rather than state a cause, and are skipped whole:
 * forward-looking-statement disclaimers ("Private Securities Litigation
 * Reform Act" would otherwise read as litigation), "actual results may differ
 * … due to … the audit of our financial statements" (Skillz in
 * fixtures/reasons/dev.jsonl: no auditor reason), risk-factor lists.
 */
export const HEDGED_SENTENCE = pattern(
  String.raw`
  forward[-\s]looking \s+ (?: statements? | information )
  | Private \s+ Securities \s+ Litigation \s+ Reform
  | safe \s+ harbor
  | (?: actual | final ) \s+ (?: \w+ \s+ ){0,2}? results? \s+ (?: may | could | might | will | can ) \s+ (?: \w+ \s+ )? differ
  | could \s+ cause \s+ (?: \w+ \s+ ){0,3}? (?: results? | outcomes? | events? ) \s+ to \s+ differ
  | risks? \s+ and \s+ uncertaint
  | (?: are | is | remain ) \s+ subject \s+ to \s+ change
  | Risk \s+ Factors
  `,
  "i",
);

/**
 * Where a forward-looking-statements section opens: its heading ("Forward-
 * Looking Statements", "Safe Harbor", "Cautionary Note Regarding …") or its
 * first sentence ("This notification contains forward-looking statements
 * within the meaning of the Private Securities Litigation Reform Act").
 * Everything from there to the end of the text is that section: its lists
 * of risks name categories ("the outcome of litigation, the loss of key
 * personnel") without stating a cause of the delay.
 */
export const FORWARD_LOOKING_OPENER = pattern(
  String.raw`
  \b forward [-\s] looking \s+ (?: statements? | information ) \b
  | \b safe \s+ harbou?r \b
  | \b Private \s+ Securities \s+ Litigation \s+ Reform \s+ Act \b
  | \b cautionary \s+ (?: note | notes | statement | statements | language ) \b
  `,
  "gi",
);

/**
 * Where a condition opens: "if", "even if", "in the event (that)", "in
 * case", or a sentence that opens with an inverted condition ("Should the
 * Chief Financial Officer leave, …", "Were the auditors to resign, …"). Not
 * "whether"-like uses ("to determine if a restatement is required" asks a
 * real question), nor "if any", "if necessary", "as if". What is not
 * assured ("there can be no assurance that …", "cannot predict whether …")
 * and what may happen ("may be subject to investigations") are conditions
 * too: their clause states no cause.
 */
export const CONDITIONAL_OPENING = pattern(
  String.raw`
  (?<! \b (?: determine | determines | determined | determining | assess | assessing | evaluate | evaluating | consider
          | considering | review | reviewing | analy[sz]e | analy[sz]ing | decide | deciding | ascertain | ascertaining
          | know | see | confirm | confirming | understand | clear | unclear | uncertain | as | whether | asked | ask ) \s+ )
  \b if \b (?! \s+ (?: any | applicable | necessary | needed | required | appropriate | possible | so ) \b )
  | \b in \s+ the \s+ event \b
  | \b in \s+ case \b
  # what is not assured is not stated: "there can be no assurance that the Company will not need to restate",
  # "the Company cannot predict whether the review will be completed"
  | \b no \s+ assurances? \s+ (?: can \s+ be \s+ (?: given | provided ) \s+ )? (?: that | whether ) \b
  | \b (?: cannot | can \s+ not | can['’]t ) \s+ (?: assure | guarantee | predict | be \s+ certain ) \s+ (?: you \s+ | investors \s+ )? (?: that | whether ) \b
  # what may happen is not what happened: "may be subject to investigations", "could become party to litigation"
  | \b (?: may | might | could ) \s+ (?: in \s+ the \s+ future \s+ | also \s+ | from \s+ time \s+ to \s+ time \s+ )? (?: be | become ) \s+ (?: subject | party | a \s+ party | exposed ) \s+ to \b
  | ^ \W* (?: should | were | had ) \s+ (?= (?: the | its | our | any | a | an | there | such ) \b )
  `,
  "gi",
);

/** Where a condition ends: a comma, semicolon, colon, dash or "then". */
export const CONDITIONAL_END = pattern(
  String.raw`
  [,;:–—] | \b then \b
  `,
  "g",
);

/**
 * A company's name ends with a corporate suffix: a capitalised category word
 * followed by at most four capitalised words and the suffix is part of a
 * name, not a reason ("Titan Acquisition Corp", "Allison Transmission
 * Holdings, Inc.", "3D Systems Corporation"). Tried sticky at the hit.
 */
export const COMPANY_NAME_AHEAD = pattern(
  String.raw`
  [A-Z] [\w’'&-]{0,40}
  (?: [\ ,]{1,3} (?: [A-Z0-9&] [\w’'&.-]{0,40} ) ){0,4}?
  [\ ,]{1,3}
  (?: Inc | Corp | Corporation | Company | Co | Ltd | Limited | LLC | L\.P | LP | plc | PLC | Holdings | Group
    | Partners | Trust | N\.V | S\.A | AG | SE | Bancorp | Bancshares | Sub | Fund | Capital | Energy | Resources ) (?! \w )
  `,
  "y",
);

/* ------------------------------------------------------------------ */
/* Part IV (3): where reasons count, amounts, metrics, periods         */
/* ------------------------------------------------------------------ */

/**
 * In the Part IV (3) explanation, only sentences about why the results
 * cannot yet be estimated or reported give reasons for the delay ("a
 * reasonable estimate cannot be made because the audit is not complete");
 * commentary on the results themselves ("revenue fell because of the
 * pandemic") does not.
 */
export const ESTIMATE_CONTEXT = pattern(
  String.raw`
  reasonabl[ey] \s+ (?: \w+ \s+ )? estimat\w*
  | \b (?: cannot | can\s?not | could \s+ not | unable \s+ to | not \s+ (?: yet \s+ )? (?: able | possible | practicable | in \s+ a \s+ position ) \s+ to )
    \s+ (?: be \s+ )? (?: reasonably \s+ | accurately \s+ | precisely \s+ )?
    (?: estimat\w* | quantif\w* | determin\w* | made | provide\w* | predict\w* | calculat\w* | report\w* | complet\w* | finali[sz]\w* )
  | \b not \s+ (?: yet \s+ )? (?: been \s+ )? (?: complete[d]? | final | finali[sz]ed | determined | available | known )
  | \b (?: until | pending | awaiting ) \b
  | \b delay\w*
  `,
  "i",
);

/**
 * A money amount: `$1.2 million`, `$(345,000)`, `($345,000)`, `US$12,345`,
 * `$1.5bn`; or a bare `1.5 billion` / `RMB 10.2 million` (a scale word is
 * then required, and counts of shares or units are excluded). Percentages
 * have neither a `$` nor a scale word and never match.
 */
export const MONEY_AMOUNT = pattern(
  String.raw`
  (?: (?<open1> \( \s? )? (?: US | U\.S\. | USD \s? )? \$ \s? (?<open2> \( )?
      (?<num> \d{1,3} (?: , \d{3} )+ | \d+ ) (?<frac> \. \d+ )?
      (?: \s? (?<scale> thousand | million | billion | trillion ) \b | (?<abbr> mm | mn | bn | m | b | k ) (?! [A-Za-z] ) )?
      (?<close> \s? \) )?
  )
  | (?: (?<! [\d.,] ) (?<bnum> \d{1,3} (?: , \d{3} )+ | \d+ ) (?<bfrac> \. \d+ )? \s (?<bscale> million | billion | trillion ) \b
      (?! \s+ (?: shares | units | barrels | gallons | tons | tonnes | ounces | pounds | square | customers | users
               | subscribers | people | patients | doses | members | warrants | options | rights | visits | miles ) \b ) )
  `,
  "gi",
);

/** A percentage right after an amount's number ("15%", "15 percent") is not money. */
export const PERCENT_AHEAD = pattern(
  String.raw`
  ^ \s? (?: % | percent \b | per \s+ cent \b )
  `,
  "i",
);

/**
 * A financial metric named in the explanation. Longer names come first so
 * "net loss" wins over "loss"; `name` is canonicalised by the caller.
 */
export const METRIC = pattern(
  String.raw`
  \b (?<name>
    (?: basic \s+ | diluted \s+ )? (?: net \s+ )? (?: loss | earnings | income ) \s+ per \s+ (?: common \s+ | basic \s+ | diluted \s+ )? share
  | net \s+ (?: loss (?:es)? | income | earnings | profits? | revenues? | sales | (?: operating \s+ )? revenue )
  | total \s+ (?: net \s+ )? (?: revenues? | sales | operating \s+ expenses | expenses | costs \s+ and \s+ expenses )
  | gross \s+ (?: profits? | margins? | loss (?:es)? | revenues? )
  | operating \s+ (?: loss (?:es)? | income | profits? | expenses | revenues? | results )
  | results \s+ of \s+ operations
  | (?: loss | losses | income | earnings ) \s+ (?: from | before ) \s+ (?: continuing \s+ )? (?: operations | income \s+ taxes | taxes )
  | (?: adjusted \s+ )? EBITDA
  | comprehensive \s+ (?: loss | income )
  | cost \s+ of \s+ (?: revenues? | sales | goods \s+ sold )
  | (?: research \s+ and \s+ development | selling , \s+ general \s+ and \s+ administrative | general \s+ and \s+ administrative | interest ) \s+ expenses?
  | impairment \s+ (?: charges? | loss (?:es)? )
  | revenues? | sales | earnings | net \s+ assets | total \s+ assets | cash \s+ and \s+ cash \s+ equivalents
  | (?: loss (?:es)? | income | profits? ) (?! \s+ (?: taxes | tax | per | from | before | statements? ) \b )
  ) \b
  `,
  "gi",
);

/** Words that make an amount a change rather than a level: "an increase of $2.1 million". */
export const CHANGE_OF_BEFORE = pattern(
  String.raw`
  \b (?: increase | decrease | decline | reduction | improvement | change | growth | rise | drop | swing ) s? \s+ of \s+
  (?: (?: approximately | about | roughly | nearly | over | almost | an \s+ estimated | estimated ) \s+ )? $
  `,
  "i",
);

const MONTH = String.raw`(?: January | February | March | April | May | June | July | August | September | October | November | December | Jan\.? | Feb\.? | Mar\.? | Apr\.? | Jun\.? | Jul\.? | Aug\.? | Sept?\.? | Oct\.? | Nov\.? | Dec\.? )`;
const YEAR = String.raw`(?: 19 | 20 ) \d{2}`;

/**
 * A reporting period named in the explanation: "fiscal 2025", "three months
 * ended March 31, 2026", "year ended December 31, 2025", "the fourth quarter
 * of 2025", "Q1 2026", "the same period of the prior year", "the prior year".
 * A bare year counts only after "in", "for" or "during".
 */
export const PERIOD = pattern(
  String.raw`
  (?<text>
    (?: (?: three | six | nine | twelve | thirteen | twenty[-\s]six | thirty[-\s]nine | fifty[-\s]two | fifty[-\s]three
          | 3 | 6 | 9 | 12 | 13 | 26 | 39 | 52 | 53 ) [-\s]+ (?: months? | weeks? ) [-\s]+ (?: period \s+ )? (?: ended | ending ) \s+ ${MONTH} \s+ \d{1,2} ,? \s* ${YEAR}
    )
  | (?: (?: fiscal \s+ )? (?: year | quarter | period | half ) \s+ (?: ended | ending ) \s+ ${MONTH} \s+ (?: \d{1,2} ,? \s* )? ${YEAR} )
  | (?: (?: first | second | third | fourth | 1st | 2nd | 3rd | 4th ) \s+ (?: fiscal \s+ )? quarter \s+ (?: of \s+ )? (?: fiscal \s+ (?: year \s+ )? )? ${YEAR} )
  | (?: (?: fiscal | FY ) \s? (?: year \s+ )? (?: ${YEAR} | \d{2} ) \b )
  | (?: Q [1-4] \s? (?: of \s+ )? (?: fiscal \s+ )? ${YEAR} )
  | (?: (?: same | comparable | corresponding | prior | previous | preceding ) \s+ (?: fiscal \s+ )? (?: period | year | quarter )
       (?: \s+ (?: of | in | for | during ) \s+ (?: the \s+ )? (?: (?: prior | previous | preceding | last ) \s+ (?: fiscal \s+ )? year | ${YEAR} ) )? )
  | (?: last \s+ (?: fiscal \s+ )? (?: year | quarter ) )
  )
  | \b (?: in | for | during ) \s+ (?<year> (?: (?: calendar | fiscal ) \s+ )? ${YEAR} ) \b (?! \s* [-–] )
  `,
  "gi",
);

/**
 * Words that say which way a metric moved. `up`: the figure grew; `down`:
 * it shrank. Whether that is better or worse depends on the metric (a
 * larger loss is worse). `lead` forms take the metric after them ("an
 * increase in revenue", "lower net income"); the others follow it
 * ("revenue decreased", "net loss is expected to increase").
 */
export const DIRECTION_WORD = pattern(
  String.raw`
  \b (?:
    (?<upLead> (?: increase | increases | growth | improvement | improvements | rise ) \s+ (?: in | of ) \b
             | (?: higher | larger | greater | increased | improved | stronger | record ) (?= \s ) )
  | (?<downLead> (?: decrease | decreases | decline | declines | reduction | reductions | drop | fall | deterioration ) \s+ (?: in | of ) \b
             | (?: lower | smaller | reduced | decreased | weaker | lesser | narrower ) (?= \s ) )
  | (?<up> increase[sd]? | increasing | grow | grows | grew | grown | growing | improve[sd]? | improving | rose | rise[sn]? | rising | widen(?:ed|s)? | exceed(?:ed|s)? )
  | (?<down> decrease[sd]? | decreasing | decline[sd]? | declining | fell | fall(?:en|s)? | falling | drop(?:ped|s)? | shrank | shrunk | narrow(?:ed|s)? | reduce[sd]? | deteriorat\w* | worsen\w* )
  ) \b
  `,
  "gi",
);

/**
 * A swing between profit and loss: "net income of … compared to a net loss
 * of …" (better) and the reverse (worse); "from a net loss … to net income".
 */
export const PROFIT_LOSS_SWING = pattern(
  String.raw`
  (?<better>
    \b net \s+ (?: income | earnings | profit ) \b [^;]{0,160}? \b (?: compared \s+ (?: to | with ) | versus | vs\.? | as \s+ opposed \s+ to ) \s+ (?: a \s+ )? net \s+ loss
  | \b from \s+ (?: a \s+ )? net \s+ loss \b [^;]{0,160}? \b to \s+ (?: a \s+ )? net \s+ (?: income | earnings | profit ) )
  | (?<worse>
    \b net \s+ loss \b [^;]{0,160}? \b (?: compared \s+ (?: to | with ) | versus | vs\.? | as \s+ opposed \s+ to ) \s+ (?: a \s+ )? net \s+ (?: income | earnings | profit )
  | \b from \s+ (?: a \s+ )? net \s+ (?: income | earnings | profit ) \b [^;]{0,160}? \b to \s+ (?: a \s+ )? net \s+ loss )
  `,
  "gi",
);

/**
 * Between an adjective of direction and its metric ("higher net revenues",
 * "increased operating loss"): at most two plain words, none of which starts
 * a phrase of its own ("decreased by 15% while gross profit…" is a verb).
 */
export const LEAD_GAP = pattern(
  String.raw`
  ^ \s+ (?: (?! (?: by | to | from | while | and | or | in | of | compared | versus | as | for | during ) \b ) [A-Za-z’'-]{1,25} \s+ ){0,2} $
  `,
  "i",
);

/** Between two amounts of one metric: the first is compared with the second. */
export const COMPARED_WITH = pattern(
  String.raw`
  \b (?: compared \s+ (?: to | with ) | versus | vs\.? | as \s+ compared \s+ (?: to | with ) | from ) \b
  `,
  "i",
);

/** "from $X to $Y": the second amount is the newer one. */
export const FROM_TO = pattern(
  String.raw`
  \b from \b [^;]{0,80}? \b to \b
  `,
  "i",
);

/* ------------------------------------------------------------------ */
/* Intent to file within the 12b-25(b) extension                      */
/* ------------------------------------------------------------------ */

/**
 * A reference to the Rule 12b-25(b) extension: "the fifteen-day grace
 * period", "within the extension period of five calendar days", "on or
 * before the fifteenth calendar day", "within the time period provided by
 * Exchange Act Rule 12b-25", "within the 15 additional days". "The prescribed
 * time period" (the original due date) is not one.
 */
export const EXTENSION_REFERENCE = pattern(
  String.raw`
  \b (?: extension | grace ) (?: \s+ period )? \b
  | \b (?: fifteenth | fifth | 15th | 5th ) \s+ (?: calendar \s+ )? day
  | \b (?: fifteen | five | 15 | 5 ) \s? (?: \( \s? (?: 15 | 5 ) \s? \) )? [-\s]? (?: calendar [-\s]? )? (?: day | days ) \b
  | \b (?: 15 | 5 | fifteen | five ) \s+ additional \s+ (?: calendar \s+ )? days
  | \b (?: time | period ) \s+ (?: period \s+ )? (?: provided | permitted | allowed | afforded | prescribed ) \s+ (?: by | under | in ) \s+ (?: \w+ \s+ ){0,3}? Rule \s+ 12b-25
  `,
  "gi",
);

/**
 * The registrant says it will not make the extension: "does not anticipate
 * being able to file … within the extension period", "will not be able to
 * file … within the fifteen-day", "is unable to file … within the extension".
 * The caller checks that the extension reference follows in the same clause.
 */
export const INTENT_NEGATIVE = pattern(
  String.raw`
  \b (?: does | do | did | will | would | can | could | may | is | are | shall )
     (?: \s+ not | n['’]t ) \s+ (?: currently \s+ | presently \s+ | now \s+ | at \s+ this \s+ time \s+ )?
     (?: anticipate | expect | believe | intend | plan | be \s+ able | be \s+ filed | file | be \s+ in \s+ a \s+ position | meet )
  | \b cannot \b | \b (?: unable | not \s+ able ) \s+ to \s+ (?: file | complete | meet )
  `,
  "gi",
);

/**
 * Hedged statements about the extension give no intent either way:
 * "There can be no guarantee that the Registrant will file … which could
 * result in the Form 10-K not being filed within the 15 additional days"
 * (fixtures/reasons/dev.jsonl, 0001493152-26-014206).
 */
export const INTENT_HEDGE = pattern(
  String.raw`
  \b no \s+ (?: assurances? | guarantees? ) \b | \b (?: could | may | might ) \s+ (?: \w+ \s+ )? (?: result | not ) \b | \b if \b | \b uncertain
  `,
  "i",
);

/**
 * Between a denial and the extension, a new statement starts: "will not be
 * able to file by the due date and expects to file within the fifteen-day
 * extension" denies the due date, not the extension.
 */
export const INTENT_RESTART = pattern(
  String.raw`
  \b (?: and | but | however | although | though | instead | nevertheless ) \b
  | \b (?: expects? | anticipates? | intends? | plans? | believes? | endeavou?rs? | hopes? | will \s+ file | currently ) \b
  | [,;] \s* (?: the \s+ )? (?: Company | Registrant | Issuer | we | it ) \b
  `,
  "i",
);

/**
 * The registrant speaks of filing within the extension: "expects to file",
 * "anticipates that it will file", "will make every effort to file", "is
 * filing for the five calendar day extension", "has caused its Form 10-K to
 * be filed within the fifteen-day grace period".
 */
export const INTENT_POSITIVE = pattern(
  String.raw`
  \b (?: file | files | filed | filing | submit | submitted | be \s+ (?: completed \s+ and \s+ )? filed )\b
  `,
  "gi",
);

/**
 * The notice says why more time is needed without naming a cause ("additional
 * time is needed to complete the financial statements"): evidence for
 * `no-reason`.
 */
export const MORE_TIME_NEEDED = pattern(
  String.raw`
  \b (?: additional | more | extra | further | sufficient ) \s+ time \b
  | \b (?: unable | not \s+ able ) \s+ (?: \w+ \s+ ){0,3}? to \s+ (?: timely \s+ )? (?: file | complete | finali[sz]e )
  | \b (?: could | can ) \s* not \s+ (?: \w+ \s+ ){0,3}? (?: file | filed | complete[d]? )
  | \b delay\w*
  `,
  "i",
);
