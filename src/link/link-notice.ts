import type { Message } from "../core/message.js";
import type { LinkIndex, IndexHistory } from "./link-index.js";
import { noticeOutcome, type NoticeOutcome } from "./notice-outcome.js";
import { noticeReportOf, reportForm } from "./report-families.js";

/** What linking needs to know of a notice, from an `extract` record or an NT row of the index data. */
export interface NoticeKey {
  cik: string | null;
  accessionNumber: string | null;
  submissionType: string | null;
  filedDate: string | null;
  /** The period of the report, when the notice gives it (`YYYY-MM-DD` or `YYYY-MM`). */
  periodEnded: string | null;
  /** The report types checked on the cover (`form.reportTypes`). */
  reportTypes: readonly string[];
  /** The fiscal year end (`MMDD`) from the filing's header, when known. */
  fiscalYearEnd: string | null;
}

/** A notice linked: its outcome, its history in the index data, the warnings, and the period used. */
export interface LinkResult {
  outcome: NoticeOutcome;
  history: IndexHistory;
  messages: Message[];
  /** The period of the notice: given, else the one the index data lists for the notice. */
  periodEnded: string | null;
}

/**
 * Links one notice to its late report in the index data and judges it
 * under Rules 12b-25 and 0-3. The report it is about comes from the
 * cover's checked boxes, else from the submission type; its period from the
 * notice, else from the index data's entry for the notice, else (for the
 * due date only) from the report found. A 10-K or 10-Q notice answered by a
 * 10-KSB or 10-QSB takes that form's rule.
 */
export function linkNotice(index: LinkIndex, key: NoticeKey): LinkResult {
  const report = noticeReportOf(key.submissionType, key.reportTypes);
  const listed = key.accessionNumber === null ? null : index.notice(key.accessionNumber);
  const periodEnded = key.periodEnded ?? listed?.reportDate ?? null;
  const matched =
    report !== null && key.cik !== null && key.filedDate !== null ? index.findReport(key.cik, report.family, key.filedDate, periodEnded) : null;
  let kind = report?.kind ?? null;
  const matchedKind = matched === null ? null : (reportForm(matched.formType)?.kind ?? null);
  if ((kind === "10-K" && matchedKind === "10-KSB") || (kind === "10-Q" && matchedKind === "10-QSB")) kind = matchedKind;
  const { outcome, messages } = noticeOutcome({
    kind,
    periodEnded: periodEnded ?? matched?.reportDate ?? null,
    noticeFiled: key.filedDate,
    report: matched,
    dataEnd: key.cik === null ? null : index.coverage(key.cik).end,
    fiscalYearEnd: key.fiscalYearEnd ?? (key.cik === null ? null : index.fiscalYearEnd(key.cik)),
    registrationEffective: key.cik === null || key.filedDate === null ? null : index.registrationEffective(key.cik, key.filedDate),
  });
  return { outcome, history: index.history(key.cik, key.filedDate), messages, periodEnded };
}
