import { derivedOffset } from "../core/derived-offset.js";
import { lineStarts } from "../core/line-index.js";
import type { LineNode } from "./form-tree.js";

/**
 * Splits a text into line nodes (CR, LF, CRLF) with their offsets and unist
 * positions (1-based line and column); tabs are kept.
 */
export function splitLines(text: string): LineNode[] {
  const lines: LineNode[] = [];
  // Each line starts where lineStarts says; it ends before its break (CR, LF or CRLF), the last one at the text's end.
  const starts = lineStarts(text);
  for (let n = 0; n < starts.length; n++) {
    const start = starts[n] as number;
    const next = starts[n + 1];
    let end = text.length;
    if (next !== undefined) {
      end = next - 1;
      if (text.charCodeAt(end) === 10 && end > start && text.charCodeAt(end - 1) === 13) end--;
    }
    const line = n + 1;
    const position = { start: { line, column: 1, offset: start }, end: { line, column: end - start + 1, offset: end } };
    lines.push({ type: "line", value: text.slice(start, end), index: n, start: derivedOffset(start), end: derivedOffset(end), position });
  }
  return lines;
}
