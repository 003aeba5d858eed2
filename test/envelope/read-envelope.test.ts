import { describe, expect, it } from "vitest";
import { readEnvelope } from "../../src/envelope/read-envelope.js";
import type { Envelope, EnvelopeDocument } from "../../src/envelope/envelope-types.js";
import { loadFixture, offsetOf } from "./envelope-fixtures.js";

/** The body of a document. */
function body(text: string, d: EnvelopeDocument | undefined): string {
  if (!d) throw new Error("no document");
  return text.slice(d.bodyStart, d.bodyEnd);
}

/** Each header evidence span must hold the raw value it was read from. */
function evidenceText(text: string, env: Envelope): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, s] of Object.entries(env.header?.evidence ?? {})) out[k] = text.slice(s.start, s.end);
  return out;
}

function ruleIds(env: Envelope): string[] {
  return env.warnings.map((w) => w.ruleId);
}

describe("readEnvelope: full submission with PEM wrapper and SEC-HEADER (1997)", () => {
  const { text } = loadFixture("submission-1997-pem.txt");
  const env = readEnvelope(text);

  it("reads the header; the filer is the first of two FILER blocks", () => {
    expect(env.kind).toBe("submission");
    const { evidence, ...fields } = env.header ?? { evidence: {} };
    expect(fields).toEqual({
      accessionNumber: "0000912057-97-011234",
      submissionType: "NT 10-K",
      filedDate: "1997-03-31",
      cik: "0000876543",
      companyName: "HARBOR BIOLOGICS INC",
      sic: "2836",
      stateOfIncorporation: "DE",
      fiscalYearEnd: "1231",
      fileNumber: "000-21234",
      period: "1996-12-31",
    });
    expect(Object.keys(evidence).sort()).toEqual(Object.keys(fields).sort());
    expect(env.warnings).toEqual([]);
  });

  it("gives header evidence spans that hold the values as written", () => {
    expect(evidenceText(text, env)).toEqual({
      accessionNumber: "0000912057-97-011234",
      submissionType: "NT 10-K",
      filedDate: "19970331",
      period: "19961231",
      cik: "0000876543",
      companyName: "HARBOR BIOLOGICS INC",
      sic: "2836",
      stateOfIncorporation: "DE",
      fiscalYearEnd: "1231",
      fileNumber: "000-21234",
    });
  });

  it("reads both documents with exact body offsets", () => {
    expect(env.documents.map((d) => [d.type, d.sequence, d.description, d.bodyKind])).toEqual([
      ["NT 10-K", "1", "FORM 12B-25", "text"],
      ["EX-99", "2", "ACCOUNTANT'S STATEMENT", "text"],
    ]);
    const [notice, letter] = env.documents;
    const nb = body(text, notice);
    expect(nb.startsWith("\n<PAGE>   1\n")).toBe(true);
    expect(nb.endsWith("Jane Q. Doe, Chief Financial Officer\n")).toBe(true);
    expect(text.slice(notice?.bodyEnd, (notice?.bodyEnd ?? 0) + 7)).toBe("</TEXT>");
    expect(text.slice(notice?.start, (notice?.start ?? 0) + 10)).toBe("<DOCUMENT>");
    expect(text.slice((notice?.end ?? 0) - 11, notice?.end)).toBe("</DOCUMENT>");
    expect(body(text, letter).endsWith("/s/ Smith & Jones LLP\n")).toBe(true);
    const ev = letter?.evidence["type"];
    expect(ev && text.slice(ev.start, ev.end)).toBe("EX-99");
  });

  it("gives the same values and matching offsets for the CRLF copy", () => {
    const crlf = loadFixture("submission-1997-pem-crlf.txt").text;
    const env2 = readEnvelope(crlf);
    const strip = (e: Envelope) => {
      const { evidence: _e, ...rest } = e.header ?? { evidence: {} };
      return rest;
    };
    expect(strip(env2)).toEqual(strip(env));
    expect(evidenceText(crlf, env2)).toEqual(evidenceText(text, env));
    expect(env2.documents.map((d) => body(crlf, d).replaceAll("\r\n", "\n"))).toEqual(
      env.documents.map((d) => body(text, d)),
    );
    expect(env2.warnings).toEqual([]);
  });
});

describe("readEnvelope: 1990s IMS-HEADER", () => {
  const { text } = loadFixture("ims-header-1994.txt");
  const env = readEnvelope(text);

  it("reads an IMS header: bare SIC, short CIK padded, flattened FORMER COMPANY line", () => {
    expect(env.kind).toBe("submission");
    expect(env.header).toMatchObject({
      accessionNumber: "0000950109-94-000456",
      submissionType: "NT 10-Q",
      filedDate: "1994-08-15",
      period: "1994-06-30",
      cik: "0000045678",
      companyName: "OLD COLONY MILLS CORP",
      sic: "2211",
      stateOfIncorporation: "MA",
      fileNumber: "0-4567",
    });
    expect(evidenceText(text, env)["cik"]).toBe("45678");
  });

  it("leaves an impossible fiscal year end null with a warning at its value", () => {
    expect(env.header?.fiscalYearEnd).toBeNull();
    const w = env.warnings.find((x) => x.ruleId === "envelope-header-unreadable");
    expect(w && text.slice(offsetOf(text, w), offsetOf(text, w) + 4)).toBe("0231");
  });

  it("reads the document", () => {
    expect(env.documents).toHaveLength(1);
    expect(env.documents[0]?.type).toBe("NT 10-Q");
    expect(body(text, env.documents[0]).endsWith("Full Name of Registrant: Old Colony Mills Corp.\n")).toBe(true);
  });
});

describe("readEnvelope: dissemination-feed .nc", () => {
  const { text } = loadFixture("nc-nt10q.nc");
  const env = readEnvelope(text);

  it("reads the tag header", () => {
    expect(env.kind).toBe("nc");
    const { evidence: _e, ...fields } = env.header ?? { evidence: {} };
    expect(fields).toEqual({
      accessionNumber: "0001493152-24-019876",
      submissionType: "NT 10-Q",
      filedDate: "2024-05-15",
      cik: "0001834567",
      companyName: "Blue Lantern Therapeutics, Inc.",
      sic: "2834",
      stateOfIncorporation: "NV",
      fiscalYearEnd: "1231",
      fileNumber: "001-41234",
      period: "2024-03-31",
    });
    expect(evidenceText(text, env)["filedDate"]).toBe("20240515");
  });

  it("reads the documents and marks the uuencoded and PDF bodies as not text", () => {
    expect(env.documents.map((d) => [d.type, d.filename, d.bodyKind])).toEqual([
      ["NT 10-Q", "form12b-25.htm", "text"],
      ["EX-99.1", "ex99-1.htm", "text"],
      ["EX-99.2", "ex99-2.htm", "text"],
      ["GRAPHIC", "logo.jpg", "uuencoded"],
      ["EX-99.3", "ex99-3.pdf", "pdf"],
    ]);
    expect(body(text, env.documents[0]).startsWith("<html><head><title>NT 10-Q</title>")).toBe(true);
    expect(ruleIds(env)).toEqual(["envelope-body-not-text", "envelope-body-not-text"]);
    expect(env.warnings[0] && offsetOf(text, env.warnings[0])).toBe(env.documents[3]?.bodyStart);
  });
});

describe("readEnvelope: other shapes", () => {
  it("takes a bare document as one untyped document spanning the text", () => {
    const { text } = loadFixture("bare-nt10k.txt");
    const env = readEnvelope(text);
    expect(env).toMatchObject({ kind: "bare", header: null, warnings: [] });
    expect(env.documents).toHaveLength(1);
    expect(env.documents[0]).toMatchObject({ type: null, bodyStart: 0, bodyEnd: text.length, bodyKind: "text" });
  });

  it("reads a <DOCUMENT> envelope whose <TEXT> shares its line with the body (NT 10-K/A)", () => {
    const { text } = loadFixture("document-nt10ka.htm");
    const env = readEnvelope(text);
    expect(env.kind).toBe("document");
    expect(env.header).toBeNull();
    expect(env.documents.map((d) => [d.type, d.filename, d.description])).toEqual([
      ["NT 10-K/A", "ntk-a.htm", "AMENDMENT NO. 1 TO NOTIFICATION OF LATE FILING"],
    ]);
    const b = body(text, env.documents[0]);
    expect(b.startsWith("<HTML><BODY>\n")).toBe(true);
    expect(b.endsWith("</BODY></HTML>")).toBe(true);
  });

  it("reads CR-only line endings with the same offsets as LF", () => {
    const lf = loadFixture("document-nt10ka.htm").text;
    const cr = loadFixture("document-nt10ka-cr.htm").text;
    const a = readEnvelope(lf);
    const b = readEnvelope(cr);
    expect(b.documents.map(({ bodyStart, bodyEnd, type }) => ({ bodyStart, bodyEnd, type }))).toEqual(
      a.documents.map(({ bodyStart, bodyEnd, type }) => ({ bodyStart, bodyEnd, type })),
    );
    expect(b.warnings).toEqual([]);
  });

  it("ends an unclosed <TEXT> at the next <DOCUMENT>, with a warning", () => {
    const { text } = loadFixture("unclosed-text.txt");
    const env = readEnvelope(text);
    expect(env.documents.map((d) => d.type)).toEqual(["NT 10-Q", "EX-99"]);
    expect(body(text, env.documents[0])).toBe("FORM 12b-25 NOTIFICATION OF LATE FILING\n(Check One): [ ] Form 10-K [X] Form 10-Q\n");
    expect(env.documents[0]?.end).toBe(env.documents[1]?.start);
    expect(ruleIds(env)).toEqual(["envelope-text-unclosed"]);
    const at = env.warnings[0] ? offsetOf(text, env.warnings[0]) : -1;
    expect(text.slice(at, at + 6)).toBe("<TEXT>");
  });

  it("reads a header without body: no documents, a warning, a state written out in full kept as written", () => {
    const { text } = loadFixture("header-only.txt");
    const env = readEnvelope(text);
    expect(env.kind).toBe("submission");
    expect(env.documents).toEqual([]);
    expect(env.header).toMatchObject({ submissionType: "NT 10-K", companyName: "EMPTY SHELL CORP", sic: null, stateOfIncorporation: "DELAWARE" });
    expect(ruleIds(env)).toEqual(["envelope-no-documents"]);
  });

  it("reads the real 24F-2NT submission: empty SIC brackets are null without a warning", () => {
    const { text } = loadFixture("real/0000950129-95-001652.txt");
    const env = readEnvelope(text);
    expect(env.kind).toBe("submission");
    expect(env.header).toMatchObject({
      accessionNumber: "0000950129-95-001652",
      submissionType: "24F-2NT",
      filedDate: "1995-12-28",
      period: "1995-10-31",
      cik: "0000810271",
      companyName: "COMMON SENSE TRUST",
      sic: null,
      stateOfIncorporation: "MA",
      fiscalYearEnd: "1031",
      fileNumber: "033-11716",
    });
    expect(env.documents.map((d) => [d.type, d.sequence])).toEqual([
      ["24F-2NT", "1"],
      ["EX-99.11", "2"],
    ]);
    expect(env.warnings).toEqual([]);
  });

  it("reads the real Form 4: the first section (reporting owner) gives the filer values", () => {
    const { text } = loadFixture("real/0001127602-25-001055.txt");
    const env = readEnvelope(text);
    expect(env.header).toMatchObject({
      submissionType: "4",
      companyName: "Garascia Jessica A.",
      cik: "0001806647",
      fileNumber: "001-06263",
      sic: null,
    });
    expect(env.documents.map((d) => [d.type, d.filename])).toEqual([
      ["4", "form4.xml"],
      ["EX-24", "doc1.htm"],
    ]);
    const last = env.documents[1];
    expect(text.slice(last?.bodyEnd, (last?.bodyEnd ?? 0) + 7)).toBe("</TEXT>");
  });

  it("reads the real .nc Form D", () => {
    const { text } = loadFixture("real/0002002260-24-000001.nc");
    const env = readEnvelope(text);
    expect(env.kind).toBe("nc");
    expect(env.header).toMatchObject({
      accessionNumber: "0002002260-24-000001",
      submissionType: "D",
      filedDate: "2024-01-11",
      cik: "0002002260",
      companyName: "VEPF VIII Co-Invest 4-A, L.P.",
      stateOfIncorporation: "DE",
      fiscalYearEnd: "1231",
      fileNumber: "021-502201",
      period: null,
    });
    expect(env.documents.map((d) => [d.type, d.filename])).toEqual([["D", "primary_doc.xml"]]);
    expect(body(text, env.documents[0]).startsWith("<XML>\n<?xml")).toBe(true);
  });

  it("reads a document without <TEXT>: the lines after its head are the body", () => {
    const text = "<DOCUMENT>\n<TYPE>NT 10-K\n<SEQUENCE>1\nFORM 12b-25\n</DOCUMENT>\n";
    const env = readEnvelope(text);
    expect(body(text, env.documents[0])).toBe("FORM 12b-25\n");
    expect(ruleIds(env)).toEqual(["envelope-text-missing"]);
  });

  it("takes the first value of a repeated head tag and collapses blanks", () => {
    const text = "<DOCUMENT>\n<TYPE>NT  10-Q <SEQUENCE>1\n<TYPE>EX-99\n<TEXT>\nx\n</TEXT>\n</DOCUMENT>\n";
    const env = readEnvelope(text);
    expect(env.documents[0]).toMatchObject({ type: "NT 10-Q", sequence: "1" });
    const ev = env.documents[0]?.evidence["type"];
    expect(ev && text.slice(ev.start, ev.end)).toBe("NT  10-Q");
  });

  it("handles empty input and junk without throwing", () => {
    expect(readEnvelope("")).toMatchObject({ kind: "bare", documents: [{ bodyStart: 0, bodyEnd: 0 }] });
    for (const junk of ["<DOCUMENT>", "<SEC-HEADER>", "<SUBMISSION>", "<DOCUMENT>\n<TEXT>", "</TEXT><TEXT><DOCUMENT>", "\r\r\n\n<DOCUMENT>\r<TEXT>\r"]) {
      const env = readEnvelope(junk);
      for (const d of env.documents) {
        expect(d.bodyStart).toBeGreaterThanOrEqual(0);
        expect(d.bodyEnd).toBeGreaterThanOrEqual(d.bodyStart);
        expect(d.bodyEnd).toBeLessThanOrEqual(junk.length);
      }
    }
  });
});
