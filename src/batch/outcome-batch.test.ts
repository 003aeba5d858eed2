import { describe, expect, it } from "vitest";
import { packOutcomes, unpackOutcomes } from "./outcome-batch.js";
import type { FinishedOutcome } from "./parse-task.js";

const history = { priorNotices: null, priorNotices12m: null, firstTime: null, lateReportFiled: null, daysLate: null };

describe("outcome batches", () => {
  it("give back every outcome, text parts included, through one JSON text and one buffer", () => {
    const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
    const outcomes: FinishedOutcome[] = [
      { kind: "skip", skip: { ruleId: "not-12b25", reason: "submission type 4" } },
      { kind: "notice", notice: { cik: "0000001", date: "2024-01-02", history, warnings: ["field-missing"], output: { kind: "text", parts: [utf8('{"a":"☒"'), utf8("}\n")] } } },
      { kind: "failure", failure: { ruleId: "source-unreadable", reason: "EACCES" }, size: 12 },
      { kind: "notice", notice: { cik: null, date: null, history, warnings: [], output: { kind: "text", parts: [utf8(""), utf8("x")] } } },
      { kind: "notice", notice: { cik: null, date: null, history, warnings: [], output: { kind: "record", json: "{}" } } },
    ];
    const back = unpackOutcomes(structuredClone(packOutcomes(outcomes)));
    expect(back.map((o) => (o.kind === "notice" && o.notice.output.kind === "text" ? { ...o, notice: { ...o.notice, output: o.notice.output.parts.map((p) => Buffer.from(p).toString()) } } : o))).toEqual(
      outcomes.map((o) => (o.kind === "notice" && o.notice.output.kind === "text" ? { ...o, notice: { ...o.notice, output: o.notice.output.parts.map((p) => Buffer.from(p).toString()) } } : o)),
    );
  });
});
