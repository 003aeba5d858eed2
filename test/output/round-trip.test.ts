import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRecordWriter, parseFiling, type NtRecord } from "../../src/index.js";
import { NOTICE_COLUMNS, evidenceRows, reasonRows } from "../../src/output/table-rows.js";
import { getPath } from "../../src/output/flatten-record.js";
import { openTableWriter, type TableFormat } from "../../src/output/table-writer.js";
import { CELL_LIMIT, CUT_MARK, MONTH_FORMAT } from "../../src/output/xlsx-writer.js";
import { emptyRecord } from "../../src/record/empty-record.js";
import type { ColumnType } from "../../src/record/record-columns.js";

/**
 * Every fixture's record written in every format and read back with the
 * format's own reader (DuckDB for duckdb and parquet, exceljs's workbook
 * reader for xlsx, csv-parse for CSV), each value compared with the record
 * as JSON Lines gives it, types included. Two constructed records join them:
 * one with every long text past a spreadsheet cell's limit and characters
 * XML cannot hold, and one with every field empty.
 */
const ROOT = join(import.meta.dirname, "..", "..");
const FIXTURES = join(ROOT, "fixtures");
const NOT_INPUTS = new Set(["expected", "reasons", "gold", "archives"]);
const NOT_INPUT_FILE = /\.(json|jsonl|tsv|sh)$|\.(expected|marks)\.txt$/;

function inputs(dir: string): string[] {
  return readdirSync(join(FIXTURES, dir))
    .sort()
    .flatMap((name) => {
      const rel = dir === "" ? name : `${dir}/${name}`;
      if (statSync(join(FIXTURES, rel)).isDirectory()) return NOT_INPUTS.has(name) ? [] : inputs(rel);
      return NOT_INPUT_FILE.test(name) ? [] : [rel];
    });
}

/** A constructed record whose long texts run past a cell's limit, with a control character and a formula-like start. */
function longRecord(): NtRecord {
  const record = emptyRecord("constructed/long.txt", "a".repeat(64), "text");
  record.part3.narrative = "=SUM(A1) " + "The audit is not complete. ".repeat(1700) + "\u0001end";
  record.part4.changeExplanation = "😀".repeat(20_000);
  record.filing.cik = "0000876543";
  record.filing.fiscalYearEnd = "0630";
  record.form.periodEnded = "1997-12";
  record.signature.date = "1998-03-30";
  record.part4.changeFigures = [{ metric: "net loss", period: null, amount: -1250000.5 }];
  return record;
}

/** The records of every fixture, in the order of their files, then the constructed ones. */
function fixtureRecords(): NtRecord[] {
  const records: NtRecord[] = [];
  for (const file of inputs("")) {
    const result = parseFiling(readFileSync(join(FIXTURES, file)), { path: file });
    if (result.kind === "record") records.push(JSON.parse(JSON.stringify(result.record)) as NtRecord);
  }
  records.push(longRecord(), emptyRecord("constructed/empty.txt", "b".repeat(64), "text"));
  return records;
}

/** A record's value of one column as JSON Lines gives it (a list is never null). */
function expected(record: NtRecord, path: string, type: ColumnType): unknown {
  const value = getPath(record, path);
  return value === null && (type === "list" || type === "struct-list") ? [] : value;
}

const records = fixtureRecords();
const temp = mkdtempSync(join(tmpdir(), "edgar-nt-round-trip-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

async function write(format: TableFormat): Promise<string> {
  const file = join(temp, `notices.${format}`);
  const writer = await openTableWriter(format, file);
  for (const record of records) {
    writer.add(record);
    await writer.drain();
  }
  await writer.finish();
  return file;
}

/** Rows of a query as JSON values (DATE as `YYYY-MM-DD`), and the column types. */
async function query(connection: DuckDBConnection, sql: string): Promise<{ rows: Record<string, unknown>[]; types: Record<string, string> }> {
  const result = await connection.runAndReadAll(sql);
  const names = result.columnNames();
  const types = Object.fromEntries(names.map((name, i) => [name, String(result.columnTypes()[i])]));
  return { rows: result.getRowObjectsJson(), types };
}

/** The SQL type each record column must have. */
const SQL_TYPES: Record<ColumnType, string> = {
  string: "VARCHAR",
  date: "DATE",
  boolean: "BOOLEAN",
  integer: "INTEGER",
  number: "DOUBLE",
  list: "VARCHAR[]",
  "struct-list": 'STRUCT("metric" VARCHAR, "period" VARCHAR, "amount" DOUBLE)[]',
};

/** Checks DuckDB's rows of `notices` against the records. */
function checkNotices(rows: Record<string, unknown>[], types: Record<string, string>): void {
  expect(rows).toHaveLength(records.length);
  for (const { name, column } of NOTICE_COLUMNS) expect(types[name], name).toBe(SQL_TYPES[column.type]);
  expect(types["filing_cik"]).toBe("VARCHAR");
  rows.forEach((row, i) => {
    const record = records[i] as NtRecord;
    expect(row["notice"]).toBe(i + 1);
    const partial = new Set(row["partial_dates"] as string[]);
    for (const { name, column } of NOTICE_COLUMNS) {
      let value = row[name];
      if (column.type === "date" && typeof value === "string" && partial.has(column.path)) {
        expect(value.endsWith("-01")).toBe(true);
        value = value.slice(0, 7);
      }
      expect(value, `${record.source.path} ${name}`).toEqual(expected(record, column.path, column.type));
    }
    expect(row["warning_count"]).toBe(record.warnings.length);
  });
}

describe(`${records.length} records written in every format and read back`, () => {
  let connection: DuckDBConnection;
  let instance: DuckDBInstance;
  beforeAll(async () => {
    instance = await DuckDBInstance.create(":memory:");
    connection = await instance.connect();
  });
  afterAll(() => {
    connection.closeSync();
    instance.closeSync();
  });

  it("the fixtures hold dates without a day and Part IV figures (what the typed columns must carry)", () => {
    expect(records.some((r) => r.form.periodEnded?.length === 7)).toBe(true);
    expect(records.some((r) => r.part4.changeFigures.length > 1)).toBe(true);
    expect(records.some((r) => r.auditorLetter !== null)).toBe(true);
  });

  it("duckdb: notices typed, evidence, warnings and reasons in long tables", async () => {
    const file = await write("duckdb");
    await connection.run(`ATTACH '${file}' AS db (READ_ONLY)`);
    const notices = await query(connection, "SELECT * FROM db.notices ORDER BY notice");
    checkNotices(notices.rows, notices.types);
    const evidence = await query(connection, 'SELECT notice, path, line, "column", text, role FROM db.evidence ORDER BY rowid');
    expect(evidence.rows).toEqual(records.flatMap((r, i) => evidenceRows(r).map((e) => ({ notice: i + 1, ...e }))));
    const warnings = await query(connection, 'SELECT notice, path, rule_id, message, line, "column" FROM db.warnings ORDER BY rowid');
    expect(warnings.rows).toEqual(
      records.flatMap((r, i) => r.warnings.map((w) => ({ notice: i + 1, path: w.path, rule_id: w.ruleId, message: w.message, line: w.line, column: w.column }))),
    );
    const reasons = await query(connection, "SELECT notice, category, phrase FROM db.reasons ORDER BY rowid");
    expect(reasons.rows).toEqual(records.flatMap((r, i) => reasonRows(r).map((x) => ({ notice: i + 1, ...x }))));
    // Every category of every record is in the reasons table.
    const categories = await query(connection, "SELECT notice, list(DISTINCT category ORDER BY category) AS c FROM db.reasons GROUP BY notice ORDER BY notice");
    for (const row of categories.rows) expect(row["c"]).toEqual([...(records[Number(row["notice"]) - 1]?.reasons ?? [])].sort());
    await connection.run("DETACH db");
  });

  it("parquet: the same notices table, the same types", async () => {
    const file = await write("parquet");
    const notices = await query(connection, `SELECT * FROM read_parquet('${file}')`);
    checkNotices(notices.rows, notices.types);
    expect(readdirSync(temp).filter((f) => f.includes(".tmp"))).toEqual([]);
  });

  it("xlsx: text, date, boolean and number cells, long texts cut with … and named", async () => {
    const file = await write("xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.getWorksheet("notices");
    if (!sheet) throw new Error("no notices sheet");
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual([...NOTICE_COLUMNS.map((c) => c.name), "warning_count", "truncated_fields"]);
    expect(sheet.rowCount).toBe(records.length + 1);
    let cutSeen = 0;
    records.forEach((record, i) => {
      const row = sheet.getRow(i + 2);
      const truncatedCell = row.getCell(NOTICE_COLUMNS.length + 2).value;
      const truncated = new Set(typeof truncatedCell === "string" ? truncatedCell.split("|") : []);
      NOTICE_COLUMNS.forEach(({ name, column }, c) => {
        const cell = row.getCell(c + 1);
        const want = expected(record, column.path, column.type);
        const label = `${record.source.path} ${name}`;
        if (want === null || (Array.isArray(want) && want.length === 0 && column.type === "list")) {
          expect(cell.value, label).toBeNull();
          return;
        }
        switch (column.type) {
          case "date": {
            expect(cell.value, label).toBeInstanceOf(Date);
            const iso = (cell.value as Date).toISOString().slice(0, 10);
            expect(cell.numFmt === MONTH_FORMAT ? iso.slice(0, 7) : iso, label).toBe(want);
            return;
          }
          case "boolean":
          case "integer":
          case "number":
            expect(cell.value, label).toBe(want);
            return;
          case "list":
            expect(String(cell.value).split("|"), label).toEqual(want);
            return;
          case "struct-list":
            expect(JSON.parse(String(cell.value)), label).toEqual(want);
            return;
          case "string": {
            expect(cell.type, label).toBe(ExcelJS.ValueType.String);
            const text = String(cell.value);
            const original = String(want).replace(/\u0001/g, "\uFFFD");
            if (truncated.has(column.path)) {
              cutSeen++;
              expect(text.length, label).toBeLessThanOrEqual(CELL_LIMIT);
              expect(text.endsWith(CUT_MARK), label).toBe(true);
              expect(original.startsWith(text.slice(0, -1)), label).toBe(true);
            } else {
              expect(text, label).toBe(original);
            }
          }
        }
      });
      expect(row.getCell(NOTICE_COLUMNS.length + 1).value).toBe(record.warnings.length);
    });
    expect(cutSeen).toBe(2);
    // No cell anywhere is a formula.
    sheet.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
  });

  it("csv (formula guard off): every value as written, typed by its column", () => {
    const writer = createRecordWriter("csv", { bom: true, formulaGuard: false });
    const text = writer.header() + records.map((r, i) => writer.record(r, i)).join("") + writer.footer(records.length);
    const rows: Record<string, string>[] = parse(text, { columns: true, bom: true });
    expect(rows).toHaveLength(records.length);
    rows.forEach((row, i) => {
      const record = records[i] as NtRecord;
      for (const { name, column } of NOTICE_COLUMNS) {
        const cell = row[name] ?? "";
        const value: unknown =
          column.type === "list"
            ? cell === "" ? [] : cell.split("|")
            : column.type === "struct-list"
              ? JSON.parse(cell)
              : cell === ""
                ? null
                : column.type === "boolean"
                  ? cell === "true" ? true : cell === "false" ? false : cell
                  : column.type === "integer" || column.type === "number"
                    ? Number(cell)
                    : cell;
        expect(value, `${record.source.path} ${name}`).toEqual(expected(record, column.path, column.type));
      }
      expect(Number(row["warning_count"])).toBe(record.warnings.length);
    });
  });
});
