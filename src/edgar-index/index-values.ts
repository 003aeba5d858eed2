import { matchAt, nextMatch } from "../core/scan.js";
import { ACCESSION_IN_FILE_NAME, ACCESSION_NUMBER, CIK_DIGITS, COMPACT_DAY, ISO_DAY } from "./index-patterns.js";

/** A CIK as the indexes write it (`1318605`) zero-padded to ten digits; null when it is not a CIK. */
export function padCik(text: string): string | null {
  if (matchAt(CIK_DIGITS, text, 0) === null) return null;
  return text.padStart(10, "0");
}

/** `2020-03-18` or `20200318` as `2020-03-18`; null when it is not a real calendar day. */
export function isoIndexDate(text: string): string | null {
  const m = matchAt(ISO_DAY, text, 0) ?? matchAt(COMPACT_DAY, text, 0);
  const g = m?.groups;
  if (!g) return null;
  const year = Number(g["year"]);
  const month = Number(g["month"]);
  const day = Number(g["day"]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${g["year"]}-${g["month"]}-${g["day"]}`;
}

/** Days in a month of the Gregorian calendar. */
function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The accession number in an index row's file name (`edgar/data/1806014/0001140361-20-006155.txt`), or null. */
export function accessionFromFileName(fileName: string): string | null {
  const m = nextMatch(ACCESSION_IN_FILE_NAME, fileName, 0);
  return m?.groups?.["accession"] ?? null;
}

/** Whether a text is an accession number (`0001140361-20-006155`). */
export function isAccessionNumber(text: string): boolean {
  return matchAt(ACCESSION_NUMBER, text, 0) !== null;
}
