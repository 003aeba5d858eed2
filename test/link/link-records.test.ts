import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "../../src/cli/cli.js";
import { emptyRecord } from "../../src/record/empty-record.js";
import type { NtRecord } from "../../src/record/types.js";
import { ROOT, tempDir } from "../batch/batch-helpers.js";
import { io } from "../cli/cli-helpers.js";

const REAL = join(ROOT, "fixtures/edgar-index/real");
const TESLA = [join(REAL, "CIK0001318605.json"), join(REAL, "CIK0001318605-submissions-001.json")];
const FORM_IDX = join(ROOT, "fixtures/edgar-index/constructed/form.2021Q1-Q3.idx");

/** An `extract` record of a notice, as far as linking reads it. */
function record(path: string, over: { cik?: string | null; accessionNumber?: string | null; submissionType?: string; filedDate?: string | null; periodEnded?: string | null; reportTypes?: NtRecord["form"]["reportTypes"] }): NtRecord {
  const r = emptyRecord(path, "0".repeat(64), "text");
  r.filing.cik = over.cik === undefined ? null : over.cik;
  r.filing.accessionNumber = over.accessionNumber ?? null;
  r.filing.submissionType = over.submissionType ?? "NT 10-K";
  r.filing.filedDate = over.filedDate ?? null;
  r.form.periodEnded = over.periodEnded ?? null;
  r.form.reportTypes = over.reportTypes ?? [];
  r.history = { priorNotices: 7, firstTime: false, priorNotices12m: null };
  return r;
}

/** Records of Tesla's 2013 notice (period from the record), a notice without a CIK, and a line that is no record. */
function recordsFile(): { dir: string; file: string } {
  const dir = tempDir();
  const file = join(dir, "records.jsonl");
  const tesla = record("tesla.htm", { cik: "0001318605", accessionNumber: "0001193125-13-088624", filedDate: "2013-03-04", periodEnded: "2012-12-31", reportTypes: ["10-K"] });
  const unknown = record("no-cik.txt", { filedDate: "2013-03-04", periodEnded: "2012-12-31" });
  writeFileSync(file, `${JSON.stringify(tesla)}\n\n${JSON.stringify(unknown)}\n[1,2]\n`);
  return { dir, file };
}

describe("link RECORDS", () => {
  it("gives each record back, in order, with outcome and history set; a line that is no record is left out with exit 1", async () => {
    const { dir, file } = recordsFile();
    const world = io(dir);
    expect(await cli(["link", file, "--index", ...TESLA], world)).toBe(1);
    expect(world.err()).toContain("RECORDS line 4: link-record-unreadable");
    const [tesla, unknown, ...rest] = world.out().trim().split("\n").map((l) => JSON.parse(l) as NtRecord);
    expect(rest).toEqual([]);
    expect(tesla?.source.path).toBe("tesla.htm");
    expect(tesla?.outcome).toEqual({
      reportAccession: "0001193125-13-096241",
      reportForm: "10-K",
      reportFiledDate: "2013-03-07",
      matchedBy: "period",
      filerCategory: "large-accelerated",
      dueDate: "2013-03-01",
      dueDateBasis: "inferred",
      noticeDeadline: "2013-03-04",
      noticeTimely: true,
      graceEnds: "2013-03-18",
      filedWithinGracePeriod: true,
      daysAfterDue: 6,
    });
    expect(tesla?.history).toEqual({ priorNotices: 0, firstTime: true, priorNotices12m: 0 });
    // No CIK: no report can be found and no history told, but the due date follows from the period.
    expect(unknown?.outcome).toMatchObject({ reportAccession: null, dueDate: "2013-03-01", filedWithinGracePeriod: null });
    expect(unknown?.history).toEqual({ priorNotices: null, firstTime: null, priorNotices12m: null });
  });

  it("takes RECORDS named last among the index paths, and - for standard input", async () => {
    const { dir, file } = recordsFile();
    const first = io(dir);
    await cli(["link", file, "--index", ...TESLA], first);
    const last = io(dir);
    await cli(["link", "--index", ...TESLA, file], last);
    expect(last.out()).toBe(first.out());
    const { readFileSync } = await import("node:fs");
    const piped = io(dir, readFileSync(file));
    await cli(["link", "--index", ...TESLA, "-"], piped);
    expect(piped.out()).toBe(first.out());
  });

  it("computes the due date from the record's period when the index data has none", async () => {
    const dir = tempDir();
    const file = join(dir, "r.jsonl");
    writeFileSync(file, JSON.stringify(record("a.txt", { cik: "0000000201", accessionNumber: "0000000201-21-000002", filedDate: "2021-03-31", periodEnded: "2020-12-31" })) + "\n");
    const world = io(dir);
    expect(await cli(["link", "--index", FORM_IDX, file], world)).toBe(0);
    const linked = JSON.parse(world.out()) as NtRecord;
    expect(linked.outcome).toMatchObject({ reportAccession: "0000000201-21-000004", matchedBy: "next-filing", dueDate: "2021-03-31", filerCategory: "non-accelerated", filedWithinGracePeriod: true });
    expect(linked.warnings.map((w) => w.ruleId)).toEqual(["link-category-alternatives"]);
  });

  it("writes the record's CSV columns, outcome and history included", async () => {
    const { dir, file } = recordsFile();
    const world = io(dir);
    await cli(["link", "--format", "csv", file, "--index", ...TESLA], world);
    const [header, tesla] = world.out().split("\n");
    const columns = (header ?? "").split(",");
    const cells = (tesla ?? "").split(",");
    expect(cells[columns.indexOf("outcome_report_accession")]).toBe("0001193125-13-096241");
    expect(cells[columns.indexOf("outcome_filed_within_grace_period")]).toBe("true");
    expect(cells[columns.indexOf("history_prior_notices12m")]).toBe("0");
  });
});
