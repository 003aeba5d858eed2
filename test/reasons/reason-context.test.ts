import { describe, expect, it } from "vitest";
import { classifyReasons } from "../../src/reasons/classify-reasons.js";
import { splitSentences } from "../../src/reasons/split-sentences.js";

/*
 * What the words around a mention decide: a disclaimer of the delay, a
 * concession, a matter already settled, results commentary carried along
 * from Part IV (3), and an accounting word that is the topic of a control or
 * an inquiry. Sentences follow fixtures/reasons/heldout*.jsonl.
 */

const coded = (narrative: string) => classifyReasons({ narrative });

describe("disclaimers and concessions", () => {
  it("drops what a sentence disclaims before 'the delay is not related to'", () => {
    const r = coded(
      "The Company has sufficient resources to complete the preparation and audit of its financial statements, and the delay is not related to its financial condition. The delay is due solely to the additional time required to finalize the Company's income tax provision.",
    );
    expect(r.reasons).toEqual(["accounting-review"]);
    expect(r.hits.map((h) => h.text)).toContain("income tax");
  });

  it("keeps a cause stated before the disclaimer", () => {
    expect(
      coded(
        "As a result of the material weakness, the Company needs additional time; the delay is not related to any disagreement with its auditors.",
      ).reasons,
    ).toEqual(["internal-control"]);
  });

  it("reads 'none of which has contributed to the delay' and 'does not expect … will affect the timing'", () => {
    expect(
      coded(
        "The Company is a party to various legal proceedings arising in the ordinary course of business, none of which has contributed to the delay in filing. The Company requires additional time to complete its review.",
      ).reasons,
    ).toEqual(["no-reason"]);
    expect(
      coded(
        "The Company is cooperating with the SEC investigation disclosed in its previous filings and does not expect that the investigation will affect the timing of the filing. The Company requires additional time to complete its accounting for the impairment of its coal properties.",
      ).reasons,
    ).toEqual(["accounting-review"]);
  });

  it("drops a concession before 'the delay … is attributable to'", () => {
    const r = coded(
      "Although the Company is evaluating its internal controls in anticipation of the requirements of Section 404 of the Sarbanes-Oxley Act, the delay in filing this report is attributable to the need to finalize the accounting for the settlement of a patent infringement lawsuit.",
    );
    expect(r.reasons).toEqual(["accounting-review", "investigation"]);
  });
});

describe("settled matters", () => {
  it("drops comments that have since been resolved and controls that were effective", () => {
    expect(
      coded(
        "The Company received a comment letter from the staff of the Securities and Exchange Commission in 2012, all of which comments have since been resolved. The Company needs additional time to finalize its financial statements.",
      ).reasons,
    ).toEqual(["no-reason"]);
    expect(
      coded(
        "During 2023 the Company remediated the material weakness in its internal control over financial reporting that was identified in 2022, and management has concluded that its internal control over financial reporting was effective as of December 31, 2023. The Company's independent registered public accounting firm requires additional time to complete its audit procedures.",
      ).reasons,
    ).toEqual(["auditor"]);
  });

  it("keeps a problem that caused the delay and was resolved afterwards", () => {
    expect(
      coded("The delay was caused by a technical problem with the Company's filing agent, which has since been resolved.").reasons,
    ).toEqual(["systems"]);
  });

  it("keeps a weakness that has not been remediated", () => {
    expect(
      coded("Management identified a material weakness which has not yet been remediated, and requires additional time to complete its procedures.")
        .reasons,
    ).toEqual(["internal-control"]);
  });

  it("reads a finished review by the auditor as no reason", () => {
    expect(
      coded(
        "The Company's independent registered public accounting firm has completed its review procedures for the quarter. However, the Company requires additional time to finalize certain disclosures.",
      ).reasons,
    ).toEqual(["no-reason"]);
  });
});

describe("results commentary in the narrative", () => {
  it("skips sentences that compare figures, and the follow-up sentence in the same paragraph", () => {
    const r = coded(
      "The Registrant needs additional time to complete its Annual Report on Form 10-K.\n\nThe Registrant expects to report a net loss of approximately $2.3 million for fiscal 2003, compared to a net loss of $4.1 million for fiscal 2002. The decrease in the net loss is primarily due to the absence in 2003 of the goodwill impairment charge recorded in 2002.",
    );
    expect(r.reasons).toEqual(["no-reason"]);
  });

  it("keeps a sentence without figures that states causes", () => {
    expect(
      coded(
        "The COVID-19 pandemic has caused a significant decline in the Company's revenues, and the Company currently lacks the funds necessary to pay its independent auditors.",
      ).reasons,
    ).toEqual(["financing-distress", "external-event"]);
  });

  it("keeps a results sentence that speaks of the delay", () => {
    expect(
      coded(
        "Net loss is expected to increase compared to the prior year, but the amount cannot be estimated until the Company completes its goodwill impairment analysis.",
      ).reasons,
    ).toContain("accounting-review");
  });
});

describe("accounting words that are the topic of something else", () => {
  it("reads 'controls over the review of account reconciliations' as the weakness, not the work", () => {
    expect(
      coded(
        "Management identified a material weakness in internal control over financial reporting related to the design of controls over the review of account reconciliations.",
      ).reasons,
    ).toEqual(["internal-control"]);
  });

  it("reads an inquiry into revenue recognition as the inquiry", () => {
    expect(
      coded(
        "The Company received a subpoena in connection with a formal order of investigation relating to the Company's revenue recognition practices.",
      ).reasons,
    ).toEqual(["investigation"]);
  });
});

describe("narrower matches", () => {
  it("does not read sales of a product line, a SPAC's name, an auditor's merger or a business description as a deal", () => {
    for (const text of [
      "The Company's revenue reflects growth in sales of its catheter product line, and more time is needed to complete the report.",
      "The Company is reevaluating the accounting for warrants issued by special purpose acquisition companies.",
      "The Company's independent registered public accounting firm recently merged with another firm, and the new engagement team requires additional time to complete its review.",
      "The Company is engaged in the acquisition, exploration and development of oil and gas properties and requires additional time to complete its financial statements.",
    ]) {
      expect(coded(text).reasons).not.toContain("transaction");
    }
  });

  it("reads another party's bankruptcy as an accounting question", () => {
    expect(
      coded("A significant customer filed for bankruptcy in February and the Company is evaluating the collectibility of its receivable.").reasons,
    ).toEqual(["accounting-review"]);
  });

  it("does not read 'investigate and reconcile these differences' as an investigation", () => {
    expect(
      coded(
        "The physical inventory count identified differences from book quantities, and the Company requires additional time to investigate and reconcile these differences.",
      ).reasons,
    ).toEqual(["accounting-review"]);
  });
});

describe("wider phrasing families", () => {
  const cases: Array<[string, string]> = [
    ["management", "The Company's Chief Financial Officer notified the Company of his resignation on July 29, 2022."],
    ["management", "Due to a lack of working capital, the Company has been unable to retain the accounting personnel necessary to prepare its financial statements."],
    ["management", "The Company has been operating without a Chief Financial Officer since January."],
    ["auditor", "KPMG has not yet completed its review of the Company's interim financial statements."],
    ["auditor", "The Registrant's accountants have not completed their review of the financial statements for the quarter."],
    ["accounting-review", "Additional time is required to complete the preliminary allocation of the purchase price to the assets acquired and liabilities assumed."],
    ["accounting-review", "The Company requires additional time to prepare consolidated financial statements reflecting the reverse merger and recapitalization."],
    ["financing-distress", "The Company has not had sufficient funds to pay its independent registered public accounting firm."],
    ["investigation", "The Company is the subject of a shareholder derivative action."],
    ["internal-control", "New management has identified weaknesses in the internal accounting controls of its Texas subsidiary."],
    ["restatement", "The Company has determined to revise the presentation of cost of revenue in its previously issued financial statements."],
    ["systems", "The Registrant's transfer to a new accounting software platform resulted in delays in processing transactions."],
  ];
  for (const [category, text] of cases) {
    it(`${category}: ${text.slice(0, 60)}…`, () => {
      expect(coded(text).reasons).toContain(category);
    });
  }
});

describe("sentences in capitals", () => {
  it("does not end a sentence at INC. before another capitalised word", () => {
    const text = "THE INCREASE IS ATTRIBUTABLE TO THE ACQUISITION OF WESTCO PRODUCTS, INC. IN JULY 1997. NET INCOME DECREASED.";
    expect(splitSentences(text)).toHaveLength(2);
  });
});
