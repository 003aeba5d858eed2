import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseFiling } from "../../src/parse-filing.js";
import type { Evidence, NtRecord } from "../../src/record/types.js";

/**
 * Evidence of fixtures/samples/igene-nt10k-1998.txt: each field's line and
 * column must point at its value in the file. Expected positions are found
 * by searching the file's text for the value (after an anchor that makes the
 * occurrence unique) and counting lines by hand.
 */
const FILE = join(import.meta.dirname, "..", "..", "fixtures", "samples", "igene-nt10k-1998.txt");
const text = readFileSync(FILE, "utf8");

/** 1-based line and column of an offset (CR, LF and CRLF end lines; columns in UTF-16 units). */
function position(offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) continue;
    if (c === 10 || c === 13) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Offset of `value`, searched from the end of `anchor` (from the file's start without one). */
function find(value: string, anchor?: string): number {
  const from = anchor === undefined ? 0 : text.indexOf(anchor);
  if (from < 0) throw new Error(`anchor not in the file: ${anchor}`);
  const at = text.indexOf(value, anchor === undefined ? 0 : from + anchor.length);
  if (at < 0) throw new Error(`value not in the file: ${value}`);
  return at;
}

/** path → [the value as written in the file, an anchor before it]. */
const WHERE: Record<string, [string, string?]> = {
  "form.reportTypes": ["x", "(Check One):"],
  "form.periodEnded": ["December 31, 1997", "For Period Ended:"],
  "registrant.name": ["IGENE Biotechnology, Inc.", "Full Name of Registrant:"],
  "registrant.address": ["9110 Red Branch Road"],
  "registrant.cityStateZip": ["Columbia, Maryland 21045-2024"],
  "part2.reliefClaimed": ["x", "(Check box if \nappropriate)"],
  "part4.contactName": ["Stephen F. Hiu", "regard to this \nnotification\n"],
  "part4.contactPhone": ["410-997-2599"],
  "part4.otherReportsFiled": ["YES", "identify report(s).   \n"],
  "part4.significantChange": ["NO", "or portion \nthereof?  \n"],
  "signature.registrantName": ["IGENE Biotechnology, Inc.", "Name of Registrant as Specified in Charter:"],
  "signature.date": ["March 25, 1998", "Date:"],
  "signature.name": ["Stephen F. Hiu, Ph.D.", "By:\t/s/ "],
  "signature.title": ["President", "Stephen F. Hiu, Ph.D., "],
  "auditorLetter.date": ["March 23, 1998"],
  "auditorLetter.text": ["We are the independent auditors", "To Whom It May Concern:"],
  "auditorLetter.firm": ["Berenson & Company LLP", "Respectfully yours,\n\n/s/ "],
};

let record: NtRecord;
beforeAll(() => {
  const result = parseFiling(readFileSync(FILE), { path: "samples/igene-nt10k-1998.txt" });
  if (result.kind !== "record") throw new Error("the sample yields no record");
  record = result.record;
});

function evidenceOf(path: string): Evidence | undefined {
  const ev = record.evidence[path];
  return Array.isArray(ev) ? ev[0] : ev;
}

describe("evidence positions in fixtures/samples/igene-nt10k-1998.txt", () => {
  for (const [path, [value, anchor]] of Object.entries(WHERE)) {
    it(`${path} points at ${JSON.stringify(value)}`, () => {
      const ev = evidenceOf(path);
      expect(ev, `evidence for ${path}`).toBeDefined();
      const at = find(value, anchor);
      expect({ line: ev?.line, column: ev?.column }).toEqual(position(at));
    });
  }

  it("the anchors find the occurrence the tests mean (sanity of the expectations)", () => {
    expect(position(find("9110 Red Branch Road"))).toEqual({ line: 39, column: 31 });
    expect(position(find("x", "(Check box if \nappropriate)"))).toEqual({ line: 47, column: 18 });
    expect(position(find("Berenson & Company LLP", "Respectfully yours,\n\n/s/ ")).line).toBe(167);
  });

  it("evidence text is the span as written, white space collapsed", () => {
    expect(evidenceOf("form.periodEnded")?.text).toBe("December 31, 1997");
    expect(evidenceOf("registrant.address")?.text).toBe("9110 Red Branch Road");
    expect(evidenceOf("part4.contactPhone")?.text).toBe("410-997-2599");
    expect(evidenceOf("signature.date")?.text).toBe("March 25, 1998");
    expect(evidenceOf("auditorLetter.date")?.text).toBe("March 23, 1998");
    expect(evidenceOf("form.reportTypes")?.text).toBe("x Form 10-K");
  });

  it("every value the record holds has evidence", () => {
    for (const path of Object.keys(WHERE)) expect(record.evidence, path).toHaveProperty([path]);
  });
});
