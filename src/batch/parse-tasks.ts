import type { ParseOptions, ParseResult } from "../parse-filing-types.js";
import type { ParseTask, WireOutcome } from "./parse-task.js";

/** A parser of one filing's bytes, as the worker runs it (`parseFiling`, or a stand-in in benchmarks). */
export type ParseFunction = (input: Uint8Array, options: ParseOptions) => ParseResult;

/**
 * The worker-thread side of the parse pool, over the parser `parse`: parses
 * each filing of a batch and returns what crosses back to the main thread.
 */
export function parseTasksWith(parse: ParseFunction): (tasks: ParseTask[]) => WireOutcome[] {
  return (tasks) =>
    tasks.map((task) => {
      const result = parse(task.bytes, { path: task.path, ...(task.forms ? { forms: task.forms } : {}) });
      // The record crosses as JSON text: one string is cloned far faster than a
      // deep object graph (structured cloning took a third of a worker's time).
      return result.kind === "record" ? { kind: "record", record: JSON.stringify(result.record) } : { kind: "skip", skip: result.skip };
    });
}
