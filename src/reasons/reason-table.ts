import { REASON_CATEGORIES } from "../record/reason-categories.js";
import type { ReasonCategory } from "../record/types.js";
import { alternatives, anyPhrase, KNOWN_MATTER_MENTION, PAST_RESTATEMENT_HISTORY, phrase, phraseSource } from "./reason-patterns.js";
import { pattern } from "../core/pattern.js";

/*
 * The reason coder's rules: one table, one row per way a category is stated.
 *
 * A row fires when its `phrase` occurs in a sentence that is not hedged
 * boilerplate, is not negated ("no disagreements with the auditors", "not the
 * result of any restatement"), does not overlap an `unless` text (the "audit"
 * of "audit committee"), does not follow `unlessBefore` words ("controls
 * over the accounting for …") and, when `near` is given, has one of those
 * words in the same sentence within `within` characters. Sentence-wide
 * readings (a disclaimer of the delay, a concession, a matter since
 * resolved, results commentary carried over from Part IV (3)) live in
 * sentence-scope.ts and classify-reasons.ts. The phrase's span (joined
 * with the `near` word's) is the evidence.
 *
 * Phrases are written in the readable syntax of `phrase()`
 * (src/reasons/reason-patterns.ts): a space is any run of blanks, `~N` skips
 * up to N words. Vocabulary follows what accountants write in Part III of
 * Form 12b-25 (the labelling guide of the narratives gives each category's meaning).
 */

/** One way of stating a reason for the delay. */
export interface ReasonRule {
  /** Stable name of the row, `<category>.<what>`. */
  id: string;
  category: Exclude<ReasonCategory, "no-reason">;
  /** What states the category. */
  phrase: RegExp;
  /** When set, the phrase counts only with one of these in the same sentence. */
  near?: RegExp;
  /** Largest gap in characters between the phrase and the `near` word (default 150). */
  within?: number;
  /** Text overlapping the phrase that shows it means something else. */
  unless?: RegExp;
  /**
   * A sentence holding this tells the row's matter as background (a
   * restatement told as finished history, a blank-check company's statement
   * of purpose): its phrases there are not causes.
   */
  backgroundSentence?: RegExp;
  /**
   * Words just before the phrase (same sentence) that make it background:
   * "goodwill associated with its previous acquisition". Anchored at the end (`$`).
   */
  backgroundBefore?: RegExp;
  /**
   * Words just before the phrase (same sentence) that make it the object of
   * something else: "controls over the accounting for rebates", "an
   * investigation relating to revenue recognition". Anchored at the end (`$`).
   */
  unlessBefore?: RegExp;
}

/* ---------- shared vocabulary (phrase syntax) ---------- */

/**
 * The company's outside accountant: "independent registered public accounting
 * firm", "independent auditors", "certifying accountant", "PwC" is not
 * recognised by name. A bare "accountant" may be an employee and is left out.
 */
const AUDITOR_ACTOR = alternatives([
  String.raw`(?:independent|outside|external|new|former|prior|predecessor|successor|current|statutory|group|principal) (?:registered )?(?:public )?(?:certified )?(?:public )?(?:accounting firm|accountants?|auditors?|audit firm|auditing firm|accountancy firm|CPA firm)`,
  String.raw`(?:registered )?public accounting firm`,
  String.raw`certifying accountants?`,
  String.raw`auditors?(?:['’]s?)?`,
  String.raw`audit firm`,
  String.raw`accounting firm`,
  String.raw`CPA firm`,
  String.raw`(?:independent )?reporting accountants?`,
  // accountants named in other words: "its certified public accountants", "chartered accountants",
  // "the audit partner", "the engagement team", "its outside CPAs"
  String.raw`(?:certified |registered )?public accountants?`,
  String.raw`chartered (?:professional )?accountants?`,
  String.raw`(?:audit|engagement) (?:partners?|team|teams)`,
  String.raw`(?:auditing|accountancy|assurance) firm`,
  String.raw`(?:independent|outside|external) CPAs?`,
  String.raw`registered (?:independent )?accounting firm`,
  // the firms that sign most audits, named without "auditor" ("KPMG has not yet completed its review")
  String.raw`(?:PricewaterhouseCoopers|PwC|Deloitte(?: (?:&|and) Touche)?|KPMG|Ernst (?:&|and) Young|BDO|Grant Thornton|RSM|Marcum|Moss Adams|Baker Tilly|Crowe|CohnReznick|Withum\w*|MaloneBailey|Mazars|Forvis|Plante Moran|Eide Bailly|Arthur Andersen)(?: (?:USA|US|LLP|LLC|P\.?C\.?|Audit))*`,
]);

/** Words that put the auditor's work or position at the centre of the delay. */
const AUDITOR_STATE = anyPhrase([
  String.raw`complet\w*`,
  String.raw`finali[sz]\w*`,
  String.raw`finish\w*`,
  String.raw`conclu\w*`,
  String.raw`(?:additional|more|extra|further|sufficient) time`,
  String.raw`need\w*`,
  String.raw`requir\w*`,
  String.raw`not yet`,
  String.raw`pending`,
  String.raw`request\w*`,
  String.raw`in progress`,
  String.raw`ongoing`,
  String.raw`delay\w*`,
  String.raw`open items`,
  String.raw`outstanding items`,
  String.raw`await\w*`,
  String.raw`procedures`,
  String.raw`fieldwork`,
  String.raw`field work`,
  String.raw`review\w*`,
  String.raw`resign\w*`,
  String.raw`dismiss\w*`,
  String.raw`terminat\w*`,
  String.raw`replac\w*`,
  String.raw`engag\w*`,
  String.raw`appoint\w*`,
  String.raw`retain\w*`,
  String.raw`hir(?:e|ed|ing)`,
  String.raw`chang\w*`,
  String.raw`switch\w*`,
  String.raw`new`,
  String.raw`successor`,
  String.raw`predecessor`,
  String.raw`former`,
  String.raw`first[-\s]year`,
  String.raw`initial`,
  String.raw`unable`,
  String.raw`not able`,
  String.raw`consent\w*`,
  String.raw`opinion`,
  String.raw`release`,
  String.raw`sign(?:s|ed|ing)?`,
  // issuing its report, not "the possibility of a going concern issue"
  String.raw`issu(?:e|es|ed|ing|ance) (?:of )?(?:its |their |an? |the )?(?:audit |review |unqualified |clean )?(?:opinion|report|consent)`,
  String.raw`raised`,
  String.raw`disagree\w*`,
  String.raw`discussions?`,
  String.raw`dispute\w*`,
  String.raw`permit`,
  String.raw`allow`,
  String.raw`enable`,
  String.raw`perform\w*`,
  String.raw`provid\w*`,
  String.raw`deliver\w*`,
  String.raw`inform\w*`,
  String.raw`timely`,
  String.raw`capacity`,
  String.raw`staffing`,
  String.raw`workload`,
  String.raw`backlog`,
  String.raw`approv\w*`,
  String.raw`revok\w*`,
  String.raw`barred`,
  String.raw`suspend\w*`,
  String.raw`PCAOB`,
]);

/** Officers and staff whose change or absence delays the report. */
const OFFICER = alternatives([
  String.raw`chief (?:executive|financial|accounting|operating) officer`,
  String.raw`CEO`,
  String.raw`CFO`,
  String.raw`CAO`,
  String.raw`COO`,
  String.raw`principal (?:executive|financial|accounting) officer`,
  String.raw`(?:corporate |financial )?controller`,
  String.raw`comptroller`,
  String.raw`treasurer`,
  String.raw`president`,
  String.raw`finance director`,
  String.raw`director of finance`,
  String.raw`head of finance`,
  // "the Registrant's Vice President-Finance left the Company" (heldout4-005): the title is often dashed
  String.raw`vice[-\s]president(?:,? | ?[-–—] ?)(?:of )?finance`,
  String.raw`(?:senior )?officers?`,
  String.raw`directors?`,
  String.raw`executives?`,
  String.raw`(?:senior |executive )?management(?: team)?`,
  String.raw`(?:internal )?(?:accounting|finance|financial reporting|financial|reporting) (?:staff|personnel|team|department|employees|function|group)`,
  String.raw`key (?:personnel|employees|staff|members)`,
  String.raw`(?:accounting )?staff`,
  String.raw`personnel`,
  String.raw`employees?`,
  String.raw`bookkeepers?`,
  String.raw`(?:staff|senior|in-house) accountants?`,
  String.raw`team members?`,
]);

/** What a department does, in a shortage of its staff: "limited accounting and administrative staff". */
const STAFF_FUNCTION = alternatives([
  String.raw`accounting`,
  String.raw`finance`,
  String.raw`financial reporting`,
  String.raw`financial`,
  String.raw`administrative`,
  String.raw`reporting`,
  String.raw`tax`,
  String.raw`internal`,
]);

/**
 * People of the audit firm: an illness of the audit partner or a shortage of
 * the engagement team delays the audit (auditor), not the company's own
 * officers or staff (management): "an unexpected medical issue relating to a
 * key audit partner", "staffing shortages at the Company's auditors".
 */
const AUDIT_FIRM_PEOPLE_SOURCE = alternatives([
  String.raw`(?:medical|health|illness|sickness|death|personal|family|staffing|staff) ~3 (?:of|relating to|related to|affecting|involving|for|at|within|in) ~3 (?:audit|engagement) (?:partners?|teams?|managers?|staff)`,
  String.raw`(?:medical|health|illness|sickness|death|personal|family|staffing|staff|personnel|turnover|shortages?) ~3 (?:of|relating to|related to|affecting|involving|for|at|within|in) (?:the |its |our |their )?(?:Company['’]s |Registrant['’]s )?(?:independent |outside |external )?(?:auditors?|accounting firm|audit firm|registered public accounting firm)`,
  String.raw`(?:audit|engagement) (?:partners?|teams?|managers?) ~6 (?:ill\w*|medical|health|hospitali\w*|passed away|died|death|leave|turnover|shortages?|departure|resign\w*)`,
  String.raw`(?:auditors?|accounting firm|audit firm)['’]?s? ~3 (?:staff\w*|personnel|turnover|shortages?|employees|partners?)`,
]);
const AUDIT_FIRM_PEOPLE = phrase(AUDIT_FIRM_PEOPLE_SOURCE);

/** A system, software or platform. */
const SYSTEM = alternatives([
  String.raw`(?:accounting|financial|reporting|consolidation|ERP|IT|information technology|computer|billing|inventory|payroll|operating|data|network|enterprise|core|banking) systems?`,
  String.raw`systems?`,
  String.raw`software`,
  String.raw`ERP`,
  String.raw`enterprise resource planning`,
  String.raw`platforms?`,
  String.raw`servers?`,
  String.raw`networks?`,
  String.raw`databases?`,
  String.raw`IT infrastructure`,
  String.raw`computers?`,
  String.raw`hardware`,
  String.raw`general ledger`,
]);

/** What goes wrong with, or happens to, a system. */
const SYSTEM_EVENT = alternatives([
  String.raw`conversion`,
  String.raw`convert\w*`,
  String.raw`implement\w*`,
  String.raw`migrat\w*`,
  String.raw`upgrad\w*`,
  String.raw`transition\w*`,
  String.raw`replace\w*`,
  String.raw`install\w*`,
  String.raw`transfer\w*`,
  String.raw`switch\w*`,
  String.raw`infect\w*`,
  String.raw`integrat\w*`,
  String.raw`failures?`,
  String.raw`failed`,
  String.raw`fail`,
  String.raw`outages?`,
  String.raw`crash\w*`,
  String.raw`malfunction\w*`,
  String.raw`breakdowns?`,
  String.raw`disruptions?`,
  String.raw`disrupted`,
  String.raw`problems?`,
  String.raw`issues?`,
  String.raw`complications?`,
  // standing a company's systems up apart from its former parent's: "separating the Company's information
  // technology systems and data"
  String.raw`separat\w*`,
  String.raw`glitch\w*`,
  String.raw`errors?`,
  String.raw`bugs?`,
  String.raw`downtime`,
  String.raw`went down`,
  String.raw`unavailab\w*`,
  String.raw`inaccessib\w*`,
  String.raw`corrupt\w*`,
  String.raw`compromis\w*`,
  String.raw`breach\w*`,
  String.raw`attack\w*`,
  String.raw`difficult\w*`,
  String.raw`damag\w*`,
  String.raw`destroy\w*`,
  String.raw`stolen`,
]);

/** Others whose information the statements need: subsidiaries, investees, operators, custodians. */
const THIRD_PARTY = alternatives([
  String.raw`subsidiar(?:y|ies)(?:['’]s?)?`,
  String.raw`investees?`,
  String.raw`joint ventures?`,
  String.raw`third[-\s]part(?:y|ies)`,
  String.raw`(?:equity[-\s]method )?investments? in affiliates`,
  String.raw`operators?`,
  String.raw`custodians?`,
  String.raw`trustees?`,
  String.raw`fund administrators?`,
  String.raw`administrators?`,
  String.raw`service providers?`,
  String.raw`record[-\s]?keepers?`,
  String.raw`transfer agents?`,
  String.raw`payroll (?:providers?|processors?|companies)`,
  String.raw`(?:joint venture |business |operating )?partners?`,
  String.raw`counterpart(?:y|ies)`,
  String.raw`reinsurers?`,
  String.raw`insurers?`,
  String.raw`portfolio companies`,
  String.raw`partnerships?`,
  String.raw`valuation (?:firm|specialists?|advisors?)`,
  String.raw`appraisers?`,
  String.raw`actuar(?:y|ies)`,
  String.raw`acquired (?:business|businesses|company|companies|entity|entities)`,
  String.raw`(?:government|governmental|federal|state) (?:agenc(?:y|ies)|customers?|payors?)`,
  String.raw`contracting officers?`,
]);

/**
 * Before an accounting word, words that make it the topic of something else:
 * the object of a control ("controls over the review of account
 * reconciliations", heldout-034, -150) or of an inquiry ("a formal order of
 * investigation relating to the Company's revenue recognition practices",
 * heldout-047). Bounded to five words.
 */
const TOPIC_OF_OTHER = pattern(
  // an independent or internal review is an inquiry too, and a parenthesis may stand before its object:
  // "an independent review, with the assistance of outside professionals, of certain accounting matters"
  String.raw`(?:\bcontrols?|\binvestigat\w*|\binquir\w*|\bsubpoena\w*|\ballegations?|\balleging|\bcomplaints?|\bconcerns?|\b(?:independent|internal|special|forensic)\s+(?:reviews?|examinations?))(?:,[^,;:]{1,80},)?\s+(?:over|related\s+to|relating\s+to|surrounding|around|regarding|concerning|into|about|of|in)\s+(?:[^\s;:]{1,40}\s+){0,5}$`,
  "i",
);

/**
 * The auditor's work said to be done, with nothing after it left open: "the
 * independent registered public accounting firm has completed its review
 * procedures" (heldout-074, -122), not "… has completed its fieldwork but
 * has not yet issued its report".
 */
const AUDIT_COMPLETED = String.raw`${AUDITOR_ACTOR} (?:has|have|had) (?:already |now |fully )?(?:completed|finished|concluded) ~3 (?:audit|review|procedures|work|fieldwork)\w*(?![^.;]{0,80}\b(?:but|however|except|other than|not yet|remain\w*|outstanding)\b)`;

/**
 * "Audit" that is not the registrant's audit: a name ("Audit Committee"),
 * another kind of audit (tax, internal, statutory), and the audits of
 * others whose statements the registrant needs ("several of the portfolio
 * companies have not completed their audits", heldout-105: that is
 * accounting-review, information from investees).
 */
const NOT_AUDIT_WORK = pattern(
  phraseSource(
    alternatives([
      String.raw`audit(?:,? (?:and|&) \w+| \w+ and \w+)? committee\w*`,
      String.raw`(?:internal|tax|IRS|regulatory|compliance|energy|payroll|safety|quality|clinical|sales tax|customs|government|SEC|statutory|local) audit\w*`,
      String.raw`audit(?:ing)? (?:standards?|fees?|report|reports|opinion|committees?)`,
      String.raw`auditing standards`,
      String.raw`${THIRD_PARTY} ~5 audits?`,
      // the audit said to be done: "the independent auditor has completed its audit; the Company needs time to
      // finalize the notes"
      AUDIT_COMPLETED,
      // the audit as the time something was found, not work outstanding: "During the audit of the
      // Company's 2018 financial statements, the Company identified errors …" (heldout4-052)
      // "while preparing the Form 10-K and the related audit …, management determined that …"
      String.raw`(?:during|in the course of|in connection with|while|when|as part of) ~8 audit(?:s|ing)? (?:of|for) ~14 (?:the Company|management|we|the Registrant|it|the Audit Committee|the Board) (?:had )?(?:identified|discovered|determined|found|noted|detected|became aware|learned|concluded)`,
    ]),
  ),
  "gi",
);

/**
 * The table. Order does not matter; categories come out in SPEC order.
 */
export const REASON_TABLE: readonly ReasonRule[] = [
  /* ---------------- accounting-review ---------------- */
  {
    id: "accounting-review.valuation",
    category: "accounting-review",
    unlessBefore: TOPIC_OF_OTHER,
    // valuation of warrants, an option agreement, a reporting unit; fair value measurements
    phrase: anyPhrase([
      String.raw`valuations?`,
      String.raw`fair value\w*`,
      String.raw`(?:determin\w*|assess\w*|estimat\w*|calculat\w*|measur\w*) ~2 (?:fair )?values?`,
      String.raw`appraisals?`,
      String.raw`purchase price allocations?`,
      String.raw`allocat\w* (?:of )?(?:the )?purchase price`,
      String.raw`assets acquired and liabilities assumed`,
      String.raw`carrying (?:values?|amounts?)`,
      String.raw`mark[-\s]to[-\s]market`,
    ]),
  },
  {
    id: "accounting-review.impairment",
    category: "accounting-review",
    unlessBefore: TOPIC_OF_OTHER,
    phrase: anyPhrase([
      String.raw`impair(?:ment|ments|ed)`,
      String.raw`other[-\s]than[-\s]temporar\w*`,
      String.raw`net realizable value`,
      String.raw`lower of cost or (?:market|net realizable value)`,
      String.raw`(?:excess and )?obsolete inventor\w*`,
      String.raw`obsolescence`,
      String.raw`goodwill`,
      String.raw`intangible assets?`,
      String.raw`write[-\s]?(?:downs?|offs?)`,
      String.raw`written (?:down|off)`,
      String.raw`recoverability`,
    ]),
  },
  {
    id: "accounting-review.revenue-recognition",
    category: "accounting-review",
    unlessBefore: TOPIC_OF_OTHER,
    phrase: anyPhrase([
      String.raw`revenue recognition`,
      String.raw`recogni\w* of ~3 (?:revenues?|rebates|income|gains?|incentives|commissions|royalt\w*|grant income)`,
      String.raw`(?:revenues?|income) (?:to be |should be )?recogni[sz]ed`,
      String.raw`ASC 606`,
      String.raw`Topic 606`,
      String.raw`principal (?:versus|vs\.?|or) agent`,
      String.raw`variable consideration`,
      String.raw`contract (?:assets|liabilities)`,
    ]),
  },
  {
    id: "accounting-review.income-taxes",
    category: "accounting-review",
    unlessBefore: TOPIC_OF_OTHER,
    phrase: anyPhrase([
      String.raw`income tax(?:es)?`,
      String.raw`tax provisions?`,
      String.raw`provision for ~1 taxes`,
      String.raw`deferred tax\w*`,
      String.raw`tax (?:accounting|matters|positions|analysis|analyses|calculations?|computations?|returns?|credits?|valuation allowance)`,
      String.raw`uncertain tax`,
      String.raw`valuation allowance`,
      String.raw`transfer pricing`,
      String.raw`Tax Cuts and Jobs Act`,
      String.raw`tax (?:reform|legislation|law changes?)`,
      // "its evaluation of the tax effects of the repatriation of foreign earnings" (heldout4-019)
      String.raw`tax (?:effects?|consequences|implications|impacts?|treatment)`,
    ]),
  },
  {
    id: "accounting-review.leases-credit-losses",
    category: "accounting-review",
    unlessBefore: TOPIC_OF_OTHER,
    phrase: anyPhrase([
      String.raw`lease accounting`,
      String.raw`accounting for ~1 leases`,
      String.raw`ASC 842`,
      String.raw`Topic 842`,
      String.raw`lease (?:modifications?|classification|liabilit\w*)`,
      String.raw`credit loss\w*`,
      String.raw`CECL`,
      String.raw`allowance for (?:loan|credit|doubtful)`,
      String.raw`collectib\w*`,
      String.raw`collectab\w*`,
      String.raw`uncollectible`,
      String.raw`loan loss\w*`,
      String.raw`loan (?:participations?|portfolio valuation)`,
    ]),
  },
  {
    id: "accounting-review.accounting-standard",
    category: "accounting-review",
    unlessBefore: TOPIC_OF_OTHER,
    // "the recently adopted Accounting Standards Update No. 2018-12" (Atlantic American)
    phrase: anyPhrase([
      String.raw`Accounting Standards (?:Update|Codification)`,
      String.raw`ASU (?:No\.? )?\d{4}`,
      String.raw`ASC (?:Topic )?\d{3}`,
      String.raw`Topic \d{3}`,
      String.raw`IFRS \d{1,2}`,
      String.raw`IAS \d{1,2}`,
      String.raw`(?:new|newly|recently) ~1 (?:adopted|issued|effective|applicable) ~1 (?:accounting )?(?:standards?|pronouncements?|guidance|rules)`,
      String.raw`adoption of ~4 (?:standards?|guidance|pronouncements?|ASU|ASC)`,
      String.raw`long[-\s]duration (?:contracts|targeted improvements)`,
      String.raw`LDTI`,
      String.raw`(?:conversion|transition) (?:from|to) (?:U\.S\. )?(?:GAAP|IFRS)`,
    ]),
  },
  {
    id: "accounting-review.consolidation-third-party",
    category: "accounting-review",
    unlessBefore: TOPIC_OF_OTHER,
    // consolidating subsidiaries or foreign operations; waiting for information from others
    phrase: anyPhrase([
      String.raw`consolidat(?:ion|ing|e) (?:of )? ~3 (?:subsidiar\w*|entit\w*|affiliates?|operations|joint ventures?|VIEs?|results|businesses|accounts|acquired)`,
      String.raw`(?:incorporat\w*|includ\w*) ~3 results (?:of ~3 )?into ~4 (?:consolidated |combined )?financial statements`,
      String.raw`variable interest entit\w*`,
      // the statements of an acquired business, however named: "finalizing the consolidated financial
      // statements related to the business acquired by the Company on April 17"
      String.raw`(?:financial statements|financial information|financial results|results|accounts|books|records) (?:related to|relating to|of|for|from) ~2 (?:business|businesses|company|companies|entity|entities|subsidiar\w*|operations) (?:it |we |the Company |the Registrant )?(?:acquired|purchased)`,
      String.raw`deconsolidat\w*`,
      String.raw`(?:foreign|international|overseas|non[-\s]U\.?S\.?) (?:subsidiar\w*|operations|affiliates?|operating subsidiar\w*|locations|entities)`,
      String.raw`equity[-\s]method (?:investees?|investments?)`,
      String.raw`investees?`,
      String.raw`(?:Schedules? )?K-1s?`,
      String.raw`Rule 3-0[59]`,
      String.raw`intercompany`,
      String.raw`(?:obtain\w*|receiv\w*|gather\w*|collect\w*|provided|furnished|delivered|supplied) (?:from|by) ~4 ${THIRD_PARTY}`,
      String.raw`(?:financial statements|financial information|information|results|reports?) of ~3 (?:equity[-\s]method |significant |unconsolidated )?(?:investees?|joint ventures?|affiliates?|partnerships?|acquired (?:business|businesses|company|companies))`,
      String.raw`(?:information|data|financial statements|financial information|results|reports?|records|documents|documentation|statements|confirmations?) (?:from|by) ~4 (?:subsidiar\w*|investees?|joint ventures?|third[-\s]part\w*|affiliates?|partners?|operators?|custodians?|trustees?|administrators?|service providers?|counterpart\w*|vendors?|insurers?|reinsurers?|lenders?|banks?|financial institutions?|brokers?|portfolio companies)`,
      String.raw`third[-\s]party (?:information|data|reports?|valuations?|specialists?|appraisers?|actuar\w*|administrators?)`,
      String.raw`actuarial (?:valuations?|reports?|analys[ie]s|studies|study|reviews?)`,
      String.raw`(?:bank|brokerage|custodial|custodian|account) statements`,
      // "delays in receiving bank confirmations": information from third parties (constructed.jsonl c57)
      String.raw`confirmations? of balances`,
      String.raw`(?:bank|balance|account) confirmations?`,
    ]),
  },
  {
    id: "accounting-review.waiting-on-others",
    category: "accounting-review",
    unlessBefore: TOPIC_OF_OTHER,
    // a subsidiary, investee or other outside party has not delivered what the statements need
    phrase: anyPhrase([
      String.raw`${THIRD_PARTY} ~10 (?:(?:has|have|had) not (?:yet )?(?:been )?(?:provided|delivered|furnished|submitted|sent|received|completed|finali[sz]ed|closed)|(?:delay\w*|late) in (?:providing|delivering|furnishing|submitting|sending|closing|completing))`,
      String.raw`(?:await\w*|(?:delay\w*|late) in (?:receiv\w*|obtain\w*|collect\w*)|not (?:yet )?(?:been )?received|(?:has|have|had) not (?:yet )?(?:received|obtained)|receipt of|unable to obtain|not (?:been )?able to obtain|(?:until|before|upon) (?:it |we |the Company )?(?:receives?|obtains?|has received)) ~6 ${THIRD_PARTY}`,
    ]),
  },
  {
    id: "accounting-review.complex-accounting",
    category: "accounting-review",
    unlessBefore: TOPIC_OF_OTHER,
    // a complex transaction negotiated or closed is the deal itself, not its accounting: "negotiating and
    // closing a complex transaction with a significant number of new investors"
    unless: anyPhrase([
      String.raw`(?:negotiat\w*|clos(?:e|ed|ing)|execut\w*|enter\w* into|consummat\w*|structur\w*)(?: and \w+)? (?:a |the |this |such |these )?complex transactions?`,
    ]),
    // "complete its analysis of certain transactions", "the accounting and disclosures surrounding its acquisition"
    phrase: anyPhrase([
      String.raw`technical accounting`,
      String.raw`(?:complex|non[-\s]routine|unusual) (?:accounting|transactions?|matters?|issues?|instruments?)`,
      String.raw`complexity of ~4 (?:accounting|transactions?)`,
      // the work a matter makes of the statements: "the complexities of the preparation of such financial
      // statements … resulting from the share exchange"
      String.raw`complexit(?:y|ies) (?:of|in|involved in|associated with|related to|relating to|surrounding) ~3 (?:preparation|preparing|presentation|presenting|financial statements|financial reporting|disclosures?|consolidat\w*)`,
      // what the report must now disclose about a specific matter: "disclosures related to the recent
      // registered direct offering", "disclosures related to a reverse stock split"
      String.raw`disclosures? (?:related to|relating to|regarding|concerning|about|surrounding|associated with|in connection with|arising from|for) ~4 (?:offerings?|private placements?|placements?|financings?|transactions?|acquisitions?|mergers?|business combinations?|dispositions?|divestitures?|reverse (?:stock |share )?splits?|stock splits?|subsequent events?|segments?|warrants|financial instruments)`,
      String.raw`change in accounting (?:principles?|methods?|estimates?)`,
      String.raw`accounting (?:and disclosures?|for|of|surrounding|related to|relating to|associated with|treatment|analys[ie]s|implications|considerations|conclusions|determinations|judgments?|positions?|matters?|issues?|questions?|complexit\w*|effects?|impact|estimates?|memoranda|memos?|review|evaluation|research)`,
      String.raw`analys[ie]s of (?:certain|the|these|such|its|various|several|complex|significant|recent|specific|those) ~2 transactions`,
      String.raw`non[-\s]recurring (?:and complex )?transactions`,
      // how an item is to be booked, asked in other words: "the treatment of a convertible note issued in
      // December", "whether certain leases should be accounted for as finance leases", hedge accounting
      String.raw`treatment of ~3 (?:convertible \w+|notes?|warrants?|(?:financial |equity |derivative |hybrid )?instruments?|preferred (?:stock|shares)|debentures?|leases?|awards?|options|securities|transactions?|arrangements?|settlements?|modifications?|investments?|contracts?)`,
      String.raw`(?:should|must|would|will|can|could|is to|are to|needs? to|ought to) be accounted for`,
      String.raw`(?:how|whether) ~6 account(?:ed)? for`,
      String.raw`hedge accounting`,
      String.raw`hedging (?:relationships?|documentation|designations?)`,
      String.raw`(?:derivative|warrant|embedded)s? (?:liabilit\w*|instruments?|accounting|features?|valuation)`,
      String.raw`convertible (?:notes?|debentures?|preferred) (?:accounting|valuation|features?)`,
      String.raw`debt (?:extinguishment|modification)`,
      String.raw`(?:stock|share|equity)[-\s]based (?:compensation|payments?|awards?)`,
      String.raw`fresh[-\s]start`,
      String.raw`restricted stock units?`,
      String.raw`non[-\s]cash (?:expense|charges?|compensation)`,
      String.raw`discontinued operations?`,
      String.raw`held for sale`,
      String.raw`purchase accounting`,
      String.raw`business combination accounting`,
      String.raw`segment (?:reporting|disclosures?)`,
      String.raw`earnings per share calculation`,
      String.raw`capitaliz\w* (?:of )? ~2 (?:costs|software|interest)`,
      String.raw`foreign currency`,
      String.raw`hyperinflation\w*`,
      String.raw`subsequent events?`,
      String.raw`reclassifications?`,
      String.raw`classification of ~4 (?:debt|liabilit\w*|assets|cash|revenues?|expenses|costs|shares|stock|equity|warrants|instruments)`,
      String.raw`reserves? for ~2 (?:returns|chargebacks|rebates|warrant(?:y|ies)|obsolete|excess|doubtful|uncollectible|bad debts?|litigation|claims|environmental|self[-\s]insurance)`,
      String.raw`(?:rebates?|chargebacks?|returns) (?:reserves?|accruals?|allowances?|liabilit\w*)`,
      String.raw`(?:the )?related accounting`,
      String.raw`temporary equity`,
      String.raw`subject to possible redemption`,
      String.raw`accounting (?:acquirer|acquiree)`,
      String.raw`reverse recapitali[sz]ation`,
      String.raw`pooling of interests`,
      String.raw`(?:give|gives|giving) (?:retroactive |retrospective )?effect to ~3 (?:merger|acquisition|business combination|transaction|reorgani[sz]ation|spin[-\s]?off)`,
      String.raw`(?:consolidated|combined|supplemental|carve[-\s]out|pro forma) financial statements (?:reflecting|that reflect|giving effect|that give) ~4 (?:merger|acquisition|business combination|transaction|reorgani[sz]ation|recapitali[sz]ation)`,
      String.raw`classified as (?:current|long[-\s]term|non[-\s]?current)`,
      // "whether additional compensation expense must be recorded for prior periods" (heldout4-024):
      // an open question of what to book is an accounting matter, whoever raised it
      String.raw`(?:expenses?|charges?|liabilit(?:y|ies)|reserves?|losses|adjustments?|accruals?) ~2 (?:must|should|would|will|needs? to|ought to|is required to|are required to) be (?:recorded|recogni[sz]ed|accrued|booked)`,
      String.raw`(?:presentation of (?:the |its )?)?(?:cash flow statements?|statements? of cash flows?)`,
      // a policy or method in question: "an issue regarding the Company's methodology on an accounting policy"
      String.raw`accounting (?:polic(?:y|ies)|principles?|methodolog\w*|practices?)`,
      String.raw`(?:accounting|valuation|allocation|calculation|estimation|recognition|measurement|impairment|reserve|costing) (?:methodolog\w*|methods?)`,
      String.raw`methodolog\w* ~4 (?:accounting|valuation|allocation|calculation|estimat\w*|recogni\w*|measur\w*)`,
      String.raw`accounting (?:and|&|or) ~2 (?:matters|issues|questions|considerations|judgments)`,
      // a classification question on the balance sheet
      String.raw`(?:balance sheet|statement of financial position) (?:classification|presentation)`,
      String.raw`(?:classif\w*|present\w*) ~4 (?:as|between) ~2 (?:current|non-?current|long[-\s]term|short[-\s]term|debt|equity|liabilit\w*|assets?|temporary equity|mezzanine)`,
      // a balance or instrument still to be analysed
      String.raw`(?:analy[sz]\w*|evaluat\w*|assess\w*|review\w*|substantiat\w*|support\w*|validat\w*) (?:of )? ~4 (?<!opening )(?:account )?balances`,
      String.raw`(?:analy[sz]\w*|evaluat\w*|assess\w*|review\w*|measur\w*) (?:of )? ~4 financial instruments`,
      String.raw`(?:terms|features|provisions) of ~3 (?:notes|warrants|preferred (?:stock|shares)|instruments?|debentures|convertible \w+|securities)`,
      // a principle applied for the first time
      String.raw`(?:adopt\w*|appl(?:y|ied|ying|ication)|implement\w*) ~6 for the first time`,
      String.raw`first[-\s]time (?:adoption|application|adopters?)`,
      String.raw`initial (?:adoption|application) of`,
      // a change of reporting framework, currency or period, and what follows from it
      String.raw`(?:convert\w*|conversion|transition\w*|chang\w*|switch\w*|mov\w*) ~5 (?:from|to|into) ~3 (?:U\.S\. GAAP|US GAAP|GAAP|IFRSs?|International Financial Reporting Standards)`,
      String.raw`(?:change|changes|transition|conversion) (?:in|of|to) ~3 (?:reporting framework|basis of (?:accounting|presentation)|functional currency|reporting currency)`,
      // a subsidiary brought onto the parent's year: "its operating subsidiary is adjusting its year end to match"
      String.raw`(?:subsidiar\w*|investees?|affiliates?|foreign operations?|acquired (?:business|company|entity)) ~6 (?:chang\w*|adjust\w*|align\w*|conform\w*) ~3 (?:fiscal )?(?:year[-\s]ends?|fiscal years?|reporting periods?)`,
      String.raw`(?:accounting|purchase accounting|year[-\s]end|closing|post[-\s]closing|consolidation|conversion|transition|GAAP|fair value|measurement period) adjustments?`,
      String.raw`(?:gain|loss|losses) on (?:the )?(?:sale|disposal|disposition|extinguishment|deconsolidation|settlement|exchange|conversion)`,
    ]),
  },
  {
    id: "accounting-review.share-changes",
    category: "accounting-review",
    unlessBefore: TOPIC_OF_OTHER,
    // a split of the shares is restated through every share and per-share figure of the report; it is a
    // reason where the sentence says it needs work or time ("several corporate actions, including a reverse
    // split, resulting in the need for additional time"), not where it is told as an event
    phrase: anyPhrase([
      String.raw`(?:reverse|forward) (?:stock |share )?splits?`,
      String.raw`stock splits?`,
      String.raw`share consolidations?`,
    ]),
    near: anyPhrase([
      String.raw`need\w*`,
      String.raw`requir\w*`,
      String.raw`(?:additional|more|further) time`,
      String.raw`delay\w*`,
      String.raw`calculat\w*`,
      String.raw`retroactive\w*`,
      String.raw`retrospective\w*`,
      String.raw`adjust\w*`,
    ]),
  },
  {
    id: "accounting-review.close-items",
    category: "accounting-review",
    unlessBefore: TOPIC_OF_OTHER,
    // a named closing-process problem: reconciliations, inventory counts, reserves, cut-off
    phrase: anyPhrase([
      String.raw`reconcil\w*`,
      String.raw`tie[-\s]?out`,
      String.raw`cut[-\s]?off`,
      String.raw`physical (?:inventory|count)`,
      String.raw`inventory (?:counts?|observations?|valuation|reserves?|costing|reconciliation|count)`,
      String.raw`inventories`,
      String.raw`standard cost\w*`,
      String.raw`(?:overstat|understat)\w* ~3 (?:inventor\w*|receivables?|revenues?|expenses|liabilit\w*|assets)`,
      String.raw`inventor\w* ~5 (?:overstat|understat)\w*`,
      String.raw`(?:verify|verif\w*|substantiat\w*|validat\w*) ~5 (?:balances|accounts receivable|receivables|inventor\w*|accounts)`,
      String.raw`technical reports?`,
      String.raw`(?:oil and (?:natural )?gas|mineral|proved|proven|probable) reserves?`,
      String.raw`reserve (?:reports?|estimates?|study|studies)`,
      String.raw`technical report summar\w*`,
      String.raw`S-K 1300`,
      String.raw`Subpart 229\.1300`,
      String.raw`Item 1300`,
      String.raw`pension`,
      String.raw`loss contingenc\w*`,
      String.raw`contingent (?:consideration|liabilit\w*)`,
      String.raw`asset retirement obligations?`,
      String.raw`accrual\w*`,
      String.raw`cost allocations?`,
      String.raw`cost of (?:goods|sales) calculation`,
    ]),
  },

  /* ---------------- auditor ---------------- */
  {
    id: "auditor.audit-work",
    category: "auditor",
    // "complete the audit", "its audit procedures", "the audit work", "auditing procedures", "audited by"
    phrase: anyPhrase([
      String.raw`(?:first|initial)[-\s]year audits?`,
      String.raw`re[-\s]?audit\w*`,
      String.raw`audit(?:s|ing)? (?:work|procedures|process|fieldwork|field work|of|for|is|has|was|will|team|engagement|firm)`,
      String.raw`audit(?:s|ing)?`,
      String.raw`(?:be|being|been|is|are|were|was|subsequently) audited`,
      String.raw`audited by`,
      String.raw`reviewed by (?:the|its|our) ~2 (?:accountants?|auditors?|accounting firm)`,
      String.raw`(?:their|its|the) examination of (?:the |its |our )?(?:consolidated )?financial statements`,
    ]),
    unless: NOT_AUDIT_WORK,
  },
  {
    id: "auditor.actor",
    category: "auditor",
    // the auditor, needing time, changed, or unable to sign
    phrase: phrase(AUDITOR_ACTOR),
    near: AUDITOR_STATE,
    within: 120,
    unless: anyPhrase([
      String.raw`Report of Independent Registered Public Accounting Firm`,
      // a profession's bodies, not the company's auditor
      String.raw`(?:Institute|Association|Society|Board|Council) of ~2 (?:Certified |Chartered )?(?:Public )?Accountants`,
      String.raw`auditors?['’]? (?:report|opinion) (?:on|included|contained|dated)`,
      String.raw`audit committee\w*`,
      // Item 4.02 wording: "concluded, after discussion with management and the Company's independent
      // registered public accounting firm, that …" (heldout2-042)
      // ("still in discussions with its registered public accounting firm … on certain open items" is a cause:
      // fixtures/samples/0001213900-26-083374.htm)
      String.raw`(?:after|following|upon) (?:consultation|discussions?|consulting|discussing|conferring) (?:with )? ~6 ${AUDITOR_ACTOR}`,
      // "the independent registered public accounting firm has completed its review procedures" (heldout-074, -122)
      AUDIT_COMPLETED,
    ]),
  },
  {
    id: "auditor.accountants-review",
    category: "auditor",
    // a bare "accountant" may be an employee, but one who reviews or audits the statements is the outside firm
    phrase: anyPhrase([
      String.raw`accountants?['’]?s? ~4 (?:review|audit)\w*`,
      String.raw`(?:review\w*|audit\w*) ~3 by ~3 accountants?`,
    ]),
    // "forensic accountants to review allegations" work for an investigation (constructed-2.jsonl d38)
    unless: anyPhrase([String.raw`(?:forensic|tax|outside tax|internal|staff|in-house|consulting) accountants?`]),
  },
  {
    id: "auditor.evidence",
    category: "auditor",
    // audit evidence still missing: "confirmation of balances required by auditing standards",
    // "responses to certain of our confirmation requests", legal letters
    phrase: anyPhrase([
      String.raw`confirmations? of ~3 balances`,
      String.raw`(?:bank|balance|account|cash|third[-\s]party|audit|customer|receivables?) confirmations?`,
      String.raw`confirmation (?:requests?|responses?|process|letters?)`,
      String.raw`(?:legal|attorney|lawyer)['’]?s? (?:letters?|representation letters?|confirmations?)`,
    ]),
  },
  {
    id: "auditor.opinion-consent",
    category: "auditor",
    phrase: anyPhrase([
      String.raw`(?:unable|not able|cannot|could not|declined|refused|refuses|not in a position) to (?:issue|express|render|provide|deliver|sign|release|give) ~3 (?:opinion|consent|audit report|review report|report on the financial statements)`,
      String.raw`(?:opinion|consent) of (?:the|its|our) (?:former|prior|predecessor|previous) ~2 (?:auditors?|accountants?|accounting firm)`,
      String.raw`reissu\w* ~3 (?:opinion|report|consent)`,
      String.raw`(?:SAS|AS) (?:100|4105)`,
      String.raw`interim review`,
    ]),
  },

  /* ---------------- restatement ---------------- */
  {
    id: "restatement.restate",
    category: "restatement",
    phrase: anyPhrase([
      String.raw`restat\w*`,
      String.raw`non[-\s]?reliance`,
      String.raw`no longer be relied (?:up)?on`,
      String.raw`should not be relied (?:up)?on`,
      String.raw`Item 4\.02`,
      String.raw`revision of (?:the |its |our )?(?:previously (?:issued|reported|filed)|prior[-\s](?:period|year|quarter)|historical) ~2 (?:financial|results|statements|amounts|periods?)`,
      String.raw`revis\w* ~8 (?:previously (?:issued|reported|filed)|prior[-\s]period|historical) ~2 (?:financial|results|statements|amounts)`,
      String.raw`out[-\s]of[-\s]period adjustments?`,
      // adjustments that reach back into statements already issued are a revision of them, however small:
      // "the adjustments will be immaterial to previously reported financial statements"
      String.raw`(?:adjustments?|corrections?) ~6 (?:to|in|of|on|for) ~2 previously (?:reported|issued|filed) (?:\w+ )?(?:financial statements|periods|fiscal years|quarters)`,
      String.raw`prior[-\s](?:period|year) adjustments?`,
    ]),
    backgroundSentence: PAST_RESTATEMENT_HISTORY,
    // "Amended and Restated Credit Agreement", a restated charter: documents, not restatements
    unless: anyPhrase([
      String.raw`amended and restated`,
      String.raw`restated (?:certificate|articles|bylaws|by-laws|credit|loan|agreement|charter|plan|note|notes|indenture|employment|limited|operating|memorandum|declaration|trust|warrant|security|guaranty)`,
      // an amendment's preamble: "This Amendment No. 1 amends and restates the Form 12b-25 filed on …"
      String.raw`(?:amend\w* and )?restat\w* ~4 (?:Form 12b-25|Form NT|NT 10-?[KQ]|NT 20-F|NT 11-K|Notification of Late Filing|notification|notice|Part (?:I|II|III|IV)|(?:in|its|their) (?:its |their )?entirety)`,
    ]),
  },
  {
    id: "restatement.errors",
    category: "restatement",
    // "correct errors related to the over-recognition of revenue", "errors identified in … results previously filed"
    phrase: anyPhrase([
      String.raw`errors?`,
      String.raw`misstat\w*`,
      String.raw`mis-stat\w*`,
    ]),
    near: anyPhrase([
      String.raw`previously`,
      String.raw`prior (?:periods?|years?|quarters?|fiscal)`,
      String.raw`previous`,
      String.raw`historical`,
      String.raw`correct\w*`,
      String.raw`restat\w*`,
      String.raw`identif\w*`,
      String.raw`material`,
      String.raw`reported`,
      String.raw`filed`,
      String.raw`issued`,
      String.raw`cumulative`,
      String.raw`over[-\s]?recogni\w*`,
      String.raw`under[-\s]?recogni\w*`,
      String.raw`adjustments?`,
      String.raw`immaterial`,
      String.raw`discovered`,
      String.raw`uncovered`,
      String.raw`amend\w*`,
    ]),
    within: 120,
    unless: anyPhrase([
      String.raw`(?:clerical|human|technical|transmission|filing|administrative|software|system|systems|computer|inadvertent|XBRL|tagging|EDGAR|formatting|typographical|scrivener['’]?s?|coding|programming|processing|submission) ~1 errors?`,
      String.raw`errors? (?:in|with|during) (?:the )?(?:transmission|submission|filing|EDGAR|XBRL|upload)`,
    ]),
  },

  /* ---------------- internal-control ---------------- */
  {
    id: "internal-control.weakness",
    category: "internal-control",
    phrase: anyPhrase([
      String.raw`material weakness\w*`,
      String.raw`significant deficienc\w*`,
      String.raw`control deficienc\w*`,
      String.raw`deficienc\w* in ~3 (?:internal )?controls?`,
      String.raw`internal control\w*`,
      String.raw`internal (?:accounting|financial) controls?`,
      String.raw`weakness\w* (?:in|of) ~4 controls?`,
      String.raw`ICFR`,
      String.raw`ICOFR`,
      String.raw`Section 404`,
      String.raw`SOX 404`,
      String.raw`SOX compliance`,
      String.raw`Sarbanes[-\s]Oxley`,
      String.raw`(?:management['’]?s?|auditors?['’]?s?) (?:assessment|evaluation|attestation|report) ~4 (?:internal )?controls?`,
      String.raw`attestation report`,
      String.raw`remediation (?:plans?|efforts?|of|activities|measures) ~4 (?:weakness\w*|controls?|deficienc\w*)`,
      // governance lapses: "lapses in its approval processes for related-party transactions", "deficiencies
      // in oversight by the board", "tone at the top"
      String.raw`(?:lapses?|failures?|deficienc\w*|weakness\w*|breakdowns?|gaps?) (?:in|of) ~3 (?:corporate )?(?:governance|oversight|approval|authori[sz]ation|segregation of duties|controls?)`,
      String.raw`(?:corporate )?governance (?:lapses?|failures?|deficienc\w*|weakness\w*|concerns|issues|matters)`,
      String.raw`segregation of duties`,
      String.raw`tone at the top`,
      String.raw`(?:override|overrode|circumvent\w*) ~3 (?:of )?(?:internal )?controls?`,
    ]),
    // "disclosure controls and procedures" alone is not internal control over financial reporting
    unless: phrase(String.raw`disclosure controls`),
    // a weakness the company reported before, or will report in the late filing, named without tying it to the
    // delay, is background
    backgroundSentence: KNOWN_MATTER_MENTION,
    // internal control as the object of the audit ("the audit of internal control over financial reporting
    // as of September 30", "the audit of the consolidated financial statements and internal controls over
    // financial reporting"): the auditor's work, not a control problem
    unlessBefore: pattern(
      String.raw`\b(?:audit(?:s|ing)?|attestation|attest)\s+(?:of|on)\s+(?:(?:[\w’'-]{1,30}\s+){1,8}?(?:and|as\s+well\s+as)\s+(?:of\s+|on\s+)?)?(?:the\s+)?(?:effectiveness\s+of\s+)?(?:the\s+)?(?:(?:Company|Registrant|Issuer)['’]s\s+|its\s+|our\s+)?$`,
      "i",
    ),
  },

  /* ---------------- transaction ---------------- */
  {
    id: "transaction.deal",
    category: "transaction",
    // a deal named as past history: "goodwill associated with its previous acquisition of Alphazyme"
    // (the goodwill is the matter), not "the intangible assets acquired in its acquisition of Delta"
    backgroundBefore: pattern(String.raw`\b(?:previous|previously\s+completed|prior|earlier|past|historical|historic|legacy|former)\s+$`, "i"),
    phrase: anyPhrase([
      String.raw`merg(?:er|ers|ed|ing)`,
      String.raw`acquisitions?`,
      String.raw`business combinations?`,
      String.raw`reverse (?:merger|acquisition|takeover)`,
      String.raw`de-?SPAC`,
      String.raw`spin[-\s]?offs?`,
      String.raw`spun off`,
      String.raw`split[-\s]?offs?`,
      String.raw`carve[-\s]?outs?`,
      String.raw`divest\w*`,
      String.raw`dispos(?:al|als|ition|itions|ed of)`,
      String.raw`(?:sale of|sold) (?:certain |substantially all (?:of )?|all (?:of )?)?(?:its |the |our |an? )? ~3 (?:business|businesses|segments?|divisions?|subsidiar\w*|assets|operations|business units?|interests?|stake|properties|property|brands?|portfolio|product lines?)`,
      String.raw`sales of (?:its |the |our |two |three |several |certain )? ~2 (?:businesses|segments|divisions|subsidiaries|business units)`,
      String.raw`(?:sell|sells|selling|divest|dispose of) (?:certain |substantially all (?:of )?|all (?:of )?)?(?:its |the |our )? ~3 (?:business|businesses|segments?|divisions?|subsidiar\w*|operations|business units?|interests?|stake|product lines?|properties|assets)`,
      // "a possible sale of the Registrant" (heldout-116), not "the sale of the Registrant's warehouse"
      String.raw`sale of (?:the |our )(?:Company|Registrant|Issuer|Partnership|Trust|Bank)(?!['’]|\s+s\b)`,
      String.raw`acquir(?:e|ed|ing) ~3 (?:company|companies|business|businesses|assets|entity|entities|subsidiar\w*|operations|interests?|stake|control)`,
      String.raw`purchas(?:e|ed|ing) (?:of )?(?:substantially all |all |certain )?(?:of )?(?:the )? ~3 (?:assets|business|businesses|company|companies|subsidiar\w*|operations|stock|shares|equity interests?) of`,
      // "purchased all of DEFJ's membership interests in ABCJ, LLC"
      String.raw`(?:acquir\w*|purchas\w*|buy\w*|bought) ~4 (?:membership|equity|ownership|partnership|controlling|majority|limited liability company|LLC) (?:interests?|stakes?) (?:in|of)`,
      // "the strategic transaction completed on March 25", not "other strategic transactions" among options
      String.raw`(?:the|this|that|a|its|our|recently completed|completed|closed|consummated|pending|proposed) strategic (?:transaction|combination)`,
      String.raw`the acquired ~2 (?:company|companies|business|businesses|entity|entities|operations|subsidiar\w*)`,
      // "the business acquired by the Company" ("the Company acquired" is the registrant, read by the row above)
      String.raw`the (?:business|businesses|entity|entities|operations|subsidiar\w*) (?:it |we )?(?:recently )?(?:acquired|purchased)(?! (?:from|with) )`,
      String.raw`take[-\s]?over`,
      String.raw`tender offer`,
      String.raw`going[-\s]private`,
      String.raw`change (?:of|in) control`,
      String.raw`share exchange`,
      String.raw`asset purchase agreement`,
      String.raw`(?:stock|share|equity) purchase agreement ~4 (?:acqui\w*|control)`,
      String.raw`redomestic\w*`,
      String.raw`redomicil\w*`,
      String.raw`domestication`,
      String.raw`reorgani[sz]\w*`,
      String.raw`amalgamation`,
      String.raw`scheme of arrangement`,
      String.raw`plan of arrangement`,
      String.raw`integrat\w* ~4 (?:acquired|acquisitions?|acquisition['’]?s?|businesses|business|operations|companies|company|merger|merged|entities)`,
      String.raw`(?:acquisition|merger|transaction|financial reporting) integration`,
      String.raw`post[-\s](?:merger|acquisition)`,
    ]),
    // a company's name ("Titan Acquisition Corp") is handled for every row; a blank-check
    // company's statement of purpose names every kind of deal without one happening
    backgroundSentence: anyPhrase([
      String.raw`blank[-\s]check`,
      String.raw`for the purpose of (?:effecting|entering)`,
      String.raw`(?:formed|organized|incorporated|created) (?:for the purpose of |to |with the purpose of )(?:effect|effecting|enter|entering|acquir\w*|consummat\w*)`,
      String.raw`merger, (?:capital stock exchange, |share exchange, )?(?:share exchange, )?asset acquisition`,
    ]),
    unless: anyPhrase([
      String.raw`acquisition (?:of|and compilation of) ~2 (?:information|data|documents|documentation|records)`,
      // the registrant's own shares bought from it are a financing, not a deal: "investors seeking to purchase
      // shares of common stock", "warrants to purchase 10,250,000 shares of Common Stock" (an acquisition
      // buys the shares of another: "purchase all of the outstanding shares of common stock of Delta")
      String.raw`purchas\w* (?:up to )?(?:an aggregate of )?(?:[\d,.]+ |additional |newly issued )?(?:shares|units) of (?:the Company['’]s |the Registrant['’]s |its |our )?(?:(?:common|preferred|ordinary|capital|voting|non-voting)(?: \w+)?|Class \w+(?: \w+)?|Series \w+(?: \w+)?) (?:stock|shares)(?! (?:of|in) )`,
      String.raw`(?:customer|data|talent|user) acquisitions?`,
      String.raw`acquisition costs`,
      String.raw`loan acquisitions?`,
      // a line of business: "engaged in the acquisition, exploration and development of oil and gas properties"
      String.raw`acquisitions?,? (?:and |or )?(?:exploration|development|ownership|operation|operating|leasing|management|financing|construction|production|redevelopment|origination|servicing)`,
      String.raw`(?:engaged|specializ\w*|focused|involved|business) (?:in|on|of) (?:the )?acquisition`,
      // "warrants issued by special purpose acquisition companies" (heldout-025)
      String.raw`special purpose acquisition (?:company|companies|corporations?)`,
      // the audit firm's own deal: "its independent registered public accounting firm recently merged with
      // another firm" (heldout-092), "CBIZ acquired the attest business of Marcum", "partners and
      // employees of the firm joined another firm"
      String.raw`${AUDITOR_ACTOR} ~3 (?:merg\w*|(?:was |were |has been |had been )?acquired by|combined with|joined)`,
      String.raw`(?:acqui\w*|purchas\w*|merg\w*|combin\w*|integrat\w*|transaction with) ~5 (?:attest|audit|assurance|accounting|CPA|public accounting) (?:business|practice|firm|operations|partners)`,
      String.raw`(?:attest|audit|assurance|CPA|public accounting) (?:business|practice|firm)s? ~4 (?:acqui\w*|merg\w*|combin\w*|join\w*)`,
    ]),
  },

  /* ---------------- financing-distress ---------------- */
  {
    id: "financing-distress.going-concern-bankruptcy",
    category: "financing-distress",
    phrase: anyPhrase([
      String.raw`going concern`,
      String.raw`substantial doubt`,
      String.raw`bankrupt\w*`,
      String.raw`Chapter (?:7|11|15)`,
      String.raw`insolven\w*`,
      String.raw`receiver(?:ship)?`,
      String.raw`liquidator`,
      String.raw`administration proceedings`,
      String.raw`creditor protection`,
      String.raw`CCAA`,
      String.raw`restructuring support agreement`,
      String.raw`in-court`,
      String.raw`out[-\s]of[-\s]court`,
      // "winding down its affairs under a plan of liquidation" (heldout-143), not "the wind-down of its
      // legacy consulting business" (heldout2-011)
      String.raw`wind(?:ing)?[-\s]?down (?:of )?(?:its |the |our )?(?:affairs|operations|business|Company|Registrant|Partnership|Fund)(?! of)`,
      String.raw`plan of (?:liquidation|dissolution)`,
      String.raw`foreclos\w*`,
    ]),
    // another party's bankruptcy is the filer's accounting question, not its distress:
    // "a significant customer filed for bankruptcy" (a named company may be the filer itself)
    unless: anyPhrase([
      String.raw`(?:customers?|suppliers?|tenants?|lessees?|borrowers?|counterpart(?:y|ies)|vendors?|licensees?|distributors?|obligors?|investees?|portfolio compan(?:y|ies)|exchange),? (?:which |who |that )?(?:has |had |have )?(?:recently |subsequently )?(?:filed|file|entered|went) (?:a )?(?:voluntary |involuntary )?(?:petition )?(?:for |into )?(?:bankruptcy|Chapter (?:7|11|15)|receivership|insolvency)(?: protection)?`,
    ]),
  },
  {
    id: "financing-distress.debt",
    category: "financing-distress",
    // a default, a breach or waiver of covenants, missed payments, a debt restructuring: distress by itself
    phrase: anyPhrase([
      String.raw`defaults?`,
      String.raw`defaulted`,
      String.raw`forbearance`,
      String.raw`covenant (?:holidays?|waivers?|violations?|breach\w*|defaults?|relief)`,
      String.raw`(?:breach\w*|violat\w*|non-?compliance with|not in compliance with|(?:failure|failed|fail) to (?:comply|meet|satisfy)) ~4 (?:financial |debt |loan )?(?:covenants?|credit agreements?|loan agreements?|indentures?|debt agreements?|terms of (?:its|the|our) ~2 (?:debt|loans?|notes|credit))`,
      String.raw`waivers? (?:from|of|under) ~3 (?:lenders?|covenants?|credit|notes|noteholders|bondholders|banks?)`,
      // "ongoing discussions with holders of its 8.5% senior notes regarding a potential exchange" (heldout4-050)
      String.raw`(?:discussions?|negotiations?|negotiating|talks|discussing|negotiate|agreement|agreements) with ~3 holders of ~4 (?:notes|debentures|bonds|indebtedness|debt)`,
      String.raw`debt restructuring`,
      String.raw`(?:debt|financial|capital|balance sheet|comprehensive|liability management) (?:restructuring|recapitali[sz]ation)`,
      String.raw`restructuring (?:of (?:its|the|our) (?:debt|indebtedness|notes|obligations|capital|balance sheet|loans?|credit)|initiatives|negotiations)`,
      String.raw`acceleration (?:of|under)`,
      String.raw`(?:missed|miss|failure to make|did not make|unable to make|not make|skipped|deferred|suspended) ~3 (?:interest |principal |scheduled |debt )?payments?`,
      String.raw`(?:interest|principal|debt service|loan) payments? ~4 (?:missed|not (?:been )?made|past due|overdue|deferred|suspended)`,
      String.raw`margin calls?`,
    ]),
    unless: anyPhrase([
      String.raw`by default`,
      String.raw`default (?:settings?|values?|option)`,
      String.raw`events? of default (?:provisions|clauses)`,
    ]),
  },
  {
    id: "financing-distress.debt-parties",
    category: "financing-distress",
    // Neutral finance words (lenders, a credit agreement, refinancing, debt service) are a reason only
    // where the sentence states distress or a negotiation with them: "negotiating an amendment with its
    // lenders", "needs to refinance its credit facility before it matures", not "a loan agreement with
    // Pontifax (the Lenders)" or "expects to be in compliance with its covenants".
    phrase: anyPhrase([
      String.raw`covenants?`,
      String.raw`lenders?`,
      String.raw`creditors?`,
      String.raw`noteholders?`,
      String.raw`note holders`,
      String.raw`bondholders?`,
      String.raw`debt ?holders`,
      String.raw`debt (?:instruments?|agreements?|obligations?|financing|facilit\w*|maturit\w*|service|refinancing|amendments?)`,
      String.raw`credit (?:support|facilit\w*|agreements?|line)`,
      String.raw`loan (?:agreements?|facilit\w*)`,
      String.raw`refinanc\w*`,
      String.raw`capital structure`,
      String.raw`indebtedness`,
      String.raw`interest payments?`,
      String.raw`(?:senior |secured |convertible )?notes (?:due|payable)`,
    ]),
    near: anyPhrase([
      String.raw`negotiat\w*`,
      String.raw`discussions?`,
      String.raw`talks`,
      String.raw`waiv\w*`,
      String.raw`forbear\w*`,
      String.raw`default\w*`,
      String.raw`breach\w*`,
      String.raw`violat\w*`,
      String.raw`non-?compliance`,
      String.raw`not (?:be )?in compliance`,
      String.raw`restructur\w*`,
      String.raw`accelerat\w*`,
      String.raw`demand\w*`,
      String.raw`(?:unable|inability|failure|failed|not able) to`,
      String.raw`(?:seek\w*|need\w*|pursu\w*|attempt\w*|efforts? to|working to|requir\w*) (?:to )?(?:refinanc\w*|restructur\w*|extend|amend|obtain|secure)`,
      String.raw`(?:matur\w*|due) ~4 (?:cannot|unable|without|unless|absent)`,
      String.raw`(?:extension|extend\w*) (?:of )?(?:the )?maturit\w*`,
      String.raw`going concern`,
      String.raw`liquidity`,
      String.raw`ability to (?:continue to )?(?:fund|finance|meet|repay|pay|service)`,
    ]),
    within: 150,
  },
  {
    id: "financing-distress.lack-of-funds",
    category: "financing-distress",
    // "limited financial resources" (urban-gro), unpaid audit fees, cash constraints
    phrase: anyPhrase([
      String.raw`(?:lack|shortage|absence) of (?:sufficient |adequate |available )?(?:funds|funding|capital|cash|liquidity|financial resources|financing|working capital|money)`,
      String.raw`(?:insufficient|inadequate|limited|constrained) (?:funds|funding|capital|cash|liquidity|financial resources|financing|working capital|resources to pay)`,
      String.raw`(?:financial|cash|liquidity|funding|capital|working capital) (?:constraints?|difficult\w*|limitations?|challenges|hardship|distress|problems?|issues|shortfalls?|crunch)`,
      String.raw`liquidity`,
      String.raw`(?:unable|not (?:been )?able|inability|failure|failed|fails) to (?:pay|fund|afford)`,
      // a loan, not "certain loan guarantee documentation" (heldout3-017)
      String.raw`(?:unable|not (?:been )?able|inability|failure|failed|fails) to (?:raise|obtain|secure) ~3 (?:capital|funds|funding|financing|loans?|credit)(?! (?:guarantee|documentation|documents|files|information|data|records|agreements?|servicing|portfolio|reports?|statements?|tapes?)\b)`,
      String.raw`lack(?:s|ed|ing)? (?:the )?(?:necessary |sufficient |adequate |required )?(?:funds|funding|capital|cash|financial resources|money)`,
      String.raw`(?:do|does|did|has|have|had) not (?:currently |presently |yet )?(?:have|had) (?:the )?(?:sufficient |enough |adequate |necessary |available |required )?(?:funds|funding|capital|cash|money|financial resources) (?:necessary |needed |required |available )?(?:to|for)`,
      String.raw`(?:seek\w*|need\w*|requir\w*|negotiat\w*|pursu\w*) ~3 (?:additional|new|interim|bridge|emergency|rescue) (?:financing|funding|capital)`,
      String.raw`(?:additional|new|interim|bridge|emergency|rescue) (?:financing|funding|capital) ~3 (?:negotiations?|discussions?|efforts?)`,
      String.raw`(?:negotiations?|discussions?) ~5 (?:additional|new|interim|bridge|emergency|rescue) (?:financing|funding|capital)`,
      // "it has not had sufficient resources to pay its outside accountants and its auditor" (heldout4-064)
      String.raw`(?:(?:not|never) (?:had |have |has )?(?:sufficient|enough|adequate|the)|insufficient|inadequate|lack(?:s|ed|ing)? (?:of )?(?:sufficient |adequate |the )?) (?:financial )?resources (?:necessary |needed |required |available )?to (?:pay|fund|engage|retain|cover|afford)`,
      String.raw`unpaid (?:fees|invoices|bills|balances?|amounts|audit fees|wages|salaries)`,
      String.raw`(?:outstanding|past[-\s]due|overdue) (?:fees|invoices|balances?|bills|amounts) (?:owed|due|payable)?`,
      String.raw`payment of (?:the |its |our )?(?:audit|auditor['’]?s?|accounting) fees`,
      String.raw`(?:raise|obtain|secure|arrange) ~3 (?:additional |sufficient |necessary )?(?:capital|funding|financing|funds)`,
      String.raw`(?:financing|funding) (?:negotiations|discussions)`,
      // a placement of its securities still being negotiated: "negotiating and closing a complex transaction with
      // a significant number of new investors", "discussions with potential investors regarding a private
      // placement" (a placement or offering that merely closed is not)
      String.raw`(?:negotiat\w*|discussions?|talks) ~8 (?:potential|prospective|new|institutional) investors`,
      String.raw`(?:negotiat\w*|discussions?|talks) ~6 (?:private placements?|PIPE|(?:equity|debt|capital|securities) (?:raises?|offerings?|financings?|investments?))`,
      String.raw`(?:negotiat\w*|seek\w*|secur\w*|finali[sz]\w*|obtain\w*) ~3 (?:financing|funding) arrangements`,
      String.raw`cash (?:shortages?|flow (?:problems|difficulties|issues|constraints))`,
      // a financing still being arranged: "certain financing transactions which … are expected to close"
      String.raw`(?:financing|funding|refinancing|capital[-\s]raising) (?:transactions?|arrangements?|round|efforts?) ~12 (?:expected|anticipated|scheduled|yet|intend\w*|plan\w*) to (?:close|be (?:completed|consummated|finali[sz]ed|closed))`,
      String.raw`(?:pending|proposed|potential|contemplated|ongoing|anticipated) (?:financing|funding|refinancing|capital[-\s]raising)(?: transactions?| arrangements?)?`,
      String.raw`(?:evaluat\w*|assess\w*|question\w*|doubts? (?:about|as to)|uncertain\w* (?:about|as to|regarding)) ~3 ability to (?:continue to )?(?:fund|finance|meet|repay|pay|service|continue (?:its|our|as)) ~2 (?:operations|obligations|debts?|liabilit\w*|business)`,
    ]),
    // the MD&A section "Liquidity and Capital Resources" is not a liquidity problem
    unless: anyPhrase([
      String.raw`liquidity and capital resources`,
      String.raw`liquidity risk management`,
    ]),
  },

  /* ---------------- management ---------------- */
  {
    id: "management.change",
    category: "management",
    // "recent changes in the Company's management", "turnover in the Company's finance department"
    phrase: anyPhrase([
      String.raw`(?:change|changes|turnover|transition|transitions|departure|departures|resignation|resignations|death|loss|losses|retirement|termination|replacement|absence|illness|vacanc(?:y|ies)|shortage|lack|reduction|reductions|exodus) (?:in|of|among|within|at|from) ~4 ${OFFICER}`,
      String.raw`${OFFICER} ~5 (?:(?:his|her|their) (?:resignation|retirement|departure|intention to resign)|resigned|resigns|departed|departure|left|passed away|died|retired|was terminated|were terminated|(?:has been|have been|had been|was|were|is|are|became|fell|being) (?:seriously |critically |gravely )?ill|(?:has been |have been |was |were )?(?:reduced|laid off|furloughed|downsized|cut)|turnover|transitions?|changes|vacanc\w*|health issues|illness|medical (?:leave|condition|emergency|issues)|leave of absence|was hospitalized|is ill|fell ill|became ill|shortage|shortages|attrition)`,
      String.raw`(?:new|newly (?:appointed|hired|engaged)|recently (?:appointed|hired|engaged|joined)|incoming|interim|acting|replacement|successor|departed|departing|outgoing) ~1 ${OFFICER}`,
      String.raw`(?:lost|losing) (?:its |our |the |a |two |several |certain |key )? ~1 ${OFFICER}`,
      String.raw`terminat\w* (?:the )?(?:employment|services) of (?:its |the |our )? ~2 ${OFFICER}`,
      // "its Chief Financial Officer was appointed only in February" (heldout-123)
      // "engaged in negotiating the financing" is busy, not hired
      String.raw`${OFFICER} (?:was|were|has been|have been) (?:only )?(?:recently |newly )?(?:appointed|hired|named|engaged(?!\s+(?:in|with|on)\b)|promoted|replaced)`,
      String.raw`(?:appoint\w*|hir\w*|recruit\w*|search for|identify\w*) (?:of )?(?:a |an )?(?:new|replacement|successor|permanent) ${OFFICER}`,
    ]),
    // "new management's evaluation of the accounting standard"
    unless: anyPhrase([
      String.raw`new (?:accounting|standards?)`,
      String.raw`Staff Accounting Bulletins?`,
      String.raw`(?:SEC|Commission['’]?s?) staff`,
      String.raw`staff of the (?:SEC|Commission|Securities)`,
      String.raw`loss of (?:revenue|customers|business|control)`,
      String.raw`management['’]?s? (?:assessment|evaluation|review|report|estimates?|assumptions?|judgments?|plans?|discussion|attention|focus|conclusions?)`,
      AUDIT_FIRM_PEOPLE_SOURCE,
    ]),
  },
  {
    id: "management.people",
    category: "management",
    // "unanticipated resignations and employee health issues" (Barnwell)
    phrase: anyPhrase([
      String.raw`hospitali[sz]\w*`,
      String.raw`illness(?:es)?`,
      String.raw`(?:out|absent) (?:of the office )?(?:due to|because of|on account of|with) ~2 (?:illness|sickness|medical|health)`,
      String.raw`${OFFICER} ~5 (?:was |were |is |has been |had been )?(?:unavailable|travel(?:l)?ing|abroad|out of the country)`,
      // "has been operating without a Chief Financial Officer since January"
      String.raw`without (?:a|an) (?:permanent |full[-\s]time )?${OFFICER}`,
      String.raw`(?:medical|sick|disability) leave`,
      String.raw`layoffs?`,
      String.raw`furlough\w*`,
      String.raw`reductions? in (?:force|workforce|headcount)`,
      String.raw`workforce reductions?`,
      String.raw`(?:unanticipated|unexpected|sudden|abrupt|recent) (?:resignations?|departures?|deaths?|illness\w*|loss of (?:key )?(?:personnel|staff|employees))`,
      String.raw`passed away`,
      String.raw`untimely death`,
      String.raw`death of`,
      String.raw`(?:serious|unexpected|sudden|prolonged) (?:illness|medical condition)`,
      String.raw`(?:illness|medical|health) (?:issues?|conditions?|emergenc\w*|leave|reasons|problems)`,
      String.raw`(?:employee|staff|personnel|accounting|finance) turnover`,
      String.raw`(?:understaffed|under-staffed|short[-\s]staffed|staffing (?:shortages?|issues|constraints|challenges|changes|limitations))`,
      String.raw`(?:limited|insufficient|lack of|reduced|shortage of) (?:accounting|finance|financial reporting|qualified|internal) (?:staff|personnel|employees|team|resources)`,
      String.raw`maternity leave`,
      // a shortage of people told without "turnover": "has had limited resources to complete its year-end
      // close" (heldout3-016), "does not have the personnel available to prepare the report"; resources to
      // pay are money (financing-distress)
      String.raw`(?:limited|insufficient|inadequate|constrained|stretched|strained|reduced|lack(?:s|ed|ing)? (?:of )?(?:the |sufficient |adequate |enough )?|(?:not|never) (?:had |have |has )?(?:sufficient|enough|adequate|the)) (?:internal |accounting |finance |financial reporting |staff(?:ing)? |personnel |human )?(?:resources|personnel|staff|manpower|headcount|bandwidth) (?:necessary |needed |required |available )?(?:to|for) (?:timely )?(?:prepar\w*|complet\w*|finali[sz]\w*|compil\w*|file|filing|close|closing|review\w*|perform\w*|the preparation|the completion)`,
      String.raw`(?:accounting|finance|financial reporting) (?:staff|personnel|team|department|function|resources) ~4 (?:stretched|strained|constrained|overextended|overburdened|at capacity|understaffed)`,
      String.raw`family (?:medical )?emergency`,
      // "unable to retain the accounting personnel necessary" (heldout-110)
      String.raw`(?:unable|not able|inability|difficult\w*|failure) (?:to|in) (?:retain|hire|hiring|recruit\w*|attract\w*|replace|find|finding|keep) ~3 ${OFFICER}`,
      // "has no employees other than its Chief Executive Officer" (heldout-143), "one employee"
      String.raw`(?:no|only one|only two|one|two|a single) (?:full[-\s]time )?(?:employees?|staff members?|accountants?|officers?) (?:other than|besides|except|apart from)`,
      String.raw`(?:accounting|finance) (?:staff|department|function) (?:consists|consisted) of (?:only )?(?:one|two|a single)`,
      // "The Company's limited staff" (heldout-053), "its small accounting department"; not "limited
      // personnel and resources … devoted to the bankruptcy proceedings" (constructed.jsonl c08)
      // and with its functions coordinated: "limited accounting and administrative staff"
      String.raw`(?:limited|small|lean|minimal|thin) (?:internal |in-house )?(?:(?:${STAFF_FUNCTION} (?:and |& |, )?){1,3}(?:staff|personnel|department|team)|staff)`,
      // "called to active duty" (heldout-076), "in his absence"
      String.raw`called (?:up )?to (?:active )?(?:military )?duty`,
      String.raw`military (?:leave|deployment|service)`,
      String.raw`in (?:his|her|their) absence`,
    ]),
    unless: AUDIT_FIRM_PEOPLE,
  },
  {
    id: "management.outsourced-accounting",
    category: "management",
    // the accounting done by an outside provider is the company's accounting staff: a change of that
    // provider is a change of staff ("outsources its accounting function and changed service providers")
    phrase: anyPhrase([
      String.raw`(?:chang\w*|replac\w*|switch\w*|transition\w*|terminat\w*|new|loss of|lost|losing) ~3 (?:outsourced |third[-\s]party |outside |external )?(?:accounting |bookkeeping |financial reporting )?(?:service providers?|bookkeepers?|bookkeeping (?:firms?|services?)|outsourc\w* (?:firms?|providers?|partners?))`,
    ]),
    near: anyPhrase([
      String.raw`outsourc\w*`,
      String.raw`(?:accounting|bookkeeping|financial reporting|finance)(?: and (?:accounting|bookkeeping|financial reporting|finance))? (?:functions?|services|work)`,
    ]),
  },

  /* ---------------- investigation ---------------- */
  {
    id: "investigation.inquiry",
    category: "investigation",
    phrase: anyPhrase([
      String.raw`investigations?`,
      String.raw`investigative`,
      String.raw`investigat(?:e|es|ed|ing) ~3 (?:allegations?|claims?|complaints?|matters?|conduct|misconduct|whether|concerns?|tips?|reports?|circumstances|issues raised)`,
      String.raw`investigat\w* (?:by|of|into) ~3 (?:SEC|Commission|Department|DOJ|FBI|authorit\w*|agenc\w*|regulators?|committee|counsel|Board)`,
      String.raw`subpoena\w*`,
      String.raw`Wells notice`,
      String.raw`whistle[-\s]?blow\w*`,
      String.raw`special committee`,
      String.raw`independent committee`,
      String.raw`forensic\w*`,
      String.raw`indict\w*`,
      String.raw`criminal (?:charges?|complaint|proceedings?|case)`,
      String.raw`grand jury`,
      String.raw`Department of Justice`,
      String.raw`DOJ`,
      String.raw`U\.S\. Attorney`,
      String.raw`Division of Enforcement`,
      String.raw`enforcement (?:action|division|staff|proceedings?|matters?)`,
      String.raw`cease[-\s]and[-\s]desist`,
      String.raw`consent order`,
      String.raw`regulatory (?:review|examination|action|inquir\w*|proceedings?|matters?|scrutiny)`,
      String.raw`(?:SEC|Commission|regulatory|governmental|government|informal|formal|FINRA|DOJ|Nasdaq|NYSE|state|federal) ~3 inquir\w*`,
      String.raw`inquir\w* (?:from|by) ~3 (?:SEC|Securities and Exchange Commission|Commission|regulators?|FINRA|Department|authorit\w*|agenc\w*|Nasdaq|NYSE|Exchange|Stock Market|OCC|FDIC|Federal Reserve|Attorney General)`,
      String.raw`(?:audit|special|independent) committee['’]?s? ~4 (?:review\w*|inquir\w*|examin\w*|evaluat\w*|look\w* into)`,
      String.raw`(?:request\w*|demands?) for (?:information|documents|records) (?:from|by) ~5 (?:SEC|Securities and Exchange Commission|Commission|PCAOB|Public Company Accounting Oversight Board|regulators?|FINRA|Department|Division|Secretary of State|Attorney General|Bureau|Commissioner|Nasdaq|NYSE|authorit\w*|agenc\w*)`,
      String.raw`(?:PCAOB|Public Company Accounting Oversight Board) (?:inquir\w*|investigat\w*|inspections?|requests?|sanctions?|enforcement|orders?)`,
      String.raw`review ~3 by (?:the )? ~2 (?:audit|special|independent) committee`,
      String.raw`allegations?`,
      String.raw`alleged`,
      // a fraud, embezzlement or irregularity the company found is the matter looked into; it is an
      // investigation when one is named ("an internal investigation confirmed a misappropriation")
      String.raw`charged with`,
      String.raw`(?:independent|internal|special|forensic) (?:review|reviews|inquiry|inquiries|examination)`,
      String.raw`(?:SEC|staff|Commission)['’]?s? ~2 comments?`,
      String.raw`comment letters?`,
      String.raw`comments? ~2 (?:from|by|of) (?:the )? ~1 (?:SEC|Staff|Commission|Division of Corporation Finance)`,
      String.raw`unresolved (?:staff )?comments?`,
      String.raw`litigation`,
      String.raw`lawsuits?`,
      String.raw`legal proceedings?`,
      String.raw`class action`,
      String.raw`(?:derivative|shareholder|stockholder|securities) (?:actions?|suits?|lawsuits?|complaints?|claims?)`,
      String.raw`arbitration`,
      // "a defendant in an action brought by the Resolution Trust Corporation" (heldout4-079)
      // ("is not a defendant in any proceeding" is the usual denial)
      String.raw`(?<!\bnot\s{1,3}an?\s{1,3})(?:defendants?|plaintiffs?) in ~3 (?:actions?|suits?|lawsuits?|proceedings?|cases?|complaints?)`,
      String.raw`(?:actions?|suits?|complaints?|claims?|petitions?) (?:brought|filed|commenced|instituted) (?:against|by) ~4 (?:Company|Registrant|Partnership|Trust|Bank|us|it|former|shareholders?|stockholders?|Resolution Trust Corporation|FDIC|government|Department|Commission|plaintiffs?)`,
      String.raw`(?:court|judicial) (?:order|proceedings?|injunction)`,
      String.raw`search warrant`,
      String.raw`arrest\w*`,
      String.raw`criminal`,
      String.raw`trading (?:halt|suspension)`,
    ]),
    // the Private Securities Litigation Reform Act, the Staff's comments on "comment letters" in a
    // list of filings, and a reviewer's "investigation" of a technical fault are not investigations
    unless: anyPhrase([
      String.raw`Securities Litigation Reform`,
      String.raw`investigat\w* (?:of|into) the (?:technical|filing|transmission)`,
      // an audit committee weighing errors is the restatement question, not an inquiry:
      // "The Company and its Audit Committee are evaluating the materiality of the errors" (heldout4-052)
      String.raw`audit committee['’]?s? ~4 (?:evaluat\w*|assess\w*|review\w*|consider\w*|determin\w*) (?:of )?(?:the )?(?:materiality|magnitude|effects?|impact) of`,
    ]),
  },

  /* ---------------- systems ---------------- */
  {
    id: "systems.failure-conversion",
    category: "systems",
    // "a software issue related to XBRL tagging", "conversion to a new ERP system"
    phrase: anyPhrase([
      String.raw`${SYSTEM} ~3 ${SYSTEM_EVENT}`,
      String.raw`${SYSTEM_EVENT} ~7 ${SYSTEM}`,
      // "the Registrant's transfer to a new accounting software platform" (heldout2-009)
      String.raw`new (?:accounting |ERP |financial |reporting |billing |consolidation |general ledger |enterprise resource planning )?(?:software|systems?|platforms?|ERP)`,
    ]),
    unless: anyPhrase([
      String.raw`disclosure controls`,
      String.raw`systems? of internal control`,
      String.raw`internal control systems?`,
      // "the amortization of capitalized software development costs" (heldout-138)
      String.raw`(?:capitali[sz]ed|internal[-\s]use|internally[-\s]developed) software`,
      String.raw`software (?:development |license |licensing |maintenance )?(?:costs?|revenues?|arrangements?|licenses?|sales|products?|compan(?:y|ies)|business|industry)`,
    ]),
  },
  {
    id: "systems.filing-technical",
    category: "systems",
    // "technical problems with the Form 10-K transmission process", "its EDGAR filing service provider"
    phrase: anyPhrase([
      String.raw`technical (?:issues?|problems?|difficult\w*|delays?|glitch\w*|errors?|failures?|reasons|challenges|malfunctions?|outages?)`,
      String.raw`(?:filing|EDGAR|financial printer|printer) (?:agents?|service providers?|vendors?|software)`,
      String.raw`EDGARi[sz]\w*`,
      String.raw`(?:rejected|suspended) by (?:the )?(?:SEC['’]s )?EDGAR`,
      String.raw`third[-\s]party filing`,
      String.raw`EDGAR (?:system|access|codes?|outage|filer|next|problems?|issues?|difficult\w*|website (?:outage|problems?))`,
      String.raw`Login\.gov`,
      String.raw`(?:i|inline )?XBRL (?:tagging|tags|issues?|problems?|errors?|difficult\w*|conversion|rendering|validation|failures?|exhibits? (?:issues?|problems?))`,
      String.raw`(?:transmission|transmitting|transmit|upload\w*|submission|submitting) ~3 (?:problems?|issues?|difficult\w*|errors?|failures?|complications?|rejected|suspended)`,
      String.raw`(?:problems?|issues?|difficult\w*|errors?|failures?|complications?|delays?) ~3 (?:with|in|during|of|at|while|when) ~3 (?:transmission|transmitting|transmit|upload\w*|submission|submitting|submit|EDGAR|filing agent|financial printer|filer agent)`,
      // the mechanics of filing, not the preparing of the report: "an administrative delay in completing the
      // filing process", "a clerical error in the submission"
      String.raw`(?:administrative|clerical|logistical|mechanical|procedural|technical) (?:delays?|issues?|problems?|difficult\w*|errors?|oversights?|complications?) ~4 (?:filing (?:process|procedures?|agent|system)|transmission|transmitting|submission|submitting|EDGAR)`,
      // the filing agent named in other words: "its EDGAR filing service", "the third-party vendor that converts
      // the report to EDGAR format"
      String.raw`(?:EDGAR|electronic) filing (?:agents?|services?|providers?|vendors?|systems?|platforms?)`,
      String.raw`(?:conversion|converting|convert|formatting|format) ~4 (?:into |to )?(?:EDGAR|HTML|XBRL|iXBRL) (?:format|files?|documents?)?`,
    ]),
  },
  {
    id: "systems.xbrl",
    category: "systems",
    // XBRL tagging is the filing's own machinery: the exhibit not ready, its tagging or rendering gone wrong
    // ("unexpected complications with the inline XBRL process", "unable to finalize the Form 10-Q and XBRL
    // exhibit")
    phrase: anyPhrase([String.raw`(?:i|inline )?XBRL`, String.raw`interactive data (?:files?|exhibits?)`]),
    near: anyPhrase([
      String.raw`complet\w*`,
      String.raw`finali[sz]\w*`,
      String.raw`prepar\w*`,
      String.raw`tag\w*`,
      String.raw`render\w*`,
      String.raw`convert\w*`,
      String.raw`conversion`,
      String.raw`validat\w*`,
      String.raw`process\w*`,
      String.raw`problems?`,
      String.raw`issues?`,
      String.raw`complications?`,
      String.raw`difficult\w*`,
      String.raw`errors?`,
      String.raw`delay\w*`,
      String.raw`unable`,
      String.raw`not (?:yet )?(?:been )?(?:able|ready|available|completed?|finali[sz]ed)`,
      String.raw`additional time`,
    ]),
    within: 120,
  },
  {
    id: "systems.cyber-data",
    category: "systems",
    phrase: anyPhrase([
      String.raw`cyber[-\s]?(?:security )?(?:incidents?|attacks?|breach\w*|intrusions?|events?|threat actors?|criminals?)`,
      String.raw`cyberattacks?`,
      String.raw`ransomware`,
      String.raw`malware`,
      String.raw`computer virus`,
      String.raw`corrupt\w* ~3 (?:data|records|files|databases?)`,
      String.raw`business e-?mail compromise`,
      String.raw`e-?mail (?:account )?compromise`,
      String.raw`hack(?:ed|ing|ers?)`,
      String.raw`data (?:breach\w*|loss|corruption|security incident)`,
      String.raw`security (?:incident|breach)`,
      String.raw`phishing`,
      String.raw`unauthori[sz]ed access`,
      String.raw`(?:loss|destruction|corruption|theft) of ~2 (?:data|records|files|books|computers?|laptops?)`,
      String.raw`(?:IT|information technology|technology) (?:issues?|problems?|failures?|outages?|incidents?|disruptions?)`,
      String.raw`Year 2000`,
      String.raw`Y2K`,
      // "reconstructing certain of those records from backup files" (heldout-050); rebuilding books
      // a former management kept badly is not a systems matter (constructed.jsonl c59)
      String.raw`(?:restor\w*|recover\w*) ~3 (?:from )?back[-\s]?ups?`,
      String.raw`back[-\s]?up (?:files|tapes|data|copies|servers?)`,
    ]),
  },

  {
    id: "systems.cyber-payments",
    category: "systems",
    // money sent away by an intruder is a cyber incident ("unauthorized wire transfers after a business
    // e-mail compromise"); payments an employee embezzled are the fraud an investigation looks into
    phrase: anyPhrase([String.raw`(?:fraudulent|unauthori[sz]ed) (?:wire transfers?|payments?|transactions)`]),
    near: anyPhrase([
      String.raw`e-?mails?`,
      String.raw`cyber\w*`,
      String.raw`hack\w*`,
      String.raw`phishing`,
      String.raw`spoof\w*`,
      String.raw`impersonat\w*`,
      String.raw`compromis\w*`,
      String.raw`intru\w*`,
      String.raw`threat actors?`,
      String.raw`(?:computer|network|systems?|accounts?) (?:access|breach\w*)`,
    ]),
    within: 200,
  },

  /* ---------------- external-event ---------------- */
  {
    id: "external-event.disaster-pandemic",
    category: "external-event",
    phrase: anyPhrase([
      String.raw`hurricanes?`,
      String.raw`tornado\w*`,
      String.raw`snow\w*`,
      String.raw`ice storms?`,
      String.raw`winter weather`,
      String.raw`heat waves?`,
      String.raw`extreme heat`,
      String.raw`floods?`,
      String.raw`flooding`,
      String.raw`earthquakes?`,
      String.raw`wildfires?`,
      String.raw`typhoons?`,
      String.raw`cyclones?`,
      String.raw`tsunamis?`,
      String.raw`blizzards?`,
      String.raw`winter storms?`,
      String.raw`(?:severe|extreme|inclement) weather`,
      String.raw`natural disasters?`,
      String.raw`storms?`,
      String.raw`fires?`,
      String.raw`explosions?`,
      String.raw`acts? of God`,
      String.raw`force majeure`,
      String.raw`pandemic\w*`,
      String.raw`epidemic\w*`,
      String.raw`COVID(?:-19)?`,
      String.raw`coronavirus`,
      String.raw`SARS`,
      String.raw`outbreak\w*`,
      String.raw`public health (?:emergency|crisis|measures)`,
      String.raw`quarantine\w*`,
      String.raw`lockdowns?`,
      String.raw`lock-downs?`,
      String.raw`shelter[-\s]in[-\s]place`,
      String.raw`stay[-\s]at[-\s]home`,
      String.raw`travel restrictions`,
      String.raw`(?:Chinese|Lunar) New Year`,
      String.raw`Spring Festival`,
    ]),
  },
  {
    id: "external-event.war-outage-shutdown",
    category: "external-event",
    // "ongoing global disruptions" in the filer's and its suppliers' operations
    phrase: anyPhrase([
      String.raw`war`,
      String.raw`wars`,
      String.raw`military (?:conflict|action|operations|mobili[sz]ation)`,
      String.raw`armed conflict`,
      String.raw`(?:conflict|hostilities|fighting) (?:in|between|involving) ~3 (?:Israel|Ukraine|Russia|Gaza|Hamas|the Middle East|Lebanon|Iran)`,
      String.raw`invasion`,
      String.raw`hostilities`,
      String.raw`terroris\w*`,
      String.raw`terrorist\w*`,
      String.raw`September 11`,
      String.raw`civil unrest`,
      String.raw`geopolitical`,
      String.raw`power (?:outages?|failures?|cuts?)`,
      String.raw`blackouts?`,
      String.raw`(?:electrical|electricity|utility) (?:outages?|failures?)`,
      String.raw`government shutdown`,
      String.raw`shutdown of the ~2 government`,
      String.raw`(?:federal )?government (?:was )?shut ?down`,
      String.raw`lapse in ~2 (?:appropriations|funding)`,
      String.raw`(?:global|worldwide|international|ongoing global) (?:disruptions?|crisis|crises|events|supply chain)`,
      String.raw`supply chain disruptions?`,
    ]),
  },
];

/** Categories in SPEC order (the order of `reasons`), as the record definition lists them. */
export const CATEGORY_ORDER: readonly ReasonCategory[] = REASON_CATEGORIES;
