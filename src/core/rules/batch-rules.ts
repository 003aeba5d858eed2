/** ruleIds of sources and batch runs (skips and failures). */
export const batchRules = {
  "source-unreadable": "the input could not be read (permissions, missing file, I/O error)",
  "source-too-large": "the input is larger than --max-bytes (skipped unread)",
  "source-symlink-loop": "a folder's symbolic links lead back into itself",
  "source-folder-repeated": "a folder reached again through another link (skipped: its files are read once)",
  "source-edgar-index": "the index folder edgar-nt fetch keeps beside the notices (DIR/index: EDGAR index files, submissions JSON), not filings (skipped unread)",
  "source-not-file": "a device or socket, not a file: refused when given as a path, skipped inside a folder (a named pipe given as a path is read without waiting)",
  "archive-corrupt": "a tar, gzip or zip archive is truncated or damaged; entries after the damage are lost",
  "form-not-selected": "the submission's type is an NT form outside --forms (skipped unparsed)",
  "parse-crashed": "the parser failed unexpectedly on this input",
} as const;
