/** ruleIds of `edgar-nt fetch` (lines of its `--errors` file). */
export const fetchRules = {
  "fetch-failed": "a file could not be downloaded from EDGAR (an HTTP error, or retries on 429, 5xx and timeouts ran out)",
  "fetch-check-failed": "a downloaded file was not what was asked for (another accession number, a body cut short, not JSON) on every attempt",
  "fetch-not-found": "EDGAR has no such file (404): a notice listed in an index but not served, or a company without submissions JSON",
} as const;
