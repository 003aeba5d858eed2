import type { ParseOptions, ParseResult } from "./parse-filing-types.js";

/**
 * Parses one filing (raw bytes or already-decoded text) into a record, or a
 * skip with a reason. Never throws.
 */
export function parseFiling(input: Uint8Array | string, options: ParseOptions = {}): ParseResult {
  void input;
  void options;
  return { record: null, skip: { ruleId: "not-12b25", reason: "not implemented yet" }, messages: [] };
}
