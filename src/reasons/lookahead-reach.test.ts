import { describe, expect, it } from "vitest";
import { cutAfter, lookaheadReach } from "./lookahead-reach.js";
import { REASON_TABLE } from "./reason-table.js";

describe("how far a pattern's lookaheads read", () => {
  it("counts the characters other than blanks a lookahead can read; null where it cannot tell", () => {
    const cases: Array<[string, number | null]> = [
      ["audit", 0],
      [String.raw`(?<!\w)audit`, 0],
      [String.raw`audit(?!\w)`, 1],
      [String.raw`audit(?![,;])`, 1],
      [String.raw`audit(?=.)`, 1],
      [String.raw`audit\(?!x`, 0], // an escaped parenthesis opens no group
      [String.raw`audit(?!['’]|\s+s\b)`, 3],
      [String.raw`audit(?!\s+(?:in|with|on)\b)`, 6],
      [String.raw`audit(?!(?:,?\s+|(?<=\s))of)`, 4],
      [String.raw`audit(?![a-z]{0,3}x)`, 4],
      [String.raw`audit(?!\s{0,2}x)`, 3],
      [String.raw`audit(?![a-z]+)`, null],
      [String.raw`audit(?!(?:ab)*)`, null],
      [String.raw`audit(?!\1)`, null],
      [String.raw`audit(?!(?<name>x))`, null],
      [String.raw`audit(?!x(?=yz))`, 3],
    ];
    for (const [source, reach] of cases) expect(lookaheadReach(source), source).toBe(reach);
  });

  it("cuts past that many characters other than blanks after a sentence's end", () => {
    const text = "One audit.  Two more\n\nwords";
    const end = text.indexOf(".") + 1;
    expect(cutAfter(text, end, 0)).toBe(text.indexOf("w")); // at least one read: the cut is before the second
    expect(cutAfter(text, end, 1)).toBe(text.indexOf("w"));
    expect(cutAfter(text, end, 3)).toBe(text.indexOf("m"));
    expect(cutAfter(text, end, 50)).toBe(text.length);
  });

  it("is known for every row of the reason table", () => {
    expect(REASON_TABLE.filter((rule) => lookaheadReach(rule.phrase.source) === null).map((rule) => rule.id)).toEqual([]);
  });
});
