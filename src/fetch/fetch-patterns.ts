/**
 * Patterns of `edgar-nt fetch`: the User-Agent's e-mail address, option
 * values, EDGAR's names and the header lines a downloaded submission is
 * checked against.
 */
import { pattern } from "../core/pattern.js";

/**
 * An e-mail address somewhere in a User-Agent (`Jane Doe jane@example.org`),
 * as EDGAR's fair-access policy asks: a local part, `@`, and a domain of at
 * least two labels. Each piece is bounded, so a long run of one character
 * is scanned once per start.
 */
export const USER_AGENT_EMAIL = pattern(String.raw`
  [A-Za-z0-9._%+\-]{1,64}          # local part
  @
  [A-Za-z0-9\-]{1,63}              # first label of the domain
  (?: \. [A-Za-z0-9\-]{1,63} ){1,8} # at least one more label
`);

/** A day as `--from`/`--to` take it: `YYYY-MM-DD`. */
export const ISO_DAY = pattern(String.raw`^ (?<year> [0-9]{4} ) - (?<month> [0-9]{2} ) - (?<day> [0-9]{2} ) $`);

/** A quarter as `--quarters` takes it: `2024Q1` (case ignored). */
export const QUARTER = pattern(String.raw`^ (?<year> [0-9]{4} ) Q (?<quarter> [1-4] ) $`, "i");

/** A CIK as `--cik` takes it: one to ten digits, leading zeros allowed. */
export const CIK_VALUE = pattern(String.raw`^ [0-9]{1,10} $`);

/** A list separator of `--cik` and `--quarters`: a comma or blanks. */
export const LIST_SEPARATOR = pattern(String.raw`[,\ \t]+`, "g");

/** A whole number of seconds in a `Retry-After` header. */
export const RETRY_AFTER_SECONDS = pattern(String.raw`^ [0-9]{1,9} $`);

/**
 * Where a full submission names its own accession number: the
 * `<SEC-DOCUMENT>` line (`<SEC-DOCUMENT>0001376339-20-000010.txt : 20200318`),
 * the header's `ACCESSION NUMBER:` line, or a feed file's
 * `<ACCESSION-NUMBER>` tag.
 */
export const SUBMISSION_ACCESSION = pattern(String.raw`
  (?: <SEC-DOCUMENT> | <IMS-DOCUMENT> | ACCESSION [\ ] NUMBER: [\ \t]{0,40} | <ACCESSION-NUMBER> [\ \t]{0,10} )
  (?<accession> [0-9]{10} - [0-9]{2} - [0-9]{6} )
`);

/** A full submission's opening tag, which promises the closing one. */
export const SUBMISSION_START = pattern(String.raw`^ [\s]{0,64} < (?<tag> SEC-DOCUMENT | IMS-DOCUMENT ) >`);

/** A full submission's closing tag at the end of the file (blanks may follow). */
export const SUBMISSION_END = pattern(String.raw`</ (?: SEC-DOCUMENT | IMS-DOCUMENT ) > [\s]{0,64} $`);

/** The dashed line that ends an EDGAR index file's header. */
export const INDEX_SEPARATOR = pattern(String.raw`^ -{20,} \r? $`, "m");
