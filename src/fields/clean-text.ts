import { LEADING_LAYOUT, LEADING_OPEN, SPACE_RUN, SPACE_TO_FOLD, TRAILING_CLOSE, TRAILING_LAYOUT, TRAILING_LONE_DOT, VALUE_START, WHITESPACE_RUN, WHITESPACE_TO_FOLD } from "./text-patterns.js";

/** Collapses inner white space to single spaces and trims (SPEC.md string convention); a text with nothing to fold skips the replace. */
export function collapse(text: string): string {
  return (WHITESPACE_TO_FOLD.test(text) ? text.replace(WHITESPACE_RUN, " ") : text).trim();
}

/** White space folded to single spaces as JavaScript's `\s` knows it (SPACE_RUN), and trimmed: how evidence quotes a span. */
export function foldSpaces(text: string): string {
  return (SPACE_TO_FOLD.test(text) ? text.replace(SPACE_RUN, " ") : text).trim();
}

/**
 * A short value as written: white space collapsed, layout rules and lone dots
 * trimmed. A sign written against the value (`=1+1`, `-5`, `—ACME`) is part
 * of it and stays: only a rule (`____`, `----`) or a leader standing apart
 * (`- ACME`, `: ACME`) is layout. Guarding a spreadsheet against a leading
 * `=` is the CSV writer's job alone, never the parser's.
 */
export function cleanValue(text: string): string {
  const t = text.replace(TRAILING_LONE_DOT, "");
  const lead = LEADING_LAYOUT.exec(t)?.[0].length ?? 0;
  const start = keepAttachedSign(t, lead);
  return collapse(t.slice(start).replace(TRAILING_LAYOUT, ""));
}

/**
 * Where a value starts once its leading layout (`cut` characters) is
 * dropped: one step back when the layout ends in a lone sign (`=`, `-`, `–`,
 * `—`) that stands against the value after a blank or at the start, as in
 * `=1+1` or `Name: -5`.
 */
function keepAttachedSign(text: string, cut: number): number {
  if (cut === 0 || cut >= text.length) return cut;
  const sign = text.charCodeAt(cut - 1);
  if (sign !== 0x3d && sign !== 0x2d && sign !== 0x2013 && sign !== 0x2014) return cut;
  const before = cut >= 2 ? text.charAt(cut - 2) : "";
  return before === "" || before.trim() === "" ? cut - 1 : cut;
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
  return i < 0 ? raw.length : keepAttachedSign(raw, i);
}

/** How many white-space characters open `text` (as `trimStart` counts them). */
export function leadingSpace(text: string): number {
  return text.length - text.trimStart().length;
}
