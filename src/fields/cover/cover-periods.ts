import type { LineNode } from "../../form/form-tree.js";
import type { NtRecord } from "../../record/types.js";
import { NOT_APPLICABLE } from "../field-patterns.js";
import { PERIOD_CAPTION, TRANSITION_LABEL, TRANSITION_PERIOD_CAPTION } from "./cover-patterns.js";
import { findDates } from "../read-date.js";
import { cleanValue, collapse, leadingSpace } from "../clean-text.js";
import type { Span } from "../../core/span.js";
import type { ReadingBuilder } from "../reading.js";
import type { TransitionBoxes, TypeRow } from "./cover-boxes.js";
import { matchSpan } from "../line-spans.js";
import { isFiller } from "../section-lines.js";

/** A value as written, with its span in the derived text. */
interface Written {
  /** The value's raw text (with its leading white space). */
  text: string;
  /** Its span, from its first non-space character. */
  span: Span;
}

/** Text after a caption on its line, else the next value line (skipping rules); with its span. */
function valueAfter(lines: LineNode[], at: number, captionEnd: number, maxLines = 2): Written | null {
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

/** The cover's date fields. */
type DateKey = "periodEnded" | "transitionPeriodEnded";

/** Sets a date field from a written value (its first date, or its last); a value with no date is warned about. */
function readDateValue(b: ReadingBuilder<NtRecord["form"]>, key: DateKey, value: Written | null, last = false): string | null {
  if (!value || NOT_APPLICABLE.test(cleanValue(value.text)) || !cleanValue(value.text)) return null;
  const dates = findDates(value.text);
  const date = last ? dates[dates.length - 1] : dates[0];
  if (!date) {
    b.warn(key, "date-unparsed", `no date could be read in "${collapse(value.text)}"`, value.span);
    return null;
  }
  const offset = value.span.start - leadingSpace(value.text);
  b.set(key, date.iso, { start: offset + date.start, end: offset + date.end });
  return date.iso;
}

/**
 * Reads the period ended and the transition period ended from their cover
 * lines, given where the check-one row and the transition boxes stand.
 */
export function readPeriods(b: ReadingBuilder<NtRecord["form"]>, lines: LineNode[], row: TypeRow, boxes: TransitionBoxes): void {
  const tStart = boxes.start;
  const transition = boxes.marked;
  const periodAt = lines.findIndex((l, i) => PERIOD_CAPTION.test(l.value) && !TRANSITION_PERIOD_CAPTION.test(l.value) && (tStart < 0 || i < tStart || i <= row.start + 8));
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
    readDateValue(b, "periodEnded", v);
  } else if (transitionAt >= 0 && tStart < 0) {
    // No "For Period Ended" line and no transition boxes: the only period line
    // is the report's period, whatever its caption says (fixtures/excerpts/excerpt-045.txt).
    const v = valueAfter(lines, transitionAt, captionEnd(transitionAt, TRANSITION_PERIOD_CAPTION));
    if (transition !== true) {
      readDateValue(b, "periodEnded", v);
      transitionAt = -1;
    }
  }
  if ((b.values.periodEnded ?? null) === null && transition !== true) b.warn("periodEnded", "field-missing", "no period ended is given");
  if (transitionAt >= 0) {
    const re = TRANSITION_PERIOD_CAPTION.test((lines[transitionAt] as LineNode).value) ? TRANSITION_PERIOD_CAPTION : PERIOD_CAPTION;
    const v = valueAfter(lines, transitionAt, captionEnd(transitionAt, re), 1);
    readDateValue(b, "transitionPeriodEnded", v, true);
  }
}
