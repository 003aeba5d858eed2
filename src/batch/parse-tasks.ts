import type { ParseOptions, ParseResult } from "../parse-filing-types.js";
import { finishOutcome } from "./finish-outcome.js";
import type { FinishedOutcome, TaskBatch } from "./parse-task.js";

/** A parser of one filing's bytes, as the worker runs it (`parseFiling`, or a stand-in in benchmarks). */
export type ParseFunction = (input: Uint8Array, options: ParseOptions) => ParseResult;

/**
 * The worker-thread side of the parse pool, over the parser `parse`: parses
 * each filing of a batch and makes its output there (see {@link finishOutcome}).
 */
export function parseTasksWith(parse: ParseFunction): (batch: TaskBatch) => FinishedOutcome[] {
  return ({ bytes, ends, paths, forms, shape }) => {
    let start = 0;
    return paths.map((path, i) => {
      const end = ends[i] ?? start;
      const result = parse(bytes.subarray(start, end), { path, ...(forms ? { forms } : {}) });
      start = end;
      return finishOutcome(result.kind === "record" ? { kind: "record", record: result.record } : result, shape);
    });
  };
}
