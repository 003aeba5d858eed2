import type { RuleId } from "../core/rules/index.js";

/**
 * How much a run says on standard error: `quiet` names failures only (no
 * summary, no progress), `normal` adds the skips worth a look and the
 * summary, `verbose` names every skip as well.
 */
export type Verbosity = "quiet" | "normal" | "verbose";

/**
 * Skips that are the normal business of a feed (in EDGAR's daily archives
 * about 99 in 100 submissions are other forms): counted in the summary by
 * ruleId, named one by one only with `--verbose` (and always in `--errors`).
 */
const ROUTINE_SKIPS: ReadonlySet<RuleId> = new Set<RuleId>(["not-12b25", "empty-input", "form-not-selected"]);

/**
 * The line standard error gets for an input that gave no record, or null
 * when `verbosity` leaves it to the summary: a failure is always named; a
 * routine skip only when verbose; any other skip (too large, a notice
 * document that cannot be read, a pipe inside a folder…) unless quiet.
 */
export function listingLine(path: string, kind: "skip" | "failure", ruleId: RuleId, reason: string, verbosity: Verbosity): string | null {
  if (kind === "failure") return `${path}: failed (${ruleId}): ${reason}`;
  const shown = verbosity === "verbose" || (verbosity === "normal" && !ROUTINE_SKIPS.has(ruleId));
  return shown ? `${path}: skipped (${ruleId}): ${reason}` : null;
}
