import { describe } from "vitest";
import { TYPE_CASES } from "./cases/index.js";
import { describeCases } from "./run-cases.js";

/** Constructed fixtures, report-type boxes: every expected field that the parser reads right. */
describe("constructed: report-type boxes", () => {
  describeCases(TYPE_CASES, "settled");
});
