import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseFiling } from "../parse-filing.js";
import { inspectPage } from "./inspect-page.js";

const DOMO = join(import.meta.dirname, "..", "..", "fixtures/samples/Luke-Bradford_domo_nt10q.htm");

describe("inspectPage", () => {
  const result = parseFiling(readFileSync(DOMO), { path: "domo.htm", keepTexts: true });
  if (result.kind !== "record" || !result.texts) throw new Error("no record");
  const { record, texts } = result;

  it("lists the outcome's fields when link has filled them in, escaped", () => {
    const outcome = { ...record.outcome, reportForm: "10-Q <b>", reportFiledDate: "2026-08-20" };
    const page = inspectPage({ ...record, outcome }, texts);
    expect(page).toContain("<h2>Outcome</h2>");
    expect(page).toContain("outcome.reportFiledDate");
    expect(page).toContain("10-Q &#60;b&#62;");
    // A notice read alone: every outcome field null, no group.
    expect(inspectPage(record, texts)).not.toContain("<h2>Outcome</h2>");
  });

  it("groups the values by part, then reasons, coding and warnings", () => {
    const titles = [...inspectPage(record, texts).matchAll(/<h2>([^<]+)<\/h2>/g)].map((m) => m[1]);
    expect(titles).toEqual([
      "Filing (EDGAR header)",
      "Cover",
      "Part I  Registrant information",
      "Part II  Rule 12b-25(b) and (c)",
      "Part III  Narrative",
      "Part IV  Other information",
      "Signature",
      "Accountant&#39;s letter",
      "Reasons",
      "Coding",
      `Warnings (${record.warnings.length})`,
      "Notice",
    ]);
  });
});
