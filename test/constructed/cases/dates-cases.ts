import { ALL_FILED_NO_CHANGE, HEADERLESS, type FixtureCase } from "../fixture-case.js";

const NARRATIVE =
  "The Registrant changed its fiscal year end from June 30 to December 31 and is filing a transition report for " +
  "the six months ended December 31, 1997. The Registrant's independent accountants have not completed their audit " +
  "of the transition period.";

function letterText(client: string): string {
  return (
    `As independent accountants of ${client}, we have read the Registrant's statements in Part III of its Form ` +
    "12b-25 and agree that our audit of the Registrant's financial statements for the transition period could not " +
    "be completed by the prescribed due date."
  );
}

/** A transition-report notice with the same date written in one format in every date position. */
function dated(
  fixture: string,
  format: string,
  d: { period: string; transition: string; signature: string; letter: string },
  p: { name: string; address: string; city: string; contact: string; phone: string; title: string; firm: string },
): FixtureCase {
  return {
    fixture,
    variation: `${format} in the period, transition period, signature and letter dates`,
    complete: true,
    fields: {
      ...HEADERLESS,
      ...ALL_FILED_NO_CHANGE,
      "form.amendment": false,
      "form.reportTypes": ["10-K"],
      "form.periodEnded": d.period,
      "form.transition": true,
      "form.transitionPeriodEnded": d.transition,
      "form.itemsRelatedTo": null,
      "form.secFileNumber": null,
      "form.cusip": null,
      "registrant.name": p.name,
      "registrant.formerName": null,
      "registrant.address": p.address,
      "registrant.cityStateZip": p.city,
      "part2.reliefClaimed": true,
      "part3.narrative": NARRATIVE,
      "part4.contactName": p.contact,
      "part4.contactPhone": p.phone,
      "signature.registrantName": p.name,
      "signature.date": d.signature,
      "signature.name": p.contact,
      "signature.title": p.title,
      "auditorLetter.firm": p.firm,
      "auditorLetter.date": d.letter,
      "auditorLetter.text": letterText(p.name),
    },
  };
}

/**
 * Date formats of text-era notices, each in all four date positions (the
 * accountant's letter follows the form's printed instructions, as in
 * fixtures/samples/igene-nt10k-1998.txt).
 */
export const DATE_CASES: FixtureCase[] = [
  dated(
    "dates/caps.txt",
    "\"DECEMBER 31, 1997\"",
    { period: "1997-12-31", transition: "1997-12-31", signature: "1998-03-31", letter: "1998-03-30" },
    {
      name: "Tri-County Propane Distributors, Inc.", address: "18 Depot Street", city: "Lebanon, Pennsylvania 17042",
      contact: "Ronald K. Heisey", phone: "(717) 555-3811", title: "Treasurer", firm: "Brubaker & Hess",
    },
  ),
  dated(
    "dates/abbrev.txt",
    "\"Dec. 31, 1997\"",
    { period: "1997-12-31", transition: "1997-12-31", signature: "1998-03-31", letter: "1998-03-27" },
    {
      name: "Coastal Carolina Seafood Co.", address: "305 Front Street", city: "Beaufort, North Carolina 28516",
      contact: "Marian T. Guthrie", phone: "(919) 555-7720", title: "Controller", firm: "Pender, Lyles & Company",
    },
  ),
  dated(
    "dates/numeric.txt",
    "\"12/31/97\" (two-digit year)",
    { period: "1997-12-31", transition: "1997-12-31", signature: "1998-03-31", letter: "1998-03-30" },
    {
      name: "Red River Valley Sugar Company", address: "1400 Main Avenue", city: "Moorhead, Minnesota 56560",
      contact: "Arne J. Solberg", phone: "(218) 555-2040", title: "Vice President - Finance", firm: "Lindqvist & Moe, P.C.",
    },
  ),
  dated(
    "dates/ordinal.txt",
    "\"31st day of December, 1997\" (\"Dated this 31st day of March, 1998\"; letter \"March 30th, 1998\")",
    { period: "1997-12-31", transition: "1997-12-31", signature: "1998-03-31", letter: "1998-03-30" },
    {
      name: "Big Sky Timber Holdings, Inc.", address: "220 North Higgins Avenue", city: "Missoula, Montana 59802",
      contact: "Dwight E. Runyan", phone: "(406) 555-9031", title: "Secretary", firm: "Garnett Ross & Company",
    },
  ),
  dated(
    "dates/month-year.txt",
    "\"December 1997\" (no day → YYYY-MM)",
    { period: "1997-12", transition: "1997-12", signature: "1998-03", letter: "1998-03" },
    {
      name: "Thunder Basin Coal Services, Inc.", address: "500 East Second Street", city: "Gillette, Wyoming 82716",
      contact: "Loretta J. Pfister", phone: "(307) 555-1188", title: "Chief Financial Officer", firm: "Haskell Wendt LLP",
    },
  ),
];
