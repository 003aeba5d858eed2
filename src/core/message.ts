import type { Point } from "./line-index.js";
import type { RuleId } from "./rules/index.js";

/**
 * A message of any stage (envelope, render, form, fields, reasons, batch):
 * a warning on a record, a note of the HTML renderer, a line of the errors
 * file. Tests assert `ruleId` and position, never the prose.
 */
export interface Message {
  /** Stable id from the catalogue (`core/rules/`). */
  ruleId: RuleId;
  /** What happened, for people. */
  message: string;
  /** 1-based line in the input the message is about, or null when it is about no place. */
  line: number | null;
  /** 1-based column on that line, or null. */
  column: number | null;
  /** The record path (SPEC.md) the message is about, when it concerns one field. */
  path?: string | null;
}

/** Why an input yields no record: a ruleId and a reason. */
export interface Skip {
  ruleId: RuleId;
  reason: string;
}

/**
 * Maps an offset of a stage's text (space `O`: `InputOffset` for the
 * envelope, `BodyOffset` for a renderer) to the point in the input it came
 * from, through the input's line index.
 */
export type Locate<O extends number> = (offset: O) => Point;

/** A message at the point `locate` gives for `offset` (or at no place when `offset` is null). */
export function messageAt<O extends number>(ruleId: RuleId, message: string, locate: Locate<O>, offset: O | null, path?: string | null): Message {
  const point = offset === null ? null : locate(offset);
  const out: Message = { ruleId, message, line: point?.line ?? null, column: point?.column ?? null };
  if (path !== undefined) out.path = path;
  return out;
}
