import { BARE_NOTICE, type FixtureCase } from "../fixture-case.js";

/** Part IV answer layouts, reports identified under (2), explanations under (3). */
export const PART4_CASES: FixtureCase[] = [
  {
    fixture: "part4/no-reports-identified.txt",
    variation: "(2) [X] No with the report identified; (3) [X] Yes with a two-paragraph explanation",
    complete: true,
    fields: {
      ...BARE_NOTICE,
      "form.amendment": false,
      "form.reportTypes": ["10-K"],
      "form.periodEnded": "1997-12-31",
      "form.transition": false,
      "form.transitionPeriodEnded": null,
      "form.itemsRelatedTo": null,
      "form.secFileNumber": null,
      "form.cusip": null,
      "registrant.name": "Mesa Verde Nursing Centers, Inc.",
      "registrant.formerName": null,
      "registrant.address": "2500 North Speer Boulevard",
      "registrant.cityStateZip": "Denver, Colorado 80211",
      "part2.reliefClaimed": true,
      "part3.narrative":
        "The Registrant has been in default under its mortgage loans since August 1997 and is negotiating a " +
        "restructuring with its lenders. The Registrant cannot complete its financial statements until the terms " +
        "of the restructuring are known.",
      "part4.contactName": "Gregory S. Tallman",
      "part4.contactPhone": "(303) 555-4477",
      "part4.otherReportsFiled": false,
      "part4.reportsNotFiled":
        "The Registrant has not filed its Quarterly Report on Form 10-Q for the quarter ended September 30, 1997.",
      "part4.significantChange": true,
      "part4.changeExplanation":
        "The Registrant expects to report a net loss of approximately $6.8 million for 1997, compared with a net " +
        "loss of $1.2 million for 1996. The increase results mainly from a provision of $4.1 million for losses on " +
        "the closing of two nursing centers.\n\nBecause the restructuring has not been completed, the Registrant " +
        "cannot yet estimate the interest expense to be recorded for the fourth quarter.",
      "signature.registrantName": "Mesa Verde Nursing Centers, Inc.",
      "signature.date": "1998-03-31",
      "signature.name": "Gregory S. Tallman",
      "signature.title": "Chief Financial Officer",
    },
  },
  {
    fixture: "part4/words-own-line.txt",
    variation: "NO and YES as words on their own lines; reports identified; three-paragraph explanation",
    complete: true,
    fields: {
      ...BARE_NOTICE,
      "form.amendment": false,
      "form.reportTypes": ["10-Q"],
      "form.periodEnded": "1998-03-31",
      "form.transition": false,
      "form.transitionPeriodEnded": null,
      "form.itemsRelatedTo": null,
      "form.secFileNumber": null,
      "form.cusip": null,
      "registrant.name": "Brazos Valley Cattle Feeders, Inc.",
      "registrant.formerName": null,
      "registrant.address": "8800 Highway 6 South",
      "registrant.cityStateZip": "College Station, Texas 77845",
      "part2.reliefClaimed": true,
      "part3.narrative":
        "The Registrant's former independent accountants withdrew their report on the Registrant's 1997 financial " +
        "statements on May 4, 1998. The Registrant is seeking new accountants to review its quarterly financial " +
        "statements.",
      "part4.contactName": "Travis W. Kocurek",
      "part4.contactPhone": "(409) 555-3319",
      "part4.otherReportsFiled": false,
      "part4.reportsNotFiled":
        "The Registrant's Annual Report on Form 10-K for the year ended December 31, 1997 has been filed, but the " +
        "report of the former accountants included in it has been withdrawn.",
      "part4.significantChange": true,
      "part4.changeExplanation":
        "The Registrant expects to report a net loss for the quarter ended March 31, 1998 of approximately $2.3 " +
        "million, compared with net income of $0.4 million for the quarter ended March 31, 1997.\n\nThe loss " +
        "reflects lower cattle prices during the quarter.\n\nThe Registrant cannot make a more precise estimate " +
        "until the review of its financial statements is completed.",
      "signature.registrantName": "Brazos Valley Cattle Feeders, Inc.",
      "signature.date": "1998-05-15",
      "signature.name": "Travis W. Kocurek",
      "signature.title": "Treasurer",
    },
  },
  {
    fixture: "part4/yes-mark-after.txt",
    variation: "marks after their labels: Form 10-K [X], Yes [X] No [ ]; Part II box at the end of the lead-in",
    complete: true,
    fields: {
      ...BARE_NOTICE,
      "form.amendment": false,
      "form.reportTypes": ["10-K"],
      "form.periodEnded": "1998-09-30",
      "form.transition": false,
      "form.transitionPeriodEnded": null,
      "form.itemsRelatedTo": null,
      "form.secFileNumber": null,
      "form.cusip": null,
      "registrant.name": "Shenandoah Furniture Industries, Inc.",
      "registrant.formerName": null,
      "registrant.address": "600 Factory Street",
      "registrant.cityStateZip": "Martinsville, Virginia 24112",
      "part2.reliefClaimed": true,
      "part3.narrative":
        "The Registrant closed its Galax upholstery plant in October 1998 and is determining the amount of the " +
        "related restructuring charge, which must be reflected in its financial statements for the fiscal year " +
        "ended September 30, 1998.",
      "part4.contactName": "Wallace E. Hundley",
      "part4.contactPhone": "(540) 555-2600",
      "part4.otherReportsFiled": true,
      "part4.reportsNotFiled": null,
      "part4.significantChange": false,
      "part4.changeExplanation": null,
      "signature.registrantName": "Shenandoah Furniture Industries, Inc.",
      "signature.date": "1998-12-29",
      "signature.name": "Wallace E. Hundley",
      "signature.title": "Vice President, Finance",
    },
  },
];
