import type { LineNode } from "../parse/form-tree.js";
import { DerivedTextBuilder, type DerivedText } from "../text/derived-text.js";
import { PAGE_FURNITURE, RULE_LINE } from "../patterns/form-patterns.js";
import type { Span } from "./context.js";

/** A long text (narrative, explanation, letter) with the way back to the derived text. */
export interface LongText {
  value: string;
  /** Offsets of `value` → offsets of the derived text. */
  map: DerivedText;
  span: Span;
}

/**
 * Builds a long text from lines (SPEC.md: inner white space collapsed,
 * paragraph breaks kept as `\n\n`), leaving out the `cut` spans (the form's
 * printed instructions), rules and page furniture. Null when nothing is left.
 */
export function buildLongText(lines: LineNode[], cut: Span[] = []): LongText | null {
  const builder = new DerivedTextBuilder();
  let pendingBreak: "" | " " | "\n\n" = "";
  let first = -1;
  let last = -1;
  let blankRun = false;
  for (const line of lines) {
    if (RULE_LINE.test(line.value) || PAGE_FURNITURE.test(line.value)) {
      if (line.value.trim() === "") blankRun = true;
      continue;
    }
    // Split the line into words outside the cut spans.
    let i = line.start;
    let wrote = false;
    while (i < line.end) {
      const c = cut.find((s) => s.start <= i && i < s.end);
      if (c) {
        i = c.end;
        continue;
      }
      const ch = line.value.charCodeAt(i - line.start);
      if (ch === 32 || ch === 9 || ch === 160 || (ch >= 0x2000 && ch <= 0x200b)) {
        i++;
        continue;
      }
      let j = i;
      while (j < line.end) {
        const cj = line.value.charCodeAt(j - line.start);
        if (cj === 32 || cj === 9 || cj === 160 || (cj >= 0x2000 && cj <= 0x200b)) break;
        if (cut.some((s) => s.start === j)) break;
        j++;
      }
      if (builder.size > 0) {
        const sep = blankRun && pendingBreak !== "" ? "\n\n" : " ";
        builder.push(sep, i);
      }
      blankRun = false;
      pendingBreak = " ";
      builder.push(line.value.slice(i - line.start, j - line.start), i, true);
      if (first < 0) first = i;
      last = j;
      wrote = true;
      i = j;
    }
    if (!wrote && line.value.slice(0).trim() === "") blankRun = true;
  }
  const map = builder.build();
  if (!map.text.trim() || first < 0) return null;
  return { value: map.text, map, span: { start: first, end: last } };
}
