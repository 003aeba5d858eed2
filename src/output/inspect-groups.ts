/**
 * The record's groups as `inspect` shows them (in the terminal and on the
 * HTML page), each with its field paths in SPEC order.
 */
export const INSPECT_GROUPS: readonly (readonly [title: string, paths: readonly string[]])[] = [
  ["Filing (EDGAR header)", ["filing.accessionNumber", "filing.submissionType", "filing.filedDate", "filing.cik", "filing.companyName", "filing.sic", "filing.stateOfIncorporation", "filing.fiscalYearEnd", "filing.fileNumber"]],
  ["Cover", ["form.amendment", "form.reportTypes", "form.periodEnded", "form.transition", "form.transitionPeriodEnded", "form.itemsRelatedTo", "form.secFileNumber", "form.cusip"]],
  ["Part I  Registrant information", ["registrant.name", "registrant.formerName", "registrant.address", "registrant.cityStateZip"]],
  ["Part II  Rule 12b-25(b) and (c)", ["part2.reliefClaimed"]],
  ["Part III  Narrative", ["part3.narrative"]],
  ["Part IV  Other information", ["part4.contactName", "part4.contactPhone", "part4.otherReportsFiled", "part4.reportsNotFiled", "part4.significantChange", "part4.changeExplanation", "part4.changeDirection", "part4.changeFigures"]],
  ["Signature", ["signature.registrantName", "signature.date", "signature.name", "signature.title"]],
  ["Accountant's letter", ["auditorLetter.firm", "auditorLetter.date", "auditorLetter.text"]],
  ["Coding", ["reasons", "intent.withinGracePeriod", "history.priorNotices", "history.firstTime"]],
];

/** Fields whose text is long (shown whole, wrapped, in the terminal; cut short in the page's panel). */
export const LONG_TEXT_FIELDS: ReadonlySet<string> = new Set(["part3.narrative", "part4.changeExplanation", "auditorLetter.text"]);
