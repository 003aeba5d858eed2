import { matchAt } from "../core/scan.js";
import { CIK_VALUE, ISO_DAY, LIST_SEPARATOR, QUARTER } from "./fetch-patterns.js";

/** A calendar quarter. */
export interface QuarterOf {
  year: number;
  quarter: 1 | 2 | 3 | 4;
}

/**
 * One index file to read: a quarter's full `form.idx`, or one day's daily
 * `form.YYYYMMDD.idx`.
 */
export type IndexTarget = { kind: "full"; quarter: QuarterOf } | { kind: "daily"; day: string };

/** A day `YYYY-MM-DD` as given to `--from`/`--to`, or null when it is not a real day. */
export function parseDay(text: string): string | null {
  const groups = matchAt(ISO_DAY, text.trim(), 0)?.groups;
  if (!groups) return null;
  const [y, m, d] = [Number(groups["year"]), Number(groups["month"]), Number(groups["day"])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? text.trim() : null;
}

/**
 * `--quarters`: `2024Q1`, a range `2024Q1..2024Q4`, or a list of either
 * (`2023Q4,2024Q2`), in the order given, each quarter once; null when a
 * part is not a quarter or a range runs backwards.
 */
export function parseQuarters(text: string): QuarterOf[] | null {
  const out: QuarterOf[] = [];
  const seen = new Set<string>();
  const parts = text.split(LIST_SEPARATOR).filter((p) => p.length > 0);
  if (parts.length === 0) return null;
  for (const part of parts) {
    const [first, last, extra] = part.split("..");
    if (extra !== undefined || first === undefined) return null;
    const from = quarter(first);
    const to = last === undefined ? from : quarter(last);
    if (from === null || to === null || ordinal(to) < ordinal(from)) return null;
    for (let n = ordinal(from); n <= ordinal(to); n++) {
      const q = fromOrdinal(n);
      const key = `${q.year}Q${q.quarter}`;
      if (!seen.has(key)) out.push(q);
      seen.add(key);
    }
  }
  return out;
}

/** `--cik`: CIKs separated by commas or blanks, leading zeros allowed; null when a part is not a CIK. */
export function parseCiks(text: string): number[] | null {
  const parts = text.split(LIST_SEPARATOR).filter((p) => p.length > 0);
  if (parts.length === 0 || !parts.every((p) => CIK_VALUE.test(p))) return null;
  return [...new Set(parts.map(Number))];
}

/**
 * The index files that cover the days `from`..`to` (inclusive,
 * `YYYY-MM-DD`): a quarter's full index where the range holds the whole
 * quarter, else the daily index of each weekday in it (EDGAR publishes
 * none for weekends).
 */
export function indexTargets(from: string, to: string): IndexTarget[] {
  const out: IndexTarget[] = [];
  const last = dayNumber(to);
  for (let n = ordinal(quarterOfDay(from)); n <= ordinal(quarterOfDay(to)); n++) {
    const q = fromOrdinal(n);
    const start = dayNumber(quarterStart(q));
    const end = dayNumber(quarterStart(fromOrdinal(n + 1))) - 1;
    const first = Math.max(start, dayNumber(from));
    const stop = Math.min(end, last);
    if (first === start && stop === end) {
      out.push({ kind: "full", quarter: q });
      continue;
    }
    for (let d = first; d <= stop; d++) {
      const weekday = new Date(d * DAY_MS).getUTCDay();
      if (weekday !== 0 && weekday !== 6) out.push({ kind: "daily", day: isoDay(d) });
    }
  }
  return out;
}

/**
 * The last day (`YYYY-MM-DD`) a target's file can still change: an index of
 * a day or quarter not over yet is fetched again on every run.
 */
export function lastDayOf(target: IndexTarget): string {
  if (target.kind === "daily") return target.day;
  return isoDay(dayNumber(quarterStart(fromOrdinal(ordinal(target.quarter) + 1))) - 1);
}

/** Milliseconds in a day. */
const DAY_MS = 86_400_000;

/** The quarter of `2024Q3`, or null. */
function quarter(text: string): QuarterOf | null {
  const groups = matchAt(QUARTER, text.trim(), 0)?.groups;
  if (!groups) return null;
  return fromOrdinal(Number(groups["year"]) * 4 + Number(groups["quarter"]) - 1);
}

/** Quarters counted from year 0, so that ranges are counting. */
function ordinal(q: QuarterOf): number {
  return q.year * 4 + q.quarter - 1;
}

function fromOrdinal(n: number): QuarterOf {
  const quarter = (n % 4) + 1;
  return { year: Math.floor(n / 4), quarter: quarter === 1 ? 1 : quarter === 2 ? 2 : quarter === 3 ? 3 : 4 };
}

function quarterOfDay(day: string): QuarterOf {
  return fromOrdinal(Number(day.slice(0, 4)) * 4 + Math.floor((Number(day.slice(5, 7)) - 1) / 3));
}

function quarterStart(q: QuarterOf): string {
  return `${String(q.year).padStart(4, "0")}-${String((q.quarter - 1) * 3 + 1).padStart(2, "0")}-01`;
}

/** Days since the epoch. */
function dayNumber(day: string): number {
  return Math.floor(Date.parse(`${day}T00:00:00Z`) / DAY_MS);
}

function isoDay(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}
