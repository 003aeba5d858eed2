import { rm } from "node:fs/promises";
import type { NtRecord } from "../record/types.js";
import { NOTICE_COLUMNS, calendarDate, noticeValue, type CalendarDate, type NoticeColumn } from "./table-rows.js";
import type { TableWriter } from "./table-writer.js";
import { XML_UNSAFE } from "./output-patterns.js";
import { STYLE, columnLetters, contentTypesXml, escapeXml, packageRelsXml, sheetHead, sheetTail, stylesXml, workbookRelsXml, workbookXml } from "./xlsx-parts.js";
import { ZipWriter } from "./zip-writer.js";

/** The most characters a spreadsheet cell holds (Excel's limit). */
export const CELL_LIMIT = 32_767;
/** The mark that ends a text cut to {@link CELL_LIMIT}. */
export const CUT_MARK = "…";

/** Number format of the date cells. */
const DATE_FORMAT = "yyyy-mm-dd";
/** Number format of a `YYYY-MM` date (stored as the month's first day). */
export const MONTH_FORMAT = "yyyy-mm";
/** Milliseconds of a day. */
const DAY_MS = 86_400_000;
/** Day 0 of a workbook's dates (the 1900 date system, as Excel counts from 1900-03-01 on). */
const EPOCH_MS = Date.UTC(1899, 11, 30);

/** One cell: empty, text, number, boolean or a calendar date. */
type Cell = null | string | number | boolean | CalendarDate;

/** The columns whose texts run long: wide, wrapped. */
const LONG_TEXTS = new Set(["part3.narrative", "part4.changeExplanation", "auditorLetter.text", "part4.changeFigures"]);

/** A sensible width for a column, in characters. */
function widthOf(column: NoticeColumn): number {
  if (LONG_TEXTS.has(column.column.path)) return 60;
  if (column.column.type === "date") return 12;
  if (column.column.type === "boolean") return Math.max(8, column.name.length + 2);
  return Math.min(40, Math.max(14, column.name.length + 2));
}

/** Rows of one Excel sheet (1,048,576) less the header row: the notices one workbook holds. */
export const SHEET_MAX_RECORDS = 1_048_575;

/** Why a record is refused when the sheet is full, and what to do instead. */
function sheetFull(maxRecords: number): string {
  return `an Excel sheet holds ${maxRecords.toLocaleString("en-US")} notices below its header row and this run has more: write them as csv, parquet or duckdb, or split the run with --shard K/N or --forms`;
}

/**
 * Writes an Excel workbook, one `notices` sheet of one row per record, as
 * SpreadsheetML deflated into the zip as each row comes (memory stays flat
 * however many rows; writing waits when deflate or the disk lags behind):
 * identifiers and other texts as inline text cells (leading zeros kept),
 * dates as date cells, booleans as booleans, numbers as numbers, lists joined
 * with `|` and `part4_change_figures` as one JSON array. Every cell is a value,
 * never a formula. A text longer than {@link CELL_LIMIT} is cut with
 * {@link CUT_MARK} and its path named in `truncated_fields`. Characters XML
 * cannot hold (control characters other than tab and line breaks) become
 * U+FFFD. The header row is bold and frozen.
 */
export async function openXlsxWriter(file: string, maxRecords: number = SHEET_MAX_RECORDS): Promise<TableWriter> {
  await rm(file, { force: true });
  const zip = new ZipWriter(file);
  try {
    await zip.add("[Content_Types].xml", contentTypesXml());
    await zip.add("_rels/.rels", packageRelsXml());
    await zip.add("xl/workbook.xml", workbookXml("notices"));
    await zip.add("xl/_rels/workbook.xml.rels", workbookRelsXml());
    await zip.add("xl/styles.xml", stylesXml(DATE_FORMAT, MONTH_FORMAT));
  } catch (error) {
    await zip.abandon();
    throw error;
  }
  const sheet = zip.open("xl/worksheets/sheet1.xml");
  const columns = [
    ...NOTICE_COLUMNS.map((column) => ({ width: widthOf(column), date: column.column.type === "date" })),
    { width: 15, date: false },
    { width: 30, date: false },
  ];
  const letters = columns.map((_, i) => columnLetters(i));
  const header = [...NOTICE_COLUMNS.map((column) => column.name), "warning_count", "truncated_fields"];
  sheet.write(sheetHead(columns));
  sheet.write(rowXml(1, letters, header, STYLE.header));
  let rowNumber = 1;
  return {
    add(record: NtRecord) {
      if (rowNumber > maxRecords) throw new Error(sheetFull(maxRecords));
      const truncated: string[] = [];
      const cells: Cell[] = NOTICE_COLUMNS.map((column) => {
        const value = cellValue(column, noticeValue(record, column));
        if (typeof value !== "string") return value;
        const clean = value.replace(XML_UNSAFE, "\uFFFD");
        if (clean.length <= CELL_LIMIT) return clean;
        truncated.push(column.column.path);
        return cut(clean);
      });
      rowNumber++;
      sheet.write(rowXml(rowNumber, letters, [...cells, record.warnings.length, truncated.length > 0 ? truncated.join("|") : null], STYLE.plain));
    },
    drain: () => sheet.drain(),
    async finish() {
      sheet.write(sheetTail());
      await sheet.end();
      await zip.finish();
    },
    async abandon() {
      await zip.abandon();
    },
  };
}

/** One `<row>`: its non-empty cells, texts in `style` (dates in the date styles). */
function rowXml(number: number, letters: readonly string[], cells: readonly Cell[], style: number): string {
  let xml = `<row r="${number}">`;
  cells.forEach((cell, i) => {
    if (cell === null) return;
    const ref = `${letters[i] ?? columnLetters(i)}${number}`;
    const s = style === STYLE.plain ? "" : ` s="${style}"`;
    if (typeof cell === "string") xml += `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(cell)}</t></is></c>`;
    else if (typeof cell === "boolean") xml += `<c r="${ref}"${s} t="b"><v>${cell ? 1 : 0}</v></c>`;
    else if (typeof cell === "number") xml += `<c r="${ref}"${s}><v>${cell}</v></c>`;
    else xml += `<c r="${ref}" s="${cell.partial ? STYLE.month : STYLE.date}"><v>${(Date.UTC(cell.year, cell.month - 1, cell.day) - EPOCH_MS) / DAY_MS}</v></c>`;
  });
  return xml + "</row>";
}

/** The cell of one column: text, date, boolean, number or empty. */
function cellValue(column: NoticeColumn, value: unknown): Cell {
  if (value === null || value === undefined) return null;
  switch (column.column.type) {
    case "date":
      return calendarDate(String(value)) ?? String(value);
    case "boolean":
      return value === true;
    case "integer":
    case "number": {
      const number = Number(value);
      return Number.isFinite(number) ? number : String(value);
    }
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
