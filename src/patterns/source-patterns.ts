import { pattern } from "./compile.js";

/*
 * Patterns of batch inputs: archive kinds told by file name, and the values
 * of `extract`'s options. All are anchored and linear.
 */

/** A gzip-compressed tar archive: `2024-01-11.nc.tar.gz`, `QTR1.tgz`. */
export const TAR_GZ_NAME = pattern(String.raw`\. (?: tar \. gz | tgz ) $`, "i");

/** A plain tar archive: `feed.tar`. */
export const TAR_NAME = pattern(String.raw`\. tar $`, "i");

/** A zip archive: `filings.zip`. */
export const ZIP_NAME = pattern(String.raw`\. zip $`, "i");

/** A single gzip-compressed file (not a tar): `0001234567-24-000001.nc.gz`. */
export const GZIP_NAME = pattern(String.raw`\. gz $`, "i");

/**
 * A byte count for `--max-bytes`: digits with an optional binary unit,
 * `8388608`, `8M`, `512k`, `1G` (an optional trailing `B` is allowed).
 */
export const BYTE_COUNT = pattern(String.raw`^ (?<digits> [0-9]{1,15} ) (?<unit> [kmg] )? b? $`, "i");

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

/** Slashes ending a folder path as typed (`filings/`), dropped before names are joined to it. */
export const TRAILING_SLASHES = pattern(String.raw`(?<= [^/] ) /+ $`);
