/**
 * Patterns of the command line: option values.
 */
import { pattern } from "../core/pattern.js";

/**
 * A byte count for `--max-bytes`: a number, decimals allowed, with an
 * optional binary unit: `8388608`, `8M`, `512k`, `1.5M`, `0.5G` (an optional
 * trailing `B` is allowed).
 */
export const BYTE_COUNT = pattern(String.raw`^ (?<digits> [0-9]{1,15} (?: \. [0-9]{1,6} )? ) (?<unit> [kmg] )? b? $`, "i");

/** A positive whole number, as `--jobs` takes. */
export const POSITIVE_INTEGER = pattern(String.raw`^ [1-9] [0-9]{0,5} $`);

/**
 * The separator of `--forms` values: a comma with optional blanks around it.
 * Blanks before the comma are matched only from the start of their run (the
 * lookbehind), so a long run of blanks without a comma is scanned once, not
 * once per blank (test/robustness/pattern-timing.test.ts); a comma right
 * after a match's trailing blanks is the first branch. Same matches as
 * `[ \t]*,[ \t]*`.
 */
export const FORMS_SEPARATOR = pattern(String.raw`, [\ \t]* | (?<! [\ \t] ) [\ \t]+ , [\ \t]*`, "g");

/**
 * The RECORDS of `link` when named last among the `--index` paths: `-`
 * (standard input) or a file name ending in `.jsonl` or `.ndjson`, which no
 * index data has.
 */
export const RECORDS_NAME = pattern(String.raw`^ (?: - | [^\n]* \. (?: jsonl | ndjson ) ) $`, "i");
