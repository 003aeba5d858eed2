import { DuckDBInstance } from "@duckdb/node-api";
import ExcelJS from "exceljs";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "../../src/cli/cli.js";
import { ROOT, tempDir } from "../batch/batch-helpers.js";
import { io } from "./cli-helpers.js";

/** `extract --format duckdb|parquet|xlsx` over the samples, through the CLI. */
const SAMPLES = join(ROOT, "fixtures/samples");

describe("extract into typed files", () => {
  it("--format duckdb writes the four tables, notices in input order, and nothing beside the file", async () => {
    const dir = tempDir();
    const out = join(dir, "notices.duckdb");
    const world = io(dir);
    expect(await cli(["extract", "--jobs", "2", "--format", "duckdb", "--out", out, SAMPLES], world)).toBe(0);
    expect(world.out()).toBe("");
    expect(readdirSync(dir)).toEqual(["notices.duckdb"]);
    const instance = await DuckDBInstance.create(out, { access_mode: "READ_ONLY" });
    const connection = await instance.connect();
    try {
      const tables = await connection.runAndReadAll("SELECT table_name FROM duckdb_tables() ORDER BY table_name");
      expect(tables.getRowObjectsJson().map((r) => r["table_name"])).toEqual(["evidence", "notices", "reasons", "warnings"]);
      const paths = await connection.runAndReadAll("SELECT source_path FROM notices ORDER BY notice");
      expect(paths.getRowObjectsJson().map((r) => r["source_path"])).toEqual(readdirSync(SAMPLES).sort().map((f) => join(SAMPLES, f)));
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  });

  it("--format parquet and --format xlsx write their file", async () => {
    const dir = tempDir();
    for (const format of ["parquet", "xlsx"]) {
      const out = join(dir, `notices.${format}`);
      expect(await cli(["extract", "--jobs", "1", "--format", format, "--out", out, SAMPLES], io(dir))).toBe(0);
      expect(existsSync(out)).toBe(true);
    }
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, "notices.xlsx"));
    expect(workbook.getWorksheet("notices")?.rowCount).toBe(readdirSync(SAMPLES).length + 1);
    expect(readdirSync(dir).sort()).toEqual(["notices.parquet", "notices.xlsx"]);
  });

  it("needs --out and refuses --resume (exit 2), writing nothing", async () => {
    const dir = tempDir();
    for (const format of ["duckdb", "parquet", "xlsx"]) {
      const noOut = io(dir);
      expect(await cli(["extract", "--format", format, SAMPLES], noOut)).toBe(2);
      expect(noOut.err()).toContain("--out");
      const resume = io(dir);
      expect(await cli(["extract", "--format", format, "--out", join(dir, `n.${format}`), "--resume", SAMPLES], resume)).toBe(2);
      expect(resume.err()).toContain("--resume");
    }
    expect(readdirSync(dir)).toEqual([]);
  });
});
