import { describe, expect, it } from "vitest";
import { closedReason, EDGAR_CLOSURES, federalHolidays, isBusinessDay, nextBusinessDay, rollToBusinessDay } from "./business-days.js";
import { addDays, addMonths, dayNumber, daysBetween, isoDay, weekday } from "./calendar-days.js";

describe("calendar days", () => {
  it("counts across year ends and leap days", () => {
    expect(addDays("2019-12-31", 60)).toBe("2020-02-29");
    expect(addDays("2020-02-28", 1)).toBe("2020-02-29");
    expect(addDays("2021-02-28", 1)).toBe("2021-03-01");
    expect(addDays("1999-12-31", 1)).toBe("2000-01-01");
    expect(daysBetween("2020-03-30", "2020-05-15")).toBe(46);
    expect(daysBetween("2020-05-15", "2020-03-30")).toBe(-46);
    expect(isoDay(dayNumber("2000-02-29"))).toBe("2000-02-29");
    expect(Number.isNaN(dayNumber("2019-02-29"))).toBe(true);
    expect(weekday(dayNumber("2020-03-28"))).toBe(6);
  });

  it("takes a month as its last day", () => {
    expect(isoDay(dayNumber("2020-02"))).toBe("2020-02-29");
  });

  it("adds months with month ends kept", () => {
    expect(addMonths("2021-06-30", 6)).toBe("2021-12-31");
    expect(addMonths("2019-08-31", 6)).toBe("2020-02-29");
    expect(addMonths("2020-02-29", 6)).toBe("2020-08-31");
    expect(addMonths("2021-08-30", 6)).toBe("2022-02-28");
    expect(addMonths("2011-12-31", 4)).toBe("2012-04-30");
    expect(addMonths("2020-09-15", 4)).toBe("2021-01-15");
  });
});

describe("business days (Rule 0-3)", () => {
  it("moves a weekend to the Monday", () => {
    expect(rollToBusinessDay("2020-03-28")).toBe("2020-03-30");
    expect(rollToBusinessDay("2020-03-29")).toBe("2020-03-30");
    expect(rollToBusinessDay("2020-03-30")).toBe("2020-03-30");
    expect(nextBusinessDay("2020-03-27")).toBe("2020-03-30");
  });

  it("knows the holidays of 5 U.S.C. 6103 with their observed days", () => {
    const names = [...federalHolidays(2020)].map(([day, name]) => `${isoDay(day)} ${name}`);
    expect(names).toEqual([
      "2020-01-01 New Year's Day",
      "2020-01-20 Birthday of Martin Luther King, Jr.",
      "2020-02-17 Washington's Birthday",
      "2020-05-25 Memorial Day",
      "2020-07-03 Independence Day",
      "2020-09-07 Labor Day",
      "2020-10-12 Columbus Day",
      "2020-11-11 Veterans Day",
      "2020-11-26 Thanksgiving Day",
      "2020-12-25 Christmas Day",
    ]);
    // Sunday → Monday; Saturday → Friday, for New Year's Day into the year before.
    expect(isBusinessDay("2018-11-12")).toBe(false);
    expect(isBusinessDay("2017-01-02")).toBe(false);
    expect(isBusinessDay("2021-12-31")).toBe(false);
    expect(closedReason("2021-12-31")).toBe("New Year's Day");
    expect(isBusinessDay("2010-12-31")).toBe(false);
    expect(rollToBusinessDay("2022-01-01")).toBe("2022-01-03");
    // Martin Luther King, Jr. Day from 1986 only.
    expect(isBusinessDay("1985-01-21")).toBe(true);
    expect(isBusinessDay("1986-01-20")).toBe(false);
  });

  it("counts Juneteenth from 2021 only", () => {
    expect(isBusinessDay("2020-06-19")).toBe(true);
    expect(isBusinessDay("2021-06-18")).toBe(false);
    expect(rollToBusinessDay("2021-06-18")).toBe("2021-06-21");
    expect(isBusinessDay("2022-06-20")).toBe(false);
    expect(isBusinessDay("2023-06-19")).toBe(false);
    expect(isBusinessDay("2023-06-20")).toBe(true);
  });

  it("counts the days EDGAR was closed by order", () => {
    expect(isBusinessDay("2018-12-05")).toBe(false);
    expect(rollToBusinessDay("2018-12-05")).toBe("2018-12-06");
    expect(closedReason("2018-12-05")).toContain("EDGAR closed");
    expect(rollToBusinessDay("2019-12-24")).toBe("2019-12-26");
    expect(rollToBusinessDay("2020-12-24")).toBe("2020-12-28");
    expect(isBusinessDay("2025-01-09")).toBe(false);
    expect(isBusinessDay("2023-12-26")).toBe(true);
    for (const closure of EDGAR_CLOSURES) {
      expect(closure.source.length).toBeGreaterThan(0);
      expect(isBusinessDay(closure.date)).toBe(false);
    }
  });
});
