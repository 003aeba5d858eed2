import type { ReportKind } from "./due-dates.js";

/**
 * Which filings answer which notice: the report families of Rule 12b-25
 * notices, told from EDGAR form types. Blanks, hyphens and case are not
 * significant (`NT 10-K`, `NT10K`, `nt 10-k` alike), as in
 * `envelope/nt-types.ts`.
 */

/** A family of reports a notice can be about: the late report is a filing of the same family. */
export type ReportFamily = "10-K" | "10-Q" | "20-F" | "11-K" | "10-D" | "N-CSR" | "N-CEN";

/** What a form type is as a report: its family and kind, and whether it is an amendment. */
export interface ReportForm {
  family: ReportFamily;
  kind: ReportKind;
  amendment: boolean;
}

/** Report forms by their compacted type (capitals, no blanks or hyphens). */
const REPORT_FORMS: ReadonlyMap<string, { family: ReportFamily; kind: ReportKind }> = new Map([
  ["10K", { family: "10-K", kind: "10-K" }],
  ["10K405", { family: "10-K", kind: "10-K" }],
  ["10KT", { family: "10-K", kind: "10-K" }],
  ["10KT405", { family: "10-K", kind: "10-K" }],
  ["10KSB", { family: "10-K", kind: "10-KSB" }],
  ["10KSB40", { family: "10-K", kind: "10-KSB" }],
  ["10KSB405", { family: "10-K", kind: "10-KSB" }],
  ["10KTSB", { family: "10-K", kind: "10-KSB" }],
  ["10Q", { family: "10-Q", kind: "10-Q" }],
  ["10QT", { family: "10-Q", kind: "10-Q" }],
  ["10QSB", { family: "10-Q", kind: "10-QSB" }],
  ["10QTSB", { family: "10-Q", kind: "10-QSB" }],
  ["20F", { family: "20-F", kind: "20-F" }],
  ["11K", { family: "11-K", kind: "11-K" }],
  ["11KT", { family: "11-K", kind: "11-K" }],
  ["10D", { family: "10-D", kind: "10-D" }],
  ["NCSR", { family: "N-CSR", kind: "N-CSR" }],
  ["NCSRS", { family: "N-CSR", kind: "N-CSR" }],
  ["NCEN", { family: "N-CEN", kind: "N-CEN" }],
]);

/** Capitals, without blanks and hyphens: `NT 10-K/A` → `NT10K/A`. */
function compact(type: string): string {
  let out = "";
  for (const c of type.toUpperCase()) {
    if (c !== " " && c !== "\t" && c !== "-") out += c;
  }
  return out;
}

/** A filing's form type as a report (`10-K405`, `10-Q/A`, `N-CSRS`), or null when it is no report a notice is about. */
export function reportForm(formType: string): ReportForm | null {
  let t = compact(formType);
  const amendment = t.endsWith("/A");
  if (amendment) t = t.slice(0, -2);
  const found = REPORT_FORMS.get(t);
  return found === undefined ? null : { ...found, amendment };
}

/**
 * The report a notice is about, from its submission type (`NT 10-K`,
 * `NT 10-QSB/A`, `NT NCSR`); null when the type is no notice or names a
 * report without a rule here (`NT NSAR`, `NT 15D2`).
 */
export function noticeReport(submissionType: string): ReportForm | null {
  const t = compact(submissionType);
  if (!t.startsWith("NT")) return null;
  const found = reportForm(t.slice(2));
  return found === null ? null : { ...found, amendment: t.endsWith("/A") };
}

/** The report kinds the cover's "Check one" boxes name (`form.reportTypes`), by their canonical names. */
const CHECKED_KINDS: ReadonlyMap<string, { family: ReportFamily; kind: ReportKind }> = new Map([
  ["10-K", { family: "10-K", kind: "10-K" }],
  ["10-KSB", { family: "10-K", kind: "10-KSB" }],
  ["10-Q", { family: "10-Q", kind: "10-Q" }],
  ["10-QSB", { family: "10-Q", kind: "10-QSB" }],
  ["20-F", { family: "20-F", kind: "20-F" }],
  ["11-K", { family: "11-K", kind: "11-K" }],
  ["10-D", { family: "10-D", kind: "10-D" }],
  ["N-CSR", { family: "N-CSR", kind: "N-CSR" }],
  ["N-CEN", { family: "N-CEN", kind: "N-CEN" }],
]);

/**
 * The report a notice is about: from the boxes checked on its cover
 * (`form.reportTypes`) when they name one, else from its submission type.
 * When several boxes are checked, the one of the submission type's family
 * wins, else the first.
 */
export function noticeReportOf(submissionType: string | null, reportTypes: readonly string[] = []): { family: ReportFamily; kind: ReportKind } | null {
  const fromType = submissionType === null ? null : noticeReport(submissionType);
  const checked = reportTypes.flatMap((t) => {
    const found = CHECKED_KINDS.get(t);
    return found === undefined ? [] : [found];
  });
  const sameFamily = checked.find((c) => c.family === fromType?.family);
  const chosen = sameFamily ?? checked[0];
  if (chosen !== undefined) return chosen;
  return fromType === null ? null : { family: fromType.family, kind: fromType.kind };
}
