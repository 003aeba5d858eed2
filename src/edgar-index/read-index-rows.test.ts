import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { parseIndexText, readIndexRows } from "./read-index-rows.js";
import { readIndexFile } from "./read-index-file.js";
import type { IndexRow } from "./index-row.js";

const REAL = new URL("../../fixtures/edgar-index/real/", import.meta.url);
const real = (name: string): string => new URL(name, REAL).pathname;
const gunzipText = (name: string): string => gunzipSync(readFileSync(real(name))).toString("utf8");

async function collect(rows: AsyncIterable<IndexRow>): Promise<IndexRow[]> {
  const out: IndexRow[] = [];
  for await (const row of rows) out.push(row);
  return out;
}

describe("form.idx (daily, real)", () => {
  const text = gunzipText("form.20200318.idx.gz");
  const rows = parseIndexText(text);

  it("reads every row after the dashed separator, none of the header", () => {
    const lines = text.split("\n");
    const separator = lines.findIndex((l) => /^-{10,}\s*$/.test(l));
    expect(separator).toBe(9);
    const dataLines = lines.slice(separator + 1).filter((l) => l.trim() !== "");
    expect(rows).toHaveLength(dataLines.length);
    expect(rows[0]).toEqual({
      cik: "0001806014",
      companyName: "DLP Positive Note Fund LLC",
      formType: "1-A",
      dateFiled: "2020-03-18",
      accessionNumber: "0001140361-20-006155",
      fileName: "edgar/data/1806014/0001140361-20-006155.txt",
      reportDate: null,
      acceptanceDateTime: null,
    });
  });

  it("keeps form types with blanks whole and the four NT rows", () => {
    expect(rows.find((r) => r.formType === "1-A POS")?.companyName).toBe("Belpointe REIT, Inc.");
    const nt = rows.filter((r) => r.formType.startsWith("NT "));
    expect(nt.map((r) => [r.formType, r.cik])).toEqual([
      ["NT 10-K", "0001376339"],
      ["NT 10-K/A", "0001190370"],
      ["NT 10-Q", "0001694688"],
      ["NT 10-Q/A", "0001190370"],
    ]);
  });

  it("keeps rows whose filing date is older than the file's day", () => {
    const older = rows.filter((r) => r.dateFiled !== "2020-03-18");
    expect(older.length).toBeGreaterThan(0);
    expect(older.find((r) => r.cik === "0001738758")?.dateFiled).toBe("2019-11-08");
  });

  it("filters on the form type before reading the rest, and on the whole row", () => {
    const nt = parseIndexText(text, { keepForm: (f) => f.startsWith("NT ") });
    expect(nt).toHaveLength(4);
    const one = parseIndexText(text, { keepForm: (f) => f.startsWith("NT "), keep: (r) => r.cik === "0001190370" });
    expect(one.map((r) => r.formType)).toEqual(["NT 10-K/A", "NT 10-Q/A"]);
  });

  it("reports the header's layout and last day", () => {
    const headers: unknown[] = [];
    parseIndexText(text, { onHeader: (h) => headers.push(h) });
    expect(headers).toEqual([{ layout: "form", lastDataReceived: "2020-03-18" }]);
  });

  it("streams: the same rows whatever the size of the pieces", async () => {
    const bytes = Buffer.from(text);
    const pieces: Buffer[] = [];
    for (let i = 0; i < bytes.length; i += 777) pieces.push(bytes.subarray(i, i + 777));
    expect(await collect(readIndexRows(pieces))).toEqual(rows);
  });
});

describe("company.idx (daily, real)", () => {
  it("reads titles wrapped onto two lines and splits the name from the form type", () => {
    const text = gunzipText("company.20221003.idx.gz");
    const headers: unknown[] = [];
    const rows = parseIndexText(text, { onHeader: (h) => headers.push(h) });
    expect(headers).toEqual([{ layout: "company", lastDataReceived: "2022-10-03" }]);
    expect(rows[0]).toMatchObject({ companyName: "1st stREIT Office Inc.", formType: "1-A POS", cik: "0001700461", dateFiled: "2022-10-03" });
    expect(rows.find((r) => r.companyName === "36Kr Holdings Inc.")?.formType).toBe("SC 13D/A");
    expect(rows.at(-1)).toMatchObject({ companyName: "voxeljet AG", formType: "424B5", cik: "0001582581" });
    const dataLines = text.split("\n").filter((l) => /\d{8}\s+edgar\//.test(l));
    expect(rows).toHaveLength(dataLines.length);
  });

  it("reads a gzip-compressed file by its name, streamed", async () => {
    const rows = await collect(readIndexFile(real("company.20200102.idx.gz")));
    expect(rows[0]).toMatchObject({ companyName: "10H CAPITAL FUND I, LP", formType: "D", cik: "0001798581", dateFiled: "2020-01-02" });
    expect(rows.find((r) => r.companyName === "180 DEGREE CAPITAL CORP. /NY/")?.formType).toBe("4");
    expect(rows.length).toBeGreaterThan(4000);
  });
});

describe("master.idx (daily, real, in a zip)", () => {
  it("splits on | and reads YYYYMMDD dates", async () => {
    const rows = await collect(readIndexFile(real("master.20200103.zip")));
    expect(rows[0]).toMatchObject({
      cik: "0001000229",
      companyName: "CORE LABORATORIES N V",
      formType: "4",
      dateFiled: "2020-01-03",
      accessionNumber: "0001209191-20-000788",
    });
    expect(rows.find((r) => r.formType === "N-14")?.dateFiled).toBe("2019-09-09");
    expect(rows.length).toBeGreaterThan(7900);
  });
});

describe("quarterly form.idx whose long names push the columns right (real excerpt)", () => {
  it("splits every row from the right", async () => {
    const rows = await collect(readIndexFile(real("badform.idx.txt")));
    expect(rows).toHaveLength(10);
    const united = rows.find((r) => r.cik === "0000820694");
    expect(united).toMatchObject({
      formType: "X-17A-5",
      companyName: "UNITED PLANNERS' FINANCIAL SERVICES OF AMERICA A LIMITED PARTNER",
      dateFiled: "2021-02-24",
      accessionNumber: "9999999997-21-003146",
    });
    expect(rows.every((r) => /^\d{4}-\d{2}-\d{2}$/.test(r.dateFiled))).toBe(true);
  });
});

describe("constructed quirks", () => {
  const header = [
    "Description:           Master Index of EDGAR Dissemination Feed by Form Type",
    "Last Data Received:    December 31, 1999",
    "Comments:              webmaster@sec.gov",
    " ",
    "Form Type   Company Name                                                  CIK         Date Filed  File Name",
    "---------------------------------------------------------------------------------------------------------------------------------------------",
  ];
  it("reads a header of any length, blank lines holding a space, CRLF, backslashes and repeated rows", () => {
    const rows = parseIndexText(
      [
        ...header,
        "10-K        ACME CORP \\DE\\                                              12345       1999-12-30  edgar/data/12345/0000012345-99-000001.txt",
        " ",
        "10-K        ACME CORP \\DE\\                                              12345       1999-12-30  edgar/data/12345/0000012345-99-000001.txt",
        "",
      ].join("\r\n"),
    );
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ companyName: "ACME CORP \\DE\\", cik: "0000012345", dateFiled: "1999-12-30" });
  });

  it("falls back to the title's column when a form type fills its column", () => {
    const rows = parseIndexText(
      [...header, "SC 14D9C/A1 LONGFORM COMPANY INC                                         12345       1999-12-30  edgar/data/12345/0000012345-99-000002.txt"].join("\n"),
    );
    expect(rows[0]).toMatchObject({ formType: "SC 14D9C/A1", companyName: "LONGFORM COMPANY INC" });
  });

  it("reports a row it cannot read and goes on", () => {
    const bad: number[] = [];
    const rows = parseIndexText(
      [
        ...header,
        "10-K        ACME CORP                                                   12X45       1999-12-30  edgar/data/12345/0000012345-99-000001.txt",
        "10-Q        ACME CORP                                                   12345       1999-02-30  edgar/data/12345/0000012345-99-000003.txt",
        "10-Q        ACME CORP                                                   12345       1999-11-15  edgar/data/12345/0000012345-99-000004.txt",
      ].join("\n"),
      { onBadLine: (line) => bad.push(line) },
    );
    expect(bad).toEqual([7, 8]);
    expect(rows.map((r) => r.accessionNumber)).toEqual(["0000012345-99-000004"]);
  });

  it("reads headerless rows when told the layout", () => {
    const rows = parseIndexText("1318605|Tesla, Inc.|NT 10-K|2013-03-04|edgar/data/1318605/0001193125-13-088624.txt\n", { layout: "master" });
    expect(rows[0]).toMatchObject({ cik: "0001318605", formType: "NT 10-K", dateFiled: "2013-03-04" });
  });
});
