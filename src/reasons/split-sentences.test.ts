import { describe, expect, it } from "vitest";
import { splitSentences } from "./split-sentences.js";

const split = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe("splitSentences", () => {
  it("splits at a period before a capital and keeps abbreviations whole", () => {
    expect(split("The Company filed its Form 10-K. The auditor resigned.")).toEqual([
      "The Company filed its Form 10-K.",
      "The auditor resigned.",
    ]);
    expect(split("Blink Charging Co. (the “Company”) is late. It needs time.")).toEqual([
      "Blink Charging Co. (the “Company”) is late.",
      "It needs time.",
    ]);
    expect(split("Accounting Standards Update No. 2018-12 applies to the U.S. Treasury. Next.")).toEqual([
      "Accounting Standards Update No. 2018-12 applies to the U.S. Treasury.",
      "Next.",
    ]);
  });
  it("ends a sentence after a company suffix only before a capital", () => {
    expect(split("It sold the unit to Allison Transmission Holdings, Inc. The process was complex.")).toEqual([
      "It sold the unit to Allison Transmission Holdings, Inc.",
      "The process was complex.",
    ]);
    expect(split("John J. Smith signed it.")).toEqual(["John J. Smith signed it."]);
  });
  it("splits at paragraph breaks and trims blanks", () => {
    expect(split("  First part\n\nSecond part  ")).toEqual(["First part", "Second part"]);
    expect(split("")).toEqual([]);
  });
  it("keeps decimals and times inside a sentence", () => {
    expect(split("Revenue was $4.6 million at 5:30 p.m. on May 11, 2026. Then more.")).toEqual([
      "Revenue was $4.6 million at 5:30 p.m. on May 11, 2026.",
      "Then more.",
    ]);
  });
});
