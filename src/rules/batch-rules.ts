/** ruleIds of sources and batch runs (skips and failures). */
export const batchRules = {
  "source-unreadable": "the input could not be read (permissions, missing file, I/O error)",
  "source-too-large": "the input is larger than --max-bytes",
} as const;
