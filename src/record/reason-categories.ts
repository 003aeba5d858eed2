/*
 * The reason categories alone, apart from the record definition
 * (`types.ts`), so that the reason coder reads their order without loading
 * TypeBox.
 */

/** Reason categories for the delay, in SPEC order (SPEC.md, "Reason categories"); `reasons` lists them in this order. */
export const REASON_CATEGORIES = [
  "accounting-review",
  "auditor",
  "restatement",
  "internal-control",
  "transaction",
  "financing-distress",
  "management",
  "investigation",
  "systems",
  "external-event",
  "no-reason",
] as const;
