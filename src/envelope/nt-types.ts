/**
 * The reports a Form 12b-25 can be filed for, as they follow `NT` in an EDGAR
 * submission type, compacted (capitals, no blanks or hyphens): `NT 10-K405`
 * → `10K405`, `NT N-CSR` → `NCSR`. Both spellings EDGAR has used for the fund
 * forms (`NT NCSR` / `NT N-CSR`, `NT NSAR` / `NT N-SAR`) compact alike.
 */
const NT_REPORTS: ReadonlySet<string> = new Set([
  "10K",
  "10K405",
  "10KSB",
  "10KSB40",
  "10KT",
  "10Q",
  "10QSB",
  "10QT",
  "10D",
  "20F",
  "11K",
  "15D2",
  "NCSR",
  "NSAR",
  "NCEN",
  "NMFP",
  "NMFP1",
  "NMFP2",
]);

/** Capitals, without blanks and hyphens: `NT 10-K/A` → `NT10K/A`. */
function compact(type: string): string {
  let out = "";
  for (const c of type.toUpperCase()) {
    if (c !== " " && c !== "\t" && c !== "-") out += c;
  }
  return out;
}

/**
 * Whether an EDGAR submission or document type is a Form 12b-25 notice:
 * `NT` followed by a report it can be filed for, optionally `/A`
 * (`NT 10-K`, `NT 10-Q/A`, `NT 20-F`, `NT N-CEN`, `NT 15D2`…). Blanks and
 * hyphens are not significant (`NT 10K`, `NT10-K` also count). Types that
 * merely contain "NT" are not notices: `24F-2NT` (a Rule 24f-2 notice,
 * fixtures/envelope/real/0000950129-95-001652.txt) is not.
 */
export function isNtType(type: string | null): boolean {
  if (type === null) return false;
  let t = compact(type);
  if (!t.startsWith("NT")) return false;
  if (t.endsWith("/A")) t = t.slice(0, -2);
  return NT_REPORTS.has(t.slice(2));
}

/** Whether an EDGAR type is an amendment: it ends in `/A` (`NT 10-K/A`, `10-K/A`). */
export function isAmendmentType(type: string | null): boolean {
  return type !== null && compact(type).endsWith("/A");
}
