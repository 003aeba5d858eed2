import type { LineNode, SectionNode } from "../../form/form-tree.js";
import type { NtRecord } from "../../record/types.js";
import { AMENDMENT_MARK, COVER_BOILERPLATE, CUSIP_CAPTION, CUSIP_VALUE, FILE_NUMBER_CAPTION, FILE_NUMBER_VALUE, ITEMS_CAPTION } from "./cover-patterns.js";
import { DASH_RULE_ONLY, NOT_APPLICABLE, NOT_APPLICABLE_LEAD } from "../field-patterns.js";
import { DIGIT } from "./cover-patterns.js";
import { cleanValue, collapse, valueStart } from "../clean-text.js";
import type { Span } from "../../core/span.js";
import { ReadingBuilder, type Reading } from "../reading.js";
import { readTransitionBoxes, readTypeRow } from "./cover-boxes.js";
import { readPeriods } from "./cover-periods.js";
import { matchSpan } from "../line-spans.js";
import { readValueBesideCaption } from "./read-value-near.js";
import { findLineIndex } from "../section-lines.js";
import { matchesFrom } from "../../core/scan.js";

/** What the cover reader gives: the `form` group. */
export interface CoverReading extends Reading<NtRecord["form"]> {
  kind: "cover";
}

/**
 * Reads the cover (`text` is the derived text its lines' offsets point
 * into): report types, period, transition, items, file number, CUSIP, and
 * whether the cover's own words mark the notice an amendment (`amendment`;
 * the assembler adds the submission type's `/A`).
 */
export function readCover(cover: SectionNode, text: string): CoverReading {
  const lines = cover.children;
  const b = new ReadingBuilder<NtRecord["form"]>("form");

  readAmendment(b, lines);

  const row = readTypeRow(b, text, lines);
  const boxes = readTransitionBoxes(b, text, lines, row);
  b.values.transition = boxes.marked;
  const reportTypes = row.types.length === 0 && boxes.type ? [boxes.type] : row.types;
  b.values.reportTypes = reportTypes;
  const [one] = row.evidence;
  if (one) b.prove("reportTypes", row.evidence.length === 1 ? one : row.evidence);
  if (reportTypes.length === 0) b.warn("reportTypes", "field-missing", "no report-type box is marked on the cover");

  readPeriods(b, lines, row, boxes);
  readItems(b, lines);

  // SEC file number and CUSIP, captions anywhere on the cover.
  const fileNumber = readValueBesideCaption(lines, FILE_NUMBER_CAPTION, FILE_NUMBER_VALUE) ?? onlyValueOnCover(lines, FILE_NUMBER_CAPTION, FILE_NUMBER_VALUE);
  if (fileNumber) b.set("secFileNumber", text.slice(fileNumber.start, fileNumber.end), fileNumber);
  const cusip = readValueBesideCaption(lines, CUSIP_CAPTION, CUSIP_VALUE, hasThreeDigits) ?? onlyValueOnCover(lines, CUSIP_CAPTION, CUSIP_VALUE, hasThreeDigits);
  if (cusip) b.set("cusip", collapse(text.slice(cusip.start, cusip.end)), cusip);
  return { kind: "cover", ...b.build() };
}

/** Amendment by the notice's own words on its cover. */
function readAmendment(b: ReadingBuilder<NtRecord["form"]>, lines: LineNode[]): void {
  // Only the head of the cover speaks for the notice itself (a cover that runs
  // long must not read "Amendment No. 2 to the Credit Agreement" as one).
  const amendLine = findLineIndex(lines, AMENDMENT_MARK, 0, 60);
  const amendLineNode = lines[amendLine];
  b.values.amendment = amendLine >= 0;
  if (amendLineNode) b.set("amendment", true, { start: amendLineNode.start, end: amendLineNode.end });
}

/** The items to which the notification relates: the value after the caption, up to a not-applicable answer. */
function readItems(b: ReadingBuilder<NtRecord["form"]>, lines: LineNode[]): void {
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
  b.values.itemsRelatedTo = items || null;
  if (items && span) b.set("itemsRelatedTo", items, span);
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
