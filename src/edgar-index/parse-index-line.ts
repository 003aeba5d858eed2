import type { IndexLayout } from "./index-row.js";

/** The five columns of an index row as written, before normalisation. */
export interface RawIndexRow {
  formType: string;
  companyName: string;
  cik: string;
  dateFiled: string;
  fileName: string;
}

/**
 * Where the columns of a fixed-width index begin, read from its column
 * titles: used only when a row cannot be split on blanks (a form type that
 * fills its column).
 */
export interface ColumnStarts {
  /** Start of the second column (`Company Name` in form.idx, `Form Type` in company.idx). */
  second: number;
}

/** Whether a character code is a blank (space or tab). */
function isBlank(code: number): boolean {
  return code === 32 || code === 9;
}

/** End (exclusive) of `line[0, end)` without its trailing blanks. */
function trimmedEnd(line: string, end: number): number {
  let e = end;
  while (e > 0 && isBlank(line.charCodeAt(e - 1))) e--;
  return e;
}

/** Start of the last run of non-blank characters ending at `end` (which must follow a non-blank). */
function tokenStart(line: string, end: number): number {
  let s = end;
  while (s > 0 && !isBlank(line.charCodeAt(s - 1))) s--;
  return s;
}

/**
 * Splits a row of a fixed-width `form.idx` or `company.idx` (daily or
 * quarterly) from the right: the file name, the date and the CIK hold no
 * blanks, so they are the last three words whatever the column widths (which
 * changed over the years) and however far a long company name pushed them.
 * What is left holds the form type and the company name, which both may
 * contain single blanks; they are told apart by the first (form.idx) or last
 * (company.idx) run of two or more blanks, else at the column start the
 * titles give. Null when the row does not have the five columns.
 */
function parseFixedWidthRow(line: string, layout: "form" | "company", columns: ColumnStarts | null): RawIndexRow | null {
  let end = trimmedEnd(line, line.length);
  if (end === 0) return null;
  const fileStart = tokenStart(line, end);
  const fileName = line.slice(fileStart, end);
  end = trimmedEnd(line, fileStart);
  if (end === 0) return null;
  const dateStart = tokenStart(line, end);
  const dateFiled = line.slice(dateStart, end);
  end = trimmedEnd(line, dateStart);
  if (end === 0) return null;
  const cikStart = tokenStart(line, end);
  const cik = line.slice(cikStart, end);
  end = trimmedEnd(line, cikStart);
  if (end === 0) return null;
  const head = line.slice(0, end);
  const gap = layout === "form" ? head.indexOf("  ") : head.lastIndexOf("  ");
  let first: string;
  let second: string;
  if (gap >= 0) {
    first = head.slice(0, gap).trim();
    second = head.slice(gap).trim();
  } else if (columns !== null && columns.second > 0 && columns.second < head.length) {
    first = head.slice(0, columns.second).trim();
    second = head.slice(columns.second).trim();
  } else {
    return null;
  }
  if (first === "" || second === "") return null;
  return layout === "form"
    ? { formType: first, companyName: second, cik, dateFiled, fileName }
    : { companyName: first, formType: second, cik, dateFiled, fileName };
}

/**
 * Splits a row of a `master.idx` (`CIK|Company Name|Form Type|Date
 * Filed|Filename`). A `|` inside a company name stays in the name: the
 * first field is the CIK and the last three are taken from the right.
 */
function parseMasterRow(line: string): RawIndexRow | null {
  const first = line.indexOf("|");
  const last = line.lastIndexOf("|");
  if (first < 0 || last <= first) return null;
  const beforeLast = line.lastIndexOf("|", last - 1);
  const beforeThat = beforeLast > first ? line.lastIndexOf("|", beforeLast - 1) : -1;
  if (beforeThat < first) return null;
  return {
    cik: line.slice(0, first).trim(),
    companyName: line.slice(first + 1, beforeThat).trim(),
    formType: line.slice(beforeThat + 1, beforeLast).trim(),
    dateFiled: line.slice(beforeLast + 1, last).trim(),
    fileName: line.slice(last + 1).trim(),
  };
}

/** Splits one row of an index of the given layout. */
export function parseIndexLine(line: string, layout: IndexLayout, columns: ColumnStarts | null): RawIndexRow | null {
  return layout === "master" ? parseMasterRow(line) : parseFixedWidthRow(line, layout, columns);
}

/**
 * The layout an index's column titles name (the non-blank lines just above
 * its dashed separator; a daily `company.idx` wraps them onto two lines):
 * `|`-separated titles are a master index, else whichever of `Form Type` and
 * `Company Name` comes first. Null when the titles name neither.
 */
export function layoutFromTitles(titles: readonly string[]): { layout: IndexLayout; columns: ColumnStarts | null } | null {
  // Every layout's titles name the company column; the nearest line above
  // the separator that does is the title line (a description above it may
  // say "by Company Name" too).
  const first = titles.findLast((t) => t.includes("Company Name")) ?? "";
  if (first.includes("|")) return { layout: "master", columns: null };
  const form = first.indexOf("Form Type");
  const company = first.indexOf("Company Name");
  if (form < 0 && company < 0) return null;
  if (form >= 0 && (company < 0 || form < company)) {
    return { layout: "form", columns: company > 0 ? { second: company } : null };
  }
  return { layout: "company", columns: form > 0 ? { second: form } : null };
}
