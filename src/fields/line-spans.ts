import type { LineNode } from "../form/form-tree.js";
import type { Span } from "../core/span.js";

/** Columns `start`–`end` of a line as a span of the derived text. */
export function inLine(line: LineNode, start: number, end: number): Span {
  return { start: line.start + start, end: line.start + end };
}

/** The span of the first match of a non-global `re` in a line, or null. */
export function matchSpan(line: LineNode, re: RegExp): Span | null {
  const m = re.exec(line.value);
  return m ? inLine(line, m.index, m.index + m[0].length) : null;
}

/**
 * The span of a cleaned `value` in its line, found by its first word from
 * column `from` on: cleaning may have changed the spaces after that word,
 * so the span runs `value.length` from it.
 */
export function valueSpanIn(line: LineNode, value: string, from = 0): Span {
  const at = line.value.indexOf(value.split(" ")[0] as string, from);
  return inLine(line, at, at + value.length);
}
