import type { ReasonCategory } from "../record/types.js";
import { phrase, phraseSource } from "../patterns/reason-patterns.js";
import { pattern } from "../patterns/compile.js";

/*
 * The reason coder's rules: one table, one row per way a category is stated.
 *
 * A row fires when its `phrase` occurs in a sentence that is not hedged
 * boilerplate, is not negated ("no disagreements with the auditors", "not the
 * result of any restatement"), does not overlap an `unless` text (the "audit"
 * of "audit committee") and, when `near` is given, has one of those words in
 * the same sentence within `within` characters. The phrase's span (joined
 * with the `near` word's) is the evidence.
 *
 * Phrases are written in the readable syntax of `phrase()`
 * (src/patterns/reason-patterns.ts): a space is any run of blanks, `~N` skips
 * up to N words. Vocabulary follows what accountants write in Part III of
 * Form 12b-25 (narratives/GUIDE.md gives each category's meaning).
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
  /** A sentence holding this is about something else and gives no hit for this row. */
  unlessSentence?: RegExp;
}

/* ---------- shared vocabulary (phrase syntax) ---------- */

/**
 * The company's outside accountant: "independent registered public accounting
 * firm", "independent auditors", "certifying accountant", "PwC" is not
 * recognised by name. A bare "accountant" may be an employee and is left out.
 */
const AUDITOR_ACTOR = String.raw`(?:(?:independent|outside|external|new|former|prior|predecessor|successor|current|statutory|group|principal) (?:registered )?(?:public )?(?:certified )?(?:public )?(?:accounting firm|accountants?|auditors?|audit firm|auditing firm|accountancy firm|CPA firm)|(?:registered )?public accounting firm|certifying accountants?|auditors?(?:['’]s?)?|audit firm|accounting firm|CPA firm|(?:independent )?reporting accountants?)`;

/** Words that put the auditor's work or position at the centre of the delay. */
const AUDITOR_STATE = phrase(
  String.raw`(?:complet\w*|finali[sz]\w*|finish\w*|conclu\w*|(?:additional|more|extra|further|sufficient) time|need\w*|requir\w*|not yet|pending|in progress|ongoing|delay\w*|open items|outstanding items|await\w*|procedures|fieldwork|field work|review\w*|resign\w*|dismiss\w*|terminat\w*|replac\w*|engag\w*|appoint\w*|retain\w*|hir(?:e|ed|ing)|chang\w*|switch\w*|new|successor|predecessor|former|first[-\s]year|initial|unable|not able|consent\w*|opinion|release|sign\w*|issu\w*|disagree\w*|discussions?|dispute\w*|permit|allow|enable|perform\w*|provid\w*|deliver\w*|inform\w*|timely|capacity|staffing|workload|backlog|approv\w*|revok\w*|barred|suspend\w*|PCAOB)`,
);

/** Officers and staff whose change or absence delays the report. */
const OFFICER = String.raw`(?:chief (?:executive|financial|accounting|operating) officer|CEO|CFO|CAO|COO|principal (?:executive|financial|accounting) officer|(?:corporate |financial )?controller|comptroller|treasurer|president|finance director|director of finance|head of finance|vice president(?:,)? (?:of )?finance|(?:senior )?officers?|directors?|executives?|(?:senior |executive )?management(?: team)?|(?:internal )?(?:accounting|finance|financial reporting|financial|reporting) (?:staff|personnel|team|department|employees|function|group)|key (?:personnel|employees|staff|members)|(?:accounting )?staff|personnel|employees?|bookkeepers?|(?:staff|senior|in-house) accountants?|team members?)`;

/** A system, software or platform. */
const SYSTEM = String.raw`(?:(?:accounting|financial|reporting|consolidation|ERP|IT|information technology|computer|billing|inventory|payroll|operating|data|network|enterprise|core|banking) systems?|systems?|software|ERP|enterprise resource planning|platforms?|servers?|networks?|databases?|IT infrastructure|computers?|hardware|general ledger)`;

/** What goes wrong with, or happens to, a system. */
const SYSTEM_EVENT = String.raw`(?:conversion|convert\w*|implement\w*|migrat\w*|upgrad\w*|transition\w*|replace\w*|install\w*|integrat\w*|failures?|failed|fail|outages?|crash\w*|malfunction\w*|breakdowns?|disruptions?|disrupted|problems?|issues?|glitch\w*|errors?|bugs?|downtime|went down|unavailab\w*|inaccessib\w*|corrupt\w*|compromis\w*|breach\w*|attack\w*|difficult\w*)`;

/** Others whose information the statements need: subsidiaries, investees, operators, custodians. */
const THIRD_PARTY = String.raw`(?:subsidiar(?:y|ies)(?:['’]s?)?|investees?|joint ventures?|third[-\s]part(?:y|ies)|(?:equity[-\s]method )?investments? in affiliates|operators?|custodians?|trustees?|fund administrators?|administrators?|service providers?|(?:joint venture |business |operating )?partners?|counterpart(?:y|ies)|reinsurers?|insurers?|portfolio companies|partnerships?|valuation (?:firm|specialists?|advisors?)|appraisers?|actuar(?:y|ies)|acquired (?:business|businesses|company|companies|entity|entities))`;

/** A capitalised word in a name is not a cause: "Audit Committee", "Merger Sub". */
const NOT_AUDIT_WORK = pattern(
  phraseSource(
    String.raw`(?:audit(?:,? (?:and|&) \w+| \w+ and \w+)? committee\w*|(?:internal|tax|IRS|regulatory|compliance|energy|payroll|safety|quality|clinical|sales tax|customs|government|SEC) audit\w*|audit(?:ing)? (?:standards?|fees?|report|reports|opinion|committees?)|auditing standards)`,
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
    // valuation of warrants, an option agreement, a reporting unit; fair value measurements
    phrase: phrase(String.raw`(?:valuations?|fair value\w*|(?:determin\w*|assess\w*|estimat\w*|calculat\w*|measur\w*) ~2 (?:fair )?values?|appraisals?|purchase price allocation|mark[-\s]to[-\s]market)`),
  },
  {
    id: "accounting-review.impairment",
    category: "accounting-review",
    phrase: phrase(String.raw`(?:impairment\w*|goodwill|intangible assets?|write[-\s]?(?:downs?|offs?)|written (?:down|off)|recoverability)`),
  },
  {
    id: "accounting-review.revenue-recognition",
    category: "accounting-review",
    phrase: phrase(String.raw`(?:revenue recognition|recogni\w* of ~1 revenues?|ASC 606|Topic 606|principal (?:versus|vs\.?|or) agent|variable consideration|contract (?:assets|liabilities))`),
  },
  {
    id: "accounting-review.income-taxes",
    category: "accounting-review",
    phrase: phrase(String.raw`(?:income tax(?:es)?|tax provisions?|provision for ~1 taxes|deferred tax\w*|tax (?:accounting|matters|positions|analysis|analyses|calculations?|computations?|returns?|credits?|valuation allowance)|uncertain tax|valuation allowance|transfer pricing)`),
  },
  {
    id: "accounting-review.leases-credit-losses",
    category: "accounting-review",
    phrase: phrase(String.raw`(?:lease accounting|accounting for ~1 leases|ASC 842|Topic 842|lease (?:modifications?|classification|liabilit\w*)|credit loss\w*|CECL|allowance for (?:loan|credit|doubtful)|loan loss\w*|loan (?:participations?|portfolio valuation))`),
  },
  {
    id: "accounting-review.accounting-standard",
    category: "accounting-review",
    // "the recently adopted Accounting Standards Update No. 2018-12" (Atlantic American)
    phrase: phrase(String.raw`(?:Accounting Standards (?:Update|Codification)|ASU (?:No\.? )?\d{4}|ASC (?:Topic )?\d{3}|Topic \d{3}|IFRS \d{1,2}|IAS \d{1,2}|(?:new|newly|recently) ~1 (?:adopted|issued|effective|applicable) ~1 (?:accounting )?(?:standards?|pronouncements?|guidance|rules)|adoption of ~4 (?:standards?|guidance|pronouncements?|ASU|ASC)|long[-\s]duration (?:contracts|targeted improvements)|LDTI|(?:conversion|transition) (?:from|to) (?:U\.S\. )?(?:GAAP|IFRS))`),
  },
  {
    id: "accounting-review.consolidation-third-party",
    category: "accounting-review",
    // consolidating subsidiaries or foreign operations; waiting for information from others
    phrase: phrase(String.raw`(?:consolidat(?:ion|ing|e) (?:of )? ~3 (?:subsidiar\w*|entit\w*|affiliates?|operations|joint ventures?|VIEs?)|variable interest entit\w*|deconsolidat\w*|foreign (?:subsidiar\w*|operations|affiliates?|operating subsidiar\w*)|equity[-\s]method (?:investees?|investments?)|investees?|(?:Schedules? )?K-1s?|Rule 3-0[59]|intercompany|(?:obtain\w*|receiv\w*|gather\w*|collect\w*|provided|furnished|delivered|supplied) (?:from|by) ~4 ${THIRD_PARTY}|(?:financial statements|financial information|information|results|reports?) of ~3 (?:equity[-\s]method |significant |unconsolidated )?(?:investees?|joint ventures?|affiliates?|partnerships?|acquired (?:business|businesses|company|companies))|(?:information|data|financial statements|financial information|results|reports?|records|documents|documentation|statements|confirmations?) (?:from|by) ~4 (?:subsidiar\w*|investees?|joint ventures?|third[-\s]part\w*|affiliates?|partners?|operators?|custodians?|trustees?|administrators?|service providers?|counterpart\w*|vendors?|insurers?|reinsurers?|lenders?|banks?|portfolio companies)|third[-\s]party (?:information|data|reports?|valuations?|specialists?|appraisers?|actuar\w*|administrators?)|confirmations? of balances|(?:bank|balance|account) confirmations?|actuar\w*)`),
  },
  {
    id: "accounting-review.waiting-on-others",
    category: "accounting-review",
    // a subsidiary, investee or other outside party has not delivered what the statements need
    phrase: phrase(
      String.raw`(?:${THIRD_PARTY} ~6 (?:(?:has|have|had) not (?:yet )?(?:been )?(?:provided|delivered|furnished|submitted|sent|received|completed|finali[sz]ed|closed)|(?:delay\w*|late) in (?:providing|delivering|furnishing|submitting|sending|closing|completing))|(?:await\w*|(?:delay\w*|late) in (?:receiv\w*|obtain\w*|collect\w*)|not (?:yet )?(?:been )?received|(?:has|have|had) not (?:yet )?(?:received|obtained)|receipt of|unable to obtain|not (?:been )?able to obtain) ~6 ${THIRD_PARTY})`,
    ),
  },
  {
    id: "accounting-review.complex-accounting",
    category: "accounting-review",
    // "complete its analysis of certain transactions", "the accounting and disclosures surrounding its acquisition"
    phrase: phrase(String.raw`(?:technical accounting|(?:complex|non[-\s]routine|unusual) (?:accounting|transactions?|matters?|issues?|instruments?)|complexity of ~4 (?:accounting|transactions?)|change in accounting (?:principles?|methods?|estimates?)|accounting (?:and disclosures?|for|of|surrounding|related to|relating to|associated with|treatment|analys[ie]s|implications|considerations|conclusions|determinations|judgments?|positions?|matters?|issues?|questions?|complexit\w*|effects?|impact|estimates?|memoranda|memos?|review|evaluation|research)|analys[ie]s of (?:certain|the|these|such|its|various|several|complex|significant|recent|specific|those) ~2 transactions|non[-\s]recurring (?:and complex )?transactions|(?:derivative|warrant|embedded)s? (?:liabilit\w*|instruments?|accounting|features?|valuation)|convertible (?:notes?|debentures?|preferred) (?:accounting|valuation|features?)|debt (?:extinguishment|modification)|(?:stock|share|equity)[-\s]based compensation|restricted stock units?|non[-\s]cash (?:expense|charges?|compensation)|discontinued operations?|held for sale|purchase accounting|business combination accounting|segment (?:reporting|disclosures?)|earnings per share calculation|capitaliz\w* (?:of )? ~2 (?:costs|software|interest)|foreign currency|hyperinflation\w*|subsequent events?|reclassifications?|classification of ~3 (?:debt|liabilit\w*|assets|cash|revenues?|expenses)|classified as (?:current|long[-\s]term|non[-\s]?current)|(?:presentation of (?:the |its )?)?(?:cash flow statements?|statements? of cash flows?))`),
  },
  {
    id: "accounting-review.close-items",
    category: "accounting-review",
    // a named closing-process problem: reconciliations, inventory counts, reserves, cut-off
    phrase: phrase(String.raw`(?:reconcil\w*|tie[-\s]?out|cut[-\s]?off|physical (?:inventory|count)|inventory (?:counts?|observations?|valuation|reserves?|costing|reconciliation|count)|inventories|(?:oil and (?:natural )?gas|mineral|proved|proven|probable) reserves?|reserve (?:reports?|estimates?|study|studies)|technical report summar\w*|S-K 1300|Subpart 229\.1300|Item 1300|pension|loss contingenc\w*|contingent (?:consideration|liabilit\w*)|asset retirement obligations?|accrual\w*|cost allocations?|cost of (?:goods|sales) calculation)`),
  },

  /* ---------------- auditor ---------------- */
  {
    id: "auditor.audit-work",
    category: "auditor",
    // "complete the audit", "its audit procedures", "the audit work", "auditing procedures", "audited by"
    phrase: phrase(String.raw`(?:(?:first|initial)[-\s]year audits?|re[-\s]?audit\w*|audit(?:s|ing)? (?:work|procedures|process|fieldwork|field work|of|for|is|has|was|will|team|engagement|firm)|audit(?:s|ing)?|(?:be|being|been|is|are|were|was|subsequently) audited|audited by|reviewed by (?:the|its|our) ~2 (?:accountants?|auditors?|accounting firm)|(?:their|its|the) examination of (?:the |its |our )?(?:consolidated )?financial statements)`),
    unless: NOT_AUDIT_WORK,
  },
  {
    id: "auditor.actor",
    category: "auditor",
    // the auditor, needing time, changed, or unable to sign
    phrase: phrase(AUDITOR_ACTOR),
    near: AUDITOR_STATE,
    within: 120,
    unless: phrase(String.raw`(?:Report of Independent Registered Public Accounting Firm|auditors?['’]? (?:report|opinion) (?:on|included|contained|dated)|audit committee\w*)`),
  },
  {
    id: "auditor.opinion-consent",
    category: "auditor",
    phrase: phrase(String.raw`(?:(?:unable|not able|cannot|could not|declined|refused|refuses|not in a position) to (?:issue|express|render|provide|deliver|sign|release|give) ~3 (?:opinion|consent|audit report|review report|report on the financial statements)|(?:opinion|consent) of (?:the|its|our) (?:former|prior|predecessor|previous) ~2 (?:auditors?|accountants?|accounting firm)|reissu\w* ~3 (?:opinion|report|consent)|(?:SAS|AS) (?:100|4105)|interim review)`),
  },

  /* ---------------- restatement ---------------- */
  {
    id: "restatement.restate",
    category: "restatement",
    phrase: phrase(String.raw`(?:restat\w*|non[-\s]?reliance|no longer be relied (?:up)?on|should not be relied (?:up)?on|Item 4\.02|revision of (?:the |its |our )?(?:previously (?:issued|reported|filed)|prior[-\s](?:period|year|quarter)|historical) ~2 (?:financial|results|statements|amounts|periods?)|revis\w* (?:its |the |our )?(?:previously (?:issued|reported|filed)|prior[-\s]period|historical) ~2 (?:financial|results|statements|amounts)|out[-\s]of[-\s]period adjustments?)`),
    // "Amended and Restated Credit Agreement", a restated charter: documents, not restatements
    unless: phrase(String.raw`(?:amended and restated|restated (?:certificate|articles|bylaws|by-laws|credit|loan|agreement|charter|plan|note|notes|indenture|employment|limited|operating|memorandum|declaration|trust|warrant|security|guaranty))`),
  },
  {
    id: "restatement.errors",
    category: "restatement",
    // "correct errors related to the over-recognition of revenue", "errors identified in … results previously filed"
    phrase: phrase(String.raw`(?:errors?|misstat\w*|mis-stat\w*)`),
    near: phrase(String.raw`(?:previously|prior (?:periods?|years?|quarters?|fiscal)|previous|historical|correct\w*|restat\w*|identif\w*|material|reported|filed|issued|cumulative|over[-\s]?recogni\w*|under[-\s]?recogni\w*|adjustments?|immaterial|discovered|uncovered|amend\w*)`),
    within: 120,
    unless: phrase(String.raw`(?:(?:clerical|human|technical|transmission|filing|administrative|software|system|systems|computer|inadvertent|XBRL|tagging|EDGAR|formatting|typographical|scrivener['’]?s?|coding|programming|processing|submission) ~1 errors?|errors? (?:in|with|during) (?:the )?(?:transmission|submission|filing|EDGAR|XBRL|upload))`),
  },

  /* ---------------- internal-control ---------------- */
  {
    id: "internal-control.weakness",
    category: "internal-control",
    phrase: phrase(String.raw`(?:material weakness\w*|significant deficienc\w*|control deficienc\w*|deficienc\w* in ~3 (?:internal )?controls?|internal control\w*|ICFR|ICOFR|Section 404|SOX 404|SOX compliance|Sarbanes[-\s]Oxley|(?:management['’]?s?|auditors?['’]?s?) (?:assessment|evaluation|attestation|report) ~4 (?:internal )?controls?|attestation report|remediation (?:plan|efforts|of ~3 (?:weakness\w*|controls?)))`),
    // "disclosure controls and procedures" alone is not internal control over financial reporting
    unless: phrase(String.raw`disclosure controls`),
  },

  /* ---------------- transaction ---------------- */
  {
    id: "transaction.deal",
    category: "transaction",
    phrase: phrase(String.raw`(?:merg(?:er|ers|ed|ing)|acquisitions?|business combinations?|reverse (?:merger|acquisition|takeover)|de-?SPAC|spin[-\s]?offs?|spun off|split[-\s]?offs?|carve[-\s]?outs?|divest\w*|dispos(?:al|als|ition|itions|ed of)|(?:sale|sales|sold) (?:of )?(?:certain |substantially all (?:of )?|all (?:of )?)?(?:its |the |our |an? )? ~3 (?:business|businesses|segments?|divisions?|subsidiar\w*|assets|operations|business units?|interests?|stake|properties|property|brands?|portfolio|product lines?)|acquir(?:e|ed|ing) ~3 (?:company|companies|business|businesses|assets|entity|entities|subsidiar\w*|operations|interests?|stake|control)|the acquired ~2 (?:company|companies|business|businesses|entity|entities|operations|subsidiar\w*)|take[-\s]?over|tender offer|going[-\s]private|change (?:of|in) control|share exchange|asset purchase agreement|(?:stock|share|equity) purchase agreement ~4 (?:acqui\w*|control)|redomestic\w*|redomicil\w*|domestication|reorgani[sz]\w*|amalgamation|scheme of arrangement|plan of arrangement|integrat\w* ~4 (?:acquired|acquisitions?|acquisition['’]?s?|businesses|business|operations|companies|company|merger|merged|entities)|(?:acquisition|merger|transaction|financial reporting) integration|post[-\s](?:merger|acquisition))`),
    // a company's name ("Titan Acquisition Corp") is handled for every row; a blank-check
    // company's statement of purpose names every kind of deal without one happening
    unlessSentence: phrase(String.raw`(?:blank[-\s]check|for the purpose of (?:effecting|entering))`),
    unless: phrase(String.raw`(?:acquisition (?:of|and compilation of) ~2 (?:information|data|documents|documentation|records)|(?:customer|data|talent|user) acquisitions?|acquisition costs|loan acquisitions?)`),
  },

  /* ---------------- financing-distress ---------------- */
  {
    id: "financing-distress.going-concern-bankruptcy",
    category: "financing-distress",
    phrase: phrase(String.raw`(?:going concern|substantial doubt|bankrupt\w*|Chapter (?:7|11|15)|insolven\w*|receiver(?:ship)?|liquidator|administration proceedings|creditor protection|CCAA|restructuring support agreement|in-court|out[-\s]of[-\s]court|wind(?:ing)?[-\s]down|foreclos\w*)`),
  },
  {
    id: "financing-distress.debt",
    category: "financing-distress",
    phrase: phrase(String.raw`(?:defaults?|defaulted|forbearance|covenants?|covenant (?:holidays?|waivers?|violations?|breach\w*)|waivers? (?:from|of|under) ~3 (?:lenders?|covenants?|credit|notes)|lenders?|creditors?|noteholders?|note holders|bondholders?|debt ?holders|debt (?:instruments?|agreements?|restructuring|obligations?|financing|facilit\w*|maturit\w*|service|refinancing|amendments?)|credit (?:support|facilit\w*|agreements?|line)|refinanc\w*|capital structure|(?:debt|financial|capital|balance sheet|comprehensive|liability management) (?:restructuring|transactions?)|restructuring (?:of (?:its|the|our) (?:debt|indebtedness|notes|obligations|capital|balance sheet)|initiatives|negotiations)|indebtedness|acceleration (?:of|under)|(?:missed|miss|failure to make|did not make|unable to make|not make|skipped) ~3 (?:interest |principal |scheduled )?payments?|scheduled payment of interest|interest payments?)`),
    unless: phrase(String.raw`(?:by default|default (?:settings?|values?|option)|events? of default (?:provisions|clauses))`),

  },
  {
    id: "financing-distress.lack-of-funds",
    category: "financing-distress",
    // "limited financial resources" (urban-gro), unpaid audit fees, cash constraints
    phrase: phrase(String.raw`(?:(?:lack|shortage|absence) of (?:sufficient |adequate |available )?(?:funds|funding|capital|cash|liquidity|financial resources|financing|working capital|money)|(?:insufficient|inadequate|limited|constrained) (?:funds|funding|capital|cash|liquidity|financial resources|financing|working capital|resources to pay)|(?:financial|cash|liquidity|funding|capital|working capital) (?:constraints?|difficult\w*|limitations?|challenges|hardship|distress|problems?|issues|shortfalls?|crunch)|liquidity|(?:unable|not (?:been )?able|inability|failure|failed|fails) to (?:pay|fund|afford)|(?:unable|not (?:been )?able|inability|failure|failed|fails) to (?:raise|obtain|secure) ~3 (?:capital|funds|funding|financing|loans?|credit)|lack(?:s|ed|ing)? (?:the )?(?:necessary |sufficient |adequate |required )?(?:funds|funding|capital|cash|financial resources|money)|(?:do|does|did) not have (?:the )?(?:sufficient|enough|adequate|necessary) ~1 (?:funds|funding|capital|cash|money|financial resources)|unpaid (?:fees|invoices|bills|balances?|amounts|audit fees|wages|salaries)|(?:outstanding|past[-\s]due|overdue) (?:fees|invoices|balances?|bills|amounts) (?:owed|due|payable)?|payment of (?:the |its |our )?(?:audit|auditor['’]?s?|accounting) fees|(?:raise|obtain|secure|arrange) ~3 (?:additional |sufficient |necessary )?(?:capital|funding|financing|funds)|(?:financing|funding) (?:negotiations|discussions|arrangements)|cash (?:shortages?|flow (?:problems|difficulties|issues|constraints)))`),
    // the MD&A section "Liquidity and Capital Resources" is not a liquidity problem
    unless: phrase(String.raw`(?:liquidity and capital resources|liquidity risk management)`),
  },

  /* ---------------- management ---------------- */
  {
    id: "management.change",
    category: "management",
    // "recent changes in the Company's management", "turnover in the Company's finance department"
    phrase: phrase(
      String.raw`(?:(?:change|changes|turnover|transition|transitions|departure|departures|resignation|resignations|death|loss|losses|retirement|termination|replacement|absence|illness|vacanc(?:y|ies)|shortage|lack|reduction|reductions|exodus) (?:in|of|among|within|at|from) ~4 ${OFFICER}|${OFFICER} ~3 (?:resigned|resigns|departed|departure|left|passed away|died|retired|was terminated|were terminated|(?:has been|have been|had been|was|were|is|are|became|fell|being) (?:seriously |critically |gravely )?ill|(?:has been |have been |was |were )?(?:reduced|laid off|furloughed|downsized|cut)|turnover|transitions?|changes|vacanc\w*|health issues|illness|medical (?:leave|condition|emergency|issues)|leave of absence|was hospitalized|is ill|fell ill|became ill|shortage|shortages|attrition)|(?:new|newly (?:appointed|hired|engaged)|recently (?:appointed|hired|engaged|joined)|incoming|interim|acting|replacement|successor|departed|departing|outgoing) ~1 ${OFFICER}|(?:lost|losing) (?:its |our |the |a |two |several |certain |key )? ~1 ${OFFICER})`,
    ),
    // "new management's evaluation of the accounting standard"
    unless: phrase(String.raw`(?:new (?:accounting|standards?)|Staff Accounting Bulletins?|(?:SEC|Commission['’]?s?) staff|staff of the (?:SEC|Commission|Securities)|loss of (?:revenue|customers|business|control)|management['’]?s? (?:assessment|evaluation|review|report|estimates?|assumptions?|judgments?|plans?|discussion|attention|focus|conclusions?))`),
  },
  {
    id: "management.people",
    category: "management",
    // "unanticipated resignations and employee health issues" (Barnwell)
    phrase: phrase(String.raw`(?:hospitali[sz]\w*|(?:medical|sick|disability) leave|layoffs?|furlough\w*|reductions? in (?:force|workforce|headcount)|workforce reductions?|(?:unanticipated|unexpected|sudden|abrupt|recent) (?:resignations?|departures?|deaths?|illness\w*|loss of (?:key )?(?:personnel|staff|employees))|passed away|untimely death|death of|(?:serious|unexpected|sudden|prolonged) (?:illness|medical condition)|(?:illness|medical|health) (?:issues?|conditions?|emergenc\w*|leave|reasons|problems)|(?:employee|staff|personnel|accounting|finance) turnover|(?:understaffed|under-staffed|short[-\s]staffed|staffing (?:shortages?|issues|constraints|challenges|changes|limitations))|(?:limited|insufficient|lack of|reduced|shortage of) (?:accounting|finance|financial reporting|qualified|internal) (?:staff|personnel|employees|team|resources)|maternity leave|family emergency)`),
  },

  /* ---------------- investigation ---------------- */
  {
    id: "investigation.inquiry",
    category: "investigation",
    phrase: phrase(String.raw`(?:investigat\w*|subpoena\w*|Wells notice|whistle[-\s]?blow\w*|special committee|independent committee|forensic\w*|indict\w*|criminal (?:charges?|complaint|proceedings?|case)|grand jury|Department of Justice|DOJ|U\.S\. Attorney|Division of Enforcement|enforcement (?:action|division|staff|proceedings?|matters?)|cease[-\s]and[-\s]desist|consent order|regulatory (?:review|examination|action|inquir\w*|proceedings?|matters?|scrutiny)|(?:SEC|Commission|regulatory|governmental|government|informal|formal|FINRA|DOJ|Nasdaq|NYSE|state|federal) ~3 inquir\w*|inquir\w* (?:from|by) ~3 (?:SEC|Securities and Exchange Commission|Commission|regulators?|FINRA|Department|authorit\w*|agenc\w*)|(?:audit|special|independent) committee['’]?s? ~4 (?:review\w*|inquir\w*|examin\w*|evaluat\w*|look\w* into)|(?:request\w*|demands?) for (?:information|documents) (?:from|by) ~3 (?:SEC|Securities and Exchange Commission|Commission|PCAOB|Public Company Accounting Oversight Board|regulators?|FINRA|Department|Nasdaq|NYSE|authorit\w*|agenc\w*)|(?:PCAOB|Public Company Accounting Oversight Board) (?:inquir\w*|investigat\w*|inspections?|requests?|sanctions?|enforcement|orders?)|review ~3 by (?:the )? ~2 (?:audit|special|independent) committee|allegations?|alleged|misconduct|fraud\w*|embezzl\w*|misappropriat\w*|irregularit\w*|(?:SEC|staff|Commission)['’]?s? ~2 comments?|comment letters?|comments? ~2 (?:from|by|of) (?:the )? ~1 (?:SEC|Staff|Commission|Division of Corporation Finance)|unresolved (?:staff )?comments?|litigation|lawsuits?|legal proceedings?|class action|arbitration|(?:court|judicial) (?:order|proceedings?|injunction)|search warrant|arrest\w*|criminal|trading (?:halt|suspension))`),
    // the Private Securities Litigation Reform Act, the Staff's comments on "comment letters" in a
    // list of filings, and a reviewer's "investigation" of a technical fault are not investigations
    unless: phrase(String.raw`(?:Securities Litigation Reform|investigat\w* (?:of|into) the (?:technical|filing|transmission))`),
  },

  /* ---------------- systems ---------------- */
  {
    id: "systems.failure-conversion",
    category: "systems",
    // "a software issue related to XBRL tagging", "conversion to a new ERP system"
    phrase: phrase(String.raw`(?:${SYSTEM} ~3 ${SYSTEM_EVENT}|${SYSTEM_EVENT} ~7 ${SYSTEM})`),
    unless: phrase(String.raw`(?:disclosure controls|systems? of internal control|internal control systems?)`),
  },
  {
    id: "systems.filing-technical",
    category: "systems",
    // "technical problems with the Form 10-K transmission process", "its EDGAR filing service provider"
    phrase: phrase(String.raw`(?:technical (?:issues?|problems?|difficult\w*|delays?|glitch\w*|errors?|failures?|reasons|challenges|malfunctions?|outages?)|(?:filing|EDGAR|financial printer|printer) (?:agents?|service providers?|vendors?|software)|EDGARi[sz]\w*|third[-\s]party filing|EDGAR (?:system|access|codes?|outage|filer|next|problems?|issues?|difficult\w*|website (?:outage|problems?))|Login\.gov|(?:i|inline )?XBRL (?:tagging|tags|issues?|problems?|errors?|difficult\w*|conversion|rendering|validation|failures?|exhibits? (?:issues?|problems?))|(?:transmission|transmitting|transmit|upload\w*|submission|submitting) ~3 (?:problems?|issues?|difficult\w*|errors?|failures?|rejected|suspended)|(?:problems?|issues?|difficult\w*|errors?|failures?) ~3 (?:with|in|during|of) ~3 (?:transmission|transmitting|upload\w*|submission|EDGAR|filing agent))`),
  },
  {
    id: "systems.cyber-data",
    category: "systems",
    phrase: phrase(String.raw`(?:cyber[-\s]?(?:security )?(?:incidents?|attacks?|breach\w*|intrusions?|events?|threat actors?|criminals?)|cyberattacks?|ransomware|malware|computer virus|hack(?:ed|ing|ers?)|data (?:breach\w*|loss|corruption|security incident)|security (?:incident|breach)|phishing|unauthori[sz]ed access|(?:loss|destruction|corruption|theft) of ~2 (?:data|records|files|books|computers?|laptops?)|(?:IT|information technology|technology) (?:issues?|problems?|failures?|outages?|incidents?|disruptions?)|Year 2000|Y2K)`),
  },

  /* ---------------- external-event ---------------- */
  {
    id: "external-event.disaster-pandemic",
    category: "external-event",
    phrase: phrase(String.raw`(?:hurricanes?|tornado\w*|snow\w*|ice storms?|winter weather|heat waves?|extreme heat|floods?|flooding|earthquakes?|wildfires?|typhoons?|cyclones?|tsunamis?|blizzards?|winter storms?|(?:severe|extreme|inclement) weather|natural disasters?|storms?|fires?|explosions?|acts? of God|force majeure|pandemic\w*|epidemic\w*|COVID(?:-19)?|coronavirus|SARS|outbreak\w*|public health (?:emergency|crisis|measures)|quarantine\w*|lockdowns?|lock-downs?|shelter[-\s]in[-\s]place|stay[-\s]at[-\s]home|travel restrictions|(?:Chinese|Lunar) New Year|Spring Festival)`),
  },
  {
    id: "external-event.war-outage-shutdown",
    category: "external-event",
    // "ongoing global disruptions" in the filer's and its suppliers' operations
    phrase: phrase(String.raw`(?:war|wars|military (?:conflict|action|operations|mobili[sz]ation)|armed conflict|invasion|hostilities|terroris\w*|terrorist\w*|September 11|civil unrest|geopolitical|power (?:outages?|failures?|cuts?)|blackouts?|(?:electrical|electricity|utility) (?:outages?|failures?)|government shutdown|shutdown of the ~2 government|(?:federal )?government (?:was )?shut ?down|lapse in ~2 (?:appropriations|funding)|(?:global|worldwide|international|ongoing global) (?:disruptions?|crisis|crises|events|supply chain)|supply chain disruptions?)`),
  },
];

/** Categories in SPEC order (the order of `reasons`). */
export const CATEGORY_ORDER: readonly ReasonCategory[] = [
  "accounting-review",
  "auditor",
  "restatement",
  "internal-control",
  "transaction",
  "financing-distress",
  "management",
  "investigation",
  "systems",
  "external-event",
  "no-reason",
];
