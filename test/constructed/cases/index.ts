import type { FixtureCase } from "../fixture-case.js";
import { DATE_CASES } from "./dates-cases.js";
import { ENVELOPE_CASES } from "./envelope-cases.js";
import { LAYOUT_CASES } from "./layout-cases.js";
import { MARK_CASES } from "./marks-cases.js";
import { PART4_CASES } from "./part4-cases.js";
import { TRUNCATED_CASES } from "./truncated-cases.js";
import { TYPE_CASES } from "./types-cases.js";
import { TYPO_CASES } from "./typos-cases.js";

export { DATE_CASES, ENVELOPE_CASES, LAYOUT_CASES, MARK_CASES, PART4_CASES, TRUNCATED_CASES, TYPE_CASES, TYPO_CASES };

/** Every constructed fixture case, grouped by family. */
export const ALL_CASES: readonly FixtureCase[] = [
  ...MARK_CASES,
  ...LAYOUT_CASES,
  ...TYPE_CASES,
  ...TYPO_CASES,
  ...PART4_CASES,
  ...DATE_CASES,
  ...ENVELOPE_CASES,
  ...TRUNCATED_CASES,
];
