/**
 * The outcome check the property and worst-case tests rely on
 * (test/helpers/fuzz-outcome.ts) passes real outcomes and catches each kind
 * of broken one: were it lenient, the fuzzing would prove nothing.
 */
import { describe, expect, it } from "vitest";
import { parseFiling } from "../../src/parse-filing.js";
import type { ParseResult } from "../../src/parse-filing-types.js";
import { outcomeProblems } from "../helpers/fuzz-outcome.js";
import { realSeeds } from "../helpers/fuzz-seeds.js";

const seeds = realSeeds();
const notice = seeds.find((s) => s.name.endsWith("igene-nt10k-1998.txt")) ?? (seeds[0] as (typeof seeds)[number]);
const other = seeds.find((s) => !s.notice) ?? (seeds[0] as (typeof seeds)[number]);
const PATH = "input.txt";

/** A fresh outcome of the 1998 notice, to break. */
function good(): Extract<ParseResult, { kind: "record" }> {
  const result = parseFiling(notice.bytes, { path: PATH });
  if (result.kind !== "record") throw new Error(`the 1998 notice gave a skip: ${result.skip.ruleId}`);
  return result;
}

describe("outcomeProblems", () => {
  it("passes every real input's outcome", () => {
    for (const s of seeds) expect(outcomeProblems(parseFiling(s.bytes, { path: PATH }), s.bytes, PATH), s.name).toEqual([]);
  });

  const breakages: [string, (r: Extract<ParseResult, { kind: "record" }>) => void][] = [
    ["a field missing", (r) => delete (r.record?.registrant as unknown as Record<string, unknown>)["formerName"]],
    ["a field undefined", (r) => ((r.record?.part4 as unknown as Record<string, unknown>)["contactName"] = undefined)],
    ["a NaN", (r) => ((r.record?.history as unknown as Record<string, unknown>)["priorNotices"] = Number.NaN)],
    ["a wrong type", (r) => ((r.record?.form as unknown as Record<string, unknown>)["amendment"] = "no")],
    ["an unknown field", (r) => ((r.record as unknown as Record<string, unknown>)["extra"] = 1)],
    ["evidence on line 0", (r) => (r.record ? (r.record.evidence["registrant.name"] = { line: 0, column: 1, text: "x" }) : undefined)],
    ["evidence past the last line", (r) => (r.record ? (r.record.evidence["registrant.name"] = { line: 100_000, column: 1, text: "x" }) : undefined)],
    ["evidence past the line's end", (r) => (r.record ? (r.record.evidence["registrant.name"] = { line: 1, column: 5_000, text: "x" }) : undefined)],
    ["an empty evidence list", (r) => (r.record ? (r.record.evidence["form.reportTypes"] = []) : undefined)],
    ["a warning with an unknown ruleId", (r) => r.record?.warnings.push({ path: null, message: "m", line: null, column: null, ruleId: "no-such-rule" })],
    ["a message without text", (r) => r.messages.push({ path: null, message: "", line: null, column: null, ruleId: "field-missing" })],
    ["another path", (r) => r.record && (r.record.source.path = "elsewhere.txt")],
    ["another hash", (r) => r.record && (r.record.source.sha256 = "0".repeat(64))],
    ["neither a record nor a skip", (r) => Object.assign(r, { kind: "both" })],
    ["a huge record", (r) => r.record && (r.record.part3.narrative = "x".repeat(40 * notice.bytes.length + 300_000))],
  ];

  it.each(breakages)("catches %s", (_, breakIt) => {
    const result = good();
    breakIt(result);
    expect(outcomeProblems(result, notice.bytes, PATH).length).toBeGreaterThan(0);
  });

  it("catches a caught exception, an unknown skip ruleId and a skip without reason", () => {
    const skip = parseFiling(other.bytes, { path: PATH });
    expect(outcomeProblems(skip, other.bytes, PATH)).toEqual([]);
    for (const bad of [
      { ruleId: "internal-error", reason: "TypeError: x is undefined" },
      { ruleId: "no-such-rule", reason: "x" },
      { ruleId: "not-12b25", reason: " " },
    ]) {
      expect(outcomeProblems(Object.assign(parseFiling(other.bytes, { path: PATH }), { skip: bad }), other.bytes, PATH).length, bad.ruleId).toBeGreaterThan(0);
    }
    expect(outcomeProblems(Object.assign(parseFiling(other.bytes, { path: PATH }), { kind: "neither" }), other.bytes, PATH).length).toBeGreaterThan(0);
  });
});
