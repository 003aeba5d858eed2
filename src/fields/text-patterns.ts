/**
 * Small text-cleaning patterns shared by the extractors and the output.
 */
import { pattern } from "../core/pattern.js";

/** A run of white space (including no-break and other Unicode spaces). */
export const WHITESPACE_RUN = pattern(String.raw`[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+`, "g");

/**
 * A run of white space as JavaScript's `\s` knows it: unlike WHITESPACE_RUN,
 * the zero-width space (U+200B) is not part of it. Evidence text and
 * report-type labels have always been folded with this one. Global: used
 * with `replace`.
 */
export const SPACE_RUN = pattern(String.raw`\s+`, "g");

/**
 * What collapsing by WHITESPACE_RUN changes: a white-space character other
 * than a plain space, or a space with white space after it. A text without
 * one (most values: words and single spaces) collapses to itself.
 */
export const WHITESPACE_TO_FOLD = pattern(String.raw`[^\S\ ] | \u200b | \ [\s\u200b]`);

/** What folding by SPACE_RUN changes: a `\s` character other than a plain space, or a space with `\s` after it. */
export const SPACE_TO_FOLD = pattern(String.raw`[^\S\ ] | \ \s`);

/** Layout punctuation before a value (its last sign may belong to the value: see cleanValue). */
export const LEADING_LAYOUT = pattern(String.raw`^ [\s_:\-\u2013\u2014=.|*]+`);

/** Layout punctuation after a value ("ACME ____"). */
export const TRAILING_LAYOUT = pattern(String.raw`[\s_:\-\u2013\u2014=|*]+ $`);

/** A lone layout dot far to the right of a value ("ACME INC.        ."). */
export const TRAILING_LONE_DOT = pattern(String.raw`(?<=\S) [ \t]{3,} \. [ \t]*$`);

/** Opening brackets and spaces at the start of a value. */
export const LEADING_OPEN = pattern(String.raw`^ [\s(]+`);

/** Closing brackets and spaces at the end of a value. */
export const TRAILING_CLOSE = pattern(String.raw`[\s)]+ $`);

/** The first character of a value after layout punctuation (":", "-", "(", rules). */
export const VALUE_START = pattern(String.raw`[^\s:\-\u2013\u2014=_.|*(]`);

/** One character that is not a decimal digit. Global: removed with `replace`. */
export const NON_DIGIT = pattern(String.raw`\D`, "g");

/** A Latin letter: a value holding none is punctuation or numbers only. */
export const LATIN_LETTER = pattern(String.raw`[A-Za-z]`);
