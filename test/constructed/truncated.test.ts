import { describe } from "vitest";
import { TRUNCATED_CASES } from "./cases/index.js";
import { describeCases } from "./run-cases.js";

/** Constructed fixtures, notices that end early: every expected field that the parser reads right. */
describe("constructed: notices that end early", () => {
  describeCases(TRUNCATED_CASES, "settled");
});
