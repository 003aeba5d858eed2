/**
 * The catalogue of warning and skip `ruleId`s. Every message the project
 * emits names one of these; tests assert ruleIds, never message prose.
 * Each stage keeps its own part of the catalogue in a file beside this one.
 */
import { coreRules } from "./core-rules.js";
import { htmlRules } from "./html-rules.js";
import { batchRules } from "./batch-rules.js";
import { reasonRules } from "./reason-rules.js";
import { robustnessRules } from "./robustness-rules.js";
import { fetchRules } from "./fetch-rules.js";
import { linkRules } from "./link-rules.js";

/** Every ruleId with a one-line description. */
export const rules = { ...coreRules, ...htmlRules, ...batchRules, ...reasonRules, ...robustnessRules, ...fetchRules, ...linkRules } as const;

/** A known ruleId. */
export type RuleId = keyof typeof rules;
