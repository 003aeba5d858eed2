import type { VFile } from "vfile";
import type { FormRoot } from "../form/form-tree.js";
import type { Evidence } from "../record/types.js";
import { classifyReasons, type ReasonField } from "./classify-reasons.js";
import { readChangeDirection } from "./change-direction.js";
import { readChangeFigures } from "./change-figures.js";
import { readGraceIntent } from "./grace-intent.js";
import type { DerivedText } from "../core/derived-text.js";
import type { InputOffset } from "../core/input-offset.js";
import { longTextOffset } from "../core/long-text-offset.js";
import { derivedToInput, longTextToDerived } from "../core/offset-maps.js";
import { context, type ExtractContext } from "../fields/field-context.js";
import type { LongText } from "../fields/long-text.js";

/** A long text with the derived text and document it was read from. */
interface Located {
  long: LongText;
  derived: DerivedText;
  documentOffset: InputOffset;
}

/** Evidence for a span of a long text (narrative, explanation, letter), in the input's lines. */
function evidenceIn(ctx: ExtractContext, where: Located, start: number, end: number): Evidence {
  const derived = longTextToDerived(where.long.map, longTextOffset(start));
  const point = ctx.index.point(derivedToInput(where.derived, derived, where.documentOffset));
  return { line: point.line, column: point.column, text: where.long.value.slice(start, end) };
}

/** One piece of evidence as itself, several as a list. */
function one(list: Evidence[]): Evidence | Evidence[] {
  return list.length === 1 ? (list[0] as Evidence) : list;
}

/**
 * Codes the record: reason categories from the narrative, the Part IV (3)
 * explanation and the accountant's letter (every label with the phrase
 * behind it as `evidence["reasons.<category>"]`, role `cause`; a category
 * mentioned but not given, with the mentions set aside and their roles),
 * the direction and figures
 * of the anticipated change, and whether the registrant expects to file
 * within the extension.
 */
function readReasons(file: VFile): void {
  const ctx = context(file);
  const record = ctx.record;
  const own = (long: LongText | null | undefined): Located | null =>
    long ? { long, derived: ctx.derived, documentOffset: ctx.documentOffset } : null;
  const sources: Record<ReasonField, Located | null> = {
    narrative: own(file.data.narrative),
    changeExplanation: record.part4.changeExplanation ? own(file.data.changeExplanation) : null,
    auditorLetter: file.data.auditorLetter ?? null,
  };

  const result = classifyReasons({
    narrative: sources.narrative?.long.value ?? null,
    changeExplanation: sources.changeExplanation?.long.value ?? null,
    auditorLetter: sources.auditorLetter?.long.value ?? null,
  });
  record.reasons = result.reasons;
  const byCategory = new Map<string, Evidence[]>();
  for (const hit of [...result.hits, ...result.setAside]) {
    const where = sources[hit.field];
    if (!where) continue;
    const list = byCategory.get(hit.category) ?? [];
    list.push({ ...evidenceIn(ctx, where, hit.start, hit.end), role: hit.role });
    byCategory.set(hit.category, list);
  }
  for (const [category, list] of byCategory) record.evidence[`reasons.${category}`] = one(list);

  const explanation = sources.changeExplanation;
  if (explanation) {
    const direction = readChangeDirection(explanation.long.value);
    record.part4.changeDirection = direction.value;
    const dirHits = direction.hits.map((h) => evidenceIn(ctx, explanation, h.start, h.end));
    if (direction.value !== null && dirHits.length) record.evidence["part4.changeDirection"] = one(dirHits);
    const figures = readChangeFigures(explanation.long.value);
    record.part4.changeFigures = figures.map((f) => ({ metric: f.metric, period: f.period, amount: f.amount }));
    if (figures.length) record.evidence["part4.changeFigures"] = figures.map((f) => evidenceIn(ctx, explanation, f.start, f.end));
  }

  const intent = readGraceIntent(
    { narrative: sources.narrative?.long.value ?? null, changeExplanation: sources.changeExplanation?.long.value ?? null },
    record.part2.reliefClaimed,
  );
  record.intent.withinGracePeriod = intent.value;
  const where = intent.hit ? sources[intent.hit.field] : null;
  if (intent.hit && where) record.evidence["intent.withinGracePeriod"] = evidenceIn(ctx, where, intent.hit.start, intent.hit.end);
  else if (intent.value !== null && record.evidence["part2.reliefClaimed"]) {
    record.evidence["intent.withinGracePeriod"] = record.evidence["part2.reliefClaimed"] as Evidence;
  }
}

/** unified plugin: reason categories, Part IV (3) coding and filing intent. */
export function extractReasons() {
  return (_tree: FormRoot, file: VFile): void => readReasons(file);
}
