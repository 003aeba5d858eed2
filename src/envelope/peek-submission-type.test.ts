import { describe, expect, it } from "vitest";
import { peekSubmissionType } from "./peek-submission-type.js";

describe("peekSubmissionType", () => {
  it("reads CONFORMED SUBMISSION TYPE from a text header", () => {
    const head = "<SEC-DOCUMENT>x.txt : 19960102\n<SEC-HEADER>x\nACCESSION NUMBER:\t\t0000950129-95-001652\nCONFORMED SUBMISSION TYPE:\t24F-2NT\n";
    expect(peekSubmissionType(head)).toBe("24F-2NT");
  });
  it("prefers the header over a document's <TYPE>", () => {
    expect(peekSubmissionType("CONFORMED SUBMISSION TYPE:\tNT 10-K\r\n<DOCUMENT>\r\n<TYPE>EX-99\r\n")).toBe("NT 10-K");
  });
  it("reads the .nc <SUBMISSION> header's <TYPE>", () => {
    expect(peekSubmissionType("<SUBMISSION>\n<ACCESSION-NUMBER>0002002260-24-000001\n<TYPE>D\n<FILER>\n")).toBe("D");
  });
  it("reads the first document's <TYPE> and collapses blanks", () => {
    expect(peekSubmissionType("<DOCUMENT>\r<TYPE>NT  10-K/A \r<SEQUENCE>1\r")).toBe("NT 10-K/A");
  });
  it("returns null for a bare document and for an empty type", () => {
    expect(peekSubmissionType("FORM 12B-25 NOTIFICATION OF LATE FILING\n")).toBeNull();
    expect(peekSubmissionType("<DOCUMENT>\n<TYPE>\n<TYPE>NT 10-Q\n")).toBe("NT 10-Q");
    expect(peekSubmissionType("")).toBeNull();
    // Lower-case tags are not EDGAR's; the envelope reader takes such input as bare.
    expect(peekSubmissionType("<type>NT 10-K\n")).toBeNull();
  });
});
