import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { open, rm, type FileHandle } from "node:fs/promises";
import type { ColumnType, RecordColumn } from "../record/record-columns.js";
import type { NtRecord } from "../record/types.js";
import { NOTICE_COLUMNS, calendarDate, evidenceRows, noticeValue, partialDates, reasonRows } from "./table-rows.js";
import { stagePath, tableSideFiles, type TableWriter } from "./table-writer.js";

/** Staged rows held in memory before they are written to their scratch file. */
const STAGE_BYTES = 1 << 20;
/** DuckDB's memory at most: it spills to a scratch file beyond this. */
const MEMORY_LIMIT = "256MB";
/** Rows of a Parquet row group: a group is built in memory, so not too many (narratives are long). */
const PARQUET_ROW_GROUP = 16_384;
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

/** DuckDB's reader of a table's staged rows, typed as the table is. */
function readStaged(table: Table, file: string, longest: number): string {
  const columns = table.columns.map(([name, type]) => `${literal(name)}: ${literal(type)}`).join(", ");
  const limit = Math.max(MIN_ROW_LIMIT, 4 * longest);
  return `read_json(${literal(file)}, format = 'newline_delimited', columns = {${columns}}, maximum_object_size = ${limit})`;
}

/** A scratch file of JSON Lines, written in chunks of {@link STAGE_BYTES}. */
class Stage {
  private parts: string[] = [];
  private bytes = 0;
  /** UTF-16 units of the longest row (its UTF-8 bytes are at most three times as many). */
  longest = 0;
  constructor(private readonly handle: FileHandle) {}
  add(row: unknown): void {
    const line = JSON.stringify(row) + "\n";
    this.parts.push(line);
    this.bytes += line.length;
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
 * the database; `COPY (SELECT …) TO` the Parquet file, in row groups of
 * {@link PARQUET_ROW_GROUP}), spilling beyond {@link MEMORY_LIMIT}, and the
 * scratch files are removed. Rows keep the input order.
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
      const instance = await DuckDBInstance.create(format === "duckdb" ? file : ":memory:", {
        memory_limit: MEMORY_LIMIT,
        threads: "1",
        temp_directory: `${file}.tmp`,
      });
      const connection: DuckDBConnection = await instance.connect();
      try {
        if (format === "parquet") {
          const notices = TABLES[0] as Table;
          await connection.run(
            `COPY (SELECT * FROM ${readStaged(notices, stagePath(file, "notices"), stage("notices")?.longest ?? 0)}) TO ${literal(file)} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE ${PARQUET_ROW_GROUP})`,
          );
        } else {
          for (const table of tables) {
            await connection.run(createTable(table));
            await connection.run(`INSERT INTO ${table.name} SELECT * FROM ${readStaged(table, stagePath(file, table.name), stage(table.name)?.longest ?? 0)}`);
          }
          await connection.run("CHECKPOINT");
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
