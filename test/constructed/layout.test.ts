import { describe } from "vitest";
import { LAYOUT_CASES } from "./cases/index.js";
import { describeCases } from "./run-cases.js";

/** Constructed fixtures, layout variations: every expected field that the parser reads right. */
describe("constructed: layout variations", () => {
  describeCases(LAYOUT_CASES, "settled");
});
