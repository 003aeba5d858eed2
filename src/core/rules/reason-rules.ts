/** ruleIds of the reason coder. */
export const reasonRules = {
  "reason-evidence-capped": "a reason category given or mentioned in more phrases than its evidence lists (the first 100 are kept; the message points at the first left out)",
  "reason-input-invalid": "a line of `classify --jsonl` input that is not a JSON object with an id and a narrative (skipped)",
} as const;
