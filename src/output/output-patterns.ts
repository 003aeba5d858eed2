/**
 * Patterns of the writers: column names and cells.
 */
import { pattern } from "../core/pattern.js";

/**
 * A lower-case letter or digit followed by a capital: the hump of a
 * camelCase name ("contactPhone"), replaced by "$1_$2" for snake_case.
 * Global: used with `replace`.
 */
export const CAMEL_HUMP = pattern(String.raw`([a-z0-9])([A-Z])`, "g");

/** A text that begins or ends with white space (a CSV cell quoted so the space survives). */
export const EDGE_SPACE = pattern(String.raw`^ \s | \s $`);

/** An ISO date of the record: `YYYY-MM-DD`, or `YYYY-MM` when the form gives no day. */
export const ISO_DATE_PARTS = pattern(String.raw`^ (?<year>\d{4}) - (?<month>\d{2}) (?: - (?<day>\d{2}) )? $`);

/**
 * A character an XML document cannot hold (C0 controls other than tab,
 * line feed and carriage return; U+FFFE, U+FFFF; a lone surrogate): replaced
 * by U+FFFD in workbook cells. Global: used with `replace`.
 */
export const XML_UNSAFE = pattern(
  String.raw`[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF] | [\uD800-\uDBFF](?![\uDC00-\uDFFF]) | (?<![\uD800-\uDBFF])[\uDC00-\uDFFF]`,
  "g",
);

/** A run of white space: what separates the words of an evidence text (`inspect --html` finds them word by word). */
export const WORD_BREAK = pattern(String.raw`\s+`);

/** A single white-space character (the end of a word in a shown text). */
export const ONE_SPACE = pattern(String.raw`^\s$`);

/** A character with a meaning in HTML text or attribute values, escaped in the page. Global: used with `replace`. */
export const HTML_SPECIAL = pattern(String.raw`[&<>"']`, "g");
