/**
 * The extraction record: the contract described in SPEC.md (schema version 1).
 * Field names and meanings are fixed; fields may be added, never renamed.
 */

/** ISO date `YYYY-MM-DD`, or `YYYY-MM` when the form gives no day. */
export type IsoDate = string;

/** Canonical report types of the cover's "Check one" boxes. */
export type ReportType =
  | "10-K"
  | "10-KSB"
  | "20-F"
  | "11-K"
  | "10-Q"
  | "10-QSB"
  | "10-D"
  | "N-SAR"
  | "N-CSR"
  | "N-CEN";

/** Reason categories for the delay (SPEC.md, "Reason categories"). */
export type ReasonCategory =
  | "accounting-review"
  | "auditor"
  | "restatement"
  | "internal-control"
  | "transaction"
  | "financing-distress"
  | "management"
  | "investigation"
  | "systems"
  | "external-event"
  | "no-reason";

/**
 * The part a reason phrase plays where it stands (evidence of
 * `reasons.<category>`): `cause` (stated as a reason for the delay; only
 * these give a category), `background` (history, a matter said to be
 * settled or unrelated to the delay, results commentary), `forward-looking`
 * (forward-looking-statements text, hedged boilerplate, a list of risks),
 * `negated` or `hypothetical`.
 */
export type ReasonRole = "cause" | "background" | "forward-looking" | "negated" | "hypothetical";

/** Where an extracted value came from: 1-based line and column in the input file. */
export interface Evidence {
  line: number;
  column: number;
  text: string;
  /**
   * Only in the evidence of `reasons.<category>`: the role of the phrase.
   * A category in `reasons` shows its `cause` phrases; a category left out
   * shows the mentions that were set aside, each with the role that set it
   * aside.
   */
  role?: ReasonRole;
}

/** A warning attached to a record: something ambiguous, missing or repaired. */
export interface RecordWarning {
  path: string | null;
  message: string;
  line: number | null;
  column: number | null;
  ruleId: string;
}

/** One amount stated in the Part IV (3) explanation. */
export interface ChangeFigure {
  metric: string;
  period: string | null;
  amount: number;
}

/** The record for one filing. */
export interface NtRecord {
  schemaVersion: 1;
  source: {
    path: string;
    sha256: string;
    format: "text" | "html";
  };
  filing: {
    accessionNumber: string | null;
    submissionType: string | null;
    filedDate: IsoDate | null;
    cik: string | null;
    companyName: string | null;
    sic: string | null;
    stateOfIncorporation: string | null;
    fiscalYearEnd: string | null;
    fileNumber: string | null;
  };
  form: {
    amendment: boolean;
    reportTypes: ReportType[];
    periodEnded: IsoDate | null;
    transition: boolean | null;
    transitionPeriodEnded: IsoDate | null;
    itemsRelatedTo: string | null;
    secFileNumber: string | null;
    cusip: string | null;
  };
  registrant: {
    name: string | null;
    formerName: string | null;
    address: string | null;
    cityStateZip: string | null;
  };
  part2: {
    reliefClaimed: boolean | null;
  };
  part3: {
    narrative: string | null;
  };
  part4: {
    contactName: string | null;
    contactPhone: string | null;
    otherReportsFiled: boolean | null;
    reportsNotFiled: string | null;
    significantChange: boolean | null;
    changeExplanation: string | null;
    /** Whether the anticipated change is an improvement, a deterioration, or both. */
    changeDirection: "better" | "worse" | "mixed" | null;
    /** Amounts stated in the (3) explanation. */
    changeFigures: ChangeFigure[];
  };
  signature: {
    registrantName: string | null;
    date: IsoDate | null;
    name: string | null;
    title: string | null;
  };
  auditorLetter: {
    firm: string | null;
    date: IsoDate | null;
    text: string | null;
  } | null;
  /** Whether the registrant expects to file within the 15- or 5-day extension. */
  intent: {
    withinGracePeriod: boolean | null;
  };
  /** Earlier notices of the same CIK within the inputs of one batch run. */
  history: {
    priorNotices: number | null;
    firstTime: boolean | null;
  };
  reasons: ReasonCategory[];
  evidence: Record<string, Evidence | Evidence[]>;
  warnings: RecordWarning[];
}
