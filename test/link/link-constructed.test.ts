import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "../../src/cli/cli.js";
import { ROOT } from "../batch/batch-helpers.js";
import { io } from "../cli/cli-helpers.js";

/** Constructed index data (fixtures/edgar-index/constructed, SOURCES.tsv): one rule or case per notice. */
const DIR = join(ROOT, "fixtures/edgar-index/constructed");
const JSON_FILES = readdirSync(DIR)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => join(DIR, f));
const FORM_IDX = join(DIR, "form.2021Q1-Q3.idx");

interface Line {
  filing: { accessionNumber: string; submissionType: string };
  form: { periodEnded: string | null };
  outcome: Record<string, unknown>;
  history: Record<string, unknown>;
  warnings: { ruleId: string; path: string | null }[];
}

/** The lines of `link --index …`, by the notice's accession number. */
async function link(paths: string[]): Promise<Map<string, Line>> {
  const world = io(ROOT);
  expect(await cli(["link", "--index", ...paths], world)).toBe(0);
  return new Map(
    world
      .out()
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as Line)
      .map((l) => [l.filing.accessionNumber, l]),
  );
}

/** The warnings' ruleIds of a line. */
const rules = (line: Line | undefined): string[] => (line?.warnings ?? []).map((w) => w.ruleId);

describe("link: constructed index data, one rule each", async () => {
  const lines = await link(JSON_FILES);
  const of = (cik: number, n: string): Line | undefined => lines.get(`${String(cik).padStart(10, "0")}-${n.slice(0, 2)}-${n.slice(2).padStart(6, "0")}`);

  it("moves a due date on a weekend to the Monday, and the grace period's end too", () => {
    expect(of(101, "20007")?.outcome).toMatchObject({ dueDate: "2020-11-16", noticeDeadline: "2020-11-17", noticeTimely: true, graceEnds: "2020-11-23", filedWithinGracePeriod: true });
  });

  it("moves a due date on a federal holiday (Labor Day) to the next business day", () => {
    expect(of(101, "20005")?.outcome).toMatchObject({ dueDate: "2020-09-08", noticeDeadline: "2020-09-09", noticeTimely: true, graceEnds: "2020-09-14" });
  });

  it("counts Juneteenth as a holiday from 2021 only", () => {
    // 2020-06-19 was a business day: the due date stays, the notice of Monday the 22nd is the last timely one.
    expect(of(101, "20003")?.outcome).toMatchObject({ dueDate: "2020-06-19", noticeDeadline: "2020-06-22", noticeTimely: true, graceEnds: "2020-06-24", filedWithinGracePeriod: false });
    // 2023-06-19 was a holiday: due the 20th, notice by the 21st.
    expect(of(101, "23001")?.outcome).toMatchObject({ dueDate: "2023-06-20", noticeDeadline: "2023-06-21", noticeTimely: true, graceEnds: "2023-06-26" });
  });

  it("counts a day EDGAR was closed by order (2018-12-05) as a holiday", () => {
    expect(of(101, "18001")?.outcome).toMatchObject({ dueDate: "2018-12-06", noticeDeadline: "2018-12-07", noticeTimely: true, graceEnds: "2018-12-11", filedWithinGracePeriod: true });
  });

  it("counts across a leap day (60 days after 2019-12-31 is Saturday 2020-02-29)", () => {
    const line = of(101, "20001");
    expect(line?.outcome).toMatchObject({ filerCategory: "large-accelerated", dueDateBasis: "inferred", dueDate: "2020-03-02", noticeTimely: true, graceEnds: "2020-03-17", daysAfterDue: 8 });
    expect(rules(line)).toEqual(["link-covid-order"]);
  });

  it("matches a 52/53-week year's report to the month end its notice names, past an amendment of the year before", () => {
    expect(of(102, "19001")?.outcome).toMatchObject({ reportAccession: "0000000102-19-000003", reportForm: "10-K", matchedBy: "period", filerCategory: "accelerated", dueDate: "2019-03-18" });
  });

  it("links a report filed the same day as its notice", () => {
    expect(of(102, "19004")?.outcome).toMatchObject({ reportAccession: "0000000102-19-000005", daysAfterDue: 0, filedWithinGracePeriod: true });
  });

  it("links two notices for one period (a notice and its NT/A) to the same report; the NT/A is no new notice in the history", () => {
    const notice = of(102, "21001");
    const amendment = of(102, "21002");
    expect(notice?.outcome["reportAccession"]).toBe("0000000102-21-000003");
    expect(amendment?.outcome["reportAccession"]).toBe("0000000102-21-000003");
    expect(amendment?.filing.submissionType).toBe("NT 10-K/A");
    expect(notice?.history).toEqual({ priorNotices: 2, priorNotices12m: 0, firstTime: false });
    expect(amendment?.history).toEqual({ priorNotices: 3, priorNotices12m: 1, firstTime: false });
  });

  it("says false for a report that never came when the data reaches past the grace period, null when it does not", () => {
    expect(of(103, "21002")?.outcome).toMatchObject({ reportAccession: null, reportForm: null, reportFiledDate: null, matchedBy: null, daysAfterDue: null, graceEnds: "2021-08-23", filedWithinGracePeriod: false });
    expect(of(104, "24001")?.outcome).toMatchObject({ reportAccession: null, graceEnds: "2024-04-16", filedWithinGracePeriod: null });
  });

  it("takes an amendment only when no original report comes", () => {
    expect(of(103, "22001")?.outcome).toMatchObject({ reportForm: "10-K/A", reportAccession: "0000000103-22-000002", filedWithinGracePeriod: false, daysAfterDue: 32 });
  });

  it("applies the 20-F (six months, then four), 11-K, N-CSR and N-CEN rules; a 10-D has no due date from the indexes", () => {
    expect(of(105, "11001")?.outcome).toMatchObject({ dueDate: "2011-06-30", dueDateBasis: "category", filerCategory: null, graceEnds: "2011-07-15" });
    expect(of(105, "21001")?.outcome).toMatchObject({ dueDate: "2021-04-30", noticeDeadline: "2021-05-03", graceEnds: "2021-05-17", filedWithinGracePeriod: true });
    expect(of(105, "21003")?.outcome).toMatchObject({ dueDate: "2021-06-29", graceEnds: "2021-07-14", filedWithinGracePeriod: true });
    expect(of(105, "21005")?.outcome).toMatchObject({ reportForm: "N-CSRS", dueDate: "2021-09-08", graceEnds: "2021-09-23" });
    expect(of(105, "22001")?.outcome).toMatchObject({ dueDate: "2022-03-16", graceEnds: "2022-03-31" });
    expect(of(105, "22003")?.outcome).toMatchObject({ reportForm: "10-D", dueDate: null, noticeTimely: null, filedWithinGracePeriod: null });
  });

  it("knows a first-time filer when the company's whole history is given", () => {
    expect(of(105, "11001")?.history).toEqual({ priorNotices: 0, priorNotices12m: 0, firstTime: true });
    expect(of(101, "18001")?.history).toEqual({ priorNotices: 0, priorNotices12m: 0, firstTime: true });
  });
});

describe("link: a folder of index data", () => {
  it("reads a folder's index files in name order, as the files named one by one", async () => {
    const fromFolder = await link([DIR]);
    const fromFiles = await link([...JSON_FILES, FORM_IDX]);
    expect([...fromFolder.keys()]).toEqual([...fromFiles.keys()]);
    expect(fromFolder.size).toBe(24);
  });
});

describe("link: a constructed form.idx (no periods)", async () => {
  const lines = await link([FORM_IDX]);

  it("takes the next filing of the family, an original before an amendment", () => {
    expect(lines.get("0000000201-21-000002")?.outcome).toMatchObject({ reportAccession: "0000000201-21-000004", reportForm: "10-K", matchedBy: "next-filing", dueDate: null });
    expect(rules(lines.get("0000000201-21-000002"))).toEqual(["link-no-period"]);
  });

  it("links a notice and its NT/A to the same report", () => {
    expect(lines.get("0000000202-21-000001")?.outcome["reportAccession"]).toBe("0000000202-21-000003");
    expect(lines.get("0000000202-21-000002")?.outcome["reportAccession"]).toBe("0000000202-21-000003");
  });

  it("leaves firstTime null when the data does not reach a year back", () => {
    expect(lines.get("0000000202-21-000004")?.history).toEqual({ priorNotices: 1, priorNotices12m: 1, firstTime: null });
    expect(lines.get("0000000203-21-000001")?.history).toEqual({ priorNotices: 0, priorNotices12m: 0, firstTime: null });
    expect(lines.size).toBe(5);
  });
});
