import { describe, expect, it } from "vitest";
import { indexCheck, submissionCheck, submissionsJsonCheck, type FileCheck } from "./file-checks.js";

function run(check: FileCheck, text: string, pieces = 3): string | null {
  const bytes = Buffer.from(text);
  const size = Math.ceil(bytes.length / pieces);
  for (let at = 0; at < bytes.length; at += size) check.update(bytes.subarray(at, at + size));
  return check.finish();
}

const SUBMISSION = [
  "<SEC-DOCUMENT>0001376339-20-000010.txt : 20200318",
  "<SEC-HEADER>0001376339-20-000010.hdr.sgml : 20200318",
  "ACCESSION NUMBER:\t\t0001376339-20-000010",
  "CONFORMED SUBMISSION TYPE:\tNT 10-K",
  "</SEC-HEADER>",
  "<DOCUMENT>",
  "<TYPE>NT 10-K",
  "<TEXT>",
  "x".repeat(100_000),
  "</TEXT>",
  "</DOCUMENT>",
  "</SEC-DOCUMENT>",
  "",
].join("\n");

describe("file checks", () => {
  it("accepts a whole submission with its accession number", () => {
    expect(run(submissionCheck("0001376339-20-000010"), SUBMISSION)).toBeNull();
    expect(run(submissionCheck("0001376339-20-000010"), SUBMISSION, 1000)).toBeNull();
  });

  it("refuses another accession, a submission cut short, and an empty body", () => {
    expect(run(submissionCheck("0001376339-20-000011"), SUBMISSION)).toMatch(/0001376339-20-000010/);
    expect(run(submissionCheck("0001376339-20-000010"), SUBMISSION.slice(0, 60_000))).toMatch(/closing/);
    expect(run(submissionCheck("0001376339-20-000010"), "")).not.toBeNull();
    expect(run(submissionCheck("0001376339-20-000010"), "<html>Too many requests</html>")).not.toBeNull();
  });

  it("accepts a dissemination-feed header naming the accession", () => {
    expect(run(submissionCheck("0000950123-24-000001"), "<SUBMISSION>\n<ACCESSION-NUMBER>0000950123-24-000001\n<TYPE>NT 10-Q\n")).toBeNull();
  });

  it("knows an index file by its dashed header line", () => {
    expect(run(indexCheck(), "Description: x\n\nForm Type   Company Name\n-----------------------------------\nNT 10-K  A  1  20200318  edgar/data/1/0000000001-20-000001.txt\n")).toBeNull();
    expect(run(indexCheck(), "<html>blocked</html>")).not.toBeNull();
  });

  it("wants submissions JSON to parse and to be about the CIK asked for", () => {
    expect(run(submissionsJsonCheck(1847577), JSON.stringify({ cik: "1847577", filings: {} }))).toBeNull();
    expect(run(submissionsJsonCheck(1847577), JSON.stringify({ cik: "1847578" }))).not.toBeNull();
    expect(run(submissionsJsonCheck(1847577), '{"cik": "18475')).not.toBeNull();
    expect(run(submissionsJsonCheck(null), JSON.stringify({ accessionNumber: [] }))).toBeNull();
    expect(run(submissionsJsonCheck(null), "[1]")).not.toBeNull();
  });
});
