import { describe } from "vitest";
import { ENVELOPE_CASES } from "./cases/index.js";
import { describeCases } from "./run-cases.js";

/** Constructed fixtures, submission envelopes: every expected field that the parser reads right. */
describe("constructed: submission envelopes", () => {
  describeCases(ENVELOPE_CASES, "settled");
});
