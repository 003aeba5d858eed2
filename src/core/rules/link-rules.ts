/** ruleIds of `edgar-nt link`: warnings on a notice's outcome, and index data it could not read. */
export const linkRules = {
  "link-category-alternatives":
    "the filer category was inferred, and another category valid in that era would give another verdict (notice on time, report within the grace period)",
  "link-covid-order":
    "the report was due between 2020-03-01 and 2020-07-01, when the SEC's COVID-19 order allowed 45 more days: the verdicts may not hold",
  "link-first-report":
    "the notice is about the first quarterly report after a registration became effective, due 45 days after it (Rules 13a-13(a), 15d-13(a)) rather than after the quarter",
  "link-no-period": "neither the record nor the index data gives the period of the report: no due date",
  "link-no-rule": "the notice is about a report without a due-date rule here (an N-SAR, a 15d-2 report) or names none",
  "link-no-notice-date": "the notice's filing date is not known: no timeliness, no history",
  "index-line-unreadable": "a line of an index file is neither header nor a row (left out)",
  "link-record-unreadable": "a line of RECORDS is not a JSON object: it is left out, and the exit status is 1",
} as const;
