import type { VFile } from "vfile";
import type { FormRoot } from "../../form/form-tree.js";
import { NARRATIVE_HEADING, PART_HEADING } from "../../core/form-patterns.js";
import { NARRATIVE_INSTRUCTION } from "./part3-patterns.js";
import { context, setField, warn } from "../field-context.js";
import { buildLongText, type LongText } from "../long-text.js";
import { spansOf } from "../../core/scan.js";
import { requireSection } from "../section-lines.js";

declare module "vfile" {
  interface DataMap {
    /** The narrative with its offset map, kept for the reason coder's evidence. */
    narrative: LongText | null;
  }
}

/** Reads Part III, the narrative, without the form's printed instructions. */
function readPart3(file: VFile): void {
  const ctx = context(file);
  file.data.narrative = null;
  const section = requireSection(file, "part3", "part3.narrative", "Part III was not found");
  if (!section) return;
  const lines = section.filter((l) => !PART_HEADING.test(l.value) && !NARRATIVE_HEADING.test(l.value));
  const first = lines[0];
  const last = lines[lines.length - 1];
  if (!first || !last) return;
  const cut = spansOf(ctx.derived.text, NARRATIVE_INSTRUCTION, first.start, last.end);
  const long = buildLongText(lines, cut);
  file.data.narrative = long;
  if (!long) {
    warn(file, "part3.narrative", "field-missing", "Part III is empty");
    setField(ctx, "part3.narrative", null, null);
    return;
  }
  setField(ctx, "part3.narrative", long.value, long.span);
}

/** unified plugin: Part III, the narrative. */
export function extractPart3() {
  return (_tree: FormRoot, file: VFile): void => readPart3(file);
}
