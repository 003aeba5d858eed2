import { describe, expect, it } from "vitest";
import { classifyReasons } from "../../src/reasons/classify-reasons.js";

/*
 * Background the narrative itself sets apart from the delay: a sentence
 * disclaimed by the one after it, a restatement told as finished history,
 * the audit as the moment something was found, a denied lawsuit, and the
 * phrasing families first seen in fixtures/reasons/heldout4.jsonl.
 */

const coded = (narrative: string) => classifyReasons({ narrative }).reasons;

describe("background set apart from the delay", () => {
  it("reads nothing in a sentence the next one disclaims", () => {
    expect(
      coded(
        "The Company is a defendant in several purported class actions filed after its guidance announcement. None of these actions relates to the delay in filing. The Company needs additional time to complete its financial statements.",
      ),
    ).toEqual(["no-reason"]);
    expect(coded("The Company's Chief Financial Officer resigned in March. These changes did not affect the filing.")).toEqual([
      "no-reason",
    ]);
  });

  it("keeps a sentence the next one does not look back at", () => {
    expect(coded("The Company's Chief Financial Officer resigned in March. The Company needs more time.")).toEqual(["management"]);
    expect(
      coded("The auditors need more time to complete the audit. This delay is not related to any dispute over the Form 10-K."),
    ).toEqual(["auditor"]);
  });

  it("reads a restatement finished in an earlier year as history, an ongoing one as a cause", () => {
    expect(
      coded(
        "As previously disclosed, in 2010 the Company restated its financial statements for fiscal 2008. The present delay is caused by the need to complete its review of the accounting for the modification of its warrants.",
      ),
    ).toEqual(["accounting-review"]);
    expect(coded("As previously disclosed, the Company is restating its financial statements for 2019 and needs additional time.")).toEqual([
      "restatement",
    ]);
    expect(
      coded("As previously disclosed, in 2020 the Company restated its financial statements, and the restatement has delayed the closing of later quarters."),
    ).toEqual(["restatement"]);
  });

  it("does not read the audit as outstanding when it is only when errors were found", () => {
    expect(
      coded(
        "During the audit of the Company's 2018 financial statements, the Company identified errors in prior years. The Company and its Audit Committee are evaluating the materiality of the errors.",
      ),
    ).toEqual(["restatement"]);
    expect(
      coded("During the audit of the Company's financial statements, the auditors identified several adjustments and require additional time."),
    ).toContain("auditor");
  });

  it("reads a lawsuit the filer is a defendant in, not one it denies", () => {
    expect(coded("The Company is not a defendant in any legal proceedings.")).toEqual(["no-reason"]);
    expect(coded("The Registrant is a defendant in an action brought by a former supplier, and counsel has not delivered its letter.")).toContain(
      "investigation",
    );
  });
});

describe("phrasing families", () => {
  const cases: Array<[string, string]> = [
    ["management", "In January the Registrant's Vice President-Finance left the Company and the position has not been filled."],
    ["accounting-review", "The Company requires time to finish its evaluation of the tax effects of the repatriation of foreign earnings."],
    ["accounting-review", "The Company cannot determine whether additional compensation expense must be recorded for prior periods."],
    ["financing-distress", "The Company is in ongoing discussions with holders of its senior notes regarding a potential exchange."],
    ["financing-distress", "The Company has not had sufficient resources to pay its outside accountants."],
  ];
  for (const [category, text] of cases) {
    it(`${category}: ${text.slice(0, 60)}…`, () => {
      expect(coded(text)).toContain(category);
    });
  }
  it("does not read resources the filer has as a lack of them", () => {
    expect(coded("The Company has sufficient resources to pay its obligations and needs time to complete the report.")).toEqual(["no-reason"]);
  });
});
