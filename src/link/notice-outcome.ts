import type { Message } from "../core/message.js";
import type { NtRecord } from "../record/types.js";
import { emptyOutcome } from "../record/empty-record.js";
import { addDays, daysBetween } from "./calendar-days.js";
import { rollToBusinessDay } from "./business-days.js";
import { dueDateCandidates, noticeWindow, type DueDateCandidate, type ReportKind } from "./due-dates.js";

/** How the late report was found: by its period, or as the next filing of its family (a period unknown on either side). */
export type MatchedBy = NonNullable<NoticeOutcome["matchedBy"]>;

/**
 * The `outcome` of a notice (the record's `outcome` group): its late
 * report and the verdicts of Rule 12b-25. `filedWithinGracePeriod` is null
 * when no report is found and the index data ends before the grace period
 * does; `daysAfterDue` counts calendar days from the due date to the
 * report's filing date (negative when filed before it).
 */
export type NoticeOutcome = NtRecord["outcome"];

/** The late report found for a notice. */
export interface MatchedReport {
  accessionNumber: string | null;
  formType: string;
  dateFiled: string;
  /** The report's period, when the index data gives it. */
  reportDate?: string | null;
  matchedBy: MatchedBy;
}

/** What {@link noticeOutcome} needs to know of a notice. */
export interface OutcomeInput {
  /** The report the notice is about; null when not known or without a rule. */
  kind: ReportKind | null;
  /** The period of the report (`YYYY-MM-DD` or `YYYY-MM`), when known. */
  periodEnded: string | null;
  /** The notice's filing date. */
  noticeFiled: string | null;
  /** The late report, when found. */
  report: MatchedReport | null;
  /** The last day the index data covers (for censoring); null when unknown. */
  dataEnd: string | null;
  /** The company's fiscal year end (`MMDD`), when known. */
  fiscalYearEnd?: string | null;
  /** When the notice is about the first report after a registration: the day the registration became effective. */
  registrationEffective?: string | null;
}

/** First day of reports due under the SEC's COVID-19 order (Release 34-88465, March 25, 2020). */
const COVID_FROM = "2020-03-01";
/** Last day of reports due under the order. */
const COVID_TO = "2020-07-01";

/**
 * Rules 13a-13(a) and 15d-13(a): the first quarterly report after a
 * registration is due 45 days after it became effective, or when it would
 * otherwise be due, whichever is later. A new registrant is not yet an
 * accelerated filer, so "otherwise" is the slowest category's due date.
 * The candidate when the later day is the registration's, else null.
 */
function firstQuarterlyDue(kind: ReportKind, effective: string | null, candidates: readonly DueDateCandidate[]): DueDateCandidate | null {
  if (effective === null || (kind !== "10-Q" && kind !== "10-QSB")) return null;
  const prescribed = addDays(effective, 45);
  const slowest = candidates.at(-1) as DueDateCandidate;
  if (prescribed <= slowest.prescribed) return null;
  return { category: null, prescribed, dueDate: rollToBusinessDay(prescribed) };
}

/** The two verdicts a due date gives: the notice on time, the report within the grace period. */
interface Verdict {
  noticeTimely: boolean | null;
  filedWithinGracePeriod: boolean | null;
}

/** A message about the outcome (it has no place in the input). */
function warn(ruleId: Message["ruleId"], message: string, path: string): Message {
  return { ruleId, message, line: null, column: null, path };
}

/**
 * The outcome of one notice under Rules 12b-25 and 0-3: due date, notice
 * deadline and timeliness, end of the grace period, whether the report came
 * within it and how many days after the due date. When the due date depends
 * on a filer category no data gives for the period, the category is
 * inferred: the fastest whose notice deadline the notice met, else the
 * slowest (`dueDateBasis: "inferred"`); a warning names the categories that
 * would give another verdict. A report not found is `false` only when the
 * index data reaches past the end of the grace period, else null.
 */
export function noticeOutcome(input: OutcomeInput): { outcome: NoticeOutcome; messages: Message[] } {
  const outcome = emptyOutcome();
  const messages: Message[] = [];
  const report = input.report;
  if (report !== null) {
    outcome.reportAccession = report.accessionNumber;
    outcome.reportForm = report.formType;
    outcome.reportFiledDate = report.dateFiled;
    outcome.matchedBy = report.matchedBy;
  }
  if (input.kind === null) {
    messages.push(warn("link-no-rule", "the notice names no report with a due-date rule", "outcome.dueDate"));
    return { outcome, messages };
  }
  if (input.periodEnded === null) {
    messages.push(warn("link-no-period", "the period of the report is not known", "outcome.dueDate"));
    return { outcome, messages };
  }
  const kind = input.kind;
  let candidates = dueDateCandidates(kind, input.periodEnded, input.fiscalYearEnd ?? null);
  if (candidates.length === 0) return { outcome, messages };
  const first = firstQuarterlyDue(kind, input.registrationEffective ?? null, candidates);
  if (first !== null) {
    candidates = [first];
    messages.push(
      warn(
        "link-first-report",
        `the first quarterly report after the registration became effective on ${input.registrationEffective ?? ""} is due 45 days after it (Rules 13a-13(a), 15d-13(a)): ${first.dueDate}`,
        "outcome.dueDate",
      ),
    );
  }
  const verdictOf = (candidate: DueDateCandidate): Verdict => {
    const window = noticeWindow(kind, candidate.dueDate);
    const noticeTimely = input.noticeFiled === null ? null : input.noticeFiled <= window.noticeDeadline;
    let filedWithinGracePeriod: boolean | null;
    if (report !== null) filedWithinGracePeriod = report.dateFiled <= window.graceEnds;
    else filedWithinGracePeriod = input.dataEnd !== null && input.dataEnd >= window.graceEnds ? false : null;
    return { noticeTimely, filedWithinGracePeriod };
  };
  let chosen = candidates[0] as DueDateCandidate;
  if (candidates.length > 1) {
    chosen = candidates.find((c) => verdictOf(c).noticeTimely === true) ?? (candidates.at(-1) as DueDateCandidate);
  }
  const window = noticeWindow(kind, chosen.dueDate);
  const verdict = verdictOf(chosen);
  outcome.filerCategory = chosen.category;
  outcome.dueDate = window.dueDate;
  outcome.dueDateBasis = candidates.length > 1 ? "inferred" : "category";
  outcome.noticeDeadline = window.noticeDeadline;
  outcome.noticeTimely = verdict.noticeTimely;
  outcome.graceEnds = window.graceEnds;
  outcome.filedWithinGracePeriod = verdict.filedWithinGracePeriod;
  outcome.daysAfterDue = report === null ? null : daysBetween(window.dueDate, report.dateFiled);
  const alternatives = candidates.filter((c) => {
    if (c === chosen) return false;
    const other = verdictOf(c);
    return other.noticeTimely !== verdict.noticeTimely || other.filedWithinGracePeriod !== verdict.filedWithinGracePeriod;
  });
  if (alternatives.length > 0) {
    const named = alternatives.map((c) => {
      const other = verdictOf(c);
      return `${c.category ?? "any filer"} (due ${c.dueDate}: notice ${other.noticeTimely === null ? "unknown" : other.noticeTimely ? "on time" : "late"}, report ${
        other.filedWithinGracePeriod === null ? "unknown" : other.filedWithinGracePeriod ? "within" : "not within"
      } the grace period)`;
    });
    messages.push(
      warn("link-category-alternatives", `filer category inferred as ${chosen.category ?? "any filer"}; other categories would give another verdict: ${named.join("; ")}`, "outcome.filerCategory"),
    );
  }
  if (window.dueDate >= COVID_FROM && window.dueDate <= COVID_TO) {
    messages.push(
      warn("link-covid-order", `the report was due ${window.dueDate}, within the SEC's COVID-19 order (reports due 2020-03-01 to 2020-07-01 could be filed up to 45 days later)`, "outcome.dueDate"),
    );
  }
  return { outcome, messages };
}
