import type { LineNode } from "../form/form-tree.js";
import { PieceMapBuilder, type OffsetMap } from "../core/derived-text.js";
import { derivedOffset, type DerivedOffset } from "../core/derived-offset.js";
import { longTextOffset, type LongTextOffset } from "../core/long-text-offset.js";
import { PAGE_BREAK_LINE, SENTENCE_END, SEPARATOR_RULE } from "./field-patterns.js";
import { RULE_LINE } from "../core/form-patterns.js";
import type { Span } from "../core/span.js";
import { isFiller } from "./section-lines.js";

/** A long text (narrative, explanation, letter) with the way back to the derived text. */
export interface LongText {
  /** The text: inner white space collapsed, paragraphs separated by a blank line. */
  value: string;
  /** Offsets of `value` → offsets of the derived text (read through `longTextToDerived`). */
  map: OffsetMap<LongTextOffset, DerivedOffset>;
  /** From its first to its last character, in the derived text. */
  span: Span;
}

/**
 * Builds a long text from lines (SPEC.md: inner white space collapsed,
 * paragraph breaks kept as `\n\n`), leaving out the `cut` spans (the form's
 * printed instructions), rules and page furniture. Null when nothing is left.
 */
export function buildLongText(lines: LineNode[], cut: Span[] = []): LongText | null {
  const builder = new PieceMapBuilder(longTextOffset, derivedOffset);
  // Cut spans sorted once and walked with a cursor: linear in lines + cuts.
  const cuts = [...cut].filter((c) => c.end > c.start).sort((a, b) => a.start - b.start);
  let k = 0;
  let wroteAny = false;
  let blankRun = false;
  let first = -1;
  let last = -1;
  let pageBreak = false;
  let lastWord = "";
  for (const line of lines) {
    if (isFiller(line)) {
      // A blank line or a long rule separates paragraphs; a page break
      // ("-1-", "<PAGE>", a running header) inside a sentence does not
      // (fixtures/constructed/layout/page-breaks.txt).
      if (line.value.trim() === "" || SEPARATOR_RULE.test(line.value)) blankRun = true;
      else if (PAGE_BREAK_LINE.test(line.value) || !RULE_LINE.test(line.value)) pageBreak = true;
      continue;
    }
    let i: number = line.start;
    while (i < line.end) {
      while (k < cuts.length && (cuts[k] as Span).end <= i) k++;
      const c = cuts[k];
      if (c && c.start <= i) {
        i = c.end;
        continue;
      }
      if (isSpace(line.value.charCodeAt(i - line.start))) {
        i++;
        continue;
      }
      const stop = c ? Math.min(line.end, c.start) : line.end;
      let j = i;
      while (j < stop && !isSpace(line.value.charCodeAt(j - line.start))) j++;
      if (wroteAny) builder.push(blankRun && !(pageBreak && !SENTENCE_END.test(lastWord)) ? "\n\n" : " ", derivedOffset(i));
      blankRun = false;
      pageBreak = false;
      wroteAny = true;
      lastWord = line.value.slice(i - line.start, j - line.start);
      builder.push(lastWord, derivedOffset(i), true);
      if (first < 0) first = i;
      last = j;
      i = j;
    }
  }
  const map = builder.build();
  if (!wroteAny || first < 0) return null;
  return { value: map.text, map, span: { start: first, end: last } };
}

/** Whether a UTF-16 code unit is a space, tab, no-break or other Unicode space. */
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 160 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x3000;
}
