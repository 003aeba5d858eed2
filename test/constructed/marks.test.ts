import { describe } from "vitest";
import { MARK_CASES } from "./cases/index.js";
import { describeCases } from "./run-cases.js";

/** Constructed fixtures, checkbox mark families: every expected field that the parser reads right. */
describe("constructed: checkbox mark families", () => {
  describeCases(MARK_CASES, "settled");
});
