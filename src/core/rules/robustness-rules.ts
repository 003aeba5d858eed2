/** ruleIds that keep hostile inputs from blowing up a record. */
export const robustnessRules = {
  "warnings-capped":
    "more warnings of one ruleId than a record keeps: the first ones are kept, this one says how many more were left out",
} as const;
