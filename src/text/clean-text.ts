import { EDGE_PUNCTUATION, LEADING_OPEN, TRAILING_CLOSE, TRAILING_LONE_DOT, VALUE_START, WHITESPACE_RUN } from "../patterns/text-patterns.js";

/** Collapses inner white space to single spaces and trims (SPEC.md string convention). */
export function collapse(text: string): string {
  return text.replace(WHITESPACE_RUN, " ").trim();
}

/** A short value as written: white space collapsed, layout rules and lone dots trimmed. */
export function cleanValue(text: string): string {
  return collapse(text.replace(TRAILING_LONE_DOT, "").replace(EDGE_PUNCTUATION, ""));
}

/** A value with the brackets of a parenthesised caption stripped from its ends. */
export function unbracket(text: string): string {
  return text.replace(LEADING_OPEN, "").replace(TRAILING_CLOSE, "");
}

/** Offset in `raw` where its value starts (after white space and layout punctuation); `raw.length` when none. */
export function valueStart(raw: string): number {
  const i = raw.search(VALUE_START);
  return i < 0 ? raw.length : i;
}
