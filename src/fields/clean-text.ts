import { EDGE_PUNCTUATION, LEADING_OPEN, TRAILING_CLOSE, TRAILING_LONE_DOT, VALUE_START, WHITESPACE_RUN } from "./text-patterns.js";

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
  const open = count(text, "(");
  const close = count(text, ")");
  let t = text;
  if (open > close || (open === close && t.trimStart().startsWith("(") && t.trimEnd().endsWith(")"))) t = t.replace(LEADING_OPEN, "");
  if (close > count(t, "(")) t = t.replace(TRAILING_CLOSE, "");
  return t.trim();
}

/** How many times `ch` occurs in `text`. */
function count(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

/** Offset in `raw` where its value starts (after white space and layout punctuation); `raw.length` when none. */
export function valueStart(raw: string): number {
  const i = raw.search(VALUE_START);
  return i < 0 ? raw.length : i;
}

/** How many white-space characters open `text` (as `trimStart` counts them). */
export function leadingSpace(text: string): number {
  return text.length - text.trimStart().length;
}
