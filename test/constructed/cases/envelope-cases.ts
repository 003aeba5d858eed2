import { ALL_FILED_NO_CHANGE, BARE_NOTICE, type FixtureCase } from "../fixture-case.js";

/**
 * Submission envelopes: a 1998 PEM-wrapped submission with <SEC-HEADER> and
 * the accountant's letter as EX-99, the same with a 1995 <IMS-HEADER>, a
 * `.nc` submission with HTML documents, an NT 10-K/A, and a bare notice that
 * calls itself "AMENDMENT NO. 1".
 */
export const ENVELOPE_CASES: FixtureCase[] = [
  {
    fixture: "envelope/pem-sec-header-1998.txt",
    variation: "PEM wrapper, <SEC-HEADER>, notice as document 1, EX-99 letter as document 2, \"- ----\" rules",
    complete: true,
    fields: {
      ...ALL_FILED_NO_CHANGE,
      "source.format": "text",
      "filing.accessionNumber": "0000950116-98-000612",
      "filing.submissionType": "NT 10-K",
      "filing.filedDate": "1998-03-31",
      "filing.cik": "0000812345",
      "filing.companyName": "DELAWARE VALLEY CHEMICAL CORP",
      "filing.sic": "2810",
      "filing.stateOfIncorporation": "PA",
      "filing.fiscalYearEnd": "1231",
      "filing.fileNumber": "001-09876",
      "form.amendment": false,
      "form.reportTypes": ["10-K"],
      "form.periodEnded": "1997-12-31",
      "form.transition": false,
      "form.transitionPeriodEnded": null,
      "form.itemsRelatedTo": null,
      "form.secFileNumber": "1-9876",
      "form.cusip": null,
      "registrant.name": "Delaware Valley Chemical Corp.",
      "registrant.formerName": null,
      "registrant.address": "1 Chemical Plaza",
      "registrant.cityStateZip": "Chester, Pennsylvania 19013",
      "part2.reliefClaimed": true,
      "part3.narrative":
        "The Registrant's independent accountants have advised the Registrant that they cannot complete their audit " +
        "of the Registrant's 1997 financial statements until the Registrant completes its assessment of the " +
        "remediation costs at its Marcus Hook site, which was the subject of an order of the Pennsylvania Department " +
        "of Environmental Protection issued on March 2, 1998.\n\nA copy of the statement of the Registrant's " +
        "independent accountants required by Rule 12b-25(c) is attached as Exhibit 99.",
      "part4.contactName": "Walter H. Brightbill",
      "part4.contactPhone": "(610) 555-7000",
      "signature.registrantName": "Delaware Valley Chemical Corp.",
      "signature.date": "1998-03-31",
      "signature.name": "Walter H. Brightbill",
      "signature.title": "Vice President and Controller",
      "auditorLetter.firm": "Pruett & Lowry",
      "auditorLetter.date": "1998-03-30",
      "auditorLetter.text":
        "We have read the statements made by Delaware Valley Chemical Corp. in Part III of its Form 12b-25 and agree " +
        "with them. As independent accountants of the Registrant, we are unable to complete our audit of the " +
        "Registrant's 1997 financial statements until the Registrant completes its assessment of the remediation " +
        "costs at its Marcus Hook site.",
    },
  },
  {
    fixture: "envelope/ims-header-1995.txt",
    variation: "PEM wrapper, <IMS-HEADER>, NT 10-Q with an EX-99 letter",
    complete: true,
    fields: {
      ...ALL_FILED_NO_CHANGE,
      "source.format": "text",
      "filing.accessionNumber": "0000916641-95-000217",
      "filing.submissionType": "NT 10-Q",
      "filing.filedDate": "1995-08-14",
      "filing.cik": "0000098765",
      "filing.companyName": "OLD DOMINION TOBACCO WAREHOUSES INC",
      "filing.sic": "5150",
      "filing.stateOfIncorporation": "VA",
      "filing.fiscalYearEnd": "0331",
      "filing.fileNumber": "0-11234",
      "form.amendment": false,
      "form.reportTypes": ["10-Q"],
      "form.periodEnded": "1995-06-30",
      "form.transition": false,
      "form.transitionPeriodEnded": null,
      "form.itemsRelatedTo": null,
      "form.secFileNumber": null,
      "form.cusip": null,
      "registrant.name": "Old Dominion Tobacco Warehouses, Inc.",
      "registrant.formerName": null,
      "registrant.address": "1000 Tobacco Row",
      "registrant.cityStateZip": "Danville, Virginia 24541",
      "part2.reliefClaimed": true,
      "part3.narrative":
        "The Registrant's independent accountants have not completed their review of the Registrant's interim " +
        "financial statements because of the pending sale of the Registrant's South Boston warehouse.",
      "part4.contactName": "Carter B. Wyatt",
      "part4.contactPhone": "(804) 555-1212",
      "signature.registrantName": "Old Dominion Tobacco Warehouses, Inc.",
      "signature.date": "1995-08-14",
      "signature.name": "Carter B. Wyatt",
      "signature.title": "Treasurer",
      "auditorLetter.firm": "Goode, Taliaferro & Co.",
      "auditorLetter.date": "1995-08-11",
      "auditorLetter.text":
        "We are the independent accountants of Old Dominion Tobacco Warehouses, Inc. We have not completed our " +
        "review of the Registrant's interim financial statements for the quarter ended June 30, 1995 because the " +
        "accounting for the pending sale of the South Boston warehouse has not been determined.",
    },
  },
  {
    fixture: "envelope/nc-html-nt10q.nc",
    variation: ".nc submission: HTML notice with ☒/☐ entities and an HTML EX-99.1 letter",
    complete: true,
    fields: {
      ...ALL_FILED_NO_CHANGE,
      "source.format": "html",
      "filing.accessionNumber": "0001640334-23-002114",
      "filing.submissionType": "NT 10-Q",
      "filing.filedDate": "2023-11-15",
      "filing.cik": "0001712345",
      "filing.companyName": "Saguaro Water Technologies, Inc.",
      "filing.sic": "3590",
      "filing.stateOfIncorporation": "NV",
      "filing.fiscalYearEnd": "1231",
      "filing.fileNumber": "000-56123",
      "form.amendment": false,
      "form.reportTypes": ["10-Q"],
      "form.periodEnded": "2023-09-30",
      "form.transition": false,
      "form.transitionPeriodEnded": null,
      "form.itemsRelatedTo": null,
      "form.secFileNumber": "000-56123",
      "form.cusip": "786543 10 2",
      "registrant.name": "Saguaro Water Technologies, Inc.",
      "registrant.formerName": null,
      "registrant.address": "4400 East Broadway Boulevard, Suite 210",
      "registrant.cityStateZip": "Tucson, Arizona 85711",
      "part2.reliefClaimed": true,
      "part3.narrative":
        "The Registrant\u2019s independent registered public accounting firm has not completed its review of the " +
        "Registrant\u2019s interim financial statements for the quarter ended September 30, 2023, because the " +
        "Registrant is still evaluating the accounting for the convertible notes it issued in August 2023.\n\nThe " +
        "Registrant expects to file the Quarterly Report on Form 10-Q within the five-day extension period.",
      "part4.contactName": "Rosa I. Delgado",
      "part4.contactPhone": "(520) 555-0147",
      "signature.registrantName": "Saguaro Water Technologies, Inc.",
      "signature.date": "2023-11-15",
      "signature.name": "Rosa I. Delgado",
      "signature.title": "Chief Financial Officer",
      "auditorLetter.firm": "Mesquite & Ortiz, LLP",
      "auditorLetter.date": "2023-11-14",
      "auditorLetter.text":
        "We have read the statements made by Saguaro Water Technologies, Inc. in Part III of its Form 12b-25 dated " +
        "November 15, 2023. As the Company\u2019s independent registered public accounting firm, we are unable to " +
        "complete our review of the interim financial statements for the quarter ended September 30, 2023 by the " +
        "prescribed due date.",
    },
  },
  {
    fixture: "envelope/nt10k-amendment.txt",
    variation: "NT 10-K/A submission type, no amendment words on the cover",
    complete: true,
    fields: {
      ...ALL_FILED_NO_CHANGE,
      "source.format": "text",
      "filing.accessionNumber": "0001013762-01-500118",
      "filing.submissionType": "NT 10-K/A",
      "filing.filedDate": "2001-04-05",
      "filing.cik": "0001044321",
      "filing.companyName": "LOWCOUNTRY GOLF PROPERTIES INC",
      "filing.sic": "7997",
      "filing.stateOfIncorporation": "SC",
      "filing.fiscalYearEnd": "1231",
      "filing.fileNumber": "000-23456",
      auditorLetter: null,
      "form.amendment": true,
      "form.reportTypes": ["10-K"],
      "form.periodEnded": "2000-12-31",
      "form.transition": false,
      "form.transitionPeriodEnded": null,
      "form.itemsRelatedTo": null,
      "form.secFileNumber": null,
      "form.cusip": null,
      "registrant.name": "Lowcountry Golf Properties, Inc.",
      "registrant.formerName": null,
      "registrant.address": "15 Sea Pines Circle",
      "registrant.cityStateZip": "Hilton Head Island, South Carolina 29928",
      "part2.reliefClaimed": true,
      "part3.narrative":
        "This notification amends the Registrant's notification on Form 12b-25 filed on April 2, 2001 to correct " +
        "the period of the subject report, which was stated incorrectly. The Registrant has not completed the " +
        "valuation of its golf course properties, which is required for its audited financial statements.",
      "part4.contactName": "Harriet S. Manigault",
      "part4.contactPhone": "(843) 555-6060",
      "signature.registrantName": "Lowcountry Golf Properties, Inc.",
      "signature.date": "2001-04-05",
      "signature.name": "Harriet S. Manigault",
      "signature.title": "Chief Financial Officer",
    },
  },
  {
    fixture: "envelope/amendment-no-header.txt",
    variation: "bare notice with \"AMENDMENT NO. 1\" under the form title",
    complete: true,
    fields: {
      ...BARE_NOTICE,
      ...ALL_FILED_NO_CHANGE,
      "form.amendment": true,
      "form.reportTypes": ["10-Q"],
      "form.periodEnded": "1999-01-31",
      "form.transition": false,
      "form.transitionPeriodEnded": null,
      "form.itemsRelatedTo": null,
      "form.secFileNumber": null,
      "form.cusip": null,
      "registrant.name": "Tamarack Ski Resorts Corporation",
      "registrant.formerName": null,
      "registrant.address": "7 Summit Road",
      "registrant.cityStateZip": "Killington, Vermont 05751",
      "part2.reliefClaimed": true,
      "part3.narrative":
        "This amendment is filed to add the telephone number of the person to contact, which was left out of the " +
        "notification filed on March 16, 1999. The Registrant's accounting staff has been unable to complete the " +
        "financial statements for the quarter ended January 31, 1999 because of the conversion of its lift ticket " +
        "and reservation systems.",
      "part4.contactName": "Philip R. Aldrich",
      "part4.contactPhone": "(802) 555-4420",
      "signature.registrantName": "Tamarack Ski Resorts Corporation",
      "signature.date": "1999-03-17",
      "signature.name": "Philip R. Aldrich",
      "signature.title": "Treasurer",
    },
  },
];
