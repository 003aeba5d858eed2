import type { NtRecord } from "./types.js";

/** A record with every field at its "not given" value (null, [], false for `form.amendment`). */
export function emptyRecord(path: string, sha256: string, format: "text" | "html"): NtRecord {
  return {
    schemaVersion: 1,
    source: { path, sha256, format },
    filing: {
      accessionNumber: null,
      submissionType: null,
      filedDate: null,
      cik: null,
      companyName: null,
      sic: null,
      stateOfIncorporation: null,
      fiscalYearEnd: null,
      fileNumber: null,
    },
    form: {
      amendment: false,
      reportTypes: [],
      periodEnded: null,
      transition: null,
      transitionPeriodEnded: null,
      itemsRelatedTo: null,
      secFileNumber: null,
      cusip: null,
    },
    registrant: { name: null, formerName: null, address: null, cityStateZip: null },
    part2: { reliefClaimed: null },
    part3: { narrative: null },
    part4: {
      contactName: null,
      contactPhone: null,
      otherReportsFiled: null,
      reportsNotFiled: null,
      significantChange: null,
      changeExplanation: null,
      changeDirection: null,
      changeFigures: [],
    },
    signature: { registrantName: null, date: null, name: null, title: null },
    auditorLetter: null,
    intent: { withinGracePeriod: null },
    history: { priorNotices: null, firstTime: null },
    reasons: [],
    evidence: {},
    warnings: [],
  };
}
