import { addDays, addMonths, fullDate } from "./calendar-days.js";
import { nextBusinessDay, rollToBusinessDay } from "./business-days.js";
import type { FilerCategory } from "../record/types.js";

/**
 * When a periodic report is due, by report, filer category and era, and
 * what Rule 12b-25 makes of that: the notice deadline and the end of the
 * grace period. Sources: Rule 12b-25 (17 CFR 240.12b-25) and Rule 0-3;
 * General Instructions of Forms 10-K, 10-Q, 20-F, 11-K, 10-D; Releases
 * 33-8128 (2002: 75/40 days for accelerated filers), 33-8507 (2004),
 * 33-8644 (2005: 60 days for large accelerated filers), 33-8876 and
 * 33-8959 (2008: Forms 10-KSB and 10-QSB removed); 17 CFR 249.312
 * (20-F: six months, four months for fiscal years ending on or after
 * 2011-12-15); Rule 30b2-1 (N-CSR: ten days after the transmission to
 * shareholders, itself due within 60 days); Form N-CEN instructions (75
 * days).
 */

/** The reports a late-filing notice can be about, as the rules tell them apart. */
export type ReportKind = "10-K" | "10-KSB" | "10-Q" | "10-QSB" | "20-F" | "11-K" | "10-D" | "N-CSR" | "N-CEN";

/** Accelerated filers: 75-day 10-K for fiscal years ending on or after this day (Release 33-8128). */
const ACCELERATED_10K_FROM = "2003-12-15";
/** Large accelerated filers: 60-day 10-K for fiscal years ending on or after this day (Release 33-8644). */
const LARGE_ACCELERATED_10K_FROM = "2006-12-15";
/** Form 20-F: four months instead of six for fiscal years ending on or after this day (Release 33-8959). */
const FOUR_MONTH_20F_FROM = "2011-12-15";
/** Form 10-QSB could not be used after this day (Release 33-8876). */
const LAST_10QSB_DAY = "2008-10-31";
/** Form 10-KSB could not be used after this day (Release 33-8876). */
const LAST_10KSB_DAY = "2009-03-15";

/** One way the report may have been due: under a filer category (null when the category does not matter). */
export interface DueDateCandidate {
  /** The category this due date holds for; null when every category has it. */
  category: FilerCategory | null;
  /** The due date by the rule, before Rule 0-3. */
  prescribed: string;
  /** The due date after Rule 0-3 (the next business day when the prescribed day is not one). */
  dueDate: string;
}

/** Calendar days of the Rule 12b-25(b) grace period after the due date: 15 for annual reports, 5 for quarterly and distribution reports. */
export function graceDays(kind: ReportKind): number {
  return kind === "10-Q" || kind === "10-QSB" || kind === "10-D" ? 5 : 15;
}

/**
 * The first fiscal year end on or after 2003-12-15 of a company whose
 * fiscal year ends on `fiscalYearEnd` (`MMDD`): the year of its first
 * 75-day 10-K, after which its 10-Qs are due in 40 days as an accelerated
 * filer. December when the fiscal year end is not known.
 */
export function firstAcceleratedYearEnd(fiscalYearEnd: string | null): string {
  const mmdd = fiscalYearEnd !== null && fiscalYearEnd.length === 4 && [...fiscalYearEnd].every((c) => c >= "0" && c <= "9") ? fiscalYearEnd : "1231";
  const candidate = `2003-${mmdd.slice(0, 2)}-${mmdd.slice(2, 4)}`;
  return candidate >= ACCELERATED_10K_FROM ? candidate : `2004-${mmdd.slice(0, 2)}-${mmdd.slice(2, 4)}`;
}

/** A candidate due `days` days after the period. */
function after(category: FilerCategory | null, period: string, days: number): DueDateCandidate {
  const prescribed = addDays(period, days);
  return { category, prescribed, dueDate: rollToBusinessDay(prescribed) };
}

/**
 * The due dates a report of `kind` for the period ending `period`
 * (`YYYY-MM-DD`, or `YYYY-MM` for the month's last day) may have had: one
 * per filer category valid in that era, fastest first; a single candidate
 * with a null category when the category does not matter; none when the
 * indexes cannot give it (a 10-D is due 15 days after a distribution date
 * they do not hold). `fiscalYearEnd` (`MMDD`) places a 10-Q before or after
 * the company's first 75-day 10-K.
 */
export function dueDateCandidates(kind: ReportKind, periodEnded: string, fiscalYearEnd: string | null = null): DueDateCandidate[] {
  const period = fullDate(periodEnded);
  switch (kind) {
    case "10-K":
      if (period < ACCELERATED_10K_FROM) return [after(null, period, 90)];
      if (period < LARGE_ACCELERATED_10K_FROM) return [after("accelerated", period, 75), after("non-accelerated", period, 90)];
      return [after("large-accelerated", period, 60), after("accelerated", period, 75), after("non-accelerated", period, 90)];
    case "10-KSB":
      return addDays(period, 90) <= LAST_10KSB_DAY ? [after("small-business", period, 90)] : dueDateCandidates("10-K", period, fiscalYearEnd);
    case "10-Q":
      if (period <= firstAcceleratedYearEnd(fiscalYearEnd)) return [after(null, period, 45)];
      return [after("accelerated", period, 40), after("non-accelerated", period, 45)];
    case "10-QSB":
      return addDays(period, 45) <= LAST_10QSB_DAY ? [after("small-business", period, 45)] : dueDateCandidates("10-Q", period, fiscalYearEnd);
    case "20-F": {
      const prescribed = addMonths(period, period < FOUR_MONTH_20F_FROM ? 6 : 4);
      return [{ category: null, prescribed, dueDate: rollToBusinessDay(prescribed) }];
    }
    case "11-K":
      return [after(null, period, 180)];
    case "N-CSR":
      return [after(null, period, 70)];
    case "N-CEN":
      return [after(null, period, 75)];
    case "10-D":
      return [];
  }
}

/** What Rule 12b-25 makes of a due date. */
export interface NoticeWindow {
  /** The due date (after Rule 0-3). */
  dueDate: string;
  /** The last day a timely notice may be filed: one business day after the due date. */
  noticeDeadline: string;
  /** The last day of the grace period: 15 or 5 calendar days after the due date, moved to the next business day. */
  graceEnds: string;
}

/** The notice deadline and the end of the grace period of a report of `kind` due on `dueDate`. */
export function noticeWindow(kind: ReportKind, dueDate: string): NoticeWindow {
  return {
    dueDate,
    noticeDeadline: nextBusinessDay(dueDate),
    graceEnds: rollToBusinessDay(addDays(dueDate, graceDays(kind))),
  };
}
