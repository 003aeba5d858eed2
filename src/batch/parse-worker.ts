import { parseFiling } from "../parse-filing.js";
import type { ParseTask, WireOutcome } from "./parse-task.js";

/**
 * The worker-thread side of the parse pool: parses one filing. Messages
 * beyond the record's own warnings are dropped here so that less crosses
 * back to the main thread.
 */
export default function parseTasks(tasks: ParseTask[]): WireOutcome[] {
  return tasks.map(parseTask);
}

/** Parses one filing for the main thread. */
function parseTask(task: ParseTask): WireOutcome {
  const result = parseFiling(task.bytes, { path: task.path, ...(task.forms ? { forms: task.forms } : {}) });
  // The record crosses as JSON text: one string is cloned far faster than a
  // deep object graph (structured cloning took a third of a worker's time).
  return result.kind === "record" ? { kind: "record", record: JSON.stringify(result.record) } : { kind: "skip", skip: result.skip };
}
