import type { Message } from "../core/message.js";

/**
 * How many messages of one ruleId a record keeps. Real notices give a few
 * warnings of a kind; an HTML body set in a symbol font gives one
 * `html-glyph-unknown` per letter, 600,000 per MB, which made a 7.5 MB
 * input's record too large for one JSON string and ended the whole batch
 * run (test/robustness/worst-cases.test.ts).
 */
export const MAX_MESSAGES_PER_RULE = 100;

/**
 * Keeps the first {@link MAX_MESSAGES_PER_RULE} messages of each ruleId, in
 * their order, and adds after them one `warnings-capped` message per ruleId
 * that had more, saying how many were left out and where the first of
 * those was. Linear in the number of messages.
 */
export function capMessages(messages: readonly Message[], perRule = MAX_MESSAGES_PER_RULE): Message[] {
  const seen = new Map<string, number>();
  const kept: Message[] = [];
  const firstDropped = new Map<string, Message>();
  for (const m of messages) {
    const n = (seen.get(m.ruleId) ?? 0) + 1;
    seen.set(m.ruleId, n);
    if (n <= perRule) kept.push(m);
    else if (!firstDropped.has(m.ruleId)) firstDropped.set(m.ruleId, m);
  }
  for (const [ruleId, first] of firstDropped) {
    const more = (seen.get(ruleId) ?? 0) - perRule;
    kept.push({
      ruleId: "warnings-capped",
      message: `${more} more ${ruleId} warnings left out (the first ${perRule} are kept)`,
      path: first.path,
      line: first.line,
      column: first.column,
    });
  }
  return kept;
}
