import { describe, expect, it } from "vitest";
import { readEnvelope } from "../../src/envelope/read-envelope.js";
import { selectDocuments, type DocumentSelection } from "../../src/envelope/select-documents.js";
import { loadFixture } from "./envelope-fixtures.js";

function select(text: string): DocumentSelection {
  return selectDocuments(readEnvelope(text), text);
}

function selectFixture(name: string): DocumentSelection & { text: string } {
  const { text } = loadFixture(name);
  return { ...select(text), text };
}

describe("selectDocuments: notices", () => {
  it("picks the NT 10-K and its EX-99 accountant's letter in a PEM submission (LF and CRLF)", () => {
    for (const name of ["submission-1997-pem.txt", "submission-1997-pem-crlf.txt"]) {
      const s = selectFixture(name);
      expect(s.skipReason).toBeNull();
      expect(s.notice?.type).toBe("NT 10-K");
      expect(s.letters.map((l) => l.type)).toEqual(["EX-99"]);
    }
  });

  it("in a .nc NT 10-Q takes the HTML letter, not the press release, the graphic or the PDF", () => {
    const s = selectFixture("nc-nt10q.nc");
    expect(s.notice?.filename).toBe("form12b-25.htm");
    expect(s.letters.map((l) => l.type)).toEqual(["EX-99.1"]);
  });

  it("picks the IMS-header NT 10-Q and the NT 10-K/A envelope (LF and CR-only)", () => {
    expect(selectFixture("ims-header-1994.txt").notice?.type).toBe("NT 10-Q");
    expect(selectFixture("document-nt10ka.htm").notice?.type).toBe("NT 10-K/A");
    expect(selectFixture("document-nt10ka-cr.htm").notice?.type).toBe("NT 10-K/A");
  });

  it("takes bare documents by their printed markers, in any encoding", () => {
    for (const name of [
      "bare-nt10k.txt",
      "real/excerpt-001.txt",
      "bare-cp1252.txt",
      "bare-utf16le-bom.txt",
      "bare-utf16be-bom.txt",
    ]) {
      const s = selectFixture(name);
      expect(s.skipReason, name).toBeNull();
      expect(s.notice, name).toMatchObject({ type: null, bodyStart: 0, bodyEnd: s.text.length });
      expect(s.letters).toEqual([]);
    }
  });

  it("takes an unclosed notice and the letter after it", () => {
    const s = selectFixture("unclosed-text.txt");
    expect(s.notice?.type).toBe("NT 10-Q");
    expect(s.letters.map((l) => l.type)).toEqual(["EX-99"]);
  });

  it("reads markers through HTML markup when a bare HTML notice has no envelope", () => {
    const style = `<style>${"p{margin:0}".repeat(800)}</style>`;
    const html = `<html><head>${style}</head><body><p><b>FORM&nbsp;12b-25</b></p><p>NOTIFICATION<br>OF LATE FILING</p><p>(Check One): &#9746; Form 10-K &#9744; Form 10-Q</p><p>For Period Ended: December 31, 2024</p></body></html>`;
    expect(select(html).notice).not.toBeNull();
  });

  it("takes an untyped <DOCUMENT> by its markers", () => {
    const text = "<DOCUMENT>\n<TEXT>\nNOTIFICATION OF LATE FILING\n(Check One): [X] Form 10-K\nPART I - REGISTRANT INFORMATION\n</TEXT>\n</DOCUMENT>\n";
    expect(select(text).notice?.type).toBeNull();
    expect(select(text).skipReason).toBeNull();
  });
});

describe("selectDocuments: skips", () => {
  it("skips the real non-NT submissions naming their type", () => {
    for (const [name, type] of [
      ["real/0000950129-95-001652.txt", "24F-2NT"],
      ["real/0001127602-25-001055.txt", "4"],
      ["real/0002002260-24-000001.nc", "D"],
    ] as const) {
      const s = selectFixture(name);
      expect(s.notice).toBeNull();
      expect(s.letters).toEqual([]);
      expect(s.skipReason?.ruleId).toBe("not-12b25");
      expect(s.skipReason?.reason).toContain(type);
    }
  });

  it("skips an NT header without documents as a missing notice", () => {
    expect(selectFixture("header-only.txt").skipReason?.ruleId).toBe("envelope-notice-missing");
  });

  it("skips empty and blank input", () => {
    expect(select("").skipReason?.ruleId).toBe("empty-input");
    expect(select(" \r\n\t\n").skipReason?.ruleId).toBe("empty-input");
    expect(select("<DOCUMENT>\n<TYPE>NT 10-K\n<TEXT>\n  \n</TEXT>\n</DOCUMENT>\n").skipReason?.ruleId).toBe("empty-input");
  });

  it("skips text without the form's markers, and with a single marker", () => {
    expect(select("Quarterly report pursuant to Section 13 of the Exchange Act.\n").skipReason?.ruleId).toBe("not-12b25");
    expect(select("We filed a Form 12b-25 last week.\n").skipReason?.ruleId).toBe("not-12b25");
  });

  it("skips a document envelope typed outside the NT family", () => {
    const s = select("<DOCUMENT>\n<TYPE>10-K\n<TEXT>\nNOTIFICATION OF LATE FILING (Check One) 12b-25\n</TEXT>\n</DOCUMENT>\n");
    expect(s.skipReason?.ruleId).toBe("not-12b25");
    expect(s.skipReason?.reason).toContain("10-K");
  });

  it("skips an NT document whose body is only a PDF", () => {
    const s = select("<DOCUMENT>\n<TYPE>NT 10-K\n<TEXT>\n<PDF>\nbegin 644 x.pdf\nM\n`\nend\n</PDF>\n</TEXT>\n</DOCUMENT>\n");
    expect(s.skipReason?.ruleId).toBe("envelope-notice-missing");
  });

  it("skips a header-less input with no documents and no markers", () => {
    expect(select("<SEC-DOCUMENT>x.txt : 20010101\n</SEC-DOCUMENT>\n").skipReason?.ruleId).toBe("not-12b25");
  });
});
