import { describe, expect, it } from "vitest";
import { classifyReasons } from "../../src/reasons/classify-reasons.js";

/*
 * One block per class of error the coder made on real narratives it had not
 * seen, each with constructed sentences (written for these tests, not taken
 * from any notice): the scope of a cue, the section a sentence stands in,
 * negation and conditions, mere mentions, and wordings of each category
 * derived from its meaning in the labelling guide of the narratives.
 */

const coded = (narrative: string) => classifyReasons({ narrative }).reasons;
const setAside = (narrative: string) => classifyReasons({ narrative }).setAside.map((h) => [h.category, h.role]);

describe("accounting matters in the company's own words", () => {
  it("reads a classification question on the balance sheet", () => {
    expect(coded("The Company is still determining whether its term loan should be presented as current or long-term on its balance sheet.")).toEqual([
      "accounting-review",
    ]);
    expect(coded("Management needs more time to resolve a balance sheet classification question raised late in the close.")).toEqual([
      "accounting-review",
    ]);
  });

  it("reads a balance or instrument that must still be analysed", () => {
    expect(coded("The Registrant has not finished its analysis of certain intercompany and deferred revenue account balances.")).toEqual([
      "accounting-review",
    ]);
    expect(coded("Additional time is needed to evaluate the terms of the Series C preferred stock issued in the fourth quarter.")).toEqual([
      "accounting-review",
    ]);
  });

  it("reads a principle applied for the first time, or a policy in question", () => {
    expect(coded("This is the first year in which the Company applies hedge accounting for the first time, and the work is not complete.")).toEqual([
      "accounting-review",
    ]);
    expect(coded("The Company and its advisers are reviewing the methodology behind its inventory costing.")).toEqual(["accounting-review"]);
  });

  it("reads information from a bank or broker needed to close, and a subsidiary brought onto the parent's year", () => {
    expect(coded("The Company is waiting for year-end statements from two of its brokers before it can close its books.")).toEqual([
      "accounting-review",
    ]);
    expect(coded("A newly formed foreign subsidiary is changing its fiscal year end to December 31, and its results are not yet available.")).toEqual([
      "accounting-review",
    ]);
  });
});

describe("the accounting consequence kept beside another category", () => {
  it("keeps the conversion to U.S. GAAP that follows a reverse merger", () => {
    expect(coded("Following the reverse merger, the Company must convert the target's IFRS financial statements to U.S. GAAP.")).toEqual([
      "accounting-review",
      "transaction",
    ]);
  });

  it("keeps the accounting for a sale of a business", () => {
    expect(coded("The Company sold its packaging division in June and needs time to compute the loss on the sale.")).toEqual([
      "accounting-review",
      "transaction",
    ]);
  });

  it("keeps the statements of an acquired business, the work a deal makes of the report, and what must be disclosed about it", () => {
    expect(coded("The delay arises in completing the financial statements related to the business acquired by the Registrant in May.")).toEqual([
      "accounting-review",
      "transaction",
    ]);
    expect(coded("The complexities of preparing the notes that follow from the share exchange with Halvard Corp. need more time.")).toEqual([
      "accounting-review",
      "transaction",
    ]);
    expect(coded("The Company must still draft the disclosures related to the public offering it closed after year end.")).toEqual([
      "accounting-review",
    ]);
  });

  it("reads a split of the shares as accounting work only where the sentence says it needs work", () => {
    expect(coded("A one-for-ten reverse stock split requires retroactive adjustment of every per-share figure in the report.")).toEqual([
      "accounting-review",
    ]);
    expect(coded("The Company effected a reverse stock split in January. The notes are not yet final.")).toEqual(["no-reason"]);
    expect(coded("The Company effected a reverse stock split in January. The split has no bearing on the delay.")).toEqual(["no-reason"]);
  });

  it("keeps the consolidation of an acquired company", () => {
    expect(coded("The Company acquired Westbrook Tools in November and is consolidating the acquired business for the first time.")).toEqual([
      "accounting-review",
      "transaction",
    ]);
  });
});

describe("neutral finance words", () => {
  it("gives no financing-distress for lenders, a credit agreement or refinancing named without distress", () => {
    expect(coded("The valuation concerns a warrant issued to the lenders under the Company's credit agreement.")).toEqual(["accounting-review"]);
    expect(coded("The Company completed a refinancing of its notes in May and needs more time for the related disclosures.")).toEqual([
      "no-reason",
    ]);
    expect(coded("The Company expects to remain in compliance with the financial covenants of its credit facility.")).toEqual(["no-reason"]);
  });

  it("reads the registrant's own shares bought by investors as a financing, not a deal", () => {
    expect(coded("The report must describe warrants to purchase 2,000,000 shares of common stock issued in March.")).not.toContain("transaction");
    expect(coded("The Company agreed to purchase all of the outstanding shares of common stock of Pellman Inc. and needs time.")).toContain(
      "transaction",
    );
  });

  it("reads the negotiation of a placement of securities as a financing negotiation", () => {
    expect(coded("Management spent the quarter negotiating terms with prospective investors for a private placement.")).toEqual([
      "financing-distress",
    ]);
    expect(coded("Management was occupied with negotiating a complex transaction with its new investors.")).toEqual(["financing-distress"]);
  });

  it("gives financing-distress where distress or a negotiation is stated", () => {
    expect(coded("The Company is negotiating a waiver with its lenders under its credit facility.")).toEqual(["financing-distress"]);
    expect(coded("The Company received margin calls it could not meet.")).toEqual(["financing-distress"]);
    expect(coded("The report must reflect a pending financing that is expected to close next week.")).toEqual(["financing-distress"]);
  });
});

describe("text in a forward-looking-statements section", () => {
  const narrative =
    "The Company needs additional time to complete its income tax provision. Forward-Looking Statements. This notice contains forward-looking statements. Risks include the outcome of pending litigation, the loss of key personnel, our ability to obtain financing and cyber attacks on our systems.";

  it("reads causes before the section and none inside it", () => {
    expect(coded(narrative)).toEqual(["accounting-review"]);
  });

  it("shows what the section mentions as forward-looking", () => {
    const aside = setAside(narrative);
    expect(aside.length).toBeGreaterThan(0);
    expect(aside.every(([, role]) => role === "forward-looking")).toBe(true);
    expect(aside.map(([category]) => category)).toContain("investigation");
  });

  it("keeps a cause that follows a heading standing first", () => {
    expect(coded("Cautionary Note. The Company's chief financial officer resigned on March 2.")).toEqual(["management"]);
  });
});

describe("incidental wording", () => {
  it("reads the audit firm's own deals as no transaction", () => {
    expect(coded("Last year Harrow CPAs acquired the audit practice of the Company's former auditor, and the successor firm needs more time.")).toEqual([
      "auditor",
    ]);
    expect(coded("The partners of the Company's audit firm joined another accounting firm, and the audit is not complete.")).toEqual(["auditor"]);
  });

  it("reads negated and hypothetical statements about management as no management", () => {
    expect(coded("There have been no changes in the Company's senior management. Additional time is needed.")).toEqual(["no-reason"]);
    expect(coded("If the Chief Financial Officer resigns before the filing date, the Company would engage an outside consultant. More time is needed.")).toEqual([
      "no-reason",
    ]);
    expect(setAside("If the Chief Financial Officer resigns before the filing date, the Company would engage an outside consultant.")).toContainEqual([
      "management",
      "hypothetical",
    ]);
  });

  it("reads an amendment's preamble as no restatement", () => {
    expect(coded("This Amendment No. 1 amends and restates in its entirety the Form 12b-25 filed on April 1. Additional time is needed.")).toEqual([
      "no-reason",
    ]);
    expect(coded("The Company will restate its financial statements for the first two quarters.")).toEqual(["restatement"]);
  });

  it("reads what is not assured, or may happen, as hypothetical", () => {
    expect(coded("The report needs more time. There can be no assurance that the Company will not need to restate its results.")).toEqual([
      "no-reason",
    ]);
    expect(setAside("The report needs more time. There can be no assurance that the Company will not need to restate its results.")).toContainEqual([
      "restatement",
      "hypothetical",
    ]);
    expect(coded("The report needs more time. As a lender, the Company may be subject to regulatory investigations.")).toEqual(["no-reason"]);
    // a cause stated before the doubt stays a cause
    expect(coded("The auditor has not finished its audit, and the Company cannot predict whether the audit will end this week.")).toEqual([
      "auditor",
    ]);
  });

  it("reads the audit said to be done as no auditor reason", () => {
    expect(coded("The independent auditor has completed its audit; the Company needs additional time to finalize the notes.")).toEqual([
      "no-reason",
    ]);
    expect(coded("The independent auditor has completed its fieldwork but has not yet issued its report.")).toEqual(["auditor"]);
  });

  it("reads a way of booking an item asked in other words as accounting work", () => {
    expect(coded("The Company is still working out the treatment of a convertible debenture it issued in the fourth quarter.")).toEqual([
      "accounting-review",
    ]);
    expect(coded("Management is assessing whether two of its supply contracts should be accounted for as leases.")).toEqual(["accounting-review"]);
  });

  it("reads a weakness reported before, or still reported, as background", () => {
    expect(coded("The Company needs more time to close its books. These adjustments relate to the previously reported material weakness.")).toEqual([
      "no-reason",
    ]);
    expect(setAside("The Company needs more time to close its books. These adjustments relate to the previously reported material weakness.")).toContainEqual([
      "internal-control",
      "background",
    ]);
    expect(coded("The Company needs more time to close its books. The annual report will continue to disclose a material weakness.")).toEqual([
      "no-reason",
    ]);
    // newly reported, or tied to the delay: a cause
    expect(coded("Management expects to report a material weakness in internal control over financial reporting.")).toEqual(["internal-control"]);
    expect(coded("Due to the previously disclosed material weakness, the Company requires additional time.")).toEqual(["internal-control"]);
  });

  it("reads adjustments reaching back into issued statements as a revision", () => {
    expect(coded("The Company believes the corrections will be immaterial to previously issued financial statements.")).toEqual(["restatement"]);
  });

  it("reads a deal named as past history as background", () => {
    expect(coded("The Company is testing the goodwill recorded in its previous acquisition of Lumen Labs for impairment.")).toEqual([
      "accounting-review",
    ]);
    expect(setAside("The Company is testing the goodwill recorded in its previous acquisition of Lumen Labs for impairment.")).toEqual([
      ["transaction", "background"],
    ]);
  });

  it("reads internal control as the object of the audit as the auditor's work", () => {
    expect(coded("The auditors have not completed the audit of internal control over financial reporting.")).toEqual(["auditor"]);
    expect(
      coded("The auditors need more time for the audit of the consolidated financial statements and internal control over financial reporting."),
    ).toEqual(["auditor"]);
    expect(coded("The audit of fiscal 2024 identified a material weakness that management must now assess.")).toContain("internal-control");
  });

  it("denies every item a disclaimer of the delay lists, up to a turn back to the cause", () => {
    const text =
      "The delay is not the result of any disagreement with the Company's independent registered public accounting firm on any matter of accounting principles or practices, financial statement disclosure, or auditing scope or procedure.";
    expect(coded(text)).toEqual(["no-reason"]);
    expect(setAside(text)).toContainEqual(["auditor", "negated"]);
    expect(coded("The delay is not due to any dispute with the auditors of the Company but to the valuation of its warrants.")).toEqual([
      "accounting-review",
    ]);
  });

  it("reads a sentence opening with a condition and saying what could follow as hypothetical", () => {
    const text = "If the lender accelerates the loan and the Company cannot repay it, the Company could be forced to reorganize its capital structure.";
    expect(coded(text)).toEqual(["no-reason"]);
    expect(setAside(text)).toContainEqual(["transaction", "hypothetical"]);
    expect(coded("If the auditors finish their work this week, the Company will file on time; the auditors are still reviewing inventory.")).toEqual([
      "auditor",
    ]);
  });

  it("reads a matter finished at a past time as background", () => {
    const text = "The conversion to the new ERP system was completed in the third quarter of 2024. More time is needed to complete the report.";
    expect(coded(text)).toEqual(["no-reason"]);
    expect(setAside(text)).toContainEqual(["systems", "background"]);
    expect(coded("The conversion to the new ERP system was completed in October, which delayed the closing of the books.")).toEqual([
      "systems",
    ]);
  });

  it("reads a fraud the company found as no investigation unless one is named", () => {
    expect(coded("The Company discovered a billing fraud at a regional office and is evaluating the accounting for the lost receivables.")).toEqual([
      "accounting-review",
    ]);
    expect(coded("The Audit Committee has begun an independent review of the billing practices at a regional office.")).toEqual([
      "investigation",
    ]);
  });
});

describe("wordings of each category", () => {
  it("names the auditor in other words", () => {
    expect(coded("The Company's certified public accountants require more time to complete their fieldwork.")).toEqual(["auditor"]);
    expect(coded("The engagement team has not finished its procedures on the inventory count.")).toContain("auditor");
  });

  it("reads XBRL, filing-agent and transmission problems as systems", () => {
    expect(coded("The Company could not complete the inline XBRL tagging of its financial statements in time.")).toEqual(["systems"]);
    expect(coded("The Registrant's EDGAR filing service reported complications while transmitting the report.")).toEqual(["systems"]);
  });

  it("reads governance lapses as internal control", () => {
    expect(coded("The Board found lapses in the approval of related-party payments and has ordered enhanced procedures.")).toEqual([
      "internal-control",
    ]);
  });

  it("reads a shortage of staff told without turnover as management", () => {
    expect(coded("The Company has had limited accounting personnel available to complete its year-end close.")).toEqual(["management"]);
    expect(coded("The Company has insufficient funds to pay its auditors.")).toEqual(["financing-distress"]);
    expect(coded("The report could not be completed because of the Company's small finance and administrative team.")).toEqual([
      "management",
    ]);
  });

  it("reads a change of the provider who keeps the books as management", () => {
    expect(coded("The Registrant outsources its bookkeeping function and replaced its service provider in the fourth quarter.")).toEqual([
      "management",
    ]);
    expect(coded("The Registrant changed its transfer agent service provider last year; more time is needed to finish the report.")).toEqual([
      "no-reason",
    ]);
  });

  it("reads people of the audit firm as the auditor's matter, not management", () => {
    expect(coded("The illness of the engagement partner at the Company's auditors has delayed completion of the audit.")).toEqual([
      "auditor",
    ]);
    expect(coded("The Company's Chief Financial Officer has been ill since January.")).toEqual(["management"]);
  });

  it("reads officers busy with other work as no change of management", () => {
    expect(coded("Senior management was engaged in negotiating the sale of real estate through the quarter.")).toEqual(["no-reason"]);
    expect(coded("A new Chief Financial Officer was engaged in March.")).toEqual(["management"]);
  });

  it("reads the mechanics of submitting a filing as systems", () => {
    expect(coded("The filing was late because of problems that arose while submitting the document to the Commission.")).toEqual(["systems"]);
    expect(coded("A clerical delay in the filing process kept the Registrant from filing on the due date.")).toEqual(["systems"]);
  });

  it("reads unauthorized payments as systems only after an intrusion", () => {
    expect(coded("Following a compromise of an executive's e-mail account, unauthorized wire transfers were made.")).toEqual(["systems"]);
    expect(coded("A former employee made unauthorized payments to himself; the Audit Committee is reviewing the matter.")).not.toContain(
      "systems",
    );
  });
});
