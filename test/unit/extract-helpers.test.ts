import { describe, expect, it } from "vitest";
import { inLine, matchSpan, valueSpanIn } from "../../src/fields/line-spans.js";
import { blankMatches, firstMatchFrom, matchEndFrom, matchesFrom, spansOf } from "../../src/core/scan.js";
import { variant } from "../../src/core/pattern.js";
import { findLineIndex, valueLineIndices } from "../../src/fields/section-lines.js";
import { columnName } from "../../src/output/flatten-record.js";
import { splitLines } from "../../src/form/split-lines.js";
import { BARE_YES_NO, CONTACT_CAPTION, NAME_END, PHONE, Q2_QUESTION_LINE, TRAILING_LIST_PUNCTUATION } from "../../src/fields/part4/part4-patterns.js";
import { DASH_RULE_ONLY } from "../../src/fields/field-patterns.js";
import { NAME_SUFFIX } from "../../src/fields/signature/signature-patterns.js";
import { OPENS_WITH_BRACKET } from "../../src/core/form-patterns.js";
import { PART1_CAPTION_TRAIL, Q1_UNNUMBERED, SIGNATURE_CAPTION_TRAIL } from "../../src/form/form-patterns.js";
import { TRANSITION_ROW_LINE } from "../../src/fields/cover/cover-patterns.js";
import { UNDERSCORES_ONLY } from "../../src/fields/part2/part2-patterns.js";
import { leadingSpace } from "../../src/fields/clean-text.js";
import { cpuMs } from "../helpers/fuzz-timing.js";

describe("scan-matches: scans with shared patterns", () => {
  const text = "ab Name: x  Telephone Number: y  Name: z";

  it("finds the matches that start in [from, to) and leaves the shared pattern's lastIndex alone", () => {
    CONTACT_CAPTION.lastIndex = 7;
    const starts = [...matchesFrom(text, CONTACT_CAPTION, 3, 33)].map((m) => m.index);
    expect(starts).toEqual([3, 12]);
    expect(CONTACT_CAPTION.lastIndex).toBe(7);
    CONTACT_CAPTION.lastIndex = 0;
  });

  it("gives the same answer on every call (no state carried over)", () => {
    const once = [...matchesFrom(text, CONTACT_CAPTION, 0)].map((m) => m.index);
    const again = [...matchesFrom(text, CONTACT_CAPTION, 0)].map((m) => m.index);
    expect(again).toEqual(once);
    expect(once).toEqual([3, 12, 33]);
  });

  it("steps over empty matches one character at a time", () => {
    expect([...matchesFrom("ab", /x*/, 0)].map((m) => m.index)).toEqual([0, 1, 2]);
  });

  it("scans with a variant compiled once, without the d flag and with g", () => {
    expect(variant(PHONE, "scan").flags).toBe("gi");
    expect(variant(PHONE, "scan")).toBe(variant(PHONE, "scan"));
    expect(variant(PHONE, "at").flags).toBe("iy");
    expect(PHONE.flags).toBe("i");
  });

  it("a large pattern's variant, compiled to machine code at once, matches as the pattern does and keeps lastIndex", () => {
    // Over 1,000 characters of source: variant() runs it once on a long blank subject first.
    const words = Array.from({ length: 200 }, (_, i) => `word${i}`);
    const large = new RegExp(`\\b(?:${words.join("|")})\\b`, "g");
    expect(large.source.length).toBeGreaterThan(1_000);
    large.lastIndex = 7;
    // A pattern that has the scan's flags is its own variant: its lastIndex is put back.
    expect(variant(large, "scan")).toBe(large);
    expect(large.lastIndex).toBe(7);
    const insensitive = new RegExp(large.source, "i");
    const at = variant(insensitive, "at");
    expect(at.lastIndex).toBe(0);
    expect(at.exec("WORD3 word4")?.[0]).toBe("WORD3");
    const subject = "say WORD199 and word5, not word200";
    expect([...subject.matchAll(variant(insensitive, "scan"))].map((m) => [m.index, m[0]])).toEqual([
      [4, "WORD199"],
      [16, "word5"],
    ]);
  });

  it("firstMatchFrom: null when the first match starts at or after `to`", () => {
    expect(firstMatchFrom(text, CONTACT_CAPTION, 4, 12)).toBeNull();
    expect(firstMatchFrom(text, CONTACT_CAPTION, 4, 13)?.index).toBe(12);
  });

  it("matchEndFrom: the end of the first match, else `from`", () => {
    expect(matchEndFrom(text, CONTACT_CAPTION, 0, 10)).toBe(8);
    expect(matchEndFrom(text, CONTACT_CAPTION, 35, 40)).toBe(35);
  });

  it("spansOf cuts the last span at `to`", () => {
    expect(spansOf(text, CONTACT_CAPTION, 0, 15)).toEqual([
      { start: 3, end: 8 },
      { start: 12, end: 15 },
    ]);
  });

  it("blankMatches keeps every offset", () => {
    const blanked = blankMatches(text, CONTACT_CAPTION);
    expect(blanked.length).toBe(text.length);
    expect(blanked).toBe(`ab ${" ".repeat(5)} x  ${" ".repeat(17)} y  ${" ".repeat(5)} z`);
  });
});

describe("section and line helpers", () => {
  const lines = splitLines("Title\n-----\n\nName: Jane Roe\n  Page 2\nTitle: CFO\nDate: May 1, 2024");

  it("findLineIndex looks in [from, to) only", () => {
    expect(findLineIndex(lines, /Title/)).toBe(0);
    expect(findLineIndex(lines, /Title/, 1)).toBe(5);
    expect(findLineIndex(lines, /Title/, 1, 5)).toBe(-1);
    expect(findLineIndex(lines, /Title/, 1, 99)).toBe(5);
  });

  it("valueLineIndices passes over rules, blanks and page furniture without counting them", () => {
    expect([...valueLineIndices(lines, 1, 2)]).toEqual([3, 5]);
    expect([...valueLineIndices(lines, 6, 5)]).toEqual([6]);
  });

  it("spans inside a line are offsets of the text", () => {
    const line = lines[3]!;
    expect(inLine(line, 6, 14)).toEqual({ start: line.start + 6, end: line.start + 14 });
    expect(matchSpan(line, /Jane/)).toEqual({ start: line.start + 6, end: line.start + 10 });
    expect(matchSpan(line, /John/)).toBeNull();
    expect(valueSpanIn(line, "Jane Roe")).toEqual({ start: line.start + 6, end: line.start + 14 });
  });

  it("leadingSpace counts what trimStart removes", () => {
    expect(leadingSpace("  \t\u00a0x ")).toBe(4);
    expect(leadingSpace("x")).toBe(0);
    expect(leadingSpace("   ")).toBe(3);
  });
});

describe("form patterns of the extractors", () => {
  it("TRANSITION_ROW_LINE: a line opening with a box or with wrapped label words", () => {
    for (const yes of ["   [ ] Transition Report on Form 10-Q", "|_| Form 20-F", "/ / Form 11-K", "__ Form 10-K", "( ) Form N-SAR", "\u2610 Form 10-Q", "\u2612 Form 10-K", "  Report on Form 10-Q", "Form 20-F [ ]", "FORM 10-K"]) {
      expect(TRANSITION_ROW_LINE.test(yes), yes).toBe(true);
    }
    for (const no of ["For the Transition Period Ended:", "Reporting period", "Formerly ACME", "x Form 10-K"]) {
      expect(TRANSITION_ROW_LINE.test(no), no).toBe(false);
    }
  });

  it("Q2_QUESTION_LINE: the printed question, not the statement", () => {
    for (const yes of ["(2) Have all other periodic reports", "  ( 2 )  Have all", "2) Have", "Have all other periodic reports"]) {
      expect(Q2_QUESTION_LINE.test(yes), yes).toBe(true);
    }
    for (const no of ["All other periodic reports have been filed.", "(3) Have", "(2) All other"]) {
      expect(Q2_QUESTION_LINE.test(no), no).toBe(false);
    }
  });

  it("Q2_QUESTION_LINE runs in linear time over a long run of spaces", () => {
    const line = " ".repeat(50_000) + "All other periodic reports";
    const t0 = process.cpuUsage();
    expect(Q2_QUESTION_LINE.test(line)).toBe(false);
    expect(cpuMs(t0)).toBeLessThan(200);
  });

  it("NAME_END: a dash between spaces or a column gap ends a contact's name", () => {
    expect("Jane Roe - Chief Financial Officer".split(NAME_END)[0]).toBe("Jane Roe");
    expect("Jane Roe \u2014 CFO".split(NAME_END)[0]).toBe("Jane Roe");
    expect("Jane Roe          Controller".split(NAME_END)[0]).toBe("Jane Roe");
    expect("Mary-Jane Roe".split(NAME_END)[0]).toBe("Mary-Jane Roe");
    const t0 = process.cpuUsage();
    expect(("a" + " ".repeat(100_000) + "b").split(NAME_END)).toEqual(["a", "b"]);
    expect(cpuMs(t0)).toBeLessThan(200);
  });

  it("NAME_SUFFIX: degrees and suffixes, whole", () => {
    for (const yes of ["Ph.D.", "PhD", "ph. d.", "Jr.", "Sr", "II", "III", "IV", "CPA", "Esq.", "M.D.", "J.D.", "MBA"]) {
      expect(NAME_SUFFIX.test(yes), yes).toBe(true);
    }
    for (const no of ["President", "Jr. Partner", "CFO", "V"]) expect(NAME_SUFFIX.test(no), no).toBe(false);
  });

  it("small line tests", () => {
    expect(OPENS_WITH_BRACKET.test("   (Name of Registrant as Specified in Charter)")).toBe(true);
    expect(OPENS_WITH_BRACKET.test("ACME (the Company)")).toBe(false);
    expect(Q1_UNNUMBERED.test("  Name and telephone number")).toBe(true);
    expect(Q1_UNNUMBERED.test("(1) Name and telephone number")).toBe(false);
    expect(BARE_YES_NO.exec("Yes, all reports")?.[1]).toBe("Yes");
    expect(BARE_YES_NO.test("Nobody")).toBe(false);
    expect(DASH_RULE_ONLY.test("- --=__  ")).toBe(true);
    expect(DASH_RULE_ONLY.test("")).toBe(true);
    expect(DASH_RULE_ONLY.test("-- N/A --")).toBe(false);
    expect(UNDERSCORES_ONLY.test("____")).toBe(true);
    expect(UNDERSCORES_ONLY.test("_X_")).toBe(false);
    expect("Jane Roe,  ".replace(TRAILING_LIST_PUNCTUATION, "")).toBe("Jane Roe");
    expect("Jane, Roe".replace(TRAILING_LIST_PUNCTUATION, "")).toBe("Jane, Roe");
  });

  it("caption trails: what may follow a caption on a line without a value", () => {
    expect(" (Full Name of Registrant) - : ".replace(PART1_CAPTION_TRAIL, "")).toBe("FullNameofRegistrant");
    expect(" ): - ".replace(PART1_CAPTION_TRAIL, "")).toBe("");
    expect(" ): - ".replace(SIGNATURE_CAPTION_TRAIL, "")).toBe("-");
    // Global constants used with `replace` only: the same answer every time.
    expect(" ( ) ".replace(SIGNATURE_CAPTION_TRAIL, "")).toBe("");
    expect(columnName("part4.contactPhone")).toBe("part4_contact_phone");
    expect(columnName("part4.contactPhone")).toBe("part4_contact_phone");
  });
});
