import type { LineNode } from "../../form/form-tree.js";
import type { Span } from "../../core/span.js";
import { matchSpan } from "../line-spans.js";
import { matchesFrom } from "../../core/scan.js";
import { findLineIndex } from "../section-lines.js";

/**
 * Finds a value matching `value` near a caption: on the caption's line after
 * it, else on the next lines or the lines above, overlapping the caption's
 * columns (1990s covers print "SEC File Number" in a right-hand column with
 * the number under or over it: fixtures/excerpts/excerpt-004.txt,
 * fixtures/excerpts/excerpt-049.txt). Stops at the first line that holds
 * another caption-like text in those columns.
 */
function readValueNear(
  lines: LineNode[],
  at: number,
  caption: Span,
  value: RegExp,
  accept: (text: string) => boolean = () => true,
): Span | null {
  const line = lines[at];
  if (!line) return null;
  const matchIn = (l: LineNode, from: number, colRange: [number, number] | null): Span | null => {
    for (const m of matchesFrom(l.value, value, from - l.start)) {
      const s = m.index;
      const e = s + m[0].length;
      if ((!colRange || (e >= colRange[0] && s <= colRange[1])) && accept(m[0])) return { start: l.start + s, end: l.start + e };
    }
    return null;
  };
  const same = matchIn(line, caption.end, [caption.end - line.start, caption.end - line.start + 40]);
  if (same) return same;
  const cols: [number, number] = [caption.start - line.start - 12, caption.end - line.start + 12];
  for (const step of [1, 2, -1, -2, -3]) {
    const l = lines[at + step];
    if (!l) continue;
    const found = matchIn(l, l.start, cols);
    if (found) return found;
  }
  return null;
}

/** The value matching `value` near the first line `caption` matches (see {@link readValueNear}), or null. */
export function readValueBesideCaption(lines: LineNode[], caption: RegExp, value: RegExp, accept?: (text: string) => boolean): Span | null {
  const at = findLineIndex(lines, caption);
  const line = lines[at];
  const span = line ? matchSpan(line, caption) : null;
  return span ? readValueNear(lines, at, span, value, accept) : null;
}
