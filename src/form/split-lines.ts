import type { Position } from "unist";
import { derivedOffset, type DerivedOffset } from "../core/derived-offset.js";
import { forEachLine } from "../core/line-index.js";
import type { LineNode } from "./form-tree.js";

/**
 * A line node whose unist `position` is worked out when read: the sectioner
 * and the readers go by `start` and `end`, and a notice may hold a million
 * blank lines (test/helpers/fuzz-worst-cases.ts), so a line costs one
 * object, not four.
 */
class Line implements LineNode {
  readonly type = "line";

  constructor(
    readonly value: string,
    readonly index: number,
    readonly start: DerivedOffset,
    readonly end: DerivedOffset,
  ) {}

  /** 1-based line and columns of the line's first character and of its end, with their offsets. */
  get position(): Position {
    const line = this.index + 1;
    return { start: { line, column: 1, offset: this.start }, end: { line, column: this.end - this.start + 1, offset: this.end } };
  }
}

/**
 * Splits a text into line nodes (CR, LF, CRLF) with their offsets and unist
 * positions (1-based line and column); tabs are kept.
 */
export function splitLines(text: string): LineNode[] {
  const lines: LineNode[] = [];
  forEachLine(text, (start, end) => {
    lines.push(new Line(text.slice(start, end), lines.length, derivedOffset(start), derivedOffset(end)));
  });
  return lines;
}
