import { derivedOffset } from "../core/derived-offset.js";
import type { LineNode } from "./form-tree.js";

/**
 * Splits a text into line nodes (CR, LF, CRLF) with their offsets and unist
 * positions (1-based line and column); tabs are kept.
 */
export function splitLines(text: string): LineNode[] {
  const lines: LineNode[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 10;
    if (c === 10 || c === 13) {
      const line = lines.length + 1;
      const position = { start: { line, column: 1, offset: start }, end: { line, column: i - start + 1, offset: i } };
      lines.push({ type: "line", value: text.slice(start, i), index: lines.length, start: derivedOffset(start), end: derivedOffset(i), position });
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  return lines;
}
