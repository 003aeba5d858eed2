import { describe, expect, it } from "vitest";
import { dueDateCandidates, firstAcceleratedYearEnd, graceDays, noticeWindow } from "./due-dates.js";

/** The candidates as `category due-date` strings. */
function dues(...args: Parameters<typeof dueDateCandidates>): string[] {
  return dueDateCandidates(...args).map((c) => `${c.category ?? "any"} ${c.dueDate}`);
}

describe("due dates", () => {
  it("10-K: 90 days before the accelerated era", () => {
    expect(dues("10-K", "2002-12-31")).toEqual(["any 2003-03-31"]);
    // A 52/53-week year ending just before 2003-12-15 is still in the old era.
    expect(dues("10-K", "2003-12-13")).toEqual(["any 2004-03-12"]);
  });

  it("10-K: 75 days for accelerated filers from fiscal years ending 2003-12-15", () => {
    expect(dues("10-K", "2003-12-15")).toEqual(["accelerated 2004-03-01", "non-accelerated 2004-03-15"]);
    expect(dues("10-K", "2003-12-31")).toEqual(["accelerated 2004-03-15", "non-accelerated 2004-03-30"]);
  });

  it("10-K: 60 days for large accelerated filers from fiscal years ending 2006-12-15", () => {
    expect(dues("10-K", "2006-12-14")).toEqual(["accelerated 2007-02-27", "non-accelerated 2007-03-14"]);
    expect(dues("10-K", "2006-12-31")).toEqual(["large-accelerated 2007-03-01", "accelerated 2007-03-16", "non-accelerated 2007-04-02"]);
    // A leap day on a Saturday rolls to Monday.
    expect(dues("10-K", "2019-12-31")).toEqual(["large-accelerated 2020-03-02", "accelerated 2020-03-16", "non-accelerated 2020-03-30"]);
    // A 53-week year ending on a Saturday.
    expect(dues("10-K", "2020-01-04")).toEqual(["large-accelerated 2020-03-04", "accelerated 2020-03-19", "non-accelerated 2020-04-03"]);
  });

  it("10-Q: 45 days, 40 for accelerated filers after their first 75-day 10-K", () => {
    expect(dues("10-Q", "2003-09-30")).toEqual(["any 2003-11-14"]);
    expect(dues("10-Q", "2004-03-31")).toEqual(["accelerated 2004-05-10", "non-accelerated 2004-05-17"]);
    expect(dues("10-Q", "2004-03-31", "0630")).toEqual(["any 2004-05-17"]);
    expect(dues("10-Q", "2004-09-30", "0630")).toEqual(["accelerated 2004-11-09", "non-accelerated 2004-11-15"]);
    expect(firstAcceleratedYearEnd("1231")).toBe("2003-12-31");
    expect(firstAcceleratedYearEnd("0930")).toBe("2004-09-30");
    expect(firstAcceleratedYearEnd(null)).toBe("2003-12-31");
  });

  it("10-KSB and 10-QSB while the forms existed, then the 10-K and 10-Q rules", () => {
    expect(dues("10-KSB", "2007-12-31")).toEqual(["small-business 2008-03-31"]);
    expect(dues("10-KSB", "2008-12-31")).toEqual(["large-accelerated 2009-03-02", "accelerated 2009-03-16", "non-accelerated 2009-03-31"]);
    expect(dues("10-QSB", "2008-06-30")).toEqual(["small-business 2008-08-14"]);
    expect(dues("10-QSB", "2008-09-30")).toEqual(["accelerated 2008-11-10", "non-accelerated 2008-11-14"]);
  });

  it("20-F: six months, four from fiscal years ending 2011-12-15", () => {
    expect(dues("20-F", "2010-12-31")).toEqual(["any 2011-06-30"]);
    expect(dues("20-F", "2011-12-14")).toEqual(["any 2012-06-14"]);
    expect(dues("20-F", "2011-12-31")).toEqual(["any 2012-04-30"]);
    expect(dues("20-F", "2021-06-30")).toEqual(["any 2021-11-01"]);
  });

  it("11-K 180 days, N-CSR 70, N-CEN 75, 10-D not from the indexes", () => {
    expect(dues("11-K", "2004-12-31")).toEqual(["any 2005-06-29"]);
    expect(dues("N-CSR", "2020-06-30")).toEqual(["any 2020-09-08"]);
    expect(dues("N-CEN", "2020-12-31")).toEqual(["any 2021-03-16"]);
    expect(dues("10-D", "2020-12-31")).toEqual([]);
  });

  it("a month given without its day is its last day", () => {
    expect(dues("10-K", "2002-12")).toEqual(["any 2003-03-31"]);
  });

  it("notice deadline one business day after the due date; grace period 15 or 5 days, then Rule 0-3", () => {
    expect(graceDays("10-K")).toBe(15);
    expect(graceDays("20-F")).toBe(15);
    expect(graceDays("11-K")).toBe(15);
    expect(graceDays("N-CSR")).toBe(15);
    expect(graceDays("N-CEN")).toBe(15);
    expect(graceDays("10-Q")).toBe(5);
    expect(graceDays("10-D")).toBe(5);
    expect(noticeWindow("10-K", "2013-03-01")).toEqual({ dueDate: "2013-03-01", noticeDeadline: "2013-03-04", graceEnds: "2013-03-18" });
    expect(noticeWindow("10-Q", "2021-11-15")).toEqual({ dueDate: "2021-11-15", noticeDeadline: "2021-11-16", graceEnds: "2021-11-22" });
    // Over Christmas 2020 (EDGAR closed December 24 and 25).
    expect(noticeWindow("10-Q", "2020-12-23")).toEqual({ dueDate: "2020-12-23", noticeDeadline: "2020-12-28", graceEnds: "2020-12-28" });
  });
});
