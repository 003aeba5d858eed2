import { describe } from "vitest";
import { TYPO_CASES } from "./cases/index.js";
import { describeCases } from "./run-cases.js";

/** Constructed fixtures, caption typos: every expected field that the parser reads right. */
describe("constructed: caption typos", () => {
  describeCases(TYPO_CASES, "settled");
});
