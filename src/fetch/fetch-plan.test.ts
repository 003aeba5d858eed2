import { describe, expect, it } from "vitest";
import { indexTargets, lastDayOf, parseCiks, parseDay, parseQuarters } from "./fetch-plan.js";

describe("fetch plan", () => {
  it("reads days, refusing ones the calendar lacks", () => {
    expect(parseDay("2020-03-18")).toBe("2020-03-18");
    expect(parseDay("2024-02-29")).toBe("2024-02-29");
    expect(parseDay("2023-02-29")).toBeNull();
    expect(parseDay("2020-3-18")).toBeNull();
    expect(parseDay("20200318")).toBeNull();
  });

  it("reads quarters, ranges and lists of them", () => {
    expect(parseQuarters("2024Q1..2024Q4")).toEqual([1, 2, 3, 4].map((quarter) => ({ year: 2024, quarter })));
    expect(parseQuarters("2023q4..2024Q1,2024Q1 2020Q2")).toEqual([
      { year: 2023, quarter: 4 },
      { year: 2024, quarter: 1 },
      { year: 2020, quarter: 2 },
    ]);
    expect(parseQuarters("2024Q4..2024Q1")).toBeNull();
    expect(parseQuarters("2024Q5")).toBeNull();
    expect(parseQuarters("2024")).toBeNull();
    expect(parseQuarters("")).toBeNull();
  });

  it("reads CIK lists, leading zeros allowed", () => {
    expect(parseCiks("0001376339, 1190370 1376339")).toEqual([1376339, 1190370]);
    expect(parseCiks("12345678901")).toBeNull();
    expect(parseCiks("abc")).toBeNull();
  });

  it("reads one day from its daily index", () => {
    expect(indexTargets("2020-03-18", "2020-03-18")).toEqual([{ kind: "daily", day: "2020-03-18" }]);
  });

  it("skips weekends and takes whole quarters from the full index", () => {
    expect(indexTargets("2020-03-27", "2020-07-01")).toEqual([
      { kind: "daily", day: "2020-03-27" },
      { kind: "daily", day: "2020-03-30" },
      { kind: "daily", day: "2020-03-31" },
      { kind: "full", quarter: { year: 2020, quarter: 2 } },
      { kind: "daily", day: "2020-07-01" },
    ]);
    expect(indexTargets("2023-10-01", "2024-12-31").map((t) => t.kind)).toEqual(["full", "full", "full", "full", "full"]);
    expect(indexTargets("2020-03-21", "2020-03-22")).toEqual([]);
  });

  it("knows when a target's file can no longer change", () => {
    expect(lastDayOf({ kind: "full", quarter: { year: 2024, quarter: 4 } })).toBe("2024-12-31");
    expect(lastDayOf({ kind: "full", quarter: { year: 2024, quarter: 1 } })).toBe("2024-03-31");
    expect(lastDayOf({ kind: "daily", day: "2020-03-18" })).toBe("2020-03-18");
  });
});
