/**
 * The Form 12b-25 submission types as EDGAR spells them, each also filed as
 * an amendment (`/A`). The fund forms have been spelled both ways over the
 * years (`NT NCSR` / `NT N-CSR`, `NT NSAR` / `NT N-SAR`); the 1990s small
 * business and transition types (`NT 10-KSB`, `NT 10-K405`, `NT 10-QT`…) are
 * in older headers.
 */
export const NT_TYPE_NAMES: readonly string[] = [
  "NT 10-K",
  "NT 10-Q",
  "NT 20-F",
  "NT 11-K",
  "NT 10-D",
  "NT 15D2",
  "NT N-CEN",
  "NT NCSR",
  "NT N-CSR",
  "NT NSAR",
  "NT N-SAR",
  "NT N-MFP",
  "NT N-MFP1",
  "NT N-MFP2",
  "NT 10-K405",
  "NT 10-KSB",
  "NT 10-KSB40",
  "NT 10-KT",
  "NT 10-QSB",
  "NT 10-QT",
];

/**
 * The reports a Form 12b-25 can be filed for, as they follow `NT` in an EDGAR
 * submission type, compacted (capitals, no blanks or hyphens): `NT 10-K405`
 * → `10K405`, `NT N-CSR` → `NCSR`. Both spellings of the fund forms compact
 * alike.
 */
const NT_REPORTS: ReadonlySet<string> = new Set(NT_TYPE_NAMES.map((name) => compact(name).slice(2)));

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

/**
 * The key two spellings of an NT type share: capitals, without blanks and
 * hyphens (`NT N-CSR` and `nt ncsr` → `NTNCSR`, `NT 10-K/A` → `NT10K/A`), so
 * that a type chosen with `--forms` matches every way EDGAR has written it.
 */
export function ntTypeKey(type: string): string {
  return compact(type);
}

/**
 * The EDGAR name of an NT type as a user may write it: one of
 * {@link NT_TYPE_NAMES}, optionally with `/A`, in any case and with any run
 * of blanks where the name has one (`nt 10-q`, `NT  10-Q/A`). Null for any
 * other spelling (`nt10-q`, `NT 10Q`, `XYZ`).
 */
export function ntTypeName(spelling: string): string | null {
  const words = spelling.toUpperCase().replaceAll("\t", " ").split(" ").filter((w) => w.length > 0).join(" ");
  const amended = words.endsWith("/A");
  const base = amended ? words.slice(0, -2) : words;
  const name = NT_TYPE_NAMES.find((n) => n === base);
  return name === undefined ? null : amended ? `${name}/A` : name;
}
