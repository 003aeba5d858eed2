import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseFiling } from "../../src/parse-filing.js";
import type { ParseResult } from "../../src/parse-filing-types.js";

/** Root of the constructed fixtures. */
export const CONSTRUCTED = join(import.meta.dirname, "..", "..", "fixtures", "constructed");

/** A warning a record must carry: its ruleId and the SPEC path it is about. */
export interface ExpectedWarning {
  ruleId: string;
  path: string;
}

/** One constructed fixture and the values a correct reading of it gives. */
export interface FixtureCase {
  /** Path under fixtures/constructed. */
  fixture: string;
  /** The layout variation the fixture shows. */
  variation: string;
  /** Expected value of each SPEC path the fixture shows (or leaves out). */
  fields: Record<string, unknown>;
  /** Warnings the record must carry (a notice that ends early). */
  warnings?: ExpectedWarning[];
  /** The notice is complete: no `section-missing` warning is allowed. */
  complete: boolean;
}

/** The filing.* fields of a plain-text input without an EDGAR header. */
export const HEADERLESS: Record<string, unknown> = {
  "source.format": "text",
  "filing.accessionNumber": null,
  "filing.submissionType": null,
  "filing.filedDate": null,
  "filing.cik": null,
  "filing.companyName": null,
  "filing.sic": null,
  "filing.stateOfIncorporation": null,
  "filing.fiscalYearEnd": null,
  "filing.fileNumber": null,
};

/** A plain-text input without an EDGAR header and without an accountant's letter. */
export const BARE_NOTICE: Record<string, unknown> = { ...HEADERLESS, auditorLetter: null };

/** The Part IV (2)/(3) answers of most fixtures: reports filed, no significant change. */
export const ALL_FILED_NO_CHANGE: Record<string, unknown> = {
  "part4.otherReportsFiled": true,
  "part4.reportsNotFiled": null,
  "part4.significantChange": false,
  "part4.changeExplanation": null,
};

const cache = new Map<string, ParseResult>();

/** Parses a constructed fixture once per test file. */
export function parseFixture(fixture: string): ParseResult {
  let result = cache.get(fixture);
  if (!result) {
    result = parseFiling(readFileSync(join(CONSTRUCTED, fixture)), { path: `constructed/${fixture}` });
    cache.set(fixture, result);
  }
  return result;
}

/** Reads a dotted SPEC path of a record (undefined when a step is missing). */
export function valueAt(record: unknown, path: string): unknown {
  let cur: unknown = record;
  for (const part of path.split(".")) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

/** Key of one assertion in the pending list: `fixture#path`. */
export function caseKey(fixture: string, path: string): string {
  return `${fixture}#${path}`;
}
