import { describe, expect, it } from "vitest";
import { noticeOutcome, type OutcomeInput } from "./notice-outcome.js";

/** A notice with its report, overridable. */
function input(over: Partial<OutcomeInput>): OutcomeInput {
  return { kind: "10-K", periodEnded: "2021-12-31", noticeFiled: "2022-03-31", report: null, dataEnd: "2022-12-31", ...over };
}

describe("noticeOutcome", () => {
  it("infers the fastest category whose notice deadline was met, and names the others that change the verdict", () => {
    const { outcome, messages } = noticeOutcome(
      input({ report: { accessionNumber: "0001140361-22-012951", formType: "10-K", dateFiled: "2022-04-04", matchedBy: "period" } }),
    );
    expect(outcome).toEqual({
      reportAccession: "0001140361-22-012951",
      reportForm: "10-K",
      reportFiledDate: "2022-04-04",
      matchedBy: "period",
      filerCategory: "non-accelerated",
      dueDate: "2022-03-31",
      dueDateBasis: "inferred",
      noticeDeadline: "2022-04-01",
      noticeTimely: true,
      graceEnds: "2022-04-15",
      filedWithinGracePeriod: true,
      daysAfterDue: 4,
    });
    expect(messages.map((m) => [m.ruleId, m.path])).toEqual([["link-category-alternatives", "outcome.filerCategory"]]);
    expect(messages[0]?.message).toContain("large-accelerated");
  });

  it("takes the fastest category when its deadline was met, without a warning when every category agrees", () => {
    const { outcome, messages } = noticeOutcome(
      input({
        periodEnded: "2012-12-31",
        noticeFiled: "2013-03-04",
        report: { accessionNumber: "0001193125-13-096241", formType: "10-K", dateFiled: "2013-03-07", matchedBy: "period" },
      }),
    );
    expect(outcome.filerCategory).toBe("large-accelerated");
    expect(outcome.dueDate).toBe("2013-03-01");
    expect(outcome.graceEnds).toBe("2013-03-18");
    expect(outcome.daysAfterDue).toBe(6);
    expect(messages).toEqual([]);
  });

  it("takes the slowest category when the notice met no deadline", () => {
    const { outcome } = noticeOutcome(input({ noticeFiled: "2022-04-05" }));
    expect(outcome.filerCategory).toBe("non-accelerated");
    expect(outcome.noticeTimely).toBe(false);
  });

  it("needs no category when every category has the same due date", () => {
    const { outcome, messages } = noticeOutcome(input({ kind: "10-Q", periodEnded: "1998-06-30", noticeFiled: "1998-08-17", dataEnd: "1999-01-01" }));
    expect(outcome).toMatchObject({ filerCategory: null, dueDateBasis: "category", dueDate: "1998-08-14", noticeDeadline: "1998-08-17", noticeTimely: true, graceEnds: "1998-08-19" });
    expect(outcome.filedWithinGracePeriod).toBe(false);
    expect(messages).toEqual([]);
  });

  it("leaves a report not found open when the index data ends before the grace period does", () => {
    expect(noticeOutcome(input({ dataEnd: "2022-04-10" })).outcome.filedWithinGracePeriod).toBeNull();
    expect(noticeOutcome(input({ dataEnd: null })).outcome.filedWithinGracePeriod).toBeNull();
    expect(noticeOutcome(input({ dataEnd: "2022-04-15" })).outcome.filedWithinGracePeriod).toBe(false);
    const { outcome } = noticeOutcome(input({}));
    expect([outcome.reportAccession, outcome.reportForm, outcome.reportFiledDate, outcome.matchedBy, outcome.daysAfterDue]).toEqual([null, null, null, null, null]);
  });

  it("counts a report filed the same day as its notice", () => {
    const { outcome } = noticeOutcome(
      input({ kind: "10-Q", periodEnded: "2023-09-30", noticeFiled: "2023-11-15", report: { accessionNumber: "a", formType: "10-Q", dateFiled: "2023-11-15", matchedBy: "period" } }),
    );
    expect(outcome).toMatchObject({ dueDate: "2023-11-14", filerCategory: "non-accelerated", noticeTimely: true, filedWithinGracePeriod: true, daysAfterDue: 1 });
  });

  it("warns of the COVID-19 order for reports due from 2020-03-01 to 2020-07-01", () => {
    const carbo = noticeOutcome(
      input({ periodEnded: "2019-12-31", noticeFiled: "2020-03-30", report: { accessionNumber: "r", formType: "10-K", dateFiled: "2020-05-15", matchedBy: "period" } }),
    );
    expect(carbo.outcome).toMatchObject({ dueDate: "2020-03-30", filerCategory: "non-accelerated", filedWithinGracePeriod: false, daysAfterDue: 46 });
    expect(carbo.messages.map((m) => m.ruleId)).toContain("link-covid-order");
    expect(noticeOutcome(input({ kind: "10-Q", periodEnded: "2020-05-15", noticeFiled: "2020-07-01" })).messages.map((m) => m.ruleId)).toContain("link-covid-order");
    expect(noticeOutcome(input({ kind: "10-Q", periodEnded: "2020-05-18", noticeFiled: "2020-07-03" })).messages.map((m) => m.ruleId)).not.toContain("link-covid-order");
  });

  it("has no due date without a period, a rule, or for a 10-D", () => {
    expect(noticeOutcome(input({ periodEnded: null })).messages.map((m) => m.ruleId)).toEqual(["link-no-period"]);
    expect(noticeOutcome(input({ kind: null })).messages.map((m) => m.ruleId)).toEqual(["link-no-rule"]);
    const tenD = noticeOutcome(input({ kind: "10-D", periodEnded: "2020-12-31", report: { accessionNumber: "d", formType: "10-D", dateFiled: "2021-01-20", matchedBy: "next-filing" } }));
    expect(tenD.outcome).toMatchObject({ dueDate: null, noticeTimely: null, graceEnds: null, filedWithinGracePeriod: null, daysAfterDue: null, reportForm: "10-D" });
  });
});
