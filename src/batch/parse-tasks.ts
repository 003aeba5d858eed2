import { loadPlainFile } from "../input/load-plain-file.js";
import { screenForms } from "../input/screen-forms.js";
import type { Skip } from "../core/message.js";
import type { ParseOptions, ParseResult } from "../parse-filing-types.js";
import { finishOutcome } from "./finish-outcome.js";
import type { FinishedOutcome, TaskBatch } from "./parse-task.js";
import { packOutcomes, type OutcomeBatch } from "./outcome-batch.js";

/** A parser of one filing's bytes, as the worker runs it (`parseFiling`, or a stand-in in benchmarks). */
export type ParseFunction = (input: Uint8Array, options: ParseOptions) => ParseResult;

/**
 * The worker-thread side of the parse pool, over the parser `parse`: reads
 * the batch's plain files (as the sources would: size limit, screen), parses
 * each filing and makes its output there (see {@link finishOutcome}), and
 * packs the outcomes for the way back ({@link packOutcomes}).
 */
export function parseTasksWith(parse: ParseFunction): (batch: TaskBatch) => OutcomeBatch {
  const screens = new Map<string, (head: string) => Skip | null>();
  const screenOf = (forms: readonly string[] | undefined): ((head: string) => Skip | null) => {
    const key = forms ? JSON.stringify(forms) : "";
    let screen = screens.get(key);
    if (!screen) screens.set(key, (screen = screenForms(forms ?? null)));
    return screen;
  };
  return ({ bytes, ends, files, paths, forms, maxBytes, shape }) => {
    let start = 0;
    const parseBytes = (input: Uint8Array, path: string): FinishedOutcome => {
      const result = parse(input, { path, ...(forms ? { forms } : {}) });
      return finishOutcome(result.kind === "record" ? { kind: "record", record: result.record } : result, shape);
    };
    const outcomes = paths.map((path, i): FinishedOutcome => {
      const end = ends[i] ?? start;
      const input = bytes.subarray(start, end);
      start = end;
      const file = files[i];
      if (file === null || file === undefined) return parseBytes(input, path);
      const loaded = loadPlainFile(typeof file === "string" ? file : Buffer.from(file), { maxBytes, screen: screenOf(forms) });
      const { size } = loaded;
      if ("failure" in loaded) return { kind: "failure", failure: { ruleId: "source-unreadable", reason: loaded.failure }, size };
      if ("skip" in loaded) return { kind: "skip", skip: loaded.skip, size };
      return { ...parseBytes(loaded.bytes, path), size };
    });
    return packOutcomes(outcomes);
  };
}
