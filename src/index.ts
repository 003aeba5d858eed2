/** Library API of edgar-nt. */
export { parseFiling } from "./parse-filing.js";
export type { ParseOptions, ParseResult } from "./parse-filing-types.js";
export type { Message, Skip } from "./core/message.js";
export type * from "./record/types.js";
export { RECORD_COLUMNS, type RecordColumn, type ColumnType } from "./record/record-columns.js";
export { createRecordWriter, type CsvOptions, type OutputFormat, type RecordWriter, type TextFormat } from "./output/record-writer.js";
export { openTableWriter, type TableFormat, type TableWriter } from "./output/table-writer.js";
export { rules, type RuleId } from "./core/rules/index.js";
export { classifyReasons, type ReasonInput, type ReasonResult, type ReasonHit } from "./reasons/classify-reasons.js";
export { readChangeDirection } from "./reasons/change-direction.js";
export { readChangeFigures } from "./reasons/change-figures.js";
export { readGraceIntent } from "./reasons/grace-intent.js";
export { NoticeHistory } from "./record/notice-history.js";
export type { IndexRow, IndexLayout, SubmissionsCompany } from "./edgar-index/index-row.js";
export {
  readIndexRows,
  parseIndexText,
  IndexLineReader,
  type IndexReadOptions,
  type IndexHeader,
  type ChunkSource,
} from "./edgar-index/read-index-rows.js";
export { readIndexFile, readNamedSource, type IndexFileOptions } from "./edgar-index/read-index-file.js";
export { readSubmissions, cikFromSubmissionsName, type Submissions } from "./edgar-index/read-submissions.js";
export {
  EDGAR_ARCHIVES_BASE,
  fullIndexPath,
  dailyIndexPath,
  dailyIndexFolder,
  dailyIndexDate,
  quarterOf,
  quartersBetween,
  submissionsUrl,
  type IndexKind,
  type Quarter,
} from "./edgar-index/index-paths.js";
export { readLinkIndex, type LinkIndexOptions } from "./link/read-link-index.js";
export { LinkIndex, type IndexNotice, type IndexHistory } from "./link/link-index.js";
export { linkNotice, type NoticeKey, type LinkResult } from "./link/link-notice.js";
export { noticeOutcome, type NoticeOutcome, type OutcomeInput, type MatchedReport, type MatchedBy } from "./link/notice-outcome.js";
export { dueDateCandidates, noticeWindow, graceDays, type ReportKind, type DueDateCandidate, type NoticeWindow } from "./link/due-dates.js";
export { isBusinessDay, rollToBusinessDay, nextBusinessDay, federalHolidays, EDGAR_CLOSURES, type ClosureDay } from "./link/business-days.js";
