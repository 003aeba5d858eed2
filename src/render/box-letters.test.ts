import { describe, expect, it } from "vitest";
import { readBoxLetters } from "./box-letters.js";

describe("readBoxLetters", () => {
  it("reads a row of options each led by a box letter, two kinds deciding marked and empty", () => {
    expect(readBoxLetters("o Form 10-K o Form 20-F þ Form 10-Q")).toBe("☐ Form 10-K ☐ Form 20-F ☒ Form 10-Q");
    expect(readBoxLetters("x Form 10-K ¨ Form 20-F ¨ Form 11-K")).toBe("☒ Form 10-K ☐ Form 20-F ☐ Form 11-K");
    expect(readBoxLetters("identify report(s). þ Yes o No")).toBe("identify report(s). ☒ Yes ☐ No");
  });

  it("reads a letter glued to its option and boxes that follow their options", () => {
    expect(readBoxLetters("oYes þ No")).toBe("☐Yes ☒ No");
    expect(readBoxLetters("thereof? Yes ¨ No x")).toBe("thereof? Yes ☐ No ☒");
  });

  it("reads options in cells of their own lines, the box on its own line above", () => {
    expect(readBoxLetters("(Check one):\n þ\n Form 10-K\n ¨\n Form 20-F\n")).toBe("(Check one):\n ☒\n Form 10-K\n ☐\n Form 20-F\n");
    expect(readBoxLetters("o Transition Report on Form 10-K\n\no Transition Report on Form 20-F\n")).toBe(
      "☐ Transition Report on Form 10-K\n\n☐ Transition Report on Form 20-F\n",
    );
  });

  it("reads Part II's box alone on its line or before an item", () => {
    const part2 = "PART II - RULES 12b-25(b) AND (c)\n(Check box if appropriate.)\n(a)\nThe reasons described;\nþ\n(b)\nPART III - NARRATIVE\n";
    expect(readBoxLetters(part2)).toBe(part2.replace("þ", "☒"));
    const item = "PART II\n o (a) The reasons described\nPART III\n";
    expect(readBoxLetters(item)).toBe(item.replace("o (a)", "☐ (a)"));
  });

  it("leaves a letter that is no box a letter", () => {
    for (const text of [
      "o the Company's Form 10-K was delayed",
      "Ono Form 10-K Form 10-Q",
      "þ Form 10-K Form 20-F",
      "þ Form 10-K ý Form 20-F o Form 11-K",
      "Yes o No",
      "PART III\no\nPART IV\n",
      "PART II\n o the reasons\nPART III\n",
    ]) {
      expect(readBoxLetters(text)).toBe(text);
    }
  });

  it("leaves 1990s bare x boxes as they are written", () => {
    for (const text of ["x Form 10-K   Form 20-F   Form 11-K", "x Form 10-K x Form 10-Q", "PART II\n(Check box if appropriate) x\nPART III\n", "X Yes  X No"]) {
      expect(readBoxLetters(text)).toBe(text);
    }
  });
});
