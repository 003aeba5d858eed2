import ExcelJS from "exceljs";
import { rm } from "node:fs/promises";
import type { NtRecord } from "../record/types.js";
import { NOTICE_COLUMNS, calendarDate, noticeValue, type NoticeColumn } from "./table-rows.js";
import type { TableWriter } from "./table-writer.js";
import { XML_UNSAFE } from "./output-patterns.js";

/** The most characters a spreadsheet cell holds (Excel's limit). */
export const CELL_LIMIT = 32_767;
/** The mark that ends a text cut to {@link CELL_LIMIT}. */
export const CUT_MARK = "…";
/** Rows written between pauses that let the zip stream catch up. */
const ROWS_PER_PAUSE = 256;

/** Number format of the date cells. */
const DATE_FORMAT = "yyyy-mm-dd";
/** Number format of a `YYYY-MM` date (stored as the month's first day). */
export const MONTH_FORMAT = "yyyy-mm";

/** The columns whose texts run long: wide, wrapped. */
const LONG_TEXTS = new Set(["part3.narrative", "part4.changeExplanation", "auditorLetter.text", "part4.changeFigures"]);

/** A sensible width for a column, in characters. */
function widthOf(column: NoticeColumn): number {
  if (LONG_TEXTS.has(column.column.path)) return 60;
  if (column.column.type === "date") return 12;
  if (column.column.type === "boolean") return Math.max(8, column.name.length + 2);
  return Math.min(40, Math.max(14, column.name.length + 2));
}

/**
 * Writes an Excel workbook, one `notices` sheet of one row per record,
 * through exceljs's streaming writer (each row goes to the zip as it is
 * committed): identifiers and other texts as text cells (leading zeros kept),
 * dates as date cells, booleans as booleans, numbers as numbers, lists joined
 * with `|` and `part4_change_figures` as one JSON array. Every cell is a value,
 * never a formula. A text longer than {@link CELL_LIMIT} is cut with
 * {@link CUT_MARK} and its path named in `truncated_fields`. Characters XML
 * cannot hold (control characters other than tab and line breaks) become
 * U+FFFD. The header row is frozen.
 */
export async function openXlsxWriter(file: string): Promise<TableWriter> {
  await rm(file, { force: true });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet("notices", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = [
    ...NOTICE_COLUMNS.map((column) => ({
      header: column.name,
      key: column.name,
      width: widthOf(column),
      ...(column.column.type === "date" ? { style: { numFmt: DATE_FORMAT } } : {}),
    })),
    { header: "warning_count", key: "warning_count", width: 15 },
    { header: "truncated_fields", key: "truncated_fields", width: 30 },
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  let count = 0;
  return {
    add(record: NtRecord) {
      const truncated: string[] = [];
      const cells: ExcelJS.CellValue[] = NOTICE_COLUMNS.map((column) => {
        const value = cellValue(column, noticeValue(record, column));
        if (typeof value !== "string") return value;
        const clean = value.replace(XML_UNSAFE, "\uFFFD");
        if (clean.length <= CELL_LIMIT) return clean;
        truncated.push(column.column.path);
        return cut(clean);
      });
      const row = sheet.addRow([...cells, record.warnings.length, truncated.length > 0 ? truncated.join("|") : null]);
      NOTICE_COLUMNS.forEach((column, i) => {
        if (column.column.type !== "date") return;
        const value = noticeValue(record, column);
        if (typeof value === "string" && calendarDate(value)?.partial) row.getCell(i + 1).numFmt = MONTH_FORMAT;
      });
      row.commit();
      count++;
    },
    async drain() {
      if (count % ROWS_PER_PAUSE === 0) await new Promise((resolve) => setImmediate(resolve));
    },
    async finish() {
      sheet.commit();
      await workbook.commit();
    },
    async abandon() {
      // exceljs has no way to stop a workbook half-way; the file stays incomplete.
    },
  };
}

/** The cell of one column: text, date, boolean, number or empty. */
function cellValue(column: NoticeColumn, value: unknown): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  switch (column.column.type) {
    case "date": {
      const date = calendarDate(String(value));
      return date ? new Date(Date.UTC(date.year, date.month - 1, date.day)) : String(value);
    }
    case "boolean":
      return value === true;
    case "integer":
    case "number":
      return Number(value);
    case "list":
      // An empty list is an empty cell.
      return Array.isArray(value) && value.length > 0 ? value.map(String).join("|") : null;
    case "struct-list":
      return JSON.stringify(value);
    case "string":
      return String(value);
  }
}

/**
 * A text cut to {@link CELL_LIMIT} characters, the last one {@link CUT_MARK};
 * never inside a surrogate pair.
 */
export function cut(text: string): string {
  let end = CELL_LIMIT - CUT_MARK.length;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return text.slice(0, end) + CUT_MARK;
}
