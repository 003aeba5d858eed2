import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseFiling } from "../src/parse-filing.js";
import type { NtRecord } from "../src/record/types.js";

/**
 * Constructed notices in the layouts of the 2000s (Wingdings boxes by
 * `<font face>` and by `style`, glyphs in cells of their own, captions in
 * table cells, the signer named after "By:" without "/s/").
 */
const dir = join(import.meta.dirname, "..", "fixtures", "constructed");

function record(file: string): NtRecord {
  const result = parseFiling(readFileSync(join(dir, file)), { path: file });
  if (result.kind === "skip") throw new Error(`${file}: ${result.skip.ruleId}`);
  return result.record;
}

describe("2000s layouts", () => {
  it("reads Wingdings boxes set with <font face> (html2000s/wingdings-font-face-2005.htm)", () => {
    const r = record("html2000s/wingdings-font-face-2005.htm");
    expect(r.form.reportTypes).toEqual(["10-K"]);
    expect(r.form.periodEnded).toBe("2005-12-31");
    expect(r.form.transition).toBe(false);
    expect(r.form.secFileNumber).toBe("0-12345");
    expect(r.form.cusip).toBe("123456 10 7");
    expect(r.registrant).toEqual({ name: "Acme Widgets, Inc.", formerName: null, address: "100 Main Street, Suite 200", cityStateZip: "Springfield, Illinois 62701" });
    expect(r.part2.reliefClaimed).toBe(true);
    expect(r.part4).toMatchObject({ contactName: "John Q. Public", contactPhone: "(217) 555-0100", otherReportsFiled: true, significantChange: true });
    expect(r.signature).toEqual({ registrantName: "Acme Widgets, Inc.", date: "2006-03-31", name: "Jane Roe", title: "Chief Financial Officer" });
    expect(r.reasons).toContain("auditor");
    expect(r.intent.withinGracePeriod).toBe(true);
  });

  it("reads Wingdings boxes set by style, in cells of their own, marks after Yes/No (html2000s/wingdings-style-cells-2010.htm)", () => {
    const r = record("html2000s/wingdings-style-cells-2010.htm");
    expect(r.form.reportTypes).toEqual(["10-K"]);
    expect(r.form.periodEnded).toBe("2009-12-31");
    expect(r.form.secFileNumber).toBe("001-33444");
    expect(r.registrant).toEqual({ name: "Globex Energy Corp.", formerName: "Globex Resources, Inc.", address: "1 Energy Plaza, 12th Floor", cityStateZip: "Houston, Texas 77002" });
    expect(r.part4).toMatchObject({ contactName: "Mary Jones", otherReportsFiled: true, significantChange: true, changeDirection: "worse" });
    expect(r.part4.contactPhone?.replace(/\D/g, "")).toBe("7135552000");
    expect(r.part4.changeFigures.map((f) => f.amount)).toContain(45200000);
    expect(r.signature).toEqual({ registrantName: "Globex Energy Corp.", date: "2010-03-16", name: "Mary Jones", title: "Chief Financial Officer" });
    expect(r.reasons).toEqual(expect.arrayContaining(["restatement", "auditor"]));
  });

  it("reads (2) answered No with the reports identified (html2000s/reports-not-filed-2010.htm)", () => {
    const r = record("html2000s/reports-not-filed-2010.htm");
    expect(r.part4.otherReportsFiled).toBe(false);
    expect(r.part4.reportsNotFiled).toBe("The Registrant has not filed its Quarterly Report on Form 10-Q for the quarter ended September 30, 2009.");
  });

  it("reads a signer named after 'By:' without '/s/' (layout/signed-by-without-s.txt)", () => {
    const r = record("layout/signed-by-without-s.txt");
    expect(r.signature).toEqual({ registrantName: "Acme Corp.", date: "2000-03-30", name: "Jane Roe", title: "Chief Financial Officer" });
    expect(r.evidence["signature.name"]).toMatchObject({ line: 23, text: "Jane Roe" });
  });
});
