import { describe, expect, it } from "vitest";
import { expandYear, findDates, readDate } from "./read-date.js";

/** Dates as text-era notices write them (fixtures/constructed/dates/ shows each in a whole notice). */
describe("readDate: every written form", () => {
  const cases: [string, string][] = [
    ["December 31, 1997", "1997-12-31"],
    ["DECEMBER 31, 1997", "1997-12-31"],
    ["december 31, 1997", "1997-12-31"],
    ["Dec. 31, 1997", "1997-12-31"],
    ["Dec 31, 1997", "1997-12-31"],
    ["Sept. 30, 1998", "1998-09-30"],
    ["December  31,  1997", "1997-12-31"],
    ["December 31 1997", "1997-12-31"],
    ["December 31st, 1997", "1997-12-31"],
    ["12/31/97", "1997-12-31"],
    ["3/31/98", "1998-03-31"],
    ["12/31/1997", "1997-12-31"],
    ["12-31-97", "1997-12-31"],
    ["6/30/03", "2003-06-30"],
    ["31st day of December, 1997", "1997-12-31"],
    ["this 2nd day of April, 1998", "1998-04-02"],
    ["31 December 2025", "2025-12-31"],
    ["2023-09-30", "2023-09-30"],
    ["December 1997", "1997-12"],
    ["DECEMBER, 1997", "1997-12"],
    ["Sept. 1998", "1998-09"],
  ];
  for (const [text, iso] of cases) {
    it(`${JSON.stringify(text)} → ${iso}`, () => {
      expect(readDate(text)?.iso).toBe(iso);
    });
  }

  it("gives the span of the date as written", () => {
    const text = "For Period Ended:   Dec. 31, 1997   ";
    const d = readDate(text);
    expect(d).not.toBeNull();
    expect(text.slice(d?.start, d?.end)).toBe("Dec. 31, 1997");
  });

  it("is null when the text holds no date", () => {
    expect(readDate("For the Transition Period Ended:")).toBeNull();
    expect(readDate("N/A")).toBeNull();
    expect(readDate("")).toBeNull();
  });
});

describe("readDate: impossible dates are rejected, never repaired", () => {
  const invalid = [
    "February 30, 1998",
    "February 29, 1997",
    "April 31, 1998",
    "2/30/98",
    "13/01/98",
    "00/12/98",
    "12/00/98",
    "December 32, 1997",
    "1998-02-30",
  ];
  for (const text of invalid) {
    it(JSON.stringify(text), () => {
      expect(findDates(text)).toEqual([]);
    });
  }

  it("keeps a leap day of a leap year", () => {
    expect(readDate("February 29, 1996")?.iso).toBe("1996-02-29");
    expect(readDate("2/29/00")?.iso).toBe("2000-02-29");
  });

  it("skips an impossible date and finds the next one", () => {
    expect(findDates("February 30, 1998 or March 2, 1998").map((d) => d.iso)).toEqual(["1998-03-02"]);
  });
});

describe("findDates", () => {
  it("finds every date in order, with spans", () => {
    const text = "the transition period from April 1, 1998 to June 30, 1998 (filed 8/14/98)";
    const found = findDates(text);
    expect(found.map((d) => d.iso)).toEqual(["1998-04-01", "1998-06-30", "1998-08-14"]);
    expect(found.map((d) => text.slice(d.start, d.end))).toEqual(["April 1, 1998", "June 30, 1998", "8/14/98"]);
  });

  it("reads a full date before its month-and-year tail", () => {
    expect(findDates("December 31, 1997").map((d) => d.iso)).toEqual(["1997-12-31"]);
  });

  it("does not read file numbers, phone numbers or amounts as dates", () => {
    expect(findDates("Commission File Number 0-19876")).toEqual([]);
    expect(findDates("(847) 555-0142")).toEqual([]);
    expect(findDates("a net loss of $14.2 million")).toEqual([]);
  });
});

describe("expandYear: EDGAR practice for two-digit years", () => {
  const cases: [string, number][] = [
    ["97", 1997],
    ["98", 1998],
    ["50", 1950],
    ["99", 1999],
    ["00", 2000],
    ["03", 2003],
    ["49", 2049],
    ["'97", 1997],
    ["1997", 1997],
    ["2003", 2003],
  ];
  for (const [year, full] of cases) {
    it(`${year} → ${full}`, () => {
      expect(expandYear(year)).toBe(full);
    });
  }
});
