import { matchesFrom } from "../core/scan.js";
import { DATE } from "./date-patterns.js";
import { NON_DIGIT } from "./text-patterns.js";
import type { Span } from "../core/span.js";

/** A date found in a text: ISO value and its span in the text searched. */
export interface FoundDate extends Span {
  /** `YYYY-MM-DD`, or `YYYY-MM` when no day is written. */
  iso: string;
}

/** Month names by their first three letters, January first. */
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** Two-digit years follow EDGAR practice: 00–49 → 20xx, 50–99 → 19xx. */
export function expandYear(year: string): number {
  const digits = year.replace(NON_DIGIT, "");
  const n = Number(digits);
  if (digits.length === 4) return n;
  return n < 50 ? 2000 + n : 1900 + n;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** `YYYY-MM-DD` (or `YYYY-MM` without a day) of a real calendar date in 1900–2100, else null. */
function iso(year: number, month: number, day: number | null): string | null {
  if (month < 1 || month > 12 || year < 1900 || year > 2100) return null;
  if (day === null) return `${year}-${pad(month)}`;
  const dim = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > dim) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** 1–12 for a month name or its abbreviation; 0 for none. */
function monthNumber(name: string | undefined): number {
  return name ? MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1 : 0;
}

/** Every valid date in `text`, in order. */
export function findDates(text: string): FoundDate[] {
  const out: FoundDate[] = [];
  for (const m of matchesFrom(text, DATE, 0)) {
    const g = m.groups ?? {};
    let value: string | null = null;
    if (g.month && g.day && g.year) value = iso(expandYear(g.year), monthNumber(g.month), Number(g.day));
    else if (g.month2 && g.day2 && g.year2) value = iso(expandYear(g.year2), monthNumber(g.month2), Number(g.day2));
    else if (g.mm && g.dd && g.yy) value = iso(expandYear(g.yy), Number(g.mm), Number(g.dd));
    else if (g.isoY && g.isoM && g.isoD) value = iso(Number(g.isoY), Number(g.isoM), Number(g.isoD));
    else if (g.month3 && g.year3) value = iso(Number(g.year3), monthNumber(g.month3), null);
    if (value) out.push({ iso: value, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  return out;
}

/** The first valid date in `text`, or null. */
export function readDate(text: string): FoundDate | null {
  return findDates(text)[0] ?? null;
}
