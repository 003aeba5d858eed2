/*
 * --forms: EDGAR's names of the NT types (case and blanks aside), a usage
 * error for anything else, and a filter on every input, a notice without a
 * header included (its <TYPE>, else the report type checked on its cover).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "../../src/cli/cli.js";
import { parseFormsOption } from "../../src/cli/forms-option.js";
import { selectForms } from "../../src/envelope/select-forms.js";
import { parseFiling } from "../../src/parse-filing.js";
import { ROOT, tempDir } from "../batch/batch-helpers.js";
import { IGENE, io } from "./cli-helpers.js";

describe("--forms values", () => {
  it("takes EDGAR's names in any case, with any blanks between words, /A for amendments", () => {
    expect(parseFormsOption("NT 10-Q")).toEqual({ forms: ["NT 10-Q"] });
    expect(parseFormsOption(" nt  10-q/a , NT 20-F,nt n-cen")).toEqual({ forms: ["NT 10-Q/A", "NT 20-F", "NT N-CEN"] });
  });

  it("refuses another spelling of a known type with the name to write", () => {
    const result = parseFormsOption("nt10-q");
    expect("problem" in result && result.problem).toContain("write NT 10-Q");
    const amended = parseFormsOption("NT 10K/A");
    expect("problem" in amended && amended.problem).toContain("write NT 10-K/A");
  });

  it("refuses an unknown name, listing the NT types", () => {
    for (const value of ["XYZ", "10-K", "NT 10-K, XYZ"]) {
      const result = parseFormsOption(value);
      expect("problem" in result && result.problem).toMatch(/the types are NT 10-K, NT 10-Q, NT 20-F, NT 11-K, .*NT N-CEN/);
    }
    expect("problem" in parseFormsOption(" , ")).toBe(true);
  });

  it("selects every spelling EDGAR has used for a type", () => {
    const select = selectForms(["NT N-CSR"]);
    expect(select("NT NCSR")).toBeNull();
    expect(select("NT N-CSR")).toBeNull();
    expect(select("NT 10-K")?.ruleId).toBe("form-not-selected");
    expect(select("10-K")?.ruleId).toBe("not-12b25");
  });

  it("is a usage error on the command line (exit 2), before any input is read", async () => {
    for (const value of ["XYZ", "nt10-q"]) {
      const world = io(ROOT);
      expect(await cli(["extract", "--forms", value, IGENE], world)).toBe(2);
      expect(world.out()).toBe("");
      expect(world.err()).toContain("--forms");
    }
    const world = io(ROOT);
    await cli(["extract", "--forms", "XYZ", IGENE], world);
    expect(world.err()).toContain("NT 10-K, NT 10-Q");
  });
});

describe("--forms on a notice without a header", () => {
  it("goes by the cover's checked report type: NT 10-Q leaves out the 1998 NT 10-K and counts it as not selected", async () => {
    const summary = join(tempDir(), "summary.json");
    const world = io(ROOT);
    expect(await cli(["extract", "--jobs", "1", "--forms", "NT 10-Q", "--summary", summary, IGENE], world), world.err()).toBe(0);
    expect(world.out()).toBe("");
    expect(JSON.parse(readFileSync(summary, "utf8"))).toMatchObject({ inputs: 1, records: 0, skips: { "form-not-selected": 1 } });
    expect(world.err()).toContain("form-not-selected 1");

    const selected = io(ROOT);
    expect(await cli(["extract", "--jobs", "1", "--forms", "nt 10-k", IGENE], selected)).toBe(0);
    expect(selected.out().trim().split("\n")).toHaveLength(1);
  });

  it("skips a notice whose cover checks no report type when --forms is given, and reads it without", () => {
    const bare = "NOTIFICATION OF LATE FILING\nFORM 12b-25\n(Check One): [ ] Form 10-K [ ] Form 10-Q\nPART I - REGISTRANT INFORMATION\nFull Name of Registrant: Acme Corp\n";
    const result = parseFiling(bare, { forms: ["NT 10-K"] });
    expect(result.kind === "skip" && result.skip.ruleId).toBe("form-not-selected");
    expect(parseFiling(bare).kind).toBe("record");
  });
});
