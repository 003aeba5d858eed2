import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { cli } from "../../src/cli/cli.js";
import { emptyRecord } from "../../src/record/empty-record.js";
import { createRecordWriter } from "../../src/output/record-writer.js";
import { CSV_COLUMNS } from "../../src/output/flatten-record.js";
import { ROOT } from "../batch/batch-helpers.js";
import { IGENE, io } from "./cli-helpers.js";

/** A record whose values begin as a spreadsheet formula would, with Part IV figures. */
function formulaRecord() {
  const record = emptyRecord("x.txt", "0".repeat(64), "text");
  record.part4.contactPhone = "+65 6252-8998";
  record.registrant.name = "=HYPERLINK(\"http://x\")";
  record.part4.changeFigures = [
    { metric: "net loss", period: "2024", amount: -1250000 },
    { metric: "revenue", period: null, amount: 3.5 },
  ];
  return record;
}

/** The cells of one CSV text's first row, by column name. */
function row(csv: string): Record<string, string> {
  const rows: Record<string, string>[] = parse(csv, { columns: true, bom: true });
  const first = rows[0];
  if (!first) throw new Error("no row");
  return first;
}

describe("CSV options", () => {
  it("guards formulas by default and leaves them as extracted with formulaGuard off", () => {
    const record = formulaRecord();
    const on = createRecordWriter("csv");
    const off = createRecordWriter("csv", { bom: false, formulaGuard: false });
    expect(row(on.header() + on.record(record, 0))["part4_contact_phone"]).toBe("'+65 6252-8998");
    const plain = row(off.header() + off.record(record, 0));
    expect(plain["part4_contact_phone"]).toBe("+65 6252-8998");
    expect(plain["registrant_name"]).toBe(record.registrant.name);
  });

  it("writes part4_change_figures as one JSON array per cell ([] when there is none)", () => {
    const writer = createRecordWriter("csv", { bom: false, formulaGuard: false });
    const cells = row(writer.header() + writer.record(formulaRecord(), 0));
    expect(JSON.parse(cells["part4_change_figures"] ?? "")).toEqual(formulaRecord().part4.changeFigures);
    const empty = row(writer.header() + writer.record(emptyRecord("y.txt", "0".repeat(64), "text"), 0));
    expect(empty["part4_change_figures"]).toBe("[]");
  });

  it("begins with a byte-order mark only when asked", () => {
    expect(createRecordWriter("csv", { bom: true, formulaGuard: true }).header().startsWith(`\uFEFF${CSV_COLUMNS[0]},`)).toBe(true);
    expect(createRecordWriter("csv").header().startsWith(`${CSV_COLUMNS[0]},`)).toBe(true);
  });

  it("extract --csv-bom --formula-guard off", async () => {
    const world = io(ROOT);
    expect(await cli(["extract", "--jobs", "1", "--format", "csv", "--csv-bom", "--formula-guard", "off", IGENE], world)).toBe(0);
    expect(world.out().startsWith("\uFEFFschema_version,")).toBe(true);
  });

  it("refuses the CSV options with another format, and a guard other than on or off", async () => {
    const json = io(ROOT);
    expect(await cli(["extract", "--format", "jsonl", "--csv-bom", IGENE], json)).toBe(2);
    expect(json.out()).toBe("");
    expect(await cli(["extract", "--format", "csv", "--formula-guard", "maybe", IGENE], io(ROOT))).toBe(2);
  });
});
