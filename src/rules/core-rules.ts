/** ruleIds of envelope, parsing and field extraction. */
export const coreRules = {
  "not-12b25": "the input is not a Form 12b-25 notice (skipped)",
  "empty-input": "the input holds no text (skipped)",
  "field-missing": "the form does not give this value",
  "checkbox-unreadable": "a checkbox whose mark cannot be read",
  "date-unparsed": "a date that could not be read",
  "section-missing": "a part of the form was not found (the notice may end early)",
} as const;
