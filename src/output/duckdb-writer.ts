import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { open, rm, type FileHandle } from "node:fs/promises";
import type { ColumnType, RecordColumn } from "../record/record-columns.js";
import type { NtRecord } from "../record/types.js";
import { NOTICE_COLUMNS, calendarDate, evidenceRows, noticeValue, partialDates, reasonRows } from "./table-rows.js";
import { stagePath, tableSideFiles, type TableWriter } from "./table-writer.js";

/** Staged rows held in memory before they are written to their scratch file. */
const STAGE_BYTES = 1 << 20;
/** DuckDB's memory besides the JSON reader's buffers: it spills to a scratch file beyond this. */
const MEMORY_BASE = 64 * 2 ** 20;
/**
 * DuckDB's allocator: memory freed after a step is given back at once
 * (by default it keeps up to 128 MB, outside the memory limit), and an
 * insert writes each finished row group out instead of buffering five.
 */
const ALLOCATOR = {
  allocator_flush_threshold: "8MB",
  allocator_bulk_deallocation_flush_threshold: "8MB",
  write_buffer_row_group_count: "1",
};
/** Rows of a row group of the database's tables (DuckDB's default, 122,880, holds a whole group of long narratives in memory). */
const TABLE_ROW_GROUP = 8_192;
/** Staged bytes of a Parquet row group at most: a group is built in memory, so its rows are as many as fit. */
const PARQUET_GROUP_BYTES = 24 * 2 ** 20;
/** Rows of a Parquet row group: at most this many, at least {@link MIN_PARQUET_ROW_GROUP}. */
const MAX_PARQUET_ROW_GROUP = 16_384;
/** Rows of a Parquet row group at least, however long the rows. */
const MIN_PARQUET_ROW_GROUP = 256;
/** DuckDB's JSON reader's smallest limit on one row; a longer staged row raises it (its buffers are twice the limit). */
const MIN_ROW_LIMIT = 16 * 2 ** 20;

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

/** A quoted SQL identifier. */
function quote(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** A quoted SQL string literal. */
function literal(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/** One table: its name and its columns (name, SQL type, whether NULL is allowed). */
interface Table {
  name: "notices" | "evidence" | "warnings" | "reasons";
  columns: readonly (readonly [name: string, type: string, nullable: boolean])[];
}

/**
 * The tables: `notices` (one typed column per record field, as the CSV
 * names them, after `notice`, the record's 1-based place in the output;
 * `warning_count`; `partial_dates`, the paths of dates the form gave without
 * a day, stored as the month's first day), and the long tables `evidence`,
 * `warnings` and `reasons`, each row naming its notice.
 */
const TABLES: readonly Table[] = [
  {
    name: "notices",
    columns: [
      ["notice", "INTEGER", false],
      ...NOTICE_COLUMNS.map(({ name, column }) => [name, sqlType(column), column.nullable] as const),
      ["warning_count", "INTEGER", false],
      ["partial_dates", "VARCHAR[]", false],
    ],
  },
  {
    name: "evidence",
    columns: [
      ["notice", "INTEGER", false],
      ["path", "VARCHAR", false],
      ["line", "INTEGER", false],
      ["column", "INTEGER", false],
      ["text", "VARCHAR", false],
      ["role", "VARCHAR", true],
    ],
  },
  {
    name: "warnings",
    columns: [
      ["notice", "INTEGER", false],
      ["path", "VARCHAR", true],
      ["rule_id", "VARCHAR", false],
      ["message", "VARCHAR", false],
      ["line", "INTEGER", true],
      ["column", "INTEGER", true],
    ],
  },
  {
    name: "reasons",
    columns: [
      ["notice", "INTEGER", false],
      ["category", "VARCHAR", false],
      ["phrase", "VARCHAR", true],
    ],
  },
];

/** The table's `CREATE TABLE`. */
function createTable(table: Table): string {
  return `CREATE TABLE ${table.name} (${table.columns.map(([name, type, nullable]) => `${quote(name)} ${type}${nullable ? "" : " NOT NULL"}`).join(", ")})`;
}

/** DuckDB's JSON reader's limit on one row, for staged rows whose longest has `longest` UTF-16 units. */
function rowLimit(longest: number): number {
  return Math.max(MIN_ROW_LIMIT, 4 * longest);
}

/** DuckDB's reader of a table's staged rows, typed as the table is. */
function readStaged(table: Table, file: string, longest: number): string {
  const columns = table.columns.map(([name, type]) => `${literal(name)}: ${literal(type)}`).join(", ");
  return `read_json(${literal(file)}, format = 'newline_delimited', columns = {${columns}}, maximum_object_size = ${rowLimit(longest)})`;
}

/**
 * Rows of a Parquet row group for staged rows of `bytes` in all over `rows`:
 * as many as fill {@link PARQUET_GROUP_BYTES}, within
 * {@link MIN_PARQUET_ROW_GROUP} and {@link MAX_PARQUET_ROW_GROUP}.
 */
function parquetRowGroup(bytes: number, rows: number): number {
  const average = rows === 0 ? 1 : Math.max(1, bytes / rows);
  return Math.min(MAX_PARQUET_ROW_GROUP, Math.max(MIN_PARQUET_ROW_GROUP, Math.floor(PARQUET_GROUP_BYTES / average)));
}

/** A scratch file of JSON Lines, written in chunks of {@link STAGE_BYTES}. */
class Stage {
  private parts: string[] = [];
  private bytes = 0;
  /** UTF-16 units of the longest row (its UTF-8 bytes are at most three times as many). */
  longest = 0;
  /** UTF-16 units of every row staged. */
  total = 0;
  /** Rows staged. */
  rows = 0;
  constructor(private readonly handle: FileHandle) {}
  add(row: unknown): void {
    const line = JSON.stringify(row) + "\n";
    this.parts.push(line);
    this.bytes += line.length;
    this.total += line.length;
    this.rows++;
    if (line.length > this.longest) this.longest = line.length;
  }
  get pending(): number {
    return this.bytes;
  }
  async flush(): Promise<void> {
    if (this.parts.length === 0) return;
    const text = this.parts.join("");
    this.parts = [];
    this.bytes = 0;
    await this.handle.write(text);
  }
  async close(): Promise<void> {
    await this.flush();
    await this.handle.close();
  }
}

/**
 * Writes records for DuckDB in two steps, so that memory stays flat however
 * many there are: each table's rows are staged as JSON Lines in a scratch
 * file beside the output as the records come; at the end DuckDB reads them,
 * typed, in one streaming pass (`INSERT … SELECT … FROM read_json(…)` into
 * the database, attached with row groups of {@link TABLE_ROW_GROUP} rows;
 * `COPY (SELECT …) TO` the Parquet file, in row groups of about
 * {@link PARQUET_GROUP_BYTES}), with one thread and its memory limited to
 * {@link MEMORY_BASE} and the JSON reader's buffers (it spills beyond), and
 * the scratch files are removed. Rows keep the input order.
 */
export async function openDuckDbWriter(file: string, format: "duckdb" | "parquet"): Promise<TableWriter> {
  const sides = tableSideFiles(format, file);
  for (const old of [file, ...sides]) await rm(old, { recursive: true, force: true });
  const tables = format === "duckdb" ? TABLES : TABLES.slice(0, 1);
  const stages = new Map<Table["name"], Stage>();
  try {
    for (const table of tables) stages.set(table.name, new Stage(await open(stagePath(file, table.name), "w")));
  } catch (error) {
    for (const stage of stages.values()) await stage.close().catch(() => undefined);
    throw error;
  }
  const stage = (name: Table["name"]): Stage | undefined => stages.get(name);
  let count = 0;

  const add = (record: NtRecord): void => {
    count++;
    const row: Record<string, unknown> = { notice: count };
    for (const column of NOTICE_COLUMNS) row[column.name] = jsonValue(column.column, noticeValue(record, column));
    row["warning_count"] = record.warnings.length;
    row["partial_dates"] = partialDates(record);
    stage("notices")?.add(row);
    const evidence = stage("evidence");
    if (evidence) for (const e of evidenceRows(record)) evidence.add({ notice: count, ...e });
    const warnings = stage("warnings");
    if (warnings) {
      for (const w of record.warnings) warnings.add({ notice: count, path: w.path, rule_id: w.ruleId, message: w.message, line: w.line, column: w.column });
    }
    const reasons = stage("reasons");
    if (reasons) for (const r of reasonRows(record)) reasons.add({ notice: count, ...r });
  };

  const removeSides = async (): Promise<void> => {
    for (const side of sides) await rm(side, { recursive: true, force: true });
  };

  return {
    add,
    async drain() {
      for (const s of stages.values()) if (s.pending >= STAGE_BYTES) await s.flush();
    },
    async finish() {
      for (const s of stages.values()) await s.close();
      const longest = Math.max(...[...stages.values()].map((s) => s.longest));
      const instance = await DuckDBInstance.create(":memory:", {
        memory_limit: `${Math.ceil((MEMORY_BASE + 2 * rowLimit(longest)) / 2 ** 20)}MB`,
        threads: "1",
        temp_directory: `${file}.tmp`,
        ...ALLOCATOR,
      });
      const connection: DuckDBConnection = await instance.connect();
      try {
        if (format === "parquet") {
          const notices = TABLES[0] as Table;
          const staged = stage("notices");
          const group = parquetRowGroup(staged?.total ?? 0, staged?.rows ?? 0);
          await connection.run(
            `COPY (SELECT * FROM ${readStaged(notices, stagePath(file, "notices"), staged?.longest ?? 0)}) TO ${literal(file)} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE ${group})`,
          );
        } else {
          await connection.run(`ATTACH ${literal(file)} AS notices_file (ROW_GROUP_SIZE ${TABLE_ROW_GROUP})`);
          await connection.run("USE notices_file");
          for (const table of tables) {
            await connection.run(createTable(table));
            await connection.run(`INSERT INTO ${table.name} SELECT * FROM ${readStaged(table, stagePath(file, table.name), stage(table.name)?.longest ?? 0)}`);
          }
          await connection.run("CHECKPOINT notices_file");
          await connection.run("USE memory");
          await connection.run("DETACH notices_file");
        }
      } finally {
        connection.closeSync();
        instance.closeSync();
      }
      await removeSides();
    },
    async abandon() {
      for (const s of stages.values()) await s.close().catch(() => undefined);
      await removeSides();
    },
  };
}

/** A `notices` value as its staged JSON: dates as `YYYY-MM-DD` (a month as its first day), lists never null. */
function jsonValue(column: RecordColumn, value: unknown): unknown {
  if (column.type === "list" || column.type === "struct-list") return Array.isArray(value) ? value : [];
  if (value === null || value === undefined) return null;
  if (column.type === "date") {
    const date = calendarDate(String(value));
    return date ? `${String(date.year).padStart(4, "0")}-${String(date.month).padStart(2, "0")}-${String(date.day).padStart(2, "0")}` : null;
  }
  return value;
}
