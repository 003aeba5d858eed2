import { parseFiling } from "../parse-filing.js";
import type { ParseOutcome, ParseTask } from "./parse-task.js";

/**
 * The worker-thread side of the parse pool: parses one filing. Messages
 * beyond the record's own warnings are dropped here so that less crosses
 * back to the main thread.
 */
export default function parseTask(task: ParseTask): ParseOutcome {
  const { record, skip } = parseFiling(task.bytes, { path: task.path, ...(task.forms ? { forms: task.forms } : {}) });
  return { record, skip };
}
