import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readSubmissions } from "./read-submissions.js";
import { readIndexFile } from "./read-index-file.js";
import type { IndexRow, SubmissionsCompany } from "./index-row.js";

const REAL = new URL("../../fixtures/edgar-index/real/", import.meta.url);
const real = (name: string): string => new URL(name, REAL).pathname;
const json = (name: string): unknown => JSON.parse(readFileSync(real(name), "utf8"));

describe("submissions JSON (real)", () => {
  it("reads a company: its category today, fiscal year end, pages and the recent filings", () => {
    const s = readSubmissions(json("CIK0000749647.json"), "CIK0000749647.json");
    expect(s?.kind).toBe("company");
    expect(s?.company).toEqual({
      cik: "0000749647",
      name: expect.any(String),
      category: "Non-accelerated filer<br>Smaller reporting company",
      fiscalYearEnd: "1231",
      pages: ["CIK0000749647-submissions-001.json"],
      filingFrom: "1996-08-07",
    });
    expect(s?.rows).toHaveLength(1000);
    expect(s?.rows.find((r) => r.accessionNumber === "0001493152-25-008460")).toMatchObject({
      cik: "0000749647",
      formType: "10-K",
      dateFiled: "2025-02-27",
      reportDate: "2024-12-31",
      acceptanceDateTime: "2025-02-27T13:15:43.000Z",
    });
  });

  it("reads a continuation page, its CIK from the file name", () => {
    const s = readSubmissions(json("CIK0000749647-submissions-001.json"), "CIK0000749647-submissions-001.json");
    expect(s?.kind).toBe("page");
    expect(s?.company).toBeNull();
    expect(s?.rows).toHaveLength(395);
    const nt = s?.rows.filter((r) => r.formType.startsWith("NT ")) ?? [];
    expect(nt.map((r) => [r.cik, r.formType, r.dateFiled, r.reportDate])).toEqual([
      ["0000749647", "NT 10-Q", "1999-05-17", "1999-03-31"],
      ["0000749647", "NT 10-K", "1998-12-29", "1998-09-30"],
      ["0000749647", "NT 10-Q", "1998-08-17", "1998-06-30"],
      ["0000749647", "NT 10-Q", "1997-08-14", "1997-06-30"],
    ]);
  });

  it("keeps an empty category as it is", () => {
    const s = readSubmissions({ cik: "5", category: "", filings: { recent: { accessionNumber: [], filingDate: [], form: [] }, files: [] } }, "x.json");
    expect(s?.company?.category).toBe("");
    expect(s?.rows).toEqual([]);
  });

  it("reads the bulk submissions.zip entry by entry", async () => {
    const companies: SubmissionsCompany[] = [];
    const rows: IndexRow[] = [];
    for await (const row of readIndexFile(real("submissions-excerpt.zip"), { onCompany: (c) => companies.push(c), keepForm: (f) => f.startsWith("NT") })) rows.push(row);
    expect(companies.map((c) => [c.cik, c.category])).toEqual([["0001318605", "Large accelerated filer"]]);
    expect(rows.map((r) => [r.cik, r.formType, r.dateFiled, r.reportDate])).toEqual([["0001318605", "NT 10-K", "2013-03-04", "2012-12-31"]]);
  });
});
