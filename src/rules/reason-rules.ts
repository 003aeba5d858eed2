/** ruleIds of the reason coder. */
export const reasonRules = {} as const;
