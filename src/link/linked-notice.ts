import type { RecordWarning } from "../record/types.js";
import type { IndexHistory, IndexNotice } from "./link-index.js";
import type { LinkResult } from "./link-notice.js";
import type { NoticeOutcome } from "./notice-outcome.js";

/**
 * One line of `edgar-nt link` without RECORDS: an NT filing of the index
 * data as a notice, with the record's field names for what the index gives
 * (`filing.*`, `form.periodEnded`) and the `outcome`, `history` and
 * `warnings` a record gets.
 */
export interface LinkedNotice {
  filing: {
    accessionNumber: string | null;
    cik: string;
    companyName: string;
    submissionType: string;
    filedDate: string;
  };
  form: { periodEnded: string | null };
  outcome: NoticeOutcome;
  history: IndexHistory;
  warnings: RecordWarning[];
}

/** The record paths of a {@link LinkedNotice}, in column order (the CSV's columns, before `warning_count`). */
export const LINKED_NOTICE_PATHS: readonly string[] = [
  "filing.accessionNumber",
  "filing.cik",
  "filing.companyName",
  "filing.submissionType",
  "filing.filedDate",
  "form.periodEnded",
  "outcome.reportAccession",
  "outcome.reportForm",
  "outcome.reportFiledDate",
  "outcome.matchedBy",
  "outcome.filerCategory",
  "outcome.dueDate",
  "outcome.dueDateBasis",
  "outcome.noticeDeadline",
  "outcome.noticeTimely",
  "outcome.graceEnds",
  "outcome.filedWithinGracePeriod",
  "outcome.daysAfterDue",
  "history.priorNotices",
  "history.firstTime",
  "history.priorNotices12m",
];

/** A message of linking as a record's warning. */
export function asWarning(message: LinkResult["messages"][number]): RecordWarning {
  return { path: message.path ?? null, message: message.message, line: message.line, column: message.column, ruleId: message.ruleId };
}

/** The line of an NT filing of the index data, linked. */
export function linkedNotice(notice: IndexNotice, result: LinkResult): LinkedNotice {
  return {
    filing: {
      accessionNumber: notice.accessionNumber,
      cik: notice.cik,
      companyName: notice.companyName,
      submissionType: notice.formType,
      filedDate: notice.dateFiled,
    },
    form: { periodEnded: result.periodEnded },
    outcome: result.outcome,
    history: result.history,
    warnings: result.messages.map(asWarning),
  };
}
