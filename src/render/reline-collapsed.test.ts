import { describe, expect, it } from "vitest";
import { relineCollapsed } from "./reline-collapsed.js";

const COLLAPSED =
  "FORM 12b-25 NOTIFICATION OF LATE FILING SEC FILE NUMBER 1-8568 (Check One): [X] Form 10-K [ ] Form 20-F For Period Ended: December 31, 1997 [ ] Transition Report on Form 10-K " +
  "PART I - REGISTRANT INFORMATION Full Name of Registrant: ACME CORP. Former Name if Applicable Address of Principal Executive Office (Street and Number) 1 Main Street City, State and Zip Code Springfield, IL 62701 " +
  "PART II - RULES 12b-25(b) AND (c) If the subject report could not be filed";

describe("relineCollapsed", () => {
  it("breaks a collapsed notice where the printed form breaks, keeping every offset", () => {
    const out = relineCollapsed(COLLAPSED);
    expect(out.length).toBe(COLLAPSED.length);
    const lines = out.split("\n").map((l) => l.trim());
    expect(lines).toContain("SEC FILE NUMBER 1-8568");
    expect(lines).toContain("For Period Ended: December 31, 1997");
    expect(lines).toContain("[ ] Transition Report on Form 10-K");
    expect(lines).toContain("Full Name of Registrant:");
    expect(lines).toContain("ACME CORP.");
    expect(lines).toContain("Address of Principal Executive Office (Street and Number)");
    expect(lines).toContain("Springfield, IL 62701");
    expect(lines).toContain("PART II - RULES 12b-25(b) AND (c)");
  });

  it("puts a part's title standing apart, an item letter before a caption and a letter's salutation and sign-off on lines of their own", () => {
    const text =
      "FORM 12b-25 NOTIFICATION OF LATE FILING (Check One): [X] Form 10-K For Period Ended: December 31, 1997 PART I          REGISTRANT INFORMATION          ACME CORP. " +
      "A.   Full Name of Registrant - ACME CORP. B.   Address of Principal Office - 1 Main Street PART II - RULES 12b-25(b) AND (c) If the subject report could not be filed " +
      "To Whom It May Concern: We are the independent auditors of ACME CORP. Respectfully yours, /s/ Smith & Co. LLP";
    const out = relineCollapsed(text);
    expect(out.length).toBe(text.length);
    const lines = out.split("\n").map((l) => l.trim());
    expect(lines).toContain("REGISTRANT INFORMATION");
    expect(lines).toContain("A.   Full Name of Registrant -");
    expect(lines).toContain("PART II - RULES 12b-25(b) AND (c)");
    expect(lines).toContain("To Whom It May Concern:");
    expect(lines).toContain("Respectfully yours,");
  });

  it("leaves lines of an ordinary layout alone", () => {
    const text = "Full Name of Registrant: ACME CORP.\nFormer Name if Applicable\nAddress of Principal Executive Office: 1 Main Street\n";
    expect(relineCollapsed(text)).toBe(text);
  });

  it("leaves a long narrative line with few printed anchors alone", () => {
    const text = `${"The Company could not complete its review of the Form 10-K for the period ended December 31. ".repeat(5)}\n`;
    expect(relineCollapsed(text)).toBe(text);
  });
});
