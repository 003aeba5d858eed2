/** ruleIds of the reason coder. */
export const reasonRules = {
  "reason-input-invalid": "a line of `classify --jsonl` input that is not a JSON object with an id and a narrative (skipped)",
} as const;
