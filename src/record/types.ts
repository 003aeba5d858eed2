/**
 * The extraction record: the contract described in SPEC.md (schema version
 * 1), defined once. The TypeScript types below, the empty record
 * (`empty-record.ts`), the CSV columns and the column types of the writers
 * (`record-columns.ts`) and the shipped `schema/record.schema.json`
 * (`record-schema.ts`) all come from {@link RECORD}. Field names and
 * meanings are fixed; fields may be added, never renamed.
 *
 * Adding a field is a change here only: put it in its group with its "not
 * given" value as `default`; a field added after the first CSV columns were
 * fixed carries a later {@link CSV_GROUP} so that existing columns keep
 * their places. Then `UPDATE=1 npx vitest run test/record-schema.test.ts`
 * rewrites the schema file, and SPEC.md documents the field.
 */
import { Type, type Static, type TSchema } from "@sinclair/typebox";
import { REASON_CATEGORIES } from "./reason-categories.js";

/**
 * Option of a field: its CSV column group. Columns come in record order
 * within a group, group 0 first; fields added after the first release of
 * the CSV go to a later group, at the end of the row.
 */
export const CSV_GROUP = "csvGroup";

/** `YYYY-MM-DD`, or `YYYY-MM` when the form gives no day (the writers' date columns). */
export const ISO_DATE_PATTERN = String.raw`^\d{4}-\d{2}(-\d{2})?$`;

/** A field that may be "not given": its value or null (null by default). */
function nullable<T extends TSchema>(schema: T, options: Record<string, unknown> = {}) {
  return Type.Union([schema, Type.Null()], { default: null, ...options });
}

/** One of a fixed list of strings (`enum` in the JSON schema). */
function oneOf<const V extends readonly string[]>(values: V, options: Record<string, unknown> = {}) {
  return Type.Unsafe<V[number]>({ enum: [...values], ...options });
}

/** A list, empty by default. */
function list<T extends TSchema>(items: T, options: Record<string, unknown> = {}) {
  return Type.Array(items, { default: [], ...options });
}

/** A string or null. */
const text = (options: Record<string, unknown> = {}) => nullable(Type.String(), options);
/** An ISO date or null. */
const date = (options: Record<string, unknown> = {}) => nullable(Type.String({ pattern: ISO_DATE_PATTERN }), options);
/** true, false or null (an unreadable or unanswered box). */
const flag = (options: Record<string, unknown> = {}) => nullable(Type.Boolean(), options);

/** Canonical report types of the cover's "Check one" boxes. */
const REPORT_TYPES = ["10-K", "10-KSB", "20-F", "11-K", "10-Q", "10-QSB", "10-D", "N-SAR", "N-CSR", "N-CEN"] as const;

export { REASON_CATEGORIES };

/**
 * The part a reason phrase plays where it stands (evidence of
 * `reasons.<category>`): `cause` (stated as a reason for the delay; only
 * these give a category), `background` (history, a matter said to be
 * settled or unrelated to the delay, results commentary), `forward-looking`
 * (forward-looking-statements text, hedged boilerplate, a list of risks),
 * `negated` or `hypothetical`.
 */
const REASON_ROLES = ["cause", "background", "forward-looking", "negated", "hypothetical"] as const;

/** How `link` found the late report: by its period, or as the next filing of its family. */
const MATCHED_BY = ["period", "next-filing"] as const;

/**
 * Filer categories as due dates tell them apart: `accelerated` is, for a
 * 10-Q, accelerated or large accelerated (both 40 days); `small-business` a
 * small business issuer filing Form 10-KSB or 10-QSB.
 */
const FILER_CATEGORIES = ["large-accelerated", "accelerated", "non-accelerated", "small-business"] as const;

/** Where a due date came from: the filer category (or a rule every category shares), or a category inferred from the notice's timing. */
const DUE_DATE_BASES = ["category", "inferred"] as const;

/** Where an extracted value came from: 1-based line and column in the input file, and the text there. */
const EVIDENCE = Type.Object(
  {
    line: Type.Integer({ minimum: 1 }),
    column: Type.Integer({ minimum: 1 }),
    text: Type.String(),
    role: Type.Optional(
      oneOf(REASON_ROLES, {
        description:
          "Only in the evidence of reasons.<category>: the role of the phrase. A category in `reasons` shows its `cause` phrases; a category left out shows the mentions set aside, each with the role that set it aside.",
      }),
    ),
  },
  { additionalProperties: false },
);

/** A warning attached to a record: something ambiguous, missing or repaired. */
const RECORD_WARNING = Type.Object(
  {
    path: nullable(Type.String()),
    message: Type.String(),
    line: nullable(Type.Integer()),
    column: nullable(Type.Integer()),
    ruleId: Type.String(),
  },
  { additionalProperties: false },
);

/** One amount stated in the Part IV (3) explanation. */
const CHANGE_FIGURE = Type.Object(
  {
    metric: Type.String(),
    period: nullable(Type.String()),
    amount: Type.Number(),
  },
  { additionalProperties: false },
);

/** A group of fields: an object that admits no other property. */
function group<P extends Record<string, TSchema>>(properties: P) {
  return Type.Object(properties, { additionalProperties: false });
}

/** The record for one filing: the one definition. */
export const RECORD = Type.Object(
  {
    schemaVersion: Type.Literal(1),
    source: group({
      path: Type.String(),
      sha256: Type.String({ pattern: "^[0-9a-f]{64}$" }),
      format: oneOf(["text", "html"]),
    }),
    filing: group({
      accessionNumber: text(),
      submissionType: text(),
      filedDate: date(),
      cik: nullable(Type.String({ pattern: String.raw`^\d{10}$` })),
      companyName: text(),
      sic: text(),
      stateOfIncorporation: text(),
      fiscalYearEnd: text(),
      fileNumber: text(),
    }),
    form: group({
      amendment: Type.Boolean({ default: false }),
      reportTypes: list(oneOf(REPORT_TYPES), { uniqueItems: true }),
      periodEnded: date(),
      transition: flag(),
      transitionPeriodEnded: date(),
      itemsRelatedTo: text(),
      secFileNumber: text(),
      cusip: text(),
    }),
    registrant: group({
      name: text(),
      formerName: text(),
      address: text(),
      cityStateZip: text(),
    }),
    part2: group({ reliefClaimed: flag() }),
    part3: group({ narrative: text() }),
    part4: group({
      contactName: text(),
      contactPhone: text(),
      otherReportsFiled: flag(),
      reportsNotFiled: text(),
      significantChange: flag(),
      changeExplanation: text(),
      /** Whether the anticipated change is an improvement, a deterioration, or both. */
      changeDirection: nullable(oneOf(["better", "worse", "mixed"]), { [CSV_GROUP]: 1 }),
      /** Amounts stated in the (3) explanation. */
      changeFigures: list(CHANGE_FIGURE, { [CSV_GROUP]: 1 }),
    }),
    signature: group({
      registrantName: text(),
      date: date(),
      name: text(),
      title: text(),
    }),
    auditorLetter: nullable(group({ firm: text(), date: date(), text: text() })),
    /** Whether the registrant expects to file within the 15- or 5-day extension. */
    intent: group({ withinGracePeriod: flag({ [CSV_GROUP]: 1 }) }),
    /**
     * Earlier notices of the same CIK: within the inputs of one batch run
     * (`extract`), or among the NT filings of EDGAR's index data (`link`,
     * which also counts those of the twelve months before).
     */
    history: group({
      priorNotices: nullable(Type.Integer({ minimum: 0 }), { [CSV_GROUP]: 1 }),
      firstTime: flag({ [CSV_GROUP]: 1 }),
      priorNotices12m: nullable(Type.Integer({ minimum: 0 }), { [CSV_GROUP]: 2 }),
    }),
    /**
     * The late report and the verdicts of Rules 12b-25 and 0-3, from
     * EDGAR's index data (`edgar-nt link`); all null in `extract`'s records.
     */
    outcome: group({
      reportAccession: text({ [CSV_GROUP]: 2 }),
      reportForm: text({ [CSV_GROUP]: 2 }),
      reportFiledDate: date({ [CSV_GROUP]: 2 }),
      matchedBy: nullable(oneOf(MATCHED_BY), { [CSV_GROUP]: 2 }),
      filerCategory: nullable(oneOf(FILER_CATEGORIES), { [CSV_GROUP]: 2 }),
      dueDate: date({ [CSV_GROUP]: 2 }),
      dueDateBasis: nullable(oneOf(DUE_DATE_BASES), { [CSV_GROUP]: 2 }),
      noticeDeadline: date({ [CSV_GROUP]: 2 }),
      noticeTimely: flag({ [CSV_GROUP]: 2 }),
      graceEnds: date({ [CSV_GROUP]: 2 }),
      filedWithinGracePeriod: flag({ [CSV_GROUP]: 2 }),
      daysAfterDue: nullable(Type.Integer(), { [CSV_GROUP]: 2 }),
    }),
    reasons: list(oneOf(REASON_CATEGORIES), { uniqueItems: true }),
    evidence: Type.Record(Type.String(), Type.Union([EVIDENCE, Type.Array(EVIDENCE)]), { default: {} }),
    warnings: list(RECORD_WARNING),
  },
  {
    additionalProperties: false,
    title: "edgar-nt record (schema version 1)",
    description:
      "One Form 12b-25 filing as extracted by edgar-nt. Field names and meanings follow SPEC.md; fields may be added, never renamed.",
  },
);

/** The record for one filing. */
export type NtRecord = Static<typeof RECORD>;
/** ISO date `YYYY-MM-DD`, or `YYYY-MM` when the form gives no day. */
export type IsoDate = string;
/** A canonical report type of the cover's "Check one" boxes. */
export type ReportType = (typeof REPORT_TYPES)[number];
/** A reason category for the delay. */
export type ReasonCategory = (typeof REASON_CATEGORIES)[number];
/** The role of a reason phrase where it stands (see {@link REASON_ROLES}). */
export type ReasonRole = (typeof REASON_ROLES)[number];
/** Where an extracted value came from. */
export type Evidence = Static<typeof EVIDENCE>;
/** A warning attached to a record. */
export type RecordWarning = Static<typeof RECORD_WARNING>;
/** One amount stated in the Part IV (3) explanation. */
export type ChangeFigure = Static<typeof CHANGE_FIGURE>;
/** A filer category as due dates tell them apart. */
export type FilerCategory = (typeof FILER_CATEGORIES)[number];
