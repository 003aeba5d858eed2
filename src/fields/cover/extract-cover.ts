import type { VFile } from "vfile";
import type { FormRoot, LineNode } from "../../form/form-tree.js";
import type { Evidence } from "../../record/types.js";
import { AMENDMENT_MARK, COVER_BOILERPLATE, CUSIP_CAPTION, CUSIP_VALUE, FILE_NUMBER_CAPTION, FILE_NUMBER_VALUE, ITEMS_CAPTION } from "./cover-patterns.js";
import { DASH_RULE_ONLY, NOT_APPLICABLE, NOT_APPLICABLE_LEAD } from "../field-patterns.js";
import { DIGIT } from "./cover-patterns.js";
import { cleanValue, collapse, valueStart } from "../clean-text.js";
import type { Span } from "../../core/span.js";
import { context, setField, warn, type ExtractContext } from "../field-context.js";
import { readTransitionBoxes, readTypeRow } from "./cover-boxes.js";
import { readPeriods } from "./cover-periods.js";
import { matchSpan } from "../line-spans.js";
import { readValueBesideCaption } from "./read-value-near.js";
import { findLineIndex, sectionLines } from "../section-lines.js";
import { matchesFrom } from "../../core/scan.js";

export { canonicalReportType } from "./cover-boxes.js";

/** Reads the cover: report types, period, transition, items, file number, CUSIP, amendment. */
function readCover(file: VFile): void {
  const ctx = context(file);
  const lines = sectionLines(ctx.root, "cover");
  const record = ctx.record;

  readAmendment(ctx, lines);

  const row = readTypeRow(file, lines);
  const boxes = readTransitionBoxes(file, lines, row);
  record.form.transition = boxes.marked;
  const reportTypes = row.types.length === 0 && boxes.type ? [boxes.type] : row.types;
  record.form.reportTypes = reportTypes;
  if (row.evidence.length > 0) record.evidence["form.reportTypes"] = row.evidence.length === 1 ? (row.evidence[0] as Evidence) : row.evidence;
  if (reportTypes.length === 0) warn(file, "form.reportTypes", "field-missing", "no report-type box is marked on the cover");
  ctx.coverMarked = row.types.length > 0 || boxes.marked === true;

  readPeriods(file, lines, row, boxes);
  readItems(ctx, lines);

  // SEC file number and CUSIP, captions anywhere on the cover.
  const text = ctx.derived.text;
  const fileNumber = readValueBesideCaption(lines, FILE_NUMBER_CAPTION, FILE_NUMBER_VALUE) ?? onlyValueOnCover(lines, FILE_NUMBER_CAPTION, FILE_NUMBER_VALUE);
  if (fileNumber) setField(ctx, "form.secFileNumber", text.slice(fileNumber.start, fileNumber.end), fileNumber);
  const cusip = readValueBesideCaption(lines, CUSIP_CAPTION, CUSIP_VALUE, hasThreeDigits) ?? onlyValueOnCover(lines, CUSIP_CAPTION, CUSIP_VALUE, hasThreeDigits);
  if (cusip) setField(ctx, "form.cusip", collapse(text.slice(cusip.start, cusip.end)), cusip);
}

/** Amendment: the submission type, else the notice's own words on its cover. */
function readAmendment(ctx: ExtractContext, lines: LineNode[]): void {
  const record = ctx.record;
  const amendedType = record.filing.submissionType?.trim().toUpperCase().endsWith("/A") ?? false;
  // Only the head of the cover speaks for the notice itself (a cover that runs
  // long must not read "Amendment No. 2 to the Credit Agreement" as one).
  const amendLine = findLineIndex(lines, AMENDMENT_MARK, 0, 60);
  const amendLineNode = lines[amendLine];
  record.form.amendment = amendedType || amendLine >= 0;
  if (amendLineNode) setField(ctx, "form.amendment", true, { start: amendLineNode.start, end: amendLineNode.end });
}

/** The items to which the notification relates: the value after the caption, up to a not-applicable answer. */
function readItems(ctx: ExtractContext, lines: LineNode[]): void {
  const itemsAt = findLineIndex(lines, ITEMS_CAPTION);
  if (itemsAt < 0) return;
  const parts: string[] = [];
  let span: Span | null = null;
  const firstLine = lines[itemsAt] as LineNode;
  const first = matchSpan(firstLine, ITEMS_CAPTION)?.end ?? firstLine.start;
  const candidates: { text: string; start: number; end: number }[] = [
    { text: firstLine.value.slice(first - firstLine.start), start: first, end: firstLine.end },
    ...lines.slice(itemsAt + 1).map((l) => ({ text: l.value, start: l.start, end: l.end })),
  ];
  for (const c of candidates) {
    const v = cleanValue(c.text);
    if (!v || DASH_RULE_ONLY.test(v) || COVER_BOILERPLATE.test(v)) continue;
    if (NOT_APPLICABLE.test(v) || NOT_APPLICABLE_LEAD.test(v)) break;
    parts.push(v);
    span = span ? { start: span.start, end: c.end } : { start: c.start + valueStart(c.text), end: c.end };
  }
  const items = collapse(parts.join(" "));
  ctx.record.form.itemsRelatedTo = items || null;
  if (items && span) setField(ctx, "form.itemsRelatedTo", items, span);
}

/**
 * The value of a box whose caption has no value beside it: the one text of
 * the value's shape on the cover above Part I. A cover whose right-hand
 * column (SEC FILE NUMBER, CUSIP NUMBER) runs into the title lines puts the
 * number lines away from its caption, more so when the line breaks are lost
 * (fixtures/excerpts/excerpt-004.txt, excerpt-049.txt collapsed onto one
 * line). Two texts of that shape, or none, give null.
 */
function onlyValueOnCover(lines: LineNode[], caption: RegExp, value: RegExp, accept: (text: string) => boolean = () => true): Span | null {
  if (findLineIndex(lines, caption) < 0) return null;
  let found: Span | null = null;
  for (const l of lines) {
    if (ITEMS_CAPTION.test(l.value)) break;
    for (const m of matchesFrom(l.value, value, 0)) {
      if (!accept(m[0])) continue;
      if (found) return null;
      found = { start: l.start + m.index, end: l.start + m.index + m[0].length };
    }
  }
  return found;
}

/**
 * A CUSIP holds digits: an eight-letter word in capitals near the caption
 * ("EXCHANGE") fits CUSIP_VALUE's shape but is no number.
 */
function hasThreeDigits(text: string): boolean {
  return (text.match(DIGIT)?.length ?? 0) >= 3;
}

/** unified plugin: the cover page fields. */
export function extractCover() {
  return (_tree: FormRoot, file: VFile): void => readCover(file);
}
