import type { SectionNode } from "../../form/form-tree.js";
import type { NtRecord } from "../../record/types.js";
import { MARK_TOKEN } from "../field-patterns.js";
import { PART2_ITEM_A, UNDERSCORES_ONLY, WILL_BE_FILED_STATEMENT } from "./part2-patterns.js";
import type { Span } from "../../core/span.js";
import { ReadingBuilder, type Reading } from "../reading.js";
import { matchesFrom } from "../../core/scan.js";

/** What the Part II reader gives: the `part2` group. */
export interface Part2Reading extends Reading<NtRecord["part2"]> {
  kind: "part2";
}

/**
 * Reads Part II's relief box. The form has one box for (a), (b) and (c)
 * together; filers draw it once ("(Check box if appropriate) x":
 * fixtures/samples/igene-nt10k-1998.txt), once per item
 * (fixtures/excerpts/excerpt-018.txt), or in an HTML cell spanning the three
 * rows. Any marked box claims relief; only empty boxes mean false; no box at
 * all is null — except a free-form Part II that states the report will be
 * filed within the extension (fixtures/excerpts/excerpt-042.txt). `text` is
 * the derived text the lines' offsets point into.
 */
export function readPart2(part2: SectionNode, text: string): Part2Reading {
  const b = new ReadingBuilder<NtRecord["part2"]>("part2");
  const lines = part2.children;
  const first = lines[0];
  const last = lines[lines.length - 1];
  if (!first || !last) {
    b.warn("reliefClaimed", "section-missing", "Part II was not found");
    return { kind: "part2", ...b.build() };
  }
  const from = first.start;
  const to = last.end;
  let checked: Span | null = null;
  let empty: Span | null = null;
  let unreadable: Span | null = null;
  for (const m of matchesFrom(text, MARK_TOKEN, from, to)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (m.groups?.checked && !checked) checked = span;
    else if (m.groups?.empty && !empty && !UNDERSCORES_ONLY.test(m[0])) empty = span;
    else if (m.groups?.unreadable && !unreadable) unreadable = span;
  }
  const body = text.slice(from, to);
  if (checked) b.set("reliefClaimed", true, checked);
  else if (unreadable) b.warn("reliefClaimed", "checkbox-unreadable", "the Part II box could not be read", unreadable);
  else if (empty) b.set("reliefClaimed", false, empty);
  else {
    const statement = WILL_BE_FILED_STATEMENT.exec(body);
    if (statement && !PART2_ITEM_A.test(body)) {
      b.set("reliefClaimed", true, { start: from + statement.index, end: from + statement.index + statement[0].length });
    } else b.warn("reliefClaimed", "checkbox-unreadable", "Part II shows no box", { start: from, end: to });
  }
  return { kind: "part2", ...b.build() };
}
