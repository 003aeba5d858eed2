import { nextMatch } from "../core/scan.js";
import { DAILY_INDEX_NAME } from "./index-patterns.js";
import { isoIndexDate } from "./index-values.js";

/** Where EDGAR's archives are served; the paths below are relative to it. */
export const EDGAR_ARCHIVES_BASE = "https://www.sec.gov/";

/** The kinds of `.idx` index EDGAR publishes. */
export type IndexKind = "form" | "company" | "master";

/** A calendar quarter: year and quarter 1–4. */
export interface Quarter {
  year: number;
  quarter: 1 | 2 | 3 | 4;
}

/** The quarter a `YYYY-MM-DD` date falls in. */
export function quarterOf(date: string): Quarter {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const quarter = month <= 3 ? 1 : month <= 6 ? 2 : month <= 9 ? 3 : 4;
  return { year, quarter };
}

/** Every quarter from the one holding `from` to the one holding `to` (`YYYY-MM-DD`), in order. */
export function quartersBetween(from: string, to: string): Quarter[] {
  const out: Quarter[] = [];
  let { year, quarter } = quarterOf(from);
  const last = quarterOf(to);
  while (year < last.year || (year === last.year && quarter <= last.quarter)) {
    out.push({ year, quarter });
    if (quarter === 4) {
      year++;
      quarter = 1;
    } else quarter = (quarter + 1) as Quarter["quarter"];
  }
  return out;
}

/**
 * The quarterly index of a kind: `Archives/edgar/full-index/2021/QTR1/form.idx`
 * (`compressed`: `form.gz`, as EDGAR also serves it; it is the same file gzipped).
 */
export function fullIndexPath(q: Quarter, kind: IndexKind = "form", compressed = false): string {
  return `Archives/edgar/full-index/${q.year}/QTR${q.quarter}/${kind}.${compressed ? "gz" : "idx"}`;
}

/**
 * The daily index of a kind for one day (`YYYY-MM-DD`), named as EDGAR names
 * it today: `Archives/edgar/daily-index/2020/QTR1/form.20200318.idx`.
 * (The oldest daily files have six-digit names, `form.YYMMDD.idx` or
 * `form.MMDDYY.idx`; {@link dailyIndexDate} reads both.)
 */
export function dailyIndexPath(date: string, kind: IndexKind = "form"): string {
  const q = quarterOf(date);
  return `Archives/edgar/daily-index/${q.year}/QTR${q.quarter}/${kind}.${date.replaceAll("-", "")}.idx`;
}

/** The folder listing of a quarter's daily indexes (`Archives/edgar/daily-index/2020/QTR1/`). */
export function dailyIndexFolder(q: Quarter): string {
  return `Archives/edgar/daily-index/${q.year}/QTR${q.quarter}/`;
}

/** A company's submissions JSON: `https://data.sec.gov/submissions/CIK0000749647.json` (a different host from the archives). */
export function submissionsUrl(cik: string): string {
  return `https://data.sec.gov/submissions/CIK${cik.padStart(10, "0")}.json`;
}

/**
 * The day a daily index file's name gives: `form.20200318.idx` →
 * `2020-03-18`; the six-digit names of the 1990s are `YYMMDD`
 * (`form.970102.idx`) or `MMDDYY` (`form.010398.idx`), told apart by which
 * reading is a real day in 1993–2099 (and falls in `year`, the year of the
 * folder, when given). Null when the name is not a daily index's or the
 * digits are no day.
 */
export function dailyIndexDate(name: string, year?: number): string | null {
  const digits = nextMatch(DAILY_INDEX_NAME, name, 0)?.groups?.["digits"];
  if (digits === undefined) return null;
  if (digits.length === 8) return isoIndexDate(digits);
  const century = (yy: string): string => (Number(yy) >= 93 ? `19${yy}` : `20${yy}`);
  const ymd = isoIndexDate(`${century(digits.slice(0, 2))}${digits.slice(2)}`);
  const mdy = isoIndexDate(`${century(digits.slice(4))}${digits.slice(0, 4)}`);
  const fits = (d: string | null): d is string => d !== null && (year === undefined || Number(d.slice(0, 4)) === year);
  if (fits(ymd) && !fits(mdy)) return ymd;
  if (fits(mdy) && !fits(ymd)) return mdy;
  return fits(ymd) ? ymd : null;
}
