import { describe, expect, it } from "vitest";
import type { Message } from "../../src/core/message.js";
import { capMessages, MAX_MESSAGES_PER_RULE } from "../../src/record/cap-messages.js";
import { rules } from "../../src/core/rules/index.js";
import { parseFiling } from "../../src/parse-filing.js";
import { MAX_PHRASES_PER_CATEGORY } from "../../src/reasons/classify-reasons.js";
import { WORST_CASES } from "../helpers/fuzz-worst-cases.js";

function message(ruleId: Message["ruleId"], line: number): Message {
  return { ruleId, message: `m${line}`, path: null, line, column: 1 };
}

describe("capMessages", () => {
  it("keeps every message when no ruleId repeats past the cap", () => {
    const list = [message("field-missing", 1), message("html-glyph-unknown", 2), message("field-missing", 3)];
    expect(capMessages(list)).toEqual(list);
  });

  it("keeps the first messages of a flooding ruleId, in order, and says how many more there were", () => {
    const list = [message("field-missing", 0), ...Array.from({ length: 250_000 }, (_, i) => message("html-glyph-unknown", i + 1))];
    const kept = capMessages(list);
    expect(kept).toHaveLength(1 + MAX_MESSAGES_PER_RULE + 1);
    expect(kept.slice(0, 1 + MAX_MESSAGES_PER_RULE)).toEqual(list.slice(0, 1 + MAX_MESSAGES_PER_RULE));
    const summary = kept[kept.length - 1];
    expect(summary).toMatchObject({ ruleId: "warnings-capped", line: MAX_MESSAGES_PER_RULE + 1, column: 1, path: null });
    expect(summary?.message).toContain(String(250_000 - MAX_MESSAGES_PER_RULE));
  });

  it("names a catalogued ruleId", () => {
    expect(Object.keys(rules)).toContain("warnings-capped");
  });
});

describe("a reason's evidence in the record", () => {
  it("lists the first phrases of a category given in every sentence of a long narrative, with one reason-evidence-capped warning", () => {
    const flood = WORST_CASES.find((c) => c.name === "html: 10 MB text node");
    if (!flood) throw new Error("worst case not found");
    const result = parseFiling(flood.build(0.002), { path: "flood.htm" });
    if (result.kind !== "record") throw new Error(`no record: ${result.skip.ruleId}`);
    const evidence = result.record.evidence["reasons.auditor"];
    expect(Array.isArray(evidence) ? evidence.length : 1).toBe(MAX_PHRASES_PER_CATEGORY);
    const capped = result.record.warnings.filter((w) => w.ruleId === "reason-evidence-capped");
    expect(capped).toHaveLength(1);
    expect(capped[0]).toMatchObject({ path: "reasons" });
    expect(capped[0]?.line).toBeGreaterThan(0);
  });
});
