import { dayNumber, isoDay, weekday } from "./calendar-days.js";

/**
 * The days EDGAR does not count as business days, in one table: the legal
 * public holidays of 5 U.S.C. 6103(a) as observed under 5 U.S.C. 6103(b) and
 * Executive Order 11582 (a holiday on a Saturday is observed the Friday
 * before, on a Sunday the Monday after; New Year's Day on a Saturday is
 * observed on December 31 of the year before), and the days the federal
 * government, and with it EDGAR, was closed by order. Rule 0-3 of the
 * Exchange Act (17 CFR 240.0-3) moves a filing due on a Saturday, Sunday or
 * such a holiday to the next business day.
 */

/** A day EDGAR was closed by order, and where that is recorded. */
export interface ClosureDay {
  /** The day, `YYYY-MM-DD`. */
  date: string;
  /** Why EDGAR was closed. */
  reason: string;
  /** The order or announcement. */
  source: string;
}

/**
 * Days EDGAR was closed by order (national days of mourning, executive
 * orders closing the executive departments), each treated as a federal
 * holiday for filing purposes. Days of relief orders that left EDGAR open
 * (Hurricane Sandy, 2012-10-29/30; the COVID-19 order of 2020) are not
 * closures and are not here.
 */
export const EDGAR_CLOSURES: readonly ClosureDay[] = [
  { date: "2001-12-24", reason: "Christmas Eve", source: "Executive Order 13245 (Dec. 18, 2001)" },
  { date: "2003-12-26", reason: "day after Christmas", source: "Executive Order 13320 (Dec. 9, 2003)" },
  { date: "2004-06-11", reason: "national day of mourning, President Reagan", source: "Executive Order 13340 (June 7, 2004)" },
  { date: "2007-01-02", reason: "national day of mourning, President Ford", source: "Executive Order 13414 (Dec. 28, 2006)" },
  { date: "2007-12-24", reason: "Christmas Eve", source: "Executive Order 13453 (Dec. 6, 2007)" },
  { date: "2008-12-26", reason: "day after Christmas", source: "Executive Order 13484 (Dec. 12, 2008)" },
  { date: "2012-12-24", reason: "Christmas Eve", source: "Executive Order 13636 (Dec. 21, 2012)" },
  { date: "2014-12-26", reason: "day after Christmas", source: "Executive Order 13682 (Dec. 5, 2014)" },
  { date: "2015-12-24", reason: "Christmas Eve", source: "Executive Order 13713 (Dec. 11, 2015)" },
  {
    date: "2018-12-05",
    reason: "national day of mourning, President George H. W. Bush",
    source: "SEC announcement 'EDGAR to be closed Wednesday, December 5, 2018' (sec.gov/oit/announcement/edgar-be-closed-wednesday-december-5-2018)",
  },
  { date: "2018-12-24", reason: "Christmas Eve", source: "Executive Order 13854 (Dec. 18, 2018), 83 FR 65481" },
  { date: "2019-12-24", reason: "Christmas Eve", source: "Executive Order of Dec. 18, 2019 (13900); SEC EDGAR announcement" },
  { date: "2020-12-24", reason: "Christmas Eve", source: "Executive Order of Dec. 11, 2020 (13961); SEC announcement: EDGAR closed Dec. 24 and 25, 2020" },
  { date: "2024-12-24", reason: "Christmas Eve", source: "Executive Order of Dec. 19, 2024 closing the executive departments" },
  { date: "2025-01-09", reason: "national day of mourning, President Carter", source: "Executive Order of Dec. 30, 2024; EDGAR closed (not a Rule 424(b) business day)" },
  { date: "2025-12-24", reason: "Christmas Eve", source: "Executive Order of Dec. 18, 2025 closing the executive departments on Dec. 24 and 26, 2025" },
  { date: "2025-12-26", reason: "day after Christmas", source: "Executive Order of Dec. 18, 2025 closing the executive departments on Dec. 24 and 26, 2025" },
];

/** Juneteenth National Independence Day is a legal public holiday from 2021 (Pub. L. 117-17, June 17, 2021). */
const JUNETEENTH_FROM = 2021;
/** Birthday of Martin Luther King, Jr. is a legal public holiday from 1986 (Pub. L. 98-144). */
const MLK_FROM = 1986;

/** The day number of the `n`th `weekdayWanted` (0 Sunday) of a month; `n = -1` for the last. */
function nthWeekday(year: number, month: number, weekdayWanted: number, n: number): number {
  if (n < 0) {
    const last = Date.UTC(year, month, 0) / 86_400_000;
    return last - ((weekday(last) - weekdayWanted + 7) % 7);
  }
  const first = Date.UTC(year, month - 1, 1) / 86_400_000;
  return first + ((weekdayWanted - weekday(first) + 7) % 7) + (n - 1) * 7;
}

/** A fixed-date holiday as observed: Saturday → the Friday before, Sunday → the Monday after. */
function observed(year: number, month: number, day: number): number {
  const d = Date.UTC(year, month - 1, day) / 86_400_000;
  const w = weekday(d);
  return w === 6 ? d - 1 : w === 0 ? d + 1 : d;
}

/** The observed federal holidays of one year (New Year's Day of the next year when it is observed on December 31), with their names. */
export function federalHolidays(year: number): Map<number, string> {
  const out = new Map<number, string>();
  const add = (day: number, name: string): void => {
    out.set(day, name);
  };
  add(observed(year, 1, 1), "New Year's Day");
  if (year >= MLK_FROM) add(nthWeekday(year, 1, 1, 3), "Birthday of Martin Luther King, Jr.");
  add(nthWeekday(year, 2, 1, 3), "Washington's Birthday");
  add(nthWeekday(year, 5, 1, -1), "Memorial Day");
  if (year >= JUNETEENTH_FROM) add(observed(year, 6, 19), "Juneteenth National Independence Day");
  add(observed(year, 7, 4), "Independence Day");
  add(nthWeekday(year, 9, 1, 1), "Labor Day");
  add(nthWeekday(year, 10, 1, 2), "Columbus Day");
  add(observed(year, 11, 11), "Veterans Day");
  add(nthWeekday(year, 11, 4, 4), "Thanksgiving Day");
  add(observed(year, 12, 25), "Christmas Day");
  return out;
}

/** Day numbers of the holidays and closures, by the year they fall in, built on first use. */
const closedDays = new Map<number, Map<number, string>>();

/** The non-business days (other than weekends) of a calendar year, with their names. */
function closedDaysOf(year: number): Map<number, string> {
  let days = closedDays.get(year);
  if (days !== undefined) return days;
  days = new Map();
  for (const y of [year, year + 1]) {
    for (const [day, name] of federalHolidays(y)) if (isoDay(day).startsWith(String(year))) days.set(day, name);
  }
  for (const closure of EDGAR_CLOSURES) {
    if (closure.date.startsWith(String(year))) days.set(dayNumber(closure.date), `EDGAR closed: ${closure.reason}`);
  }
  closedDays.set(year, days);
  return days;
}

/** Why EDGAR was closed on a weekday (a holiday's name, a closure), or null when it was open; weekends are not named. */
export function closedReason(iso: string): string | null {
  return closedDaysOf(Number(iso.slice(0, 4))).get(dayNumber(iso)) ?? null;
}

/** Whether a day is a business day: not a Saturday, Sunday, federal holiday or day EDGAR was closed by order. */
export function isBusinessDay(iso: string): boolean {
  return isBusinessDayNumber(dayNumber(iso));
}

/** {@link isBusinessDay} of a day number. */
function isBusinessDayNumber(day: number): boolean {
  const w = weekday(day);
  if (w === 0 || w === 6) return false;
  return !closedDaysOf(new Date(day * 86_400_000).getUTCFullYear()).has(day);
}

/** Rule 0-3: the day itself when it is a business day, else the next business day. */
export function rollToBusinessDay(iso: string): string {
  let day = dayNumber(iso);
  while (!isBusinessDayNumber(day)) day++;
  return isoDay(day);
}

/** The first business day after a day. */
export function nextBusinessDay(iso: string): string {
  let day = dayNumber(iso) + 1;
  while (!isBusinessDayNumber(day)) day++;
  return isoDay(day);
}
