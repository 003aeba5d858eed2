import {
  BOOLEAN,
  DATE,
  DOUBLE,
  DuckDBInstance,
  INTEGER,
  LIST,
  STRUCT,
  VARCHAR,
  dateValue,
  structValue,
  type DuckDBAppender,
  type DuckDBConnection,
  type DuckDBListType,
  type DuckDBType,
  type DuckDBValue,
} from "@duckdb/node-api";
import { rm } from "node:fs/promises";
import type { ColumnType, RecordColumn } from "../record/record-columns.js";
import type { NtRecord } from "../record/types.js";
import { NOTICE_COLUMNS, calendarDate, evidenceRows, noticeValue, partialDates, reasonRows } from "./table-rows.js";
import { tableSideFiles, type TableWriter } from "./table-writer.js";

/** Rows appended between flushes of the appenders: the batch held in memory. */
const BATCH_ROWS = 2048;
/** DuckDB's memory at most: it spills to the file beyond this. */
const MEMORY_LIMIT = "256MB";

/** The SQL type of a column of the record (`changeFigures` is a list of structs). */
function sqlType(column: RecordColumn): string {
  const scalar: Record<Exclude<ColumnType, "list" | "struct-list">, string> = {
    string: "VARCHAR",
    date: "DATE",
    boolean: "BOOLEAN",
    integer: "INTEGER",
    number: "DOUBLE",
  };
  if (column.type === "list") return "VARCHAR[]";
  if (column.type === "struct-list") return `STRUCT(${column.fields.map((f) => `${quote(f.path)} ${sqlType(f)}`).join(", ")})[]`;
  return scalar[column.type];
}

/** The appender's type of a struct list column. */
function structListType(column: RecordColumn): DuckDBListType {
  return LIST(STRUCT(Object.fromEntries(column.fields.map((f) => [f.path, scalarType(f.type)]))));
}

/** The appender's type of a scalar. */
function scalarType(type: ColumnType): DuckDBType {
  return type === "number" ? DOUBLE : type === "integer" ? INTEGER : type === "boolean" ? BOOLEAN : type === "date" ? DATE : VARCHAR;
}

/** A quoted SQL identifier. */
function quote(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** A quoted SQL string literal. */
function literal(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/**
 * The tables: `notices` (one typed column per record field, as the CSV
 * names them, after `notice`, the record's 1-based place in the output;
 * `warning_count`; `partial_dates`, the paths of dates the form gave without
 * a day, stored as the month's first day), and the long tables `evidence`,
 * `warnings` and `reasons`, each row naming its notice.
 */
const DUCKDB_TABLES = [
  `CREATE TABLE notices (notice INTEGER NOT NULL, ${NOTICE_COLUMNS.map(({ name, column }) => `${quote(name)} ${sqlType(column)}${column.nullable ? "" : " NOT NULL"}`).join(", ")}, warning_count INTEGER NOT NULL, partial_dates VARCHAR[] NOT NULL)`,
  `CREATE TABLE evidence (notice INTEGER NOT NULL, path VARCHAR NOT NULL, line INTEGER NOT NULL, "column" INTEGER NOT NULL, text VARCHAR NOT NULL, role VARCHAR)`,
  `CREATE TABLE warnings (notice INTEGER NOT NULL, path VARCHAR, rule_id VARCHAR NOT NULL, message VARCHAR NOT NULL, line INTEGER, "column" INTEGER)`,
  `CREATE TABLE reasons (notice INTEGER NOT NULL, category VARCHAR NOT NULL, phrase VARCHAR)`,
] as const;

/**
 * Writes records into a DuckDB database through DuckDB's appenders, in
 * batches of {@link BATCH_ROWS}; for `parquet`, into a scratch database
 * beside the file, whose `notices` table is then copied (`COPY … TO`) to the
 * Parquet file and the scratch database removed.
 */
export async function openDuckDbWriter(file: string, format: "duckdb" | "parquet"): Promise<TableWriter> {
  const database = format === "duckdb" ? file : `${file}.tmp.duckdb`;
  for (const old of [file, ...tableSideFiles(format, file)]) await rm(old, { force: true });
  const instance = await DuckDBInstance.create(database, { memory_limit: MEMORY_LIMIT, threads: "2" });
  const connection: DuckDBConnection = await instance.connect();
  const close = (): void => {
    connection.closeSync();
    instance.closeSync();
  };
  try {
    for (const statement of format === "duckdb" ? DUCKDB_TABLES : DUCKDB_TABLES.slice(0, 1)) await connection.run(statement);
  } catch (error) {
    close();
    throw error;
  }
  const notices = await connection.createAppender("notices");
  const long =
    format === "duckdb"
      ? {
          evidence: await connection.createAppender("evidence"),
          warnings: await connection.createAppender("warnings"),
          reasons: await connection.createAppender("reasons"),
        }
      : null;
  const appenders: DuckDBAppender[] = [notices, ...(long ? [long.evidence, long.warnings, long.reasons] : [])];
  let count = 0;
  let pending = 0;

  const add = (record: NtRecord): void => {
    count++;
    notices.appendInteger(count);
    for (const column of NOTICE_COLUMNS) appendValue(notices, column.column, noticeValue(record, column));
    notices.appendInteger(record.warnings.length);
    notices.appendList(partialDates(record), LIST(VARCHAR));
    notices.endRow();
    if (long) {
      for (const e of evidenceRows(record)) {
        long.evidence.appendInteger(count);
        long.evidence.appendVarchar(e.path);
        long.evidence.appendInteger(e.line);
        long.evidence.appendInteger(e.column);
        long.evidence.appendVarchar(e.text);
        appendText(long.evidence, e.role);
        long.evidence.endRow();
      }
      for (const w of record.warnings) {
        long.warnings.appendInteger(count);
        appendText(long.warnings, w.path);
        long.warnings.appendVarchar(w.ruleId);
        long.warnings.appendVarchar(w.message);
        appendNumber(long.warnings, w.line);
        appendNumber(long.warnings, w.column);
        long.warnings.endRow();
      }
      for (const r of reasonRows(record)) {
        long.reasons.appendInteger(count);
        long.reasons.appendVarchar(r.category);
        appendText(long.reasons, r.phrase);
        long.reasons.endRow();
      }
    }
    pending++;
  };

  return {
    add,
    async drain() {
      if (pending < BATCH_ROWS) return;
      for (const appender of appenders) appender.flushSync();
      pending = 0;
    },
    async finish() {
      try {
        for (const appender of appenders) appender.closeSync();
        if (format === "parquet") await connection.run(`COPY notices TO ${literal(file)} (FORMAT parquet, COMPRESSION zstd)`);
        else await connection.run("CHECKPOINT");
      } finally {
        close();
      }
      if (format === "parquet") for (const side of tableSideFiles(format, file)) await rm(side, { force: true });
    },
    async abandon() {
      try {
        close();
      } catch {
        // Already closed, or broken by the error that stopped the run.
      }
    },
  };
}

/** Appends one value of a `notices` column as its type. */
function appendValue(appender: DuckDBAppender, column: RecordColumn, value: unknown): void {
  switch (column.type) {
    case "list":
      appender.appendList(Array.isArray(value) ? value.map(String) : [], LIST(VARCHAR));
      return;
    case "struct-list":
      appender.appendList(Array.isArray(value) ? value.map((item) => structOf(column.fields, item)) : [], structListType(column));
      return;
    default:
      appendScalar(appender, column.type, value);
  }
}

/** A struct of a struct list (`changeFigures`' `{metric, period, amount}`). */
function structOf(fields: readonly RecordColumn[], item: unknown): DuckDBValue {
  const entries: Record<string, DuckDBValue> = {};
  for (const field of fields) {
    const value: unknown = typeof item === "object" && item !== null ? Reflect.get(item, field.path) : null;
    entries[field.path] = value === null || value === undefined ? null : field.type === "number" || field.type === "integer" ? Number(value) : String(value);
  }
  return structValue(entries);
}

/** Appends a scalar as its column type, or NULL. */
function appendScalar(appender: DuckDBAppender, type: Exclude<ColumnType, "list" | "struct-list">, value: unknown): void {
  if (value === null || value === undefined) {
    appender.appendNull();
    return;
  }
  switch (type) {
    case "boolean":
      appender.appendBoolean(value === true);
      return;
    case "integer":
      appender.appendInteger(Number(value));
      return;
    case "number":
      appender.appendDouble(Number(value));
      return;
    case "date": {
      const date = calendarDate(String(value));
      if (date) appender.appendDate(dateValue({ year: date.year, month: date.month, day: date.day }));
      else appender.appendNull();
      return;
    }
    case "string":
      appender.appendVarchar(String(value));
      return;
  }
}

/** Appends a text or NULL. */
function appendText(appender: DuckDBAppender, value: string | null): void {
  if (value === null) appender.appendNull();
  else appender.appendVarchar(value);
}

/** Appends a whole number or NULL. */
function appendNumber(appender: DuckDBAppender, value: number | null): void {
  if (value === null) appender.appendNull();
  else appender.appendInteger(value);
}
