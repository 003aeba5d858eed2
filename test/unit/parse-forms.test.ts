import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseFiling } from "../../src/parse-filing.js";

const FIXTURES = join(import.meta.dirname, "..", "..", "fixtures");
/** An NT 10-K submission with its SEC header. */
const NT10K = readFileSync(join(FIXTURES, "envelope", "submission-1997-pem.txt"));

describe("ParseOptions.forms", () => {
  it("reads a notice of a selected type (case and inner blanks aside)", () => {
    expect(parseFiling(NT10K, { forms: ["nt  10-k"] }).kind).toBe("record");
    expect(parseFiling(NT10K).kind).toBe("record");
  });

  it("skips a notice of another NT type as form-not-selected", () => {
    const result = parseFiling(NT10K, { forms: ["NT 10-Q"] });
    expect(result.kind === "skip" && result.skip.ruleId).toBe("form-not-selected");
  });

  it("applies to a notice without a header through its document's type", () => {
    const bare = "<DOCUMENT>\n<TYPE>NT 10-Q\n<TEXT>\nFORM 12b-25 NOTIFICATION OF LATE FILING\n(Check One): [ ] Form 10-K [X] Form 10-Q\n</TEXT>\n</DOCUMENT>\n";
    expect(parseFiling(bare, { forms: ["NT 10-Q"] }).kind).toBe("record");
    const result = parseFiling(bare, { forms: ["NT 10-K"] });
    expect(result.kind === "skip" && result.skip.ruleId).toBe("form-not-selected");
  });
});
