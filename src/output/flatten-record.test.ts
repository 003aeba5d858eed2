import { describe, expect, it } from "vitest";
import { CSV_COLUMNS, CSV_PATHS, columnName, flattenRecord, getPath } from "./flatten-record.js";
import { emptyRecord } from "../record/empty-record.js";
import type { NtRecord } from "../record/types.js";

/** The SPEC.md field table, in its order (the CSV's first columns). */
const SPEC_PATHS = [
  "schemaVersion",
  "source.path",
  "source.sha256",
  "source.format",
  "filing.accessionNumber",
  "filing.submissionType",
  "filing.filedDate",
  "filing.cik",
  "filing.companyName",
  "filing.sic",
  "filing.stateOfIncorporation",
  "filing.fiscalYearEnd",
  "filing.fileNumber",
  "form.amendment",
  "form.reportTypes",
  "form.periodEnded",
  "form.transition",
  "form.transitionPeriodEnded",
  "form.itemsRelatedTo",
  "form.secFileNumber",
  "form.cusip",
  "registrant.name",
  "registrant.formerName",
  "registrant.address",
  "registrant.cityStateZip",
  "part2.reliefClaimed",
  "part3.narrative",
  "part4.contactName",
  "part4.contactPhone",
  "part4.otherReportsFiled",
  "part4.reportsNotFiled",
  "part4.significantChange",
  "part4.changeExplanation",
  "signature.registrantName",
  "signature.date",
  "signature.name",
  "signature.title",
  "auditorLetter.firm",
  "auditorLetter.date",
  "auditorLetter.text",
  "reasons",
];

function cellOf(record: NtRecord, column: string): string | null | undefined {
  return flattenRecord(record)[CSV_COLUMNS.indexOf(column)];
}

describe("columnName", () => {
  const names: [string, string][] = [
    ["part4.contactPhone", "part4_contact_phone"],
    ["filing.accessionNumber", "filing_accession_number"],
    ["filing.cik", "filing_cik"],
    ["schemaVersion", "schema_version"],
    ["form.reportTypes", "form_report_types"],
    ["form.transitionPeriodEnded", "form_transition_period_ended"],
    ["registrant.cityStateZip", "registrant_city_state_zip"],
    ["part2.reliefClaimed", "part2_relief_claimed"],
    ["auditorLetter.firm", "auditor_letter_firm"],
    ["signature.registrantName", "signature_registrant_name"],
  ];
  for (const [path, column] of names) {
    it(`${path} → ${column}`, () => {
      expect(columnName(path)).toBe(column);
    });
  }
});

describe("CSV columns", () => {
  it("begin with the SPEC.md fields in the SPEC's order", () => {
    expect(CSV_PATHS.slice(0, SPEC_PATHS.length)).toEqual(SPEC_PATHS);
    expect(CSV_COLUMNS.slice(0, SPEC_PATHS.length)).toEqual(SPEC_PATHS.map(columnName));
  });

  it("leave out evidence and warnings and end with warning_count", () => {
    expect(CSV_COLUMNS.at(-1)).toBe("warning_count");
    expect(CSV_COLUMNS.filter((c) => /evidence|^warnings/.test(c))).toEqual([]);
  });

  it("are unique", () => {
    expect(new Set(CSV_COLUMNS).size).toBe(CSV_COLUMNS.length);
  });
});

describe("flattenRecord", () => {
  const record = emptyRecord("archive.tar.gz!nt/0000950116-98-000612.txt", "ab".repeat(32), "text");
  record.form.reportTypes = ["10-K", "10-KSB"];
  record.form.amendment = true;
  record.form.transition = false;
  record.part2.reliefClaimed = true;
  record.part3.narrative = "First paragraph.\n\nSecond paragraph, with a comma.";
  record.part4.contactPhone = "(847) 555-0142";
  record.reasons = ["auditor", "restatement"];
  record.evidence["part4.contactPhone"] = { line: 70, column: 1, text: "(847) 555-0142" };
  record.warnings = [
    { path: "form.periodEnded", message: "no period ended is given", line: null, column: null, ruleId: "field-missing" },
    { path: null, message: "the notice may end early", line: 12, column: 1, ruleId: "section-missing" },
  ];

  it("gives one cell per column", () => {
    expect(flattenRecord(record)).toHaveLength(CSV_COLUMNS.length);
  });

  it("joins arrays with |", () => {
    expect(cellOf(record, "form_report_types")).toBe("10-K|10-KSB");
    expect(cellOf(record, "reasons")).toBe("auditor|restatement");
  });

  it("writes an empty array as an empty cell, not null", () => {
    const empty = emptyRecord("x.txt", "0".repeat(64), "text");
    expect(cellOf(empty, "form_report_types")).toBe("");
  });

  it("writes booleans as true/false and null as null", () => {
    expect(cellOf(record, "form_amendment")).toBe("true");
    expect(cellOf(record, "form_transition")).toBe("false");
    expect(cellOf(record, "part2_relief_claimed")).toBe("true");
    expect(cellOf(record, "part4_other_reports_filed")).toBeNull();
  });

  it("reads through a null auditor letter as null cells", () => {
    expect(record.auditorLetter).toBeNull();
    expect(cellOf(record, "auditor_letter_firm")).toBeNull();
    expect(cellOf(record, "auditor_letter_date")).toBeNull();
    expect(cellOf(record, "auditor_letter_text")).toBeNull();
  });

  it("fills the letter's cells when there is one", () => {
    const withLetter = { ...record, auditorLetter: { firm: "Pruett & Lowry", date: "1998-03-30", text: "We have read…" } };
    expect(cellOf(withLetter, "auditor_letter_firm")).toBe("Pruett & Lowry");
    expect(cellOf(withLetter, "auditor_letter_date")).toBe("1998-03-30");
  });

  it("keeps long texts whole, paragraph breaks included", () => {
    expect(cellOf(record, "part3_narrative")).toBe("First paragraph.\n\nSecond paragraph, with a comma.");
  });

  it("writes values as they are (spreadsheet protection is the writer's job)", () => {
    expect(cellOf(record, "part4_contact_phone")).toBe("(847) 555-0142");
    expect(cellOf(record, "source_path")).toBe("archive.tar.gz!nt/0000950116-98-000612.txt");
    expect(cellOf(record, "schema_version")).toBe("1");
  });

  it("counts the warnings", () => {
    expect(cellOf(record, "warning_count")).toBe("2");
  });

  it("getPath reads dotted paths and stops at null", () => {
    expect(getPath(record, "part4.contactPhone")).toBe("(847) 555-0142");
    expect(getPath(record, "auditorLetter.firm")).toBeNull();
    expect(getPath(record, "no.such.path")).toBeNull();
  });
});
