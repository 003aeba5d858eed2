import { describe, expect, it } from "vitest";
import { noticeReport, noticeReportOf, reportForm } from "./report-families.js";

describe("report families", () => {
  it("tells a filing's family, kind and amendment from its form type", () => {
    expect(reportForm("10-K405")).toEqual({ family: "10-K", kind: "10-K", amendment: false });
    expect(reportForm("10-KSB40")).toEqual({ family: "10-K", kind: "10-KSB", amendment: false });
    expect(reportForm("10-KT/A")).toEqual({ family: "10-K", kind: "10-K", amendment: true });
    expect(reportForm("10-QSB")).toEqual({ family: "10-Q", kind: "10-QSB", amendment: false });
    expect(reportForm("N-CSRS")).toEqual({ family: "N-CSR", kind: "N-CSR", amendment: false });
    expect(reportForm("8-K")).toBeNull();
    expect(reportForm("NT 10-K")).toBeNull();
  });

  it("tells a notice's report from its submission type", () => {
    expect(noticeReport("NT 10-K")).toEqual({ family: "10-K", kind: "10-K", amendment: false });
    expect(noticeReport("NT 10-Q/A")).toEqual({ family: "10-Q", kind: "10-Q", amendment: true });
    expect(noticeReport("NT NCSR")).toEqual({ family: "N-CSR", kind: "N-CSR", amendment: false });
    expect(noticeReport("NT N-CEN")).toEqual({ family: "N-CEN", kind: "N-CEN", amendment: false });
    expect(noticeReport("NT NSAR")).toBeNull();
    expect(noticeReport("10-K")).toBeNull();
  });

  it("prefers the cover's checked box, of the submission type's family when several are checked", () => {
    expect(noticeReportOf("NT 10-K", ["10-KSB"])).toEqual({ family: "10-K", kind: "10-KSB" });
    expect(noticeReportOf("NT 10-Q", ["10-K", "10-Q"])).toEqual({ family: "10-Q", kind: "10-Q" });
    expect(noticeReportOf("NT 10-K", ["N-SAR"])).toEqual({ family: "10-K", kind: "10-K" });
    expect(noticeReportOf(null, ["20-F"])).toEqual({ family: "20-F", kind: "20-F" });
    expect(noticeReportOf(null, [])).toBeNull();
  });
});
