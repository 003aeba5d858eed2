import { describe, expect, it } from "vitest";
import { phrase } from "../../src/reasons/reason-patterns.js";
import { REASON_TABLE } from "../../src/reasons/reason-table.js";

describe("phrase()", () => {
  it("matches any blanks between words, skips bounded gaps, and keeps word edges", () => {
    const p = phrase("complete ~3 audit");
    expect("to complete\u00a0the annual\naudit.".match(p)?.[0]).toBe("complete\u00a0the annual\naudit");
    expect(p.test("complete one two three four audit")).toBe(false);
    expect(phrase("audit").test("unaudited")).toBe(false);
  });
  it("lets an optional group carry its blank", () => {
    const p = phrase("sale of (?:its )? ~2 business");
    expect("the sale of its consumer business".match(p)?.[0]).toBe("sale of its consumer business");
    expect("the sale of consumer business".match(p)?.[0]).toBe("sale of consumer business");
  });
  it("refuses a gap glued to another token", () => {
    expect(() => phrase("a ~3b")).toThrow();
  });
});

describe("reason table", () => {
  it("has unique row ids named for their category", () => {
    const ids = REASON_TABLE.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of REASON_TABLE) expect(r.id.startsWith(`${r.category}.`)).toBe(true);
  });
});
