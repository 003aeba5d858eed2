import type { SectionNode } from "../../form/form-tree.js";
import type { NtRecord } from "../../record/types.js";
import { NARRATIVE_HEADING, PART_HEADING } from "../../core/form-patterns.js";
import { NARRATIVE_INSTRUCTION } from "./part3-patterns.js";
import { ReadingBuilder, type Reading } from "../reading.js";
import { buildLongText, type LongText } from "../long-text.js";
import { spansOf } from "../../core/scan.js";

/** What the Part III reader gives: the `part3` group and the narrative with its offset map (the reasons read it). */
export interface Part3Reading extends Reading<NtRecord["part3"]> {
  kind: "part3";
  narrative: LongText | null;
}

/**
 * Reads Part III, the narrative, without the form's printed instructions
 * (`text` is the derived text its lines' offsets point into).
 */
export function readPart3(part3: SectionNode, text: string): Part3Reading {
  const b = new ReadingBuilder<NtRecord["part3"]>("part3");
  if (part3.children.length === 0) {
    b.warn("narrative", "section-missing", "Part III was not found");
    return { kind: "part3", ...b.build(), narrative: null };
  }
  // An empty line is neither heading: the patterns run on the others only.
  const lines = part3.children.filter((l) => l.value === "" || (!PART_HEADING.test(l.value) && !NARRATIVE_HEADING.test(l.value)));
  const first = lines[0];
  const last = lines[lines.length - 1];
  if (!first || !last) return { kind: "part3", ...b.build(), narrative: null };
  const cut = spansOf(text, NARRATIVE_INSTRUCTION, first.start, last.end);
  const long = buildLongText(lines, cut);
  if (!long) {
    b.warn("narrative", "field-missing", "Part III is empty");
    b.set("narrative", null, null);
    return { kind: "part3", ...b.build(), narrative: null };
  }
  b.set("narrative", long.value, long.span);
  return { kind: "part3", ...b.build(), narrative: long };
}
