import { describe } from "vitest";
import { DATE_CASES } from "./cases/index.js";
import { describeCases } from "./run-cases.js";

/** Constructed fixtures, date formats: every expected field that the parser reads right. */
describe("constructed: date formats", () => {
  describeCases(DATE_CASES, "settled");
});
