import { describe, expect, it } from "vitest";
import { lookaheadsReadOneCharacter } from "./lookahead-reach.js";
import { REASON_TABLE } from "./reason-table.js";

describe("lookaheads that read one character", () => {
  it("takes one character, escape or class as one, anything else as more", () => {
    const cases: Array<[string, boolean]> = [
      [String.raw`audit(?!\w)`, true],
      [String.raw`audit(?![,;])`, true],
      [String.raw`audit(?=.)`, true],
      ["audit", true],
      [String.raw`(?<!\w)audit`, true],
      [String.raw`audit\(?!x`, true], // an escaped parenthesis opens no group
      [String.raw`audit(?!\s+s)`, false],
      [String.raw`audit\\(?!xy)`, false],
      [String.raw`audit(?=\b)`, false],
      [String.raw`audit(?!\1)`, false],
      [String.raw`audit(?!(?:x))`, false],
      [String.raw`audit(?![a-z]+)`, false],
    ];
    for (const [source, one] of cases) expect(lookaheadsReadOneCharacter(source), source).toBe(one);
  });

  it("holds for most rows of the reason table (their phrases end in `(?!\\w)`)", () => {
    expect(REASON_TABLE.filter((rule) => lookaheadsReadOneCharacter(rule.phrase.source)).length).toBeGreaterThan(REASON_TABLE.length / 2);
  });
});
