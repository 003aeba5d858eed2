import { describe, expect, it } from "vitest";
import { classifyReasons, MAX_PHRASES_PER_CATEGORY, type ReasonInput } from "../../src/reasons/classify-reasons.js";
import type { ReasonCategory } from "../../src/record/types.js";

const reasons = (narrative: string | null, more: Omit<ReasonInput, "narrative"> = {}): ReasonCategory[] =>
  classifyReasons({ narrative, ...more }).reasons;

/** Per category: sentences that state it, and sentences that mention it without stating it. */
const CASES: Record<Exclude<ReasonCategory, "no-reason">, { positive: string[]; negative: string[] }> = {
  "accounting-review": {
    positive: [
      "The Company requires additional time to complete its goodwill impairment analysis.",
      "Additional time is needed to finalize the valuation of the warrants issued in the private placement.",
      "The Company is evaluating the revenue recognition for certain multi-element contracts.",
      "The Company has not completed its income tax provision, including the valuation allowance.",
      "The Company is finalizing its allowance for credit losses under the newly adopted accounting standard.",
      "The Company's foreign subsidiary has not yet provided the information needed to consolidate its results.",
      "Management requires additional time to complete its analysis of certain transactions incurred during the quarter.",
      "The Company is completing the physical inventory count at its warehouses.",
    ],
    negative: [
      "The Company requires additional time to complete its consolidated financial statements.",
      "The Company needs more time to complete the financial statement close process.",
      "Additional time is needed to complete the presentation of the financial statements and the analysis thereof.",
    ],
  },
  auditor: {
    positive: [
      "The Company's independent registered public accounting firm has not completed its audit.",
      "Additional time is needed for the auditors to complete the audit of the financial statements.",
      "The Company's auditor resigned on March 3, 2025 and a new auditor has been engaged.",
      "The former auditor has not provided its consent to the inclusion of its report.",
      "The independent accountants are unable to issue their opinion until the matter is resolved.",
      "The Company dismissed its auditor and appointed a new independent registered public accounting firm.",
    ],
    negative: [
      "There have been no disagreements with the auditors on any matter of accounting principles.",
      "The Audit Committee of the Board of Directors approved the financial statements.",
      "Management requires additional time to complete its review of the financial statements.",
      "The delay is not due to any dispute with the Company's independent auditors.",
      "Actual results may differ from the preliminary results due to the completion of the audit of our financial statements.",
    ],
  },
  restatement: {
    positive: [
      "The Company will restate its financial statements for the fiscal year ended December 31, 2024.",
      "The Audit Committee concluded that the previously issued financial statements should no longer be relied upon.",
      "The Company identified errors in its previously reported quarterly results and is evaluating corrections.",
    ],
    negative: [
      "The delay is not the result of any restatement of previously issued financial statements.",
      "The Company does not believe that a restatement of its previously issued financial statements will be required.",
      "The Company entered into an Amended and Restated Credit Agreement with its bank.",
      "The Company's filing agent made a clerical error in the submission.",
    ],
  },
  "internal-control": {
    positive: [
      "Management has identified a material weakness in internal control over financial reporting.",
      "The Company needs additional time to complete management's assessment under Section 404 of the Sarbanes-Oxley Act.",
      "The Company identified a significant deficiency in its controls over the financial close.",
    ],
    negative: [
      "The Company does not anticipate any material weakness in its internal control over financial reporting.",
      "Management has not identified any material weakness.",
      "The Company is assessing the impact of the matter on its disclosure controls and procedures.",
    ],
  },
  transaction: {
    positive: [
      "The Company completed its acquisition of Alpha Widgets LLC in December 2024.",
      "The Company requires additional time because of the recently completed merger with Beta Bancorp.",
      "On January 1, 2026, the Company completed the sale of its industrial business.",
      "The Company needs additional time to integrate the acquired businesses into its reporting process.",
      "The reverse merger closed on the last day of the quarter.",
    ],
    negative: [
      "Titan Acquisition Corp requires additional time to complete its financial statements.",
      "The Company is a blank check company formed for the purpose of effecting a merger, share exchange or asset acquisition.",
      "Management requires additional time to complete its analysis of certain transactions.",
    ],
  },
  "financing-distress": {
    positive: [
      "There is substantial doubt about the Company's ability to continue as a going concern.",
      "The Company filed a voluntary petition under Chapter 11 of the Bankruptcy Code.",
      "The Company is in default under its credit facility and is negotiating a forbearance with its lenders.",
      "The Company lacks the funds to pay its independent auditors.",
      "The Company has limited financial resources.",
    ],
    negative: [
      "The Company has no debt and no defaults under any agreement.",
      "The adjustments will not impact the Company's liquidity.",
    ],
  },
  management: {
    positive: [
      "The Company's Chief Financial Officer resigned effective February 28, 2025.",
      "The Company has experienced turnover in its accounting department.",
      "Recent changes in the Company's management have delayed the preparation of the financial statements.",
      "The Company's Controller has been on medical leave since January.",
      "The Company's sole officer and director has been ill.",
    ],
    negative: [
      "The Company's management requires additional time to complete the financial statements.",
      "The restatement has demanded significant attention from the Company's management.",
      "The Company's Chief Executive Officer and Chief Financial Officer are reviewing the financial statements.",
    ],
  },
  investigation: {
    positive: [
      "The Audit Committee is conducting an independent investigation with the assistance of outside counsel.",
      "The Company received a subpoena from the SEC's Division of Enforcement.",
      "The Company is responding to comments received from the SEC staff on its annual report.",
      "The delay arises from the state indictment disclosed in the Company's Form 8-K.",
      "The Company is a defendant in litigation that affects the disclosures.",
    ],
    negative: [
      "The Company is not aware of any investigation by any regulatory authority.",
      "This notice contains forward-looking statements within the meaning of the Private Securities Litigation Reform Act of 1995.",
    ],
  },
  systems: {
    positive: [
      "The Company's EDGAR filing agent experienced technical difficulties that prevented the submission.",
      "The Company converted its general ledger to a new enterprise resource planning system during the quarter.",
      "A ransomware attack disrupted the Company's information technology systems.",
      "A software issue related to XBRL tagging delayed the filing.",
    ],
    negative: [
      "The acquired companies use financial systems different from those used by the Company.",
      "The Company's consolidation system was complex and time consuming to update for the sale.",
      "3D Systems Corporation requires additional time to complete its financial statements.",
    ],
  },
  "external-event": {
    positive: [
      "Hurricane Milton caused power outages at the Company's headquarters.",
      "The COVID-19 pandemic and related quarantine measures prevented staff from accessing the offices.",
      "The war in Ukraine has disrupted the Company's operations in Kyiv.",
      "The federal government shutdown delayed information the Company needs.",
      "Ongoing global disruptions delayed confirmations from customers and suppliers.",
    ],
    negative: ["The Company's offices in Tampa were open throughout the quarter."],
  },
};

describe("classifyReasons: categories", () => {
  for (const [category, { positive, negative }] of Object.entries(CASES)) {
    for (const sentence of positive) {
      it(`${category}: ${sentence}`, () => {
        expect(reasons(sentence)).toContain(category);
      });
    }
    for (const sentence of negative) {
      it(`not ${category}: ${sentence}`, () => {
        expect(reasons(sentence)).not.toContain(category);
      });
    }
  }
});

describe("classifyReasons: no-reason and field rules", () => {
  it("gives no-reason, alone, when only more time is asked for", () => {
    expect(reasons("Additional time is needed to complete the financial statements.")).toEqual(["no-reason"]);
    expect(reasons("The Company expects to file the Form 10-Q within the five-day extension period.")).toEqual(["no-reason"]);
  });
  it("gives nothing without a narrative, and no-reason never beside another category", () => {
    expect(reasons(null)).toEqual([]);
    expect(reasons("   ")).toEqual([]);
    expect(reasons("The auditors need more time to complete the audit.")).toEqual(["auditor"]);
  });
  it("lists categories in SPEC order", () => {
    const r = reasons(
      "The Company's auditor resigned. The Company identified a material weakness and will restate prior periods after its merger.",
    );
    expect(r).toEqual(["auditor", "restatement", "internal-control", "transaction"]);
  });
  it("reads the accountant's letter, which is an auditor reason by itself", () => {
    expect(reasons(null, { auditorLetter: "We have read the statements made in Part III and agree with them." })).toEqual([
      "auditor",
    ]);
    const r = classifyReasons({
      narrative: "The Company requires additional time.",
      auditorLetter: "We are unable to complete our audit because the Company's going concern assessment is not finished.",
    });
    expect(r.reasons).toEqual(["auditor", "financing-distress"]);
    expect(r.hits.some((h) => h.field === "auditorLetter" && h.category === "financing-distress")).toBe(true);
  });
  it("reads Part IV (3) only where it says why the results cannot be estimated", () => {
    expect(
      reasons("More time is needed.", {
        changeExplanation: "Revenue decreased because of the COVID-19 pandemic and the merger.",
      }),
    ).toEqual(["no-reason"]);
    expect(
      reasons("More time is needed.", {
        changeExplanation: "A reasonable estimate cannot be made until the audit is complete.",
      }),
    ).toEqual(["auditor"]);
  });
  it("gives hits whose offsets point into their field", () => {
    const narrative = "Additional time is needed. The Company's Chief Financial Officer resigned in March.";
    const { hits } = classifyReasons({ narrative });
    expect(hits).toHaveLength(1);
    const hit = hits[0]!;
    expect(hit).toMatchObject({ category: "management", field: "narrative" });
    expect(narrative.slice(hit.start, hit.end)).toBe(hit.text);
    expect(hit.text).toContain("Chief Financial Officer resigned");
  });
  it("gives no-reason evidence where the notice asks for more time", () => {
    const narrative = "The Registrant is unable to file. Additional time is required to finalize the report.";
    const { hits } = classifyReasons({ narrative });
    const start = narrative.indexOf("unable to file");
    expect(hits).toEqual([{ category: "no-reason", field: "narrative", start, end: start + 14, text: "unable to file", role: "cause" }]);
  });
});

describe("classifyReasons: negation and hedging", () => {
  it("drops a category denied in its clause but keeps one stated after a contrast", () => {
    expect(reasons("The Company does not expect a restatement, but its auditors need more time to complete the audit.")).toEqual([
      "auditor",
    ]);
  });
  it("reads a denial after the phrase", () => {
    expect(reasons("A restatement of prior periods is not expected. More time is needed.")).toEqual(["no-reason"]);
  });
  it("lets 'no' deny only the words right after it", () => {
    expect(reasons("The Company is a shell with no revenues and lacks the funds to pay for the audit.")).toEqual([
      "auditor",
      "financing-distress",
    ]);
  });
  it("skips forward-looking boilerplate", () => {
    expect(
      reasons(
        "More time is needed. Forward-looking statements involve risks such as litigation, pandemics, cyber attacks and the audit.",
      ),
    ).toEqual(["no-reason"]);
  });
});

describe("classifyReasons: evidence per category is capped", () => {
  const SENTENCE = "The audit is not complete. ";

  it("lists the first phrases of a category given in many sentences and names the first left out", () => {
    const narrative = SENTENCE.repeat(MAX_PHRASES_PER_CATEGORY + 50);
    const result = classifyReasons({ narrative });
    expect(result.reasons).toEqual(["auditor"]);
    expect(result.hits).toHaveLength(MAX_PHRASES_PER_CATEGORY);
    expect(result.hits.map((h) => h.start)).toEqual(Array.from({ length: MAX_PHRASES_PER_CATEGORY }, (_, i) => result.hits[0]!.start + i * SENTENCE.length));
    expect(result.capped).toHaveLength(1);
    expect(result.capped[0]).toMatchObject({ category: "auditor", field: "narrative", start: result.hits[0]!.start + MAX_PHRASES_PER_CATEGORY * SENTENCE.length });
  });

  it("caps the mentions set aside too, and still finds a cause after them", () => {
    const negated = "The Company does not expect that the audit will be delayed. ".repeat(MAX_PHRASES_PER_CATEGORY + 20);
    const aside = classifyReasons({ narrative: negated });
    expect(aside.setAside).toHaveLength(MAX_PHRASES_PER_CATEGORY);
    expect(aside.setAside[0]).toMatchObject({ category: "auditor", role: "negated" });
    expect(aside.capped).toMatchObject([{ category: "auditor", role: "negated" }]);
    const late = classifyReasons({ narrative: negated + SENTENCE });
    expect(late.reasons).toContain("auditor");
  });

  it("caps nothing with a category's phrases at the cap", () => {
    const result = classifyReasons({ narrative: SENTENCE.repeat(MAX_PHRASES_PER_CATEGORY) });
    expect(result.hits).toHaveLength(MAX_PHRASES_PER_CATEGORY);
    expect(result.capped).toEqual([]);
  });
});
