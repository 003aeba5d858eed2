import { BARE_NOTICE, type FixtureCase } from "../fixture-case.js";

/**
 * A notice that ends in the middle of Part II (as the excerpts of
 * fixtures/excerpts/ end early): what it shows is read, the rest is null
 * with a warning, and the input is never skipped.
 */
export const TRUNCATED_CASES: FixtureCase[] = [
  {
    fixture: "truncated/mid-part2.txt",
    variation: "text ends inside Part II, after its box",
    complete: false,
    warnings: [
      { ruleId: "section-missing", path: "part3.narrative" },
      { ruleId: "section-missing", path: "part4.otherReportsFiled" },
      { ruleId: "section-missing", path: "signature.name" },
    ],
    fields: {
      ...BARE_NOTICE,
      "form.amendment": false,
      "form.reportTypes": ["10-Q"],
      "form.periodEnded": "1998-09-30",
      "form.transition": false,
      "form.transitionPeriodEnded": null,
      "form.itemsRelatedTo": null,
      "form.secFileNumber": "0-23117",
      "form.cusip": null,
      "registrant.name": "Anasazi Turquoise Traders, Inc.",
      "registrant.formerName": null,
      "registrant.address": "102 Plaza Don Luis",
      "registrant.cityStateZip": "Gallup, New Mexico 87301",
      "part2.reliefClaimed": true,
      "part3.narrative": null,
      "part4.contactName": null,
      "part4.contactPhone": null,
      "part4.otherReportsFiled": null,
      "part4.reportsNotFiled": null,
      "part4.significantChange": null,
      "part4.changeExplanation": null,
      "signature.registrantName": null,
      "signature.date": null,
      "signature.name": null,
      "signature.title": null,
    },
  },
];
