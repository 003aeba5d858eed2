import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseFiling } from "../../src/parse-filing.js";
import { findDates } from "../../src/fields/read-date.js";
import { ALL_CASES } from "./cases/index.js";
import { caseKey } from "./fixture-case.js";
import { PENDING } from "./pending-list.js";
import { describeCases, EVIDENCE_CHECK, RECORD_CHECK, WARNINGS_CHECK } from "./run-cases.js";
import { recordOf } from "../helpers/parse-result.js";

/**
 * Known failures of the constructed fixtures (test/constructed/pending-list.ts
 * gives each one's diagnosis). These tests fail until the parser reads the
 * values right; then their entries leave the pending list.
 */
describe("constructed: pending", () => {
  it("lists only assertions that exist", () => {
    const known = new Set(
      ALL_CASES.flatMap((c) =>
        [...Object.keys(c.fields), RECORD_CHECK, WARNINGS_CHECK, EVIDENCE_CHECK].map((p) => caseKey(c.fixture, p)),
      ),
    );
    expect(Object.keys(PENDING).filter((k) => !known.has(k))).toEqual([]);
  });
  describeCases(ALL_CASES, "pending");
});

/**
 * Known failures found by the unit tests of test/unit/, kept here with the
 * constructed ones so that every open misreading is in one file.
 */
describe("unit: former misreadings (regressions)", () => {
  it(
    "a month name inside a word is no date — MONTH (date-patterns.ts) has no word boundary before the month, so " +
      "'Lamar 1998' reads as 1998-03 and 'Omar 5, 1998' as 1998-03-05",
    () => {
      expect(findDates("the Lamar 1998 Stock Option Plan")).toEqual([]);
      expect(findDates("Omar 5, 1998")).toEqual([]);
    },
  );

  it(
    "igene signature.registrantName evidence is the name, not 'IGENE Biotechnology, Inc. has' — " +
      "signature-values.ts setLineValue strips TRAILING_HAS from the value but ends the span at the sentence start",
    () => {
      const file = join(import.meta.dirname, "..", "..", "fixtures", "samples", "igene-nt10k-1998.txt");
      const record = recordOf(parseFiling(readFileSync(file), { path: "samples/igene-nt10k-1998.txt" }));
      expect(record?.evidence["signature.registrantName"]).toMatchObject({ text: "IGENE Biotechnology, Inc." });
    },
  );
});
