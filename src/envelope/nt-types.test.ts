import { describe, expect, it } from "vitest";
import { isAmendmentType, isNtType } from "./nt-types.js";

const NT = [
  "NT 10-K", "NT 10-K405", "NT 10-KSB", "NT 10-Q", "NT 10-QSB", "NT 20-F", "NT 11-K", "NT 10-D",
  "NT NCSR", "NT N-CSR", "NT NSAR", "NT N-SAR", "NT N-CEN", "NT 15D2",
];

describe("isNtType", () => {
  it("accepts the NT family and its amendments", () => {
    for (const t of NT) {
      expect(isNtType(t), t).toBe(true);
      expect(isNtType(`${t}/A`), `${t}/A`).toBe(true);
    }
  });
  it("tolerates case and blank/hyphen variants", () => {
    expect(isNtType("nt 10-k")).toBe(true);
    expect(isNtType("NT  10-K / A")).toBe(true);
    expect(isNtType("NT10-Q")).toBe(true);
  });
  it("rejects types that merely contain NT", () => {
    for (const t of ["24F-2NT", "24F-2NT/A", "10-K", "NT", "NT 10-K/A/A", "NTN 10K", "EX-99", "CONTRACT", "NT 8-K", "4", "D", ""]) {
      expect(isNtType(t), t).toBe(false);
    }
    expect(isNtType(null)).toBe(false);
  });
});

describe("isAmendmentType", () => {
  it("is true for /A types only", () => {
    expect(isAmendmentType("NT 10-K/A")).toBe(true);
    expect(isAmendmentType("10-Q/A")).toBe(true);
    expect(isAmendmentType("NT 10-K / A")).toBe(true);
    expect(isAmendmentType("NT 10-K")).toBe(false);
    expect(isAmendmentType(null)).toBe(false);
  });
});
