import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "../../src/cli/cli.js";
import { ROOT } from "../batch/batch-helpers.js";
import { io } from "../cli/cli-helpers.js";
import { LINKED_NOTICE_COLUMNS } from "../../src/output/linked-notice-writer.js";

/** The submissions JSON of the five companies (main files and continuation pages), copied from ../shared/corpus/edgar-index. */
const REAL = join(ROOT, "fixtures/edgar-index/real");
const JSON_FILES = readdirSync(REAL)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => join(REAL, f));

/**
 * The 30 NT filings of the five companies, 1997–2025, each with the report
 * that answered it (same CIK, same family, same period, filed on or after
 * the notice) and the verdicts of Rules 12b-25 and 0-3, checked by hand
 * against the filings' dates: notice, report, due date, notice on time,
 * report within the grace period, days after the due date, earlier notices
 * of the CIK, first-time filer.
 */
const EXPECTED: [string, string, string, string, boolean, boolean, number, number, boolean][] = [
  ["0000749647-97-000011", "0000749647-97-000012", "10-Q", "1997-08-14", true, true, 5, 0, true],
  ["0000931731-98-000246", "0000931731-98-000248", "10-Q", "1998-08-14", true, true, 3, 1, false],
  ["0000931731-98-000420", "0000931731-99-000020", "10-K", "1998-12-29", true, true, 15, 2, false],
  ["0000931731-99-000217", "0000931731-99-000236", "10-Q", "1999-05-17", true, true, 3, 3, false],
  ["0001193125-13-088624", "0001193125-13-096241", "10-K", "2013-03-01", true, true, 6, 0, true],
  ["0001564590-20-013837", "0001564590-20-025870", "10-K", "2020-03-30", true, false, 46, 0, true],
  ["0001140361-21-038956", "0001140361-21-039677", "10-Q", "2021-11-22", true, true, 7, 0, true],
  ["0001140361-22-012314", "0001140361-22-012951", "10-K", "2022-03-31", true, true, 4, 1, false],
  ["0001140361-22-019375", "0001140361-22-020091", "10-Q", "2022-05-16", true, true, 4, 2, false],
  ["0001213900-22-026761", "0001213900-22-029026", "10-Q", "2022-05-16", true, true, 7, 0, true],
  ["0001140361-22-029689", "0001140361-22-030498", "10-Q", "2022-08-15", true, true, 7, 3, false],
  ["0001213900-22-048242", "0001213900-22-049683", "10-Q", "2022-08-15", true, true, 4, 1, false],
  ["0001140361-22-041492", "0001140361-22-042631", "10-Q", "2022-11-14", true, false, 8, 4, false],
  ["0001140361-23-015343", "0001140361-23-018724", "10-K", "2023-03-31", true, false, 18, 5, false],
  ["0001140361-23-024755", "0001140361-23-026042", "10-Q", "2023-05-15", true, true, 7, 6, false],
  ["0001213900-23-039821", "0001213900-23-041672", "10-Q", "2023-05-15", true, true, 7, 2, false],
  ["0001140361-23-039712", "0001140361-23-040548", "10-Q", "2023-08-14", true, true, 4, 7, false],
  ["0001213900-23-067863", "0001213900-23-068547", "10-Q", "2023-08-14", true, true, 3, 3, false],
  ["0001140361-23-053241", "0001140361-23-055764", "10-Q", "2023-11-14", true, false, 17, 8, false],
  ["0001213900-23-087275", "0001213900-23-087427", "10-Q", "2023-11-14", true, true, 1, 4, false],
  ["0001140361-24-016899", "0001140361-24-017987", "10-K", "2024-04-01", true, true, 3, 9, false],
  ["0001213900-24-028949", "0001213900-24-032308", "10-K", "2024-04-01", true, true, 11, 5, false],
  ["0001140361-24-026239", "0001140361-24-027181", "10-Q", "2024-05-15", true, false, 7, 10, false],
  ["0001213900-24-043553", "0001213900-24-050479", "10-Q", "2024-05-15", true, false, 23, 6, false],
  ["0001140361-24-037319", "0001140361-24-037848", "10-Q", "2024-08-14", true, false, 6, 11, false],
  ["0001213900-24-099137", "0001213900-24-100243", "10-Q", "2024-11-14", true, true, 5, 7, false],
  ["0001213900-25-026476", "0001213900-25-032301", "10-K", "2025-03-31", true, false, 16, 8, false],
  ["0001213900-25-044423", "0001213900-25-046069", "10-Q", "2025-05-15", true, false, 6, 9, false],
  ["0001213900-25-077496", "0001213900-25-078583", "10-Q", "2025-08-14", true, true, 5, 10, false],
  ["0001213900-25-111602", "0001213900-25-112830", "10-Q", "2025-11-14", true, false, 6, 11, false],
];

describe("link: the 30 real notices of the five companies", () => {
  it("links every notice to its report with the right verdict", async () => {
    const world = io(ROOT);
    expect(await cli(["link", "--index", ...JSON_FILES], world)).toBe(0);
    expect(world.err()).toBe("");
    const lines = world
      .out()
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { filing: { accessionNumber: string }; outcome: Record<string, unknown>; history: Record<string, unknown>; warnings: { ruleId: string }[] });
    expect(lines).toHaveLength(30);
    const got = lines.map((l) => [
      l.filing.accessionNumber,
      l.outcome["reportAccession"],
      l.outcome["reportForm"],
      l.outcome["dueDate"],
      l.outcome["noticeTimely"],
      l.outcome["filedWithinGracePeriod"],
      l.outcome["daysAfterDue"],
      l.history["priorNotices"],
      l.history["firstTime"],
    ]);
    expect(got).toEqual(EXPECTED);
    // Every report was matched by its period (the submissions JSON gives both).
    expect(lines.every((l) => l.outcome["matchedBy"] === "period")).toBe(true);
  });

  it("infers Tesla a large accelerated filer in 2013, CARBO non-accelerated with the COVID-19 warning, Learn CW's first 10-Q by its registration", async () => {
    const world = io(ROOT);
    await cli(["link", "--index", ...JSON_FILES], world);
    const byAccession = new Map(
      world
        .out()
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l) as { filing: { accessionNumber: string }; outcome: Record<string, unknown>; warnings: { ruleId: string }[] })
        .map((l) => [l.filing.accessionNumber, l]),
    );
    const tesla = byAccession.get("0001193125-13-088624");
    expect(tesla?.outcome).toMatchObject({ filerCategory: "large-accelerated", dueDateBasis: "inferred", graceEnds: "2013-03-18" });
    expect(tesla?.warnings).toEqual([]);
    const carbo = byAccession.get("0001564590-20-013837");
    expect(carbo?.outcome).toMatchObject({ filerCategory: "non-accelerated", dueDate: "2020-03-30", filedWithinGracePeriod: false });
    expect(carbo?.warnings.map((w) => w.ruleId)).toEqual(["link-category-alternatives", "link-covid-order"]);
    const learn = byAccession.get("0001140361-21-038956");
    expect(learn?.outcome).toMatchObject({ dueDate: "2021-11-22", dueDateBasis: "category", noticeTimely: true, graceEnds: "2021-11-29", filedWithinGracePeriod: true });
    expect(learn?.warnings.map((w) => w.ruleId)).toEqual(["link-first-report"]);
  });

  it("reads the same from the bulk submissions.zip as from the files", async () => {
    const fromFiles = io(ROOT);
    await cli(["link", "--index", join(REAL, "CIK0001318605.json"), join(REAL, "CIK0001318605-submissions-001.json")], fromFiles);
    const fromZip = io(ROOT);
    await cli(["link", "--index", join(REAL, "submissions-excerpt.zip")], fromZip);
    expect(fromZip.out()).toBe(fromFiles.out());
    expect(fromZip.out().trim().split("\n")).toHaveLength(1);
  });

  it("writes CSV with the record's column names and JSON as one array", async () => {
    const csv = io(ROOT);
    await cli(["link", "--format", "csv", "--index", ...JSON_FILES], csv);
    const rows = csv.out().trim().split("\n");
    expect(rows[0]).toBe(LINKED_NOTICE_COLUMNS.join(","));
    expect(rows[0]).toContain("outcome_filed_within_grace_period,outcome_days_after_due,history_prior_notices,history_first_time,history_prior_notices12m");
    expect(rows).toHaveLength(31);
    const json = io(ROOT);
    await cli(["link", "--format", "json", "--index", ...JSON_FILES], json);
    expect((JSON.parse(json.out()) as unknown[]).length).toBe(30);
  });
});
