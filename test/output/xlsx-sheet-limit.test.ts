import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openXlsxWriter, SHEET_MAX_RECORDS } from "../../src/output/xlsx-writer.js";
import { emptyRecord } from "../../src/record/empty-record.js";

const dir = mkdtempSync(join(tmpdir(), "edgar-nt-xlsx-limit-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a workbook's one sheet", () => {
  it("holds Excel's 1,048,576 rows: the header and 1,048,575 notices", () => {
    expect(SHEET_MAX_RECORDS).toBe(1_048_576 - 1);
  });

  it("refuses the notice past its last row with what to do instead, and the run can abandon the file", async () => {
    const file = join(dir, "small.xlsx");
    const writer = await openXlsxWriter(file, 2);
    writer.add(emptyRecord("a.txt", "a".repeat(64), "text"));
    writer.add(emptyRecord("b.txt", "b".repeat(64), "text"));
    expect(() => writer.add(emptyRecord("c.txt", "c".repeat(64), "text"))).toThrow(/Excel sheet holds 2 notices .* csv, parquet or duckdb/);
    await expect(writer.abandon()).resolves.toBeUndefined();
  });
});
