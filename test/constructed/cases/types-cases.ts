import { ALL_FILED_NO_CHANGE, BARE_NOTICE, type FixtureCase } from "../fixture-case.js";

/** Fields every report-type fixture shares: no transition, no items, relief claimed. */
const COMMON: Record<string, unknown> = {
  ...BARE_NOTICE,
  ...ALL_FILED_NO_CHANGE,
  "form.amendment": false,
  "form.transition": false,
  "form.transitionPeriodEnded": null,
  "form.itemsRelatedTo": null,
  "form.cusip": null,
  "part2.reliefClaimed": true,
};

/**
 * Report-type boxes of the cover: the 1990s combined boxes ("Form 10-K and
 * Form 10-KSB" → 10-K, "Form 10-Q and Form 10-QSB" → 10-Q), separate KSB/QSB
 * boxes, "FORM-11K" and N-SAR.
 */
export const TYPE_CASES: FixtureCase[] = [
  {
    fixture: "types/combined-10k-ksb.txt",
    variation: "|X| Form 10-K and Form 10-KSB (combined box, row wrapped)",
    complete: true,
    fields: {
      ...COMMON,
      "form.reportTypes": ["10-K"],
      "form.periodEnded": "1999-06-30",
      "form.secFileNumber": "0-20116",
      "registrant.name": "Hudson River Bagel Company, Inc.",
      "registrant.formerName": null,
      "registrant.address": "214 Lake Avenue",
      "registrant.cityStateZip": "Saratoga Springs, New York 12866",
      "part3.narrative":
        "The Registrant completed the sale of its wholesale bakery division on August 31, 1999. The Registrant " +
        "requires additional time to present the division as a discontinued operation in its financial statements " +
        "for the fiscal year ended June 30, 1999.",
      "part4.contactName": "Paul F. DeLuca",
      "part4.contactPhone": "(518) 555-4371",
      "signature.registrantName": "Hudson River Bagel Company, Inc.",
      "signature.date": "1999-09-28",
      "signature.name": "Paul F. DeLuca",
      "signature.title": "President",
    },
  },
  {
    fixture: "types/combined-10q-qsb.txt",
    variation: "[X] Form 10-Q and Form 10-QSB (combined box on the row's second line)",
    complete: true,
    fields: {
      ...COMMON,
      "form.reportTypes": ["10-Q"],
      "form.periodEnded": "1998-03-31",
      "form.secFileNumber": null,
      "registrant.name": "Palmetto Textile Finishers, Inc.",
      "registrant.formerName": null,
      "registrant.address": "77 Mill Village Road",
      "registrant.cityStateZip": "Spartanburg, South Carolina 29301",
      "part3.narrative":
        "The Registrant's controller resigned on April 24, 1998, and the Registrant has not yet completed the " +
        "closing of its books for the quarter ended March 31, 1998.",
      "part4.contactName": "Wade H. Pettigrew",
      "part4.contactPhone": "(864) 555-0910",
      "signature.registrantName": "Palmetto Textile Finishers, Inc.",
      "signature.date": "1998-05-15",
      "signature.name": "Wade H. Pettigrew",
      "signature.title": "Chief Executive Officer",
    },
  },
  {
    fixture: "types/separate-10ksb.txt",
    variation: "extra Form 10-KSB / 10-QSB boxes appended to the row, mark before a wrapped label",
    complete: true,
    fields: {
      ...COMMON,
      "form.reportTypes": ["10-KSB"],
      "form.periodEnded": "1997-09-30",
      "form.secFileNumber": "033-41876",
      "registrant.name": "Rio Grande Mineral Exploration Corp.",
      "registrant.formerName": "Rio Grande Capital Corporation",
      "registrant.address": "1660 Old Pecos Trail",
      "registrant.cityStateZip": "Santa Fe, New Mexico 87505",
      "part3.narrative":
        "The Registrant has been unable to obtain the audited financial statements of its Mexican subsidiary, whose " +
        "auditors have not completed their field work.",
      "part4.contactName": "Esteban J. Archuleta",
      "part4.contactPhone": "(505) 555-8220",
      "signature.registrantName": "Rio Grande Mineral Exploration Corp.",
      "signature.date": "1997-12-29",
      "signature.name": "Esteban J. Archuleta",
      "signature.title": "President",
    },
  },
  {
    fixture: "types/separate-10qsb.txt",
    variation: "separate [X] Form 10-QSB box",
    complete: true,
    fields: {
      ...COMMON,
      "form.reportTypes": ["10-QSB"],
      "form.periodEnded": "1998-06-30",
      "form.secFileNumber": null,
      "registrant.name": "Cornhusker Ethanol Partners, Inc.",
      "registrant.formerName": null,
      "registrant.address": "3200 Industrial Road",
      "registrant.cityStateZip": "Hastings, Nebraska 68901",
      "part3.narrative":
        "The Registrant's only accounting employee was injured in an automobile accident on July 30, 1998 and has " +
        "been unable to work since that date.",
      "part4.contactName": "Lyle M. Brandenburg",
      "part4.contactPhone": "(402) 555-1164",
      "signature.registrantName": "Cornhusker Ethanol Partners, Inc.",
      "signature.date": "1998-08-14",
      "signature.name": "Lyle M. Brandenburg",
      "signature.title": "President",
    },
  },
  {
    fixture: "types/form-11k.txt",
    variation: "[X] FORM-11K (hyphen between FORM and the type, none inside it); employee plan",
    complete: true,
    fields: {
      ...COMMON,
      "form.reportTypes": ["11-K"],
      "form.periodEnded": "1998-12-31",
      "form.secFileNumber": "1-10467",
      "registrant.name": "Allied Freightways, Inc. Employees' Savings and Investment Plan",
      "registrant.formerName": null,
      "registrant.address": "4000 Commerce Boulevard",
      "registrant.cityStateZip": "Columbus, Ohio 43219",
      "part3.narrative":
        "The audit of the Plan's financial statements for the year ended December 31, 1998 has been delayed because " +
        "the Plan changed its trustee and record keeper on January 1, 1999, and the former trustee has not yet " +
        "delivered the final participant records to the Plan's independent accountants.",
      "part4.contactName": "Sharon D. Whitlock",
      "part4.contactPhone": "(614) 555-2090",
      "signature.registrantName": "Allied Freightways, Inc. Employees' Savings and Investment Plan",
      "signature.date": "1999-06-28",
      "signature.name": "Sharon D. Whitlock",
      "signature.title": "Plan Administrator",
    },
  },
  {
    fixture: "types/n-sar.txt",
    variation: "[X] Form N-SAR on the row's second line; 811- file number",
    complete: true,
    fields: {
      ...COMMON,
      "form.reportTypes": ["N-SAR"],
      "form.periodEnded": "1998-06-30",
      "form.secFileNumber": "811-05821",
      "registrant.name": "Pilgrim Municipal Income Trust",
      "registrant.formerName": null,
      "registrant.address": "One Beacon Street",
      "registrant.cityStateZip": "Boston, Massachusetts 02108",
      "part3.narrative":
        "The Trust's custodian converted its fund accounting system during July 1998, and the custodian has not " +
        "delivered the portfolio information required to complete Form N-SAR for the semi-annual period ended June " +
        "30, 1998.",
      "part4.contactName": "Eleanor C. Whitman",
      "part4.contactPhone": "(617) 555-3400",
      "signature.registrantName": "Pilgrim Municipal Income Trust",
      "signature.date": "1998-08-31",
      "signature.name": "Eleanor C. Whitman",
      "signature.title": "Treasurer",
    },
  },
];
