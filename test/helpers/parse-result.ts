import type { Skip } from "../../src/core/message.js";
import type { ParseResult } from "../../src/parse-filing-types.js";
import type { NtRecord } from "../../src/record/types.js";

/** The record of a parse result, or null for a skip. */
export function recordOf(result: ParseResult): NtRecord | null {
  return result.kind === "record" ? result.record : null;
}

/** The skip of a parse result, or null for a record. */
export function skipOf(result: ParseResult): Skip | null {
  return result.kind === "skip" ? result.skip : null;
}
