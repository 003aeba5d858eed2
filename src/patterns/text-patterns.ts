/**
 * Small text-cleaning patterns shared by the extractors.
 */
import { pattern } from "./compile.js";

/** A run of white space (including no-break and other Unicode spaces). */
export const WHITESPACE_RUN = pattern(String.raw`[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+`, "g");

/** Three or more spaces or a tab: a column gap in fixed-width layouts. */
export const COLUMN_GAP = pattern(String.raw`\t | [ \u00a0]{3,}`, "g");

/** Leading and trailing layout punctuation around a value ("____ ACME ____", ": ACME", "- ACME"). */
export const EDGE_PUNCTUATION = pattern(String.raw`^ [\s_:\-\u2013\u2014=.|*]+ | [\s_:\-\u2013\u2014=|*]+ $`, "g");

/** A lone layout dot far to the right of a value ("ACME INC.        ."). */
export const TRAILING_LONE_DOT = pattern(String.raw`(?<=\S) [ \t]{3,} \. [ \t]*$`);

/** A line made only of mark tokens and spaces (a checkbox alone). */
export const LINE_START_SPACE = pattern(String.raw`^ [ \t]*`);

/** Opening brackets and spaces at the start of a value. */
export const LEADING_OPEN = pattern(String.raw`^ [\s(]+`);

/** Closing brackets and spaces at the end of a value. */
export const TRAILING_CLOSE = pattern(String.raw`[\s)]+ $`);

/** The first character of a value after layout punctuation (":", "-", "(", rules). */
export const VALUE_START = pattern(String.raw`[^\s:\-\u2013\u2014=_.|*(]`);
