import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeBytes } from "../../src/input/decode-bytes.js";
import { peekSubmissionType } from "../../src/envelope/peek-submission-type.js";
import { readEnvelope } from "../../src/envelope/read-envelope.js";
import { selectDocuments } from "../../src/envelope/select-documents.js";
import { offsetOf } from "./envelope-fixtures.js";
import { cpuMs } from "../helpers/fuzz-timing.js";

const RUNS = Number(process.env["FUZZ_RUNS"] ?? 300);

/** Pieces that make envelope-like junk. */
const TOKENS = [
  "<DOCUMENT>", "</DOCUMENT>", "<TEXT>", "</TEXT>", "<TYPE>", "NT 10-K", "EX-99", "<SEQUENCE>1", "<FILENAME>a.htm",
  "<SEC-DOCUMENT>", "</SEC-DOCUMENT>", "<SEC-HEADER>", "</SEC-HEADER>", "<IMS-HEADER>", "<SUBMISSION>", "</SUBMISSION>",
  "CONFORMED SUBMISSION TYPE:\t", "FILER:", "\tCOMPANY DATA:", "CENTRAL INDEX KEY:\t123", "FILED AS OF DATE:\t19990231",
  "STANDARD INDUSTRIAL CLASSIFICATION:\tX [2836]", "<CIK>", "<FILER>", "</FILER>", "<PDF>", "begin 644 x",
  "NOTIFICATION OF LATE FILING", "12b-25", "Check One", "To Whom It May Concern", "independent auditors",
  "-----END PRIVACY-ENHANCED MESSAGE-----", "&nbsp;", "&#9746;", "<p>", "<style>", "<!--", "\n", "\r\n", "\r", "\t", " ", ":", "<", ">", "é",
];

function checkInvariants(text: string): void {
  const env = readEnvelope(text);
  let prevEnd = 0;
  for (const d of env.documents) {
    expect(d.start).toBeGreaterThanOrEqual(prevEnd);
    expect(d.bodyStart).toBeGreaterThanOrEqual(d.start);
    expect(d.bodyEnd).toBeGreaterThanOrEqual(d.bodyStart);
    expect(d.end).toBeGreaterThanOrEqual(d.bodyEnd);
    expect(d.end).toBeLessThanOrEqual(text.length);
    prevEnd = d.end;
    for (const s of Object.values(d.evidence)) expect(text.slice(s.start, s.end).length).toBeGreaterThan(0);
  }
  for (const s of Object.values(env.header?.evidence ?? {})) {
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeLessThanOrEqual(text.length);
    expect(s.end).toBeGreaterThan(s.start);
  }
  for (const w of env.warnings) expect(offsetOf(text, w)).toBeLessThanOrEqual(text.length);
  const sel = selectDocuments(env, text);
  expect(sel.notice === null).toBe(sel.skipReason !== null);
  peekSubmissionType(text);
}

describe("envelope robustness", () => {
  it("never throws and keeps offsets in bounds on envelope-like junk", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TOKENS), { maxLength: 120 }), (parts) => checkInvariants(parts.join(""))),
      { numRuns: RUNS },
    );
  });

  it("never throws on arbitrary bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => checkInvariants(decodeBytes(bytes).text)),
      { numRuns: RUNS },
    );
  });

  const adversarial: [string, string][] = [
    ["document lines without <TEXT>", "<DOCUMENT>\n".repeat(200_000)],
    ["unclosed <TEXT> in every document", "<DOCUMENT>\n<TYPE>EX-99\n<TEXT>\n".repeat(80_000)],
    ["<TEXT> far after many documents", "<DOCUMENT>\n<TYPE>X\n".repeat(100_000) + "<TEXT>\n"],
    ["header of section lines", "<SEC-HEADER>\n" + "FILER:\n\tCOMPANY DATA:\n".repeat(100_000)],
    ["header of colon-less long lines", "<SEC-HEADER>\n" + "A".repeat(2_000_000)],
    [".nc header of tags", "<SUBMISSION>\n" + "<FILER>\n<CIK>1\n".repeat(150_000)],
    ["ampersands", "&".repeat(2_000_000)],
    ["open angles", "<a".repeat(1_000_000)],
    ["unclosed comment and style", "<!--" + "x".repeat(500_000) + "<style>" + "y".repeat(1_000_000)],
    ["blank body", "<DOCUMENT>\n<TYPE>NT 10-K\n<TEXT>" + " ".repeat(2_000_000)],
  ];
  for (const [name, text] of adversarial) {
    it(`stays linear: ${name} (${(text.length / 1e6).toFixed(1)} M chars)`, () => {
      // CPU time, not the wall clock: a busy machine must not fail a linearity check.
      const t = process.cpuUsage();
      const env = readEnvelope(text);
      selectDocuments(env, text);
      peekSubmissionType(text);
      expect(cpuMs(t)).toBeLessThan(3000);
    });
  }
});
