import type { IndexRow, SubmissionsCompany } from "./index-row.js";
import { SUBMISSIONS_FILE_NAME } from "./index-patterns.js";
import { isAccessionNumber, isoIndexDate, padCik } from "./index-values.js";
import { nextMatch } from "../core/scan.js";

/** What one submissions JSON file holds. */
export interface Submissions {
  /** `company` for `CIK##########.json`, `page` for a continuation page `CIK##########-submissions-NNN.json`. */
  kind: "company" | "page";
  /** The company (null for a page, which names no company: its CIK comes from the file name). */
  company: SubmissionsCompany | null;
  /** Its filings, as index rows, in the file's order (newest first). */
  rows: IndexRow[];
}

/** A JSON value's property, when it is an object. */
function prop(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>)[key] : undefined;
}

/** A string, or null. */
function str(value: unknown): string | null {
  return typeof value === "string" ? value : null;
}

/** A column of `filings.recent` (or of a page): its values, empty when absent. */
function column(table: unknown, key: string): unknown[] {
  const value = prop(table, key);
  return Array.isArray(value) ? value : [];
}

/** The ten-digit CIK a submissions file name carries (`CIK0000749647-submissions-001.json`), or null. */
export function cikFromSubmissionsName(name: string): string | null {
  return nextMatch(SUBMISSIONS_FILE_NAME, name, 0)?.groups?.["cik"] ?? null;
}

/**
 * Reads one of EDGAR's submissions JSON files: a company's
 * `CIK##########.json` (the company, its filer category today, and the
 * columns of `filings.recent`) or a continuation page
 * `CIK##########-submissions-NNN.json` (the same columns at the top level).
 * `name` is the file's name, which gives a page its CIK. Rows whose
 * accession number, form or filing date is missing are left out. Null when
 * the JSON is neither.
 */
export function readSubmissions(json: unknown, name: string): Submissions | null {
  const filings = prop(json, "filings");
  const isCompany = filings !== undefined;
  const table = isCompany ? prop(filings, "recent") : json;
  const nameCik = cikFromSubmissionsName(name);
  const jsonCik = prop(json, "cik");
  const cik =
    (typeof jsonCik === "string" || typeof jsonCik === "number" ? padCik(String(jsonCik)) : null) ?? nameCik;
  if (cik === null || column(table, "accessionNumber").length === 0 && !isCompany) return null;
  const rows = tableRows(table, cik, str(prop(json, "name")) ?? "");
  if (!isCompany) return { kind: "page", company: null, rows };
  const files = prop(filings, "files");
  const pages: string[] = [];
  let filingFrom: string | null = null;
  for (const file of Array.isArray(files) ? files : []) {
    const page = str(prop(file, "name"));
    if (page !== null) pages.push(page);
    const from = isoIndexDate(str(prop(file, "filingFrom")) ?? "");
    if (from !== null && (filingFrom === null || from < filingFrom)) filingFrom = from;
  }
  for (const row of rows) if (filingFrom === null || row.dateFiled < filingFrom) filingFrom = row.dateFiled;
  const fye = str(prop(json, "fiscalYearEnd"));
  return {
    kind: "company",
    company: {
      cik,
      name: str(prop(json, "name")),
      category: str(prop(json, "category")),
      fiscalYearEnd: fye !== null && fye.length === 4 ? fye : null,
      pages,
      filingFrom,
    },
    rows,
  };
}

/** The rows of a columnar filings table. */
function tableRows(table: unknown, cik: string, companyName: string): IndexRow[] {
  const accessions = column(table, "accessionNumber");
  const dates = column(table, "filingDate");
  const forms = column(table, "form");
  const periods = column(table, "reportDate");
  const accepted = column(table, "acceptanceDateTime");
  const documents = column(table, "primaryDocument");
  const rows: IndexRow[] = [];
  for (let i = 0; i < accessions.length; i++) {
    const accessionNumber = str(accessions[i]);
    const dateFiled = isoIndexDate(str(dates[i]) ?? "");
    const formType = str(forms[i]);
    if (accessionNumber === null || !isAccessionNumber(accessionNumber) || dateFiled === null || !formType) continue;
    const document = str(documents[i]);
    rows.push({
      cik,
      companyName,
      formType,
      dateFiled,
      accessionNumber,
      fileName: document === null || document === "" ? null : document,
      reportDate: isoIndexDate(str(periods[i]) ?? ""),
      acceptanceDateTime: str(accepted[i]) || null,
    });
  }
  return rows;
}
