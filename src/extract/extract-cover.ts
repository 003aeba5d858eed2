import type { VFile } from "vfile";
import type { FormRoot, LineNode } from "../parse/form-tree.js";
import type { ReportType } from "../record/types.js";
import {
  AMENDMENT_MARK,
  CHECK_ONE,
  COVER_BOILERPLATE,
  CUSIP_CAPTION,
  CUSIP_VALUE,
  DASH_RULE_ONLY,
  FILE_NUMBER_CAPTION,
  FILE_NUMBER_VALUE,
  ITEMS_CAPTION,
  NOT_APPLICABLE,
  NOT_APPLICABLE_LEAD,
  PERIOD_CAPTION,
  REPORT_TYPE_LABEL,
  REPORT_TYPE_NUMBER,
  TRANSITION_LABEL,
  TRANSITION_PERIOD_CAPTION,
  TRANSITION_ROW_LINE,
} from "../patterns/form-patterns.js";
import { DIGIT, SPACE_RUN } from "../patterns/text-patterns.js";
import { findDates } from "../parse/read-date.js";
import { cleanValue, collapse, leadingSpace, valueStart } from "../text/clean-text.js";
import { context, setField, warn, type ExtractContext, type Span } from "./context.js";
import { readChoices } from "./read-choices.js";
import { matchSpan } from "./line-spans.js";
import { readValueBesideCaption } from "./read-value-near.js";
import { findLineIndex, isFiller, sectionLines } from "./section-lines.js";

/** The canonical report type of a label's `type` group ("FORM-11K" → "11-K"). */
export function canonicalReportType(raw: string): ReportType | null {
  const t = raw.toUpperCase().replace(SPACE_RUN, "").replace(REPORT_TYPE_NUMBER, "$1-");
  const map: Record<string, ReportType> = {
    "10-K": "10-K", "10-K405": "10-K", "10-KSB": "10-KSB", "10-Q": "10-Q", "10-QSB": "10-QSB", "10-D": "10-D",
    "20-F": "20-F", "11-K": "11-K", "N-SAR": "N-SAR", "N-CSR": "N-CSR", "N-CEN": "N-CEN",
  };
  return map[t] ?? null;
}

/** Text after a caption on its line, else the next value line (skipping rules); with its span. */
function valueAfter(lines: LineNode[], at: number, captionEnd: number, maxLines = 2): { text: string; span: Span } | null {
  const line = lines[at] as LineNode;
  const rest = line.value.slice(captionEnd - line.start);
  if (cleanValue(rest)) {
    return { text: rest, span: { start: captionEnd + leadingSpace(rest), end: line.end } };
  }
  for (let i = at + 1; i <= at + maxLines && i < lines.length; i++) {
    const l = lines[i] as LineNode;
    if (isFiller(l)) continue;
    if (PERIOD_CAPTION.test(l.value) || TRANSITION_LABEL.test(l.value) || TRANSITION_PERIOD_CAPTION.test(l.value)) return null;
    return { text: l.value, span: { start: l.start + leadingSpace(l.value), end: l.end } };
  }
  return null;
}

function readDateValue(ctx: ExtractContext, file: VFile, path: string, value: { text: string; span: Span } | null, last = false): string | null {
  if (!value || NOT_APPLICABLE.test(cleanValue(value.text)) || !cleanValue(value.text)) return null;
  const dates = findDates(value.text);
  const date = last ? dates[dates.length - 1] : dates[0];
  if (!date) {
    warn(file, path, "date-unparsed", `no date could be read in "${collapse(value.text)}"`, value.span);
    return null;
  }
  const offset = value.span.start - leadingSpace(value.text);
  setField(ctx, path, date.iso, { start: offset + date.start, end: offset + date.end });
  return date.iso;
}

/** Reads the cover: report types, period, transition, items, file number, CUSIP, amendment. */
export function readCover(file: VFile): void {
  const ctx = context(file);
  const root: FormRoot = ctx.root;
  const lines = sectionLines(root, "cover");
  const text = ctx.derived.text;
  const record = ctx.record;

  // Amendment: the submission type, else the notice's own words on its cover.
  const amendedType = record.filing.submissionType?.trim().toUpperCase().endsWith("/A") ?? false;
  // Only the head of the cover speaks for the notice itself (a cover that runs
  // long must not read "Amendment No. 2 to the Credit Agreement" as one).
  const amendLine = findLineIndex(lines, AMENDMENT_MARK, 0, 60);
  const amendLineNode = lines[amendLine];
  record.form.amendment = amendedType || amendLine >= 0;
  if (amendLineNode) setField(ctx, "form.amendment", true, { start: amendLineNode.start, end: amendLineNode.end });

  // Check-one row: from "(Check One)" (or the first line with a report-type
  // label and a box) to the period caption or the transition boxes.
  const isTransitionLine = (l: LineNode): boolean => TRANSITION_LABEL.test(l.value) || TRANSITION_PERIOD_CAPTION.test(l.value);
  let rowStart = findLineIndex(lines, CHECK_ONE);
  if (rowStart < 0) {
    rowStart = lines.findIndex((l) => REPORT_TYPE_LABEL.test(l.value) && !isTransitionLine(l) && readChoices(l.value, REPORT_TYPE_LABEL).some((c) => c.markSpan));
  }
  let reportTypes: ReportType[] = [];
  const typeEvidence: ReturnType<typeof evidence>[] = [];
  let coverMarked = false;
  if (rowStart >= 0) {
    let rowEnd = rowStart;
    for (let i = rowStart + 1; i < Math.min(lines.length, rowStart + 8); i++) {
      const l = lines[i] as LineNode;
      if (PERIOD_CAPTION.test(l.value) || isTransitionLine(l)) break;
      if (!REPORT_TYPE_LABEL.test(l.value) && !isFiller(l) && l.value.trim() !== "" && i > rowStart + 1) break;
      rowEnd = i;
    }
    const from = (lines[rowStart] as LineNode).start;
    const to = (lines[rowEnd] as LineNode).end;
    const choices = readChoices(text, REPORT_TYPE_LABEL, from, to);
    for (const c of choices) {
      if (c.unreadable) warn(file, "form.reportTypes", "checkbox-unreadable", "a report-type box could not be read", c.markSpan);
      if (c.state !== true) continue;
      const type = canonicalReportType(c.match.groups?.type ?? "");
      if (type && !reportTypes.includes(type)) {
        reportTypes.push(type);
        coverMarked = true;
        typeEvidence.push(evidence(ctx, c.markSpan ?? c.labelSpan, c.labelSpan));
      }
    }
  }

  // Transition boxes.
  const tStart = findLineIndex(lines, TRANSITION_LABEL);
  let transition: boolean | null = null;
  let transitionMarked: ReportType | null = null;
  if (tStart >= 0) {
    let tEnd = tStart;
    for (let i = tStart + 1; i < Math.min(lines.length, tStart + 12); i++) {
      const l = lines[i] as LineNode;
      if (TRANSITION_PERIOD_CAPTION.test(l.value) && !TRANSITION_LABEL.test(l.value)) break;
      if (PERIOD_CAPTION.test(l.value)) break;
      if (TRANSITION_LABEL.test(l.value) || TRANSITION_ROW_LINE.test(l.value)) tEnd = i;
      else if (l.value.trim() !== "") break;
    }
    const choices = readChoices(text, TRANSITION_LABEL, (lines[tStart] as LineNode).start, (lines[tEnd] as LineNode).end);
    const marked = choices.find((c) => c.state === true);
    if (marked) {
      transition = true;
      transitionMarked = canonicalReportType(marked.match.groups?.type ?? "");
      setField(ctx, "form.transition", true, marked.markSpan ?? marked.labelSpan);
    } else if (choices.some((c) => c.state === false || (c.state === null && !c.unreadable && coverMarked))) {
      transition = false;
      const c0 = choices[0];
      if (c0) setField(ctx, "form.transition", false, c0.markSpan ?? c0.labelSpan);
    } else {
      warn(file, "form.transition", "checkbox-unreadable", "the transition boxes could not be read", { start: (lines[tStart] as LineNode).start, end: (lines[tStart] as LineNode).end });
    }
    // A heading "TRANSITION REPORT ON FORM 10-K" with no boxes anywhere on the
    // cover is a free-form transition notice (fixtures/excerpts/excerpt-042.txt).
    if (rowStart < 0 && choices.every((c) => c.markSpan === null) && choices.length === 1) {
      transition = true;
      transitionMarked = canonicalReportType(choices[0]?.match.groups?.type ?? "");
      const c0 = choices[0];
      if (c0) setField(ctx, "form.transition", true, c0.labelSpan);
    }
  }
  record.form.transition = transition;
  if (reportTypes.length === 0 && transitionMarked) {
    reportTypes = [transitionMarked];
  }
  record.form.reportTypes = reportTypes;
  if (typeEvidence.length > 0) record.evidence["form.reportTypes"] = typeEvidence.length === 1 ? (typeEvidence[0] as ReturnType<typeof evidence>) : typeEvidence;
  if (reportTypes.length === 0) warn(file, "form.reportTypes", "field-missing", "no report-type box is marked on the cover");
  ctx.coverMarked = coverMarked || transition === true;

  // Period and transition period.
  const periodAt = lines.findIndex((l, i) => PERIOD_CAPTION.test(l.value) && !TRANSITION_PERIOD_CAPTION.test(l.value) && (tStart < 0 || i < tStart || i <= rowStart + 8));
  let transitionAt = lines.findIndex((l) => TRANSITION_PERIOD_CAPTION.test(l.value) && !TRANSITION_LABEL.test(l.value));
  if (transitionAt < 0 && tStart >= 0) {
    // "For Period Ended: N/A" printed again under the transition boxes is the
    // transition period's line (fixtures/excerpts/excerpt-064.txt).
    transitionAt = lines.findIndex((l, i) => i > tStart && PERIOD_CAPTION.test(l.value));
  }
  const captionEnd = (at: number, re: RegExp): number => {
    const l = lines[at] as LineNode;
    return matchSpan(l, re)?.end ?? l.start;
  };
  if (periodAt >= 0) {
    const v = valueAfter(lines, periodAt, captionEnd(periodAt, PERIOD_CAPTION));
    if (readDateValue(ctx, file, "form.periodEnded", v) === null) record.form.periodEnded = null;
  } else if (transitionAt >= 0 && tStart < 0) {
    // No "For Period Ended" line and no transition boxes: the only period line
    // is the report's period, whatever its caption says (fixtures/excerpts/excerpt-045.txt).
    const v = valueAfter(lines, transitionAt, captionEnd(transitionAt, TRANSITION_PERIOD_CAPTION));
    if (transition !== true) {
      readDateValue(ctx, file, "form.periodEnded", v);
      transitionAt = -1;
    }
  }
  if (record.form.periodEnded === null && transition !== true) warn(file, "form.periodEnded", "field-missing", "no period ended is given");
  if (transitionAt >= 0) {
    const re = TRANSITION_PERIOD_CAPTION.test((lines[transitionAt] as LineNode).value) ? TRANSITION_PERIOD_CAPTION : PERIOD_CAPTION;
    const v = valueAfter(lines, transitionAt, captionEnd(transitionAt, re), 1);
    readDateValue(ctx, file, "form.transitionPeriodEnded", v, true);
  }

  // Items to which the notification relates.
  const itemsAt = findLineIndex(lines, ITEMS_CAPTION);
  if (itemsAt >= 0) {
    const parts: string[] = [];
    let span: Span | null = null;
    const first = captionEnd(itemsAt, ITEMS_CAPTION);
    const firstLine = lines[itemsAt] as LineNode;
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
    record.form.itemsRelatedTo = items || null;
    if (items && span) setField(ctx, "form.itemsRelatedTo", items, span);
  }

  // SEC file number and CUSIP, captions anywhere on the cover.
  const fileNumber = readValueBesideCaption(lines, FILE_NUMBER_CAPTION, FILE_NUMBER_VALUE);
  if (fileNumber) setField(ctx, "form.secFileNumber", text.slice(fileNumber.start, fileNumber.end), fileNumber);
  const cusip = readValueBesideCaption(lines, CUSIP_CAPTION, CUSIP_VALUE, hasThreeDigits);
  if (cusip) setField(ctx, "form.cusip", collapse(text.slice(cusip.start, cusip.end)), cusip);
}

/**
 * A CUSIP holds digits: an eight-letter word in capitals near the caption
 * ("EXCHANGE") fits CUSIP_VALUE's shape but is no number.
 */
function hasThreeDigits(text: string): boolean {
  return (text.match(DIGIT)?.length ?? 0) >= 3;
}

function evidence(ctx: ExtractContext, mark: Span, label: Span): { line: number; column: number; text: string } {
  const start = Math.min(mark.start, label.start);
  const end = Math.max(mark.end, label.end);
  const point = ctx.index.point(ctx.derived.toSource(start) + ctx.documentOffset);
  return { line: point.line, column: point.column, text: collapse(ctx.derived.text.slice(start, end)) };
}

/** unified plugin: the cover page fields. */
export function extractCover() {
  return (_tree: FormRoot, file: VFile): void => readCover(file);
}
