/*
 * A text without a header passes as a notice only when it shows the form's
 * structure: a title followed by the form's captions in order. Lists of
 * filings (the project's own SOURCES.tsv files), tables and articles that
 * name the captions are skipped as form-structure-missing; every real notice
 * still reads, the 1990s excerpts cut off after the cover included.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { showsFormStructure } from "../../src/envelope/form-structure.js";
import { parseFiling } from "../../src/parse-filing.js";

const ROOT = join(import.meta.dirname, "..", "..");
/** The shared corpus beside a developer's checkout; a user's clone has none, and its cases are then left out. */
const CORPUS = join(ROOT, "..", "shared", "corpus");
const HAS_CORPUS = existsSync(CORPUS);

function skipOf(file: string): string | null {
  const result = parseFiling(readFileSync(file), { path: file });
  return result.kind === "skip" ? result.skip.ruleId : null;
}

/** A constructed news article that quotes the form's captions in their order, in prose. */
const ARTICLE = `Acme Widgets Delays Annual Report

NEW YORK, March 31 (Example Wire) - Acme Widgets Inc. said on Tuesday it would not file its annual
report on time, and instead filed a Form 12b-25, the Notification of Late Filing that gives a company
fifteen more calendar days.

The one-page form is simple. At the top the company is asked to check one box for the report that is
late, Form 10-K, Form 20-F, Form 11-K or Form 10-Q, and to give the date of the period ended. Acme,
whose fiscal year ends in December, ticked the box for its annual report, according to the filing,
and left the transition report lines blank because it has not changed its fiscal year.

Analysts said the delay was not a surprise. The company replaced its auditor in the autumn and has
said that the new firm needed more time to review the inventory counts at two plants in Ohio, which
were hit by flooding last summer and had to close for several weeks.

In Part I, Registrant Information, the company gave its full name and the address of its principal
executive office in Dayton. In Part III it explained that the audit of its financial statements could
not be completed without unreasonable effort or expense, and it said it expected to file within the
extension period. Shares fell 3 percent in early trading.
`;

describe("notice detection needs the form's structure", () => {
  it.each([
    join(ROOT, "fixtures", "SOURCES.tsv"),
    join(ROOT, "fixtures", "excerpts", "SOURCES.tsv"),
    join(ROOT, "fixtures", "constructed", "SOURCES.tsv"),
    ...(HAS_CORPUS ? [join(CORPUS, "SOURCES.tsv"), join(CORPUS, "excerpts", "SOURCES.tsv")] : []),
  ])("skips the list of filings %s", (file) => {
    expect(skipOf(file)).toBe("form-structure-missing");
  });

  it("skips an article that quotes the captions in order", () => {
    const result = parseFiling(ARTICLE);
    expect(result.kind === "skip" && result.skip.ruleId).toBe("form-structure-missing");
    expect(showsFormStructure(ARTICLE.replace(/\s+/g, " "))).toBe(false);
  });

  it("skips a tab-separated table even when its cells hold a whole cover", () => {
    const cover = "FORM 12b-25 NOTIFICATION OF LATE FILING (Check One): [X] Form 10-K [ ] Form 10-Q For Period Ended: May 31, 1997 PART I - REGISTRANT INFORMATION";
    const table = ["file\tform\tdate\tnotes", ...[1, 2, 3, 4].map((n) => `f${n}.txt\tNT 10-K\t1997-0${n}-01\t${cover}`)].join("\n");
    const result = parseFiling(table);
    expect(result.kind === "skip" && result.skip.ruleId).toBe("form-structure-missing");
  });

  it("reads every real notice and excerpt, those cut off after the cover included", () => {
    const shared = HAS_CORPUS ? [join(CORPUS, "excerpts"), join(CORPUS, "filings")] : [];
    const folders = [join(ROOT, "fixtures", "excerpts"), ...shared, join(ROOT, "fixtures", "samples")];
    let read = 0;
    for (const folder of folders) {
      for (const name of readdirSync(folder).filter((n) => !n.endsWith(".tsv"))) {
        expect(skipOf(join(folder, name)), `${folder}/${name}`).toBeNull();
        read++;
      }
    }
    expect(read).toBeGreaterThanOrEqual(HAS_CORPUS ? 60 : 25);
  });

  it("reads a cover cut off after Part I's heading, and one with the transition line only", () => {
    const cut = "FORM 12b-25\nNOTIFICATION OF LATE FILING\n(Check One): [X] Form 10-K [ ] Form 20-F [ ] Form 11-K [ ] Form 10-Q\nFor Period Ended: May 31, 1997\n";
    expect(showsFormStructure(cut.replace(/\s+/g, " "))).toBe(true);
    const transition = "FORM 12b-25 NOTIFICATION OF LATE FILING TRANSITION REPORT ON FORM 10-K For the Transition Period January 1, 1996 to July 31, 1996. PART I - REGISTRANT INFORMATION";
    expect(showsFormStructure(transition)).toBe(true);
  });
});
