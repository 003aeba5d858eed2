/** ruleIds of envelope, parsing and field extraction. */
export const coreRules = {
  "not-12b25": "the input is not a Form 12b-25 notice (skipped)",
  "empty-input": "the input holds no text (skipped)",
  "field-missing": "the form does not give this value",
  "checkbox-unreadable": "a checkbox whose mark cannot be read",
  "date-unparsed": "a date that could not be read",
  "section-missing": "a part of the form was not found (the notice may end early)",
  "internal-error": "an unexpected error while parsing (a bug: the input is skipped, the batch goes on)",
  "envelope-header-unreadable": "a submission header value in a shape that cannot be read (left null)",
  "envelope-no-documents": "the envelope holds no <DOCUMENT>",
  "envelope-text-unclosed": "a document's <TEXT> is not closed; its body runs to the next document boundary",
  "envelope-text-missing": "a <DOCUMENT> without <TEXT>; the lines after its head are read as the body",
  "envelope-body-not-text": "a document body that is a PDF or uuencoded binary (skipped)",
  "envelope-notice-missing": "the submission is a Form 12b-25 but holds no readable notice document (skipped)",
  "form-structure-missing": "a text without a header that names the form's words but does not show its structure (a list, an index, a table of filings, an article): not a notice (skipped)",
} as const;
