import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { deriveRecordTable } from "../src/record/derive-record-table.js";
import { emptyOutcome, emptyRecord } from "../src/record/empty-record.js";

/**
 * The build's record table (scripts/build/record-table.mjs): the record
 * definition's run-time values, derived through TypeBox at build time and
 * read as plain data at run time.
 */
describe("record table", () => {
  it("the build's table holds what the definition derives", async () => {
    const build = process.env["EDGAR_NT_BUILD"];
    expect(build).toBeDefined();
    const table: unknown = (await import(pathToFileURL(join(build ?? "", "dist/record/record-table.js")).href)).RECORD_TABLE;
    expect(JSON.stringify(table)).toBe(JSON.stringify(deriveRecordTable()));
  });

  it("the build's empty record is the definition's, a new one each time", async () => {
    const build = process.env["EDGAR_NT_BUILD"];
    const { RECORD_TABLE } = await import(pathToFileURL(join(build ?? "", "dist/record/record-table.js")).href);
    const made = RECORD_TABLE.emptyRecord("a.txt", "0", "html");
    expect(JSON.stringify(made)).toBe(JSON.stringify(emptyRecord("a.txt", "0", "html")));
    made.form.reportTypes.push("10-K");
    expect(RECORD_TABLE.emptyRecord("a.txt", "0", "html").form.reportTypes).toEqual([]);
  });

  it("each empty record and outcome is a copy of its own", () => {
    const a = emptyRecord("a", "0", "text");
    a.form.reportTypes.push("10-K");
    a.filing.cik = "1";
    expect(emptyRecord("b", "0", "text").form.reportTypes).toEqual([]);
    expect(emptyRecord("b", "0", "text").filing.cik).toBeNull();
    const outcome = emptyOutcome();
    outcome.dueDate = "2024-01-01";
    expect(emptyOutcome().dueDate).toBeNull();
  });
});
