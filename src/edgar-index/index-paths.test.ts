import { describe, expect, it } from "vitest";
import { dailyIndexDate, dailyIndexPath, fullIndexPath, quarterOf, quartersBetween, submissionsUrl } from "./index-paths.js";

describe("EDGAR index locations", () => {
  it("names the quarterly and daily indexes", () => {
    expect(fullIndexPath({ year: 2021, quarter: 1 })).toBe("Archives/edgar/full-index/2021/QTR1/form.idx");
    expect(fullIndexPath({ year: 1994, quarter: 4 }, "master", true)).toBe("Archives/edgar/full-index/1994/QTR4/master.gz");
    expect(dailyIndexPath("2020-03-18")).toBe("Archives/edgar/daily-index/2020/QTR1/form.20200318.idx");
    expect(dailyIndexPath("2022-10-03", "company")).toBe("Archives/edgar/daily-index/2022/QTR4/company.20221003.idx");
    expect(submissionsUrl("1318605")).toBe("https://data.sec.gov/submissions/CIK0001318605.json");
  });

  it("counts quarters", () => {
    expect(quarterOf("2020-06-30")).toEqual({ year: 2020, quarter: 2 });
    expect(quartersBetween("2019-11-01", "2020-04-01")).toEqual([
      { year: 2019, quarter: 4 },
      { year: 2020, quarter: 1 },
      { year: 2020, quarter: 2 },
    ]);
  });

  it("reads the day of daily index names old and new", () => {
    expect(dailyIndexDate("form.20200318.idx")).toBe("2020-03-18");
    expect(dailyIndexDate("Archives/edgar/daily-index/1997/QTR1/form.970102.idx")).toBe("1997-01-02");
    expect(dailyIndexDate("form.010398.idx")).toBe("1998-01-03");
    expect(dailyIndexDate("master.20200103.idx.gz")).toBe("2020-01-03");
    expect(dailyIndexDate("form.idx")).toBeNull();
  });
});
