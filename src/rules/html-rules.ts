/** ruleIds of the HTML front end. */
export const htmlRules = {
  "html-glyph-unknown": "a checkbox glyph whose state cannot be decided from its character and font",
} as const;
