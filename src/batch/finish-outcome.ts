import { encodeTemplate, recordTemplate } from "./record-template.js";
import type { FinishedOutcome, OutputShape, ParseOutcome } from "./parse-task.js";

/**
 * Makes a parsed filing ready for the output in `shape`, where it was
 * parsed: the record's text (or JSON, for the typed files) and the values
 * the main thread needs besides, so that it never parses or serialises the
 * record again.
 */
export function finishOutcome(outcome: ParseOutcome, shape: OutputShape): FinishedOutcome {
  if (outcome.kind === "skip") return outcome;
  const { record } = outcome;
  return {
    kind: "notice",
    notice: {
      cik: record.filing.cik,
      date: record.filing.filedDate ?? record.signature.date,
      history: record.history,
      warnings: record.warnings.map((w) => w.ruleId),
      output:
        shape.kind === "text"
          ? { kind: "text", parts: encodeTemplate(recordTemplate(record, shape)) }
          : // The record crosses as JSON text: one string is cloned far faster than a
            // deep object graph (structured cloning took a third of a worker's time).
            { kind: "record", json: JSON.stringify(record) },
    },
  };
}
