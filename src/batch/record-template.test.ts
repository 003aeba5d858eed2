import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseFiling } from "../parse-filing.js";
import { createRecordWriter, type TextFormat } from "../output/record-writer.js";
import type { NtRecord } from "../record/types.js";
import { encodeTemplate, fillTemplate, fillTemplateBytes, recordTemplate, type HistoryValues } from "./record-template.js";

/** The sample notices' records, and one with texts the CSV writer quotes or guards. */
function records(): NtRecord[] {
  const dir = "fixtures/samples";
  const parsed = readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const result = parseFiling(readFileSync(`${dir}/${name}`), { path: `${dir}/${name}` });
      return result.kind === "record" ? [result.record] : [];
    });
  const first = parsed[0];
  if (!first) throw new Error("no sample record");
  const odd: NtRecord = structuredClone(first);
  odd.registrant.name = '=HYPERLINK("x"), "quoted"\nnext line ';
  odd.part3.narrative = " leading blank, trailing comma,";
  odd.filing.cik = "-1";
  odd.history = { ...odd.history, priorNotices12m: 3 };
  return [...parsed, odd];
}

/** The values a batch fills in (the rest of `history` stays as parsed). */
const COUNTS: Pick<HistoryValues, "priorNotices" | "firstTime">[] = [
  { priorNotices: null, firstTime: null },
  { priorNotices: 0, firstTime: true },
  { priorNotices: 12, firstTime: false },
];

describe("record templates", () => {
  const all = records();
  for (const format of ["jsonl", "json", "csv"] as const satisfies readonly TextFormat[]) {
    for (const csv of [
      { bom: false, formulaGuard: true },
      { bom: true, formulaGuard: false },
    ]) {
      it(`fill in to the writer's text: ${format}, formula guard ${csv.formulaGuard ? "on" : "off"}`, () => {
        const writer = createRecordWriter(format, csv);
        const shape = { format, csv };
        all.forEach((record, i) => {
          for (const [h, counts] of COUNTS.entries()) {
            const history = { ...record.history, ...counts };
            const parts = recordTemplate(record, shape);
            const filled = structuredClone(record);
            filled.history = history;
            const index = i + h;
            expect(fillTemplate(parts, history, shape, index)).toBe(writer.record(filled, index));
            const chunks = fillTemplateBytes(encodeTemplate(parts), history, shape, index);
            expect(Buffer.concat(chunks).toString("utf8")).toBe(writer.record(filled, index));
          }
        });
      });
    }
  }
});
