import { describe } from "vitest";
import { PART4_CASES } from "./cases/index.js";
import { describeCases } from "./run-cases.js";

/** Constructed fixtures, Part IV answers: every expected field that the parser reads right. */
describe("constructed: Part IV answers", () => {
  describeCases(PART4_CASES, "settled");
});
